import type { CriteriaDocument } from '../criteria/parse.js'
import { LOCALES, type Criteria, type Criterion, type Locale } from '../criteria/schema.js'
import {
  answerDomains,
  isoDay,
  normaliseTerm,
  prepareExplainer,
  pureFields,
  readsByName,
  ruleReadsMoreThanAnswers,
  soleField,
  type AnswerShape,
  type CompiledRule,
  type Engine,
  type EvaluationContext,
  type Explanation,
  type FieldGap,
  type Unknown,
} from '../logic/index.js'
import { fieldChecks, type AnswerChecks } from './answers.js'
import type { CheckedRules } from './check-criteria.js'
import { closingInstant, DEADLINE_ID, deadlineReason } from './deadline.js'
import type { CompiledCriterion } from './evaluate-criterion.js'
import type { DraftWalk } from './draft-walk.js'
import { optionLabels, renderReason, ruleQuotes } from './reasons.js'
import { sharedFields } from './result-json.js'

// Compiling prepares a plan: data that says, once for every application, everything screening
// reads that does not depend on the application. The criteria in order (the built-in deadline
// first, when the job has a closing date), each with what every result repeats (id, weight,
// reason per language, the fields it reads, in a frozen list shared by every result), its
// compiled rule and `when`, and the caches that belong to it. `screenApplication` walks it.

/** What every result of a criterion repeats: the same for every application. */
interface PlannedBase {
  readonly id: string
  readonly required: boolean
  /** Points when met (0 for a requirement). */
  readonly weight: number
  /** The candidate-facing reason per language (the file's default language where it has none). */
  readonly reason: Readonly<Record<Locale, string>>
  /** The fields the criterion reads: one frozen list, shared by every result (and keyed JSON texts, result-json.ts). */
  readonly fields: string[]
}

/** The built-in closing-date criterion: on time when submitted no later than the closing instant. */
export interface PlannedDeadline extends PlannedBase {
  readonly kind: 'deadline'
  /** The closing instant, epoch milliseconds. */
  readonly closes: number
  /** The closing date as written, with the job's time zone (an explanation's `expected`). */
  readonly expected: string
}

/** A criterion of the file, compiled. */
export interface PlannedRule extends PlannedBase, CompiledCriterion {
  readonly kind: 'rule'
  readonly fields: string[]
  /** Where its rule's verdict is in the fast path's verdicts. */
  readonly ruleAt: number
  /** Where its condition's verdict is in the fast path's verdicts, or -1 without a condition. */
  readonly whenAt: number
  /**
   * Its rule and condition read answers only by the names in `fields` (`readsByName`): while
   * none of those is unusable, it is evaluated as with every answer usable, whatever others are.
   */
  readonly byName: boolean
}

/** One criterion of a plan. */
export type PlannedCriterion = PlannedDeadline | PlannedRule

/**
 * How one rule of a plan (a criterion's rule or condition) is explained when it did not hold:
 * by its prepared explainer (`prepareExplainer`: each leaf's shape worked out once), and the
 * explanations kept for answers that repeat.
 */
export interface RuleExplanations {
  /** The rule's explainer for data of usable answers: what explainRule gives, prepared. */
  readonly explain: (data: unknown, context?: EvaluationContext) => Explanation
  /**
   * Kept per answer, for a rule that reads one field and nothing of the clock or the
   * application: it explains the same answer the same way every time.
   */
  readonly byValue?: Map<string | number | boolean, Explanation>
  /**
   * Kept per answers, for a rule whose explanation depends on a few answers only
   * (`pureFields`: `relocate or city in [...]`), keyed by those answers when each is a text, a
   * number or a yes/no.
   */
  readonly byAnswers?: { readonly fields: readonly string[]; readonly byKey: Map<string, Explanation> }
}

/** A compiled rule set as data: everything `screen()` reads that is the same for every application. */
export interface ScreeningPlan {
  readonly criteria: Criteria
  /** SHA-256 of the canonical JSON of the criteria. */
  readonly hash: string
  readonly engine: Engine
  readonly timeZone: string
  /** Languages every criterion has a reason in. */
  readonly locales: readonly Locale[]
  /** The criteria in order: the built-in deadline first (when the job closes), then the file's. */
  readonly items: readonly PlannedCriterion[]
  /** The file's criteria by id (what `decide` reads of them). */
  readonly byId: ReadonlyMap<string, Criterion>
  /** How each declared answer is checked. */
  readonly checks: AnswerChecks
  /** Whether a bound says `today`: only then is the day of the decision worked out. */
  readonly needsToday: boolean
  /** The fast path: every rule, then every condition, tested in one function (answers all usable). */
  readonly testAll: (data: unknown, context?: EvaluationContext) => boolean[]
  /** How each rule and condition is explained when it did not hold. */
  readonly explanations: ReadonlyMap<CompiledRule, RuleExplanations>
  /**
   * Verdicts of the rules that read one answer alone (`soleField`) while that answer cannot be
   * used, per its state (missing, invalid, for a person): trying its possible answers gives the
   * same for every application, so it is done once.
   */
  readonly byGap: ReadonlyMap<CompiledRule, Map<FieldGap['state'], boolean | Unknown>>
  /** The score the preferred criteria can reach. */
  readonly maxScore: number
  readonly minScore: number
  /** The last day of the decision worked out: a batch decides at one `now`. */
  lastDay: { at: number; day: string } | undefined
  /** The last decision time written out (ISO 8601), for the same reason. */
  lastIso: { at: number; iso: string } | undefined
  /** The plan's own walk of its criteria when every answer is usable (draft-walk.ts): made on first use, null where code generation is refused. */
  walk: DraftWalk | null | undefined
}

