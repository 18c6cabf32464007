import type { Criteria, Field } from '../criteria/schema.js'

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
const COUNTS = new Set(['daysSince', 'monthsSince', 'yearsSince', 'daysUntil', 'monthsUntil'])
const ARITHMETIC = new Set(['+', '-', '*', '/', '%', 'min', 'max'])

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
  const field = (name: string | undefined): Field | undefined => (name !== undefined && Object.hasOwn(fields, name) ? fields[name] : undefined)

  // Ranges bottom-up: an explicit post-order walk (children before parents).
  const ranges = new Map<unknown, Range>()
  const order: [unknown, Path][] = []
  const stack: [unknown, Path][] = [[rule, []]]
  while (stack.length) {
    const [v, at] = stack.pop()!
    order.push([v, at])
    const o = opOf(v)
    if (o) o[1].forEach((a, i) => stack.push([a, [...at, o[0], i]]))
    else if (Array.isArray(v)) v.forEach((a, i) => stack.push([a, [...at, i]]))
  }
  const rangeOf = (v: unknown): Range => {
    if (typeof v === 'number') return { lo: v, hi: v, nan: false }
    if (typeof v === 'boolean' || v === null) return { lo: 0, hi: 1, nan: false }
    if (typeof v === 'string') {
      const n = Number(v)
      return Number.isNaN(n) ? { lo: 0, hi: 0, nan: true, why: `turns the text ${JSON.stringify(v)} into a number, which gives NaN` } : { lo: n, hi: n, nan: false }
    }
    return ranges.get(v) ?? ANY
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const [v, at] = order[i]!
    const name = fieldOf(v)
    if (name !== undefined) {
      const f = field(name)
      if (f && (f.type === 'number' || f.type === 'integer')) ranges.set(v, { lo: f.min ?? -MAX, hi: f.max ?? MAX, nan: false })
      else if (f && f.type === 'string') ranges.set(v, { lo: -MAX, hi: MAX, nan: true, why: `turns the text answer to "${name}" into a number, which gives NaN for an answer that is not a number; ask it as a number field` })
      continue
    }
    const o = opOf(v)
    if (!o) continue
    const [op, args] = o
    if (COUNTS.has(op)) ranges.set(v, DATE_COUNT)
    if (op === 'in' && args.length === 2 && !Array.isArray(args[1])) {
      const haystack = field(fieldOf(args[1]))
      if (haystack?.type === 'string') {
        const needle = typeof args[0] === 'string' ? args[0] : undefined
        out.push({
          kind: 'substring-in', at: [...at, op],
          message: `"in" with the text answer ${shown(args[1])} is met when ${needle ? JSON.stringify(needle) : 'the text'} appears anywhere in the answer, even inside a longer word (as "Java" is inside "JavaScript"), and case matters. To match whole words, case and accents aside, write {"includesWord": [${JSON.stringify(args[1])}, [${needle ? JSON.stringify(needle) : '…'}]]}`,
        })
      }
    }
    if (!ARITHMETIC.has(op)) continue
    const rs = args.map(rangeOf)
    const nanFrom = rs.find((r) => r.nan)
    let r: Range = ANY
    let risk: string | undefined = nanFrom ? (nanFrom.why ?? 'turns a text into a number, which can give NaN') : undefined
    if (risk) {
      // NaN first: it is what the author can fix by asking for a number.
    } else if (op === '+' || (op === '-' && rs.length === 2)) {
      const sign = op === '-' ? -1 : 1
      r = rs.slice(1).reduce<Range>((acc, x) => ({ lo: acc.lo + (sign > 0 ? x.lo : -x.hi), hi: acc.hi + (sign > 0 ? x.hi : -x.lo), nan: false }), { ...rs[0]!, nan: false })
      if (!Number.isFinite(r.lo) || !Number.isFinite(r.hi) || Math.abs(r.lo) > MAX || Math.abs(r.hi) > MAX) risk = `can pass the largest number there is (about 1.8e308) for very large answers${boundHint(args, fields)}`
    } else if (op === '-') r = { lo: -rs[0]!.hi, hi: -rs[0]!.lo, nan: false }
    else if (op === '*') {
      r = rs.slice(1).reduce<Range>((acc, x) => {
        const p = [acc.lo * x.lo, acc.lo * x.hi, acc.hi * x.lo, acc.hi * x.hi].map((n) => (Number.isNaN(n) ? 0 : n))
        return { lo: Math.min(...p), hi: Math.max(...p), nan: false }
      }, { ...rs[0]!, nan: false })
      if (!Number.isFinite(r.lo) || !Number.isFinite(r.hi)) risk = `can pass the largest number there is (about 1.8e308) for very large answers${boundHint(args, fields)}`
    } else if (op === '/' || op === '%') {
      const d = rs[1] ?? ANY
      if (d.lo <= 0 && d.hi >= 0) {
        const f = fieldOf(args[1])
        risk = `divides by ${shown(args[1])}, which can be 0${f !== undefined && field(f) ? ` (field "${f}" allows 0)` : ''}: the result is then ${op === '/' ? 'Infinity or NaN' : 'NaN'}${f !== undefined && field(f) ? `. Give "${f}" a min above 0, or test that it is above 0 before dividing` : ''}`
      } else if (op === '/') {
        const small = Math.min(Math.abs(d.lo), Math.abs(d.hi))
        const big = Math.max(Math.abs(rs[0]!.lo), Math.abs(rs[0]!.hi))
        if (big / small > MAX) risk = `can pass the largest number there is (about 1.8e308) when dividing a very large answer by a very small one${boundHint(args, fields)}`
        else r = { lo: -big / small, hi: big / small, nan: false }
      }
    } else r = { lo: Math.min(...rs.map((x) => x.lo)), hi: Math.max(...rs.map((x) => x.hi)), nan: false }
    ranges.set(v, risk ? ANY : r)
    if (risk)
      out.push({ kind: 'non-finite', at: [...at, op], message: `"${op}" ${risk}; such an application goes to a person (status error), never to an automatic no` })
  }
  return out.reverse()
}

/** "; give "x" a max" for the unbounded number fields among the operands. */
function boundHint(args: readonly unknown[], fields: Criteria['fields']): string {
  const open = [...new Set(args.map(fieldOf).filter((f): f is string => f !== undefined && Object.hasOwn(fields, f) && (fields[f]!.type === 'number' || fields[f]!.type === 'integer') && (fields[f] as { max?: number }).max === undefined))]
  return open.length ? `; give ${open.map((f) => `"${f}"`).join(' and ')} a max` : ''
}
