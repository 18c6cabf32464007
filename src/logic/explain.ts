import { EvaluationError } from '../errors'
import type { Node } from './ast'
import type { EvaluationContext } from './context'
import { internalsOf, nodeOf, type CompiledRule, type Engine } from './engine'

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
  /** True when the condition held but was required not to (under a `!` or `none`). */
  negated: boolean
}

/**
 * Why a rule was not met, as data: a leaf {@link Condition}, `anyOf` (every alternative of an
 * `or` failed) or `allOf` (every part of a negated `and` held).
 *
 * @example
 * ```ts
 * const e: Explanation = { kind: 'anyOf', children: [
 *   { kind: 'condition', operator: 'includes', path: 'skills', subject: 'skills', expected: 'react', actual: ['vue'], negated: false },
 * ] }
 * ```
 * @category Rules engine
 */
export type Explanation = Condition | { kind: 'anyOf' | 'allOf'; children: Explanation[] }

const FLIP: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '===': '===', '!=': '!=', '!==': '!==' }

function firstPath(n: Node): string | null {
  if (n.k === 'var') return n.path ? n.path.join('.') : null
  if (n.k === 'op') for (const a of n.args) { const p = firstPath(a); if (p) return p }
  return null
}

function subjectOf(n: Node): string {
  if (n.k === 'var') return n.path ? n.path.join('.') : 'data'
  if (n.k === 'lit') return JSON.stringify(n.v) ?? 'undefined'
  if (n.k === 'op') return `${n.op}(${n.args.map(subjectOf).join(', ')})`
  if (n.k === 'arr') return `[${n.items.map(subjectOf).join(', ')}]`
  return 'value'
}

const isValueNode = (n: Node | undefined): boolean =>
  !!n && (n.k === 'lit' || (n.k === 'arr' && n.items.every((i) => i.k === 'lit')))

/**
 * Explains why a rule was not met for this data (or, with `want: false`, why it held).
 * Walks `and` (the first part that failed), `or` (every alternative), `!`, `if` (the branch
 * taken) and `some`/`all`/`none`. Costs one extra evaluation of the parts it visits, so call it
 * only for rules that failed.
 *
 * @example
 * ```ts
 * const engine = createEngine()
 * const rule = engine.compile({ '>=': [{ var: 'experienceYears' }, 3] })
 * explainRule(engine, rule, { experienceYears: 2 })
 * // { kind: 'condition', operator: '>=', path: 'experienceYears', expected: 3, actual: 2, … }
 * ```
 * @category Rules engine
 */
