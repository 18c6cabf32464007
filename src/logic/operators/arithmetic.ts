import { BINARY_OPERATORS, sub } from '../runtime.js'
import { primitive, type Evaluator, type OperatorSpec } from './spec.js'

// +, -, *, /, %, min and max, with json-logic-js's coercions (`+` and `*` parse their operands).

const analyse: NonNullable<OperatorSpec['analyse']> = (a, args, at) => {
  for (const t of args)
    if (t.kind === 'list' || t.kind === 'boolean' || t.kind === 'date' || t.kind === 'object')
      a.mismatch(at, { op: String(at.at(-1)), variant: 'arithmetic', ...a.side(t, 'got') })
  return { kind: 'number' }
}

/** A variadic operator that calls one runtime helper with every evaluated operand. */
// "summan av A och B": the words each variadic operator reads with, [sv, en].
const OF: Readonly<Record<'add' | 'mul' | 'min' | 'max', readonly [string, string]>> = {
  add: ['summan av', 'the sum of'],
  mul: ['produkten av', 'the product of'],
  min: ['det minsta av', 'the smallest of'],
  max: ['det största av', 'the largest of'],
}

function variadic(
  name: 'add' | 'mul' | 'min' | 'max',
  description: string,
  arity: readonly [number, number],
): OperatorSpec {
  return {
    description,
    describe(s, args) {
      const terms = args.map((a) => s.term(a))
      if (terms.length === 1)
        return name === 'add' || name === 'mul'
          ? { text: s.t(`${terms[0]!} som tal`, `${terms[0]!} as a number`), clause: false }
          : { text: terms[0]!, clause: false }
      return { text: `${s.t(OF[name][0], OF[name][1])} ${s.join(terms, 'and')}`, clause: false, group: true }
    },
    arity,
    returns: 'number',
    evaluate: (args, _c, rt) => (rt[name] as (...a: unknown[]) => unknown)(...args),
    emit: (g, args) => `${g.h(name)}(${args.map((a) => g.expr(a)).join(',')})`,
    analyse,
  }
}

function binary(op: '/' | '%', description: string): OperatorSpec {
  const f = BINARY_OPERATORS[op]!
  return {
    description,
    describe(s, args) {
      const [a, b] = [s.term(args[0]), s.term(args[1])]
      return {
        text:
          op === '/'
            ? s.t(`${a} delat med ${b}`, `${a} divided by ${b}`)
            : s.t(`resten när ${a} delas med ${b}`, `the remainder of ${a} divided by ${b}`),
        clause: false,
        group: true,
      }
    },
    arity: [2, 2],
    returns: 'number',
    evaluate: (args) => f(args[0], args[1]),
    emit: (g, args) =>
      args.length === 2
        ? `(${g.expr(args[0]!)}${op}${g.expr(args[1]!)})`
        : `${g.h('binary')}(${JSON.stringify(op)},${args.map((a) => g.expr(a)).join(',')})`,
    closure(b, args) {
      if (args.length !== 2) return b.call(op, args)
      const [x, y] = [b.value(args[0]!), b.value(args[1]!)] as [Evaluator, Evaluator]
      return (d, c) => f(x(d, c), y(d, c))
    },
    // Dividing by a written zero gives Infinity or NaN for every answer.
    check: (args) =>
      primitive(args[1]) && Number(args[1].v) === 0 && args[1].v !== null && args[1].v !== ''
        ? [
            {
              message: `"${op}" by 0 gives ${op === '/' ? 'Infinity' : 'NaN'} for every answer, and no comparison can use that`,
              arg: 1,
              params: { check: 'divide_by_zero', op },
            },
          ]
        : [],
    analyse,
  }
}

/** The arithmetic operators. */
export const ARITHMETIC: Readonly<Record<string, OperatorSpec>> = {
  '+': variadic('add', 'adds numbers (and turns a text such as "3" into a number)', [1, Infinity]),
  '*': variadic('mul', 'multiplies numbers', [1, Infinity]),
  min: variadic('min', 'the smallest of the numbers', [1, Infinity]),
  max: variadic('max', 'the largest of the numbers', [1, Infinity]),
  '-': {
    description: 'subtracts; with one operand, negates',
    describe: (s, args) =>
      args.length === 1
        ? { text: s.t(`minus ${s.term(args[0])}`, `minus ${s.term(args[0])}`), clause: false, group: true }
        : { text: `${s.term(args[0])} minus ${s.term(args[1])}`, clause: false, group: true },
    arity: [1, 2],
    returns: 'number',
    evaluate: (args) => sub(args[0], args[1]),
    emit: (g, args) => `${g.h('sub')}(${args.map((a) => g.expr(a)).join(',')})`,
    closure(b, args) {
      if (args.length !== 2) return b.call('-', args)
      const [x, y] = [b.value(args[0]!), b.value(args[1]!)] as [Evaluator, Evaluator]
      return (d, c) => sub(x(d, c), y(d, c))
    },
    analyse,
  },
  '/': binary('/', 'divides'),
  '%': binary('%', 'the remainder of a division'),
}
