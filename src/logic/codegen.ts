import { EvaluationError } from '../errors.js'
import type { Node } from './ast.js'
import { BARE_PROTOTYPE } from './bare-record.js'
import type { Emit, OperatorSpec } from './operators/spec.js'
import { evaluatorFor } from './prepare.js'
import { BINARY_OPERATORS, truthy, type Runtime } from './runtime.js'

import type { Evaluator } from './operators/spec.js'

export type { Evaluator }

interface Scope {
  temps: number
  /** Pure lookups shared within the scope: path key -> local name and its initialiser. */
  lookups: Map<string, { name: string; init: string }>
}

/**
 * Generates JavaScript source for a rule. Every literal enters either as `JSON.stringify`
 * output of a primitive or as a constant bound from the array `k`; no rule or data text
 * is ever concatenated into the source unquoted. Helpers and constants are bound to locals
 * once per compiled rule, and each lookup is done once per scope, so the hot path is plain
 * local calls that V8 inlines.
 */
class Generator implements Emit {
  readonly constants: unknown[] = []
  private readonly helpers = new Set<string>()
  private readonly scopes: Scope[] = []
  private lookupCount = 0
  /** Scoped bodies are hoisted out of the evaluator: defined once, never allocated per call. */
  readonly hoisted: string[] = []
  /** Temporary assignments made by {@link Generator.operand}, emitted ahead of their use. */
  private pending: string[] = []

  /** Evaluates operands into temporaries (when needed), then builds the expression from them. */
  withOperands(nodes: readonly (Node | undefined)[], build: (ops: string[]) => string): string {
    const saved = this.pending
    this.pending = []
    const ops = nodes.map((n) => this.operand(n))
    const pre = this.pending
    this.pending = saved
    const body = build(ops)
    return pre.length ? `(${pre.join(',')},${body})` : `(${body})`
  }

  constructor(
    private readonly specs: Readonly<Record<string, OperatorSpec>>,
    private readonly booleans: BooleanOperators,
  ) {}

  constant(v: unknown): string {
    this.constants.push(v)
    return `k${this.constants.length - 1}`
  }

  h(name: string): string {
    this.helpers.add(name)
    return `h_${name}`
  }

  /** Declarations that bind helpers and constants to locals, placed before everything else. */
  prologue(): string {
    const parts = [...this.helpers].map((n) => `h_${n}=h.${n}`).concat(this.constants.map((_, i) => `k${i}=k[${i}]`))
    return parts.length ? `const ${parts.join(',')};` : ''
  }

  literal(v: unknown): string {
    if (v === undefined) return 'undefined'
    if (v === null || typeof v === 'boolean' || typeof v === 'string') return JSON.stringify(v)
    if (typeof v === 'number')
      return Object.is(v, -0) ? '-0' : Number.isFinite(v) ? JSON.stringify(v) : this.constant(v)
    return this.constant(v)
  }

  temp(): string {
    const scope = this.scopes[this.scopes.length - 1]!
    return `t${scope.temps++}`
  }

  /** A function body with its own temporaries and shared lookups. */
  scope(body: () => string): string {
    const { decl, expr } = this.scopeParts(body)
    return `{${decl}return ${expr};}`
  }

  /** The declarations and the expression of a scope, for bodies that are not functions. */
  scopeParts(body: () => string): { decl: string; expr: string } {
    this.scopes.push({ temps: 0, lookups: new Map() })
    const expr = body()
    const { temps, lookups } = this.scopes.pop()!
    const lets = temps > 0 ? `let ${Array.from({ length: temps }, (_, i) => `t${i}`).join(',')};` : ''
    const shared = lookups.size ? `const ${[...lookups.values()].map((l) => `${l.name}=${l.init}`).join(',')};` : ''
    return { decl: `${shared}${lets}`, expr }
  }

  scoped(node: Node | undefined): string {
    const index = this.hoisted.length
    this.hoisted.push('')
    this.hoisted[index] = `const f${index}=function(d,c)${this.scope(() => (node ? this.expr(node) : 'undefined'))};`
    return `f${index}`
  }

  /**
   * `some`/`all`/`none` as a dedicated hoisted loop with the body inlined per item: no callback
   * per element, and no shared helper whose call site sees every rule's closures.
   */
  quantifier(op: 'some' | 'all' | 'none', body: Node | undefined): string {
    const index = this.hoisted.length
    this.hoisted.push('')
    const onHit = op === 'some' ? 'return true' : 'return false'
    const test = op === 'all' ? '!' : ''
    const empty = op === 'none' ? 'true' : 'false'
    const done = op === 'some' ? 'false' : 'true'
    // Temporaries and lookups are declared inside the loop: fresh per item, as in a function scope.
    const { decl, expr } = this.scopeParts(() => (body ? this.truthy(body) : 'false'))
    const fn = `function(a,c){if(!Array.isArray(a)||!a.length)return ${empty};${this.h('spend')}(a.length);for(let i=0;i<a.length;i++){const d=a[i];${decl}if(${test}(${expr}))${onHit}}return ${done}}`
    this.hoisted[index] = `const q${index}=${fn};`
    return `q${index}`
  }

