/**
 * The prototype of bare records: frozen, empty, with no prototype of its own. A record made on
 * it reads like `Object.create(null)` (no inherited keys: `toString`, `__proto__` and
 * `constructor` are plain data), but V8 keeps its properties in fast mode, where an object
 * without a prototype is a dictionary: about twice as fast to fill and to read.
 *
 * @example
 * ```ts
 * const answers = Object.create(BARE_PROTOTYPE) as Record<string, unknown>
 * 'toString' in answers // false
 * ```
 */
export const BARE_PROTOTYPE: object = Object.freeze(Object.create(null) as object)

/**
 * A new empty record with no inherited keys, fast to fill and read (see {@link BARE_PROTOTYPE}).
 *
 * @example
 * ```ts
 * const values = bareRecord()
 * values.toString // undefined
 * ```
 */
export function bareRecord(): Record<string, unknown> {
  return Object.create(BARE_PROTOTYPE) as Record<string, unknown>
}
