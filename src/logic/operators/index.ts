import type { OperatorDefinition } from '../context.js'
import { ARITHMETIC } from './arithmetic.js'
import { COMPARE } from './compare.js'
import { DATA } from './data.js'
import { DATES } from './dates.js'
import { LISTS } from './lists.js'
import { LOGIC } from './logic.js'
import { SCREENING } from './screening.js'
import type { OperatorSpec, Wording } from './spec.js'
import { TEXT } from './text.js'

/** The operators of json-logic-js 2.0.5 (all but `method` and `log`), each stated once. */
export const STANDARD_SPECS: Readonly<Record<string, OperatorSpec>> = Object.freeze({
  ...LOGIC,
  ...COMPARE,
  ...ARITHMETIC,
  ...TEXT,
  ...DATA,
  ...LISTS,
})

/** The screening operators registered on every engine by default. */
export const SCREENING_SPECS: Readonly<Record<string, OperatorSpec>> = Object.freeze({ ...SCREENING, ...DATES })

/** A custom operator as a spec: strict, evaluated from its `evaluate`; its declared type is not trusted to be boolean. */
export function specOf(def: OperatorDefinition): OperatorSpec {
  return {
    description: def.description ?? '',
    arity: def.arity ?? [0, Infinity],
    ...(def.args ? { args: def.args } : {}),
    returns: def.returns ?? 'any',
    evaluate: (args, context) => def.evaluate(args, context),
    ...(def.prepare ? { prepare: def.prepare } : {}),
  }
}

/** How each condition operator reads in explanations, from every operator's `wording`. */
export const WORDING: ReadonlyMap<string, Wording> = new Map(
  Object.values({ ...STANDARD_SPECS, ...SCREENING_SPECS }).flatMap((s) => Object.entries(s.wording ?? {})),
)
