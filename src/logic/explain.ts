import { EvaluationError } from '../errors.js'
import type { Node } from './ast.js'
import type { EvaluationContext } from './context.js'
import { internalsOf, nodeOf, type CompiledRule, type Engine, type EngineInternals } from './engine.js'
import { ReviewRequest } from './operators/screening.js'
import { lookup } from './runtime.js'
import type { Condition, Explanation } from './explanation.js'
import { WORDING } from './operators/index.js'
import { firstPath, fmt, isValueNode, subjectOf, type Tri, type Why } from './operators/spec.js'
import { threeValued, type FieldGap } from './three-valued.js'
import { PartialList, Unknown } from './unknown.js'

export type { Condition, Explanation } from './explanation.js'

/**
 * Options of {@link explainRule}.
 *
 * @example
 * ```ts
 * explainRule(engine, rule, data, context, { held: true, gaps: new Map([['months', { state: 'missing' }]]) })
 * ```
 * @category Rules engine
 */
export interface ExplainOptions {
  /** Explain why the rule held, instead of why it did not. */
  held?: boolean
  /** Answers that cannot be used: the explanation names only parts decided without them. */
  gaps?: ReadonlyMap<string, FieldGap>
}

/** Unknown values read as null in explanations, as a missing answer reads in JSON Logic. */
const shown = (v: unknown): unknown => (v instanceof Unknown ? null : v instanceof PartialList ? v.items.map(shown) : v)

/**
 * Explains why a rule was not met for this data (or, with `held`, why it was). Walks `and`
 * (the first part that failed), `or` (every alternative), `!`, `if` (the branch taken) and
 * `some`/`all`/`none`; each operator says how it reads. With `gaps`, only answered fields can
 * be named as the reason. Costs one extra evaluation of the parts it visits, so call it only
 * for rules that failed, or that were decided despite unanswered fields.
 *
 * @example
 * ```ts
 * const engine = createEngine()
 * const rule = engine.compile({ '>=': [{ var: 'experienceYears' }, 3] })
 * explainRule(engine, rule, { experienceYears: 2 })
 * // { kind: 'condition', operator: '>=', path: 'experienceYears', expected: 3, actual: 2, … }
 * ```
 * @category Rules engine
 */
export function explainRule(engine: Engine, rule: CompiledRule, data: unknown, context?: EvaluationContext, options: ExplainOptions = {}): Explanation {
  const internals = internalsOf(engine)
  internals.runtime.resetBudget()
  const parts: Pick<Tri, 'value' | 'truth'> = options.gaps?.size
    ? threeValued(engine, data, { gaps: options.gaps, ...(context ? { context } : {}) })
    : new Complete(internals, data, context)
  return new Explainer(internals.specs, parts, options.held === true).why(nodeOf(rule), options.held !== true)
}

/**
 * Values of a rule's parts when every answer is usable (the common case of an unmet
 * criterion): literals and field reads directly, anything computed by its closure.
 */
class Complete implements Pick<Tri, 'value' | 'truth'> {
  constructor(
    private readonly internals: EngineInternals,
    private readonly data: unknown,
    private readonly context: EvaluationContext | undefined,
  ) {}

  value(n: Node): unknown {
    if (n.k === 'lit') return n.v
    if (n.k === 'var' && n.path !== null && !n.fb) return lookup(this.data, n.path, null)
    try {
      return this.internals.closureOf(n)(this.data, this.context)
    } catch (e) {
      if (e instanceof ReviewRequest) return new Unknown([], [e.note])
      throw e
    }
  }

  truth(n: Node): boolean | Unknown {
    const v = this.value(n)
    return v instanceof Unknown ? v : this.internals.runtime.truthy(v)
  }
}

/** Walks a rule, asking each operator how it reads. */
class Explainer implements Why {
  constructor(
    private readonly specs: EngineInternals['specs'],
    private readonly parts: Pick<Tri, 'value' | 'truth'>,
    private readonly held: boolean,
  ) {}

