import type { Node } from './ast'
import { binary, type Evaluator } from './codegen'
import type { EvaluationContext, OperatorDefinition } from './context'
import type { Runtime } from './runtime'

/**
 * Builds an evaluator from closures, for hosts whose content security policy forbids
 * `new Function` (the `jitless` mode). Same semantics as the generated code.
 */
export function buildClosure(node: Node, rt: Runtime, operators: Readonly<Record<string, OperatorDefinition>>): Evaluator {
  const build = (n: Node): Evaluator => buildClosure(n, rt, operators)
  switch (node.k) {
    case 'lit': {
      const v = node.v
      return () => v
    }
    case 'arr': {
      const items = node.items.map(build)
      return (d, c) => items.map((f) => f(d, c))
    }
    case 'var': {
      const fb = node.fb ? build(node.fb) : null
      const path = node.path
      if (path === null) return fb ? (d, c) => (fb(d, c), d) : (d) => d
      if (path.length === 1) {
        const key = path[0]!
        return fb ? (d, c) => rt.lookup1(d, key, nn(fb(d, c))) : (d) => rt.lookup1(d, key, null)
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

function buildOp(op: string, args: Evaluator[], rt: Runtime, operators: Readonly<Record<string, OperatorDefinition>>): Evaluator {
  const evalAll = (d: unknown, c: unknown): unknown[] => args.map((f) => f(d, c))
  const scoped = (f: Evaluator | undefined, c: unknown) => (x: unknown) => (f ? f(x, c) : undefined)
  switch (op) {
    case 'if':
    case '?:':
      return (d, c) => {
        let i = 0
        for (; i < args.length - 1; i += 2) if (rt.truthy(args[i]!(d, c))) return args[i + 1]!(d, c)
        return args.length === i + 1 ? args[i]!(d, c) : null
      }
    case 'and':
      return (d, c) => {
        let cur: unknown
        for (const f of args) {
          cur = f(d, c)
          if (!rt.truthy(cur)) return cur
        }
        return cur
      }
    case 'or':
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
      const [src, body] = args
      return (d, c) => fn(src ? src(d, c) : undefined, scoped(body, c))
    }
    case 'reduce': {
      const [src, body, init] = args
      return (d, c) => rt.reduce(src ? src(d, c) : undefined, scoped(body, c), init ? init(d, c) : null)
    }
    case '!':
      return (d, c) => !rt.truthy(evalAll(d, c)[0])
    case '!!':
      return (d, c) => rt.truthy(evalAll(d, c)[0])
    case 'missing':
      return (d, c) => rt.missing(d, evalAll(d, c))
    case 'missing_some':
      return (d, c) => {
        const [need, options] = evalAll(d, c)
        return rt.missingSome(d, need, options)
      }
    case '<':
      return (d, c) => rt.lt(...(evalAll(d, c) as [unknown, unknown, unknown]))
    case '<=':
      return (d, c) => rt.lte(...(evalAll(d, c) as [unknown, unknown, unknown]))
    case '-':
      return (d, c) => rt.sub(...(evalAll(d, c) as [unknown, unknown]))
    case 'in':
      return (d, c) => rt.inOp(...(evalAll(d, c) as [unknown, unknown]))
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
      if (args.length === 2) {
        const [a, b] = args as [Evaluator, Evaluator]
        return (d, c) => binary(op, a(d, c), b(d, c))
      }
      return (d, c) => {
        const v = evalAll(d, c)
        return binary(op, v[0], v[1])
      }
    }
    default: {
      const def = operators[op]!
      return (d, c) => def.evaluate(evalAll(d, c), c as EvaluationContext)
    }
  }
}
