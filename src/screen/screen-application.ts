import type { Locale } from '../criteria/schema.js'
import { ScreeningError } from '../errors.js'
import type { CompiledRule, EvaluationContext, Explanation, FieldGap } from '../logic/index.js'
import { checkAnswers, type FieldState } from './answers.js'
import { bareRecord } from '../logic/index.js'
import { checkEnvelope, type Application, type CheckedEnvelope } from './application.js'
import { assembleResult } from './assemble-result.js'
import { draftWalk, type DraftWalk } from './draft-walk.js'
import { evaluateCriterion, withAnswers, type EvaluateInput } from './evaluate-criterion.js'
import type { AuditNote, CriterionDraft, ScreeningResult } from './result.js'
import { shareExplanation } from './result-json.js'
import { dayOf, type PlannedDeadline, type PlannedRule, type ScreeningPlan } from './screening-plan.js'

/** What `screen()` is told besides the application (see `ScreenOptions`). */
export interface ScreenRun {
  now: Date | 'arrival'
  explain?: boolean
  invalidUtf8?: boolean
}

/**
 * Screens one application by walking a plan: the envelope and the answers checked, then each
 * criterion in order, then the result. When every answer is usable the fast path tests every
 * rule and condition at once; otherwise each criterion is evaluated on its own, with unusable
 * answers unknown (evaluate-criterion.ts).
 */
export function screenApplication(plan: ScreeningPlan, application: Application, opts: ScreenRun): ScreeningResult {
  if (opts?.now !== 'arrival' && (!(opts?.now instanceof Date) || Number.isNaN(opts.now.getTime())))
    throw new ScreeningError(
      'invalid_option',
      "screen() needs { now: Date } or { now: 'arrival' }: the time of the decision is injected, never read from the clock",
    )
  const env = checkEnvelope(application, plan.timeZone)
  // No decision precedes its application: a `now` before the submission (a wrong clock, a
  // mistyped --now) dates the decision at the submission, and the audit record says so.
  const early = opts.now !== 'arrival' && opts.now.getTime() < env.submitted.getTime()
  const now = opts.now === 'arrival' || early ? env.submitted : opts.now
  let notes: AuditNote[] | undefined
  if (early)
    (notes ??= []).push({
      code: 'now_before_submission',
      given: (opts.now as Date).toISOString(),
      message: 'the decision time given was before the submission; the decision is dated at the submission',
    })
  if (opts.invalidUtf8)
    (notes ??= []).push({
      code: 'invalid_utf8',
      message:
        'the application held bytes that are not UTF-8, read as U+FFFD (�): an answer may not be what the candidate wrote',
    })
  const locale: Locale =
    env.locale && (plan.locales as readonly string[]).includes(env.locale)
      ? (env.locale as Locale)
      : plan.criteria.locale
  const answers = checkAnswers(env.answers, plan.checks, plan.needsToday ? dayOf(plan, now) : undefined)
  const context: EvaluationContext = { now, timeZone: plan.timeZone, submittedAt: env.submittedAt }
  const explain = opts.explain !== false
  let verdicts: boolean[] | null = null
  if (answers.allOk)
    try {
      verdicts = plan.testAll(answers.values, context)
    } catch {
      verdicts = null // isolate the failing criterion below
    }
  else if (forPersonOnly(answers.states))
    // Answers a person judges (an option marked for review), every other answer usable: the
    // criteria that do not read them take their verdicts from one pass over the answers as
    // given, which reads them as any answer. Only the criteria that read them are evaluated
    // on their own, with those answers unknown.
    try {
      verdicts = plan.testAll(asGiven(answers.values, answers.states), context)
    } catch {
      verdicts = null
    }
  const walk = verdicts && answers.allOk && walkOf(plan)
  if (walk)
    return assembleResult(plan, env, walk(verdicts!, answers.values, answers.raw, context, locale, explain, env), {
      now,
      locale,
      notes,
    })
  let input: EvaluateInput | undefined
  const drafts: CriterionDraft[] = []
  for (const item of plan.items)
    drafts.push(
      item.kind === 'deadline'
        ? deadlineDraft(item, env, locale)
        : verdicts && (answers.allOk || (item.byName && untouched(item.fields, answers.states)))
          ? fastDraft(plan, item, verdicts, answers.values, answers.raw, context, locale, explain)
          : (!verdicts &&
              item.byName &&
              untouched(item.fields, answers.states) &&
              soundDraft(plan, item, answers.values, answers.raw, context, locale, explain)) ||
            slowDraft(item, (input ??= evaluateInput(plan, answers, context, explain)), locale),
    )
  return assembleResult(plan, env, drafts, { now, locale, notes })
}

