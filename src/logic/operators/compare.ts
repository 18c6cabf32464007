import type { Node } from '../ast.js'
import type { Condition } from '../explanation.js'
import { BINARY_OPERATORS, lt, lte } from '../runtime.js'
import {
  firstPath,
  fmt,
  isDateText,
  isValueNode,
  primitive,
  subjectOf,
  type Analyse,
  type Say,
  type SayCondition,
  type Build,
  type Evaluator,
  type OperatorSpec,
  type Quote,
  type Typed,
} from './spec.js'

// ==, ===, !=, !==, >, >=, <, <=, with JavaScript's own coercions as json-logic-js has them.
// `<` and `<=` also take three operands: the "between" form, `18 <= age <= 67`.

type Frame = unknown[]
// JSON Logic's == and != are JavaScript's loose equality, and its relational operators compare
// values of any type with JavaScript's coercions, as json-logic-js does.
// biome-ignore-start lint/suspicious/noDoubleEquals lint/suspicious/noExplicitAny: JSON Logic's own semantics
// A field compared with a constant is the commonest leaf of a criterion. One closure per
// operator and operand order, so that each comparison is a plain JavaScript operator in its own
// code and a leaf costs one closure call and one indexed read.
type Fused = (slot: number, k: any) => Evaluator
const FIELD_FIRST: Readonly<Record<string, Fused>> = {
  '==': (i, k) => (f) => (f as Frame)[i] == k,
  '===': (i, k) => (f) => (f as Frame)[i] === k,
  '!=': (i, k) => (f) => (f as Frame)[i] != k,
  '!==': (i, k) => (f) => (f as Frame)[i] !== k,
  '>': (i, k) => (f) => ((f as Frame)[i] as any) > k,
  '>=': (i, k) => (f) => ((f as Frame)[i] as any) >= k,
  '<': (i, k) => (f) => ((f as Frame)[i] as any) < k,
  '<=': (i, k) => (f) => ((f as Frame)[i] as any) <= k,
}
const FIELD_SECOND: Readonly<Record<string, Fused>> = {
  '==': (i, k) => (f) => k == (f as Frame)[i],
  '===': (i, k) => (f) => k === (f as Frame)[i],
  '!=': (i, k) => (f) => k != (f as Frame)[i],
  '!==': (i, k) => (f) => k !== (f as Frame)[i],
  '>': (i, k) => (f) => k > ((f as Frame)[i] as any),
  '>=': (i, k) => (f) => k >= ((f as Frame)[i] as any),
  '<': (i, k) => (f) => k < ((f as Frame)[i] as any),
  '<=': (i, k) => (f) => k <= ((f as Frame)[i] as any),
}
// biome-ignore-end lint/suspicious/noDoubleEquals lint/suspicious/noExplicitAny: JSON Logic's own semantics

const FLIP: Readonly<Record<string, string>> = {
  '<': '>',
  '<=': '>=',
  '>': '<',
  '>=': '<=',
  '==': '==',
  '===': '===',
  '!=': '!=',
  '!==': '!==',
}

/** The two-operand closure: fused when a field meets a constant. */
function pair(b: Build, op: string, args: readonly Node[]): Evaluator {
  const [x, y] = args as [Node, Node]
  const sx = b.slotOf(x)
  const sy = b.slotOf(y)
  if (sx !== undefined && primitive(y)) return FIELD_FIRST[op]!(sx, y.v)
  if (sy !== undefined && primitive(x)) return FIELD_SECOND[op]!(sy, x.v)
  const f = BINARY_OPERATORS[op]!
  const [a, c] = [b.value(x), b.value(y)]
  return (d, ctx) => f(a(d, ctx), c(d, ctx))
}

/** The three-operand "between" closure, fused over a field with constant bounds. */
function between(b: Build, op: '<' | '<=', args: readonly Node[]): Evaluator {
  const [x, y, z] = args as [Node, Node, Node]
  const slot = b.slotOf(y)
  if (slot !== undefined && primitive(x) && primitive(z) && z.v !== undefined) {
    const lo = x.v as number
    const hi = z.v as number
    return op === '<'
      ? (f) => {
          const v = (f as Frame)[slot] as number
          return lo < v && v < hi
        }
      : (f) => {
          const v = (f as Frame)[slot] as number
          return lo <= v && v <= hi
        }
  }
  const f = op === '<' ? lt : lte
  const [a, m, c] = [b.value(x), b.value(y), b.value(z)]
  return (d, ctx) => f(a(d, ctx), m(d, ctx), c(d, ctx))
}

