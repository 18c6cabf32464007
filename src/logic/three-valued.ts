import type { Node } from './ast.js'
import type { EvaluationContext } from './context.js'
import { internalsOf, nodeOf, type CompiledRule, type Engine, type EngineInternals } from './engine.js'
import { ReviewRequest } from './operators/screening.js'
import { fieldKey, primitive, literalList, type OperatorSpec, type Tri } from './operators/spec.js'
import { evaluatorFor } from './prepare.js'
import { lookup, truthy } from './runtime.js'
import { PartialList, Unknown, unknownIn } from './unknown.js'

// Three-valued evaluation: a rule evaluated while some answers are not usable (unanswered,
// invalid, or marked for a person). Those fields are *unknown*; every operator says, in its
// spec, how unknown operands combine (Kleene's logic for and, or, !, if and the quantifiers;
// strict for the rest). Parts of the rule that read no unknown field run on the ordinary
// compiled closures, so complete parts keep json-logic-js's exact answers. When Kleene's logic
// leaves the rule undecided, fields with a small set of possible answers are tried one value
// at a time: the rule is decided when every possible answer gives the same result.

/**
 * Why a field's answer cannot be used: not given, given in a form the field does not accept,
 * or a value the criteria mark for a person to judge.
 * @example
 * ```ts
 * const gap: FieldGap = { state: 'review', note: 'check that the education is equivalent' }
 * ```
 * @category Rules engine
 */
export interface FieldGap {
  state: 'missing' | 'invalid' | 'review'
  /** Reviewer-facing note (for `review`). */
  note?: string
}

/** What a node reads: its top-scope fields, whether it reads the whole data, whether it can ask for a person. */
interface Reads {
  fields: readonly string[]
  whole: boolean
  review: boolean
}

const readsCache = new WeakMap<Node, Reads>()

function readsOf(n: Node, specs: Readonly<Record<string, OperatorSpec>>): Reads {
  const hit = readsCache.get(n)
  if (hit) return hit
  const fields = new Set<string>()
  let whole = false
  let review = false
  const add = (r: Reads): void => {
    r.fields.forEach((f) => fields.add(f))
    whole ||= r.whole
    review ||= r.review
  }
  switch (n.k) {
    case 'lit':
      break
    case 'arr':
      n.items.forEach((i) => add(readsOf(i, specs)))
      break
    case 'var':
      if (n.path === null) whole = true
      else fields.add(n.path[0]!)
      if (n.fb) add(readsOf(n.fb, specs))
      break
    case 'dvar':
      whole = true
      break
    case 'op': {
      const spec = specs[n.op]!
      if (n.op === 'review') review = true
      for (const k of spec.keys?.(n.args) ?? [])
        if (k.k === 'lit' && (typeof k.v === 'string' || typeof k.v === 'number'))
          fields.add(String(k.v).split('.')[0]!)
        else whole = true
      n.args.forEach((a, i) => {
        // A scoped body reads the item, not the data; only a person's decision inside it matters here.
        if (spec.scoped && i === 1) review ||= readsOf(a, specs).review
        else add(readsOf(a, specs))
      })
    }
  }
  const r: Reads = { fields: [...fields], whole, review }
  readsCache.set(n, r)
  return r
}

class TriEvaluator implements Tri {
  readonly rt: EngineInternals['runtime']
  private present: unknown

  constructor(
    private readonly internals: EngineInternals,
    private readonly data: unknown,
    private readonly gaps: ReadonlyMap<string, FieldGap>,
    readonly context: EvaluationContext | undefined,
  ) {
    this.rt = internals.runtime
  }

  private depends(n: Node): boolean {
    const r = readsOf(n, this.internals.specs)
    if (r.review || (r.whole && this.gaps.size > 0)) return true
    for (const f of r.fields) if (this.gaps.has(f)) return true
    return false
  }

  private allGaps(): Unknown {
    return new Unknown([...this.gaps.keys()])
  }

