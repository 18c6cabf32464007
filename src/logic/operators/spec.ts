import type { IssueParams, RuleIssueCode } from '../../issues/issue-code.js'
import type { Node, RulePath } from '../ast.js'
import type { EvaluationContext, PreparedArgument, ValueKind } from '../context.js'
import type { Runtime } from '../runtime.js'
import type { Condition, Explanation } from '../explanation.js'
import type { Unknown } from '../unknown.js'

// One home for each operator's meaning. An OperatorSpec states, once, everything the back ends
// need: the value semantics (`evaluate`), arity and types for load-time checks, optional
// specialisations for the code generator and the closure builder, the three-valued behaviour
// used when answers are missing, how an explanation reads it, and which literals a reason may
// quote. The back ends (codegen, closures, three-valued evaluation, explanation, analysis,
// folding) hold no per-operator cases of their own: they ask the spec, and fall back to
// `evaluate` over evaluated arguments where the spec offers nothing more specific.

/** A compiled evaluator: data in, JSON Logic value out. */
export type Evaluator = (data: unknown, context: unknown) => unknown
/** A compiled truthiness test. */
export type Test = (data: unknown, context: unknown) => boolean

/** What the code generator offers an operator's `emit`. */
export interface Emit {
  /** JavaScript expression of a node's value. */
  expr(n: Node): string
  /** JavaScript expression of a node's truthiness (a boolean). */
  truthy(n: Node): string
  /** Whether a node's value is always a boolean. */
  isBoolean(n: Node): boolean
  /** Name of a runtime helper bound as a local. */
  h(name: string): string
  /** Name of a constant bound as a local. */
  constant(v: unknown): string
  /** A fresh temporary of the current scope. */
  temp(): string
  /** Evaluates operands once each (in order) into temporaries where needed, then builds from them. */
  withOperands(nodes: readonly (Node | undefined)[], build: (ops: string[]) => string): string
  /** A hoisted loop for `some`, `all` or `none` with the body's truthiness inlined per item. */
  quantifier(op: 'some' | 'all' | 'none', body: Node | undefined): string
  /** A hoisted function for the body of map, filter or reduce. */
  scoped(body: Node | undefined): string
  /** The default: the operator's `evaluate` (prepared for its literal arguments) called with the evaluated arguments. */
  call(op: string, args: readonly Node[]): string
}

/** What the closure builder (jitless mode) offers an operator's `closure`. */
export interface Build {
  readonly rt: Runtime
  /** A node's evaluator in the current scope. */
  value(n: Node): Evaluator
  /** A node's truthiness test in the current scope. */
  test(n: Node): Test
  /** A node's evaluator in the item scope (bodies of map, filter, reduce). */
  itemValue(n: Node): Evaluator
  /** A node's truthiness test in the item scope (bodies of some, all, none). */
  itemTest(n: Node): Test
  /** The frame slot of a one-segment field read, when the current scope has a frame. */
  slotOf(n: Node | undefined): number | undefined
  /** True in the top scope, whose evaluators receive a frame instead of the data. */
  readonly framed: boolean
  /** The data, from what the current scope's evaluators receive. */
  data(f: unknown): unknown
  /** The default: `evaluate` over the evaluated arguments. */
  call(op: string, args: readonly Node[]): Evaluator
}

/** What three-valued evaluation offers an operator (see three-valued.ts). */
export interface Tri {
  readonly rt: Runtime
  readonly context: EvaluationContext | undefined
  /** A node's value, an {@link Unknown} when it depends on an unanswered field. */
  value(n: Node): unknown
  /** A node's truthiness: true, false or {@link Unknown}. */
  truth(n: Node): boolean | Unknown
  /** A scoped body's value for one known item. */
  itemValue(body: Node | undefined, item: unknown): unknown
  /** A scoped body's truthiness for one known item. */
  itemTruth(body: Node | undefined, item: unknown): boolean | Unknown
  /** The unknowns among `values` merged, or else `compute()`. */
  strict(values: readonly unknown[], compute: () => unknown): unknown
  /** The data as `missing` sees it: answers that exist but cannot be used (invalid, for a person) count as present. */
  presence(): unknown
}

/** What explanation offers an operator. */
export interface Why {
  /** Explains why `n` did not have the truthiness `wantTrue` (or, when explaining a met rule, why it did). */
  why(n: Node, wantTrue: boolean): Explanation
  /** A leaf condition for `n`. */
  leaf(n: Node, wantTrue: boolean): Condition
  truth(n: Node): boolean | Unknown
  value(n: Node): unknown
}