/** The fix for a text such as "1,5" or "3" compared with a number: `{ suggest: '1.5', decimal: true }`, `{ suggest: '3' }`. */
function decimalFix(a: Typed, b: Typed): { suggest?: string; decimal?: true } {
  const text = [a, b].find((t) => t.literal && typeof t.literal.v === 'string')?.literal?.v as string | undefined
  const other = [a, b].find((t) => t.kind === 'number')
  if (text === undefined || !other) return {}
  if (/^[-+]?\d+,\d+$/.test(text.trim())) return { suggest: text.trim().replace(',', '.'), decimal: true }
  if (/^[-+]?\d+(\.\d+)?$/.test(text.trim())) return { suggest: text.trim() }
  return {}
}

/** A whole-number value compared with a fraction: `yearsSince >= 1.5` works as `>= 2`. */
function fractionIssue(
  a: Analyse,
  op: string,
  whole: Typed,
  lit: Typed,
  at: (string | number)[],
  wholeFirst: boolean,
): void {
  const v = lit.literal?.v
  if (typeof v !== 'number' || Number.isInteger(v) || !Number.isFinite(v)) return
  const what = whole.field
    ? `field "${whole.field}" holds whole numbers`
    : whole.from
      ? `"${whole.from}" counts in whole units`
      : 'the value is always a whole number'
  // The operator as seen from the whole-number side.
  const side = wholeFirst ? op : FLIP[op]!
  const up = Math.ceil(v)
  const down = Math.floor(v)
  const acts: Record<string, string> = { '>=': `>= ${up}`, '>': `>= ${up}`, '<=': `<= ${down}`, '<': `<= ${down}` }
  const effect = acts[side] ? `so "${side}" ${v} works as "${acts[side]}"` : `so it can never be equal to ${v}`
  const unit = whole.field
    ? ''
    : ' (or count in a smaller unit: monthsSince instead of yearsSince, daysSince instead of monthsSince)'
  a.add('fractional_threshold', `${what}, ${effect}; write a whole number${unit}`, at, {
    value: v,
    op: side,
    ...(whole.field ? { field: whole.field } : whole.from ? { from: whole.from } : {}),
    ...(acts[side] ? { works: acts[side] } : {}),
  })
}

function analyseOrder(op: string): NonNullable<OperatorSpec['analyse']> {
  return (a, args, at) => {
    for (const t of args) {
      if (t.kind === 'list' || t.kind === 'boolean' || t.kind === 'object')
        a.mismatch(at, { op, variant: 'sizes', ...a.side(t, 'got') })
      // JSON Logic reads null as 0 here: "at least null years" is always met by any answer of 0 or more.
      if (t.kind === 'null' && t.literal)
        a.add(
          'null_threshold',
          `"${op}" compares with null (nothing), which JSON Logic reads as 0; write the number to compare with`,
          at,
          { op },
        )
    }
    for (let i = 0; i + 1 < args.length; i++) {
      const [x, y] = [args[i]!, args[i + 1]!]
      if (
        !a.compatible(x, y) ||
        (x.kind === 'date' && y.kind === 'number') ||
        (x.kind === 'number' && y.kind === 'date')
      )
        a.mismatch(at, { op, variant: 'kinds', ...a.side(x, 'left'), ...a.side(y, 'right'), ...decimalFix(x, y) })
      if (x.whole && y.literal) fractionIssue(a, op, x, y, at, true)
      if (y.whole && x.literal) fractionIssue(a, op, y, x, at, false)
    }
    return { kind: 'boolean' }
  }
}

function analyseEquality(op: string): NonNullable<OperatorSpec['analyse']> {
  return (a, args, at) => {
    const [x, y] = args
    if (x && y) {
      if (x.kind === 'list' || y.kind === 'list')
        a.mismatch(at, { op, variant: 'list', ...a.side(x, 'left'), ...a.side(y, 'right') })
      else if (!a.compatible(x, y))
        a.mismatch(at, { op, variant: 'never_equal', ...a.side(x, 'left'), ...a.side(y, 'right'), ...decimalFix(x, y) })
      a.checkEnum(x, y, at)
      a.checkEnum(y, x, at)
      if (x.whole && y.literal) fractionIssue(a, op, x, y, at, true)
      if (y.whole && x.literal) fractionIssue(a, op, y, x, at, false)
    }
    return { kind: 'boolean' }
  }
}

