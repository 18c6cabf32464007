import type { Criterion } from '../criteria/schema.js'
import { EvaluationError } from '../errors.js'
import type { EvaluationContext } from '../logic/index.js'
import type { CompiledRule, Engine } from '../logic/index.js'
import { explainRule } from '../logic/index.js'
import type { Explanation } from '../logic/index.js'
import { ReviewRequest } from '../logic/index.js'
import { testThreeValued, type FieldGap } from '../logic/index.js'
import { Unknown } from '../logic/index.js'
import type { FieldState } from './answers.js'
import type { CriterionDraft } from './result.js'

/** A criterion ready to evaluate: its rule, its condition, and the possible answers worth trying. */
export interface CompiledCriterion {
  c: Criterion
  rule: CompiledRule
  when: CompiledRule | null
  /** Possible answers per field the rule reads, for deciding despite unanswered fields (an answer for a person stands for any other option, or none). */
  domains: ReadonlyMap<string, readonly unknown[]>
  /** Possible answers per field the condition reads: every option, as the condition reads answers as given. */
  whenDomains: ReadonlyMap<string, readonly unknown[]>
  /** Fields the rule and the condition read. */
  fields: readonly string[]
}

/** What evaluating one criterion for one application gives. */
export type Evaluated = Pick<CriterionDraft, 'status' | 'detail' | 'problem' | 'gaps'>

export interface EvaluateInput {
  engine: Engine
  values: Record<string, unknown>
  states: ReadonlyMap<string, FieldState>
  gaps: ReadonlyMap<string, FieldGap>
  /**
   * What a condition (`when`) reads: answers for a person as given, so that
   * `when: legitimation == "Under utbildning"` holds for that answer. Undefined when no answer
   * is for a person (then the condition reads `values` and `gaps`); made when a condition first asks.
   */
  asGiven: () => { values: Record<string, unknown>; gaps: ReadonlyMap<string, FieldGap> } | undefined
  /** Answers as given, where they were read differently (shown in explanations). */
  raw: ReadonlyMap<string, unknown>
  context: EvaluationContext
  explain: boolean
  /** The plan's verdicts of rules that read one answer alone, per state of that answer (see `ScreeningPlan.byGap`). */
  byGap?: ReadonlyMap<CompiledRule, Map<FieldGap['state'], boolean | Unknown>>
}

/**
 * One criterion's status. Fields whose answers cannot be used (unanswered, invalid, for a
 * person) are unknown to the rule; the criterion is `met` or `unmet` when every possible answer
 * to them gives that result, and `missing`, `invalid` or `review` only when they could decide
 * it. An answer for a person is unknown only to the rules: a condition (`when`) reads it as
 * given, so it decides whether the criterion applies and sends to a person only the criteria
 * whose rule it could decide. A criterion whose condition does not hold is `skipped`; so is one
 * that only unanswered questions could decide, when it says `onMissing: skip`. `verdict` carries
 * results already known from the fast path (all answers usable).
 */
export function evaluateCriterion(
  cc: CompiledCriterion,
  input: EvaluateInput,
  verdict?: { rule: boolean; when: boolean | null },
): Evaluated {
  const { engine, context } = input
  // The usual criterion here: no condition, a rule of one answer alone, that answer unusable,
  // and the rule's verdict for that state already known to be unknown. What the walk below
  // gives for it, without its lists and closures.
  if (!cc.when && verdict === undefined) {
    const kept = input.byGap?.get(cc.rule)
    const state = kept && input.gaps.get(cc.rule.fields[0]!)?.state
    const hit = state ? kept!.get(state) : undefined
    if (hit instanceof Unknown) {
      const u = undecided(hit, input.states)
      if (!(u.status === 'missing' && cc.c.onMissing === 'skip')) return u
    }
  }
  const rule = { rule: cc.rule, values: input.values, gaps: input.gaps, domains: cc.domains }
  const given = cc.when ? input.asGiven() : undefined
  const when = cc.when
    ? { rule: cc.when, values: given?.values ?? input.values, gaps: given?.gaps ?? input.gaps, domains: cc.whenDomains }
    : null
  const touchedBy = (part: typeof rule) => part.rule.fields.filter((f) => part.gaps.has(f))
  // The unknown answers the criterion reads: every one the rule reads, and those the condition reads that are not read as given.
  const touched = [...new Set([...(when ? touchedBy(when) : []), ...touchedBy(rule)])]
  const decide = (part: typeof rule): boolean | Unknown => {
    if (!touchedBy(part).length) {
      try {
        return part.rule.test(part.values, context)
      } catch (e) {
        if (!(e instanceof ReviewRequest)) throw e
      }
    }
    // A rule of one answer alone is decided alike for every application whose answer is in that state.
    const kept = input.byGap?.get(part.rule)
    const state = kept ? part.gaps.get(part.rule.fields[0]!)?.state : undefined
    const hit = state ? kept!.get(state) : undefined
    if (hit !== undefined) return hit
    const r = testThreeValued(engine, part.rule, part.values, { gaps: part.gaps, context, domains: part.domains })
    if (state) kept!.set(state, r)
    return r
  }
  const explain = (part: typeof rule, held: boolean): { detail?: Explanation } =>
    input.explain
      ? {
          detail: withAnswers(
            explainRule(engine, part.rule, part.values, context, { held, gaps: part.gaps }),
            input.raw,
          ),
        }
      : {}
  try {
    let w: boolean | Unknown = when ? (verdict?.when ?? decide(when)) : true
    if (w === false) return { status: 'skipped', ...explain(when!, false) }
    let r: boolean | Unknown = verdict?.rule ?? decide(rule)
    if (w instanceof Unknown) {
      // Met either way for a requirement: applying or not, it does not stand in the way.
      if (r === true && cc.c.required) w = true
      else r = Unknown.merge([w, ...(r instanceof Unknown ? [r] : [])])
    }
    if (r instanceof Unknown) {
      const u = undecided(r, input.states)
      // An optional question left unanswered: the criterion counts neither way, and says what was not answered.
      if (u.status === 'missing' && cc.c.onMissing === 'skip') return { status: 'skipped', ...explain(rule, false) }
      return u
    }
    const gapsOf = touched.length ? { gaps: touched } : {}
    if (r) return { status: 'met', ...gapsOf, ...(touched.length ? explain(rule, true) : {}) }
    return { status: 'unmet', ...gapsOf, ...explain(rule, false) }
  } catch (e) {
    const err = e instanceof EvaluationError ? e : new EvaluationError('evaluation_failed', String(e))
    return { status: 'error', problem: { code: err.code, path: null, message: err.message } }
  }
}

