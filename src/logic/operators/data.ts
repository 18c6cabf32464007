import type { OperatorSpec } from './spec.js'

// missing and missing_some read the data itself (which keys are absent), so they are never
// folded, and with unanswered fields they read absence as data, as JSON Logic defines: an
// answer that exists but cannot be used (invalid, or one for a person) is not missing.

/** The argument nodes that name data keys: `["a", "b"]` or `"a", "b"`. */
const keyNodes = (args: readonly import('../ast.js').Node[]) =>
  args.length === 1 && args[0]!.k === 'arr' ? args[0]!.items : args

/** The data operators. */
export const DATA: Readonly<Record<string, OperatorSpec>> = {
  missing: {
    description: 'the listed fields that have no answer',
    describe(s, args) {
      const keys = s.join(
        keyNodes(args).map((k) => s.key(k)),
        'and',
      )
      return {
        text: s.t(`de av ${keys} som saknar svar`, `those of ${keys} without an answer`),
        clause: false,
        truth: s.t(`svar saknas på minst en av ${keys}`, `an answer is missing to at least one of ${keys}`),
      }
    },
    arity: [1, Infinity],
    returns: 'list',
    impure: true,
    keys: keyNodes,
    emit: (g, args) => `${g.h('missing')}(d,[${args.map((a) => g.expr(a)).join(',')}])`,
    closure(b, args) {
      const all = args.map((n) => b.value(n))
      return (d, c) =>
        b.rt.missing(
          b.data(d),
          all.map((f) => f(d, c)),
        )
    },
    tri(t, args) {
      const keys = args.map((a) => t.value(a))
      return t.strict(keys, () => t.rt.missing(t.presence(), keys))
    },
  },
  missing_some: {
    description: 'the listed fields that have no answer, unless at least the given number are answered',
    describe(s, args) {
      const keys = s.join(args[1] ? keyNodes([args[1]]).map((k) => s.key(k)) : [], 'and')
      const n = s.term(args[0])
      return {
        text: s.t(
          `de av ${keys} som saknar svar, om färre än ${n} är besvarade`,
          `those of ${keys} without an answer, if fewer than ${n} are answered`,
        ),
        clause: false,
        truth: s.t(`färre än ${n} av ${keys} är besvarade`, `fewer than ${n} of ${keys} are answered`),
      }
    },
    arity: [2, 2],
    args: ['number', 'list'],
    returns: 'list',
    impure: true,
    keys: (args) => (args[1] ? keyNodes([args[1]]) : []),
    emit: (g, args) =>
      `${g.h('missingSome')}(d,${args[0] ? g.expr(args[0]) : 'undefined'},${args[1] ? g.expr(args[1]) : 'undefined'})`,
    closure(b, args) {
      const [need, options] = [
        args[0] ? b.value(args[0]) : () => undefined,
        args[1] ? b.value(args[1]) : () => undefined,
      ]
      return (d, c) => b.rt.missingSome(b.data(d), need(d, c), options(d, c))
    },
    tri(t, args) {
      const [need, options] = [args[0] ? t.value(args[0]) : undefined, args[1] ? t.value(args[1]) : undefined]
      return t.strict([need, options], () => t.rt.missingSome(t.presence(), need, options))
    },
  },
}
