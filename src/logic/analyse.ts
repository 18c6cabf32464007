import { EvaluationError } from '../errors'
import type { Node, RulePath } from './ast'
import type { ValueKind } from './context'
import { parseInstant } from './dates'
import { internalsOf, nodeOf, type CompiledRule, type Engine } from './engine'

/**
 * What the analyser knows of a declared field.
 *
 * @example
 * ```ts
 * const f: FieldShape = { kind: 'string', values: ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] }
 * ```
 * @category Rules engine
 */
export interface FieldShape {
  /** Kind of value the field holds. */
  kind: ValueKind
  /** Allowed values of an enum field, or of the items of a list of enum values. */
  values?: readonly string[]
}

/**
 * A problem the analyser found in a rule, with the path of the node inside the rule.
 *
 * @example
 * ```ts
 * const issue: RuleIssue = { code: 'type_mismatch', message: 'compares number field "experienceYears" with the text "3"', path: ['>=', 1] }
 * ```
 * @category Rules engine
 */
export interface RuleIssue {
  /** Stable code: `unknown_field`, `type_mismatch`, `unknown_value`. */
  code: string
  /** What is wrong. */
  message: string
  /** Path of the node inside the rule. */
  path: RulePath
}

const CLOCK_OPERATORS = new Set(['daysSince', 'monthsSince', 'yearsSince', 'daysUntil'])
const SCOPED = new Set(['map', 'filter', 'reduce', 'all', 'none', 'some'])
const ORDER = new Set(['<', '<=', '>', '>='])
const EQUALITY = new Set(['==', '===', '!=', '!=='])
const ARITHMETIC = new Set(['+', '-', '*', '/', '%', 'min', 'max'])

interface Typed {
  kind: ValueKind
  /** The field this value comes straight from, if any. */
  field?: string
  /** The literal value, if the node is a literal. */
  literal?: { v: unknown }
}

const kindOfValue = (v: unknown): ValueKind =>
  v === null ? 'null' : Array.isArray(v) ? 'list' : typeof v === 'number' ? 'number' : typeof v === 'string' ? 'string' : typeof v === 'boolean' ? 'boolean' : 'object'

const describe = (t: Typed): string =>
  t.field ? `${t.kind} field "${t.field}"` : t.literal ? `the ${t.kind === 'string' ? 'text' : t.kind} ${JSON.stringify(t.literal.v)}` : `a ${t.kind} value`

/**
 * Checks a compiled rule against the declared fields: every field it reads must be declared,
 * and values must be compared with values of a fitting kind (a number field with a number,
 * an enum field with one of its values, `in` over a list or text).
 *
 * @example
 * ```ts
 * const engine = createEngine()
 * analyseRule(engine, engine.compile({ '>=': [{ var: 'experienceYears' }, '3'] }), { experienceYears: { kind: 'number' } })
 * // [{ code: 'type_mismatch', message: 'compares number field "experienceYears" with the text "3" …', path: ['>='] }]
 * ```
 * @category Rules engine
 */