  isBoolean(node: Node): boolean {
    return node.k === 'op' && this.booleans(node.op)
  }

  /**
   * The node's JSON Logic truthiness as a JavaScript boolean expression. Where only the
   * truthiness is needed (a criterion's result, a condition, a quantifier's body), `and`, `or`,
   * `!` and `if` become plain `&&`, `||`, `!` and `?:` over their operands' truthiness, and a
   * field's truthiness is inlined: no temporaries, no helper calls.
   */
  truthy(node: Node): string {
    if (this.isBoolean(node)) return this.expr(node)
    switch (node.k) {
      case 'lit':
        return truthy(node.v) ? 'true' : 'false'
      case 'var':
        if (node.path !== null && !node.fb) {
          const v = this.expr(node)
          return `(Array.isArray(${v})?${v}.length!==0:!!${v})`
        }
        break
      case 'op': {
        const test = this.specs[node.op]!.emitTest
        if (test) return test(this, node.args)
      }
    }
    return `${this.h('truthy')}(${this.expr(node)})`
  }

  /**
   * An operand that may be named more than once: a literal or a shared lookup as it is,
   * anything else evaluated once into a temporary (in argument order, as json-logic-js does).
   */
  private operand(node: Node | undefined): string {
    if (!node) return 'undefined'
    const e = this.expr(node)
    // A number is parenthesised so that it can take a property access (`(0).indexOf`).
    if (node.k === 'lit' && (node.v === null || typeof node.v !== 'object'))
      return typeof node.v === 'number' ? `(${e})` : e
    if (node.k === 'var' && node.path !== null && !node.fb) return e
    const t = this.temp()
    this.pending.push(`${t}=${e}`)
    return t
  }

  private lookup(key: string, init: string): string {
    const scope = this.scopes[this.scopes.length - 1]!
    let l = scope.lookups.get(key)
    if (!l) scope.lookups.set(key, (l = { name: `v${this.lookupCount++}`, init }))
    return l.name
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
        if (node.path === null) return node.fb ? `(${this.expr(node.fb)},d)` : 'd'
        if (node.fb) {
          const fbv = `${this.h('nn')}(${this.expr(node.fb)})`
          if (node.path.length === 1) return `${this.h('lookup1')}(d,${JSON.stringify(node.path[0])},${fbv})`
          return `${this.h('lookup')}(d,${this.constant(Object.freeze(node.path))},${fbv})`
        }
        // Lookups are pure, so each path is read once per scope however often the rule names it.
        const key = JSON.stringify(node.path)
        if (node.path.length === 1) {
          // Inlined with a constant key, so V8 sees a monomorphic property load at each site
          // (a shared helper's keyed load goes megamorphic across fields).
          // For an object whose prototype is Object.prototype (or null, or the bare records'), a key that
          // Object.prototype lacks can only be an own property: the common case needs no
          // hasOwnProperty call. Object.prototype is checked at run time, so pollution after
          // compilation is still caught; anything else takes the checked helper.
          const k = JSON.stringify(node.path[0])
          const plain = this.lookup('\0plain', `${this.h('isPlain')}(d)`)
          return this.lookup(
            key,
            `(${plain}&&${this.h('objectProto')}[${k}]===undefined?(d[${k}]===undefined?null:d[${k}]):${this.h('lookup1')}(d,${k},null))`,
          )
        }
        return this.lookup(key, `${this.h('lookup')}(d,${this.constant(Object.freeze(node.path))},null)`)
      }
      case 'dvar': {
        const fbv = node.fb ? `${this.h('nn')}(${this.expr(node.fb)})` : 'null'
        return `${this.h('lookupDynamic')}(d,${this.expr(node.pathNode)},${fbv})`
      }
      case 'op':
        return this.op(node.op, node.args)
    }
  }

  private op(op: string, args: Node[]): string {
    const spec = this.specs[op]!
    return spec.emit ? spec.emit(this, args) : this.call(op, args)
  }

  call(op: string, args: readonly Node[]): string {
    // The operator's function enters as a constant: no lookup by name at run time.
    return `${this.constant(evaluatorFor(this.specs[op]!, args))}([${args.map((x) => this.expr(x)).join(',')}],c,h)`
  }
}

