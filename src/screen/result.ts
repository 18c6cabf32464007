import type { Locale } from '../criteria/schema.js'
import type { EvaluationErrorCode } from '../errors.js'
import type { Explanation } from '../logic/index.js'

// The statuses and outcomes are defined once, with their words, in the vocabulary of results.
export type { CriterionStatus, Outcome } from '../issues/result-vocabulary.js'
import type { CriterionStatus, Outcome } from '../issues/result-vocabulary.js'

/**
 * What was wrong with the answers or the evaluation of a criterion that could not be decided.
 * @example
 * ```ts
 * const p: CriterionProblem = { code: 'missing_answer', path: 'experienceYears', message: 'experienceYears is not answered, and the answer could change the result', fields: ['experienceYears'] }
 * ```
 * @category Screening
 */
export interface CriterionProblem {
  /** `missing_answer`, `invalid_answer`, `needs_review`, or the {@link EvaluationErrorCode} of a rule that failed. */
  code: 'missing_answer' | 'invalid_answer' | 'needs_review' | EvaluationErrorCode
  /** The answer the problem is about, when there is one. */
  path: string | null
  message: string
  /** The unusable answer (invalid, or one a person judges), shortened. */
  actual?: unknown
  /** The answers that could decide the criterion. */
  fields?: string[]
  /**
   * For a question with no answer: answers the application holds under names the criteria do
   * not declare, close to the question's (`körkort` for `korkort`), which are not read.
   */
  undeclared?: string[]
}

/**
 * What every criterion result has, whatever its status.
 * @example
 * ```ts
 * const base: CriterionBase = { id: 'experience', required: true, weight: 0, reason: 'at least three years of experience', fields: ['experienceYears'] }
 * ```
 * @category Screening
 */
export interface CriterionBase {
  /** Criterion id (`deadline` for the built-in closing-date check). */
  id: string
  /** True for a knockout requirement. */
  required: boolean
  /** Points the criterion adds when met (0 for requirements). */
  weight: number
  /** Candidate-facing wording of the requirement, in the result's locale. */
  reason: string
  /** Fields the rule (and its condition) reads; the same frozen list in every result of a screener. */
  fields: string[]
}

/**
 * One criterion's result, a union that narrows on `status`: `detail` (why) is there when
 * `unmet` or `skipped` (unless screened with `explain: false`), and on `met` when unusable
 * answers could not change it (with `gaps`); `problem` is there when `missing`, `invalid`,
 * `review` or `error`. The explanation of an answer that rules explain alike (one field, no
 * clock) is frozen and shared between results.
 * @example
 * ```ts
 * for (const c of result.criteria)
 *   if (c.status === 'unmet') console.log(c.reason, formatExplanation(c.detail))
 *   else if (c.status === 'missing') console.log(c.problem.message)
 * ```
 * @category Screening
 */
export type CriterionResult<Explained extends boolean = true> =
  | (CriterionBase & { status: 'met'; detail?: Explanation; gaps?: string[]; problem?: never })
  | (CriterionBase & { status: 'unmet'; gaps?: string[]; problem?: never } & (Explained extends true
        ? { detail: Explanation }
        : { detail?: never }))
  | (CriterionBase & { status: 'skipped'; gaps?: never; problem?: never } & (Explained extends true
        ? { detail: Explanation }
        : { detail?: never }))
  | (CriterionBase & {
      status: 'missing' | 'invalid' | 'review' | 'error'
      problem: CriterionProblem
      detail?: never
      gaps?: never
    })

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
  /** What a later reader must know about how this decision was made (absent when there is nothing). */
  notes?: AuditNote[]
  /**
   * Every decision a person recorded on this result ({@link recordDecision}), oldest first, each
   * linked by a hash to the result it was made on (absent while the program's outcome stands).
   */
  decisions?: PersonDecision[]
}

/**
 * The reasons a person gave for rejecting: criteria of the file (by id), a free reason in the
 * languages messages are sent in, or both. Only these are named to the candidate.
 *
 * @example
 * ```ts
 * const reasons: PersonReasons = { criteria: ['english'], text: { sv: 'Vi behöver någon som kan börja i januari.' } }
 * ```
 * @category Screening
 */
export interface PersonReasons {
  /** Ids of criteria of the file the person found unmet. */
  criteria: string[]
  /** A reason in the person's own words, per language (candidate-facing). */
  text: { sv?: string; en?: string }
}

/**
 * A decision a person made about a screened application (GDPR art. 22(3)): what, why, who and
 * when, and what it replaced.
 *
 * @example
 * ```ts
 * const d: PersonDecision = { outcome: 'reject', reasons: { criteria: ['english'], text: {} }, by: 'Sara Lind', at: '2026-11-24T09:30:00.000Z', previous: { outcome: 'review', decidedBy: 'program', hash: '5e…' } }
 * ```
 * @category Screening
 */
export interface PersonDecision {
  outcome: 'pass' | 'reject'
  /** Why, for a rejection (empty lists and no text for a pass). */
  reasons: PersonReasons
  /** Who decided: a name or a user id of the ATS. */
  by: string
  /** When, ISO 8601 (UTC). */
  at: string
  /** An internal note; never shown to the candidate. */
  note?: string
  /** When the interview the decision follows was held, ISO 8601: its rejection is `rejected-after-interview`. */
  interviewAt?: string
  /** What this decision replaced, and the SHA-256 of the canonical JSON of the result it was recorded on. */
  previous: { outcome: Outcome; decidedBy: 'program' | 'person'; hash: string }
}

/**
 * Something about how a decision was made that a reader of its audit record must know.
 *
 * - `now_before_submission`: the `now` given (in `given`) was earlier than the application's
 *   submission, which no decision can be; the decision is dated at the submission instead.
 * - `invalid_utf8`: the application as read held bytes that are not UTF-8, read as U+FFFD (�);
 *   an answer may not say what the candidate wrote.
 *
 * @example
 * ```ts
 * const note: AuditNote = { code: 'now_before_submission', given: '1970-01-01T00:00:00.000Z', message: 'the decision time given is before the submission; the decision is dated at the submission' }
 * ```
 * @category Screening
 */
export interface AuditNote {
  code: 'now_before_submission' | 'invalid_utf8'
  message: string
  /** The value given, where the note replaced it. */
  given?: string
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
export interface ScreeningResult<Explained extends boolean = true> {
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
  criteria: CriterionResult<Explained>[]
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
  /**
   * The latest decision a person recorded ({@link recordDecision}); absent while the program's
   * outcome stands. `outcome` and the criteria stay what the program found: both can be shown.
   */
  decision?: PersonDecision
  audit: Audit
}

/** A criterion result while it is built: every field optional but `status`; handed out as a {@link CriterionResult}. */
export type CriterionDraft = CriterionBase & {
  status: CriterionStatus
  detail?: Explanation
  gaps?: string[]
  problem?: CriterionProblem
}