export function analyseRule(engine: Engine, rule: CompiledRule, fields: Readonly<Record<string, FieldShape>>): RuleIssue[] {
  const issues: RuleIssue[] = []
  const add = (code: string, message: string, path: RulePath): void => void issues.push({ code, message, path })
  const has = (name: string): boolean => Object.prototype.hasOwnProperty.call(fields, name)

  const compatible = (a: Typed, b: Typed): boolean => {
    if (a.kind === 'any' || b.kind === 'any' || a.kind === 'null' || b.kind === 'null') return true
    if (a.kind === b.kind) return true
    const pair = new Set([a.kind, b.kind])
    return pair.has('date') && pair.has('string')
  }

  const checkEnum = (t: Typed, other: Typed, at: RulePath): void => {
    if (!t.field || !other.literal) return
    const values = fields[t.field]?.values
    if (!values) return
    const lits = Array.isArray(other.literal.v) ? other.literal.v : [other.literal.v]
    for (const v of lits)
      if (typeof v === 'string' && !values.includes(v))
        add('unknown_value', `"${v}" is not one of the values of field "${t.field}" (${values.join(', ')})`, at)
  }

  const visit = (n: Node, scoped: boolean): Typed => {
    switch (n.k) {
      case 'lit':
        return { kind: kindOfValue(n.v), literal: { v: n.v } }
      case 'arr': {
        const items = n.items.map((i) => visit(i, scoped))
        return items.every((i) => i.literal) ? { kind: 'list', literal: { v: items.map((i) => i.literal!.v) } } : { kind: 'list' }
      }
      case 'var': {
        if (n.fb) visit(n.fb, scoped)
        if (scoped || n.path === null) return { kind: 'any' }
        const name = n.path[0]!
        if (!has(name)) {
          add('unknown_field', `reads "${n.path.join('.')}", but no field "${name}" is declared under fields`, [...n.at, 'var'])
          return { kind: 'any' }
        }
        return n.path.length === 1 ? { kind: fields[name]!.kind, field: name } : { kind: 'any' }
      }
      case 'dvar':
        visit(n.pathNode, scoped)
        return { kind: 'any' }
      case 'op': {
        const op = n.op
        const at = [...n.at, op]
        if (SCOPED.has(op)) {
          const [src, body, init] = n.args
          const s = src ? visit(src, scoped) : { kind: 'any' as const }
          if (s.kind !== 'list' && s.kind !== 'any' && s.kind !== 'null')
            add('type_mismatch', `"${op}" goes through a list, but gets ${describe(s)}`, at)
          if (body) visit(body, true)
          if (init) visit(init, scoped)
          return { kind: op === 'map' || op === 'filter' ? 'list' : op === 'reduce' ? 'any' : 'boolean' }
        }
        const args = n.args.map((a) => visit(a, scoped))
        if (op === 'missing' || op === 'missing_some') {
          if (!scoped)
            for (const a of op === 'missing' ? n.args : n.args.slice(1)) {
              const keys = a.k === 'arr' ? a.items : [a]
              for (const k of keys)
                if (k.k === 'lit' && typeof k.v === 'string' && k.v !== '' && !has(k.v.split('.')[0]!))
                  add('unknown_field', `checks "${k.v}", but no field "${k.v.split('.')[0]}" is declared under fields`, k.at)
            }
          return { kind: 'list' }
        }
        if (ORDER.has(op)) {
          for (const a of args)
            if (a.kind === 'list' || a.kind === 'boolean' || a.kind === 'object')
              add('type_mismatch', `"${op}" compares sizes, but gets ${describe(a)}`, at)
          for (let i = 0; i + 1 < args.length; i++) {
            const [a, b] = [args[i]!, args[i + 1]!]
            if (!compatible(a, b) || (a.kind === 'date' && b.kind === 'number') || (a.kind === 'number' && b.kind === 'date'))
              add('type_mismatch', `"${op}" compares ${describe(a)} with ${describe(b)}; compare values of the same kind`, at)
          }
          return { kind: 'boolean' }
        }
        if (EQUALITY.has(op)) {
          const [a, b] = args
          if (a && b) {
            if (a.kind === 'list' || b.kind === 'list')
              add('type_mismatch', `"${op}" cannot compare a list; use "in", "includesAny" or "includesAll"`, at)
            else if (!compatible(a, b)) add('type_mismatch', `"${op}" compares ${describe(a)} with ${describe(b)}; they can never be equal as intended`, at)
            checkEnum(a, b, at)
            checkEnum(b, a, at)
          }
          return { kind: 'boolean' }
        }
        if (op === 'in') {
          const [a, b] = args
          if (b && b.kind !== 'list' && b.kind !== 'string' && b.kind !== 'any' && b.kind !== 'null')
            add('type_mismatch', `"in" looks inside a list or a text, but gets ${describe(b)}`, at)
          if (a && b && a.kind === 'list') add('type_mismatch', `"in" looks for one value, but gets ${describe(a)}; use "includesAny"`, at)
          if (a && b) checkEnum(b.field ? b : a, b.field ? a : b, at)
          return { kind: 'boolean' }
        }
        if (ARITHMETIC.has(op)) {
          for (const a of args)
            if (a.kind === 'list' || a.kind === 'boolean' || a.kind === 'date' || a.kind === 'object')
              add('type_mismatch', `"${op}" does arithmetic, but gets ${describe(a)}`, at)
          return { kind: 'number' }
        }
        if (op === 'cat' || op === 'substr') return { kind: 'string' }
        if (op === 'merge') return { kind: 'list' }
        if (op === '!' || op === '!!') return { kind: 'boolean' }
        if (op === 'if' || op === '?:' || op === 'and' || op === 'or') {
          const results = op === 'if' || op === '?:' ? args.filter((_, i) => i % 2 === 1 || i === args.length - 1) : args
          const kinds = new Set(results.map((r) => r.kind))
          return { kind: kinds.size === 1 ? [...kinds][0]! : 'any' }
        }
        const def = engine.operator(op)
        if (def?.args)
          def.args.forEach((want, i) => {
            const got = args[i]
            if (!got || want === 'any') return
            const fits =
              got.kind === 'any' || got.kind === want || got.kind === 'null' ||
              (want === 'date' && got.kind === 'string' && (!got.literal || parseInstant(got.literal.v, 'UTC') !== null)) ||
              (want === 'string' && got.kind === 'date') ||
              (want === 'list' && got.kind === 'string')
            if (!fits) add('type_mismatch', `"${op}" expects a ${want} as argument ${i + 1}, but gets ${describe(got)}`, at)
            if (want === 'list' && i === 1 && args[0]?.field) checkEnum(args[0], got, at)
            if (want === 'string' && i === 1 && args[0]?.field && op !== 'cefrAtLeast') checkEnum(args[0], got, at)
          })
        return { kind: def?.returns ?? 'any' }
      }
    }
  }
  visit(nodeOf(rule), false)
  return issues
}