export function explainRule(engine: Engine, rule: CompiledRule, data: unknown, context?: EvaluationContext, want = true): Explanation {
  const { runtime, closureOf } = internalsOf(engine)
  const value = (n: Node, d: unknown): unknown => {
    try {
      return closureOf(n)(d, context)
    } catch (e) {
      return e instanceof EvaluationError ? e : new EvaluationError('evaluation_failed', String(e))
    }
  }
  const truthy = (n: Node, d: unknown): boolean => {
    const v = value(n, d)
    return !(v instanceof EvaluationError) && runtime.truthy(v)
  }

  const leaf = (n: Node, d: unknown, negated: boolean): Condition => {
    if (n.k !== 'op') return { kind: 'condition', operator: 'truthy', path: firstPath(n), subject: subjectOf(n), expected: true, actual: value(n, d), negated }
    const [a, b, c] = n.args
    const op = n.op
    if (FLIP[op] && a && b) {
      if (c && (op === '<' || op === '<=')) {
        return { kind: 'condition', operator: 'between', path: firstPath(b), subject: subjectOf(b), expected: [value(a, d), value(c, d)], actual: value(b, d), negated }
      }
      const swap = isValueNode(a) && !isValueNode(b)
      const [s, e] = swap ? [b, a] : [a, b]
      return { kind: 'condition', operator: swap ? FLIP[op]! : op, path: firstPath(s), subject: subjectOf(s), expected: value(e, d), actual: value(s, d), negated }
    }
    if (op === 'in' && a && b) {
      const includes = isValueNode(a) && !isValueNode(b)
      const [s, e] = includes ? [b, a] : [a, b]
      return { kind: 'condition', operator: includes ? 'includes' : 'in', path: firstPath(s), subject: subjectOf(s), expected: value(e, d), actual: value(s, d), negated }
    }
    if ((op === 'some' || op === 'all' || op === 'none') && a) {
      return { kind: 'condition', operator: op, path: firstPath(a), subject: subjectOf(a), expected: n.args[1] ? subjectOf(n.args[1]) : null, actual: value(a, d), negated }
    }
    if (op === '!!' && a) return leaf(a, d, negated)
    if (a && !isValueNode(a) && n.args.slice(1).every(isValueNode)) {
      const rest = n.args.slice(1).map((x) => value(x, d))
      return { kind: 'condition', operator: op, path: firstPath(a), subject: subjectOf(a), expected: rest.length === 1 ? rest[0] : rest, actual: value(a, d), negated }
    }
    return { kind: 'condition', operator: 'truthy', path: firstPath(n), subject: subjectOf(n), expected: true, actual: value(n, d), negated }
  }

  // Explains why `n` did not have truthiness `wantTrue`.
  const why = (n: Node, d: unknown, wantTrue: boolean): Explanation => {
    if (n.k !== 'op') return leaf(n, d, !wantTrue)
    const { op, args } = n
    if ((op === 'and' && wantTrue) || (op === 'or' && !wantTrue)) {
      const culprit = args.find((a) => truthy(a, d) !== wantTrue)
      return culprit ? why(culprit, d, wantTrue) : leaf(n, d, !wantTrue)
    }
    if (op === 'and' || op === 'or') {
      const children = args.map((a) => why(a, d, wantTrue))
      return children.length === 1 ? children[0]! : { kind: op === 'or' ? 'anyOf' : 'allOf', children }
    }
    if (op === '!' && args[0]) return why(args[0], d, !wantTrue)
    if (op === '!!' && args[0]) return why(args[0], d, wantTrue)
    if (op === 'if' || op === '?:') {
      let i = 0
      for (; i < args.length - 1; i += 2) {
        if (truthy(args[i]!, d)) {
          const branch = args[i + 1]!
          return isValueNode(branch) ? why(args[i]!, d, false) : why(branch, d, wantTrue)
        }
      }
      const other = args[i]
      if (other && !isValueNode(other)) return why(other, d, wantTrue)
      const conds = args.filter((_, j) => j % 2 === 0 && j < args.length - 1).map((c) => why(c, d, true))
      return conds.length === 1 ? conds[0]! : { kind: 'anyOf', children: conds }
    }
    return leaf(n, d, !wantTrue)
  }
  return why(nodeOf(rule), data, want)
}

const fmt = (v: unknown): string => {
  if (v instanceof EvaluationError) return `an error (${v.message})`
  const s = typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? `[${v.map((x) => fmt(x)).join(', ')}]` : (JSON.stringify(v) ?? String(v))
  return s.length > 80 ? `${s.slice(0, 77)}…` : s
}
const plain = (v: unknown): string => (typeof v === 'string' && v.length <= 80 ? v : fmt(v))

