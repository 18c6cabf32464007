import { ScreeningError } from '../errors.js'

/**
 * Serialises a JSON value canonically: object keys sorted, no white space, numbers as
 * JavaScript prints them, non-finite numbers as null (as JSON.stringify does). Iterative,
 * so a value nested 100,000 levels deep does not overflow the stack. Own enumerable keys
 * only, so `__proto__` keys from `JSON.parse` are serialised as data. A value that contains
 * itself throws a {@link ScreeningError} (`cyclic_value`).
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: [true, null] }) // '{"a":[true,null],"b":1}'
 * ```
 * @category Criteria files
 */
export function canonicalJson(value: unknown): string {
  return flatObject(value) ?? nested(value) ?? general(value)
}

/**
 * {@link canonicalJson} of a flat object (the answers of an application: primitives and lists
 * of primitives), or undefined for anything else, which then holds a nested value, and so may
 * hold a cycle: nothing is thrown. Flat answers cannot contain themselves, so screening writes
 * them once, for the hash of its audit record and as the proof that they hold no cycle.
 *
 * @example
 * ```ts
 * flatCanonicalJson({ b: 1, a: ['x'] }) // '{"a":["x"],"b":1}'
 * flatCanonicalJson({ a: { b: 1 } }) // undefined
 * ```
 * @category Criteria files
 */
export function flatCanonicalJson(value: unknown): string | undefined {
  return flatObject(value)
}

/**
 * The common case, answers of an application: a plain object whose values are primitives or
 * arrays of primitives, and whose keys come in the same few orders (one per form). The sorted
 * order of a key list is kept, so each application costs one pass of string building.
 * Anything else takes the general path (undefined here).
 */
function flatObject(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value) || value instanceof Date) return undefined
  const obj = value as Record<string, unknown>
  const keys = Object.keys(obj)
  const plan = planFor(keys)
  if (!plan) return undefined
  const { sorted, prefix } = plan
  let out = ''
  for (let i = 0; i < sorted.length; i++) {
    const v = obj[sorted[i]!]
    let text: string
    if (typeof v === 'string') text = NEEDS_ESCAPE.test(v) ? JSON.stringify(v) : `"${v}"`
    else if (typeof v === 'number') text = Number.isFinite(v) ? String(v) : 'null'
    else if (typeof v === 'boolean') text = v ? 'true' : 'false'
    else if (v === null) text = 'null'
    else if (v === undefined || typeof v === 'function') continue
    else if (Array.isArray(v) && v.every(primitive)) text = JSON.stringify(v)
    else return undefined
    out += out ? `,${prefix[i]!}` : `{${prefix[i]!}`
    out += text
  }
  return out ? `${out}}` : '{}'
}

/** Characters JSON escapes (and surrogates, left to JSON.stringify to write exactly as it does). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/
const primitive = (x: unknown): boolean =>
  x === null || typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x))

/** A key list's sorted order and `"key":` texts, kept for the last few key lists seen. */
type Plan = { keys: string[]; sorted: string[]; prefix: string[] }
const plans: Plan[] = []
function planFor(keys: string[]): Plan | undefined {
  for (const p of plans) if (p.keys.length === keys.length && p.keys.every((k, i) => k === keys[i])) return p
  const sorted = keys.slice().sort()
  // Keys that look like array indexes are put first by any object: the general path keeps them in order.
  if (sorted.some((k) => k === '__proto__' || /^[0-9]/.test(k))) return undefined
  const plan = { keys, sorted, prefix: sorted.map((k) => `${JSON.stringify(k)}:`) }
  if (plans.length >= 16) plans.shift()
  plans.push(plan)
  return plan
}

/** How deep {@link nested} goes before it leaves a value to the iterative path: far beyond any criteria file, far below a stack overflow. */
const NESTED_DEPTH = 256