/**
 * Folds a rule's constant parts. Returns `{ constant: true, value }` when the rule gives the
 * same value for every application (for example `{"or": [{"var": "x"}, true]}`), else
 * `{ constant: false }`. Used by the linter to find criteria that always or never hold.
 *
 * @example
 * ```ts
 * const engine = createEngine()
 * foldRule(engine, engine.compile({ '>': [3, 2] })) // { constant: true, value: true }
 * ```
 * @category Rules engine
 */
export function foldRule(engine: Engine, rule: CompiledRule): { constant: true; value: unknown } | { constant: false } {
  const { runtime, closureOf } = internalsOf(engine)
  const none = { constant: false } as const
  const evalConst = (n: Node): { constant: true; value: unknown } | { constant: false } => {
    try {
      return { constant: true, value: closureOf(n)(undefined, undefined) }
    } catch (e) {
      if (e instanceof EvaluationError || e instanceof Error) return none
      throw e
    }
  }
  const fold = (n: Node): { constant: true; value: unknown } | { constant: false } => {
    switch (n.k) {
      case 'lit':
        return { constant: true, value: n.v }
      case 'arr':
        return n.items.every((i) => fold(i).constant) ? evalConst(n) : none
      case 'var':
      case 'dvar':
        return none
      case 'op': {
        if (CLOCK_OPERATORS.has(n.op) || n.op === 'missing' || n.op === 'missing_some') return none
        if (n.op === 'and' || n.op === 'or') {
          const stop = n.op === 'and' ? (v: unknown) => !runtime.truthy(v) : (v: unknown) => runtime.truthy(v)
          let allConst = true
          for (const a of n.args) {
            const f = fold(a)
            if (f.constant && stop(f.value)) return allConst ? f : { constant: true, value: f.value }
            if (!f.constant) allConst = false
          }
          return allConst ? evalConst(n) : none
        }
        if (n.op === 'if' || n.op === '?:') {
          let i = 0
          for (; i < n.args.length - 1; i += 2) {
            const c = fold(n.args[i]!)
            if (!c.constant) return none
            if (runtime.truthy(c.value)) return fold(n.args[i + 1]!)
          }
          return i < n.args.length ? fold(n.args[i]!) : { constant: true, value: null }
        }
        if (SCOPED.has(n.op)) {
          const src = n.args[0] ? fold(n.args[0]) : ({ constant: true, value: undefined } as const)
          return src.constant ? evalConst(n) : none
        }
        return n.args.every((a) => fold(a).constant) ? evalConst(n) : none
      }
    }
  }
  return fold(nodeOf(rule))
}
