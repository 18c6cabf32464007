import { codeGenerationAllowed } from '../criteria/code-generation.js'
import { EvaluationError, RuleError, ScreeningError } from '../errors.js'
import { checkShape, parse, type CompileLimits, type Node, type RuntimeLimits } from './ast.js'
import { buildClosure, buildPartClosure, buildTests } from './closures.js'
import { extendRuntime, finiteSpec, generate, generateAll, type Evaluator } from './codegen.js'
import type { EvaluationContext, OperatorDefinition } from './context.js'
import { SCREENING_SPECS, specOf, STANDARD_SPECS } from './operators/index.js'
import type { OperatorSpec } from './operators/spec.js'
import { createRuntime, type Runtime } from './runtime.js'

/**
 * Options of {@link createEngine}.
 *
 * @example
 * ```ts
 * const engine = createEngine({ jitless: true, limits: { maxArrayLength: 10_000 } })
 * ```
 * @category Rules engine
 */
export interface EngineOptions {
  /** Custom operators, registered on this engine only. */
  operators?: Readonly<Record<string, OperatorDefinition>>
  /** Register the screening operators (dates, lists, CEFR). Default `true`. */
  screeningOperators?: boolean
  /**
   * Evaluate with closures instead of generated code, for hosts that forbid `new Function`
   * (a strict Content-Security-Policy, Cloudflare Workers). Default: generated code where the
   * host allows `new Function`, closures where it does not. Where the host cannot say (a page
   * whose policy comes in an HTTP header), that is tried once, and a browser reports the try as
   * a `securitypolicyviolation` when the policy forbids it: such a page passes `jitless: true`
   * and nothing is tried. Workers and pages with a `<meta>` policy are known without trying.
   */
  jitless?: boolean
  /**
   * Accept computed `var` paths such as `{"var": {"cat": ["a", "b"]}}`, as json-logic-js does.
   * Off by default and never on for criteria files, whose fields must be knowable at load.
   */
  dynamicPaths?: boolean
  /** Compile-time and run-time limits. */
  limits?: Partial<CompileLimits & RuntimeLimits>
  /**
   * Throw an {@link EvaluationError} coded `not_finite` when arithmetic (`+ - * / % min max`)
   * gives NaN or an infinity, instead of going on with it as json-logic-js does (where it then
   * compares false with everything). Default `false` here; the engines that screening makes
   * (`compileCriteria`, `loadCriteriaText`) turn it on, so such a rule sends the application
   * to a person (status `error`) instead of rejecting it.
   */
  finiteNumbers?: boolean
}

/**
 * A compiled JSON Logic rule.
 *
 * @example
 * ```ts
 * const rule = createEngine().compile({ '>=': [{ var: 'experienceYears' }, 3] })
 * rule.evaluate({ experienceYears: 4 }) // true
 * rule.fields // ['experienceYears']
 * ```
 * @category Rules engine
 */
export interface CompiledRule {
  /** The rule as given. */
  readonly rule: unknown
  /** Top-level data paths the rule reads (`"a.b"` for nested), in order of first use. */
  readonly paths: readonly string[]
  /** First segments of {@link CompiledRule.paths}: the fields the rule reads. */
  readonly fields: readonly string[]
  /** True when a computed `var` path makes the set of fields unknowable. */
  readonly readsDynamicPaths: boolean
  /** The operators the rule uses (`var` aside). */
  readonly operators: readonly string[]
  /** Evaluates the rule; throws {@link EvaluationError} on a runtime fault. */
  evaluate(data: unknown, context?: EvaluationContext): unknown
  /** Evaluates the rule and applies JSON Logic truthiness (an empty array is false). */
  test(data: unknown, context?: EvaluationContext): boolean
}

/**
 * An engine instance: its own operators, mode and limits.
 *
 * @example
 * ```ts
 * const engine = createEngine()
 * const rules = [engine.compile({ var: 'workPermit' }), engine.compile({ '>=': [{ var: 'years' }, 3] })]
 * engine.testAll(rules)({ workPermit: true, years: 2 }) // [true, false]
 * ```
 * @category Rules engine
 */
export interface Engine {
  /** Whether this engine evaluates with closures (`jitless`) or generated code. */
  readonly jitless: boolean
  /** Compiles a rule; throws {@link RuleError} when it is not accepted. */
  compile(rule: unknown): CompiledRule
  /** Builds one function that tests several compiled rules at once (the fast path of screening). */
  testAll(rules: readonly CompiledRule[]): (data: unknown, context?: EvaluationContext) => boolean[]
  /** Whether an operator is known to this engine. */
  hasOperator(name: string): boolean
  /** The definition of a non-standard operator, for analysis. */
  operator(name: string): OperatorDefinition | undefined
  /** Names of every operator this engine accepts. */
  operatorNames(): string[]
}