/**
 * The common case of a whole document (a criteria file, a result): nested no deeper than
 * {@link NESTED_DEPTH}, written by recursion into one string, with no work list. The same text
 * as {@link general} (tested on the same values); undefined when the value nests deeper, and
 * the general path writes it from the start.
 */
function nested(value: unknown): string | undefined {
  const open = new Set<object>()
  let tooDeep = false
  const write = (v: unknown, depth: number): string => {
    if (v === null || v === undefined || typeof v === 'function' || typeof v === 'symbol') return 'null'
    if (typeof v === 'string') return NEEDS_ESCAPE.test(v) ? JSON.stringify(v) : `"${v}"`
    if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null'
    if (typeof v === 'boolean') return v ? 'true' : 'false'
    if (typeof v === 'bigint') return v.toString()
    if (v instanceof Date) return JSON.stringify(Number.isNaN(v.getTime()) ? null : v.toISOString())
    if (open.has(v as object))
      throw new ScreeningError('cyclic_value', 'the value contains itself (a cycle), so it has no JSON form')
    if (depth >= NESTED_DEPTH) {
      tooDeep = true
      return ''
    }
    open.add(v as object)
    let out: string
    if (Array.isArray(v)) {
      out = '['
      for (let i = 0; i < v.length; i++) {
        if (i > 0) out += ','
        out += write(v[i], depth + 1)
        if (tooDeep) return ''
      }
      out += ']'
    } else {
      const obj = v as Record<string, unknown>
      const keys = Object.keys(obj).sort()
      out = '{'
      let first = true
      for (const k of keys) {
        const x = obj[k]
        if (x === undefined || typeof x === 'function') continue
        out += first ? `${JSON.stringify(k)}:` : `,${JSON.stringify(k)}:`
        first = false
        out += write(x, depth + 1)
        if (tooDeep) return ''
      }
      out += '}'
    }
    open.delete(v as object)
    return out
  }
  const text = write(value, 0)
  return tooDeep ? undefined : text
}

/** The iterative path alone, for tests that hold the recursive one to it. @internal */
export const canonicalJsonIterative = (value: unknown): string => general(value)

function general(value: unknown): string {
  const out: string[] = []
  // Work items: a value to write, a literal piece of text, or the end of an object or array.
  const stack: ({ v: unknown } | { leave: object } | string)[] = [{ v: value }]
  // The objects being written, to refuse a value that contains itself (it has no JSON form).
  const open = new Set<object>()
  while (stack.length > 0) {
    const item = stack.pop()!
    if (typeof item === 'string') {
      out.push(item)
      continue
    }
    if ('leave' in item) {
      open.delete(item.leave)
      continue
    }
    const v = item.v
    if (v === null || v === undefined || typeof v === 'function' || typeof v === 'symbol') out.push('null')
    else if (typeof v === 'number') out.push(Number.isFinite(v) ? JSON.stringify(v) : 'null')
    else if (typeof v === 'bigint') out.push(v.toString())
    else if (typeof v === 'string' || typeof v === 'boolean') out.push(JSON.stringify(v))
    else if (v instanceof Date) out.push(JSON.stringify(Number.isNaN(v.getTime()) ? null : v.toISOString()))
    else if (open.has(v))
      throw new ScreeningError('cyclic_value', 'the value contains itself (a cycle), so it has no JSON form')
    else if (Array.isArray(v)) {
      open.add(v)
      out.push('[')
      stack.push({ leave: v }, ']')
      for (let i = v.length - 1; i >= 0; i--) {
        stack.push({ v: v[i] })
        if (i > 0) stack.push(',')
      }
    } else {
      const obj = v as Record<string, unknown>
      open.add(obj)
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined && typeof obj[k] !== 'function')
        .sort()
      out.push('{')
      stack.push({ leave: obj }, '}')
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i]!
        stack.push({ v: obj[k] })
        stack.push(`${JSON.stringify(k)}:`)
        if (i > 0) stack.push(',')
      }
    }
  }
  return out.join('')
}
