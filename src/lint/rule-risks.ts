import type { Criteria, Field } from '../criteria/schema.js'
import { countsCalendar } from '../logic/index.js'

// Rules that load and run, yet can decide something other than what their author meant:
// - arithmetic that can give NaN or an infinity for some answer (a division by an answer that
//   may be 0, a sum or product that may pass the largest number, a text turned into a number).
//   Screening sends such an application to a person (status `error`), so nobody is rejected by
//   it, but every such application waits for a person: the finding says which answer does it.
// - `in` with a text answer as the second argument: json-logic-js semantics make it a test of
//   text inside text, so "Java" is in "JavaScript developer". `includesWord` matches words.

/** One risk in a rule: where it is (inside the rule), its kind, and what to write instead. */
export interface RuleRisk {
  kind: 'non-finite' | 'substring-in'
  /** Path inside the rule, e.g. `['and', 1, '/']`. */
  at: (string | number)[]
  message: string
}

type Path = (string | number)[]
/** What arithmetic can give: the smallest and largest value, and whether NaN can come out. */
type Range = { lo: number; hi: number; nan: boolean; why?: string }

const MAX = Number.MAX_VALUE
const ANY: Range = { lo: -MAX, hi: MAX, nan: false }
// Calendar counts: far beyond any real date, far below any overflow.
const DATE_COUNT: Range = { lo: -1e7, hi: 1e7, nan: false }
const ARITHMETIC = new Set(['+', '-', '*', '/', '%', 'min', 'max'])

const SCOPED = new Set(['some', 'all', 'none', 'map', 'filter', 'reduce'])
const varPath = (v: unknown): string | undefined => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined
  const keys = Object.keys(v)
  if (keys.length !== 1 || keys[0] !== 'var') return undefined
  const arg = (v as { var: unknown }).var
  const path = Array.isArray(arg) ? arg[0] : arg
  return path === undefined || path === null
    ? ''
    : typeof path === 'string' || typeof path === 'number'
      ? String(path)
      : undefined
}
const fieldOf = (v: unknown): string | undefined => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined
  const keys = Object.keys(v)
  if (keys.length !== 1 || keys[0] !== 'var') return undefined
  const arg = (v as { var: unknown }).var
  const path = Array.isArray(arg) ? arg[0] : arg
  return typeof path === 'string' || typeof path === 'number' ? String(path).split('.')[0] : undefined
}
const opOf = (v: unknown): [string, unknown[]] | undefined => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined
  const keys = Object.keys(v)
  if (keys.length !== 1 || keys[0] === 'var') return undefined
  const args = (v as Record<string, unknown>)[keys[0]!]
  return [keys[0]!, Array.isArray(args) ? args : [args]]
}
const shown = (v: unknown): string => {
  const f = fieldOf(v)
  return f !== undefined ? `"${f}"` : JSON.stringify(v)
}

/**
 * The risks in one rule, given the file's fields. Linear in the size of the rule; iterative,
 * so rules nested to the limit are fine.
 * @example
 * ```ts
 * ruleRisks({ '>=': [{ '/': [{ var: 'sales' }, { var: 'months' }] }, 10] }, criteria.fields)[0]?.kind // 'non-finite'
 * ```
 */