const DEFAULT_LIMITS: CompileLimits & RuntimeLimits = {
  maxDepth: 128,
  maxNodes: 10_000,
  maxStringLength: 1_000_000,
  maxArrayLength: 100_000,
  maxSteps: 1_000_000,
}

const nodes = new WeakMap<CompiledRule, Node>()
/** What explanation and folding need of an engine. */
export interface EngineInternals {
  runtime: Runtime
  /** Every operator of this engine, by name. */
  specs: Readonly<Record<string, OperatorSpec>>
  /** The closure evaluator of any node of a rule this engine compiled, built once and kept. */
  closureOf(node: Node): Evaluator
}

const internals = new WeakMap<Engine, EngineInternals>()

/** The runtime and operators of an engine (internal: used by explanation and folding).
 * @category Rules engine
 */
export function internalsOf(engine: Engine): EngineInternals {
  const i = internals.get(engine)
  if (!i) throw new ScreeningError('foreign_engine', 'this engine was not created by createEngine')
  return i
}

/** The parsed form of a compiled rule (internal: used by analysis and explanation).
 * @category Rules engine
 */
export function nodeOf(rule: CompiledRule): Node {
  const n = nodes.get(rule)
  if (!n) throw new ScreeningError('foreign_rule', 'this rule was not compiled by an autoscreen engine')
  return n
}

/** The operators whose results `finiteNumbers` checks. */
const ARITHMETIC_OPERATORS = ['+', '-', '*', '/', '%', 'min', 'max'] as const

function wrap(e: unknown): never {
  if (e instanceof ScreeningError) throw e
  throw new EvaluationError(
    'evaluation_failed',
    `rule evaluation failed: ${e instanceof Error ? e.message : String(e)}`,
    { cause: e },
  )
}

/**
 * Creates a JSON Logic engine with json-logic-js 2.0.5 semantics that compiles rules to
 * JavaScript (or to closures with `jitless`), rejects unsafe rules at compile time and caps
 * growth at run time.
 *
 * @example
 * ```ts
 * const engine = createEngine()
 * const rule = engine.compile({ and: [{ var: 'workPermit' }, { cefrAtLeast: [{ var: 'english' }, 'B2'] }] })
 * rule.test({ workPermit: true, english: 'C1' }) // true
 * ```
 * @category Rules engine
 */
