import { internalsOf, type CompiledRule, type Engine } from './engine.js'
import { SCREENING_SPECS, STANDARD_SPECS } from './operators/index.js'
import type { OperatorSpec } from './operators/spec.js'

// What the layers above the engine (screening, lint, explanations) need to know about an
// operator, read from its spec: they keep no lists of operator names of their own. A custom
// operator's spec says none of these things (it is treated as reading only its arguments).

const BUILT_IN: Readonly<Record<string, OperatorSpec>> = { ...STANDARD_SPECS, ...SCREENING_SPECS }

/** The spec of an operator: the engine's, or the built-in one when no engine is given. */
function specOf(op: string, engine: Engine | undefined): OperatorSpec | undefined {
  const specs = engine ? internalsOf(engine).specs : BUILT_IN
  return Object.hasOwn(specs, op) ? specs[op] : undefined
}

/**
 * Whether an operator's result depends on more than the answers: the time of the decision, the
 * application itself (its submission), or a person. A rule using one can give another result
 * for the same answers, so its explanation of an answer is not kept, and lint never calls it constant.
 *
 * @example
 * ```ts
 * readsMoreThanAnswers('daysSince') // true
 * readsMoreThanAnswers('>=') // false
 * ```
 * @category Rules engine
 */
export function readsMoreThanAnswers(op: string, engine?: Engine): boolean {
  const s = specOf(op, engine)
  return !!s && (s.readsClock === true || s.readsApplication === true || s.asksPerson === true)
}

/**
 * Whether any operator of a compiled rule depends on more than the answers ({@link readsMoreThanAnswers}).
 *
 * @example
 * ```ts
 * ruleReadsMoreThanAnswers(engine, engine.compile({ '>': [{ yearsSince: [{ var: 'born' }] }, 18] })) // true
 * ```
 * @category Rules engine
 */
export function ruleReadsMoreThanAnswers(engine: Engine, rule: CompiledRule): boolean {
  return rule.operators.some((op) => readsMoreThanAnswers(op, engine))
}

/**
 * How an operator counts calendar units: from a date until the time of the decision (`since`),
 * from it until a date (`until`), or not at all (undefined).
 *
 * @example
 * ```ts
 * countsCalendar('yearsSince') // 'since'
 * ```
 * @category Rules engine
 */
export function countsCalendar(op: string, engine?: Engine): 'since' | 'until' | undefined {
  return specOf(op, engine)?.counts
}

/**
 * Which argument a date comparison asks to be before which (and whether strictly), or undefined
 * for an operator that does not order dates.
 *
 * @example
 * ```ts
 * dateOrder('dateAfter') // { earlier: 1, later: 0, strict: true }
 * ```
 * @category Rules engine
 */
export function dateOrder(
  op: string,
  engine?: Engine,
): { readonly earlier: number; readonly later: number; readonly strict: boolean } | undefined {
  return specOf(op, engine)?.orders
}
