/**
 * One leaf condition of a rule and how the data met or missed it.
 *
 * @example
 * ```ts
 * const c: Condition = { kind: 'condition', operator: '>=', path: 'experienceYears', subject: 'experienceYears', expected: 3, actual: 2, negated: false }
 * ```
 * @category Rules engine
 */
export interface Condition {
  kind: 'condition'
  /** Normalised operator: `>=`, `>`, `<=`, `<`, `==`, `!=`, `between`, `includes`, `in`, `truthy`, `some`, `all`, `none`, or a custom operator name. */
  operator: string
  /** The field path the condition reads, if it reads one. */
  path: string | null
  /** What is compared, as text (`experienceYears`, `monthsSince(licenceDate)`). */
  subject: string
  /** The value the condition asks for (for `between`, `[low, high]`). */
  expected?: unknown
  /** The value found in the data. */
  actual: unknown
  /** What of the expected values was found (`atLeast`: the listed values the answer holds). */
  found?: unknown
  /** The candidate's answer as given, when it was read differently (an enum answer matched regardless of case). */
  answered?: unknown
  /** True when the condition must not hold (under a `!` or `none`). */
  negated: boolean
  /** True when this explains why a rule held (a met criterion decided despite unanswered fields). */
  held?: boolean
}

/**
 * Why a rule was not met (or, with `held`, why it was), as data: a leaf {@link Condition},
 * `anyOf` (every alternative of an `or` failed) or `allOf` (every part of an `and` held).
 *
 * @example
 * ```ts
 * const e: Explanation = { kind: 'anyOf', children: [
 *   { kind: 'condition', operator: 'includes', path: 'skills', subject: 'skills', expected: 'react', actual: ['vue'], negated: false },
 * ] }
 * ```
 * @category Rules engine
 */
export type Explanation = Condition | { kind: 'anyOf' | 'allOf'; children: Explanation[]; held?: boolean }
