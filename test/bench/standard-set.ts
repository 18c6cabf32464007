import { createHash } from 'node:crypto'
import { canonicalJson } from '../../src/criteria/canonical-json'
import { handWrittenStandard, STANDARD_RULES, syntheticAnswers } from './fixture'

// The 12-criterion benchmark set in standard JSON Logic, its seeded applications, and the
// hand-written function that builds the result screen() builds for it: shared by the vitest
// benchmark (screen.bench.ts) and the whole-process comparison (screen-warm.ts).
export const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2']
const label = { en: 'x' }
/** The criteria of the 12-criterion set, to compile with the compileCriteria under test. */
export const STANDARD_CRITERIA = {
  id: 'benchmark',
  version: 1,
  locale: 'en',
  job: { title: 'Frontend developer', company: 'Acme', contact: { name: 'Ann', email: 'ann@acme.example' } },
  fields: {
    workPermit: { type: 'boolean', label },
    experienceYears: { type: 'number', label },
    skills: { type: 'list', label },
    englishLevel: { type: 'enum', values: LEVELS, label },
    swedishLevel: { type: 'enum', values: LEVELS, label },
    availableFrom: { type: 'date', label },
    salaryExpectation: { type: 'number', label },
    relocate: { type: 'boolean', label },
    city: { type: 'string', label },
    noticeWeeks: { type: 'integer', label },
  },
  criteria: STANDARD_RULES.map((rule, i) => ({
    id: `c${i}`,
    rule,
    ...(i < 3 ? { required: true } : { weight: 1 }),
    reason: { en: `requirement number ${i}` },
  })),
  decision: { minScore: 3 },
}

export interface StandardApplication {
  id: string
  submittedAt: string
  answers: Record<string, unknown>
}
/** n seeded applications to the 12-criterion set. */
export function standardApplications(n: number): StandardApplication[] {
  return syntheticAnswers(n, 42, true).map((a, i) => ({
    id: `a${i}`,
    submittedAt: '2026-11-20T10:00:00+01:00',
    answers: a,
  }))
}

/** The result screen() builds, by hand, for the benchmark set: what a careful developer would write. */
const FIELDS = STANDARD_RULES.map((r) => [
  ...new Set(
    JSON.stringify(r)
      .match(/"var":"(\w+)"/g)!
      .map((m) => m.slice(7, -1)),
  ),
])
export function handScreen(app: StandardApplication, now: Date, hash = true) {
  const met = handWrittenStandard(app.answers)
  let score = 0
  let requiredUnmet = false
  const unmet: string[] = []
  const criteria = met.map((ok, i) => {
    const required = i < 3
    if (ok && !required) score++
    if (!ok) {
      unmet.push(`c${i}`)
      if (required) requiredUnmet = true
    }
    const field = FIELDS[i]![0]!
    return {
      id: `c${i}`,
      required,
      weight: required ? 0 : 1,
      status: ok ? 'met' : 'unmet',
      reason: `requirement number ${i}`,
      fields: FIELDS[i]!,
      ...(ok
        ? {}
        : {
            detail: {
              kind: 'condition',
              operator: 'truthy',
              path: field,
              subject: field,
              expected: true,
              actual: app.answers[field],
              negated: false,
            },
          }),
    }
  })
  return {
    application: { id: app.id, submittedAt: app.submittedAt },
    outcome: requiredUnmet || score < 3 ? 'reject' : 'pass',
    nearMiss: false,
    score,
    maxScore: 9,
    minScore: 3,
    locale: 'en',
    criteria,
    unmet,
    missing: [],
    invalid: [],
    review: [],
    skipped: [],
    audit: {
      criteriaId: 'benchmark',
      criteriaVersion: 1,
      criteriaHash: 'x',
      applicationHash: hash ? createHash('sha256').update(canonicalJson(app.answers)).digest('hex') : '',
      engineVersion: '0.1.0',
      evaluatedAt: now.toISOString(),
      timeZone: 'Europe/Stockholm',
    },
  }
}
