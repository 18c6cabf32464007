import type { Node } from './ast.js'
import { internalsOf, nodeOf, type CompiledRule, type Engine } from './engine.js'
import type { OperatorSpec } from './operators/spec.js'

/**
 * Whether a compiled rule reads answers only by the names in its `fields`: neither the whole
 * data (`{"var": ""}`) nor a computed path, and it asks no person. Unusable answers to other
 * fields cannot touch it: evaluated three-valued with them, every part of it is known, and it
 * explains itself as it does with every answer usable.
 *
 * @example
 * ```ts
 * const engine = createEngine()
 * readsByName(engine, engine.compile({ and: [{ var: 'a' }, { '>=': [{ var: 'b' }, 3] }] })) // true
 * readsByName(engine, engine.compile({ and: [{ var: 'a' }, { var: '' }] })) // false
 * ```
 * @category Rules engine
 */
export function readsByName(engine: Engine, rule: CompiledRule): boolean {
  return !rule.readsDynamicPaths && walk(nodeOf(rule), internalsOf(engine).specs, false)
}

/**
 * The one answer a compiled rule's value depends on, or undefined: it reads one field by its
 * name and nothing else ({@link readsByName}), and no operator of it reads beyond its arguments
 * (the clock, the submission, the data itself). Such a rule gives the same value for the same
 * state of that answer in every application, so screening can keep what it works out for one.
 *
 * @example
 * ```ts
 * const engine = createEngine()
 * soleField(engine, engine.compile({ in: [{ var: 'city' }, ['Malmö', 'Lund']] })) // 'city'
 * soleField(engine, engine.compile({ and: [{ var: 'a' }, { var: 'b' }] })) // undefined
 * ```
 * @category Rules engine
 */
export function soleField(engine: Engine, rule: CompiledRule): string | undefined {
  if (rule.fields.length !== 1 || rule.paths.length !== 1 || rule.paths[0] !== rule.fields[0] || rule.readsDynamicPaths)
    return undefined
  return walk(nodeOf(rule), internalsOf(engine).specs, true) ? rule.fields[0] : undefined
}

/**
 * The answers a compiled rule's value depends on, when nothing else can change it: it reads
 * fields by their names only ({@link readsByName}), each as a whole (no `a.b`), and no operator
 * of it reads beyond its arguments (the clock, the submission, the data itself). Undefined
 * otherwise. Such a rule gives the same value, and the same explanation, for the same answers to
 * those fields in every application.
 *
 * @example
 * ```ts
 * const engine = createEngine()
 * pureFields(engine, engine.compile({ or: [{ var: 'relocate' }, { in: [{ var: 'city' }, ['Lund']] }] })) // ['relocate', 'city']
 * pureFields(engine, engine.compile({ '>': [{ daysSince: [{ var: 'from' }] }, 3] })) // undefined
 * ```
 * @category Rules engine
 */
export function pureFields(engine: Engine, rule: CompiledRule): readonly string[] | undefined {
  if (
    rule.readsDynamicPaths ||
    rule.paths.length !== rule.fields.length ||
    !rule.paths.every((p) => rule.fields.includes(p))
  )
    return undefined
  return walk(nodeOf(rule), internalsOf(engine).specs, true) ? rule.fields : undefined
}

/**
 * No part reads the whole data or a computed path, or asks a person; with `pure`, no operator
 * reads beyond its arguments either (iterative: rules nest deep).
 */
function walk(root: Node, specs: Readonly<Record<string, OperatorSpec>>, pure: boolean): boolean {
  // Each node with whether it is inside a scoped body, which reads an item, not the data.
  const stack: [Node, boolean][] = [[root, false]]
  while (stack.length) {
    const [n, inBody] = stack.pop()!
    if (n.k === 'dvar' || (n.k === 'var' && n.path === null && !inBody)) return false
    if (n.k === 'var' && n.fb) stack.push([n.fb, inBody])
    else if (n.k === 'arr') for (const item of n.items) stack.push([item, inBody])
    else if (n.k === 'op') {
      const spec = specs[n.op]
      if (!spec || n.op === 'review' || spec.asksPerson || (pure && (spec.impure || spec.keys))) return false
      n.args.forEach((a, i) => stack.push([a, inBody || (spec.scoped === true && i === 1)]))
    }
  }
  return true
}
