import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { prepareMessages } from '../../src/messages/prepare-messages'
import type { AnswersOf, FieldAnswer } from '../../src/screen/answers-of'
import type { Application } from '../../src/screen/application'
import { compileCriteria, type Screener } from '../../src/screen/compile-criteria'
import { loadCriteriaText } from '../../src/screen/load-criteria'
import { createScreenerCache } from '../../src/screen/screener-cache'

// Checked by tsc (`npm run typecheck`) as well as run (issue #25): answers typed against a job's
// fields when the ATS opts in, and every existing caller unchanged when it does not.
const fields = {
  workPermit: { type: 'boolean', label: { sv: 'Arbetstillstånd?' } },
  warehouseMonths: { type: 'integer', min: 0, label: { sv: 'Månader' } },
  swedishLevel: { type: 'enum', values: ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'], label: { sv: 'Svenska' } },
  truckLicence: { type: 'list', values: ['A2', 'B1'], label: { sv: 'Truck' } },
  availableFrom: { type: 'date', label: { sv: 'Från' } },
  note: { type: 'string', label: { sv: 'Övrigt' } },
} as const
type JobAnswers = AnswersOf<typeof fields>

describe('AnswersOf', () => {
  it('types each field by its type and values, every answer optional', () => {
    expectTypeOf<JobAnswers>().toEqualTypeOf<{
      workPermit?: boolean
      warehouseMonths?: number
      swedishLevel?: 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2'
      truckLicence?: ('A2' | 'B1')[]
      availableFrom?: string
      note?: string
    }>()
    expectTypeOf<FieldAnswer<{ type: 'enum'; values: string[] }>>().toEqualTypeOf<string>()
    expectTypeOf<FieldAnswer<{ type: 'list' }>>().toEqualTypeOf<string[]>()
    expectTypeOf<FieldAnswer<{ type: 'date-time' }>>().toEqualTypeOf<string>()
    expectTypeOf<FieldAnswer<{ type: 'number' }>>().toEqualTypeOf<number>()
  })

  it('lets a screener take applications with those answers, and refuse others at compile time', () => {
    const text = readFileSync(join(__dirname, '../../rules/lagerarbetare.yaml'), 'utf8')
    const screener = compileCriteria<JobAnswers>(loadCriteriaText(text))
    expectTypeOf(screener.screen).parameter(0).toEqualTypeOf<Application<JobAnswers>>()
    const now = new Date('2026-11-20T10:00:00Z')
    const result = screener.screen(
      {
        id: 'a',
        submittedAt: '2026-11-20T09:00:00+01:00',
        answers: { workPermit: true, swedishLevel: 'B2', truckLicence: ['A2'] },
      },
      { now },
    )
    expect(result.application.id).toBe('a')
    // @ts-expect-error a value the field does not have
    screener.screen({ id: 'b', submittedAt: '2026-11-20T09:00:00+01:00', answers: { swedishLevel: 'D' } }, { now })
    // @ts-expect-error a misspelt field
    screener.screen({ id: 'c', submittedAt: '2026-11-20T09:00:00+01:00', answers: { workPermitt: true } }, { now })
    const wrong = screener.screen(
      // @ts-expect-error a wrong type
      { id: 'd', submittedAt: '2026-11-20T09:00:00+01:00', answers: { warehouseMonths: '12' } },
      { now },
    )
    // Screening checks every answer whatever the compiler was told: the wrong type is invalid, not trusted.
    expect(wrong.invalid.length + wrong.unmet.length).toBeGreaterThan(0)
    // The same from a screener cache.
    expectTypeOf(createScreenerCache().get<JobAnswers>(text).screen)
      .parameter(0)
      .toEqualTypeOf<Application<JobAnswers>>()
    expectTypeOf(createScreenerCache().get(text).screen).parameter(0).toEqualTypeOf<Application>()
    // A typed screener serves where a screener is taken.
    const untyped: Screener = screener
    expect(prepareMessages(screener).screener).toBe(untyped)
  })

  it('leaves callers that name no type as they were: any answers', () => {
    const screener = compileCriteria(
      loadCriteriaText(readFileSync(join(__dirname, '../../rules/lagerarbetare.yaml'), 'utf8')),
    )
    expectTypeOf(screener).toEqualTypeOf<Screener>()
    expectTypeOf<Application>().toEqualTypeOf<Application<Record<string, unknown>>>()
    expectTypeOf<NonNullable<Application['answers']>>().toEqualTypeOf<Record<string, unknown>>()
    // A caller that names the screener's types from the function (as a wrapper does) gets the
    // untyped screener, whose screen takes what any screener's screen takes.
    expectTypeOf<ReturnType<typeof compileCriteria>>().toEqualTypeOf<Screener>()
    expectTypeOf<Parameters<ReturnType<typeof compileCriteria>['screen']>[0]>().toEqualTypeOf<Application>()
  })
})
