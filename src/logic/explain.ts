import type { Field } from '../criteria/types.js'
import { EvaluationError, ScreeningError } from '../errors.js'
import {
  describeRule,
  describeTerm,
  describeValue,
  describeValues,
  fieldLabel,
  type DescribeOptions,
} from './describe-rule.js'
import type { Node } from './ast.js'
import type { EvaluationContext } from './context.js'
import { internalsOf, nodeOf, type CompiledRule, type Engine, type EngineInternals } from './engine.js'
import { ReviewRequest } from './operators/screening.js'
import { lookup } from './runtime.js'
import type { Condition, Explanation } from './explanation.js'
import { WORDING } from './operators/index.js'
import {
  firstPath,
  fmt,
  isValueNode,
  subjectOf,
  type SayCondition,
  type Tri,
  type Why,
  type Wording,
} from './operators/spec.js'
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
export function explainRule(
  engine: Engine,
  rule: CompiledRule,
  data: unknown,
  context?: EvaluationContext,
  options: ExplainOptions = {},
): Explanation {
  const internals = internalsOf(engine)
  internals.runtime.resetBudget()
  const parts: Pick<Tri, 'value' | 'truth'> = options.gaps?.size
    ? threeValued(engine, data, { gaps: options.gaps, ...(context ? { context } : {}) })
    : new Complete(internals, data, context)
  return new Explainer(internals, parts, options.held === true).why(nodeOf(rule), options.held !== true)
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

/** A value as the explainer shows it: an unknown as null, an error kept as such (see `Explainer.value`). */
function shownValue(parts: Pick<Tri, 'value'>, n: Node): unknown {
  try {
    return shown(parts.value(n))
  } catch (e) {
    return e instanceof EvaluationError ? e : new EvaluationError('evaluation_failed', String(e), { cause: e })
  }
}

/** What a leaf template reads values through, where no rule is walked to reach the leaf. */
class Values {
  constructor(private readonly parts: Pick<Tri, 'value'>) {}
  value(n: Node): unknown {
    return shownValue(this.parts, n)
  }
}

/** Walks a rule, asking each operator how it reads. */
class Explainer implements Why {
  private readonly specs: EngineInternals['specs']

  constructor(
    private readonly internals: EngineInternals,
    private readonly parts: Pick<Tri, 'value' | 'truth'>,
    private readonly held: boolean,
    private readonly templates?: Map<Node, LeafTemplate | null>,
    private readonly data?: unknown,
  ) {
    this.specs = internals.specs
  }

  value(n: Node): unknown {
    return shownValue(this.parts, n)
  }

  truth(n: Node): boolean | Unknown {
    try {
      return this.parts.truth(n)
    } catch {
      return false
    }
  }

  leaf(n: Node, wantTrue: boolean): Condition {
    // In a held explanation the leaf's requirement is that it had the truthiness it had.
    const negated = this.held ? wantTrue : !wantTrue
    if (this.templates) {
      let t = this.templates.get(n)
      if (t === undefined) this.templates.set(n, (t = leafTemplate(this.internals, n)))
      if (t) return t(this, this.data, negated, this.held)
    }
    const c = conditionOf(partsOf(this.specs, this, n), negated)
    if (this.held) c.held = true
    return c
  }

  why(n: Node, wantTrue: boolean): Explanation {
    const spec = n.k === 'op' ? this.specs[n.op]! : undefined
    const e = spec?.explain ? spec.explain(this, n.k === 'op' ? n.args : [], wantTrue, n) : this.leaf(n, wantTrue)
    return this.held && e.kind !== 'condition' ? { ...e, held: true } : e
  }
}

/** The parts of the leaf condition for `n`: its operator's shape, else the generic one, else "is true". */
function partsOf(specs: EngineInternals['specs'], x: Why, n: Node): Omit<Condition, 'kind' | 'negated'> {
  return (
    (n.k === 'op' ? (specs[n.op]!.condition?.(x, n.args) ?? generic(x, n)) : undefined) ?? {
      operator: 'truthy',
      path: firstPath(n),
      subject: subjectOf(n),
      expected: true,
      actual: x.value(n),
    }
  )
}

/** The first computed argument against the rest: literals, or one computed value (a date a month after the application). */
function generic(x: Why, n: Node & { k: 'op' }): Omit<Condition, 'kind' | 'negated'> | undefined {
  const args = n.args
  const a = args[0]
  if (!a || isValueNode(a)) return undefined
  // The common case, one value against one other, without the arrays of the general one.
  if (args.length === 2) {
    const expected = x.value(args[1]!)
    return { operator: n.op, path: firstPath(a), subject: subjectOf(a), expected, actual: x.value(a) }
  }
  const rest = args.slice(1)
  if (!rest.every(isValueNode)) return undefined
  const values = rest.map((r) => x.value(r))
  return {
    operator: n.op,
    path: firstPath(a),
    subject: subjectOf(a),
    expected: values.length === 1 ? values[0] : values,
    actual: x.value(a),
  }
}

/**
 * A leaf condition from its parts, in their order, as a spread would copy them, without one:
 * every unmet criterion's explanation is a leaf, and a spread of the operators' many shapes is
 * slow. The usual five parts make one literal; others are copied key by key.
 */
function conditionOf(parts: Omit<Condition, 'kind' | 'negated'>, negated: boolean): Condition {
  const keys = Object.keys(parts)
  if (
    keys.length === 5 &&
    keys[0] === 'operator' &&
    keys[1] === 'path' &&
    keys[2] === 'subject' &&
    keys[3] === 'expected' &&
    keys[4] === 'actual'
  )
    return {
      kind: 'condition',
      operator: parts.operator,
      path: parts.path,
      subject: parts.subject,
      expected: parts.expected,
      actual: parts.actual,
      negated,
    }
  const c = { kind: 'condition' } as Condition
  for (let i = 0; i < keys.length; i++)
    (c as unknown as Record<string, unknown>)[keys[i]!] = (parts as Record<string, unknown>)[keys[i]!]
  c.negated = negated
  return c
}

/**
 * A leaf condition of one node of a prepared rule, filled in with one application's values:
 * `x` is the explainer at work, or undefined where the rule is that leaf alone and every value
 * it shows is a literal or an answer (`direct`), so that none is needed.
 */
type LeafTemplate = ((
  x: Pick<Why, 'value'> | undefined,
  data: unknown,
  negated: boolean,
  held: boolean,
) => Condition) & {
  direct: boolean
}

/** Where a leaf's shape has the value of a node: the `at`th value the operator asked for. */
class Slot {
  constructor(readonly at: number) {}
}
class NotPlaced extends Error {}
const notPlaced = (): never => {
  throw new NotPlaced()
}

/**
 * How a template reads one value: a literal as itself (as its closure returns it), an answer
 * straight from the data (answers are JSON values, never unknown), anything else as the
 * explainer reads it (evaluated, an error or a request for a person kept as such).
 */
type Read = (x: Pick<Why, 'value'> | undefined, data: unknown) => unknown
function readerOf(internals: EngineInternals, n: Node): { read: Read; direct: boolean } {
  if (isValueNode(n)) {
    const v = internals.closureOf(n)(null, undefined)
    return { read: () => v, direct: true }
  }
  if (n.k === 'var' && n.path !== null && !n.fb) {
    const path = n.path
    return { read: (_x, data) => lookup(data, path, null), direct: true }
  }
  return { read: (x) => x!.value(n), direct: false }
}

/**
 * The leaf condition of `n` as a shape with slots for values, when its operator only places
 * values (its spec's `placesValues`, or the generic shapes, which do): the shape depends on the
 * rule alone, and each explanation only fills in the values, in the order the operator asked for
 * them. Null when the operator reads a value to shape its condition (counts what was found), or
 * when the shape is not the usual one.
 */
function leafTemplate(internals: EngineInternals, n: Node): LeafTemplate | null {
  const specs = internals.specs
  if (n.k === 'op') {
    const spec = specs[n.op]!
    if (spec.condition && !spec.placesValues) return null
  }
  // The nodes whose values the operator asks for, in its order; each value a slot.
  const asked: Node[] = []
  const symbolic: Why = { value: (v) => new Slot(asked.push(v) - 1), truth: notPlaced, why: notPlaced, leaf: notPlaced }
  let parts: Record<string, unknown>
  try {
    parts = partsOf(specs, symbolic, n) as Record<string, unknown>
  } catch (e) {
    if (e instanceof NotPlaced) return null
    throw e
  }
  // The usual leaf only: a constant operator, path and subject, and the values asked for as
  // expected then actual, or the actual one against a constant (`true`, a description). Other
  // shapes (a range's two bounds) are rare: they are explained as without a shape.
  const { operator, path, subject, expected, actual } = parts
  const constant = (v: unknown) => v === null || typeof v !== 'object'
  if (
    Object.keys(parts).join() !== 'operator,path,subject,expected,actual' ||
    typeof operator !== 'string' ||
    !constant(path) ||
    typeof subject !== 'string' ||
    !(actual instanceof Slot) ||
    actual.at !== asked.length - 1 ||
    !(constant(expected) || (expected instanceof Slot && expected.at === 0 && asked.length === 2))
  )
    return null
  const readers = asked.map((a) => readerOf(internals, a))
  const readActual = readers[actual.at]!.read
  const readExpected = expected instanceof Slot ? readers[0]!.read : () => expected
  const template = (x: Pick<Why, 'value'> | undefined, data: unknown, negated: boolean, held: boolean): Condition => {
    const e = readExpected(x, data)
    const c: Condition = {
      kind: 'condition',
      operator,
      path: path as string | null,
      subject,
      expected: e,
      actual: readActual(x, data),
      negated,
    }
    if (held) c.held = true
    return c
  }
  const direct = readers.every((r) => r.direct)
  return Object.assign(template, { direct })
}

/**
 * {@link explainRule} of one rule for data of JSON values, prepared: the same explanation, with
 * each leaf condition's shape worked out once (see `leafTemplate`), and a rule that is one such
 * leaf over answers and literals explained without walking it. What screening keeps per rule
 * of its plan.
 *
 * @example
 * ```ts
 * const why = prepareExplainer(engine, rule)
 * why({ experienceYears: 2 }) // deep-equals explainRule(engine, rule, { experienceYears: 2 })
 * ```
 * @category Rules engine
 */
export function prepareExplainer(
  engine: Engine,
  rule: CompiledRule,
): (data: unknown, context?: EvaluationContext) => Explanation {
  const internals = internalsOf(engine)
  const root = nodeOf(rule)
  const templates = new Map<Node, LeafTemplate | null>()
  const spec = root.k === 'op' ? internals.specs[root.op]! : undefined
  const leaf = spec?.explain ? null : leafTemplate(internals, root)
  if (leaf) templates.set(root, leaf)
  if (leaf?.direct) return (data) => leaf(undefined, data, false, false)
  // A leaf that shows a computed value (a date a month after the application): its values read
  // as the explainer reads them, without walking the rule to the leaf it is.
  if (leaf)
    return (data, context) => {
      internals.runtime.resetBudget()
      return leaf(new Values(new Complete(internals, data, context)), data, false, false)
    }
  return (data, context) => {
    internals.runtime.resetBudget()
    return new Explainer(internals, new Complete(internals, data, context), false, templates, data).why(root, true)
  }
}

const TRUTHY: Wording = {
  statement: (c: Condition) => `${c.subject} is true`,
  required: () => 'true required',
  sayRequired: (c, s) =>
    typeof c.actual === 'boolean'
      ? s.t('ja krävs', 'yes required')
      : s.t('ett svar som inte är 0, nej eller tomt krävs', 'an answer other than 0, no or empty required'),
}
const wording = (c: Condition) => (c.operator === 'truthy' ? TRUTHY : WORDING.get(c.operator))

function statement(c: Condition): string {
  const s =
    wording(c)?.statement(c) ?? `${c.operator}(${c.subject}${c.expected === undefined ? '' : `, ${fmt(c.expected)}`})`
  return c.negated ? `not: ${s}` : s
}

/**
 * Options of {@link formatExplanation}: the language, and the file's fields so that a field
 * reads as its question and an option as its label.
 *
 * @example
 * ```ts
 * formatExplanation(result.criteria[0]!.detail!, { locale: 'sv', fields: screener.criteria.fields, timezone: screener.criteria.job.timezone })
 * ```
 * @category Rules engine
 */
export interface FormatExplanationOptions {
  locale: 'sv' | 'en'
  fields?: Readonly<Record<string, Field>> | undefined
  /** The job's time zone, for date-times (default UTC). */
  timezone?: string | undefined
  /**
   * The criterion gives points rather than being required: what its rule asks for "ger poäng" /
   * "gives points" instead of being "krävs" / "required" (a merit is never a requirement).
   */
  scored?: boolean | undefined
}

/**
 * Renders an explanation as one line for recruiters. With `options`, in Swedish or English with
 * the file's questions and option labels: `Svar saknas på: Har du förskollärarlegitimation?`,
 * `Svaret på ”Hur många år …?” är 2; minst 3 krävs`. Without, the technical English of field ids
 * (`experienceYears is 2; at least 3 required`) that rule tests and logs compare.
 *
 * @example
 * ```ts
 * formatExplanation({ kind: 'condition', operator: '>=', path: 'experienceYears', subject: 'experienceYears', expected: 3, actual: 2, negated: false })
 * // 'experienceYears is 2; at least 3 required'
 * ```
 * @category Rules engine
 */
export function formatExplanation(e: Explanation, options?: FormatExplanationOptions): string {
  if (typeof e !== 'object' || e === null || typeof e.kind !== 'string')
    throw new ScreeningError('invalid_option', "formatExplanation() needs an explanation: a criterion's detail")
  if (options) {
    const text = new Said(options).explanation(e)
    return text.charAt(0).toUpperCase() + text.slice(1)
  }
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
  if (e.held)
    return e.operator === 'truthy' && e.actual === true && !e.negated
      ? statement(e)
      : `${statement(e)} (${actualText(e)})`
  const required = wording(e)?.required
  if (!e.negated && required) return `${actualText(e)}; ${required(e)}`
  return `${statement(e)} (${actualText(e)})`
}

function formatStatement(e: Explanation): string {
  if (e.kind !== 'condition') return `(${formatExplanation(e)})`
  return statement(e)
}

/**
 * A condition's subject text (`experienceYears`, `monthsSince(licenceDate)`, `"B"`) read back
 * as the rule it was written from, so that it can be read aloud; undefined when it does not parse.
 */
export function subjectRule(text: string): unknown {
  let i = 0
  const term = (): unknown => {
    const ch = text[i]
    if (ch === '"') {
      let j = i + 1
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1
      const lit: unknown = JSON.parse(text.slice(i, j + 1))
      i = j + 1
      return lit
    }
    if (ch === '[') {
      i++
      const items = args(']')
      return items
    }
    const m = /^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?=$|[,)\]])/.exec(text.slice(i))
    if (m) {
      i += m[0].length
      return Number(m[0])
    }
    const w = /^[^(),[\]]+/.exec(text.slice(i))
    if (!w) throw new Error('unexpected')
    i += w[0].length
    const word = w[0]
    if (text[i] === '(') {
      i++
      return { [word]: args(')') }
    }
    if (word === 'true' || word === 'false' || word === 'null') return JSON.parse(word) as unknown
    return { var: word === 'data' ? '' : word }
  }
  const args = (close: string): unknown[] => {
    const out: unknown[] = []
    if (text[i] === close) {
      i++
      return out
    }
    for (;;) {
      out.push(term())
      if (text[i] === close) {
        i++
        return out
      }
      if (text.slice(i, i + 2) !== ', ') throw new Error('unexpected')
      i += 2
    }
  }
  try {
    const rule = term()
    return i === text.length ? rule : undefined
  } catch {
    return undefined
  }
}