/**
 * Prepares the plan of checked criteria: `checked` holds each criterion's compiled rule and
 * condition (from loading, or from checking at compile time); `hash` is the criteria's.
 */
export function buildPlan(doc: CriteriaDocument, engine: Engine, checked: CheckedRules, hash: string): ScreeningPlan {
  const criteria = doc.criteria
  const timeZone = criteria.job.timezone
  const shapes = answerShapes(criteria, false)
  const shapesAsGiven = answerShapes(criteria, true)
  const labels = optionLabels(criteria)
  const count = criteria.criteria.length
  const whens: CompiledRule[] = []
  const compiled = criteria.criteria.map((c) => {
    const rule = checked.rules.get(c.id)!
    const when = checked.whens.get(c.id) ?? null
    if (when) whens.push(when)
    return {
      c,
      rule,
      when,
      domains: answerDomains(engine, rule, shapes),
      whenDomains: when ? answerDomains(engine, when, shapesAsGiven) : NO_DOMAINS,
      fields: [...new Set([...(when?.fields ?? []), ...rule.fields])],
      whenAt: when ? count + whens.length - 1 : -1,
    }
  })
  // Reasons with the rule's own values filled in, per language.
  const written = compiled.map(({ c, rule }) => {
    const quotes = ruleQuotes(engine, rule)
    const byLocale: Partial<Record<Locale, string>> = {}
    for (const l of LOCALES)
      if (c.reason[l] !== undefined) byLocale[l] = renderReason(c.reason[l], quotes, l, labels, timeZone)
    return byLocale
  })
  const locales = LOCALES.filter((l) => written.every((r) => r[l] !== undefined))
  const items: PlannedCriterion[] = []
  const closesAt = criteria.job.closesAt
  const closes = closesAt ? closingInstant(closesAt, timeZone) : null
  if (closesAt && closes)
    items.push({
      kind: 'deadline',
      id: DEADLINE_ID,
      required: true,
      weight: 0,
      reason: Object.fromEntries(LOCALES.map((l) => [l, deadlineReason(closesAt, timeZone, l)])) as Record<
        Locale,
        string
      >,
      fields: sharedFields([]),
      closes: closes.getTime(),
      expected: `${closesAt} (${timeZone})`,
    })
  compiled.forEach((x, i) => {
    const byLocale = written[i]!
    items.push({
      kind: 'rule',
      ...x,
      ruleAt: i,
      id: x.c.id,
      required: x.c.required === true,
      weight: x.c.required ? 0 : (x.c.weight ?? 0),
      reason: Object.fromEntries(LOCALES.map((l) => [l, byLocale[l] ?? byLocale[criteria.locale]!])) as Record<
        Locale,
        string
      >,
      fields: sharedFields(x.fields),
      byName: readsByName(engine, x.rule) && (x.when === null || readsByName(engine, x.when)),
    })
  })
  // Every rule, then every condition: the order testAll gives their verdicts in.
  const rules = [...compiled.map((x) => x.rule), ...whens]
  const explanations = new Map<CompiledRule, RuleExplanations>()
  for (const rule of rules) {
    const explain = prepareExplainer(engine, rule)
    // Not a rule that also reads the whole data ({"var": ""}): its explanation would show one applicant's answers to the next.
    if (
      rule.fields.length === 1 &&
      rule.paths.length === 1 &&
      rule.paths[0] === rule.fields[0] &&
      !ruleReadsMoreThanAnswers(engine, rule) &&
      readsByName(engine, rule)
    ) {
      explanations.set(rule, { explain, byValue: new Map() })
      continue
    }
    const fields = pureFields(engine, rule)
    explanations.set(
      rule,
      fields && fields.length >= 2 && fields.length <= 4
        ? { explain, byAnswers: { fields, byKey: new Map() } }
        : { explain },
    )
  }
  const byGap = new Map<CompiledRule, Map<FieldGap['state'], boolean | Unknown>>()
  for (const rule of rules) if (soleField(engine, rule) !== undefined) byGap.set(rule, new Map())
  const checks = fieldChecks(criteria, { generate: !engine.jitless })
  return {
    criteria,
    hash,
    engine,
    timeZone,
    locales,
    items,
    byId: new Map(criteria.criteria.map((c) => [c.id, c])),
    checks,
    // "today" costs a time-zone lookup: only for files whose date bounds say "today".
    needsToday: checks.list.some((c) => c.minToday || c.maxToday || c.past),
    testAll: engine.testAll(rules),
    explanations,
    byGap,
    maxScore: compiled.reduce((s, x) => s + (x.c.required ? 0 : (x.c.weight ?? 0)), 0),
    minScore: criteria.decision.minScore,
    lastDay: undefined,
    lastIso: undefined,
    walk: undefined,
  }
}

/** The calendar day of the decision in the job's time zone, YYYY-MM-DD; the plan keeps the last one, as a batch decides at one `now`. */
export function dayOf(plan: ScreeningPlan, t: Date): string {
  const last = plan.lastDay
  if (last?.at === t.getTime()) return last.day
  const day = isoDay(t.getTime(), plan.timeZone)
  plan.lastDay = { at: t.getTime(), day }
  return day
}

/** The decision time as the audit record writes it (ISO 8601); the plan keeps the last one: `toISOString` costs as much as screening a criterion. */
export function isoOf(plan: ScreeningPlan, t: Date): string {
  const last = plan.lastIso
  if (last?.at === t.getTime()) return last.iso
  const iso = t.toISOString()
  plan.lastIso = { at: t.getTime(), iso }
  return iso
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
      out[name] = {
        type: f.type,
        ...(f.min === undefined ? {} : { min: f.min }),
        ...(f.max === undefined ? {} : { max: f.max }),
      }
    else if (f.type === 'string') out[name] = { type: 'string' }
    else out[name] = { type: 'other' }
  }
  return out
}
