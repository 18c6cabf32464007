import type { Node } from './ast'
import type { Evaluator } from './codegen'
import type { EvaluationContext, OperatorDefinition } from './context'
import { evaluatorFor } from './prepare'
import { BINARY_OPERATORS, inOp, lookup1, truthy, type Runtime } from './runtime'
import { BOOLEAN_OPERATORS, SCOPED_OPERATORS } from './standard-operators'

/** A closure that gives a node's JSON Logic truthiness directly. */
type Test = (data: unknown, context: unknown) => boolean

/** Which custom operators are trusted to return booleans. */
type Booleans = (op: string) => boolean

/**
 * Where the fields of the top scope live. A rule's top-scope closures receive a frame,
 * `[data, field1, field2, ...]`, filled once per evaluation, so each field is looked up once
 * however many leaves read it, and a leaf reads it by index. Bodies of `some`, `map`, ... get
 * the array item itself (`null` layout).
 */
type Layout = ReadonlyMap<string, number> | null
type Frame = unknown[]

const primitive = (n: Node | undefined): n is Node & { k: 'lit' } => n !== undefined && n.k === 'lit' && (n.v === null || typeof n.v !== 'object')
/** The key of a one-segment `var` without a default: the shape most leaves read. */
const fieldKey = (n: Node | undefined): string | undefined => (n?.k === 'var' && n.path?.length === 1 && !n.fb ? n.path[0] : undefined)
const isData = (n: Node | undefined): boolean => n?.k === 'var' && n.path === null && !n.fb
/**
 * The values of an array of literals. Not frozen: V8 inlines indexOf only over ordinary
 * arrays; callers freeze it where the array can escape as a value.
 */
const literalList = (n: Node | undefined): unknown[] | undefined =>
  n?.k === 'arr' && n.items.every(primitive) ? n.items.map((i) => (i as { v: unknown }).v) : undefined

/* eslint-disable eqeqeq */
// A field compared with a constant is the commonest leaf of a criterion. One closure per
// operator and operand order, so that each comparison is a plain JavaScript operator in its
// own code and a leaf costs one closure call and one indexed read.
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
/* eslint-enable eqeqeq */

/** Keys of the one-segment fields a node reads in its own scope (not inside quantifier bodies). */
function topFields(root: Node, out: Set<string>): Set<string> {
  const stack: Node[] = [root]
  while (stack.length) {
    const n = stack.pop()!
    const key = fieldKey(n)
    if (key !== undefined) out.add(key)
    else if (n.k === 'arr') stack.push(...n.items)
    else if (n.k === 'var' && n.fb) stack.push(n.fb)
    else if (n.k === 'dvar') stack.push(n.pathNode, ...(n.fb ? [n.fb] : []))
    else if (n.k === 'op') stack.push(...(SCOPED_OPERATORS.has(n.op) ? n.args.filter((_, i) => i !== 1) : n.args))
  }
  return out
}

/** The frame layout for some nodes, and the function that fills a frame from the data. */
function frameFor(nodes: readonly Node[]): { layout: Map<string, number>; fill: (d: unknown) => Frame } {
  const keys = [...nodes.reduce((acc, n) => topFields(n, acc), new Set<string>())]
  const layout = new Map(keys.map((k, i) => [k, i + 1]))
  // An answers object's own keys and values come from its shape's cache (Object.keys and
  // Object.values: own properties only, by definition), and most applications share one
  // shape, so the frame slot of each key position is remembered from the previous object: a
  // repeated shape costs one string comparison per key, with no hasOwnProperty call and no
  // keyed load per field. (Object.values reads every own enumerable property, so an own
  // getter runs even when no rule reads it; answers are data and have none.)
  const seenKeys: string[] = []
  const seenSlots: number[] = []
  const template: Frame = [null, ...keys.map(() => null)]
  const fill = (d: unknown): Frame => {
    const f = template.slice()
    f[0] = d
    if (d === null || d === undefined || keys.length === 0) return f
    if (typeof d !== 'object' || Array.isArray(d)) {
      for (let i = 0; i < keys.length; i++) f[i + 1] = lookup1(d, keys[i]!, null)
      return f
    }
    const own = Object.keys(d)
    const values = Object.values(d)
    let found = 0
    for (let j = 0; j < own.length; j++) {
      const key = own[j]!
      let slot: number
      if (seenKeys[j] === key) slot = seenSlots[j]!
      else {
        slot = layout.get(key) ?? 0
        if (j < 256) {
          seenKeys[j] = key
          seenSlots[j] = slot
        }
      }
      if (slot !== 0) {
        const v = values[j]
        if (v !== undefined) f[slot] = v
        found++
      }
    }
    // A field that is not an own enumerable key may still be own (non-enumerable): check those.
    if (found !== keys.length) for (let i = 0; i < keys.length; i++) if (f[i + 1] === null) f[i + 1] = lookup1(d, keys[i]!, null)
    return f
  }
  return { layout, fill }
}