  /** Runs a compiled closure; a `review` reached becomes an unknown with its note. */
  private run(n: Node, data: unknown): unknown {
    try {
      return this.internals.closureOf(n)(data, this.context)
    } catch (e) {
      if (e instanceof ReviewRequest) return new Unknown([], [e.note])
      throw e
    }
  }

  value(n: Node): unknown {
    if (!this.depends(n)) return this.run(n, this.data)
    switch (n.k) {
      case 'lit':
        return n.v
      case 'arr': {
        const items = n.items.map((i) => this.value(i))
        return unknownIn(items) ? new PartialList(items) : items
      }
      case 'var': {
        if (n.path === null) return this.allGaps()
        const field = n.path[0]!
        const gap = this.gaps.get(field)
        if (!gap) {
          // Only the default depends on an unknown field; json-logic-js evaluates it first.
          const fb = n.fb ? this.value(n.fb) : null
          const v = lookup(this.data, n.path, undefined)
          return v === undefined ? (fb === undefined ? null : fb) : v
        }
        // A default reads absence as data, as JSON Logic defines; an unusable answer is not absent.
        if (gap.state === 'missing' && n.fb) {
          const fb = this.value(n.fb)
          return fb === undefined ? null : fb
        }
        // The reviewer's note of an answer for a person travels with the field's state, not here:
        // notes here are `review` operators reached, which no possible answer can settle.
        return new Unknown([field])
      }
      case 'dvar':
        return this.allGaps()
      case 'op': {
        const spec = this.internals.specs[n.op]!
        if (spec.tri) return spec.tri(this, n.args)
        const values = n.args.map((a) => this.value(a))
        return this.strict(values, () => {
          try {
            return evaluatorFor(spec, n.args)(values, this.context as EvaluationContext, this.rt)
          } catch (e) {
            if (e instanceof ReviewRequest) return new Unknown([], [e.note])
            throw e
          }
        })
      }
    }
  }

  truth(n: Node): boolean | Unknown {
    if (this.depends(n) && n.k === 'op') {
      const t = this.internals.specs[n.op]!.triTruth
      if (t) return t(this, n.args)
    }
    const v = this.value(n)
    if (v instanceof Unknown) return v
    // A partial list is a non-empty array.
    return v instanceof PartialList ? true : truthy(v)
  }

  itemValue(body: Node | undefined, item: unknown): unknown {
    if (!body) return undefined
    if (item instanceof Unknown) return item
    return this.run(body, item)
  }

  itemTruth(body: Node | undefined, item: unknown): boolean | Unknown {
    const v = this.itemValue(body, item)
    return v instanceof Unknown ? v : truthy(v)
  }

  strict(values: readonly unknown[], compute: () => unknown): unknown {
    return unknownIn(values) ?? compute()
  }

  presence(): unknown {
    if (this.present === undefined) {
      const view: Record<string, unknown> = Object.assign(Object.create(null), this.data)
      for (const [f, g] of this.gaps) if (g.state !== 'missing') view[f] = true
      this.present = view
    }
    return this.present
  }
}

/**
 * Options of {@link testThreeValued}.
 * @example
 * ```ts
 * const options: ThreeValuedOptions = { gaps: new Map([['experience', { state: 'missing' }]]), context }
 * ```
 * @category Rules engine
 */
export interface ThreeValuedOptions {
  /** The fields whose answers cannot be used, and why. */
  gaps: ReadonlyMap<string, FieldGap>
  context?: EvaluationContext
  /**
   * Every possible answer of fields with few of them (booleans, enums, small whole-number
   * ranges, numbers compared only with constants): an undecided rule is tried with each, and
   * is decided when all give the same result. From {@link answerDomains}.
   */
  domains?: ReadonlyMap<string, readonly unknown[]>
  /** Most evaluations spent trying possible answers (default 1,024); past it the rule stays undecided and a person decides. */
  budget?: number
}

