import { canonicalJson } from './canonical-json.js'
import { CEFR_LEVELS } from './constants.js'
import { composeRule, conditionsFor, type CriterionChoice, type CriterionCondition } from './compose-criterion.js'
import type { Field, Localized } from './types.js'

// The inverse of composeCriterion: a criterion as written, read back into the guided form's
// choice when (and only when) the form can write exactly the same rule again. A hand-written
// rule the form cannot express is never squeezed into the nearest choice (that would change it
// on the next save): it is null, and the page shows it read-only.

const CEFR = new Set<unknown>(CEFR_LEVELS)
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string')
const varName = (v: unknown): string | null =>
  isObj(v) && Object.keys(v).length === 1 && typeof v.var === 'string' ? v.var : null
const only = (v: Record<string, unknown>): [string, unknown] | null => {
  const keys = Object.keys(v)
  return keys.length === 1 ? [keys[0]!, v[keys[0]!]] : null
}

/** The field and condition of a rule, if it has one of composeRule's shapes (checked by the caller). */
function shapeOf(rule: unknown): { field: string; condition: CriterionCondition } | null {
  const plain = varName(rule)
  if (plain) return { field: plain, condition: { kind: 'yes' } }
  if (!isObj(rule)) return null
  const op = only(rule)
  if (!op) return null
  const [name, args] = op
  if (name === '!') {
    const f = varName(args)
    return f ? { field: f, condition: { kind: 'no' } } : null
  }
  if (!Array.isArray(args)) return null
  const [a, b, c] = args as unknown[]
  const num = (x: unknown) => (typeof x === 'number' ? x : NaN)
  switch (name) {
    case '>=':
      return args.length === 2 && varName(a)
        ? { field: varName(a)!, condition: { kind: 'atLeast', value: num(b) } }
        : null
    case '<=':
      if (args.length === 2 && varName(a)) return { field: varName(a)!, condition: { kind: 'atMost', value: num(b) } }
      return args.length === 3 && varName(b)
        ? { field: varName(b)!, condition: { kind: 'between', min: num(a), max: num(c) } }
        : null
    case '==':
      return args.length === 2 && varName(a) && typeof b === 'string'
        ? { field: varName(a)!, condition: { kind: 'oneOf', values: [b] } }
        : null
    case 'in':
      return args.length === 2 && varName(a) && isStrings(b)
        ? { field: varName(a)!, condition: { kind: 'oneOf', values: b } }
        : null
    case 'includesAny':
    case 'includesAll':
      return args.length === 2 && varName(a) && isStrings(b)
        ? { field: varName(a)!, condition: { kind: name, values: b } }
        : null
    case 'atLeast':
      return args.length === 3 && varName(b) && isStrings(c)
        ? { field: varName(b)!, condition: { kind: 'atLeastOf', count: num(a), values: c } }
        : null
    case 'cefrAtLeast':
      return args.length === 2 && varName(a) && typeof b === 'string' && CEFR.has(b)
        ? { field: varName(a)!, condition: { kind: 'cefrAtLeast', level: b as 'A1' } }
        : null
    case 'dateOnOrAfter':
      return args.length === 2 && varName(a) && typeof b === 'string'
        ? { field: varName(a)!, condition: { kind: 'onOrAfter', date: b } }
        : null
    case 'dateOnOrBefore': {
      if (args.length !== 2 || !varName(a)) return null
      if (typeof b === 'string') return { field: varName(a)!, condition: { kind: 'onOrBefore', date: b } }
      const add = isObj(b) ? only(b) : null
      if (!add || !Array.isArray(add[1])) return null
      const n = num((add[1] as unknown[])[1])
      if (add[0] === 'addDays') return { field: varName(a)!, condition: { kind: 'withinDaysOfApplication', days: n } }
      if (add[0] === 'addMonths')
        return { field: varName(a)!, condition: { kind: 'withinMonthsOfApplication', months: n } }
      return null
    }
    default:
      return null
  }
}

/**
 * The question and condition of a rule (or a `when`), when the guided form can write exactly
 * this rule for this question; null for a rule written by hand that it cannot (`or`, `if`, a
 * rule on an undeclared question or one that does not fit its type).
 * @example
 * ```ts
 * conditionOf({ '>=': [{ var: 'years' }, 3] }, { years: { type: 'integer', label: { en: 'Years' } } })
 * // { field: 'years', condition: { kind: 'atLeast', value: 3 } }
 * ```
 * @category Criteria files
 */
export function conditionOf(
  rule: unknown,
  fields: Readonly<Record<string, Field>>,
): { field: string; condition: CriterionCondition } | null {
  const shape = shapeOf(rule)
  if (!shape || !Object.hasOwn(fields, shape.field)) return null
  const field = fields[shape.field]!
  if (!conditionsFor(field).includes(shape.condition.kind)) return null
  try {
    // The form writes this rule again, byte for byte in JSON: anything else is not its choice.
    return canonicalJson(composeRule(shape.field, shape.condition)) === canonicalJson(rule) ? shape : null
  } catch {
    return null
  }
}