const STATEMENT: Record<string, (c: Condition) => string> = {
  '>=': (c) => `${c.subject} is at least ${fmt(c.expected)}`,
  '>': (c) => `${c.subject} is more than ${fmt(c.expected)}`,
  '<=': (c) => `${c.subject} is at most ${fmt(c.expected)}`,
  '<': (c) => `${c.subject} is less than ${fmt(c.expected)}`,
  '==': (c) => `${c.subject} is ${fmt(c.expected)}`,
  '===': (c) => `${c.subject} is ${fmt(c.expected)}`,
  '!=': (c) => `${c.subject} is not ${fmt(c.expected)}`,
  '!==': (c) => `${c.subject} is not ${fmt(c.expected)}`,
  between: (c) => `${c.subject} is between ${fmt((c.expected as unknown[])[0])} and ${fmt((c.expected as unknown[])[1])}`,
  includes: (c) => `${c.subject} includes ${plain(c.expected)}`,
  in: (c) => `${c.subject} is one of ${fmt(c.expected)}`,
  truthy: (c) => `${c.subject} is true`,
  some: (c) => `some item of ${c.subject} satisfies ${String(c.expected)}`,
  all: (c) => `every item of ${c.subject} satisfies ${String(c.expected)}`,
  none: (c) => `no item of ${c.subject} satisfies ${String(c.expected)}`,
  includesAny: (c) => `${c.subject} includes any of ${list(c.expected)}`,
  includesAll: (c) => `${c.subject} includes all of ${list(c.expected)}`,
  cefrAtLeast: (c) => `${c.subject} is at least ${plain(c.expected)}`,
  dateBefore: (c) => `${c.subject} is before ${plain(c.expected)}`,
  dateAfter: (c) => `${c.subject} is after ${plain(c.expected)}`,
  dateOnOrBefore: (c) => `${c.subject} is on or before ${plain(c.expected)}`,
  dateOnOrAfter: (c) => `${c.subject} is on or after ${plain(c.expected)}`,
}

const list = (v: unknown): string => (Array.isArray(v) ? v.map(plain).join(', ') : plain(v))

const REQUIRED: Record<string, (c: Condition) => string> = {
  '>=': (c) => `at least ${fmt(c.expected)} required`,
  '>': (c) => `more than ${fmt(c.expected)} required`,
  '<=': (c) => `at most ${fmt(c.expected)} required`,
  '<': (c) => `less than ${fmt(c.expected)} required`,
  '==': (c) => `${fmt(c.expected)} required`,
  '===': (c) => `${fmt(c.expected)} required`,
  between: (c) => `between ${fmt((c.expected as unknown[])[0])} and ${fmt((c.expected as unknown[])[1])} required`,
  in: (c) => `one of ${fmt(c.expected)} required`,
  truthy: () => 'true required',
  includesAny: (c) => `one of ${list(c.expected)} required`,
  includesAll: (c) => `all of ${list(c.expected)} required`,
  cefrAtLeast: (c) => `at least ${plain(c.expected)} required`,
  dateBefore: (c) => `before ${plain(c.expected)} required`,
  dateAfter: (c) => `after ${plain(c.expected)} required`,
  dateOnOrBefore: (c) => `on or before ${plain(c.expected)} required`,
  dateOnOrAfter: (c) => `on or after ${plain(c.expected)} required`,
}

function statement(c: Condition): string {
  const s = STATEMENT[c.operator]?.(c) ?? `${c.operator}(${c.subject}${c.expected === undefined ? '' : `, ${fmt(c.expected)}`})`
  return c.negated ? `not: ${s}` : s
}

/**
 * Renders an explanation as one line for recruiters, in English:
 * `experienceYears is 2; at least 3 required`, `none of: skills includes react; skills includes vue`.
 *
 * @example
 * ```ts
 * formatExplanation({ kind: 'condition', operator: '>=', path: 'experienceYears', subject: 'experienceYears', expected: 3, actual: 2, negated: false })
 * // 'experienceYears is 2; at least 3 required'
 * ```
 * @category Rules engine
 */
export function formatExplanation(e: Explanation): string {
  if (e.kind === 'condition') return formatCondition(e)
  const parts = e.children.map(formatStatement).join('; ')
  return e.kind === 'anyOf' ? `none of: ${parts}` : `all of these held, but must not: ${parts}`
}

function formatCondition(e: Condition): string {
  if (!e.negated && REQUIRED[e.operator]) return `${e.subject} is ${fmt(e.actual)}; ${REQUIRED[e.operator]!(e)}`
  if (!e.negated && e.operator === 'includes') return `${e.subject} is ${fmt(e.actual)}; must include ${plain(e.expected)}`
  return `${statement(e)} (${e.subject} is ${fmt(e.actual)})`
}

function formatStatement(e: Explanation): string {
  if (e.kind !== 'condition') return `(${formatExplanation(e)})`
  return statement(e)
}
