import type { CriteriaDocument } from '../criteria/parse.js'
import { hashJson } from '../criteria/hash.js'
import { LOCALES, type Criteria, type Locale } from '../criteria/schema.js'
import { ApplicationError, ScreeningError } from '../errors.js'
import type { EvaluationContext } from '../logic/index.js'
import { createEngine, type CompiledRule, type Engine, type EngineOptions } from '../logic/index.js'
import { isoDay, ruleReadsMoreThanAnswers } from '../logic/index.js'
import { normaliseTerm } from '../logic/index.js'
import { answerDomains, type AnswerShape, type FieldGap } from '../logic/index.js'
import { VERSION } from '../version.js'
import { checkEnvelope, type Application } from './application.js'
import { checkAnswers, fieldChecks } from './answers.js'
import { closingInstant, DEADLINE_ID, deadlineReason } from './deadline.js'
import { decide } from './decide.js'
import { checkCriteriaDocument, toDocument } from './check-criteria.js'
import { evaluateCriterion, withAnswers, type CompiledCriterion, type EvaluateInput } from './evaluate-criterion.js'
import { explainRule } from '../logic/index.js'
import { optionLabels, renderReason, ruleQuotes } from './reasons.js'
import type { CriteriaInput } from '../criteria/schema.js'
import type { AuditNote, CriterionDraft, CriterionResult, ScreeningResult } from './result.js'
import type { AnswerCheck, ParsedApplication } from './parse-application.js'
import { rememberFields, shareExplanation } from './result-json.js'
import type { Explanation } from '../logic/index.js'

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
  /**
   * Checks an application as `screen()` reads it (envelope and every declared answer) without
   * deciding anything; `now` is the day bounds written `today` are read against (default:
   * the application's own submission).
   */
  parseApplication(application: unknown, options?: { now?: Date | 'arrival' }): ParsedApplication
  screen(application: Application, options: ScreenOptions & { explain: false }): ScreeningResult<false>
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
 * Compiles criteria into a {@link Screener}. Accepts a document from {@link loadCriteriaText} (or `loadCriteria` from `autoscreen/node`) or
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
  // Screening checks arithmetic: a NaN or an infinity sends the application to a person, never to a silent no.
  const engine = isEngine(options.engine) ? options.engine : createEngine({ finiteNumbers: true, ...options.engine })
  const doc = toDocument(input)
  const { rules, whens } = checkCriteriaDocument(doc, engine)
  const criteria = doc.criteria
  const tzName = criteria.job.timezone
  const shapes = answerShapes(criteria, false)
  const shapesAsGiven = answerShapes(criteria, true)
  const labels = optionLabels(criteria)
  const compiled: CompiledCriterion[] = criteria.criteria.map((c) => {
    const rule = rules.get(c.id)!
    const when = whens.get(c.id) ?? null
    const domains = answerDomains(engine, rule, shapes)
    const whenDomains = when ? answerDomains(engine, when, shapesAsGiven) : NO_DOMAINS
    return { c, rule, when, domains, whenDomains, fields: [...new Set([...(when?.fields ?? []), ...rule.fields])] }
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
  // "today" costs a time-zone lookup: only for files whose date bounds say "today".
  const needsToday = [...checks.values()].some((c) => c.minToday || c.maxToday || c.past)
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

  // Everything that does not depend on the application, prepared once: the hot path only reads it.
  const count = compiled.length
  const ids = compiled.map((x) => x.c.id)
  const required = compiled.map((x) => x.c.required === true)
  const weights = compiled.map((x) => (x.c.required ? 0 : (x.c.weight ?? 0)))
  // The same for every application: shared by every result, and frozen so that none can change them for the others.
  const fieldsOf = compiled.map((x) => Object.freeze([...x.fields]) as string[])
  fieldsOf.forEach(rememberFields)
  const reasonsIn = Object.fromEntries(LOCALES.map((l) => [l, compiled.map((x) => reasonOf(x.c.id, l)!)])) as Record<Locale, string[]>
  const whenAt: number[] = []
  for (let i = 0, w = count; i < count; i++) whenAt.push(compiled[i]!.when ? w++ : -1)
  const minScore = criteria.decision.minScore
  // A rule that reads one field, and nothing of the clock or the application, explains the same
  // answer the same way every time: that explanation is made once, frozen, and shared.
  const kept = new Map<CompiledRule, Map<unknown, Explanation>>()
  for (const rule of [...rules.values(), ...whens.values()])
    if (rule.fields.length === 1 && rule.paths.length === 1 && rule.paths[0] === rule.fields[0] && !ruleReadsMoreThanAnswers(engine, rule)) kept.set(rule, new Map())
  const explainOf = (rule: CompiledRule, values: Record<string, unknown>, context: EvaluationContext, raw: ReadonlyMap<string, unknown>): Explanation => {
    const byValue = kept.get(rule)
    const field = rule.fields[0]!
    const value = byValue && !raw.has(field) ? values[field] : undefined
    const key = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined
    if (key !== undefined) {
      const hit = byValue!.get(key)
      if (hit) return hit
    }
    const e = explainRule(engine, rule, values, context)
    if (key === undefined) return raw.size ? withAnswers(e, raw) : e
    if (byValue!.size < 256) byValue!.set(key, shareExplanation(e))
    return byValue!.get(key) ?? e
  }

  const parseApplication = (application: unknown, opts: { now?: Date | 'arrival' } = {}): ParsedApplication => {
    let env: ReturnType<typeof checkEnvelope>
    try {
      env = checkEnvelope(application, tzName)
    } catch (e) {
      if (e instanceof ApplicationError) return { ok: false, issues: e.issues }
      throw e
    }
    const now = opts.now instanceof Date && opts.now.getTime() >= env.submitted.getTime() ? opts.now : env.submitted
    const { values, states } = checkAnswers(env.answers, checks, needsToday ? dayIn(now, tzName) : undefined)
    const answers: Record<string, AnswerCheck> = {}
    for (const name of Object.keys(criteria.fields)) {
      const st = states.get(name)
      answers[name] = st && st.state !== 'ok' ? { ...st } : Object.hasOwn(values, name) ? { state: 'ok', value: values[name] } : { state: 'missing' }
    }
    const a = application as Application
    return { ok: true, application: { ...a, answers: env.answers }, answers }
  }

  const screen = (application: Application, opts: ScreenOptions): ScreeningResult => {
    if (opts?.now !== 'arrival' && (!(opts?.now instanceof Date) || Number.isNaN(opts.now.getTime())))
      throw new ScreeningError('invalid_option', "screen() needs { now: Date } or { now: 'arrival' }: the time of the decision is injected, never read from the clock")
    const env = checkEnvelope(application, tzName)
    // No decision precedes its application: a `now` before the submission (a wrong clock, a
    // mistyped --now) dates the decision at the submission, and the audit record says so.
    const early = opts.now !== 'arrival' && opts.now.getTime() < env.submitted.getTime()
    const now = opts.now === 'arrival' || early ? env.submitted : opts.now
    const notes: AuditNote[] | undefined = early || opts.invalidUtf8 ? [] : undefined
    if (early) notes!.push({ code: 'now_before_submission', given: (opts.now as Date).toISOString(), message: 'the decision time given was before the submission; the decision is dated at the submission' })
    if (opts.invalidUtf8) notes!.push({ code: 'invalid_utf8', message: 'the application held bytes that are not UTF-8, read as U+FFFD (�): an answer may not be what the candidate wrote' })
    const locale: Locale = env.locale && (locales as readonly string[]).includes(env.locale) ? (env.locale as Locale) : criteria.locale
    const { values, states, allOk, raw } = checkAnswers(env.answers, checks, needsToday ? dayIn(now, tzName) : undefined)
    const context: EvaluationContext = { now, timeZone: tzName, submittedAt: env.submittedAt }
    const explain = opts.explain !== false
    const reasons = reasonsIn[locale]
    const results: CriterionDraft[] = []

    if (closes && deadlineReasons) {
      const onTime = env.submitted.getTime() <= closes.getTime()
      const r: CriterionDraft = { id: DEADLINE_ID, required: true, weight: 0, status: onTime ? 'met' : 'unmet', reason: deadlineReasons[locale]!, fields: NO_FIELDS }
      if (!onTime) r.detail = { kind: 'condition', operator: 'dateOnOrBefore', path: 'submittedAt', subject: 'submittedAt', expected: `${criteria.job.closesAt} (${tzName})`, actual: env.submittedAt, negated: false }
      results.push(r)
    }

    let verdicts: boolean[] | null = null
    if (allOk) {
      try {
        verdicts = fast(values, context)
      } catch {
        verdicts = null // isolate the failing criterion below
      }
    }
    if (verdicts) {
      // Every answer usable and every rule evaluated at once: statuses straight from the verdicts.
      for (let i = 0; i < count; i++) {
        const w = whenAt[i]!
        const skipped = w >= 0 && !verdicts[w]
        const met = !skipped && verdicts[i]!
        const r: CriterionDraft = { id: ids[i]!, required: required[i]!, weight: weights[i]!, status: skipped ? 'skipped' : met ? 'met' : 'unmet', reason: reasons[i]!, fields: fieldsOf[i]! }
        if (explain && !met) r.detail = explainOf(skipped ? compiled[i]!.when! : compiled[i]!.rule, values, context, raw)
        results.push(r)
      }
    } else {
      const gaps = new Map<string, FieldGap>()
      for (const [name, st] of states) if (st.state !== 'ok') gaps.set(name, st.state === 'review' ? { state: 'review', note: st.note } : { state: st.state })
      // Conditions (`when`) read an answer for a person as given: it says to whom a criterion applies.
      let asGiven: EvaluateInput['asGiven']
      for (const [name, st] of states)
        if (st.state === 'review') {
          asGiven ??= { values: { ...values }, gaps: new Map(gaps) }
          asGiven.values[name] = st.actual
          ;(asGiven.gaps as Map<string, FieldGap>).delete(name)
        }
      const input: EvaluateInput = { engine, values, states, gaps, raw, context, explain, ...(asGiven ? { asGiven } : {}) }
      for (let i = 0; i < count; i++) {
        const evaluated = evaluateCriterion(compiled[i]!, input)
        const r: CriterionDraft = { id: ids[i]!, required: required[i]!, weight: weights[i]!, status: evaluated.status, reason: reasons[i]!, fields: fieldsOf[i]! }
        if (evaluated.gaps) r.gaps = evaluated.gaps
        if (evaluated.detail) r.detail = evaluated.detail
        if (evaluated.problem) r.problem = evaluated.problem
        results.push(r)
      }
    }

    const decision = decide(results as CriterionResult<boolean>[], criteria.criteria, criteria.decision)
    const app: ScreeningResult['application'] = { id: env.id, submittedAt: env.submittedAt }
    if (env.source !== undefined) app.source = env.source
    if (env.firstName !== undefined) app.firstName = env.firstName
    if (env.locale !== undefined) app.locale = env.locale
    const unmet: string[] = []
    const missing: string[] = []
    const invalid: string[] = []
    const review: string[] = []
    const skipped: string[] = []
    for (const r of results) {
      const st = r.status
      if (st === 'unmet') unmet.push(r.id)
      else if (st === 'missing') missing.push(r.id)
      else if (st === 'invalid' || st === 'error') invalid.push(r.id)
      else if (st === 'review') review.push(r.id)
      else if (st === 'skipped') skipped.push(r.id)
    }
    return {
      application: app,
      outcome: decision.outcome,
      nearMiss: decision.nearMiss,
      score: decision.score,
      maxScore,
      minScore,
      locale,
      // The draft holds exactly what the status calls for (evaluate-criterion), so it is the union.
      criteria: results as CriterionResult[],
      unmet,
      missing,
      invalid,
      review,
      skipped,
      audit: {
        criteriaId: criteria.id,
        criteriaVersion: criteria.version,
        criteriaHash: hash,
        applicationHash: hashJson(env.answers),
        engineVersion: VERSION,
        evaluatedAt: now.toISOString(),
        timeZone: tzName,
        ...(notes ? { notes } : {}),
      },
    }
  }

  const screener: Screener = {
    criteria,
    hash,
    engine,
    rules: new Map(compiled.map((x) => [x.c.id, x.rule])),
    locales,
    ...(doc.file === undefined ? {} : { file: doc.file }),
    ...(doc.templates === undefined ? {} : { templates: doc.templates }),
    reason: reasonOf,
    parseApplication,
    // One implementation; the overloads only say that `explain: false` leaves `detail` out.
    screen: screen as Screener['screen'],
  }
  return Object.freeze(screener)
}

const NO_FIELDS = Object.freeze([]) as unknown as string[]
rememberFields(NO_FIELDS)

/** The calendar day of an instant in a time zone, YYYY-MM-DD; the last answer is kept, as a batch decides at one `now`. */
let lastDay: { at: number; zone: string; day: string } | undefined
function dayIn(t: Date, timeZone: string): string {
  if (lastDay?.at === t.getTime() && lastDay.zone === timeZone) return lastDay.day
  const day = isoDay(t.getTime(), timeZone)
  lastDay = { at: t.getTime(), zone: timeZone, day }
  return day
}

const NO_DOMAINS: ReadonlyMap<string, readonly unknown[]> = new Map()

/**
 * What is known of each field's possible answers, for deciding despite unanswered fields: as a
 * rule reads them, or as given (as a condition reads them, where an answer for a person is
 * itself, one of the options).
 */
function answerShapes(criteria: Criteria, asGiven: boolean): Record<string, AnswerShape> {
  const out: Record<string, AnswerShape> = Object.create(null)
  for (const [name, f] of Object.entries(criteria.fields)) {
    if (f.type === 'boolean') out[name] = { type: 'boolean' }
    else if (f.type === 'enum') {
      // To a rule, an answer for a person may stand for any of the other options, or for none of them.
      const review = new Set(asGiven ? [] : (f.reviewValues ?? []).map(normaliseTerm))
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