/**
 * Builds an evaluator from closures, for hosts whose content security policy forbids
 * `new Function` (the `jitless` mode). Same semantics as the generated code.
 * @category Rules engine
 */
export function buildClosure(node: Node, rt: Runtime, operators: Readonly<Record<string, OperatorDefinition>>, booleans: Booleans = () => false): Evaluator {
  const { layout, fill } = frameFor([node])
  const f = new Closures(rt, operators, booleans).value(node, layout)
  return (d, c) => f(fill(d), c)
}

/**
 * Builds one function that gives the truthiness of several rules, reading each field once
 * per call. `and`, `or`, `!` and `if` combine their operands' truthiness directly, so no
 * intermediate value is built or tested twice: this is what screening needs of criteria.
 * @category Rules engine
 */
export function buildTests(
  nodes: readonly Node[],
  rt: Runtime,
  operators: Readonly<Record<string, OperatorDefinition>>,
  booleans: Booleans = () => false,
): (data: unknown, context: unknown) => boolean[] {
  const { layout, fill } = frameFor(nodes)
  const b = new Closures(rt, operators, booleans)
  const tests = nodes.map((n) => (b.test(n, layout)))
  return (d, c) => {
    const f = fill(d)
    const out = new Array<boolean>(tests.length)
    for (let i = 0; i < tests.length; i++) out[i] = tests[i]!(f, c)
    return out
  }
}

const hasOwn = Object.prototype.hasOwnProperty
const nn = (v: unknown): unknown => (v === undefined ? null : v)


class Closures {
  constructor(
    private readonly rt: Runtime,
    private readonly operators: Readonly<Record<string, OperatorDefinition>>,
    private readonly booleans: Booleans,
  ) {}

  value(node: Node, layout: Layout): Evaluator {
    const rt = this.rt
    const build = (n: Node): Evaluator => this.value(n, layout)
    // In a framed scope the data is the frame's first item.
    const data: (f: unknown) => unknown = layout ? (f) => (f as Frame)[0] : (d) => d
    switch (node.k) {
      case 'lit': {
        const v = node.v
        return () => v
      }
      case 'arr': {
        const list = literalList(node)
        if (list) {
          // Returned to callers, so frozen: nobody can change the rule through its result.
          const constant = Object.freeze(list)
          return () => constant
        }
        const items = node.items.map(build)
        return (d, c) => items.map((f) => f(d, c))
      }
      case 'var': {
        const fb = node.fb ? build(node.fb) : null
        const path = node.path
        if (path === null) return fb ? (d, c) => (fb(d, c), data(d)) : data
        if (path.length === 1 && !fb) {
          const key = path[0]!
          const slot = layout?.get(key)
          return slot !== undefined ? (f) => (f as Frame)[slot] : (d) => lookup1(d, key, null)
        }
        if (path.length === 1) {
          const key = path[0]!
          return (d, c) => lookup1(data(d), key, nn(fb!(d, c)))
        }
        return fb ? (d, c) => rt.lookup(data(d), path, nn(fb(d, c))) : (d) => rt.lookup(data(d), path, null)
      }
      case 'dvar': {
        const p = build(node.pathNode)
        const fb = node.fb ? build(node.fb) : null
        return (d, c) => rt.lookupDynamic(data(d), p(d, c), fb ? nn(fb(d, c)) : null)
      }
      case 'op':
        return this.fused(node.op, node.args, layout) ?? this.op(node.op, node.args, layout, data)
    }
  }

