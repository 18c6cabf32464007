import type { Node } from './ast.js'
import type { EvaluationContext, PreparedArgument } from './context.js'
import type { OperatorSpec } from './operators/spec.js'
import type { Runtime } from './runtime.js'

/** A literal argument's value as the operator would receive it at run time, or undefined. */
function literalOf(n: Node): PreparedArgument {
  if (n.k === 'lit' && (n.v === null || typeof n.v !== 'object')) return { literal: true, value: n.v }
  if (n.k === 'arr' && n.items.every((i) => i.k === 'lit' && (i.v === null || typeof i.v !== 'object')))
    return { literal: true, value: Object.freeze(n.items.map((i) => (i as { v: unknown }).v)) }
  return { literal: false }
}

/** What generated code and closures call for an operator: evaluated arguments in, value out. */
export type Call = (args: unknown[], context: EvaluationContext, rt: Runtime) => unknown

/**
 * The evaluate function for one use of an operator: its specialisation for the arguments
 * known at compile time when it offers one, else its general one.
 */
export function evaluatorFor(spec: OperatorSpec, args: readonly Node[]): Call {
  const general = spec.evaluate as Call
  if (!spec.prepare) return general
  const known = preparedFor.get(args)
  if (known?.spec === spec) return known.call
  const prepared = spec.prepare(args.map(literalOf))
  const call = typeof prepared === 'function' ? prepared : general
  preparedFor.set(args, { spec, call })
  return call
}

// One specialisation per use of an operator in a rule, shared by every compiled form of that
// rule (its own test, a plan's test of all its rules, the closures that explain it): what a
// specialisation keeps for values that repeat (addMonths keeps each submission's date a month
// later) is then found by the next form that asks, for the same application, in memory still
// warm. Kept with the rule's nodes, and gone with them.
const preparedFor = new WeakMap<readonly Node[], { spec: OperatorSpec; call: Call }>()