/** The plan's own walk of its criteria (draft-walk.ts), made on first use; null where code generation is refused. */
function walkOf(plan: ScreeningPlan): DraftWalk | null {
  if (plan.walk === undefined)
    plan.walk =
      (!plan.engine.jitless &&
        draftWalk(plan.items, {
          deadline: deadlineDraft,
          why: (rule, values, context, raw) => explanationOf(plan, rule, values, context, raw),
        })) ||
      null
  return plan.walk
}

/** The built-in closing-date criterion. */
function deadlineDraft(d: PlannedDeadline, env: CheckedEnvelope, locale: Locale): CriterionDraft {
  const onTime = env.submitted.getTime() <= d.closes
  const r: CriterionDraft = {
    id: d.id,
    required: d.required,
    weight: d.weight,
    status: onTime ? 'met' : 'unmet',
    reason: d.reason[locale],
    fields: d.fields,
  }
  if (!onTime)
    r.detail = {
      kind: 'condition',
      operator: 'dateOnOrBefore',
      path: 'submittedAt',
      subject: 'submittedAt',
      expected: d.expected,
      actual: env.submittedAt,
      negated: false,
    }
  return r
}

/** Every answer usable and every rule evaluated at once: the status straight from the verdicts. */
function fastDraft(
  plan: ScreeningPlan,
  c: PlannedRule,
  verdicts: boolean[],
  values: Record<string, unknown>,
  raw: ReadonlyMap<string, unknown>,
  context: EvaluationContext,
  locale: Locale,
  explain: boolean,
): CriterionDraft {
  const skipped = c.whenAt >= 0 && !verdicts[c.whenAt]
  return ruleDraft(plan, c, skipped, !skipped && verdicts[c.ruleAt]!, values, raw, context, locale, explain)
}

/** Whether every unusable answer is one for a person to judge (valid, but marked for review). */
function forPersonOnly(states: ReadonlyMap<string, FieldState>): boolean {
  for (const st of states.values()) if (st.state !== 'review') return false
  return true
}

/** The usable answers with those for a person added as given (a copy: the answers stay as checked). */
function asGiven(values: Record<string, unknown>, states: ReadonlyMap<string, FieldState>): Record<string, unknown> {
  const all = bareRecord()
  for (const name in values) all[name] = values[name]
  for (const [name, st] of states) if (st.state === 'review') all[name] = st.actual
  return all
}

/** Whether none of the fields is among the unusable answers. */
function untouched(fields: readonly string[], states: ReadonlyMap<string, unknown>): boolean {
  for (let i = 0; i < fields.length; i++) if (states.has(fields[i]!)) return false
  return true
}

/**
 * A criterion that reads only usable answers, by name, while others are unusable: evaluated on
 * its own as if every answer were usable, which is what evaluating it with unknowns gives (no
 * part of it is unknown), explanation included. Undefined when its rule fails: the criterion
 * is then evaluated with unknowns, which says how it failed.
 */
function soundDraft(
  plan: ScreeningPlan,
  c: PlannedRule,
  values: Record<string, unknown>,
  raw: ReadonlyMap<string, unknown>,
  context: EvaluationContext,
  locale: Locale,
  explain: boolean,
): CriterionDraft | undefined {
  let skipped: boolean
  let met: boolean
  try {
    skipped = c.when !== null && !c.when.test(values, context)
    met = !skipped && c.rule.test(values, context)
  } catch {
    return undefined
  }
  return ruleDraft(plan, c, skipped, met, values, raw, context, locale, explain)
}

/** A criterion's result from whether its condition held and its rule was met. */
function ruleDraft(
  plan: ScreeningPlan,
  c: PlannedRule,
  skipped: boolean,
  met: boolean,
  values: Record<string, unknown>,
  raw: ReadonlyMap<string, unknown>,
  context: EvaluationContext,
  locale: Locale,
  explain: boolean,
): CriterionDraft {
  const r: CriterionDraft = {
    id: c.id,
    required: c.required,
    weight: c.weight,
    status: skipped ? 'skipped' : met ? 'met' : 'unmet',
    reason: c.reason[locale],
    fields: c.fields,
  }
  if (explain && !met) r.detail = explanationOf(plan, skipped ? c.when! : c.rule, values, context, raw)
  return r
}