/** Extra helpers used by generated code for arities json-logic-js tolerates but rules rarely use.
 * @category Rules engine
 */
export interface GeneratedHelpers extends Runtime {
  isPlain: (d: unknown) => boolean
  objectProto: Record<string, unknown>
  nn: (v: unknown) => unknown
  not: (...args: unknown[]) => boolean
  bool: (...args: unknown[]) => boolean
  binary: (op: string, ...args: unknown[]) => unknown
  finite: (v: unknown, op: string) => unknown
}

/**
 * The value of an arithmetic operator, checked: NaN and the infinities (0/0, x % 0, a text that
 * is not a number, an overflow) compare false with everything, so a rule holding one would
 * reject without a word. Engines with `finiteNumbers` throw instead (`not_finite`).
 */
export function finite(v: unknown, op: string): unknown {
  if (typeof v === 'number' && !Number.isFinite(v))
    throw new EvaluationError(
      'not_finite',
      `"${op}" gave ${String(v)} (${Number.isNaN(v) ? 'not a number: a division of zero by zero, a remainder of a division by zero, or a text that is not a number' : 'a division by zero, or a number too large'}), which no comparison can use`,
    )
  return v
}

/** The arithmetic specs of an engine with `finiteNumbers`: each result checked by {@link finite}. */
export function finiteSpec(op: string, spec: OperatorSpec): OperatorSpec {
  const name = JSON.stringify(op)
  const evaluate = spec.evaluate!
  // `prepare` and `tri` would compute without the check: the arithmetic specs have none, and a wrapped spec keeps none.
  const { prepare: _prepare, tri: _tri, ...rest } = spec
  return {
    ...rest,
    evaluate: (args, c, rt) => finite(evaluate(args, c, rt), op),
    emit: (g, args) => `${g.h('finite')}(${spec.emit ? spec.emit(g, args) : g.call(op, args)},${name})`,
    closure(b, args) {
      const f = spec.closure ? spec.closure(b, args) : b.call(op, args)
      return (d, c) => finite(f(d, c), op)
    },
  }
}

export function extendRuntime(rt: Runtime): GeneratedHelpers {
  return {
    ...rt,
    isPlain: (d) => {
      if (d === null || typeof d !== 'object') return false
      const p: unknown = Object.getPrototypeOf(d)
      return p === Object.prototype || p === null || p === BARE_PROTOTYPE
    },
    objectProto: Object.prototype as Record<string, unknown>,
    // json-logic-js turns an `undefined` default into `null`.
    nn: (v) => (v === undefined ? null : v),
    not: (...args) => !rt.truthy(args[0]),
    bool: (...args) => rt.truthy(args[0]),
    // Extra operands are evaluated by the caller, then ignored, as json-logic-js does.
    binary: (op, ...args) => BINARY_OPERATORS[op]!(args[0], args[1]),
    finite,
  }
}

/** Which operators are known to return booleans (only built-in ones are trusted).
 * @category Rules engine
 */
export type BooleanOperators = (op: string) => boolean

function build<T>(g: Generator, body: string, helpers: GeneratedHelpers): T {
  // Hoisted bodies are generated before the prologue is read, so every helper they use is bound.
  const source = `"use strict";return function(h,k){${g.prologue()}${g.hoisted.join('')}return function(d,c)${body}}`
  // Compiling rules to JavaScript is this module's purpose: the source is generated from a parsed rule with every
  // literal quoted, and the closures path runs where code generation is refused.
  // biome-ignore lint/nursery/noImpliedEval: the one place rules become code
  return (new Function(source) as () => (h: GeneratedHelpers, k: unknown[]) => T)()(helpers, g.constants)
}

/** Compiles a parsed rule to a JavaScript function with `new Function`.
 * @category Rules engine
 */
export function generate(
  node: Node,
  helpers: GeneratedHelpers,
  specs: Readonly<Record<string, OperatorSpec>>,
  booleans: BooleanOperators,
): Evaluator {
  const g = new Generator(specs, booleans)
  const body = g.scope(() => g.expr(node))
  return build<Evaluator>(g, body, helpers)
}

/** Compiles several rules into one function returning each rule's truthiness.
 * @category Rules engine
 */
export function generateAll(
  nodes: Node[],
  helpers: GeneratedHelpers,
  specs: Readonly<Record<string, OperatorSpec>>,
  booleans: BooleanOperators,
): (data: unknown, context: unknown) => boolean[] {
  const g = new Generator(specs, booleans)
  const body = g.scope(() => `[${nodes.map((n) => g.truthy(n)).join(',')}]`)
  return build<(data: unknown, context: unknown) => boolean[]>(g, body, helpers)
}