/** The parts of a leaf condition an operator shapes; the rest is filled in by explanation. */
export type ConditionParts = Pick<Condition, 'operator' | 'path' | 'subject' | 'actual'> & {
  expected?: unknown
  found?: unknown
}

/** What the analyser knows of a value. */
export interface Typed {
  kind: ValueKind
  /** The value is always a whole number (an integer field, a count of days or months). */
  whole?: boolean
  /** The operator the value comes from, if any. */
  from?: string
  /** The field this value comes straight from, if any. */
  field?: string
  /** The literal value, if the node is a literal. */
  literal?: { v: unknown }
  /** The values an enum field (or the items of a list field) may take. */
  values?: readonly string[]
}

/** What load-time analysis offers an operator. */
export interface Analyse {
  add(code: RuleIssueCode, message: string, at: RulePath, params?: IssueParams): void
  /** `number field "years"`, `the text "3"`. */
  describe(t: Typed): string
  /**
   * A value as an issue's params, each key starting with `side`: its kind (`leftKind: 'number'`),
   * the field it comes from (`leftField: 'ar'`, `leftWhole: true` for whole numbers), or the
   * literal as written, in JSON (`rightText: '"3"'`); a computed value has its kind only.
   */
  side(t: Typed, side: 'left' | 'right' | 'got'): IssueParams
  /**
   * Reports a `type_mismatch` from its params alone: `variant` (which check), the sides (see
   * `side`) and the fix (`suggest`, `decimal`); its English message is worded from them.
   */
  mismatch(at: RulePath, params: IssueParams): void
  /** Whether two kinds can sensibly be compared. */
  compatible(a: Typed, b: Typed): boolean
  /** Reports literals that are not among an enum field's values. */
  checkEnum(field: Typed, other: Typed, at: RulePath): void
}

/** A folded value: known for every application, or not. */
export type Folded = { constant: true; value: unknown } | { constant: false }

/** What folding offers an operator. */
export interface Fold {
  fold(n: Node): Folded
  truthy(v: unknown): boolean
  /** Evaluates a node whose parts are all constant. */
  evaluate(n: Node): Folded
}

/** A literal value a reason may quote, and how a list of them is joined. */
export interface Quote {
  value: unknown
  /** `or` for "any of", `and` for "all of". */
  join?: 'or' | 'and'
}

/** How a condition reads in an explanation. */
export interface Wording {
  /** "experienceYears is at least 3" */
  statement: (c: Condition) => string
  /** "at least 3 required" (after "experienceYears is 2; ") */
  required?: (c: Condition) => string
  /** The statement in Swedish or English, with the file's labels: "svaret på ”Q” är minst 3". */
  say?: (c: Condition, s: SayCondition) => string
  /** The requirement in Swedish or English: "minst 3 krävs". */
  sayRequired?: (c: Condition, s: SayCondition) => string
}

/** A rule read aloud: a clause (true or false) or a term (a value). */
export interface Phrase {
  text: string
  /** A clause reads as true or false ("svaret på ”Q” är minst 3"); a term names a value ("svaret på ”Q”"). */
  clause: boolean
  /** A compound clause (and, or, if): parenthesised when nested, so precedence shows. */
  group?: boolean
  /** How a term reads as a condition, where better than the generic "is not empty" (`missing`). */
  truth?: string
}

/** What describing a rule in plain words offers an operator (describe-rule.ts). */
export interface Say {
  readonly locale: 'sv' | 'en'
  /** The Swedish or the English text, by the locale. */
  t(sv: string, en: string): string
  /** A node as a condition; a compound one comes in parentheses. */
  cond(n: Node | undefined): string
  /** A node as a value; `about` is the node it is compared with, whose option labels name a literal. */
  term(n: Node | undefined, about?: Node): string
  /** A literal naming a field (the keys of `missing`) as the field's question. */
  key(n: Node | undefined): string
  /** A literal list as its values joined ("A, B eller C"), anything else as a term. */
  list(n: Node | undefined, join: 'or' | 'and', about?: Node): string
  /** Texts joined: "A, B eller C", "A, B och C". */
  join(parts: readonly string[], join: 'or' | 'and'): string
  /** A node as a condition on each item of a list (some, all, none, filter): its `var` reads the item. */
  itemCond(n: Node | undefined): string
  /** A node as a value of each item of a list (map, reduce). */
  itemTerm(n: Node | undefined): string
  /** Whether a node is a date: a date field, a written date, a date operator. */
  isDate(n: Node | undefined): boolean
  /** The type of the field a node reads straight from, if any. */
  fieldType(n: Node | undefined): string | undefined
}

