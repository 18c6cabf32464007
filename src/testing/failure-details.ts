import type { Outcome } from '../screen/result.js'
import type { CaseResult, CaseSummary, Expectation } from './run-rule-tests.js'

// Why a test case failed, as data: what the CLI prints and the Studio words in the recruiter's
// language, from one place.

/**
 * A criterion's status as a failing case reads it: one of the lists a case can expect it in,
 * or met when it is in none.
 * @example
 * ```ts
 * const s: CaseStatus = 'unmet'
 * ```
 * @category Rule-set testing
 */
export type CaseStatus = 'met' | 'unmet' | 'missing' | 'invalid' | 'review' | 'skipped'

/**
 * A criterion whose status was not what the case expects: the case lists it under `list` and
 * it was not there (`expected: true`), or it was there and the case does not list it
 * (`expected: false`); `actual` is where it was, and `why` the explanation when there is one.
 * @example
 * ```ts
 * const d: CriterionDifference = { id: 'kvallsskift', list: 'unmet', expected: false, actual: 'unmet', why: 'eveningShifts is false; true required' }
 * ```
 * @category Rule-set testing
 */
export interface CriterionDifference {
  id: string
  list: Exclude<CaseStatus, 'met'>
  expected: boolean
  actual: CaseStatus
  why?: string
}

/**
 * Everything a failing case is read by: the expectations that differed (as the test file
 * words them), the outcome expected and got, the score against `minScore`, each criterion
 * whose status differed and why, the other differences (score, near miss, message), the
 * result in summary, and every criterion's explanation.
 * @example
 * ```ts
 * const d: FailureDetails = failureDetails(report.cases[0]!)
 * ```
 * @category Rule-set testing
 */
export interface FailureDetails {
  passed: boolean
  expectations: Expectation[]
  outcome: { expected: Outcome; actual: Outcome } | null
  score: { score: number; minScore: number; maxScore: number; nearMiss: boolean }
  criteria: CriterionDifference[]
  others: Expectation[]
  actual: CaseSummary
  explanations: Record<string, string>
}

const LISTS = ['unmet', 'missing', 'invalid', 'review', 'skipped'] as const

/**
 * Why a case failed (or that it passed), as data: what `autoscreen test` prints under a
 * failing case and what the Studio shows, in the recruiter's language.
 * @example
 * ```ts
 * const d = failureDetails(report.cases[0]!)
 * d.outcome // { expected: 'pass', actual: 'reject' }
 * d.criteria // [{ id: 'kvallsskift', list: 'unmet', expected: false, actual: 'unmet', why: 'eveningShifts is false; true required' }]
 * ```
 * @category Rule-set testing
 */
export function failureDetails(c: CaseResult): FailureDetails {
  const s = c.actual
  const statusOf = (id: string): CaseStatus => {
    if (s.unmetRequired.includes(id) || s.unmetPreferred.includes(id)) return 'unmet'
    for (const list of ['missing', 'invalid', 'review', 'skipped'] as const) if (s[list].includes(id)) return list
    return 'met'
  }
  const why = (id: string) => c.explanations[id] ?? s.problems?.[id]
  const criteria: CriterionDifference[] = []
  const others: Expectation[] = []
  let outcome: FailureDetails['outcome'] = null
  for (const f of c.failures) {
    if (f.field === 'outcome') outcome = { expected: f.expected as Outcome, actual: f.actual as Outcome }
    else if ((LISTS as readonly string[]).includes(f.field)) {
      const list = f.field as (typeof LISTS)[number]
      const want = (f.expected as string[]) ?? []
      const got = (f.actual as string[]) ?? []
      const add = (id: string, expected: boolean) => {
        const because = why(id)
        criteria.push({ id, list, expected, actual: statusOf(id), ...(because === undefined ? {} : { why: because }) })
      }
      for (const id of want) if (!got.includes(id)) add(id, true)
      for (const id of got) if (!want.includes(id)) add(id, false)
    } else others.push(f)
  }
  return {
    passed: c.passed,
    expectations: c.failures,
    outcome,
    score: { score: s.score, minScore: s.minScore, maxScore: s.maxScore, nearMiss: s.nearMiss },
    criteria,
    others,
    actual: s,
    explanations: c.explanations,
  }
}
