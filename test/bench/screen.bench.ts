import { createHash } from 'node:crypto'
import jsonLogic from 'json-logic-js'
import { bench, describe } from 'vitest'
import { canonicalJson } from '../../src/criteria/canonical-json'
import { SCREENING_OPERATORS } from '../../src/logic/screening-operators'
import { compileCriteria, type Screener } from '../../src/screen/compile-criteria'
import { loadCriteria } from '../../src/node/load-criteria'
import { handWrittenStandard, STANDARD_RULES, syntheticAnswers } from './fixture'
import { syntheticApplications } from './synthetic'

// screen() end to end, in one process: a full result (statuses, reasons, explanations of
// unmet criteria, the audit record with the SHA-256 of the answers) against bare json-logic-js
// `apply` of the same rules, and against a hand-written function that builds an equivalent
// result. Rule sets: the 12-criterion benchmark set in standard JSON Logic, and the bundled
// rule sets on seeded synthetic applications. vitest prints each variant relative to the fastest.
const N = 20_000
const now = new Date('2026-11-23T10:00:00Z')
const ctx: { now: Date; timeZone: string; submittedAt?: string } = { now, timeZone: 'Europe/Stockholm' }
for (const [name, def] of Object.entries(SCREENING_OPERATORS)) jsonLogic.add_operation(name, (...args: unknown[]) => def.evaluate(args, ctx))

const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2']
const label = { en: 'x' }
const standard = compileCriteria({
  id: 'benchmark', version: 1, locale: 'en',
  job: { title: 'Frontend developer', company: 'Acme', contact: { name: 'Ann', email: 'ann@acme.example' } },
  fields: {
    workPermit: { type: 'boolean', label }, experienceYears: { type: 'number', label }, skills: { type: 'list', label },
    englishLevel: { type: 'enum', values: LEVELS, label }, swedishLevel: { type: 'enum', values: LEVELS, label },
    availableFrom: { type: 'date', label }, salaryExpectation: { type: 'number', label }, relocate: { type: 'boolean', label },
    city: { type: 'string', label }, noticeWeeks: { type: 'integer', label },
  },
  criteria: STANDARD_RULES.map((rule, i) => ({ id: `c${i}`, rule, ...(i < 3 ? { required: true } : { weight: 1 }), reason: { en: `requirement number ${i}` } })),
  decision: { minScore: 3 },
} as never)
const answers = syntheticAnswers(N, 42, true)
const applications = answers.map((a, i) => ({ id: `a${i}`, submittedAt: '2026-11-20T10:00:00+01:00', answers: a }))

/** The result screen() builds, by hand, for the benchmark set: what a careful developer would write. */
const FIELDS = STANDARD_RULES.map((r) => [...new Set(JSON.stringify(r).match(/"var":"(\w+)"/g)!.map((m) => m.slice(7, -1)))])
function handScreen(app: (typeof applications)[number], hash = true) {
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
      id: `c${i}`, required, weight: required ? 0 : 1, status: ok ? 'met' : 'unmet', reason: `requirement number ${i}`, fields: FIELDS[i]!,
      ...(ok ? {} : { detail: { kind: 'condition', operator: 'truthy', path: field, subject: field, expected: true, actual: app.answers[field], negated: false } }),
    }
  })
  return {
    application: { id: app.id, submittedAt: app.submittedAt }, outcome: requiredUnmet || score < 3 ? 'reject' : 'pass', nearMiss: false, score, maxScore: 9, minScore: 3, locale: 'en',
    criteria, unmet, missing: [], invalid: [], review: [], skipped: [],
    audit: { criteriaId: 'benchmark', criteriaVersion: 1, criteriaHash: 'x', applicationHash: hash ? createHash('sha256').update(canonicalJson(app.answers)).digest('hex') : '', engineVersion: '0.1.0', evaluatedAt: now.toISOString(), timeZone: 'Europe/Stockholm' },
  }
}

function loop(f: (i: number) => unknown) {
  return () => {
    for (let i = 0; i < N; i++) f(i)
  }
}

describe(`screen() end to end: ${N.toLocaleString('en')} applications × 12 criteria (standard JSON Logic)`, () => {
  bench('screen(): full result, explanations, audit hash', loop((i) => standard.screen(applications[i]!, { now })), { time: 2000 })
  bench('hand-written equivalent result', loop((i) => handScreen(applications[i]!)), { time: 2000 })
  // What the audit hash (SHA-256 of the canonical answers) costs on its own, for the record.
  bench('hand-written equivalent result without the audit hash', loop((i) => handScreen(applications[i]!, false)), { time: 2000 })
  bench('json-logic-js 2.0.5: apply of the 12 rules', loop((i) => STANDARD_RULES.map((r) => jsonLogic.apply(r as never, answers[i]))), { time: 2000, iterations: 5 })
})

const bundled: [string, Screener, ReturnType<typeof syntheticApplications>, unknown[]][] = []
for (const name of ['frontend-developer', 'lagerarbetare', 'b2b-saljare']) {
  const s = compileCriteria(await loadCriteria(`rules/${name}.yaml`))
  bundled.push([name, s, syntheticApplications(s.criteria, N), s.criteria.criteria.map((c) => c.rule)])
}
for (const [name, s, apps, rules] of bundled)
  describe(`screen() end to end: rules/${name}.yaml, ${N.toLocaleString('en')} applications × ${rules.length} criteria`, () => {
    bench('screen(): full result, explanations, audit hash', loop((i) => s.screen(apps[i]!, { now })), { time: 2000 })
    bench('json-logic-js 2.0.5 (with the screening operators)', loop((i) => {
      ctx.submittedAt = apps[i]!.submittedAt
      return rules.map((r) => jsonLogic.apply(r as never, apps[i]!.answers))
    }), { time: 2000, iterations: 5 })
  })
