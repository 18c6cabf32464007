import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { hashJson } from '../../src/criteria/hash'
import { DecisionError, ScreeningError, type DecisionIssue } from '../../src/errors'
import { loadCriteria } from '../../src/node/load-criteria'
import { compileCriteria, type Screener } from '../../src/screen/compile-criteria'
import { currentOutcome, decidedBy, recordDecision } from '../../src/screen/record-decision'
import type { ScreeningResult } from '../../src/screen/result'
import { stageFor } from '../../src/schedule/stages'
import { exampleApplications } from '../helpers/examples'

const apps = Object.fromEntries(exampleApplications('frontend-developer').map((a) => [a.id, a]))
let screener: Screener
let review: ScreeningResult
beforeAll(async () => {
  screener = compileCriteria(await loadCriteria(join(__dirname, '../../rules/frontend-developer.yaml')))
  review = screener.screen(apps['fe-1004']!, { now: 'arrival' })
})
const at = (s: string) => new Date(s)
const invalid = (f: () => unknown, message: RegExp, issue?: Partial<DecisionIssue>) => {
  try {
    f()
    expect.unreachable('no error')
  } catch (e) {
    expect(e).toBeInstanceOf(ScreeningError)
    expect(e).toBeInstanceOf(DecisionError)
    expect((e as ScreeningError).code).toBe('invalid_decision')
    expect((e as Error).message).toMatch(message)
    // The one issue: a code and a path a page words in its user's language, and the same message.
    const [first] = (e as DecisionError).issues
    expect((e as Error).message).toContain(first.message)
    if (issue) expect(first).toMatchObject(issue)
  }
}

