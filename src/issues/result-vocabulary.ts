// The one vocabulary of a screening's results: what each criterion status and each outcome is
// called, in Swedish and in English. The CLI table, the Criteria Studio, the reports, the rule
// tests' summaries and the issues that name a status all take their words from here, so a
// recruiter reads the same word for the same thing wherever it appears. It lives in the lowest
// layer so that every other may read it.

/**
 * Every status a criterion can have, in the order a result lists them.
 * @example
 * ```ts
 * CRITERION_STATUSES.includes('skipped') // true
 * ```
 * @category Screening
 */
export const CRITERION_STATUSES = ['met', 'unmet', 'missing', 'invalid', 'review', 'error', 'skipped'] as const

/**
 * How one criterion came out for one application: `met`, `unmet`; `missing`, `invalid` or
 * `review` when answers that cannot be used (unanswered, invalid, for a person to judge) could
 * decide it; `error` when the rule failed to evaluate; `skipped` when its condition (`when`)
 * did not hold, or when only unanswered questions could decide it and it says `onMissing: skip`.
 * @example
 * ```ts
 * const s: CriterionStatus = 'missing'
 * ```
 * @category Screening
 */
export type CriterionStatus = (typeof CRITERION_STATUSES)[number]

/**
 * Every outcome of a screening.
 * @example
 * ```ts
 * OUTCOMES.includes('review') // true
 * ```
 * @category Screening
 */
export const OUTCOMES = ['pass', 'reject', 'review'] as const

/** The decision on one application. `review` means a human decides.
 * @example
 * ```ts
 * const o: Outcome = result.outcome // 'pass' | 'reject' | 'review'
 * ```
 * @category Screening
 */
export type Outcome = (typeof OUTCOMES)[number]

/**
 * The words of a result's statuses and outcomes in one language, in lower case as they stand
 * in a sentence; a heading or a badge capitalises them itself.
 * @example
 * ```ts
 * const v: ResultVocabulary = RESULT_VOCABULARY.en
 * v.status.unmet // 'not met'
 * ```
 * @category Reports
 */
export interface ResultVocabulary {
  readonly status: Readonly<Record<CriterionStatus, string>>
  readonly outcome: Readonly<Record<Outcome, string>>
}

const sv: ResultVocabulary = {
  status: {
    met: 'uppfyllt',
    unmet: 'inte uppfyllt',
    missing: 'obesvarat',
    invalid: 'ogiltigt svar',
    review: 'bedöms av en person',
    error: 'fel i regeln',
    skipped: 'gäller inte',
  },
  outcome: { pass: 'går vidare', reject: 'avböjs', review: 'till en person' },
}

const en: ResultVocabulary = {
  status: {
    met: 'met',
    unmet: 'not met',
    missing: 'unanswered',
    invalid: 'invalid answer',
    review: 'judged by a person',
    error: 'rule error',
    skipped: 'does not apply',
  },
  outcome: { pass: 'moves on', reject: 'rejected', review: 'to a person' },
}

/**
 * The words of every status and outcome, in Swedish and English: defined here once, read by
 * every place that shows a result to a recruiter.
 * @example
 * ```ts
 * RESULT_VOCABULARY.sv.status.missing // 'obesvarat'
 * RESULT_VOCABULARY.en.outcome.review // 'to a person'
 * ```
 * @category Reports
 */
export const RESULT_VOCABULARY: Readonly<Record<'sv' | 'en', ResultVocabulary>> = { sv, en }

/**
 * The word for a status named by a value from outside (a test file's list, an issue's
 * parameter): the vocabulary's word when it is a status, else the value as it was written.
 * @example
 * ```ts
 * statusWord('sv', 'skipped') // 'gäller inte'
 * statusWord('en', 'later') // 'later'
 * ```
 * @category Reports
 */
export function statusWord(locale: 'sv' | 'en', status: unknown): string {
  const words: Readonly<Record<string, string>> = RESULT_VOCABULARY[locale].status
  return typeof status === 'string' && Object.hasOwn(words, status) ? words[status]! : String(status)
}
