/** The operators of json-logic-js 2.0.5 that the engine implements (all but `method` and `log`).
 * @category Rules engine
 */
export const STANDARD_OPERATORS: ReadonlySet<string> = new Set([
  'var', 'missing', 'missing_some', 'if', '?:', '==', '===', '!=', '!==', '!', '!!', 'or', 'and',
  '>', '>=', '<', '<=', 'max', 'min', '+', '-', '*', '/', '%', 'map', 'filter', 'reduce', 'all',
  'none', 'some', 'merge', 'in', 'cat', 'substr',
])

/** Operators whose second argument is evaluated once per array element, with that element as data.
 * @category Rules engine
 */
export const SCOPED_OPERATORS: ReadonlySet<string> = new Set(['map', 'filter', 'reduce', 'all', 'none', 'some'])

/** Standard operators whose result is always a boolean: their truthiness needs no check.
 * @category Rules engine
 */
export const BOOLEAN_OPERATORS: ReadonlySet<string> = new Set(['==', '===', '!=', '!==', '>', '>=', '<', '<=', '!', '!!', 'in', 'some', 'all', 'none'])
