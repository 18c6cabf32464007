import type { IssueParams, RuleIssueCode } from '../issues/issue-code.js'
import { enScreen } from '../issues/wording-en.js'
import { suggest } from '../criteria/suggest.js'
import { EvaluationError } from '../errors.js'
import type { Node, RulePath } from './ast.js'
import type { ValueKind } from './context.js'
import { parseInstant } from '../time/dates.js'
import { internalsOf, nodeOf, type CompiledRule, type Engine } from './engine.js'
import type { Analyse, Fold, Folded, OperatorSpec, Typed } from './operators/spec.js'

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
  /** The field holds whole numbers only. */
  whole?: boolean
}

/**
 * A problem the analyser found in a rule, with the path of the node inside the rule.
 *
 * @example
 * ```ts
 * const issue: RuleIssue = { code: 'type_mismatch', message: 'compares number field "experienceYears" with the text "3"', path: ['>=', 1], params: { op: '>=' } }
 * ```
 * @category Rules engine
 */
export interface RuleIssue {
  /** Stable code from the catalogue: `unknown_field`, `type_mismatch`, `unknown_value`, `wrong_arity`, `invalid_value`, `fractional_threshold`. */
  code: RuleIssueCode
  /** What is wrong, in English. */
  message: string
  /** The arguments of its wording in the catalogue (see `formatIssue`). */
  params: IssueParams
  /** Path of the node inside the rule. */
  path: RulePath
}

const kindOfValue = (v: unknown): ValueKind =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'list'
      : typeof v === 'number'
        ? 'number'
        : typeof v === 'string'
          ? 'string'
          : typeof v === 'boolean'
            ? 'boolean'
            : 'object'

const describe = (t: Typed): string =>
  t.field
    ? `${t.kind} field "${t.field}"`
    : t.literal
      ? `the ${t.kind === 'string' ? 'text' : t.kind} ${JSON.stringify(t.literal.v)}`
      : `a ${t.kind} value`

/** A value as an issue's params, keys prefixed by its side: kind, and the field or the literal (as JSON). */
const side = (t: Typed, s: 'left' | 'right' | 'got'): IssueParams => ({
  [`${s}Kind`]: t.kind,
  ...(t.field
    ? { [`${s}Field`]: t.field, ...(t.whole ? { [`${s}Whole`]: true } : {}) }
    : t.literal
      ? { [`${s}Text`]: JSON.stringify(t.literal.v) ?? String(t.literal.v) }
      : {}),
})

const arityText = ([min, max]: readonly [number, number]): string =>
  min === max
    ? `${min} argument${min === 1 ? '' : 's'}`
    : max === Infinity
      ? `at least ${min} argument${min === 1 ? '' : 's'}`
      : `${min} to ${max} arguments`

/**
 * Checks a compiled rule against the declared fields, as a criteria file needs: every field it
 * reads must be declared (with "did you mean" for a misspelling), each operator must get the
 * number of arguments it takes and literals within its domain (a real CEFR level, a real date),
 * and values must be compared with values of a fitting kind (a number field with a number, not
 * with `"1,5"`; a whole-number count with a whole number; an enum field with one of its values).
 *
 * @example
 * ```ts
 * const engine = createEngine()
 * analyseRule(engine, engine.compile({ '>=': [{ var: 'experienceYears' }, '3'] }), { experienceYears: { kind: 'number' } })
 * // [{ code: 'type_mismatch', message: 'compares number field "experienceYears" with the text "3" …', path: ['>='] }]
 * ```
 * @category Rules engine
 */