/** The literal a comparison is made against, named by what it is to the compared value. */
function quotesOf(op: string, args: readonly Node[]): Record<string, Quote> {
  const [x, y, z] = args
  const lit = (n: Node | undefined) => (primitive(n) ? n.v : undefined)
  if (z && (op === '<' || op === '<='))
    return lit(x) !== undefined && lit(z) !== undefined ? { min: { value: lit(x) }, max: { value: lit(z) } } : {}
  const first = lit(y) !== undefined && !isValueNode(x)
  const second = lit(x) !== undefined && !isValueNode(y)
  if (!first && !second) return {}
  const value = first ? lit(y) : lit(x)
  const side = first ? op : FLIP[op]!
  if (side === '>=' || side === '>') return { min: { value } }
  if (side === '<=' || side === '<') return { max: { value } }
  return { value: { value } }
}

const STATEMENT: Readonly<Record<string, (c: Condition) => string>> = {
  '>=': (c) => `${c.subject} is at least ${fmt(c.expected)}`,
  '>': (c) => `${c.subject} is more than ${fmt(c.expected)}`,
  '<=': (c) => `${c.subject} is at most ${fmt(c.expected)}`,
  '<': (c) => `${c.subject} is less than ${fmt(c.expected)}`,
  '==': (c) => `${c.subject} is ${fmt(c.expected)}`,
  '===': (c) => `${c.subject} is ${fmt(c.expected)}`,
  '!=': (c) => `${c.subject} is not ${fmt(c.expected)}`,
  '!==': (c) => `${c.subject} is not ${fmt(c.expected)}`,
  between: (c) =>
    `${c.subject} is between ${fmt((c.expected as unknown[])[0])} and ${fmt((c.expected as unknown[])[1])}`,
}
const REQUIRED: Readonly<Record<string, (c: Condition) => string>> = {
  '>=': (c) => `at least ${fmt(c.expected)} required`,
  '>': (c) => `more than ${fmt(c.expected)} required`,
  '<=': (c) => `at most ${fmt(c.expected)} required`,
  '<': (c) => `less than ${fmt(c.expected)} required`,
  '==': (c) => `${fmt(c.expected)} required`,
  '===': (c) => `${fmt(c.expected)} required`,
  '!=': (c) => `anything but ${fmt(c.expected)} required`,
  '!==': (c) => `anything but ${fmt(c.expected)} required`,
  between: (c) => `between ${fmt((c.expected as unknown[])[0])} and ${fmt((c.expected as unknown[])[1])} required`,
}

// How a comparison reads aloud: [sv, en, sv of dates, en of dates], the compared value first.
const SAID: Readonly<Record<string, readonly [string, string, string, string]>> = {
  '>=': ['är minst', 'is at least', 'är tidigast', 'is no earlier than'],
  '>': ['är större än', 'is greater than', 'är efter', 'is after'],
  '<=': ['är högst', 'is at most', 'är senast', 'is no later than'],
  '<': ['är mindre än', 'is less than', 'är före', 'is before'],
  '==': ['är', 'is', 'är', 'is'],
  '===': ['är', 'is', 'är', 'is'],
  '!=': ['är inte', 'is not', 'är inte', 'is not'],
  '!==': ['är inte', 'is not', 'är inte', 'is not'],
}
const verb = (s: Pick<Say, 't'>, op: string, date: boolean): string => {
  const w = SAID[op]!
  return date ? s.t(w[2], w[3]) : s.t(w[0], w[1])
}
// "minst 3 krävs": what an unmet comparison asked for.
const ASKED: Readonly<Record<string, readonly [string, string, string, string]>> = {
  '>=': ['minst', 'at least', 'tidigast', 'no earlier than'],
  '>': ['mer än', 'more than', 'efter', 'after'],
  '<=': ['högst', 'at most', 'senast', 'no later than'],
  '<': ['mindre än', 'less than', 'före', 'before'],
  '==': ['', '', '', ''],
  '===': ['', '', '', ''],
  '!=': ['något annat än', 'anything but', 'något annat än', 'anything but'],
  '!==': ['något annat än', 'anything but', 'något annat än', 'anything but'],
}
const between3 = (s: Pick<Say, 't'>, strict: boolean, lo: string, hi: string): string =>
  strict
    ? s.t(`mellan ${lo} och ${hi} (gränserna oräknade)`, `between ${lo} and ${hi} (exclusive)`)
    : s.t(`mellan ${lo} och ${hi} (gränserna inräknade)`, `between ${lo} and ${hi} (inclusive)`)