const localizedOf = (v: unknown): Localized | null | undefined => {
  if (v === undefined) return undefined
  if (!isObj(v) || Object.keys(v).some((k) => k !== 'sv' && k !== 'en')) return null
  const out: Localized = {}
  for (const k of ['sv', 'en'] as const) {
    const t = v[k]
    if (t === undefined) continue
    if (typeof t !== 'string') return null
    out[k] = t
  }
  return out
}

/**
 * The guided form's choice for a criterion as written: the inverse of `composeCriterion`
 * (`composeCriterion(choiceOf(c, fields)!, c)` is `c` again), or null when the form cannot
 * express it (a hand-written JSON Logic rule or `when`, texts that are not per language, both
 * `required: true` and a `weight`), so that the page shows it read-only.
 * @example
 * ```ts
 * choiceOf({ id: 'permit', rule: { var: 'permit' }, required: true, reason: { en: 'the right to work in Sweden' } }, fields)
 * // { id: 'permit', field: 'permit', condition: { kind: 'yes' }, required: true, reason: { en: … } }
 * ```
 * @category Criteria files
 */
export function choiceOf(criterion: unknown, fields: Readonly<Record<string, Field>>): CriterionChoice | null {
  if (!isObj(criterion) || typeof criterion.id !== 'string') return null
  const rule = conditionOf(criterion.rule, fields)
  if (!rule) return null
  const when = criterion.when === undefined ? undefined : conditionOf(criterion.when, fields)
  if (when === null) return null
  const required = criterion.required
  const weight = criterion.weight
  if (
    (required !== undefined && typeof required !== 'boolean') ||
    (weight !== undefined && typeof weight !== 'number') ||
    (required === true && weight !== undefined)
  )
    return null
  const near = criterion.nearMissAllowed
  if (near !== undefined && (typeof near !== 'boolean' || (near && required !== true))) return null
  const reason = localizedOf(criterion.reason ?? {})
  const why = localizedOf(criterion.why)
  const advice = localizedOf(criterion.advice)
  if (!reason || why === null || advice === null) return null
  return {
    id: criterion.id,
    field: rule.field,
    condition: rule.condition,
    required: required === true,
    ...(required !== true && typeof weight === 'number' ? { weight } : {}),
    ...(near === true ? { nearMissAllowed: true } : {}),
    ...(when ? { when } : {}),
    reason,
    ...(why ? { why } : {}),
    ...(advice ? { advice } : {}),
  }
}

/**
 * The placeholders a reason can use with a condition (`{{min}}`, `{{values}}` …), as the
 * loader accepts them: quoting the rule's own values, so text and threshold never drift apart.
 * @example
 * ```ts
 * placeholdersFor({ kind: 'atLeastOf', count: 2, values: ['Fortnox', 'Visma'] }) // ['count', 'values']
 * ```
 * @category Criteria files
 */
export function placeholdersFor(condition: CriterionCondition): string[] {
  switch (condition.kind) {
    case 'atLeast':
      return ['min']
    case 'atMost':
      return ['max']
    case 'between':
      return ['min', 'max']
    case 'oneOf':
      return condition.values.length === 1 ? ['value'] : ['values']
    case 'includesAny':
    case 'includesAll':
      return ['values']
    case 'atLeastOf':
      return ['count', 'values']
    case 'cefrAtLeast':
      return ['level']
    case 'onOrBefore':
    case 'onOrAfter':
      return ['date']
    default:
      return []
  }
}

const slug = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')

/** A short word for the condition, so that two criteria on one question get telling ids. */
function conditionSlug(c: CriterionCondition): string {
  switch (c.kind) {
    case 'yes':
      return ''
    case 'no':
      return 'no'
    case 'atLeast':
      return `min-${c.value}`
    case 'atMost':
      return `max-${c.value}`
    case 'between':
      return `${c.min}-${c.max}`
    case 'oneOf':
      return c.values.length === 1 ? c.values[0]! : 'one-of'
    case 'includesAny':
      return c.values.length === 1 ? c.values[0]! : 'any'
    case 'includesAll':
      return 'all'
    case 'atLeastOf':
      return `${c.count}-of`
    case 'cefrAtLeast':
      return c.level
    case 'onOrBefore':
      return 'by-date'
    case 'onOrAfter':
      return 'from-date'
    case 'withinDaysOfApplication':
      return `within-${c.days}-days`
    case 'withinMonthsOfApplication':
      return `within-${c.months}-months`
  }
}

/**
 * A fresh id for a criterion on a question with a condition (`experience-years-min-3`), never
 * one already `taken`: a second one gets `-2`, then `-3`. It always fits the schema's id pattern.
 * @example
 * ```ts
 * proposeCriterionId('workPermit', { kind: 'yes' }, ['work-permit']) // 'work-permit-2'
 * ```
 * @category Criteria files
 */
export function proposeCriterionId(field: string, condition: CriterionCondition, taken: Iterable<string>): string {
  const used = new Set(taken)
  let base = [slug(field), slug(conditionSlug(condition))].filter(Boolean).join('-').slice(0, 48).replace(/-+$/, '')
  if (!/^[a-z]/.test(base)) base = `c-${base}`.replace(/-+$/, '')
  if (!used.has(base)) return base
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`
}
