// The public types of criteria files, written out: the published API names no zod type, so
// programs that use another zod (or none) are not tied to ours. test/criteria/types.test.ts
// holds them equal to what the schema (schema.ts) parses to, in both directions.
import type { Locale, Stage } from './constants.js'

/**
 * A text per language: Swedish and/or English.
 * @example
 * ```ts
 * const label: Localized = { sv: 'Har du B-körkort?', en: 'Do you have a category B licence?' }
 * ```
 * @category Criteria files
 */
export interface Localized {
  sv?: string | undefined
  en?: string | undefined
}

/**
 * A lint finding reviewed and accepted, with why.
 * @example
 * ```ts
 * const ack: LintAcknowledgement = { finding: 'protected-question:sex', reason: 'anonymous equality statistics, read by no rule' }
 * ```
 * @category Criteria files
 */
export interface LintAcknowledgement {
  finding: string
  reason: string
}

/**
 * What every field has: the question per language, notes for recruiters, reviewed lint findings.
 * @example
 * ```ts
 * const base: FieldBase = { label: { sv: 'Har du B-körkort?' }, description: 'needed for home visits' }
 * ```
 * @category Criteria files
 */
export interface FieldBase {
  label: Localized
  lintAcknowledge?: LintAcknowledgement[] | undefined
  description?: string | undefined
}
/**
 * What fields with fixed options (enum, list) may add: labels of options, options for a person.
 * @example
 * ```ts
 * const options: FieldOptions = { reviewValues: ['Other'], reviewNote: 'check the foreign licence' }
 * ```
 * @category Criteria files
 */
export interface FieldOptions {
  valueLabels?: Record<string, Localized> | undefined
  reviewValues?: string[] | undefined
  reviewNote?: string | undefined
}

/**
 * One declared application field: what the form asks and what answers it accepts.
 * @example
 * ```ts
 * const field: Field = { type: 'enum', values: ['B', 'C'], label: { sv: 'Körkort' } }
 * ```
 * @category Criteria files
 */
export type Field =
  | (FieldBase & { type: 'number'; min?: number | undefined; max?: number | undefined })
  | (FieldBase & { type: 'integer'; min?: number | undefined; max?: number | undefined })
  | (FieldBase & { type: 'string'; maxLength?: number | undefined; nonAnswers?: false | string[] | undefined })
  | (FieldBase & { type: 'boolean' })
  | (FieldBase & {
      type: 'date'
      min?: string | undefined
      max?: string | undefined
      notBefore?: string | undefined
      notAfter?: string | undefined
    })
  | (FieldBase & { type: 'date-time' })
  | (FieldBase & FieldOptions & { type: 'enum'; values: string[] })
  | (FieldBase &
      FieldOptions & {
        type: 'list'
        values?: string[] | undefined
        maxItems?: number | undefined
        nonAnswers?: false | string[] | undefined
      })

/**
 * One criterion, with defaults applied.
 * @example
 * ```ts
 * const c: Criterion = screener.criteria.criteria[0]!
 * ```
 * @category Criteria files
 */
export interface Criterion {
  id: string
  rule: unknown
  when?: unknown
  required?: boolean | undefined
  weight?: number | undefined
  nearMissAllowed?: boolean | undefined
  reason: Localized
  why?: Localized | undefined
  advice?: Localized | undefined
  note?: string | undefined
  onMissing: 'review' | 'reject' | 'skip'
  justification?: string | undefined
  lintAcknowledge?: LintAcknowledgement[] | undefined
}

/**
 * The send-time policy, with defaults applied.
 * @example
 * ```ts
 * const policy: DeliveryPolicy = deliveryPolicy(screener.criteria)
 * ```
 * @category Criteria files
 */
export interface DeliveryPolicy {
  workingHours: { start: string; end: string }
  workingDays: Weekday[]
  /** `se`, `none` or dates (which may include `se`); absent: `se` for Europe/Stockholm, none elsewhere. */
  holidays?: 'se' | 'none' | string[] | undefined
  minDelayHours: number
  slaHours: number
  slaClock: 'working-days' | 'working-hours' | 'calendar'
  acknowledgeInWorkingHours: boolean
  rejectionsNotAfter: { day: Weekday; time: string } | null
  /** No rejection after this time (HH:MM) on the last working day before days off; null: no such cut-off. */
  rejectionsBeforeDaysOff: string | null
  afterInterviewMinHours: number
  maxDays: number
  /** An application in human review is decided within this many working days; the acknowledgement promises that date. */
  reviewWorkingDays: number
  followUpWorkingDays: number
}

/**
 * A day of the week, as criteria files write it.
 * @example
 * ```ts
 * const day: Weekday = 'fri'
 * ```
 * @category Criteria files
 */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'

/**
 * A parsed criteria file, defaults applied: what every function reads.
 * @example
 * ```ts
 * const c: Criteria = compileCriteria(doc).criteria
 * c.job.timezone // 'Europe/Stockholm'
 * ```
 * @category Criteria files
 */
export interface Criteria {
  $schema?: string | undefined
  format: 1
  id: string
  version: string | number
  locale: Locale
  job: {
    title: string | Localized
    company: string
    closesAt?: string | undefined
    timezone: string
    contact: { name: string; email: string }
    url?: string | undefined
    lintAcknowledge?: LintAcknowledgement[] | undefined
  }
  fields: Record<string, Field>
  criteria: Criterion[]
  decision: { minScore: number; nearMissMargin: number }
  messages?:
    | {
        templates?: Partial<Record<Stage, { sv?: string | undefined; en?: string | undefined }>> | undefined
        signature?: Localized | undefined
        replyTo?: string | undefined
        automatedDecisionNotice: boolean
        reviewContact?: { name: string; email: string } | undefined
        privacyUrl?: string | undefined
        survey?: Partial<Record<Exclude<Stage, 'received' | 'advance'>, string>> | undefined
        talentPool: { mode: 'consent' | 'notice'; months: number }
      }
    | undefined
  delivery?: DeliveryPolicy | undefined
}

/**
 * A criteria file as written: what defaults fill in may be left out.
 * @example
 * ```ts
 * const input: CriteriaInput = { id: 'x', version: 1, locale: 'en', job, fields, criteria }
 * ```
 * @category Criteria files
 */
export interface CriteriaInput
  extends Omit<Criteria, 'format' | 'job' | 'criteria' | 'decision' | 'delivery' | 'messages'> {
  messages?:
    | (Omit<NonNullable<Criteria['messages']>, 'automatedDecisionNotice' | 'talentPool'> & {
        automatedDecisionNotice?: boolean | undefined
        talentPool?: { mode?: 'consent' | 'notice' | undefined; months?: number | undefined } | undefined
      })
    | undefined
  format?: 1 | undefined
  delivery?: { [K in keyof DeliveryPolicy]?: DeliveryPolicy[K] | undefined } | undefined
  job: Omit<Criteria['job'], 'timezone'> & { timezone?: string | undefined }
  criteria: (Omit<Criterion, 'onMissing'> & { onMissing?: Criterion['onMissing'] | undefined })[]
  decision?: { minScore?: number | undefined; nearMissMargin?: number | undefined } | undefined
}
