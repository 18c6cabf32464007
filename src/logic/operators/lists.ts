import type { Node } from '../ast.js'
import { inOp, type Scoped } from '../runtime.js'
import { PartialList, Unknown, unknownIn } from '../unknown.js'
import {
  firstPath,
  fmt,
  isData,
  isValueNode,
  literalList,
  plain,
  primitive,
  subjectOf,
  type Evaluator,
  type OperatorSpec,
  type Test,
  type Tri,
} from './spec.js'

// in, merge, and the operators that go through a list item by item: map, filter, reduce,
// all, some and none (their second argument sees the item as data).

type Frame = unknown[]
const undef: Evaluator = () => undefined

/** Kleene's some/all/none over items that may be unknown. */
function quantify(op: 'some' | 'all' | 'none', t: Tri, args: readonly Node[]): boolean | Unknown {
  const src = args[0] ? t.value(args[0]) : undefined
  if (src instanceof Unknown) return src
  const items = src instanceof PartialList ? src.items : Array.isArray(src) ? src : null
  if (items === null || items.length === 0) return op === 'none'
  t.rt.spend(items.length)
  const unknown: Unknown[] = []
  for (const item of items) {
    const v = item instanceof Unknown ? item : t.itemTruth(args[1], item)
    if (v instanceof Unknown) unknown.push(v)
    else if (v === (op !== 'all')) return op === 'some'
  }
  return unknown.length ? Unknown.merge(unknown) : op !== 'some'
}

function quantifier(op: 'some' | 'all' | 'none'): OperatorSpec {
  return {
    description:
      op === 'some'
        ? 'true when some item of the list meets the condition'
        : op === 'all'
          ? 'true when every item meets the condition (false for an empty list)'
          : 'true when no item meets the condition',
    arity: [2, 2],
    returns: 'boolean',
    boolean: true,
    scoped: true,
    emit: (g, args) => `${g.quantifier(op, args[1])}(${args[0] ? g.expr(args[0]) : 'undefined'},c)`,
    closure(b, args) {
      const [x, y] = args
      // "Any of these skills" in standard JSON Logic: a quantifier over a field whose body is
      // `{"in": [{"var": ""}, [...]]}` becomes one loop with no call per item.
      const slot = b.slotOf(x)
      const list =
        y?.k === 'op' && y.op === 'in' && y.args.length === 2 && isData(y.args[0]) ? literalList(y.args[1]) : undefined
      if (slot !== undefined && list !== undefined && args.length === 2) {
        const spend = b.rt.spend
        if (op === 'some')
          return (f) => {
            const a = (f as Frame)[slot]
            if (!Array.isArray(a)) return false
            spend(a.length)
            for (let i = 0; i < a.length; i++) if (list.indexOf(a[i]) !== -1) return true
            return false
          }
        if (op === 'none')
          return (f) => {
            const a = (f as Frame)[slot]
            if (!Array.isArray(a)) return true
            spend(a.length)
            for (let i = 0; i < a.length; i++) if (list.indexOf(a[i]) !== -1) return false
            return true
          }
        return (f) => {
          const a = (f as Frame)[slot]
          if (!Array.isArray(a) || !a.length) return false
          spend(a.length)
          for (let i = 0; i < a.length; i++) if (list.indexOf(a[i]) === -1) return false
          return true
        }
      }
      // The body's truthiness is all a quantifier needs: it is built as a test.
      const src = x ? b.value(x) : undef
      const body: Test = y ? b.itemTest(y) : () => false
      const spend = b.rt.spend
      if (op === 'some')
        return (d, c) => {
          const a = src(d, c)
          if (!Array.isArray(a)) return false
          spend(a.length)
          for (let i = 0; i < a.length; i++) if (body(a[i], c)) return true
          return false
        }
      if (op === 'all')
        return (d, c) => {
          const a = src(d, c)
          if (!Array.isArray(a) || !a.length) return false
          spend(a.length)
          for (let i = 0; i < a.length; i++) if (!body(a[i], c)) return false
          return true
        }
      return (d, c) => {
        const a = src(d, c)
        if (!Array.isArray(a)) return true
        spend(a.length)
        for (let i = 0; i < a.length; i++) if (body(a[i], c)) return false
        return true
      }
    },
    describe(s, args) {
      const list = s.term(args[0])
      const body = s.itemCond(args[1])
      const text =
        op === 'some'
          ? s.t(`minst ett värde i ${list} uppfyller: ${body}`, `at least one item of ${list} meets: ${body}`)
          : op === 'all'
            ? s.t(
                `varje värde i ${list} uppfyller: ${body} (och listan är inte tom)`,
                `every item of ${list} meets: ${body} (and the list is not empty)`,
              )
            : s.t(`inget värde i ${list} uppfyller: ${body}`, `no item of ${list} meets: ${body}`)
      return { text, clause: true }
    },
    tri: (t, args) => quantify(op, t, args),
    triTruth: (t, args) => quantify(op, t, args),
    placesValues: true,
    condition: (x, args) =>
      args[0]
        ? {
            operator: op,
            path: firstPath(args[0]),
            subject: subjectOf(args[0]),
            expected: args[1] ? subjectOf(args[1]) : null,
            actual: x.value(args[0]),
          }
        : undefined,
    wording: {
      [op]: {
        statement: (c) =>
          `${op === 'some' ? 'some item' : op === 'all' ? 'every item' : 'no item'} of ${c.subject} satisfies ${String(c.expected)}`,
        // The condition itself is read aloud by describeRule; here only which items.
        say: (_c, s) =>
          op === 'some'
            ? s.t(
                `minst ett värde i ${s.subject} uppfyller villkoret`,
                `at least one item of ${s.subject} meets the condition`,
              )
            : op === 'all'
              ? s.t(`varje värde i ${s.subject} uppfyller villkoret`, `every item of ${s.subject} meets the condition`)
              : s.t(`inget värde i ${s.subject} uppfyller villkoret`, `no item of ${s.subject} meets the condition`),
      },
    },
    analyse(a, args, at) {
      const s = args[0]
      if (s && s.kind !== 'list' && s.kind !== 'any' && s.kind !== 'null')
        a.mismatch(at, { op, variant: 'not_list', ...a.side(s, 'got') })
      return { kind: 'boolean' }
    },
  }
}

