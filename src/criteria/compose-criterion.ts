import { ScreeningError } from '../errors.js'
import { CEFR_LEVELS } from './constants.js'
import { appendToList } from './yaml-append.js'
import type { Field, Localized } from './types.js'

/**
 * A condition a recruiter can pick for a field without writing JSON Logic. Which ones fit a
 * field depends on its type ({@link conditionsFor}).
 * @example
 * ```ts
 * const c: CriterionCondition = { kind: 'atLeast', value: 3 }
 * ```
 * @category Criteria files
 */
export type CriterionCondition =
  | { kind: 'yes' }
  | { kind: 'no' }
  | { kind: 'atLeast'; value: number }
  | { kind: 'atMost'; value: number }
  | { kind: 'between'; min: number; max: number }
  | { kind: 'oneOf'; values: string[] }
  | { kind: 'includesAny'; values: string[] }
  | { kind: 'includesAll'; values: string[] }
  | { kind: 'atLeastOf'; count: number; values: string[] }
  | { kind: 'cefrAtLeast'; level: (typeof CEFR_LEVELS)[number] }
  | { kind: 'onOrBefore'; date: string }
  | { kind: 'onOrAfter'; date: string }
  | { kind: 'withinDaysOfApplication'; days: number }
  | { kind: 'withinMonthsOfApplication'; months: number }

const CEFR: readonly string[] = CEFR_LEVELS

/**
 * The conditions that fit a field, by its type: yes/no for a boolean; at least, at most,
 * between for numbers; one of (and a CEFR level when the options are A1–C2) for an option;
 * any, all or at least N of for a list; before, after or within some time of the
 * application for a date.
 * @example
 * ```ts
 * conditionsFor({ type: 'integer', label: { sv: 'År' } }) // ['atLeast', 'atMost', 'between']
 * ```
 * @category Criteria files
 */
export function conditionsFor(field: Field): CriterionCondition['kind'][] {
  switch (field.type) {
    case 'boolean':
      return ['yes', 'no']
    case 'number':
    case 'integer':
      return ['atLeast', 'atMost', 'between']
    case 'enum':
      return field.values.every((v) => CEFR.includes(v)) ? ['cefrAtLeast', 'oneOf'] : ['oneOf']
    case 'list':
      return ['includesAny', 'includesAll', 'atLeastOf']
    case 'date':
    case 'date-time':
      return ['withinDaysOfApplication', 'withinMonthsOfApplication', 'onOrBefore', 'onOrAfter']
    case 'string':
      return ['oneOf']
  }
}

/**
 * The JSON Logic rule of a field and a condition: the rule a recruiter would otherwise write.
 * A number that is not finite (an empty form field read as NaN) is a {@link ScreeningError}
 * coded `invalid_option`, never a rule that compares with null.
 * @example
 * ```ts
 * composeRule('experienceYears', { kind: 'atLeast', value: 3 }) // { '>=': [{ var: 'experienceYears' }, 3] }
 * ```
 * @category Criteria files
 */
export function composeRule(field: string, condition: CriterionCondition): unknown {
  const v = { var: field }
  // A form's empty or broken number (NaN, Infinity) would be written as null: "at least null
  // years", always met. Such a condition is refused, never written.
  const num = (x: number, what: string, whole = false): number => {
    if (typeof x !== 'number' || !Number.isFinite(x) || (whole && !Number.isInteger(x)))
      throw new ScreeningError(
        'invalid_option',
        `the condition's ${what} must be ${whole ? 'a whole number' : 'a number'}, not ${typeof x === 'number' ? String(x) : JSON.stringify(x)}`,
      )
    return x
  }
  switch (condition.kind) {
    case 'yes':
      return v
    case 'no':
      return { '!': v }
    case 'atLeast':
      return { '>=': [v, num(condition.value, 'value')] }
    case 'atMost':
      return { '<=': [v, num(condition.value, 'value')] }
    case 'between':
      return { '<=': [num(condition.min, 'min'), v, num(condition.max, 'max')] }
    case 'oneOf':
      return condition.values.length === 1 ? { '==': [v, condition.values[0]] } : { in: [v, condition.values] }
    case 'includesAny':
    case 'includesAll':
      return { [condition.kind]: [v, condition.values] }
    case 'atLeastOf':
      return { atLeast: [num(condition.count, 'count', true), v, condition.values] }
    case 'cefrAtLeast':
      return { cefrAtLeast: [v, condition.level] }
    case 'onOrBefore':
      return { dateOnOrBefore: [v, condition.date] }
    case 'onOrAfter':
      return { dateOnOrAfter: [v, condition.date] }
    case 'withinDaysOfApplication':
      return { dateOnOrBefore: [v, { addDays: [{ submittedAt: [] }, num(condition.days, 'number of days', true)] }] }
    case 'withinMonthsOfApplication':
      return {
        dateOnOrBefore: [v, { addMonths: [{ submittedAt: [] }, num(condition.months, 'number of months', true)] }],
      }
  }
}

