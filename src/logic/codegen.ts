import type { Node } from './ast'
import type { OperatorDefinition } from './context'
import type { Runtime } from './runtime'

/** A compiled evaluator: data in, JSON Logic value out. */
export type Evaluator = (data: unknown, context: unknown) => unknown

const INLINE_BINARY: Record<string, string> = {
  '==': '==', '===': '===', '!=': '!=', '!==': '!==', '>': '>', '>=': '>=', '<': '<', '<=': '<=', '/': '/', '%': '%',
}

/**
 * Generates JavaScript source for a rule. Every literal enters either as `JSON.stringify`
 * output of a primitive or as an index into the constants array `k`; no rule or data text
 * is ever concatenated into the source unquoted.
 */
class Generator {
  readonly constants: unknown[] = []
  private temps: number[] = [0]

  constant(v: unknown): string {
    this.constants.push(v)
    return `k[${this.constants.length - 1}]`
  }

  literal(v: unknown): string {
    if (v === undefined) return 'undefined'
    if (v === null || typeof v === 'boolean' || typeof v === 'string') return JSON.stringify(v)
    if (typeof v === 'number') return Object.is(v, -0) ? '-0' : Number.isFinite(v) ? JSON.stringify(v) : this.constant(v)
    return this.constant(v)
  }

  private temp(): string {
    const n = this.temps[this.temps.length - 1]!
    this.temps[this.temps.length - 1] = n + 1
    return `t${n}`
  }

  /** A function body with its own temporaries: `(d) => { let t0; return … }`. */
  scope(body: () => string): string {
    this.temps.push(0)
    const expr = body()
    const n = this.temps.pop()!
    const decl = n > 0 ? `let ${Array.from({ length: n }, (_, i) => `t${i}`).join(',')};` : ''
    return `{${decl}return ${expr};}`
  }

  scoped(node: Node | undefined): string {
    return `(d)=>${this.scope(() => (node ? this.expr(node) : 'undefined'))}`
  }

  expr(node: Node): string {
    switch (node.k) {
      case 'lit':
        return this.literal(node.v)
      case 'arr':
        if (node.items.every((i) => i.k === 'lit' && (i.v === null || typeof i.v !== 'object')))
          return this.constant(Object.freeze(node.items.map((i) => (i as { v: unknown }).v)))
        return `[${node.items.map((i) => this.expr(i)).join(',')}]`
      case 'var': {
        const fb = node.fb ? this.expr(node.fb) : 'null'
        const fbv = node.fb ? `h.nn(${fb})` : 'null'
        if (node.path === null) return node.fb ? `(${fb},d)` : 'd'
        if (node.path.length === 1) return `h.lookup1(d,${JSON.stringify(node.path[0])},${fbv})`
        return `h.lookup(d,${this.constant(Object.freeze(node.path))},${fbv})`
      }
      case 'dvar': {
        const fbv = node.fb ? `h.nn(${this.expr(node.fb)})` : 'null'
        return `h.lookupDynamic(d,${this.expr(node.pathNode)},${fbv})`
      }
      case 'op':
        return this.op(node.op, node.args)
    }
  }

