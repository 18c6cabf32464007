import type { Node } from './ast.js'
import type { Build, Evaluator, OperatorSpec, Test } from './operators/spec.js'
import { fieldKey, literalList } from './operators/spec.js'
import { evaluatorFor } from './prepare.js'
import { lookup1, truthy, type Runtime } from './runtime.js'

/** Which operators are trusted to return booleans. */
type Booleans = (op: string) => boolean
type Specs = Readonly<Record<string, OperatorSpec>>

/**
 * Where the fields of the top scope live. A rule's top-scope closures receive a frame,
 * `[data, field1, field2, ...]`, filled once per evaluation, so each field is looked up once
 * however many leaves read it, and a leaf reads it by index. Bodies of `some`, `map`, ... get
 * the array item itself (`null` layout).
 */
type Layout = ReadonlyMap<string, number> | null
type Frame = unknown[]

/** Keys of the one-segment fields a node reads in its own scope (not inside quantifier bodies). */
function topFields(root: Node, out: Set<string>, specs: Specs): Set<string> {
  const stack: Node[] = [root]
  while (stack.length) {
    const n = stack.pop()!
    const key = fieldKey(n)
    if (key !== undefined) out.add(key)
    else if (n.k === 'arr') stack.push(...n.items)
    else if (n.k === 'var' && n.fb) stack.push(n.fb)
    else if (n.k === 'dvar') stack.push(n.pathNode, ...(n.fb ? [n.fb] : []))
    else if (n.k === 'op') stack.push(...(specs[n.op]?.scoped ? n.args.filter((_, i) => i !== 1) : n.args))
  }
  return out
}

/** The frame layout for some nodes, and the function that fills a frame from the data. */
function frameFor(nodes: readonly Node[], specs: Specs): { layout: Map<string, number>; fill: (d: unknown) => Frame } {
  const keys = [...nodes.reduce((acc, n) => topFields(n, acc, specs), new Set<string>())]
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
    if (found !== keys.length)
      for (let i = 0; i < keys.length; i++) if (f[i + 1] === null) f[i + 1] = lookup1(d, keys[i]!, null)
    return f
  }
  return { layout, fill }
}

/**
 * Builds an evaluator from closures, for hosts whose content security policy forbids
 * `new Function` (the `jitless` mode). Same semantics as the generated code.
 * @category Rules engine
 */
export function buildClosure(node: Node, rt: Runtime, specs: Specs, booleans: Booleans = () => false): Evaluator {
  const { layout, fill } = frameFor([node], specs)
  const f = new Closures(rt, specs, booleans).value(node, layout)
  return (d, c) => f(fill(d), c)
}

/**
 * A closure that reads the data directly, without a frame: for evaluating one part of a rule
 * once (explanation, three-valued evaluation), where filling a frame from every answer would
 * cost more than the few fields the part reads.
 * @category Rules engine
 */
export function buildPartClosure(node: Node, rt: Runtime, specs: Specs, booleans: Booleans = () => false): Evaluator {
  return new Closures(rt, specs, booleans).value(node, null)
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
  specs: Specs,
  booleans: Booleans = () => false,
): (data: unknown, context: unknown) => boolean[] {
  const { layout, fill } = frameFor(nodes, specs)
  const b = new Closures(rt, specs, booleans)
  const tests = nodes.map((n) => b.test(n, layout))
  return (d, c) => {
    const f = fill(d)
    const out = new Array<boolean>(tests.length)
    for (let i = 0; i < tests.length; i++) out[i] = tests[i]!(f, c)
    return out
  }
}

const nn = (v: unknown): unknown => (v === undefined ? null : v)

class Closures {
  private readonly apis = new Map<Layout, Build>()

  constructor(
    private readonly rt: Runtime,
    private readonly specs: Specs,
    private readonly booleans: Booleans,
  ) {}

  /** What an operator's closure hooks get for one scope. */
  private api(layout: Layout): Build {
    let api = this.apis.get(layout)
    if (api) return api
    api = {
      rt: this.rt,
      value: (n) => this.value(n, layout),
      test: (n) => this.test(n, layout),
      itemValue: (n) => this.value(n, null),
      itemTest: (n) => this.test(n, null),
      slotOf: (n) => {
        const key = fieldKey(n)
        return key === undefined ? undefined : layout?.get(key)
      },
      framed: layout !== null,
      // In a framed scope the data is the frame's first item.
      data: layout ? (f) => (f as Frame)[0] : (d) => d,
      call: (op, args) => this.call(op, args, layout),
    }
    this.apis.set(layout, api)
    return api
  }

  /** The default closure of an operator: its evaluate over the evaluated arguments. */
  private call(op: string, nodes: readonly Node[], layout: Layout): Evaluator {
    const rt = this.rt
    const evaluate = evaluatorFor(this.specs[op]!, nodes)
    const args = nodes.map((n) => this.value(n, layout))
    const [a, b] = args as [Evaluator, Evaluator]
    if (args.length === 1) return (d, c) => evaluate([a(d, c)], c as never, rt)
    if (args.length === 2) return (d, c) => evaluate([a(d, c), b(d, c)], c as never, rt)
    return (d, c) =>
      evaluate(
        args.map((f) => f(d, c)),
        c as never,
        rt,
      )
  }

  value(node: Node, layout: Layout): Evaluator {
    const rt = this.rt
    const build = (n: Node): Evaluator => this.value(n, layout)
    const data = this.api(layout).data
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
      case 'op': {
        const spec = this.specs[node.op]!
        return spec.closure ? spec.closure(this.api(layout), node.args) : this.call(node.op, node.args, layout)
      }
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
      if (this.booleans(node.op)) return this.value(node, layout) as Test
      const t = this.specs[node.op]!.closureTest?.(this.api(layout), node.args)
      if (t) return t
    }
    const f = this.value(node, layout)
    return (d, c) => truthy(f(d, c))
  }
}