/**
 * A condition on another question that decides whether a criterion applies at all (`when`):
 * the same conditions as a rule ({@link CriterionCondition}).
 * @example
 * ```ts
 * const when: CriterionWhen = { field: 'nurseExam', condition: { kind: 'yes' } }
 * ```
 * @category Criteria files
 */
export interface CriterionWhen {
  field: string
  condition: CriterionCondition
}

/**
 * What a recruiter chooses for a criterion in the Studio's guided form: everything the guide
 * teaches without JSON Logic (a condition on a question, required or points, near miss, `when`,
 * the reason, why and advice per language).
 * @example
 * ```ts
 * const choice: CriterionChoice = { id: 'korkort', field: 'licence', condition: { kind: 'oneOf', values: ['B'] }, required: true, reason: { sv: 'B-körkort', en: 'a category B licence' } }
 * ```
 * @category Criteria files
 */
export interface CriterionChoice {
  id: string
  field: string
  condition: CriterionCondition
  /** A knockout requirement; otherwise `weight` points (default 1). */
  required: boolean
  weight?: number
  /** A required criterion that, as the only unmet one, still makes a near miss. */
  nearMissAllowed?: boolean
  /** The criterion applies only when this holds. */
  when?: CriterionWhen
  reason: Localized
  why?: Localized
  advice?: Localized
}

/**
 * The keys of a criterion the guided form writes; every other key (note, onMissing …) is kept
 * as written when the form saves.
 * @example
 * ```ts
 * CHOICE_KEYS.has('note') // false: a note survives an edit in the form
 * ```
 * @category Criteria files
 */
export const CHOICE_KEYS: ReadonlySet<string> = new Set([
  'id',
  'when',
  'rule',
  'required',
  'weight',
  'nearMissAllowed',
  'reason',
  'why',
  'advice',
])

/**
 * A criterion (as a criteria file writes it) from a recruiter's choice. Given the criterion as
 * it was (`previous`), the keys the form does not write (`note`, `onMissing`, `justification`,
 * `lintAcknowledge` …) are kept.
 * @example
 * ```ts
 * composeCriterion({ id: 'years', field: 'experienceYears', condition: { kind: 'atLeast', value: 3 }, required: true, reason: { en: 'at least {{min}} years of experience' } })
 * // { id: 'years', rule: { '>=': [{ var: 'experienceYears' }, 3] }, required: true, reason: { en: … } }
 * ```
 * @category Criteria files
 */
export function composeCriterion(
  choice: CriterionChoice,
  previous?: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const clean = (t: Localized | undefined) =>
    t
      ? Object.fromEntries(
          Object.entries(t)
            .filter(([, x]) => typeof x === 'string' && x.trim())
            .map(([k, x]) => [k, x!.trim()]),
        )
      : {}
  const why = clean(choice.why)
  const advice = clean(choice.advice)
  const kept = Object.entries(previous ?? {}).filter(([k]) => !CHOICE_KEYS.has(k))
  return {
    id: choice.id,
    ...(choice.when ? { when: composeRule(choice.when.field, choice.when.condition) } : {}),
    rule: composeRule(choice.field, choice.condition),
    ...(choice.required ? { required: true } : { weight: choice.weight ?? 1 }),
    ...(choice.required && choice.nearMissAllowed ? { nearMissAllowed: true } : {}),
    reason: clean(choice.reason),
    ...(Object.keys(why).length ? { why } : {}),
    ...(Object.keys(advice).length ? { advice } : {}),
    ...Object.fromEntries(kept),
  }
}

/**
 * Adds a criterion to the end of a criteria file's `criteria`, keeping everything else in the
 * text exactly as written (comments, order, quoting, spacing). The rule and reasons are
 * written in flow style, as people write them.
 * @example
 * ```ts
 * const text2 = addCriterionToText(text, composeCriterion(choice))
 * ```
 * @category Criteria files
 */
export function addCriterionToText(text: string, criterion: Record<string, unknown>): string {
  return appendToList(text, 'criteria', criterion, FLOW_KEYS)
}

const FLOW_KEYS = new Set(['rule', 'when', 'reason', 'why', 'advice'])
