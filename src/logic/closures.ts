import type { Node } from './ast'
import type { Evaluator } from './codegen'
import type { EvaluationContext, OperatorDefinition } from './context'
import { BINARY_OPERATORS, type Runtime } from './runtime'

/**
 * Builds an evaluator from closures, for hosts whose content security policy forbids
 * `new Function` (the `jitless` mode). Same semantics as the generated code.
 * @category Rules engine
 */
export function buildClosure(node: Node, rt: Runtime, operators: Readonly<Record<string, OperatorDefinition>>): Evaluator {
  const build = (n: Node): Evaluator => buildClosure(n, rt, operators)
  switch (node.k) {
    case 'lit': {
      const v = node.v
      return () => v
    }
    case 'arr': {
      if (node.items.every((i) => i.k === 'lit' && (i.v === null || typeof i.v !== 'object'))) {
        const constant = Object.freeze(node.items.map((i) => (i as { v: unknown }).v))
        return () => constant
      }
      const items = node.items.map(build)
      return (d, c) => items.map((f) => f(d, c))
    }
    case 'var': {
      const fb = node.fb ? build(node.fb) : null
      const path = node.path
      if (path === null) return fb ? (d, c) => (fb(d, c), d) : (d) => d
      if (path.length === 1) {
        const key = path[0]!
        if (fb) return (d, c) => rt.lookup1(d, key, nn(fb(d, c)))
        return (d) => {
          if (d === null || d === undefined) return null
          const v = hasOwn.call(d, key) ? (d as Record<string, unknown>)[key] : undefined
          return v === undefined ? null : v
        }
      }
      return fb ? (d, c) => rt.lookup(d, path, nn(fb(d, c))) : (d) => rt.lookup(d, path, null)
    }
    case 'dvar': {
      const p = build(node.pathNode)
      const fb = node.fb ? build(node.fb) : null
      return (d, c) => rt.lookupDynamic(d, p(d, c), fb ? nn(fb(d, c)) : null)
    }
    case 'op':
      return buildOp(node.op, node.args.map(build), rt, operators)
  }
}

const nn = (v: unknown): unknown => (v === undefined ? null : v)
const hasOwn = Object.prototype.hasOwnProperty


function buildOp(op: string, args: Evaluator[], rt: Runtime, operators: Readonly<Record<string, OperatorDefinition>>): Evaluator {
  const evalAll = (d: unknown, c: unknown): unknown[] => args.map((f) => f(d, c))
  const undef: Evaluator = () => undefined
  switch (op) {
    case 'if':
    case '?:':
      return (d, c) => {
        let i = 0
        for (; i < args.length - 1; i += 2) if (rt.truthy(args[i]!(d, c))) return args[i + 1]!(d, c)
        return args.length === i + 1 ? args[i]!(d, c) : null
      }
    case 'and':
      if (args.length === 2) {
        const [a, b] = args as [Evaluator, Evaluator]
        return (d, c) => {
          const x = a(d, c)
          return rt.truthy(x) ? b(d, c) : x
        }
      }
      return (d, c) => {
        let cur: unknown
        for (const f of args) {
          cur = f(d, c)
          if (!rt.truthy(cur)) return cur
        }
        return cur
      }
    case 'or':
      if (args.length === 2) {
        const [a, b] = args as [Evaluator, Evaluator]
        return (d, c) => {
          const x = a(d, c)
          return rt.truthy(x) ? x : b(d, c)
        }
      }
      return (d, c) => {
        let cur: unknown
        for (const f of args) {
          cur = f(d, c)
          if (rt.truthy(cur)) return cur
        }
        return cur
      }
    case 'map':
    case 'filter':
    case 'all':
    case 'none':
    case 'some': {
      const fn = rt[op]
      const [src, body = undef] = args
      return (d, c) => fn(src ? src(d, c) : undefined, body, c)
    }
    case 'reduce': {
      const [src, body = undef, init] = args
      return (d, c) => rt.reduce(src ? src(d, c) : undefined, body, init ? init(d, c) : null, c)
    }
    case '!':
    case '!!': {
      const t = rt.truthy
      if (args.length === 1) {
        const a = args[0]!
        return op === '!' ? (d, c) => !t(a(d, c)) : (d, c) => t(a(d, c))
      }
      return op === '!' ? (d, c) => !t(evalAll(d, c)[0]) : (d, c) => t(evalAll(d, c)[0])
    }
    case 'missing':
      return (d, c) => rt.missing(d, evalAll(d, c))
    case 'missing_some':
      return (d, c) => {
        const [need, options] = evalAll(d, c)
        return rt.missingSome(d, need, options)
      }
    case '<':
    case '<=': {
      if (args.length === 2) {
        const [a, b] = args as [Evaluator, Evaluator]
        return op === '<' ? (d, c) => (a(d, c) as number) < (b(d, c) as number) : (d, c) => (a(d, c) as number) <= (b(d, c) as number)
      }
      const f = op === '<' ? rt.lt : rt.lte
      if (args.length === 3) {
        const [a, b, x] = args as [Evaluator, Evaluator, Evaluator]
        return (d, c) => f(a(d, c), b(d, c), x(d, c))
      }
      return (d, c) => f(...(evalAll(d, c) as [unknown, unknown, unknown]))
    }
    case '-': {
      if (args.length === 2) {
        const [a, b] = args as [Evaluator, Evaluator]
        return (d, c) => rt.sub(a(d, c), b(d, c))
      }
      return (d, c) => rt.sub(...(evalAll(d, c) as [unknown, unknown]))
    }
    case 'in': {
      if (args.length === 2) {
        const [a, b] = args as [Evaluator, Evaluator]
        return (d, c) => rt.inOp(a(d, c), b(d, c))
      }
      return (d, c) => rt.inOp(...(evalAll(d, c) as [unknown, unknown]))
    }
    case 'substr':
      return (d, c) => rt.substr(...(evalAll(d, c) as [unknown, unknown, unknown]))
    case 'cat':
    case '+':
    case '*':
    case 'min':
    case 'max':
    case 'merge': {
      const fn = op === '+' ? rt.add : op === '*' ? rt.mul : rt[op]
      return (d, c) => (fn as (...a: unknown[]) => unknown)(...evalAll(d, c))
    }
    case '==':
    case '===':
    case '!=':
    case '!==':
    case '>':
    case '>=':
    case '/':
    case '%': {
      const f = BINARY_OPERATORS[op]!
      if (args.length === 2) {
        const [a, b] = args as [Evaluator, Evaluator]
        return (d, c) => f(a(d, c), b(d, c))
      }
      return (d, c) => {
        const v = evalAll(d, c)
        return f(v[0], v[1])
      }
    }
    default: {
      const def = operators[op]!
      return (d, c) => def.evaluate(evalAll(d, c), c as EvaluationContext)
    }
  }
}
