import type { Node } from './ast'
import type { OperatorDefinition, PreparedArgument } from './context'

/** A literal argument's value as the operator would receive it at run time, or undefined. */
function literalOf(n: Node): PreparedArgument {
  if (n.k === 'lit' && (n.v === null || typeof n.v !== 'object')) return { literal: true, value: n.v }
  if (n.k === 'arr' && n.items.every((i) => i.k === 'lit' && (i.v === null || typeof i.v !== 'object')))
    return { literal: true, value: Object.freeze(n.items.map((i) => (i as { v: unknown }).v)) }
  return { literal: false }
}

/**
 * The evaluate function for one use of a custom operator: its specialisation for the
 * arguments known at compile time when it offers one, else its general one.
 */
export function evaluatorFor(def: OperatorDefinition, args: readonly Node[]): OperatorDefinition['evaluate'] {
  if (!def.prepare) return def.evaluate
  const prepared = def.prepare(args.map(literalOf))
  return typeof prepared === 'function' ? prepared : def.evaluate
}
