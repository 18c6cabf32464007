import { TZDate } from '@date-fns/tz'
import type { CriteriaDocument } from '../criteria/parse'
import { hashJson } from '../criteria/hash'
import { LOCALES, type Criteria, type Locale } from '../criteria/schema'
import { ScreeningError } from '../errors'
import type { EvaluationContext } from '../logic/context'
import { createEngine, type CompiledRule, type Engine, type EngineOptions } from '../logic/engine'
import { normaliseTerm } from '../logic/terms'
import { answerDomains, type AnswerShape, type FieldGap } from '../logic/three-valued'
import { VERSION } from '../version'
import { checkEnvelope, type Application } from './application'
import { checkAnswers, fieldChecks } from './answers'
import { closingInstant, DEADLINE_ID, deadlineReason } from './deadline'
import { decide } from './decide'
import { checkCriteriaDocument, toDocument } from './check-criteria'
import { evaluateCriterion, type CompiledCriterion } from './evaluate-criterion'
import { optionLabels, renderReason, ruleQuotes } from './reasons'
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
  /**
   * The time of the decision (recorded in the audit and used by date operators), or
   * `'arrival'`: the application's own `submittedAt`, as an ATS screening on arrival decides
   * (and as replays and rule tests should). Never read from the system clock.
   */
  now: Date | 'arrival'
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
  /** A criterion's candidate-facing reason in a language (the file's default when it has none in that one), with the rule's values quoted. */
  reason(id: string, locale: Locale): string | undefined
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
  const { rules, whens } = checkCriteriaDocument(doc, engine)
  const criteria = doc.criteria
  const tzName = criteria.job.timezone
  const shapes = answerShapes(criteria)
  const labels = optionLabels(criteria)
  const compiled: CompiledCriterion[] = criteria.criteria.map((c) => {
    const rule = rules.get(c.id)!
    const when = whens.get(c.id) ?? null
    const domains = new Map([...(when ? answerDomains(engine, when, shapes) : []), ...answerDomains(engine, rule, shapes)])
    return { c, rule, when, domains, fields: [...new Set([...(when?.fields ?? []), ...rule.fields])] }
  })
  // Reasons with the rule's own values filled in, per language.
  const reasons = new Map(
    compiled.map(({ c, rule }) => {
      const quotes = ruleQuotes(engine, rule)
      const byLocale: Partial<Record<Locale, string>> = {}
      for (const l of LOCALES) if (c.reason[l] !== undefined) byLocale[l] = renderReason(c.reason[l], quotes, l, labels, tzName)
      return [c.id, byLocale] as const
    }),
  )
  const locales = LOCALES.filter((l) => compiled.every((x) => reasons.get(x.c.id)![l] !== undefined))
  const checks = fieldChecks(criteria)
  const closes = criteria.job.closesAt ? closingInstant(criteria.job.closesAt, tzName) : null
  const deadlineReasons = criteria.job.closesAt
    ? Object.fromEntries(LOCALES.map((l) => [l, deadlineReason(criteria.job.closesAt!, tzName, l)]))
    : null
  // The fast path: every rule, then every condition, in one function.
  const withWhen = compiled.filter((x) => x.when)
  const fast = engine.testAll([...compiled.map((x) => x.rule), ...withWhen.map((x) => x.when!)])
  const hash = hashJson(criteria)
  const maxScore = compiled.reduce((s, x) => s + (x.c.required ? 0 : (x.c.weight ?? 0)), 0)
  const reasonOf = (id: string, locale: Locale): string | undefined => {
    const r = reasons.get(id)
    return r ? (r[locale] ?? r[criteria.locale]) : undefined
  }

  const screen = (application: Application, opts: ScreenOptions): ScreeningResult => {
    if (opts?.now !== 'arrival' && (!(opts?.now instanceof Date) || Number.isNaN(opts.now.getTime())))
      throw new ScreeningError('invalid_option', "screen() needs { now: Date } or { now: 'arrival' }: the time of the decision is injected, never read from the clock")
    const env = checkEnvelope(application, tzName)
    const now = opts.now === 'arrival' ? env.submitted : opts.now
    const locale: Locale = env.locale && (locales as readonly string[]).includes(env.locale) ? (env.locale as Locale) : criteria.locale
    const { values, states, allOk, raw } = checkAnswers(env.answers, checks, dayIn(now, tzName))
    const context: EvaluationContext = { now, timeZone: tzName, submittedAt: env.submittedAt }
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
    const gaps = new Map<string, FieldGap>()
    for (const [name, s] of states) if (s.state !== 'ok') gaps.set(name, s.state === 'review' ? { state: 'review', note: s.note } : { state: s.state })
    const input = { engine, values, states, gaps, raw, context, explain: opts.explain !== false }
    let w = compiled.length
    for (let i = 0; i < compiled.length; i++) {
      const cc = compiled[i]!
      const c = cc.c
      const verdict = verdicts ? { rule: verdicts[i]!, when: cc.when ? verdicts[w++]! : null } : undefined
      const evaluated = evaluateCriterion(cc, input, verdict)
      results.push({
        id: c.id,
        required: c.required === true,
        weight: c.required ? 0 : (c.weight ?? 0),
        status: evaluated.status,
        reason: reasonOf(c.id, locale)!,
        fields: [...cc.fields],
        ...(evaluated.gaps ? { gaps: evaluated.gaps } : {}),
        ...(evaluated.detail ? { detail: evaluated.detail } : {}),
        ...(evaluated.problem ? { problem: evaluated.problem } : {}),
      })
    }

    const decision = decide(results, criteria.criteria, criteria.decision)
    const app: ScreeningResult['application'] = { id: env.id, submittedAt: env.submittedAt }
    if (env.source !== undefined) app.source = env.source
    if (env.firstName !== undefined) app.firstName = env.firstName
    if (env.locale !== undefined) app.locale = env.locale
    const ids = (test: (r: CriterionResult) => boolean) => results.filter(test).map((r) => r.id)
    return {
      application: app,
      outcome: decision.outcome,
      nearMiss: decision.nearMiss,
      score: decision.score,
      maxScore,
      minScore: criteria.decision.minScore,
      locale,
      criteria: results,
      unmet: ids((r) => r.status === 'unmet'),
      missing: ids((r) => r.status === 'missing'),
      invalid: ids((r) => r.status === 'invalid' || r.status === 'error'),
      review: ids((r) => r.status === 'review'),
      skipped: ids((r) => r.status === 'skipped'),
      audit: {
        criteriaId: criteria.id,
        criteriaVersion: criteria.version,
        criteriaHash: hash,
        applicationHash: hashJson(env.answers),
        engineVersion: VERSION,
        evaluatedAt: now.toISOString(),
        timeZone: tzName,
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
    reason: reasonOf,
    screen,
  })
}