function mapOrFilter(op: 'map' | 'filter'): OperatorSpec {
  return {
    description: op === 'map' ? 'a new list with each item transformed' : 'the items of a list that meet the condition',
    arity: [2, 2],
    returns: 'list',
    scoped: true,
    describe(s, args) {
      const list = s.term(args[0])
      return op === 'map'
        ? {
            text: s.t(
              `${list} med varje värde omvandlat till ${s.itemTerm(args[1])}`,
              `${list} with each item turned into ${s.itemTerm(args[1])}`,
            ),
            clause: false,
            group: true,
          }
        : {
            text: s.t(
              `de värden i ${list} som uppfyller: ${s.itemCond(args[1])}`,
              `the items of ${list} that meet: ${s.itemCond(args[1])}`,
            ),
            clause: false,
            group: true,
          }
    },
    emit: (g, args) => `${g.h(op)}(${args[0] ? g.expr(args[0]) : 'undefined'},${g.scoped(args[1])},c)`,
    closure(b, args) {
      const fn = b.rt[op]
      const src = args[0] ? b.value(args[0]) : undef
      const body = args[1] ? b.itemValue(args[1]) : undef
      return (d, c) => fn(src(d, c), body, c)
    },
    tri(t, args) {
      const src = args[0] ? t.value(args[0]) : undefined
      const u = unknownIn([src])
      if (u) return u
      if (op === 'map') {
        const out = t.rt.map(src, (item) => t.itemValue(args[1], item), t.context)
        return unknownIn(out) ? new PartialList(out) : out
      }
      let unknown: Unknown | null = null
      const out = t.rt.filter(
        src,
        (item) => {
          const v = t.itemTruth(args[1], item)
          if (v instanceof Unknown) unknown = v
          return v === true
        },
        t.context,
      )
      return unknown ?? out
    },
    analyse(a, args, at) {
      const s = args[0]
      if (s && s.kind !== 'list' && s.kind !== 'any' && s.kind !== 'null')
        a.mismatch(at, { op, variant: 'not_list', ...a.side(s, 'got') })
      return { kind: 'list' }
    },
  }
}