const SPLIT_BUDGET = 1_024

/**
 * A rule's truthiness with some answers unusable: `true` or `false` when every possible answer
 * to those fields gives that result, else an {@link Unknown} naming the fields (and reviewer
 * notes) that could decide it. With no gaps it is the ordinary result.
 *
 * @example
 * ```ts
 * const engine = createEngine()
 * const rule = engine.compile({ or: [{ var: 'exam' }, { '>=': [{ var: 'months' }, 24] }] })
 * testThreeValued(engine, rule, { exam: true }, { gaps: new Map([['months', { state: 'missing' }]]) }) // true
 * ```
 * @category Rules engine
 */
export function testThreeValued(
  engine: Engine,
  rule: CompiledRule,
  data: unknown,
  options: ThreeValuedOptions,
): boolean | Unknown {
  const node = nodeOf(rule)
  const internals = internalsOf(engine)
  // One budget of steps for the whole decision, however many answers are tried.
  internals.runtime.resetBudget()
  const budget = { left: options.budget ?? SPLIT_BUDGET }
  const attempt = (d: unknown, gaps: ReadonlyMap<string, FieldGap>): boolean | Unknown => {
    budget.left--
    const r = new TriEvaluator(internals, d, gaps, options.context).truth(node)
    if (!(r instanceof Unknown) || !options.domains || r.notes.length) return r
    const field = r.fields.find((f) => options.domains!.has(f) && gaps.has(f))
    if (field === undefined) return r
    const rest = new Map(gaps)
    rest.delete(field)
    let seen: boolean | undefined
    for (const v of options.domains.get(field)!) {
      if (budget.left <= 0) return r
      const out = attempt({ ...(d as Record<string, unknown>), [field]: v }, rest)
      if (out instanceof Unknown || (seen !== undefined && out !== seen)) return r
      seen = out
    }
    return seen ?? r
  }
  return attempt(data, options.gaps)
}

/**
 * A handle on three-valued evaluation for explanation: values and truthiness of any node of a
 * rule with the given gaps.
 * @category Rules engine
 */
export function threeValued(engine: Engine, data: unknown, options: ThreeValuedOptions): Pick<Tri, 'value' | 'truth'> {
  return new TriEvaluator(internalsOf(engine), data, options.gaps, options.context)
}

/**
 * What is known of a field's possible answers, for {@link answerDomains}.
 * @example
 * ```ts
 * const d: AnswerShape = { type: 'integer', min: 0, max: 10 }
 * ```
 * @category Rules engine
 */
export type AnswerShape =
  | { type: 'boolean' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'number' | 'integer'; min?: number; max?: number }
  | { type: 'string' }
  | { type: 'other' }

const SMALL_RANGE = 64

/**
 * Every answer worth trying, per field a rule reads, when the field has few possible answers
 * or is only compared with constants (then one answer per region between the constants
 * stands for all of them). Fields read any other way are left out: they stay unknown.
 *
 * @example
 * ```ts
 * answerDomains(engine, engine.compile({ '>=': [{ var: 'years' }, 3] }), { years: { type: 'number', min: 0 } })
 * // Map { 'years' => [0, 1.5, 3, 4] }
 * ```
 * @category Rules engine
 */