export function createEngine(options: EngineOptions = {}): Engine {
  const limits = { ...DEFAULT_LIMITS, ...options.limits }
  const specs: Record<string, OperatorSpec> = Object.assign(Object.create(null), STANDARD_SPECS)
  const custom: Record<string, OperatorDefinition> = Object.create(null)
  if (options.screeningOperators !== false) Object.assign(specs, SCREENING_SPECS)
  if (options.finiteNumbers) for (const op of ARITHMETIC_OPERATORS) specs[op] = finiteSpec(op, specs[op]!)
  for (const [name, def] of Object.entries(options.operators ?? {})) {
    if (Object.hasOwn(STANDARD_SPECS, name))
      throw new RuleError('operator_exists', `"${name}" is a standard operator and cannot be replaced`)
    if (name === 'method' || name === 'log' || name === '__proto__' || name.includes('.'))
      throw new RuleError('forbidden_operator', `"${name}" cannot be registered as an operator`)
    if (typeof def?.evaluate !== 'function')
      throw new RuleError('invalid_operator', `operator "${name}" needs an evaluate function`)
    custom[name] = def
    specs[name] = specOf(def)
  }
  Object.freeze(custom)
  Object.freeze(specs)
  const runtime = createRuntime(limits)
  const helpers = extendRuntime(runtime)
  const jitless = options.jitless ?? !codeGenerationAllowed()
  // Only built-in operators are trusted to return booleans; a custom operator's declared type
  // is not, so its truthiness is always checked.
  const booleans = (op: string): boolean =>
    specs[op]?.boolean === true && (STANDARD_SPECS[op] === specs[op] || SCREENING_SPECS[op] === specs[op])
  // `var` is not an operator of the table: it is the one node kind every back end reads data with.
  const isOperator = (name: string): boolean => name === 'var' || Object.hasOwn(specs, name)
  const parseOptions = {
    isOperator,
    dynamicPaths: options.dynamicPaths === true,
    operatorNames: () => ['var', ...Object.keys(specs)],
  }

  const engine: Engine = {
    jitless,
    compile(rule) {
      checkShape(rule, limits)
      const node = parse(rule, parseOptions)
      const fn: Evaluator = jitless
        ? buildClosure(node, runtime, specs, booleans)
        : generate(node, helpers, specs, booleans)
      const { paths, dynamic, operators } = collectPaths(node, specs)
      const compiled: CompiledRule = {
        rule,
        paths,
        operators,
        fields: [...new Set(paths.map((p) => p.split('.')[0]!))],
        readsDynamicPaths: dynamic,
        evaluate(data, context) {
          runtime.resetBudget()
          try {
            return fn(data, context)
          } catch (e) {
            return wrap(e)
          }
        },
        test(data, context) {
          return runtime.truthy(this.evaluate(data, context))
        },
      }
      nodes.set(compiled, node)
      return Object.freeze(compiled)
    },
    testAll(rules) {
      if (jitless) {
        const all = buildTests(rules.map(nodeOf), runtime, specs, booleans)
        return (data, context) => {
          runtime.resetBudget()
          try {
            return all(data, context)
          } catch (e) {
            return wrap(e)
          }
        }
      }
      const fn = generateAll(rules.map(nodeOf), helpers, specs, booleans)
      return (data, context) => {
        runtime.resetBudget()
        try {
          return fn(data, context)
        } catch (e) {
          return wrap(e)
        }
      }
    },
    hasOperator: isOperator,
    operator: (name) =>
      Object.hasOwn(custom, name)
        ? custom[name]
        : Object.hasOwn(specs, name) && !Object.hasOwn(STANDARD_SPECS, name)
          ? definitionOf(specs[name]!)
          : undefined,
    operatorNames: () => ['var', ...Object.keys(specs)],
  }
  Object.freeze(engine)
  // Explanations re-evaluate parts of failing rules on every rejected application: their
  // closures are built once per node, not once per explanation.
  const closures = new WeakMap<Node, Evaluator>()
  internals.set(engine, {
    runtime,
    specs,
    closureOf(node) {
      let f = closures.get(node)
      if (!f) closures.set(node, (f = buildPartClosure(node, runtime, specs, booleans)))
      return f
    },
  })
  return engine
}

/** The public view of a built-in operator. */
function definitionOf(spec: OperatorSpec): OperatorDefinition {
  return {
    evaluate: spec.evaluate as OperatorDefinition['evaluate'],
    returns: spec.returns,
    ...(spec.args ? { args: [...spec.args] } : {}),
    arity: spec.arity,
    description: spec.description,
  }
}

/** Top-scope data paths read by a rule (the bodies of map, filter, … read array items instead). */
function collectPaths(
  root: Node,
  specs: Readonly<Record<string, OperatorSpec>>,
): { paths: string[]; dynamic: boolean; operators: string[] } {
  const paths: string[] = []
  const operators = new Set<string>()
  let dynamic = false
  const visit = (n: Node): void => {
    switch (n.k) {
      case 'lit':
        return
      case 'arr':
        return n.items.forEach(visit)
      case 'var':
        if (n.path) paths.push(n.path.join('.'))
        if (n.fb) visit(n.fb)
        return
      case 'dvar':
        dynamic = true
        visit(n.pathNode)
        if (n.fb) visit(n.fb)
        return
      case 'op': {
        const spec = specs[n.op]!
        operators.add(n.op)
        if (spec.keys) {
          for (const k of spec.keys(n.args)) {
            if (k.k === 'lit' && (typeof k.v === 'string' || typeof k.v === 'number')) paths.push(String(k.v))
            else dynamic = true
          }
          return
        }
        if (spec.scoped) {
          // The body reads the item, not the data: only the operators it uses count.
          n.args.forEach((a, i) => (i === 1 ? operatorsOf(a) : visit(a)))
          return
        }
        n.args.forEach(visit)
      }
    }
  }
  const operatorsOf = (n: Node): void => {
    if (n.k === 'op') {
      operators.add(n.op)
      n.args.forEach(operatorsOf)
    } else if (n.k === 'arr') n.items.forEach(operatorsOf)
    else if (n.k === 'var' && n.fb) operatorsOf(n.fb)
    else if (n.k === 'dvar') [n.pathNode, ...(n.fb ? [n.fb] : [])].forEach(operatorsOf)
  }
  visit(root)
  return { paths: [...new Set(paths.filter((p) => p !== ''))], dynamic, operators: [...operators] }
}