describe('recordDecision', () => {
  it('keeps the program result and adds who decided what, when, and a hash of what it replaced', () => {
    expect(review.outcome).toBe('review')
    const before = JSON.stringify(review)
    const decided = recordDecision(
      review,
      {
        outcome: 'reject',
        reasons: { criteria: ['english'] },
        by: ' Sara Lindqvist ',
        at: at('2026-11-25T09:30:00+01:00'),
        note: 'Ringde, ingen engelska i tjänsten.',
      },
      { screener },
    )
    // The input is untouched, the output frozen, and the program's findings still there to show.
    expect(JSON.stringify(review)).toBe(before)
    expect(Object.isFrozen(decided)).toBe(true)
    expect(Object.isFrozen(decided.decision)).toBe(true)
    expect(decided.outcome).toBe('review')
    expect(decided.criteria).toBe(review.criteria)
    expect(decided.decision).toEqual({
      outcome: 'reject',
      reasons: { criteria: ['english'], text: {} },
      by: 'Sara Lindqvist',
      at: '2026-11-25T08:30:00.000Z',
      note: 'Ringde, ingen engelska i tjänsten.',
      previous: { outcome: 'review', decidedBy: 'program', hash: hashJson(review) },
    })
    expect(decided.audit.decisions).toEqual([decided.decision])
    expect(currentOutcome(decided)).toBe('reject')
    expect(decidedBy(decided)).toBe('person')
    expect(decidedBy(review)).toBe('program')
    expect(stageFor(decided)).toBe('rejected-by-person')
    // It survives JSON (a result stored by the ATS) unchanged.
    expect(JSON.parse(JSON.stringify(decided))).toEqual(decided)
  })

  it('chains decisions: a pass after review, then a rejection after the interview, each hashed on the one before', () => {
    const passed = recordDecision(
      review,
      { outcome: 'pass', by: 'Sara', at: at('2026-11-25T09:30:00+01:00') },
      { screener },
    )
    expect(stageFor(passed)).toBe('advance')
    const rejected = recordDecision(
      passed,
      {
        outcome: 'reject',
        reasons: {
          text: {
            sv: 'Vi valde en kandidat med mer erfarenhet av tillgänglighet.',
            en: 'We chose a candidate with more accessibility experience.',
          },
        },
        by: 'Omar',
        at: at('2026-12-03T15:00:00+01:00'),
        interviewAt: at('2026-12-02T10:00:00+01:00'),
      },
      { screener },
    )
    expect(rejected.audit.decisions!.map((d) => [d.outcome, d.by, d.previous.outcome, d.previous.decidedBy])).toEqual([
      ['pass', 'Sara', 'review', 'program'],
      ['reject', 'Omar', 'pass', 'person'],
    ])
    expect(rejected.decision!.previous.hash).toBe(hashJson(passed))
    expect(rejected.decision!.interviewAt).toBe('2026-12-02T09:00:00.000Z')
    expect(stageFor(rejected)).toBe('rejected-after-interview')
  })

  it('a rejection needs its reasons, from this file, in every language the messages go out in', () => {
    const base = { outcome: 'reject' as const, by: 'Sara', at: at('2026-11-25T09:30:00+01:00') }
    invalid(() => recordDecision(review, base, { screener }), /reasons are needed for a rejection/, {
      code: 'no_reasons',
      path: ['reasons'],
    })
    invalid(() => recordDecision(review, { ...base, reasons: { criteria: [] } }, { screener }), /reasons are needed/)
    invalid(
      () => recordDecision(review, { ...base, reasons: { criteria: ['englsh'] } }, { screener }),
      /reasons\.criteria\[0\] "englsh" is not a criterion of frontend-developer/,
      { code: 'unknown_criterion', path: ['reasons', 'criteria', 0] },
    )
    expect(screener.locales).toEqual(['sv', 'en'])
    invalid(
      () =>
        recordDecision(review, { ...base, reasons: { text: { sv: 'För kort erfarenhet av React.' } } }, { screener }),
      /reasons\.text has no en version/,
      { code: 'missing_language', path: ['reasons', 'text'], languages: ['en'] },
    )
    invalid(
      () => recordDecision(review, { ...base, reasons: { text: { sv: ' ', en: 'x' } } }, { screener }),
      /reasons\.text\.sv must be a non-empty text/,
      { code: 'empty_text', path: ['reasons', 'text', 'sv'] },
    )
    invalid(
      () => recordDecision(review, { ...base, reasons: { text: { sv: 'a\u202Eb', en: 'x' } } }, { screener }),
      /reasons\.text\.sv holds a bidi control/,
      { code: 'invalid_text', path: ['reasons', 'text', 'sv'] },
    )
    invalid(
      () => recordDecision(review, { ...base, reasons: { text: { sv: 'x'.repeat(601), en: 'x' } } }, { screener }),
      /601 characters/,
      { code: 'too_long', max: 600 },
    )
    invalid(
      () => recordDecision(review, { ...base, reasons: { text: { de: 'x' } as never } }, { screener }),
      /reasons\.text\.de is not a language/,
    )
  })

  it('refuses what cannot be: reasons on a pass, no one deciding, a time before the submission or the decision it follows, an interview after the decision, other criteria', () => {
    invalid(
      () =>
        recordDecision(
          review,
          { outcome: 'pass', reasons: { criteria: ['english'] }, by: 'Sara', at: at('2026-11-25T09:30:00+01:00') },
          { screener },
        ),
      /reasons are for a rejection/,
    )
    invalid(
      () =>
        recordDecision(
          review,
          { outcome: 'maybe' as never, by: 'Sara', at: at('2026-11-25T09:30:00+01:00') },
          { screener },
        ),
      /outcome must be "pass" or "reject"/,
    )
    invalid(
      () => recordDecision(review, { outcome: 'pass', by: '  ', at: at('2026-11-25T09:30:00+01:00') }, { screener }),
      /by must name who decided/,
    )
    invalid(
      () =>
        recordDecision(
          review,
          { outcome: 'pass', by: 'Sara\nBcc: x', at: at('2026-11-25T09:30:00+01:00') },
          { screener },
        ),
      /by holds a control character/,
    )
    invalid(
      () => recordDecision(review, { outcome: 'pass', by: 'Sara', at: 'igår' }, { screener }),
      /at must be a Date or an ISO 8601 date-time, not "igår"/,
    )
    invalid(
      () => recordDecision(review, { outcome: 'pass', by: 'Sara', at: new Date(Number.NaN) }, { screener }),
      /at must be a Date/,
    )
    invalid(
      () => recordDecision(review, { outcome: 'pass', by: 'Sara', at: at('2020-01-01T00:00:00Z') }, { screener }),
      /is before the application was submitted/,
      { code: 'before_submission', path: ['at'] },
    )
    const passed = recordDecision(
      review,
      { outcome: 'pass', by: 'Sara', at: at('2026-11-25T09:30:00+01:00') },
      { screener },
    )
    invalid(
      () => recordDecision(passed, { outcome: 'pass', by: 'Sara', at: at('2026-11-25T09:00:00+01:00') }, { screener }),
      /is before the decision it follows/,
    )
    invalid(
      () =>
        recordDecision(
          passed,
          {
            outcome: 'reject',
            reasons: { criteria: ['english'] },
            by: 'Sara',
            at: at('2026-11-26T09:00:00+01:00'),
            interviewAt: at('2026-11-27T09:00:00+01:00'),
          },
          { screener },
        ),
      /interviewAt .* is after the decision/,
      { code: 'after_decision', path: ['interviewAt'] },
    )
    invalid(
      () =>
        recordDecision(
          review,
          {
            outcome: 'reject',
            reasons: { criteria: ['english'] },
            by: 'Sara',
            at: at('2026-11-26T09:00:00+01:00'),
            interviewAt: at('2020-01-01T09:00:00+01:00'),
          },
          { screener },
        ),
      /interviewAt is before the application was submitted/,
      { code: 'before_submission', path: ['interviewAt'] },
    )
    const other = compileCriteria({ ...screener.criteria, version: 'other' })
    invalid(
      () =>
        recordDecision(
          review,
          { outcome: 'pass', by: 'Sara', at: at('2026-11-25T09:30:00+01:00') },
          { screener: other },
        ),
      /was screened with other criteria/,
      { code: 'other_criteria', path: [] },
    )
    invalid(
      () =>
        recordDecision(
          null as never,
          { outcome: 'pass', by: 'Sara', at: at('2026-11-25T09:30:00+01:00') },
          { screener },
        ),
      /is not a screening result/,
    )
  })
})

describe('recordDecision and the closing date', () => {
  it('a person cannot name the closing date as their reason: the late message answers it, and a person-decided message would name nothing', () => {
    invalid(
      () =>
        recordDecision(
          review,
          { outcome: 'reject', reasons: { criteria: ['deadline'] }, by: 'Sara', at: at('2026-11-25T09:30:00+01:00') },
          { screener },
        ),
      /"deadline" is the program's check of the closing date/,
    )
  })
})
