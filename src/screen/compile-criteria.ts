import type { CriteriaDocument } from '../criteria/parse.js'
import type { Criteria, CriteriaInput, Locale } from '../criteria/schema.js'
import { createEngine, type CompiledRule, type Engine, type EngineOptions } from '../logic/index.js'
import type { Application } from './application.js'
import { checkCriteriaDocument, toDocument } from './check-criteria.js'
import { parseWithPlan, type ParsedApplication } from './parse-application.js'
import type { ScreeningResult } from './result.js'
import { screenApplication } from './screen-application.js'
import { buildPlan } from './screening-plan.js'
import { loadedChecks } from './loaded-checks.js'
import { hashJson } from '../criteria/hash.js'

/**
 * Options of {@link Screener.screen}.
 *
 * @example
 * ```ts
 * screener.screen(application, { now: new Date('2026-11-20T10:00:00Z') })
 * ```
 * @category Screening
 */
export interface ScreenOptions {
  /**
   * The time of the decision (recorded in the audit and used by date operators), or
   * `'arrival'`: the application's own `submittedAt`, as an ATS screening on arrival decides
   * (and as replays and rule tests should). Never read from the system clock.
   */
  now: Date | 'arrival'
  /** Compute explanations of unmet criteria (default `true`). */
  explain?: boolean
  /**
   * The application's text held bytes that are not UTF-8 (read as U+FFFD): the audit record
   * notes it. `readApplications` says so per line (`invalidUtf8` on its entries).
   */
  invalidUtf8?: boolean
}

/**
 * A compiled rule set, ready to screen applications. Pure: the same application and `now`
 * give the same result, so it can run anywhere (worker threads, queues, batch jobs).
 *
 * @example
 * ```ts
 * const screener = compileCriteria(await loadCriteria('rules/frontend-developer.yaml'))
 * const result = screener.screen(application, { now: new Date() })
 * ```
 * @category Screening
 */
export interface Screener<Answers extends object = Record<string, unknown>> {
  /** The parsed criteria. */
  readonly criteria: Criteria
  /** SHA-256 of the canonical JSON of the criteria. */
  readonly hash: string
  /** The engine the rules were compiled with. */
  readonly engine: Engine
  /** The compiled rule of each criterion, by id (the built-in `deadline` has none). */
  readonly rules: ReadonlyMap<string, CompiledRule>
  /** Languages every criterion has a reason in. */
  readonly locales: readonly Locale[]
  /** The file the criteria came from, if any. */
  readonly file?: string
  /** Custom message templates from the criteria file, if any. */
  readonly templates?: CriteriaDocument['templates']
  /** A criterion's candidate-facing reason in a language (the file's default when it has none in that one), with the rule's values quoted. */
  reason(id: string, locale: Locale): string | undefined
  /** Screens one application. Never throws for the candidate's answers; throws {@link ApplicationError} for an unusable envelope. */
  /**
   * Checks an application as `screen()` reads it (envelope and every declared answer) without
   * deciding anything; `now` is the day bounds written `today` are read against (default:
   * the application's own submission).
   */
  parseApplication(application: unknown, options?: { now?: Date | 'arrival' }): ParsedApplication
  screen(application: Application<Answers>, options: ScreenOptions & { explain: false }): ScreeningResult<false>
  screen(application: Application<Answers>, options: ScreenOptions): ScreeningResult
}

/**
 * Options of {@link compileCriteria}.
 *
 * @example
 * ```ts
 * compileCriteria(doc, { engine: { jitless: true } })
 * ```
 * @category Screening
 */
export interface CompileCriteriaOptions {
  /** An engine, or options to create one (custom operators, `jitless`, limits). */
  engine?: Engine | EngineOptions
}

/**
 * Compiles criteria into a {@link Screener}. Accepts a document from {@link loadCriteriaText} (or `loadCriteria` from `autoscreen/node`) or
 * a plain object; checks the rules (operators, declared fields, types) and throws a
 * {@link CriteriaError} listing every problem. Name the type of the answers to have `screen`
 * check them at compile time: `compileCriteria<AnswersOf<typeof fields>>(doc)` ({@link AnswersOf}).
 *
 * @example
 * ```ts
 * const screener = compileCriteria(await loadCriteria('rules/frontend-developer.yaml'))
 * screener.screen(application, { now: new Date() }).outcome // 'pass' | 'reject' | 'review'
 * ```
 * @category Screening
 */
export function compileCriteria<Answers extends object = Record<string, unknown>>(
  input: CriteriaDocument | CriteriaInput,
  options?: CompileCriteriaOptions,
): Screener<Answers>
// The last signature is the one `ReturnType<typeof compileCriteria>` reads: without it, TypeScript
// takes the type parameter's constraint (`object`) and the screener it names refuses the answers
// of an ordinary screener (found by the packed package's browser check).
export function compileCriteria(input: CriteriaDocument | CriteriaInput, options?: CompileCriteriaOptions): Screener
export function compileCriteria(
  input: CriteriaDocument | CriteriaInput,
  options: CompileCriteriaOptions = {},
): Screener {
  // A loaded document carries what loading found of its rules: with its engine, they are not checked again.
  const loaded = loadedChecks(input, options.engine)
  // Screening checks arithmetic: a NaN or an infinity sends the application to a person, never to a silent no.
  const engine =
    loaded?.engine ??
    (isEngine(options.engine) ? options.engine : createEngine({ finiteNumbers: true, ...options.engine }))
  const doc = toDocument(input)
  const hash = hashJson(doc.criteria)
  const plan = buildPlan(doc, engine, loaded?.hash === hash ? loaded : checkCriteriaDocument(doc, engine), hash)
  const rules = new Map<string, CompiledRule>()
  const reasons = new Map<string, Readonly<Record<Locale, string>>>()
  for (const item of plan.items)
    if (item.kind === 'rule') {
      rules.set(item.id, item.rule)
      reasons.set(item.id, item.reason)
    }
  const screener: Screener = {
    criteria: plan.criteria,
    hash: plan.hash,
    engine,
    rules,
    locales: plan.locales,
    ...(doc.file === undefined ? {} : { file: doc.file }),
    ...(doc.templates === undefined ? {} : { templates: doc.templates }),
    reason: (id, locale) => {
      const r = reasons.get(id)
      return r ? (r[locale] ?? r[plan.criteria.locale]) : undefined
    },
    parseApplication: (application, opts) => parseWithPlan(plan, application, opts),
    // One implementation; the overloads only say that `explain: false` leaves `detail` out.
    screen: ((application: Application, opts: ScreenOptions) =>
      screenApplication(plan, application, opts)) as Screener['screen'],
  }
  return Object.freeze(screener)
}

function isEngine(e: unknown): e is Engine {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as Engine).compile === 'function' &&
    typeof (e as Engine).testAll === 'function'
  )
}
