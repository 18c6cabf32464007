import type { z } from 'zod'
import type { CriteriaDocument } from '../criteria/parse'
import { hashJson } from '../criteria/hash'
import { LOCALES, type Criteria, type Criterion, type Locale } from '../criteria/schema'
import { ScreeningError } from '../errors'
import type { EvaluationContext } from '../logic/context'
import { createEngine, type CompiledRule, type Engine, type EngineOptions } from '../logic/engine'
import { explainRule } from '../logic/explain'
import { VERSION } from '../version'
import { checkEnvelope, type Application } from './application'
import { checkAnswers, fieldSchema, type FieldState } from './answers'
import { closingInstant, DEADLINE_ID, deadlineReason } from './deadline'
import { decide } from './decide'
import { checkCriteriaDocument, toDocument } from './check-criteria'
import type { CriteriaInput } from '../criteria/schema'
import type { CriterionResult, ScreeningResult } from './result'

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
  /** The time of the decision (recorded in the audit and used by date operators). Never read from the system clock. */
  now: Date
  /** Compute explanations of unmet criteria (default `true`). */
  explain?: boolean
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
export interface Screener {
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
  /** Screens one application. Never throws for the candidate's answers; throws {@link ApplicationError} for an unusable envelope. */
  screen(application: Application, options: ScreenOptions): ScreeningResult
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

interface Compiled {
  c: Criterion
  rule: CompiledRule
  reasons: { [L in Locale]?: string | undefined }
}

/**
 * Compiles criteria into a {@link Screener}. Accepts a document from {@link loadCriteria} or
 * a plain object; checks the rules (operators, declared fields, types) and throws a
 * {@link CriteriaError} listing every problem.
 *
 * @example
 * ```ts
 * const screener = compileCriteria(await loadCriteria('rules/frontend-developer.yaml'))
 * screener.screen(application, { now: new Date() }).outcome // 'pass' | 'reject' | 'review'
 * ```
 * @category Screening
 */
export function compileCriteria(input: CriteriaDocument | CriteriaInput, options: CompileCriteriaOptions = {}): Screener {
  const engine = isEngine(options.engine) ? options.engine : createEngine(options.engine ?? {})
  const doc = toDocument(input)
  const rules = checkCriteriaDocument(doc, engine)
  const criteria = doc.criteria
  const tzName = criteria.job.timezone
  const compiled: Compiled[] = criteria.criteria.map((c) => ({ c, rule: rules.get(c.id)!, reasons: c.reason }))
  const locales = LOCALES.filter((l) => compiled.every((x) => x.reasons[l] !== undefined))
  const schemas = new Map<string, z.ZodType>(Object.entries(criteria.fields).map(([k, f]) => [k, fieldSchema(f)]))
  const closes = criteria.job.closesAt ? closingInstant(criteria.job.closesAt, tzName) : null
  const deadlineReasons = criteria.job.closesAt
    ? Object.fromEntries(LOCALES.map((l) => [l, deadlineReason(criteria.job.closesAt!, tzName, l)]))
    : null
  const fast = engine.testAll(compiled.map((x) => x.rule))
  const hash = hashJson(criteria)
  const maxScore = compiled.reduce((s, x) => s + (x.c.required ? 0 : (x.c.weight ?? 0)), 0)

  const screen = (application: Application, opts: ScreenOptions): ScreeningResult => {
    if (!(opts?.now instanceof Date) || Number.isNaN(opts.now.getTime()))
      throw new ScreeningError('invalid_option', 'screen() needs { now: Date }: the time of the decision is injected, never read from the clock')
    const env = checkEnvelope(application, tzName)
    const locale: Locale = env.locale && (locales as readonly string[]).includes(env.locale) ? (env.locale as Locale) : criteria.locale
    const { values, states, allOk } = checkAnswers(env.answers, schemas)
    const context: EvaluationContext = { now: opts.now, timeZone: tzName }
    const results: CriterionResult[] = []

    if (closes && deadlineReasons) {
      const onTime = env.submitted.getTime() <= closes.getTime()
      const expected = `${criteria.job.closesAt} (${tzName})`
      results.push({
        id: DEADLINE_ID,
        required: true,
        weight: 0,
        status: onTime ? 'met' : 'unmet',
        reason: deadlineReasons[locale]!,
        fields: [],
        ...(onTime ? {} : { detail: { kind: 'condition' as const, operator: 'dateOnOrBefore', path: 'submittedAt', subject: 'submittedAt', expected, actual: env.submittedAt, negated: false } }),
      })
    }

    let verdicts: boolean[] | null = null
    if (allOk) {
      try {
        verdicts = fast(values, context)
      } catch {
        verdicts = null // isolate the failing criterion below
      }
    }
    for (let i = 0; i < compiled.length; i++) {
      const { c, rule, reasons } = compiled[i]!
      const base = { id: c.id, required: c.required === true, weight: c.required ? 0 : (c.weight ?? 0) }
      const tail = { reason: (reasons[locale] ?? reasons[criteria.locale])!, fields: [...rule.fields] }
      const bad = verdicts ? null : fieldProblem(rule.fields, states)
      if (bad) {
        results.push({ ...base, status: bad.status, ...tail, problem: bad.problem })
        continue
      }
      let met: boolean
      if (verdicts) met = verdicts[i]!
      else {
        try {
          met = rule.test(values, context)
        } catch (e) {
          const err = e as ScreeningError
          results.push({ ...base, status: 'error', ...tail, problem: { code: err.code ?? 'evaluation_failed', path: null, message: err.message } })
          continue
        }
      }
      if (met) results.push({ ...base, status: 'met', ...tail })
      else results.push({ ...base, status: 'unmet', ...tail, ...(opts.explain === false ? {} : { detail: explainRule(engine, rule, values, context) }) })
    }

    const decision = decide(results, compiled.map((x) => x.c), criteria.decision)
    const app: ScreeningResult['application'] = { id: env.id, submittedAt: env.submittedAt }
    if (env.source !== undefined) app.source = env.source
    if (env.firstName !== undefined) app.firstName = env.firstName
    if (env.locale !== undefined) app.locale = env.locale
    return {
      application: app,
      outcome: decision.outcome,
      nearMiss: decision.nearMiss,
      score: decision.score,
      maxScore,
      minScore: criteria.decision.minScore,
      locale,
      criteria: results,
      unmet: results.filter((r) => r.status === 'unmet').map((r) => r.id),
      missing: results.filter((r) => r.status === 'missing').map((r) => r.id),
      invalid: results.filter((r) => r.status === 'invalid' || r.status === 'error').map((r) => r.id),
      audit: {
        criteriaId: criteria.id,
        criteriaVersion: criteria.version,
        criteriaHash: hash,
        applicationHash: hashJson(env.answers),
        engineVersion: VERSION,
        evaluatedAt: opts.now.toISOString(),
      },
    }
  }

  return Object.freeze({
    criteria,
    hash,
    engine,
    rules: new Map(compiled.map((x) => [x.c.id, x.rule])),
    locales,
    ...(doc.file === undefined ? {} : { file: doc.file }),
    ...(doc.templates === undefined ? {} : { templates: doc.templates }),
    screen,
  })
}

function fieldProblem(fields: readonly string[], states: ReadonlyMap<string, FieldState>): Pick<CriterionResult, 'status'> & { status: 'missing' | 'invalid'; problem: NonNullable<CriterionResult['problem']> } | null {
  for (const f of fields) {
    const s = states.get(f)
    if (s?.state === 'invalid') return { status: 'invalid', problem: { code: 'invalid_answer', path: f, message: `${f} ${s.message}`, actual: preview(s.actual) } }
  }
  for (const f of fields) {
    if (states.get(f)?.state === 'missing') return { status: 'missing', problem: { code: 'missing_answer', path: f, message: `${f} is not answered` } }
  }
  return null
}

/** Keeps hostile values (10 MB strings, deep nesting) out of results and logs. */
function preview(v: unknown): unknown {
  if (typeof v === 'string') return v.length > 200 ? `${v.slice(0, 200)}…` : v
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return typeof v === 'number' && !Number.isFinite(v) ? String(v) : v
  if (Array.isArray(v)) return `[list of ${v.length}]`
  return `[${typeof v}]`
}

function isEngine(e: unknown): e is Engine {
  return typeof e === 'object' && e !== null && typeof (e as Engine).compile === 'function' && typeof (e as Engine).testAll === 'function'
}