/** What localised explanations offer a condition's wording (explain.ts). */
export interface SayCondition {
  readonly locale: 'sv' | 'en'
  t(sv: string, en: string): string
  /** The condition's subject in words ("svaret på ”Q”"). */
  readonly subject: string
  /** A value in words: a date, a number with the language's decimal mark, an option's label. */
  value(v: unknown): string
  /** Values joined with "eller"/"och". */
  list(v: unknown, join: 'or' | 'and'): string
}

/** Everything about one operator. */
export interface OperatorSpec {
  /** One line for documentation and lint output. */
  description: string
  /**
   * Arguments accepted in criteria files, `[min, max]`. The engine itself takes what
   * json-logic-js takes (extra arguments ignored); in a criteria file an extra or missing
   * argument is almost always a slip that silently changes the outcome, so it is an error there.
   */
  arity: readonly [number, number]
  /** Kinds of the first arguments, for load-time checks (operators with their own `analyse` of kinds leave it out). */
  args?: readonly ValueKind[]
  /** Kind of the result. */
  returns: ValueKind
  /** The result is always a whole number (days, months, years, counts). */
  whole?: boolean
  /** The result is always a JavaScript boolean, so its truthiness needs no check. */
  boolean?: boolean
  /** The second argument is evaluated per item, with the item as data. */
  scoped?: boolean
  /** The argument nodes that name data keys the operator reads (`missing`): fields it depends on. */
  keys?: (args: readonly Node[]) => readonly Node[]
  /** The result depends on more than the arguments (the data itself, the clock): never folded. */
  impure?: boolean
  /**
   * The result depends on the time of the decision (a count up to now): the same answers give
   * another result another day. Such an operator is also `impure`.
   */
  readsClock?: boolean
  /** The result depends on the application beyond its answers (its submission time). Such an operator is also `impure`. */
  readsApplication?: boolean
  /** The operator hands the decision to a person: no answer decides it. Such an operator is also `impure`. */
  asksPerson?: boolean
  /**
   * A count of whole calendar units: from the first argument (a date) until the time of the
   * decision or the second argument (`since`), or from that time until the first argument (`until`).
   */
  counts?: 'since' | 'until'
  /** A comparison of dates that asks argument `earlier` to be before argument `later` (`strict`: not on the same instant). */
  orders?: { readonly earlier: number; readonly later: number; readonly strict: boolean }
  /** Value semantics over evaluated arguments (json-logic-js's, for the standard operators). */
  evaluate?: (args: unknown[], context: EvaluationContext, rt: Runtime) => unknown
  /** Compile-time specialisation for literal arguments; must give the same results as `evaluate`. */
  prepare?: (
    args: readonly PreparedArgument[],
  ) => ((args: unknown[], context: EvaluationContext) => unknown) | undefined
  /** Generated code for the value (default: a call of `evaluate`). */
  emit?: (g: Emit, args: readonly Node[]) => string
  /** Generated code for the truthiness, where cheaper than testing the value. */
  emitTest?: (g: Emit, args: readonly Node[]) => string
  /** Closure for the value (default: `evaluate` over evaluated arguments). */
  closure?: (b: Build, args: readonly Node[]) => Evaluator
  /** Closure for the truthiness, where cheaper than testing the value. */
  closureTest?: (b: Build, args: readonly Node[]) => Test | undefined
  /** Three-valued value (default: strict, unknown when any argument is unknown). */
  tri?: (t: Tri, args: readonly Node[]) => unknown
  /** Three-valued truthiness (default: the truthiness of the three-valued value). */
  triTruth?: (t: Tri, args: readonly Node[]) => boolean | Unknown
  /** Structural explanation (and, or, !, if); leaves use `condition`. */
  explain?: (x: Why, args: readonly Node[], wantTrue: boolean, node: Node) => Explanation
  /** Shapes the leaf condition (default: the first computed argument against the literal rest). */
  condition?: (x: Why, args: readonly Node[]) => ConditionParts | undefined
  /**
   * `condition` only places the values it asks for as parts, never reads them: its shape
   * depends on the rule alone, so an explainer prepared for a rule works it out once.
   */
  placesValues?: boolean
  /** How conditions this operator produces read, by the condition's operator name (`>=`, `between`). */
  wording?: Readonly<Record<string, Wording>>
  /** Type rules beyond `args` and `returns`; may return the result's type (default: `returns`). */
  // biome-ignore lint/suspicious/noConfusingVoidType: an operator's analyse may return nothing, without a `return`
  analyse?: (a: Analyse, args: readonly Typed[], at: RulePath, nodes: readonly Node[]) => Typed | void
  /** Load-time checks of literal arguments (their domain): a message per problem. */
  check?: (args: readonly Node[]) => { message: string; arg?: number; params: IssueParams }[]
  /** Folding beyond "all arguments constant" (and, or, if). */
  fold?: (f: Fold, args: readonly Node[], node: Node) => Folded
  /** The operator read aloud in Swedish or English, with the file's labels (describeRule). */
  describe?: (s: Say, args: readonly Node[]) => Phrase
  /** The literals a reason may quote: `{{min}}` for the threshold of `>=`. */
  quotes?: (args: readonly Node[]) => Record<string, Quote>
}