/** The list operators. */
export const LISTS: Readonly<Record<string, OperatorSpec>> = {
  in: {
    description: 'a value in a list (exact), or a text inside a text',
    describe(s, args) {
      const [a, b] = args
      if (b?.k === 'arr') {
        const values = s.list(b, 'or', a)
        return {
          text:
            b.items.length === 1
              ? `${s.term(a)} ${s.t('är', 'is')} ${values}`
              : `${s.term(a)} ${s.t('är något av', 'is one of')} ${values}`,
          clause: true,
        }
      }
      const type = s.fieldType(b)
      if ((b?.k === 'lit' && typeof b.v === 'string') || type === 'string')
        return {
          text: s.t(`${s.term(b)} innehåller texten ${s.term(a)}`, `${s.term(b)} contains the text ${s.term(a)}`),
          clause: true,
        }
      if (type === 'list')
        return {
          text: s.t(`${s.term(b)} innehåller ${s.term(a, b)}`, `${s.term(b)} includes ${s.term(a, b)}`),
          clause: true,
        }
      return { text: s.t(`${s.term(a, b)} finns i ${s.term(b)}`, `${s.term(a, b)} is in ${s.term(b)}`), clause: true }
    },
    arity: [2, 2],
    returns: 'boolean',
    boolean: true,
    evaluate: (args) => inOp(args[0], args[1]),
    emit(g, args) {
      // A literal list or text is known to have indexOf: the check inlines to one call.
      const b = args[1]
      const list = literalList(b)
      // A private copy, not frozen: it never escapes, and V8 inlines indexOf only over ordinary
      // arrays (frozen ones made such rules about 20% slower).
      if (args.length === 2 && list) return `(${g.constant(list)}.indexOf(${g.expr(args[0]!)})!==-1)`
      if (args.length === 2 && primitive(b) && typeof b.v === 'string' && b.v !== '')
        return `(${g.expr(b)}.indexOf(${g.expr(args[0]!)})!==-1)`
      // An array's own indexOf is what json-logic-js calls too; other values take the helper.
      if (args.length === 2)
        return g.withOperands(args, ([x, y]) => `Array.isArray(${y})?${y}.indexOf(${x})!==-1:${g.h('inOp')}(${x},${y})`)
      return `${g.h('inOp')}(${args.map((a) => g.expr(a)).join(',')})`
    },
    closure(b, args) {
      if (args.length !== 2) return b.call('in', args)
      const [x, y] = args as [Node, Node]
      const sx = b.slotOf(x)
      const sy = b.slotOf(y)
      const list = literalList(y) ?? (primitive(y) && typeof y.v === 'string' && y.v !== '' ? y.v : undefined)
      if (list !== undefined) {
        if (sx !== undefined) return (f) => list.indexOf((f as Frame)[sx] as never) !== -1
        // The body of `some` over a list of answers: `{"in": [{"var": ""}, [...]]}`.
        if (isData(x) && !b.framed) return (d) => list.indexOf(d as never) !== -1
      }
      if (sy !== undefined && primitive(x)) {
        const v = x.v
        return (f) => {
          const have = (f as Frame)[sy]
          return Array.isArray(have) ? have.indexOf(v) !== -1 : inOp(v, have)
        }
      }
      const [a, c] = [b.value(x), b.value(y)]
      return (d, ctx) => inOp(a(d, ctx), c(d, ctx))
    },
    placesValues: true,
    condition(x, args) {
      const [a, b] = args
      if (!a || !b) return undefined
      const includes = isValueNode(a) && !isValueNode(b)
      const [s, e] = includes ? [b, a] : [a, b]
      return {
        operator: includes ? 'includes' : 'in',
        path: firstPath(s),
        subject: subjectOf(s),
        expected: x.value(e),
        actual: x.value(s),
      }
    },
    wording: {
      in: {
        statement: (c) => `${c.subject} is one of ${fmt(c.expected)}`,
        required: (c) => `one of ${fmt(c.expected)} required`,
        say: (c, s) =>
          typeof c.expected === 'string'
            ? s.t(
                `${s.subject} finns i texten ${s.value(c.expected)}`,
                `${s.subject} is in the text ${s.value(c.expected)}`,
              )
            : s.t(
                `${s.subject} är något av ${s.list(c.expected, 'or')}`,
                `${s.subject} is one of ${s.list(c.expected, 'or')}`,
              ),
        sayRequired: (c, s) =>
          typeof c.expected === 'string'
            ? s.t(`en del av texten ${s.value(c.expected)} krävs`, `part of the text ${s.value(c.expected)} required`)
            : s.t(`något av ${s.list(c.expected, 'or')} krävs`, `one of ${s.list(c.expected, 'or')} required`),
      },
      includes: {
        statement: (c) => `${c.subject} includes ${plain(c.expected)}`,
        required: (c) => `must include ${plain(c.expected)}`,
        say: (c, s) =>
          s.t(`${s.subject} innehåller ${s.value(c.expected)}`, `${s.subject} includes ${s.value(c.expected)}`),
        sayRequired: (c, s) => s.t(`${s.value(c.expected)} krävs`, `must include ${s.value(c.expected)}`),
      },
    },
    analyse(a, args, at) {
      const [x, y] = args
      if (y && y.kind !== 'list' && y.kind !== 'string' && y.kind !== 'any' && y.kind !== 'null')
        a.mismatch(at, { op: 'in', variant: 'in_container', ...a.side(y, 'got') })
      if (x && y && x.kind === 'list') a.mismatch(at, { op: 'in', variant: 'in_value', ...a.side(x, 'got') })
      if (x && y) a.checkEnum(y.field ? y : x, y.field ? x : y, at)
      return { kind: 'boolean' }
    },
    quotes(args) {
      const [x, y] = args
      const list = literalList(y)
      if (list && !isValueNode(x)) return { values: { value: list, join: 'or' } }
      if (primitive(x) && !isValueNode(y)) return { value: { value: x.v } }
      return {}
    },
  },
  merge: {
    description: 'joins lists into one list',
    describe: (s, args) => ({
      text: s.t(
        `${s.join(
          args.map((a) => s.term(a)),
          'and',
        )} i en lista`,
        `${s.join(
          args.map((a) => s.term(a)),
          'and',
        )} in one list`,
      ),
      clause: false,
      group: true,
    }),
    arity: [1, Infinity],
    returns: 'list',
    evaluate: (args, _c, rt) => rt.merge(...args),
    emit: (g, args) => `${g.h('merge')}(${args.map((a) => g.expr(a)).join(',')})`,
  },
  map: mapOrFilter('map'),
  filter: mapOrFilter('filter'),
  reduce: {
    description: 'combines the items of a list into one value',
    describe(s, args) {
      const [list, body, init] = [s.term(args[0]), s.itemTerm(args[1]), s.term(args[2])]
      return {
        text: s.t(
          `${list} sammanräknat med ${body}, från ${init}`,
          `${list} combined by ${body}, starting from ${init}`,
        ),
        clause: false,
        group: true,
      }
    },
    arity: [3, 3],
    returns: 'any',
    scoped: true,
    emit: (g, args) =>
      `${g.h('reduce')}(${args[0] ? g.expr(args[0]) : 'undefined'},${g.scoped(args[1])},${args[2] ? g.expr(args[2]) : 'null'},c)`,
    closure(b, args) {
      const src = args[0] ? b.value(args[0]) : undef
      const body = args[1] ? b.itemValue(args[1]) : undef
      const init = args[2] ? b.value(args[2]) : () => null
      return (d, c) => b.rt.reduce(src(d, c), body, init(d, c), c)
    },
    tri(t, args) {
      const src = args[0] ? t.value(args[0]) : undefined
      const init = args[2] ? t.value(args[2]) : null
      const u = unknownIn([src, init])
      if (u) return u
      let unknown: Unknown | null = null
      const step: Scoped = (item) => {
        if (unknown) return unknown
        const v = t.itemValue(args[1], item)
        unknown = unknownIn([v])
        return v
      }
      const out = t.rt.reduce(src, step, init, t.context)
      return unknown ?? out
    },
    analyse(a, args, at) {
      const s = args[0]
      if (s && s.kind !== 'list' && s.kind !== 'any' && s.kind !== 'null')
        a.mismatch(at, { op: 'reduce', variant: 'not_list', ...a.side(s, 'got') })
      return { kind: 'any' }
    },
  },
  some: quantifier('some'),
  all: quantifier('all'),
  none: quantifier('none'),
}