  test(node: Node, layout: Layout): Test {
    if (node.k === 'lit') {
      const v = truthy(node.v)
      return () => v
    }
    const key = fieldKey(node)
    const slot = key === undefined ? undefined : layout?.get(key)
    if (slot !== undefined)
      return (f) => {
        const v = (f as Frame)[slot]
        return Array.isArray(v) ? v.length !== 0 : !!v
      }
    if (node.k === 'op') {
      if (BOOLEAN_OPERATORS.has(node.op) || this.booleans(node.op)) return this.value(node, layout) as Test
      const args = node.args
      switch (node.op) {
        case 'and':
        case 'or': {
          if (args.length === 0) return () => false
          const all = args.map((n) => this.test(n, layout))
          const [a, b] = all as [Test, Test]
          if (args.length === 1) return a
          if (args.length === 2) return node.op === 'and' ? (d, c) => a(d, c) && b(d, c) : (d, c) => a(d, c) || b(d, c)
          const stop = node.op === 'or'
          return (d, c) => {
            for (let i = 0; i < all.length; i++) if (all[i]!(d, c) === stop) return stop
            return !stop
          }
        }
        case '!':
          if (args.length === 1) {
            const a = this.test(args[0]!, layout)
            return (d, c) => !a(d, c)
          }
          break
        case 'if':
        case '?:': {
          const parts = args.map((n) => this.test(n, layout))
          const n = args.length
          return (d, c) => {
            let i = 0
            for (; i < n - 1; i += 2) if (parts[i]!(d, c)) return parts[i + 1]!(d, c)
            return n === i + 1 ? parts[i]!(d, c) : false
          }
        }
      }
    }
    const f = this.value(node, layout)
    return (d, c) => truthy(f(d, c))
  }