/** A comparison read aloud, the compared value first: `{"<": [3, {"var": "x"}]}` reads "x is greater than 3". */
function say(op: string, s: Say, args: readonly Node[]): { text: string; clause: true } {
  const [a, b, c] = args
  if (c && (op === '<' || op === '<='))
    return {
      text: `${s.term(b)} ${s.t('är', 'is')} ${between3(s, op === '<', s.term(a, b), s.term(c, b))}`,
      clause: true,
    }
  const swap = isValueNode(a) && !isValueNode(b)
  const [x, y] = swap ? [b, a] : [a, b]
  const o = swap ? FLIP[op]! : op
  return { text: `${s.term(x, y)} ${verb(s, o, s.isDate(x) || s.isDate(y))} ${s.term(y, x)}`, clause: true }
}

/** An explanation's comparison in Swedish or English. */
function sayCondition(op: string): Pick<NonNullable<OperatorSpec['wording']>[string], 'say' | 'sayRequired'> {
  if (op === 'between') {
    const ends = (c: Condition, s: SayCondition) => (c.expected as unknown[]).map((v) => s.value(v)) as [string, string]
    return {
      say: (c, s) => `${s.subject} ${s.t('är', 'is')} ${between3(s, false, ...ends(c, s))}`,
      sayRequired: (c, s) =>
        s.t(`${between3(s, false, ...ends(c, s))} krävs`, `${between3(s, false, ...ends(c, s))} required`),
    }
  }
  return {
    say: (c, s) => `${s.subject} ${verb(s, op, isDateText(c.expected))} ${s.value(c.expected)}`,
    sayRequired: (c, s) => {
      const w = ASKED[op]!
      const asked = `${isDateText(c.expected) ? s.t(w[2], w[3]) : s.t(w[0], w[1])} ${s.value(c.expected)}`.trim()
      return s.t(`${asked} krävs`, `${asked} required`)
    },
  }
}

function comparison(op: string): OperatorSpec {
  const order = op === '<' || op === '<=' || op === '>' || op === '>='
  const ranged = op === '<' || op === '<='
  const f = BINARY_OPERATORS[op]!
  return {
    description: ranged
      ? `${op === '<' ? 'less than' : 'at most'}; with three operands, between`
      : `compares two values (${op})`,
    arity: ranged ? [2, 3] : [2, 2],
    returns: 'boolean',
    boolean: true,
    evaluate: ranged ? (args) => (op === '<' ? lt : lte)(args[0], args[1], args[2]) : (args) => f(args[0], args[1]),
    emit(g, args) {
      if (args.length === 2) return `(${g.expr(args[0]!)}${op}${g.expr(args[1]!)})`
      if (!ranged) return `${g.h('binary')}(${JSON.stringify(op)},${args.map((a) => g.expr(a)).join(',')})`
      if (args.length === 3) {
        // json-logic-js falls back to `a < b` when the third operand is undefined.
        const last = args[2]!
        const known = last.k === 'lit' && last.v !== undefined
        return g.withOperands(args, ([x, y, z]) =>
          known ? `${x}${op}${y}&&${y}${op}${z}` : `${z}===undefined?${x}${op}${y}:${x}${op}${y}&&${y}${op}${z}`,
        )
      }
      return `${g.h(op === '<' ? 'lt' : 'lte')}(${args.map((a) => g.expr(a)).join(',')})`
    },
    closure(b, args) {
      if (args.length === 2) return pair(b, op, args)
      if (ranged && args.length === 3) return between(b, op as '<' | '<=', args)
      return b.call(op, args)
    },
    placesValues: true,
    condition(x, args) {
      const [a, b, c] = args
      if (!a || !b) return undefined
      if (c && ranged)
        return {
          operator: 'between',
          path: firstPath(b),
          subject: subjectOf(b),
          expected: [x.value(a), x.value(c)],
          actual: x.value(b),
        }
      const swap = isValueNode(a) && !isValueNode(b)
      const [s, e] = swap ? [b, a] : [a, b]
      return {
        operator: swap ? FLIP[op]! : op,
        path: firstPath(s),
        subject: subjectOf(s),
        expected: x.value(e),
        actual: x.value(s),
      }
    },
    wording: Object.fromEntries(
      [op, ...(ranged ? ['between'] : [])].map((name) => [
        name,
        { statement: STATEMENT[name]!, ...(REQUIRED[name] ? { required: REQUIRED[name] } : {}), ...sayCondition(name) },
      ]),
    ),
    describe: (s, args) => say(op, s, args),
    analyse: order ? analyseOrder(op) : analyseEquality(op),
    quotes: (args) => quotesOf(op, args),
  }
}

/** The comparison operators. */
export const COMPARE: Readonly<Record<string, OperatorSpec>> = Object.fromEntries(
  ['==', '===', '!=', '!==', '>', '>=', '<', '<='].map((op) => [op, comparison(op)]),
)