/** A primitive literal, or undefined. */
export const primitive = (n: Node | undefined): n is Node & { k: 'lit' } =>
  n !== undefined && n.k === 'lit' && (n.v === null || typeof n.v !== 'object')

/**
 * The values of an array of primitive literals, or undefined. Not frozen: V8 inlines indexOf
 * only over ordinary arrays; callers freeze it where the array can escape as a value.
 */
export const literalList = (n: Node | undefined): unknown[] | undefined =>
  n?.k === 'arr' && n.items.every(primitive) ? n.items.map((i) => (i as { v: unknown }).v) : undefined

/** A node that is a plain value: a literal or an array of literals. */
export const isValueNode = (n: Node | undefined): boolean =>
  !!n && (n.k === 'lit' || (n.k === 'arr' && n.items.every((i) => i.k === 'lit')))

/** The key of a one-segment `var` without a default: the shape most leaves read. */
export const fieldKey = (n: Node | undefined): string | undefined =>
  n?.k === 'var' && n.path?.length === 1 && !n.fb ? n.path[0] : undefined

/** `{"var": ""}`: the whole data (the item, in a scoped body). */
export const isData = (n: Node | undefined): boolean => n?.k === 'var' && n.path === null && !n.fb

// Explanations name the same parts of the same rules for every rejected application: the texts
// are computed once per node.
const paths = new WeakMap<Node, string | null>()
const subjects = new WeakMap<Node, string>()

/** The first field path a node reads, for explanations. */
export function firstPath(n: Node): string | null {
  let p = paths.get(n)
  if (p !== undefined) return p
  p = null
  if (n.k === 'var') p = n.path ? n.path.join('.') : null
  else if (n.k === 'op')
    for (const a of n.args) {
      p = firstPath(a)
      if (p) break
    }
  paths.set(n, p)
  return p
}

/** A node as text: `experienceYears`, `daysUntil(start)`. */
export function subjectOf(n: Node): string {
  let s = subjects.get(n)
  if (s !== undefined) return s
  if (n.k === 'var') s = n.path ? n.path.join('.') : 'data'
  else if (n.k === 'lit') s = JSON.stringify(n.v) ?? 'undefined'
  else if (n.k === 'op') s = `${n.op}(${n.args.map(subjectOf).join(', ')})`
  else if (n.k === 'arr') s = `[${n.items.map(subjectOf).join(', ')}]`
  else s = 'value'
  subjects.set(n, s)
  return s
}

/** A value for explanations: short JSON, or a note that evaluating it failed. */
export const fmt = (v: unknown): string => {
  if (v instanceof Error) return `an error (${v.message})`
  const s =
    typeof v === 'string'
      ? JSON.stringify(v)
      : Array.isArray(v)
        ? `[${v.map((x) => fmt(x)).join(', ')}]`
        : (JSON.stringify(v) ?? String(v))
  return s.length > 80 ? `${s.slice(0, 77)}…` : s
}
/** A value as plain text when it is a short string. */
export const plain = (v: unknown): string => (typeof v === 'string' && v.length <= 80 ? v : fmt(v))
/** A list as plain text. */
export const listText = (v: unknown): string => (Array.isArray(v) ? v.map(plain).join(', ') : plain(v))

/** A written date or date-time (`2027-06-30`, `2027-06-30T12:00+02:00`). */
export const isDateText = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}(?:$|T)/.test(v)