/** Explanations in Swedish or English, each operator's `say` wording over the file's labels. */
class Said {
  private readonly d: DescribeOptions
  private readonly scored: boolean
  constructor(options: FormatExplanationOptions) {
    this.d = { locale: options.locale, fields: options.fields, timezone: options.timezone }
    this.scored = options.scored === true
  }

  private t(sv: string, en: string): string {
    return this.d.locale === 'sv' ? sv : en
  }

  private subject(c: Condition): string {
    if (c.subject === 'conditions held')
      return this.t('antalet villkor som gäller', 'the number of conditions that hold')
    // The deadline the screening adds reads the envelope's submission time, which is no field of the file.
    if (c.subject === 'submittedAt' && !fieldLabel(this.d.fields, 'submittedAt', this.d.locale))
      return this.t('tidpunkten då ansökan skickades', 'the time the application was sent')
    const rule = subjectRule(c.subject)
    return rule === undefined ? this.t(`”${c.subject}”`, `“${c.subject}”`) : describeTerm(rule, this.d)
  }

  private value(v: unknown, c: Condition): string {
    if (v instanceof Error) return this.t(`ett fel (${v.message})`, `an error (${v.message})`)
    // A deadline as the screening words it: "2027-01-10 (Europe/Stockholm)".
    const zoned =
      typeof v === 'string' ? /^(\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?) \(([^()]+)\)$/.exec(v) : null
    if (zoned) return `${describeValue(zoned[1], { ...this.d, timezone: zoned[2]! })} (${zoned[2]!})`
    return describeValue(v, this.d, c.path ?? undefined)
  }