/** The calendar day of an instant in a time zone, YYYY-MM-DD. */
function dayIn(t: Date, timeZone: string): string {
  return new TZDate(t.getTime(), timeZone).toISOString().slice(0, 10)
}

/** What is known of each field's possible answers, for deciding despite unanswered fields. */
function answerShapes(criteria: Criteria): Record<string, AnswerShape> {
  const out: Record<string, AnswerShape> = Object.create(null)
  for (const [name, f] of Object.entries(criteria.fields)) {
    if (f.type === 'boolean') out[name] = { type: 'boolean' }
    else if (f.type === 'enum') {
      // An answer for a person may stand for any of the other options, or for none of them.
      const review = new Set((f.reviewValues ?? []).map(normaliseTerm))
      const regular = f.values.filter((v) => !review.has(normaliseTerm(v)))
      out[name] = { type: 'enum', values: review.size ? [...regular, '\u0000none of the options'] : regular }
    } else if (f.type === 'number' || f.type === 'integer')
      out[name] = { type: f.type, ...(f.min === undefined ? {} : { min: f.min }), ...(f.max === undefined ? {} : { max: f.max }) }
    else if (f.type === 'string') out[name] = { type: 'string' }
    else out[name] = { type: 'other' }
  }
  return out
}

function isEngine(e: unknown): e is Engine {
  return typeof e === 'object' && e !== null && typeof (e as Engine).compile === 'function' && typeof (e as Engine).testAll === 'function'
}