/** Some answers unusable (or the fast path failed): the criterion evaluated on its own. */
function slowDraft(c: PlannedRule, input: EvaluateInput, locale: Locale): CriterionDraft {
  const evaluated = evaluateCriterion(c, input)
  const r: CriterionDraft = {
    id: c.id,
    required: c.required,
    weight: c.weight,
    status: evaluated.status,
    reason: c.reason[locale],
    fields: c.fields,
  }
  if (evaluated.gaps) r.gaps = evaluated.gaps
  if (evaluated.detail) r.detail = evaluated.detail
  if (evaluated.problem) r.problem = evaluated.problem
  return r
}

/** What evaluating criteria one by one reads: the unusable answers as gaps, and answers for a person as given for conditions. */
function evaluateInput(
  plan: ScreeningPlan,
  answers: ReturnType<typeof checkAnswers>,
  context: EvaluationContext,
  explain: boolean,
): EvaluateInput {
  const { values, states, raw } = answers
  const gaps = new Map<string, FieldGap>()
  for (const [name, st] of states)
    if (st.state !== 'ok')
      gaps.set(name, st.state === 'review' ? { state: 'review', note: st.note } : { state: st.state })
  // Conditions (`when`) read an answer for a person as given: it says to whom a criterion applies.
  // Made when a condition first asks: most criteria evaluated here have none.
  let asGiven: ReturnType<EvaluateInput['asGiven']> | null = null
  const given = (): ReturnType<EvaluateInput['asGiven']> => {
    if (asGiven !== null) return asGiven
    asGiven = undefined
    for (const [name, st] of states)
      if (st.state === 'review') {
        asGiven ??= { values: { ...values }, gaps: new Map(gaps) }
        asGiven.values[name] = st.actual
        ;(asGiven.gaps as Map<string, FieldGap>).delete(name)
      }
    return asGiven
  }
  return { engine: plan.engine, values, states, gaps, raw, context, explain, byGap: plan.byGap, asGiven: given }
}

/**
 * Why a rule did not hold, by its prepared explainer. A rule that reads one field (and nothing
 * of the clock or the application) explains the same answer the same way every time, as does a
 * rule whose explanation depends on a few answers: those explanations are made once per plan,
 * frozen, and shared by the results.
 */
function explanationOf(
  plan: ScreeningPlan,
  rule: CompiledRule,
  values: Record<string, unknown>,
  context: EvaluationContext,
  raw: ReadonlyMap<string, unknown>,
): Explanation {
  const how = plan.explanations.get(rule)!
  const byValue = how.byValue
  let key: string | number | boolean | undefined
  let kept: Map<string | number | boolean, Explanation> | undefined
  if (byValue) {
    const field = rule.fields[0]!
    const value = raw.has(field) ? undefined : values[field]
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      key = value
      kept = byValue
    }
  } else if (how.byAnswers) {
    key = answersKey(how.byAnswers.fields, values, raw)
    if (key !== undefined) kept = how.byAnswers.byKey as Map<string | number | boolean, Explanation>
  }
  if (kept) {
    const hit = kept.get(key!)
    if (hit) return hit
  }
  const e = how.explain(values, context)
  if (!kept) return raw.size ? withAnswers(e, raw) : e
  if (kept.size < 256) kept.set(key!, shareExplanation(e))
  return kept.get(key!) ?? e
}

/** The answers to the fields as one text (each marked with its type, a text with its length), or undefined when one is no text, number or yes/no, or was read differently from what was given. */
function answersKey(
  fields: readonly string[],
  values: Record<string, unknown>,
  raw: ReadonlyMap<string, unknown>,
): string | undefined {
  let key = ''
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!
    if (raw.has(f)) return undefined
    const v = values[f]
    if (typeof v === 'string') key += `s${v.length}:${v}`
    else if (typeof v === 'number') key += `n${v}`
    else if (typeof v === 'boolean') key += v ? 't' : 'f'
    else return undefined
  }
  return key
}