export function analyseRule(
  engine: Engine,
  rule: CompiledRule,
  fields: Readonly<Record<string, FieldShape>>,
): RuleIssue[] {
  const issues: RuleIssue[] = []
  const add = (code: RuleIssueCode, message: string, path: RulePath, params: IssueParams = {}): void =>
    void issues.push({ code, message, path, params: { detail: message, ...params } })
  const has = (name: string): boolean => Object.hasOwn(fields, name)
  const { specs } = internalsOf(engine)
  const unknownField = (name: string, read: string, verb: string, at: RulePath): void => {
    const hint = suggest(name, Object.keys(fields))
    add(
      'unknown_field',
      `${verb} "${read}", but no field "${name}" is declared under fields${hint ? `; did you mean "${hint}"?` : ''}`,
      at,
      { name, read, verb, ...(hint ? { hint } : {}) },
    )
  }

  const a: Analyse = {
    add,
    describe,
    side,
    // Worded from the params alone, so every language says the same (wording-en.ts, wording-sv.ts).
    mismatch: (at, params) => add('type_mismatch', enScreen.type_mismatch(params), at, params),
    compatible(x, y) {
      if (x.kind === 'any' || y.kind === 'any' || x.kind === 'null' || y.kind === 'null') return true
      if (x.kind === y.kind) return true
      const pair = new Set([x.kind, y.kind])
      return pair.has('date') && pair.has('string')
    },
    checkEnum(t, other, at) {
      if (!t.field || !other.literal) return
      const values = fields[t.field]?.values
      if (!values) return
      const lits = Array.isArray(other.literal.v) ? other.literal.v : [other.literal.v]
      for (const v of lits)
        if (typeof v === 'string' && !values.includes(v)) {
          const hint = suggest(v, [...values])
          add(
            'unknown_value',
            `"${v}" is not one of the values of field "${t.field}" (${values.join(', ')})${hint ? `; did you mean "${hint}"?` : ''}`,
            at,
            { value: v, field: t.field, values: [...values], ...(hint ? { hint } : {}) },
          )
        }
    },
  }

  /** Kinds from the spec's `args`; an operator with its own `analyse` of kinds declares none. */
  const checkArgs = (op: string, spec: OperatorSpec, args: readonly Typed[], at: RulePath): void =>
    spec.args?.forEach((want, i) => {
      const got = args[i]
      if (!got || want === 'any') return
      const fits =
        got.kind === 'any' ||
        got.kind === want ||
        got.kind === 'null' ||
        (want === 'date' && got.kind === 'string' && (!got.literal || parseInstant(got.literal.v, 'UTC') !== null)) ||
        (want === 'string' && got.kind === 'date') ||
        (want === 'list' && got.kind === 'string')
      if (!fits) a.mismatch(at, { op, variant: 'argument', want, arg: i + 1, ...side(got, 'got') })
    })

  const visit = (n: Node, scoped: boolean): Typed => {
    switch (n.k) {
      case 'lit':
        // `{}` is a value, not a condition, and a value that is always true: a slip, never meant.
        if (n.v !== null && typeof n.v === 'object' && !Array.isArray(n.v) && Object.keys(n.v).length === 0)
          add(
            'empty_rule',
            'an empty {} is not a condition: JSON Logic reads it as a value that is always true. Write the condition inside it, e.g. { "var": "workPermit" }',
            n.at,
          )
        return { kind: kindOfValue(n.v), literal: { v: n.v } }
      case 'arr': {
        const items = n.items.map((i) => visit(i, scoped))
        return items.every((i) => i.literal)
          ? { kind: 'list', literal: { v: items.map((i) => i.literal!.v) } }
          : { kind: 'list' }
      }
      case 'var': {
        if (n.fb) visit(n.fb, scoped)
        if (scoped || n.path === null) return { kind: 'any' }
        const name = n.path[0]!
        if (!has(name)) {
          unknownField(name, n.path.join('.'), 'reads', [...n.at, 'var'])
          return { kind: 'any' }
        }
        const f = fields[name]!
        if (n.path.length !== 1) {
          // A field is one answer: only a list has parts, its items by position ("skills.0").
          const part = n.path[1]!
          if (f.kind !== 'list' || !/^\d+$/.test(part))
            add(
              'not_a_field',
              `reads "${n.path.join('.')}", but "${part}" is not part of ${f.kind} field "${name}"${f.kind === 'list' && part === 'length' ? '; to count items, use {"reduce": [{"var": "' + name + '"}, {"+": [{"var": "accumulator"}, 1]}, 0]}, or "atLeast" to count listed values' : f.kind === 'list' ? '; a list\'s parts are its items by position, e.g. "' + name + '.0"' : ''}`,
              [...n.at, 'var'],
              { read: n.path.join('.'), part, field: name, kind: f.kind },
            )
          return { kind: 'any' }
        }
        return {
          kind: f.kind,
          field: name,
          ...(f.whole ? { whole: true } : {}),
          ...(f.values ? { values: f.values } : {}),
        }
      }
      case 'dvar':
        visit(n.pathNode, scoped)
        return { kind: 'any' }
      case 'op': {
        const op = n.op
        const at = [...n.at, op]
        const spec = specs[op]!
        const [min, max] = spec.arity
        if (n.args.length < min || n.args.length > max)
          add(
            'wrong_arity',
            `"${op}" takes ${arityText(spec.arity)}, but gets ${n.args.length}: ${spec.description}`,
            at,
            { op, min, max: max === Infinity ? null : max, gets: n.args.length, description: spec.description },
          )
        for (const p of spec.check?.(n.args) ?? [])
          add('invalid_value', p.message, p.arg !== undefined && n.args[p.arg] ? n.args[p.arg]!.at : at, p.params)
        if (spec.keys && !scoped)
          for (const k of spec.keys(n.args))
            if (k.k === 'lit' && typeof k.v === 'string' && k.v !== '' && !has(k.v.split('.')[0]!))
              unknownField(k.v.split('.')[0]!, k.v, 'checks', k.at)
        const args = n.args.map((x, i) => visit(x, scoped || (spec.scoped === true && i === 1)))
        checkArgs(op, spec, args, at)
        const own = spec.analyse?.(a, args, at, n.args)
        return own ?? { kind: spec.returns, from: op, ...(spec.whole ? { whole: true } : {}) }
      }
    }
  }
  visit(nodeOf(rule), false)
  return issues
}