  private op(op: string, args: Node[]): string {
    const a = (i: number): string => (args[i] ? this.expr(args[i]) : 'undefined')
    const all = (): string => args.map((x) => this.expr(x)).join(',')
    switch (op) {
      case 'if':
      case '?:': {
        let out = ''
        let i = 0
        for (; i < args.length - 1; i += 2) out += `h.truthy(${a(i)})?${a(i + 1)}:`
        return `(${out}${args.length === i + 1 ? a(i) : 'null'})`
      }
      case 'and':
      case 'or': {
        if (args.length === 0) return 'undefined'
        const t = this.temp()
        const test = op === 'and' ? '!' : ''
        let out = ''
        for (let i = 0; i < args.length - 1; i++) out += `${test}h.truthy(${t}=${a(i)})?${t}:`
        return `(${out}${a(args.length - 1)})`
      }
      case 'map':
      case 'filter':
      case 'all':
      case 'none':
      case 'some':
        return `h.${op}(${a(0)},${this.scoped(args[1])})`
      case 'reduce':
        return `h.reduce(${a(0)},${this.scoped(args[1])},${args[2] ? a(2) : 'null'})`
      case '!':
        return args.length === 1 ? `!h.truthy(${a(0)})` : `h.not(${all()})`
      case '!!':
        return args.length === 1 ? `h.truthy(${a(0)})` : `h.bool(${all()})`
      case 'missing':
        return `h.missing(d,[${all()}])`
      case 'missing_some':
        return `h.missingSome(d,${a(0)},${a(1)})`
      case '<':
      case '<=':
        if (args.length !== 2) return `h.${op === '<' ? 'lt' : 'lte'}(${all()})`
        return `(${a(0)}${op}${a(1)})`
      case '-':
        return `h.sub(${all()})`
      case 'in':
        return `h.inOp(${all()})`
      case 'cat':
        return `h.cat(${all()})`
      case 'substr':
        return `h.substr(${all()})`
      case '+':
        return `h.add(${all()})`
      case '*':
        return `h.mul(${all()})`
      case 'min':
      case 'max':
      case 'merge':
        return `h.${op}(${all()})`
      default: {
        const bin = INLINE_BINARY[op]
        if (bin) return args.length === 2 ? `(${a(0)}${bin}${a(1)})` : `h.binary(${JSON.stringify(op)},${all()})`
        return `o[${JSON.stringify(op)}].evaluate([${all()}],c)`
      }
    }
  }
}

/** Extra helpers used by generated code for arities json-logic-js tolerates but rules rarely use. */
export interface GeneratedHelpers extends Runtime {
  nn: (v: unknown) => unknown
  not: (...args: unknown[]) => boolean
  bool: (...args: unknown[]) => boolean
  binary: (op: string, ...args: unknown[]) => unknown
}

export function extendRuntime(rt: Runtime): GeneratedHelpers {
  return {
    ...rt,
    // json-logic-js turns an `undefined` default into `null`.
    nn: (v) => (v === undefined ? null : v),
    not: (...args) => !rt.truthy(args[0]),
    bool: (...args) => rt.truthy(args[0]),
    binary: (op, ...args) => binary(op, args[0], args[1]),
  }
}

/** The two-operand operators with json-logic-js's semantics (extra operands are evaluated, then ignored). */
export function binary(op: string, a: unknown, b: unknown): unknown {
  const x = a as number
  const y = b as number
  switch (op) {
    case '==': return x == y
    case '===': return x === y
    case '!=': return x != y
    case '!==': return x !== y
    case '>': return x > y
    case '>=': return x >= y
    case '<': return x < y
    case '<=': return x <= y
    case '/': return x / y
    case '%': return x % y
    default: throw new Error(`not a binary operator: ${op}`)
  }
}

/** Compiles a parsed rule to a JavaScript function with `new Function`. */
export function generate(node: Node, helpers: GeneratedHelpers, operators: Readonly<Record<string, OperatorDefinition>>): Evaluator {
  const g = new Generator()
  const body = g.scope(() => g.expr(node))
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const factory = new Function('h', 'k', 'o', `"use strict";return function(d,c)${body}`) as (
    h: GeneratedHelpers,
    k: unknown[],
    o: Readonly<Record<string, OperatorDefinition>>,
  ) => Evaluator
  return factory(helpers, g.constants, operators)
}

/** Compiles several rules into one function returning each rule's truthiness. */
export function generateAll(nodes: Node[], helpers: GeneratedHelpers, operators: Readonly<Record<string, OperatorDefinition>>): (data: unknown, context: unknown) => boolean[] {
  const g = new Generator()
  const body = g.scope(() => `[${nodes.map((n) => `h.truthy(${g.expr(n)})`).join(',')}]`)
  const factory = new Function('h', 'k', 'o', `"use strict";return function(d,c)${body}`) as (
    h: GeneratedHelpers,
    k: unknown[],
    o: Readonly<Record<string, OperatorDefinition>>,
  ) => (data: unknown, context: unknown) => boolean[]
  return factory(helpers, g.constants, operators)
}
