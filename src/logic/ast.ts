import { suggest } from '../criteria/suggest.js'
import { RuleError } from '../errors.js'

/**
 * Path of a node inside a rule, for error messages.
 *
 * @example
 * ```ts
 * const at: RulePath = ['and', 1, '>=']
 * ```
 * @category Rules engine
 */
export type RulePath = (string | number)[]

/** Internal representation of a parsed JSON Logic rule.
 * @category Rules engine
 */
export type Node =
  | { k: 'lit'; v: unknown; at: RulePath }
  | { k: 'arr'; items: Node[]; at: RulePath }
  | { k: 'var'; path: string[] | null; raw: string | number | null; fb: Node | null; at: RulePath }
  | { k: 'dvar'; pathNode: Node; fb: Node | null; at: RulePath }
  | { k: 'op'; op: string; args: Node[]; at: RulePath }

/** Limits checked while compiling a rule.
 * @example
 * ```ts
 * createEngine({ limits: { maxDepth: 64, maxNodes: 2_000 } })
 * ```
 * @category Rules engine
 */
export interface CompileLimits {
  /** Deepest nesting of objects and arrays accepted (default 128). */
  maxDepth: number
  /** Most nodes (values, arrays and operations) accepted in one rule (default 10,000). */
  maxNodes: number
}

/** Limits checked while evaluating a rule.
 * @example
 * ```ts
 * createEngine({ limits: { maxStringLength: 100_000, maxArrayLength: 10_000 } })
 * ```
 * @category Rules engine
 */
export interface RuntimeLimits {
  /** Longest string `cat` may build (default 1,000,000 characters). */
  maxStringLength: number
  /** Largest array `merge`, `map`, `filter` may build (default 100,000 items). */
  maxArrayLength: number
  /**
   * Most work one evaluation may do, in steps: each item a `map`, `filter`, `reduce`, `some`,
   * `all` or `none` goes through and each item `merge` builds is one step (default 1,000,000).
   * A rule that needs more (nested loops over a list that doubles in a `reduce`) ends in an
   * error for that criterion, so the application goes to a person instead of hanging the process.
   */
  maxSteps: number
}

export const FORBIDDEN_OPERATORS = new Set(['method', 'log'])
export const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype'])

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Walks the rule without recursion so that a hostile rule nested 100,000 levels deep gives
 * a RuleError instead of a stack overflow, before any recursive pass runs.
 * @category Rules engine
 */
export function checkShape(rule: unknown, limits: CompileLimits): void {
  const stack: [unknown, number][] = [[rule, 1]]
  let nodes = 0
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!
    nodes++
    if (nodes > limits.maxNodes)
      throw new RuleError('rule_too_large', `rule has more than ${limits.maxNodes} nodes`, [], {
        params: { max: limits.maxNodes },
      })
    if (depth > limits.maxDepth)
      throw new RuleError('rule_too_deep', `rule is nested deeper than ${limits.maxDepth} levels`, [], {
        params: { max: limits.maxDepth },
      })
    if (Array.isArray(value)) for (const item of value) stack.push([item, depth + 1])
    else if (isPlainObject(value)) for (const key of Object.keys(value)) stack.push([value[key], depth + 1])
  }
}

function splitPath(raw: string | number, at: RulePath): string[] | null {
  const text = String(raw)
  if (text === '') return null
  const segments = text.split('.')
  for (const s of segments)
    if (FORBIDDEN_SEGMENTS.has(s))
      throw new RuleError('forbidden_path', `var path "${text}" uses the reserved segment "${s}"`, at, {
        params: { path: text, segment: s },
      })
  return segments
}

/** Options for parsing.
 * @category Rules engine
 */
export interface ParseOptions {
  /** Operators known to this engine. */
  isOperator: (name: string) => boolean
  /** Accept computed `var` paths (json-logic-js compatibility; never on for criteria files). */
  dynamicPaths: boolean
  /** The operators' names, for "did you mean" when a rule names an unknown one. */
  operatorNames?: () => string[]
}

/** Parses a (shape-checked) rule into nodes. Recursion is bounded by `maxDepth`.
 * @category Rules engine
 */
export function parse(rule: unknown, options: ParseOptions, at: RulePath = []): Node {
  if (Array.isArray(rule)) return { k: 'arr', items: rule.map((r, i) => parse(r, options, [...at, i])), at }
  if (!isPlainObject(rule)) {
    if (typeof rule === 'function' || typeof rule === 'symbol' || typeof rule === 'bigint')
      throw new RuleError('invalid_value', `a rule may only hold JSON values, found a ${typeof rule}`, at, {
        params: { check: 'json_only', found: typeof rule },
      })
    return { k: 'lit', v: rule, at }
  }
  const keys = Object.keys(rule)
  if (keys.length === 0) return { k: 'lit', v: Object.freeze({}), at }
  if (keys.length > 1)
    throw new RuleError(
      'ambiguous_operation',
      `an operation must have exactly one operator key, found ${keys.length}: ${keys.map((k) => JSON.stringify(k)).join(', ')}`,
      at,
      { params: { keys } },
    )
  const op = keys[0]!
  const opAt = [...at, op]
  if (FORBIDDEN_OPERATORS.has(op))
    throw new RuleError('forbidden_operator', `operator "${op}" is not allowed in rules`, opAt, { params: { op } })
  if (!options.isOperator(op)) {
    // "cefrAtleast" for cefrAtLeast: the closest name, case aside, as unknown keys and fields get.
    const suggestion = options.operatorNames ? suggest(op, options.operatorNames()) : undefined
    throw new RuleError(
      'unknown_operator',
      `unknown operator "${op}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      opAt,
      { params: suggestion ? { op, suggestion } : { op } },
    )
  }
  const raw = rule[op]
  const values = Array.isArray(raw) ? raw : [raw]
  const argAt = (i: number): RulePath => (Array.isArray(raw) ? [...opAt, i] : opAt)
  if (op === 'var') {
    const p = values[0]
    const fb = values.length > 1 ? parse(values[1], options, argAt(1)) : null
    if (p === undefined || p === null || typeof p === 'string' || typeof p === 'number')
      return { k: 'var', path: p === undefined || p === null ? null : splitPath(p, argAt(0)), raw: p ?? null, fb, at }
    if (!options.dynamicPaths)
      throw new RuleError(
        'dynamic_path',
        'a var path must be a literal string such as "experienceYears", not a computed value',
        argAt(0),
      )
    return { k: 'dvar', pathNode: parse(p, options, argAt(0)), fb, at }
  }
  return { k: 'op', op, args: values.map((v, i) => parse(v, options, argAt(i))), at }
}