/**
 * Folds a rule's constant parts. Returns `{ constant: true, value }` when the rule gives the
 * same value for every application (for example `{"or": [{"var": "x"}, true]}`), else
 * `{ constant: false }`. Used to find criteria that always or never hold.
 *
 * @example
 * ```ts
 * const engine = createEngine()
 * foldRule(engine, engine.compile({ '>': [3, 2] })) // { constant: true, value: true }
 * ```
 * @category Rules engine
 */
export function foldRule(engine: Engine, rule: CompiledRule): { constant: true; value: unknown } | { constant: false } {
  const { runtime, closureOf, specs } = internalsOf(engine)
  const none = { constant: false } as const
  const f: Fold = {
    truthy: runtime.truthy,
    evaluate(n) {
      try {
        runtime.resetBudget()
        return { constant: true, value: closureOf(n)(undefined, undefined) }
      } catch (e) {
        if (e instanceof EvaluationError || e instanceof Error) return none
        throw e
      }
    },
    fold(n): Folded {
      switch (n.k) {
        case 'lit':
          return { constant: true, value: n.v }
        case 'arr':
          return n.items.every((i) => f.fold(i).constant) ? f.evaluate(n) : none
        case 'var':
        case 'dvar':
          return none
        case 'op': {
          const spec = specs[n.op]!
          if (spec.impure) return none
          if (spec.fold) return spec.fold(f, n.args, n)
          // A scoped body reads the item, so only the list decides.
          const decides = spec.scoped ? n.args.filter((_, i) => i !== 1) : n.args
          return decides.every((x) => f.fold(x).constant) ? f.evaluate(n) : none
        }
      }
    },
  }
  return f.fold(nodeOf(rule))
}