  value(n: Node): unknown {
    try {
      return shown(this.parts.value(n))
    } catch (e) {
      return e instanceof EvaluationError ? e : new EvaluationError('evaluation_failed', String(e), { cause: e })
    }
  }

  truth(n: Node): boolean | Unknown {
    try {
      return this.parts.truth(n)
    } catch {
      return false
    }
  }

  leaf(n: Node, wantTrue: boolean): Condition {
    const parts = n.k === 'op' ? (this.specs[n.op]!.condition?.(this, n.args) ?? this.generic(n)) : undefined
    const c: Condition = {
      kind: 'condition',
      ...(parts ?? { operator: 'truthy', path: firstPath(n), subject: subjectOf(n), expected: true, actual: this.value(n) }),
      // In a held explanation the leaf's requirement is that it had the truthiness it had.
      negated: this.held ? wantTrue : !wantTrue,
    }
    if (this.held) c.held = true
    return c
  }

  why(n: Node, wantTrue: boolean): Explanation {
    const spec = n.k === 'op' ? this.specs[n.op]! : undefined
    const e = spec?.explain ? spec.explain(this, n.k === 'op' ? n.args : [], wantTrue, n) : this.leaf(n, wantTrue)
    return this.held && e.kind !== 'condition' ? { ...e, held: true } : e
  }

  /** The first computed argument against the rest: literals, or one computed value (a date a month after the application). */
  private generic(n: Node & { k: 'op' }): Omit<Condition, 'kind' | 'negated'> | undefined {
    const [a, ...rest] = n.args
    if (!a || isValueNode(a) || !(rest.every(isValueNode) || rest.length === 1)) return undefined
    const values = rest.map((r) => this.value(r))
    return { operator: n.op, path: firstPath(a), subject: subjectOf(a), expected: values.length === 1 ? values[0] : values, actual: this.value(a) }
  }
}

const TRUTHY = { statement: (c: Condition) => `${c.subject} is true`, required: () => 'true required' }
const wording = (c: Condition) => (c.operator === 'truthy' ? TRUTHY : WORDING.get(c.operator))

function statement(c: Condition): string {
  const s = wording(c)?.statement(c) ?? `${c.operator}(${c.subject}${c.expected === undefined ? '' : `, ${fmt(c.expected)}`})`
  return c.negated ? `not: ${s}` : s
}

/**
 * Renders an explanation as one line for recruiters, in English:
 * `experienceYears is 2; at least 3 required`, `none of: skills includes react; skills includes vue`.
 *
 * @example
 * ```ts
 * formatExplanation({ kind: 'condition', operator: '>=', path: 'experienceYears', subject: 'experienceYears', expected: 3, actual: 2, negated: false })
 * // 'experienceYears is 2; at least 3 required'
 * ```
 * @category Rules engine
 */
export function formatExplanation(e: Explanation): string {
  if (e.kind === 'condition') return formatCondition(e)
  const parts = e.children.map(formatStatement).join('; ')
  if (e.held) return e.kind === 'allOf' ? `all of: ${parts}` : `none of: ${parts}`
  return e.kind === 'anyOf' ? `none of: ${parts}` : `all of these held, but must not: ${parts}`
}

function actualText(e: Condition): string {
  return `${e.subject} is ${fmt(e.actual)}${e.answered === undefined ? '' : ` (answered ${fmt(e.answered)})`}`
}

function formatCondition(e: Condition): string {
  // "exam is true" says it all; "months is at least 24" also shows what was found.
  if (e.held) return e.operator === 'truthy' && e.actual === true && !e.negated ? statement(e) : `${statement(e)} (${actualText(e)})`
  const required = wording(e)?.required
  if (!e.negated && required) return `${actualText(e)}; ${required(e)}`
  return `${statement(e)} (${actualText(e)})`
}

function formatStatement(e: Explanation): string {
  if (e.kind !== 'condition') return `(${formatExplanation(e)})`
  return statement(e)
}