  private say(c: Condition): SayCondition {
    return {
      locale: this.d.locale,
      t: (sv, en) => this.t(sv, en),
      subject: this.subject(c),
      value: (v) => this.value(v, c),
      list: (v, join) => describeValues(v, join, this.d, c.path ?? undefined),
    }
  }

  private statement(c: Condition): string {
    if (c.operator === 'truthy') {
      const rule = subjectRule(c.subject)
      if (rule !== undefined) return describeRule(c.negated ? { '!': [rule] } : rule, this.d)
    }
    const say = wording(c)?.say
    const s = this.say(c)
    const text = say
      ? say(c, s)
      : this.t(
          `operatorn ”${c.operator}” gäller för ${s.subject}${c.expected === undefined ? '' : ` och ${s.value(c.expected)}`}`,
          `the operator “${c.operator}” holds for ${s.subject}${c.expected === undefined ? '' : ` and ${s.value(c.expected)}`}`,
        )
    return c.negated ? this.t(`får inte gälla: ${text}`, `must not hold: ${text}`) : text
  }

  private actual(c: Condition): string {
    if (c.actual === null || c.actual === undefined) {
      const label =
        c.path !== null && c.subject === c.path ? fieldLabel(this.d.fields, c.path, this.d.locale) : undefined
      return this.t(`svar saknas på: ${label ?? this.subject(c)}`, `no answer to: ${label ?? this.subject(c)}`)
    }
    const answered =
      c.answered === undefined
        ? ''
        : this.t(` (svarat: ${this.value(c.answered, c)})`, ` (answered: ${this.value(c.answered, c)})`)
    return `${this.subject(c)} ${this.t('är', 'is')} ${this.value(c.actual, c)}${answered}`
  }