export function answerDomains(
  engine: Engine,
  rule: CompiledRule,
  shapes: Readonly<Record<string, AnswerShape>>,
): Map<string, unknown[]> {
  const node = nodeOf(rule)
  const specs = internalsOf(engine).specs
  const reads = new Map<string, number>()
  const compared = new Map<string, { count: number; values: unknown[] }>()
  const COMPARISON = new Set(['==', '===', '!=', '!==', '<', '<=', '>', '>='])
  const walk = (n: Node, scoped: boolean): void => {
    if (n.k === 'var') {
      if (!scoped && n.path)
        reads.set(n.path[0]!, (reads.get(n.path[0]!) ?? 0) + (n.path.length === 1 && !n.fb ? 1 : 1_000_000))
      if (n.fb) walk(n.fb, scoped)
      return
    }
    if (n.k === 'arr') return n.items.forEach((i) => walk(i, scoped))
    if (n.k === 'dvar') return
    if (n.k !== 'op') return
    const spec = specs[n.op]!
    for (const k of spec.keys?.(n.args) ?? []) if (k.k === 'lit') reads.set(String(k.v).split('.')[0]!, 1_000_000)
    if (!scoped && (COMPARISON.has(n.op) || n.op === 'in')) {
      // A field against constants: `years >= 3`, `18 <= age <= 67`, `city in [..]`.
      const fields = n.args.map(fieldKey)
      const others = n.args.filter((_, i) => fields[i] === undefined)
      const lits =
        n.op === 'in'
          ? n.args.length === 2 && fields[0] !== undefined
            ? literalList(n.args[1])
            : undefined
          : others.every(primitive)
            ? others.map((o) => (o as { v: unknown }).v)
            : undefined
      const field = fields.filter((f) => f !== undefined)
      if (lits && field.length === 1 && (n.op !== 'in' || fields[0] !== undefined)) {
        const c = compared.get(field[0]!) ?? { count: 0, values: [] }
        c.count++
        c.values.push(...lits)
        compared.set(field[0]!, c)
      }
    }
    n.args.forEach((a, i) => walk(a, scoped || (spec.scoped === true && i === 1)))
  }
  walk(node, false)
  const out = new Map<string, unknown[]>()
  for (const [field, count] of reads) {
    const shape = shapes[field]
    if (!shape) continue
    const c = compared.get(field)
    const onlyCompared = c !== undefined && c.count === count
    if (shape.type === 'boolean') out.set(field, [true, false])
    else if (shape.type === 'enum') out.set(field, [...shape.values])
    else if (
      shape.type === 'integer' &&
      shape.min !== undefined &&
      shape.max !== undefined &&
      shape.max - shape.min <= SMALL_RANGE
    )
      out.set(
        field,
        Array.from({ length: Math.floor(shape.max) - Math.ceil(shape.min) + 1 }, (_, i) => Math.ceil(shape.min!) + i),
      )
    else if (
      (shape.type === 'number' || shape.type === 'integer') &&
      onlyCompared &&
      c.values.every((v) => typeof v === 'number' && Number.isFinite(v))
    )
      out.set(field, regions(c.values as number[], shape.type === 'integer', shape.min, shape.max))
    else if (shape.type === 'string' && onlyCompared && c.values.every((v) => typeof v === 'string'))
      // Compared only for equality with constants: each constant, and one text that is none of them.
      out.set(field, [...new Set(c.values), '\u0000none of the listed values'])
  }
  return out
}

/** One number from each region the constants cut the number line into, within the bounds. */
function regions(constants: number[], integer: boolean, min?: number, max?: number): number[] {
  const lo = min ?? -Infinity
  const hi = max ?? Infinity
  const cuts = [
    ...new Set([...constants, ...(min === undefined ? [] : [min]), ...(max === undefined ? [] : [max])]),
  ].sort((a, b) => a - b)
  const points = new Set<number>()
  if (integer)
    for (const b of cuts)
      for (const v of [Math.floor(b) - 1, Math.floor(b), Math.ceil(b), Math.ceil(b) + 1]) points.add(v)
  else {
    cuts.forEach((b, i) => {
      points.add(b)
      if (i + 1 < cuts.length) points.add((b + cuts[i + 1]!) / 2)
    })
    if (cuts.length) {
      points.add(cuts[0]! - 1)
      points.add(cuts[cuts.length - 1]! + 1)
    } else points.add(0)
  }
  return [...points].filter((v) => v >= lo && v <= hi && (!integer || Number.isInteger(v))).sort((a, b) => a - b)
}