export function ruleRisks(rule: unknown, fields: Criteria['fields']): RuleRisk[] {
  const out: RuleRisk[] = []
  const field = (name: string | undefined): Field | undefined =>
    name !== undefined && Object.hasOwn(fields, name) ? fields[name] : undefined

  // Ranges bottom-up: an explicit post-order walk (children before parents). Inside
  // some/all/none/map/filter/reduce over a list field, {"var": ""} (reduce: "current") is an
  // item of that list: a text.
  type Scope = { list: string; item: string } | undefined
  const ranges = new Map<unknown, Range>()
  const scopes = new Map<unknown, Scope>()
  const order: [unknown, Path][] = []
  const stack: [unknown, Path, Scope][] = [[rule, [], undefined]]
  while (stack.length) {
    const [v, at, scope] = stack.pop()!
    order.push([v, at])
    scopes.set(v, scope)
    const o = opOf(v)
    if (o) {
      const [op, args] = o
      // The list may be a field, or what map or filter make of one (still texts).
      const source = SCOPED.has(op) ? opOf(args[0]) : undefined
      const list = SCOPED.has(op)
        ? (fieldOf(args[0]) ??
          (source && (source[0] === 'map' || source[0] === 'filter') ? fieldOf(source[1][0]) : undefined))
        : undefined
      const inner: Scope =
        list !== undefined && field(list)?.type === 'list'
          ? { list, item: op === 'reduce' ? 'current' : '' }
          : undefined
      args.forEach((a, i) => stack.push([a, [...at, op, i], SCOPED.has(op) && i === 1 ? inner : scope]))
    } else if (Array.isArray(v)) v.forEach((a, i) => stack.push([a, [...at, i], scope]))
  }
  const itemOf = (v: unknown): string | undefined => {
    const scope = scopes.get(v)
    const path = varPath(v)
    return scope && path !== undefined && (path === scope.item || path.startsWith(`${scope.item}.`))
      ? scope.list
      : undefined
  }
  const rangeOf = (v: unknown): Range => {
    if (typeof v === 'number') return { lo: v, hi: v, nan: false }
    if (typeof v === 'boolean' || v === null) return { lo: 0, hi: 1, nan: false }
    if (typeof v === 'string') {
      const n = Number(v)
      return Number.isNaN(n)
        ? { lo: 0, hi: 0, nan: true, why: `turns the text ${JSON.stringify(v)} into a number, which gives NaN` }
        : { lo: n, hi: n, nan: false }
    }
    return ranges.get(v) ?? ANY
  }
  /** What a value is when it is a text, in words, or undefined. */
  const textOf = (v: unknown): string | undefined => {
    if (typeof v === 'string') return `the text ${JSON.stringify(v)}`
    const item = itemOf(v)
    if (item !== undefined) return `an item of "${item}"`
    const type = scopes.get(v) === undefined ? field(fieldOf(v))?.type : undefined
    if (type === 'string') return `the text answer ${shown(v)}`
    if (type === 'enum') return `the answer to ${shown(v)} (one of its options, a text)`
    const o = opOf(v)
    if (o && (o[0] === 'cat' || o[0] === 'substr')) return `the text "${o[0]}" builds`
    // An if whose branches give texts gives a text.
    if (o && (o[0] === 'if' || o[0] === '?:')) {
      const branches = o[1].filter((_, i) => i % 2 === 1 || i === o[1].length - 1)
      for (const b of branches) if (textOf(b)) return `the text "${o[0]}" gives (${textOf(b)})`
    }
    return undefined
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const [v, at] = order[i]!
    const item = itemOf(v)
    if (item !== undefined) {
      ranges.set(v, {
        lo: -MAX,
        hi: MAX,
        nan: true,
        why: `turns the items of "${item}" (texts) into numbers, which gives NaN for an item that is not a number`,
      })
      continue
    }
    const name = scopes.get(v) === undefined ? fieldOf(v) : undefined
    if (name !== undefined) {
      const f = field(name)
      if (f && (f.type === 'number' || f.type === 'integer'))
        ranges.set(v, { lo: f.min ?? -MAX, hi: f.max ?? MAX, nan: false })
      else if (f && f.type === 'string')
        ranges.set(v, {
          lo: -MAX,
          hi: MAX,
          nan: true,
          why: `turns the text answer to "${name}" into a number, which gives NaN for an answer that is not a number; ask it as a number field`,
        })
      continue
    }
    const o = opOf(v)
    if (!o) continue
    const [op, args] = o
    if (countsCalendar(op)) ranges.set(v, DATE_COUNT)
    if (op === 'in' && args.length === 2 && !Array.isArray(args[1])) {
      const haystack = textOf(args[1])
      if (haystack) {
        const needle = typeof args[0] === 'string' ? args[0] : undefined
        const literal = typeof args[1] === 'string' ? args[1] : undefined
        const list = itemOf(args[1])
        const enumField =
          scopes.get(args[1]) === undefined && field(fieldOf(args[1]))?.type === 'enum' ? fieldOf(args[1]) : undefined
        const fix =
          enumField !== undefined
            ? `to test which option was picked, write {"in": [{"var": "${enumField}"}, [${needle ? JSON.stringify(needle) : '…'}]]}`
            : literal
              ? `to mean one of several values, write them as a list: {"in": [${JSON.stringify(args[0])}, ${JSON.stringify(literal.split(/[\s,;/|]+/).filter(Boolean))}]}`
              : list !== undefined
                ? `to match whole items, write {"includesAny": [{"var": "${list}"}, [${needle ? JSON.stringify(needle) : '…'}]]}, and for words in them {"includesWord": [{"var": "${list}"}, [${needle ? JSON.stringify(needle) : '…'}]]}`
                : `to match whole words, case and accents aside, write {"includesWord": [${JSON.stringify(args[1])}, [${needle ? JSON.stringify(needle) : '…'}]]}`
        const parts = literal ? literal.split(/[\s,;/|]+/).filter(Boolean) : []
        out.push({
          kind: 'substring-in',
          at: [...at, op],
          message: literal
            ? `"in" looks inside the text ${JSON.stringify(literal)}: any part of it meets it ("${literal.slice(0, 2)}", "${literal.slice(-3)}"), not only ${parts.map((p) => JSON.stringify(p)).join(' or ')}; ${fix}`
            : `"in" looks inside ${haystack}: it is met when ${needle ? JSON.stringify(needle) : 'the value'} appears anywhere in it, even inside a longer word (as "Java" is inside "JavaScript"), and case matters; ${fix}`,
        })
      }
    }
    if (op === 'addDays' || op === 'addMonths') {
      const n = rangeOf(args[1])
      if (Math.max(Math.abs(n.lo), Math.abs(n.hi)) > (op === 'addDays' ? 3_650_000 : 120_000))
        out.push({
          kind: 'non-finite',
          at: [...at, op],
          message: `"${op}" adds ${shown(args[1])} ${op === 'addDays' ? 'days' : 'months'}, which has no bound: a very large answer gives no date, and the application goes to a person${boundHint(args, fields)}`,
        })
    }
    if (!ARITHMETIC.has(op)) continue
    const rs = args.map(rangeOf)
    const nanFrom = rs.find((r) => r.nan)
    let r: Range = ANY
    let risk: string | undefined = nanFrom
      ? (nanFrom.why ?? 'turns a text into a number, which can give NaN')
      : undefined
    if (risk) {
      // NaN first: it is what the author can fix by asking for a number.
    } else if (op === '+' || (op === '-' && rs.length === 2)) {
      const sign = op === '-' ? -1 : 1
      r = rs
        .slice(1)
        .reduce<Range>(
          (acc, x) => ({ lo: acc.lo + (sign > 0 ? x.lo : -x.hi), hi: acc.hi + (sign > 0 ? x.hi : -x.lo), nan: false }),
          { ...rs[0]!, nan: false },
        )
      if (!Number.isFinite(r.lo) || !Number.isFinite(r.hi) || Math.abs(r.lo) > MAX || Math.abs(r.hi) > MAX)
        risk = `can pass the largest number there is (about 1.8e308) for very large answers${boundHint(args, fields)}`
    } else if (op === '-') r = { lo: -rs[0]!.hi, hi: -rs[0]!.lo, nan: false }
    else if (op === '*') {
      r = rs.slice(1).reduce<Range>(
        (acc, x) => {
          const p = [acc.lo * x.lo, acc.lo * x.hi, acc.hi * x.lo, acc.hi * x.hi].map((n) => (Number.isNaN(n) ? 0 : n))
          return { lo: Math.min(...p), hi: Math.max(...p), nan: false }
        },
        { ...rs[0]!, nan: false },
      )
      if (!Number.isFinite(r.lo) || !Number.isFinite(r.hi))
        risk = `can pass the largest number there is (about 1.8e308) for very large answers${boundHint(args, fields)}`
    } else if (op === '/' || op === '%') {
      const d = rs[1] ?? ANY
      if (d.lo <= 0 && d.hi >= 0) {
        const f = fieldOf(args[1])
        risk = `divides by ${shown(args[1])}, which can be 0${f !== undefined && field(f) ? ` (field "${f}" allows 0)` : ''}: the result is then ${op === '/' ? 'Infinity or NaN' : 'NaN'}${f !== undefined && field(f) ? `. Give "${f}" a min above 0, or test that it is above 0 before dividing` : ''}`
      } else if (op === '/') {
        const small = Math.min(Math.abs(d.lo), Math.abs(d.hi))
        const big = Math.max(Math.abs(rs[0]!.lo), Math.abs(rs[0]!.hi))
        if (big / small > MAX)
          risk = `can pass the largest number there is (about 1.8e308) when dividing a very large answer by a very small one${boundHint(args, fields)}`
        else r = { lo: -big / small, hi: big / small, nan: false }
      }
    } else r = { lo: Math.min(...rs.map((x) => x.lo)), hi: Math.max(...rs.map((x) => x.hi)), nan: false }
    ranges.set(v, risk ? ANY : r)
    if (risk)
      out.push({
        kind: 'non-finite',
        at: [...at, op],
        message: `"${op}" ${risk}; such an application goes to a person (status error), never to an automatic no`,
      })
  }
  return out.reverse()
}

/** "; give "x" a max" for the unbounded number fields among the operands. */
function boundHint(args: readonly unknown[], fields: Criteria['fields']): string {
  const open = [
    ...new Set(
      args
        .map(fieldOf)
        .filter(
          (f): f is string =>
            f !== undefined &&
            Object.hasOwn(fields, f) &&
            (fields[f]!.type === 'number' || fields[f]!.type === 'integer') &&
            (fields[f] as { max?: number }).max === undefined,
        ),
    ),
  ]
  return open.length ? `; give ${open.map((f) => `"${f}"`).join(' and ')} a max` : ''
}