/** Status and problem of a criterion the unusable answers could decide. */
function undecided(u: Unknown, states: ReadonlyMap<string, FieldState>): Evaluated {
  const fields = [...u.fields]
  const invalid = fields.find((f) => states.get(f)?.state === 'invalid')
  if (invalid) {
    const s = states.get(invalid) as Extract<FieldState, { state: 'invalid' }>
    return {
      status: 'invalid',
      problem: {
        code: 'invalid_answer',
        path: invalid,
        message: `${invalid} ${s.message}`,
        actual: preview(s.actual),
        fields,
      },
    }
  }
  const review = fields.filter((f) => states.get(f)?.state === 'review')
  if (review.length || u.notes.length) {
    const notes = [
      ...review.map((f) => {
        const s = states.get(f) as Extract<FieldState, { state: 'review' }>
        return `${f} is ${JSON.stringify(preview(s.actual))}: ${s.note}`
      }),
      ...u.notes,
    ]
    const first =
      review[0] === undefined ? undefined : (states.get(review[0]) as Extract<FieldState, { state: 'review' }>)
    return {
      status: 'review',
      problem: {
        code: 'needs_review',
        path: review[0] ?? null,
        message: notes.join('; '),
        ...(first ? { actual: preview(first.actual) } : {}),
        fields,
      },
    }
  }
  const missing = fields.filter((f) => states.get(f)?.state === 'missing')
  // Non-answers ("N/A", "vet ej") are named as written: a person sees what was said.
  const said = missing.flatMap((f) => {
    const s = states.get(f) as Extract<FieldState, { state: 'missing' }>
    return s.given === undefined ? [] : [`${f} says ${JSON.stringify(preview(s.given))}, which reads as no answer`]
  })
  const first =
    missing[0] === undefined ? undefined : (states.get(missing[0]) as Extract<FieldState, { state: 'missing' }>)
  // An answer under a name close to an unanswered question's: not read, and said so.
  const near = missing.flatMap((f) => (states.get(f) as Extract<FieldState, { state: 'missing' }>).near ?? [])
  const unread = near.length
    ? ` (the application holds ${near.map((k) => JSON.stringify(k)).join(', ')}, not declared by the criteria)`
    : ''
  return {
    status: 'missing',
    problem: {
      code: 'missing_answer',
      path: missing[0] ?? null,
      message: `${missing.join(', ') || 'an answer'} ${missing.length === 1 ? 'is' : 'are'} not answered${said.length ? ` (${said.join('; ')})` : ''}${unread}, and the answer could change the result`,
      ...(first?.given === undefined ? {} : { actual: preview(first.given) }),
      fields,
      ...(near.length ? { undeclared: near } : {}),
    },
  }
}

/** Adds the answer as given to conditions on fields that were read differently ("malmo" read as "Malmö"). */
export function withAnswers(e: Explanation, raw: ReadonlyMap<string, unknown>): Explanation {
  if (!raw.size) return e
  if (e.kind !== 'condition') return { ...e, children: e.children.map((c) => withAnswers(c, raw)) }
  const field = typeof e.path !== 'string' ? undefined : e.path.includes('.') ? e.path.split('.')[0] : e.path
  if (field === undefined || !raw.has(field)) return e
  // A copy with `answered` last (or where it was), as a spread would make, key by key: a spread of explanations' several shapes is slow.
  const c = {} as Record<string, unknown>
  const keys = Object.keys(e)
  for (let i = 0; i < keys.length; i++) c[keys[i]!] = (e as unknown as Record<string, unknown>)[keys[i]!]
  c.answered = preview(raw.get(field))
  return c as unknown as Explanation
}

/** Keeps hostile values (10 MB strings, deep nesting) out of results and logs. */
export function preview(v: unknown): unknown {
  if (typeof v === 'string') return v.length > 200 ? `${v.slice(0, 200)}…` : v
  if (typeof v === 'number' || typeof v === 'boolean' || v === null)
    return typeof v === 'number' && !Number.isFinite(v) ? String(v) : v
  if (Array.isArray(v))
    return v.length <= 20 && v.every((x) => typeof x === 'string' && x.length <= 200) ? v : `[list of ${v.length}]`
  return `[${typeof v}]`
}
