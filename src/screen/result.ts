import type { Locale } from '../criteria/schema'
import type { Explanation } from '../logic/explain'

/**
 * How one criterion came out for one application: `met`, `unmet`; `missing`, `invalid` or
 * `review` when answers that cannot be used (unanswered, invalid, for a person to judge) could
 * decide it; `error` when the rule failed to evaluate; `skipped` when its condition (`when`)
 * did not hold.
 * @example
 * ```ts
 * const s: CriterionStatus = 'missing'
 * ```
 * @category Screening
 */
export type CriterionStatus = 'met' | 'unmet' | 'missing' | 'invalid' | 'review' | 'error' | 'skipped'

/** The decision on one application. `review` means a human decides.
 * @example
 * ```ts
 * const o: Outcome = result.outcome // 'pass' | 'reject' | 'review'
 * ```
 * @category Screening
 */
export type Outcome = 'pass' | 'reject' | 'review'

/**
 * One criterion's result.
 *
 * @example
 * ```ts
 * const r: CriterionResult = { id: 'experience', required: true, weight: 0, status: 'unmet', fields: ['experienceYears'],
 *   reason: 'at least three years of professional experience with frontend development',
 *   detail: { kind: 'condition', operator: '>=', path: 'experienceYears', subject: 'experienceYears', expected: 3, actual: 2, negated: false } }
 * ```
 * @category Screening
 */
export interface CriterionResult {
  /** Criterion id (`deadline` for the built-in closing-date check). */
  id: string
  /** True for a knockout requirement. */
  required: boolean
  /** Points the criterion adds when met (0 for requirements). */
  weight: number
  /** How it came out. */
  status: CriterionStatus
  /** Candidate-facing wording of the requirement, in the result's locale. */
  reason: string
  /** Fields the rule (and its condition) reads; the same frozen list in every result of a screener. */
  fields: string[]
  /**
   * Why it was not met (status `unmet`), why it held despite unusable answers (status `met`,
   * with `gaps`), or why its condition did not hold (status `skipped`): conditions with path,
   * expected and actual values. The explanation of an answer that rules explain alike (one
   * field, no clock) is frozen and shared between results.
   */
  detail?: Explanation
  /** Fields it reads whose answers could not be used, yet could not change the result (status `met` or `unmet`). */
  gaps?: string[]
  /** What was wrong with the data or the evaluation (status `missing`, `invalid`, `review` or `error`); `fields` are the answers that could decide it. */
  problem?: { code: string; path: string | null; message: string; actual?: unknown; fields?: string[] }
}

/**
 * The audit record of a decision: enough to show later exactly which rules, which data and
 * which engine produced it (GDPR art. 22).
 *
 * @example
 * ```ts
 * const audit: Audit = { criteriaId: 'frontend-developer', criteriaVersion: 3, criteriaHash: '9f…', applicationHash: '1c…', engineVersion: '0.1.0', evaluatedAt: '2026-11-20T10:00:00.000Z', timeZone: 'Europe/Stockholm' }
 * ```
 * @category Screening
 */
export interface Audit {
  criteriaId: string
  criteriaVersion: string | number
  /** SHA-256 of the canonical JSON of the parsed criteria. */
  criteriaHash: string
  /** SHA-256 of the canonical JSON of the application's answers. */
  applicationHash: string
  /** Version of autoscreen that decided. */
  engineVersion: string
  /** The injected `now`, ISO 8601. */
  evaluatedAt: string
  /** The job's time zone, in which dates without an offset (answers, `submittedAt`) were read. */
  timeZone: string
}

/**
 * The result of screening one application: plain, JSON-serialisable data. The same criteria,
 * application and `now` always give a byte-identical result.
 *
 * @example
 * ```ts
 * const result = screener.screen(application, { now: new Date() })
 * if (result.outcome === 'reject') console.log(result.unmet) // ['experience']
 * ```
 * @category Screening
 */
export interface ScreeningResult {
  /** The application, as far as messages and reports need it (no answers, no email). */
  application: { id: string; submittedAt: string; source?: string; firstName?: string; locale?: string }
  outcome: Outcome
  /** True when a rejected candidate is a near miss, to keep in the talent pool. */
  nearMiss: boolean
  /** Points from met preferred criteria. */
  score: number
  /** Points if every preferred criterion were met. */
  maxScore: number
  /** Points needed to pass. */
  minScore: number
  /** Language of the reasons (and of messages by default). */
  locale: Locale
  /** Every criterion, in file order; `deadline` first when the job has a closing date. */
  criteria: CriterionResult[]
  /** Ids of unmet criteria. */
  unmet: string[]
  /** Ids of criteria whose answers are missing. */
  missing: string[]
  /** Ids of criteria whose answers are invalid or whose evaluation failed. */
  invalid: string[]
  /** Ids of criteria a person must judge (an answer marked for review, or a rule's `review`). */
  review: string[]
  /** Ids of criteria whose condition (`when`) did not hold. */
  skipped: string[]
  audit: Audit
}
