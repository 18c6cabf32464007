import { EvaluationError } from '../errors.js'
import { FORBIDDEN_SEGMENTS, type RuntimeLimits } from './ast.js'

// The functions below reproduce json-logic-js 2.0.5 operator by operator (coercions,
// argument handling, odd corners) so that compiled rules give the same answers; they differ
// only where safety demands: lookups read own properties, and growth is capped.

const hasOwn = Object.prototype.hasOwnProperty

/** JSON Logic truthiness: like JavaScript, except that an empty array is false.
 * @category Rules engine
 */
export const truthy = (v: unknown): boolean => (Array.isArray(v) ? v.length !== 0 : !!v)

/** Looks up a split path, reading own properties only.
 * @category Rules engine
 */
export function lookup(data: unknown, segments: string[], notFound: unknown): unknown {
  let cur: unknown = data
  for (let i = 0; i < segments.length; i++) {
    if (cur === null || cur === undefined) return notFound
    const s = segments[i]!
    cur = hasOwn.call(cur, s) ? (cur as Record<string, unknown>)[s] : undefined
    if (cur === undefined) return notFound
  }
  return cur
}

/** One-segment lookup, the hot path for `{"var": "field"}`.
 * @category Rules engine
 */
export function lookup1(data: unknown, key: string, notFound: unknown): unknown {
  if (data === null || data === undefined) return notFound
  const v = hasOwn.call(data, key) ? (data as Record<string, unknown>)[key] : undefined
  return v === undefined ? notFound : v
}

/** `var` with a path only known at run time (compatibility mode).
 * @category Rules engine
 */
export function lookupDynamic(data: unknown, path: unknown, notFound: unknown): unknown {
  if (path === undefined || path === '' || path === null) return data
  const segments = String(path).split('.')
  for (const s of segments)
    if (FORBIDDEN_SEGMENTS.has(s))
      throw new EvaluationError('forbidden_path', `var path "${String(path)}" uses the reserved segment "${s}"`)
  return lookup(data, segments, notFound)
}

function varValue(data: unknown, key: unknown): unknown {
  const [a, b] = Array.isArray(key) ? key : [key]
  return lookupDynamic(data, a, b === undefined ? null : b)
}

export function missing(data: unknown, args: unknown[]): unknown[] {
  const keys = Array.isArray(args[0]) ? (args[0] as unknown[]) : args
  const out: unknown[] = []
  for (const key of keys) {
    const value = varValue(data, key)
    if (value === null || value === '') out.push(key)
  }
  return out
}

export function missingSome(data: unknown, need: unknown, options: unknown): unknown[] {
  const values = Array.isArray(options) ? options : [options]
  const are = missing(data, values)
  return (options as { length: number }).length - are.length >= (need as number) ? [] : are
}

export const lt = (a: unknown, b: unknown, c?: unknown): boolean =>
  c === undefined ? (a as number) < (b as number) : (a as number) < (b as number) && (b as number) < (c as number)
export const lte = (a: unknown, b: unknown, c?: unknown): boolean =>
  c === undefined ? (a as number) <= (b as number) : (a as number) <= (b as number) && (b as number) <= (c as number)

export function inOp(a: unknown, b: unknown): boolean {
  if (!b || typeof (b as { indexOf?: unknown }).indexOf === 'undefined') return false
  return (b as { indexOf(x: unknown): number }).indexOf(a) !== -1
}

export function substr(source: unknown, start: unknown, end: unknown): string {
  if ((end as number) < 0) {
    const temp = String(source).substr(start as number)
    return temp.substr(0, temp.length + (end as number))
  }
  return String(source).substr(start as number, end as number)
}

export function add(...args: unknown[]): number {
  let acc: unknown = 0
  for (const b of args) acc = parseFloat(acc as string) + parseFloat(b as string)
  return acc as number
}

export function mul(...args: unknown[]): unknown {
  if (args.length === 0) throw new EvaluationError('invalid_arguments', '"*" needs at least one argument')
  let acc: unknown = args[0]
  for (let i = 1; i < args.length; i++) acc = parseFloat(acc as string) * parseFloat(args[i] as string)
  return acc
}

// The two-operand operators, with JavaScript's own coercions as json-logic-js has them; one
// small function each, so that closures call them directly instead of switching on the name.
// JSON Logic's == and != are JavaScript's loose equality, and the operators take values of any
// type, with JavaScript's coercions, as json-logic-js does.
// biome-ignore-start lint/suspicious/noDoubleEquals lint/suspicious/noExplicitAny: JSON Logic's own semantics
export const BINARY_OPERATORS: Readonly<Record<string, (x: any, y: any) => unknown>> = Object.freeze({
  '==': (x, y) => x == y,
  '===': (x, y) => x === y,
  '!=': (x, y) => x != y,
  '!==': (x, y) => x !== y,
  '>': (x, y) => x > y,
  '>=': (x, y) => x >= y,
  '<': (x, y) => x < y,
  '<=': (x, y) => x <= y,
  '/': (x, y) => x / y,
  '%': (x, y) => x % y,
})
// biome-ignore-end lint/suspicious/noDoubleEquals lint/suspicious/noExplicitAny: JSON Logic's own semantics