  /** Single closures for the leaf shapes criteria are made of; undefined for anything else. */
  private fused(op: string, args: Node[], layout: Layout): Evaluator | undefined {
    const [x, y, z] = args
    const slotOf = (n: Node | undefined): number | undefined => {
      const key = fieldKey(n)
      return key === undefined ? undefined : layout?.get(key)
    }
    if (args.length === 2) {
      const sx = slotOf(x)
      const sy = slotOf(y)
      // Own-key checks: a custom operator may be named like an Object.prototype member.
      if (sx !== undefined && primitive(y) && Object.hasOwn(FIELD_FIRST, op)) return FIELD_FIRST[op]!(sx, y.v)
      if (sy !== undefined && primitive(x) && Object.hasOwn(FIELD_SECOND, op)) return FIELD_SECOND[op]!(sy, x.v)
      if (op === 'in') {
        const list = literalList(y) ?? (primitive(y) && typeof y.v === 'string' && y.v !== '' ? y.v : undefined)
        if (list !== undefined) {
          if (sx !== undefined) return (f) => list.indexOf((f as Frame)[sx] as never) !== -1
          // The body of `some` over a list of answers: `{"in": [{"var": ""}, [...]]}`.
          if (isData(x) && !layout) return (d) => list.indexOf(d as never) !== -1
        }
        if (sy !== undefined && primitive(x)) {
          const v = x.v
          return (f) => {
            const have = (f as Frame)[sy]
            return Array.isArray(have) ? have.indexOf(v) !== -1 : inOp(v, have)
          }
        }
      }
    }
    // "Any of these skills" in standard JSON Logic: a quantifier over a field whose body is
    // `{"in": [{"var": ""}, [...]]}` becomes one loop with no call per item.
    if (args.length === 2 && (op === 'some' || op === 'all' || op === 'none')) {
      const slot = slotOf(x)
      const list = y?.k === 'op' && y.op === 'in' && y.args.length === 2 && isData(y.args[0]) ? literalList(y.args[1]) : undefined
      if (slot !== undefined && list !== undefined) {
        if (op === 'some')
          return (f) => {
            const a = (f as Frame)[slot]
            if (!Array.isArray(a)) return false
            for (let i = 0; i < a.length; i++) if (list.indexOf(a[i]) !== -1) return true
            return false
          }
        if (op === 'none')
          return (f) => {
            const a = (f as Frame)[slot]
            if (!Array.isArray(a)) return true
            for (let i = 0; i < a.length; i++) if (list.indexOf(a[i]) !== -1) return false
            return true
          }
        return (f) => {
          const a = (f as Frame)[slot]
          if (!Array.isArray(a) || !a.length) return false
          for (let i = 0; i < a.length; i++) if (list.indexOf(a[i]) === -1) return false
          return true
        }
      }
    }
    // The between forms over a field with constant bounds: `18 <= noticeWeeks <= 52`.
    if (args.length === 3 && (op === '<' || op === '<=') && primitive(x) && primitive(z) && z.v !== undefined) {
      const slot = slotOf(y)
      if (slot !== undefined) {
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
    }
    return undefined
  }


  private op(op: string, nodes: Node[], layout: Layout, data: (f: unknown) => unknown): Evaluator {
    const rt = this.rt
    const operators = this.operators
    const test = (n: Node): Test => this.test(n, layout)
    // The bodies of map, filter, reduce, all, none and some see the array item, not the frame.
    const scoped = SCOPED_OPERATORS.has(op)
    const args = nodes.map((n, i) => this.value(n, scoped && i === 1 ? null : layout))
    const evalAll = (d: unknown, c: unknown): unknown[] => args.map((f) => f(d, c))
    const undef: Evaluator = () => undefined
    switch (op) {
      case 'if':
      case '?:': {
        const tests = nodes.map(test)
        return (d, c) => {
          let i = 0
          for (; i < args.length - 1; i += 2) if (tests[i]!(d, c)) return args[i + 1]!(d, c)
          return args.length === i + 1 ? args[i]!(d, c) : null
        }
      }
      case 'and':
        if (args.length === 2) {
          const [a, b] = args as [Evaluator, Evaluator]
          return (d, c) => {
            const x = a(d, c)
            return truthy(x) ? b(d, c) : x
          }
        }
        return (d, c) => {
          let cur: unknown
          for (const f of args) {
            cur = f(d, c)
            if (!truthy(cur)) return cur
          }
          return cur
        }
      case 'or':
        if (args.length === 2) {
          const [a, b] = args as [Evaluator, Evaluator]
          return (d, c) => {
            const x = a(d, c)
            return truthy(x) ? x : b(d, c)
          }
        }
        return (d, c) => {
          let cur: unknown
          for (const f of args) {
            cur = f(d, c)
            if (truthy(cur)) return cur
          }
          return cur
        }
      case 'all':
      case 'none':
      case 'some': {
        // The body's truthiness is all a quantifier needs: it is built as a test.
        const src = args[0] ?? undef
        const body: Test = nodes[1] ? this.test(nodes[1], null) : () => false
        if (op === 'some')
          return (d, c) => {
            const a = src(d, c)
            if (!Array.isArray(a)) return false
            for (let i = 0; i < a.length; i++) if (body(a[i], c)) return true
            return false
          }
        if (op === 'all')
          return (d, c) => {
            const a = src(d, c)
            if (!Array.isArray(a) || !a.length) return false
            for (let i = 0; i < a.length; i++) if (!body(a[i], c)) return false
            return true
          }
        return (d, c) => {
          const a = src(d, c)
          if (!Array.isArray(a)) return true
          for (let i = 0; i < a.length; i++) if (body(a[i], c)) return false
          return true
        }
      }
      case 'map':
      case 'filter': {
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
        if (args.length === 1) {
          const a = test(nodes[0]!)
          return op === '!' ? (d, c) => !a(d, c) : a
        }
        return op === '!' ? (d, c) => !truthy(evalAll(d, c)[0]) : (d, c) => truthy(evalAll(d, c)[0])
      }
      case 'missing':
        return (d, c) => rt.missing(data(d), evalAll(d, c))
      case 'missing_some':
        return (d, c) => {
          const [need, options] = evalAll(d, c)
          return rt.missingSome(data(d), need, options)
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
        const evaluate = evaluatorFor(operators[op]!, nodes)
        return (d, c) => evaluate(evalAll(d, c), c as EvaluationContext)
      }
    }
  }
}
