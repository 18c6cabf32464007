import type { OperatorSpec } from './spec.js'

// cat and substr, as json-logic-js has them; `cat` is capped by the engine's string limit.

/** The text operators. */
export const TEXT: Readonly<Record<string, OperatorSpec>> = {
  cat: {
    description: 'joins values into one text',
    describe: (s, args) => ({
      text: s.t(
        `texten av ${s.join(
          args.map((a) => s.term(a)),
          'and',
        )} i följd`,
        `the text of ${s.join(
          args.map((a) => s.term(a)),
          'and',
        )} in a row`,
      ),
      clause: false,
      group: true,
    }),
    arity: [1, Infinity],
    returns: 'string',
    evaluate: (args, _c, rt) => rt.cat(...args),
    emit: (g, args) => `${g.h('cat')}(${args.map((a) => g.expr(a)).join(',')})`,
  },
  substr: {
    description: 'part of a text: from a position, of a length (negative counts from the end)',
    describe(s, args) {
      const [text, from, length] = args.map((a) => s.term(a))
      const part = s.t(
        `delen av ${text ?? ''} från position ${from ?? ''}`,
        `the part of ${text ?? ''} from position ${from ?? ''}`,
      )
      return {
        text: length === undefined ? part : s.t(`${part}, ${length} tecken lång`, `${part}, ${length} characters long`),
        clause: false,
        group: true,
      }
    },
    arity: [2, 3],
    args: ['string', 'number', 'number'],
    returns: 'string',
    evaluate: (args, _c, rt) => rt.substr(args[0], args[1], args[2]),
    emit: (g, args) => `${g.h('substr')}(${args.map((a) => g.expr(a)).join(',')})`,
  },
}