  private condition(c: Condition): string {
    if (c.held)
      return c.operator === 'truthy' && c.actual === true && !c.negated
        ? this.statement(c)
        : `${this.statement(c)} (${this.actual(c)})`
    // "Svar saknas på: Har du legitimation?" says it all for a yes/no question.
    if (!c.negated && c.operator === 'truthy' && (c.actual === null || c.actual === undefined)) return this.actual(c)
    const required = wording(c)?.sayRequired
    if (!c.negated && required)
      return `${this.actual(c)}; ${this.scored ? scoredWords(required(c, this.say(c)), this.d.locale) : required(c, this.say(c))}`
    return `${this.statement(c)} (${this.actual(c)})`
  }

  explanation(e: Explanation): string {
    if (e.kind === 'condition') return this.condition(e)
    const parts = e.children
      .map((x) => (x.kind === 'condition' ? this.statement(x) : `(${this.explanation(x)})`))
      .join('; ')
    if (e.held)
      return e.kind === 'allOf'
        ? this.t(`allt detta gäller: ${parts}`, `all of these hold: ${parts}`)
        : this.t(`inget av detta gäller: ${parts}`, `none of these hold: ${parts}`)
    return e.kind === 'anyOf'
      ? this.t(`inget av detta gäller: ${parts}`, `none of these hold: ${parts}`)
      : this.t(`allt detta gäller, men får inte: ${parts}`, `all of these hold, but must not: ${parts}`)
  }
}

/**
 * What a merit's rule asks for, said as what gives its points: the operators word what a rule
 * asks for as a requirement ("minst 6 krävs", "at least 6 required", "must include B").
 */
function scoredWords(required: string, locale: 'sv' | 'en'): string {
  if (locale === 'sv') return required.replace(/ krävs(?=$| \()/, ' ger poäng')
  const include = /^must include (.*)$/.exec(required)
  if (include) return `including ${include[1]} gives points`
  return required.replace(/ required(?=$| \()/, ' gives points')
}