export const sub = (a: unknown, b: unknown): number =>
  b === undefined ? -(a as number) : (a as number) - (b as number)

/** The body of map, filter, reduce, all, some or none: item in, value out (the context passed along).
 * @category Rules engine
 */
export type Scoped = (item: unknown, context: unknown) => unknown

/** Runtime helpers bound to a set of limits.
 * @category Rules engine
 */
export interface Runtime {
  truthy: typeof truthy
  lookup: typeof lookup
  lookup1: typeof lookup1
  lookupDynamic: typeof lookupDynamic
  missing: typeof missing
  missingSome: typeof missingSome
  lt: typeof lt
  lte: typeof lte
  inOp: typeof inOp
  substr: typeof substr
  add: typeof add
  mul: typeof mul
  sub: typeof sub
  cat: (...args: unknown[]) => string
  merge: (...args: unknown[]) => unknown[]
  map: (arr: unknown, f: Scoped, c: unknown) => unknown[]
  filter: (arr: unknown, f: Scoped, c: unknown) => unknown[]
  reduce: (arr: unknown, f: Scoped, initial: unknown, c: unknown) => unknown
  min: (...args: unknown[]) => number
  max: (...args: unknown[]) => number
  /** Counts `n` steps of work against the evaluation's budget; throws `limit_steps` past it. */
  spend: (n: number) => void
  /** Starts a new evaluation's budget of steps. */
  resetBudget: () => void
}

/** Builds the runtime helpers with the given caps on growth.
 * @category Rules engine
 */
export function createRuntime(limits: RuntimeLimits): Runtime {
  const checkArray = <T extends unknown[]>(a: T, op: string): T => {
    if (a.length > limits.maxArrayLength)
      throw new EvaluationError(
        'limit_array_length',
        `"${op}" built an array of ${a.length} items; the limit is ${limits.maxArrayLength}`,
      )
    return a
  }
  // One budget per evaluation: single-threaded, and evaluations do not nest.
  let left = limits.maxSteps
  const spend = (n: number): void => {
    if ((left -= n) < 0)
      throw new EvaluationError(
        'limit_steps',
        `the rule needs more than ${limits.maxSteps.toLocaleString('en')} steps of work (items gone through or built); simplify it, or raise the engine's maxSteps`,
      )
  }
  return {
    spend,
    resetBudget: () => {
      left = limits.maxSteps
    },
    truthy,
    lookup,
    lookup1,
    lookupDynamic,
    missing,
    missingSome,
    lt,
    lte,
    inOp,
    substr,
    add,
    mul,
    sub,
    cat(...args) {
      // Check the inputs first so that a doubling `reduce` stops before allocating the result.
      let total = 0
      for (const a of args) total += typeof a === 'string' ? a.length : Array.isArray(a) ? a.length : 0
      if (total > limits.maxStringLength)
        throw new EvaluationError(
          'limit_string_length',
          `"cat" would build a string over ${limits.maxStringLength} characters`,
        )
      const s = Array.prototype.join.call(args, '')
      if (s.length > limits.maxStringLength)
        throw new EvaluationError(
          'limit_string_length',
          `"cat" built a string of ${s.length} characters; the limit is ${limits.maxStringLength}`,
        )
      return s
    },
    merge(...args) {
      let acc: unknown[] = []
      for (const b of args) acc = checkArray(acc.concat(b), 'merge')
      spend(acc.length)
      return acc
    },
    map(arr, f, c) {
      if (!Array.isArray(arr)) return []
      checkArray(arr, 'map')
      spend(arr.length)
      const out = new Array<unknown>(arr.length)
      for (let i = 0; i < arr.length; i++) out[i] = f(arr[i], c)
      return out
    },
    filter(arr, f, c) {
      if (!Array.isArray(arr)) return []
      checkArray(arr, 'filter')
      spend(arr.length)
      const out: unknown[] = []
      for (const x of arr) if (truthy(f(x, c))) out.push(x)
      return out
    },
    reduce(arr, f, initial, c) {
      if (!Array.isArray(arr)) return initial
      checkArray(arr, 'reduce')
      spend(arr.length)
      let accumulator = initial
      for (const current of arr) accumulator = f({ current, accumulator }, c)
      return accumulator
    },
    min: (...args) => Math.min(...(args as number[])),
    max: (...args) => Math.max(...(args as number[])),
  }
}
