import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hashJson } from '../../src/criteria/hash'
import { createEngine } from '../../src/logic/engine'
import { checkCriteriaDocument } from '../../src/screen/check-criteria'
import { loadCriteriaText } from '../../src/screen/load-criteria'
import { screenApplication } from '../../src/screen/screen-application'
import { buildPlan, type ScreeningPlan } from '../../src/screen/screening-plan'
import { syntheticApplications } from '../bench/synthetic'

// screenApplication tests every rule and condition at once (the plan's `testAll`) when every
// answer is usable, and builds the results from those verdicts (by the plan's own walk where
// code generation is allowed); when `testAll` fails, or some answers cannot be used, each
// criterion is tested on its own (when the only unusable answers are options for a person to
// judge, only the criteria that read them). The property: both ways give the same result, for every
// bundled rule set, on applications with every answer usable and with answers missing, blank,
// non-answers, of the wrong type or for a person, in both engine modes.
const RULES = join(__dirname, '../../rules')
const now = new Date('2026-11-23T10:00:00Z')

/** A seeded generator of numbers in [0, 1). */
function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

/** The applications with some answers made unusable, each in one of the ways an answer can be. */
function spoiled(plan: ScreeningPlan, apps: ReturnType<typeof syntheticApplications>) {
  const r = rng(20261207)
  return apps.map((app) => {
    const answers = { ...app.answers }
    for (const [name, field] of Object.entries(plan.criteria.fields)) {
      if (r() > 0.2) continue
      const review = 'reviewValues' in field ? field.reviewValues : undefined
      const ways: unknown[] = [undefined, '', '  ', 'N/A', 'vet ej', 42, true, ['N/A'], { a: 1 }]
      if (review?.length) ways.push(field.type === 'list' ? [review[0]] : review[0])
      const way = ways[Math.floor(r() * ways.length)]
      if (way === undefined) delete answers[name]
      else answers[name] = way
    }
    return { ...app, answers }
  })
}

describe('screening from the verdicts of every rule at once', () => {
  const files = readdirSync(RULES).filter((f) => f.endsWith('.yaml') && !f.endsWith('.test.yaml'))
  for (const jitless of [false, true])
    for (const file of files)
      it(`gives what testing each criterion on its own gives: ${file}${jitless ? ' (jitless)' : ''}`, () => {
        const doc = loadCriteriaText(readFileSync(join(RULES, file), 'utf8'))
        const engine = createEngine({ finiteNumbers: true, jitless })
        const plan = buildPlan(doc, engine, checkCriteriaDocument(doc, engine), hashJson(doc.criteria))
        // The same plan whose fast path always fails: every criterion is tested on its own.
        const oneByOne: ScreeningPlan = {
          ...plan,
          testAll: () => {
            throw new Error('tested one by one')
          },
          walk: null,
        }
        const apps = spoiled(plan, syntheticApplications(plan.criteria, 400))
        let partial = 0
        let forPerson = 0
        for (const app of apps) {
          const fast = screenApplication(plan, app, { now })
          const slow = screenApplication(oneByOne, app, { now })
          expect(fast, app.id).toEqual(slow)
          if (fast.missing.length + fast.invalid.length + fast.review.length > 0) partial++
          if (fast.review.length > 0 && fast.missing.length + fast.invalid.length === 0) forPerson++
        }
        // Both kinds of application were screened: all answers usable, and some not.
        expect(partial).toBeGreaterThan(40)
        expect(partial).toBeLessThan(apps.length - 40)
        // Where the file has options for a person, so were applications whose only unusable
        // answers are such options (the verdicts of every rule at once serve the other criteria).
        if (Object.values(plan.criteria.fields).some((f) => 'reviewValues' in f && f.reviewValues?.length))
          expect(forPerson).toBeGreaterThan(10)
      })
})

describe('an answer under a name the criteria do not declare', () => {
  it('is not read, and the unanswered question near it names it for the person who looks', () => {
    const doc = loadCriteriaText(readFileSync(join(RULES, 'underskoterska-hemtjanst.yaml'), 'utf8'))
    const engine = createEngine({ finiteNumbers: true })
    const plan = buildPlan(doc, engine, checkCriteriaDocument(doc, engine), hashJson(doc.criteria))
    const answers = {
      underskoterskeexamen: true,
      examensbevis: true,
      utbildning: 'Vårdbiträde',
      körkort: 'B',
      kunskaper: ['Demensvård', 'Palliativ vård'],
      tillgangligFran: '2026-12-15',
    }
    const result = screenApplication(plan, { id: 'a1', submittedAt: '2026-12-01T10:00:00+01:00', answers }, { now })
    const korkort = result.criteria.find((c) => c.id === 'korkort')!
    // A required question unanswered: a person decides, never an automatic no.
    expect(result.outcome).toBe('review')
    expect(korkort.status).toBe('missing')
    expect(korkort.problem).toMatchObject({ code: 'missing_answer', path: 'korkort', undeclared: ['körkort'] })
    expect(korkort.problem!.message).toContain('the application holds "körkort", not declared by the criteria')
    // Sent under its own name, the same answer meets the requirement.
    const { körkort: _, ...rest } = answers
    const right = screenApplication(
      plan,
      { id: 'a1', submittedAt: '2026-12-01T10:00:00+01:00', answers: { ...rest, korkort: 'B' } },
      { now },
    )
    expect(right.criteria.find((c) => c.id === 'korkort')!.status).toBe('met')
  })
})
