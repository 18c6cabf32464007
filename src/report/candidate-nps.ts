// Candidate experience, measured: survey scores joined, by application id, with what decided
// and how long it took. No ATS or survey tool joins the score with the requirement that
// decided and the time to the answer; the results hold both.

import { ScreeningError } from '../errors.js'
import { parseEpoch } from '../time/dates.js'
import type { Consent } from './consents.js'
import type { ReportEntry } from './summarize.js'
import type { SurveyAnswer } from './survey-answers.js'

/**
 * Candidate NPS of a group, with its counts: promoters score 9–10, passives 7–8, detractors
 * 0–6; `nps` is the share of promoters minus the share of detractors, in percentage points
 * (−100 to +100, to one decimal), null with no answers.
 *
 * @example
 * ```ts
 * const c: NpsCounts = { answers: 10, promoters: 4, passives: 3, detractors: 3, nps: 10, small: true }
 * ```
 * @category Reports
 */
export interface NpsCounts {
  answers: number
  promoters: number
  passives: number
  detractors: number
  nps: number | null
  /** Fewer answers than `minGroupSize`: the figure varies too much by chance to mean much. */
  small: boolean
}

/**
 * Candidate NPS of one group (a stage, an outcome, a requirement, a band of time to answer,
 * who decided).
 *
 * @example
 * ```ts
 * const g: NpsGroup = { group: 'rejected', answers: 5, promoters: 1, passives: 1, detractors: 3, nps: -40, small: true }
 * ```
 * @category Reports
 */
export interface NpsGroup extends NpsCounts {
  group: string
}

/**
 * Groups beyond {@link SummarizeOptions.maxGroups}, added up into one row.
 *
 * @example
 * ```ts
 * const o: OtherNps = { groups: 12, answers: 40, promoters: 10, passives: 12, detractors: 18, nps: -20, small: false }
 * ```
 * @category Reports
 */
export interface OtherNps extends NpsCounts {
  /** How many groups were added up. */
  groups: number
}

/**
 * Candidate NPS per group of one kind: the groups listed and the rest added up (null when
 * every group is listed).
 *
 * @example
 * ```ts
 * summary.candidateExperience?.byOutcome.groups.find((g) => g.group === 'reject')?.nps
 * ```
 * @category Reports
 */
export interface NpsBreakdown {
  groups: NpsGroup[]
  other: OtherNps | null
}

/**
 * Bands of the time from submission to the answer, each holding its upper bound (48 hours is
 * `1-2-days`); `unknown` when the results do not say when the answer went (no message but
 * the acknowledgement, no decision by a person).
 *
 * @example
 * ```ts
 * const band: ResponseBand = '2-5-days'
 * ```
 * @category Reports
 */
export type ResponseBand = 'within-24h' | '1-2-days' | '2-5-days' | '5-10-days' | 'over-10-days' | 'unknown'

/** The bands in order, with the hours each ends at (the bounds of the report's 48-hour and 10-day figures). */
export const RESPONSE_BANDS: readonly (readonly [ResponseBand, number])[] = [
  ['within-24h', 24],
  ['1-2-days', 48],
  ['2-5-days', 120],
  ['5-10-days', 240],
  ['over-10-days', Infinity],
  ['unknown', Number.NaN],
]

/** The decisive group of a rejection on points alone (no requirement unmet). Criterion ids start with a letter: no id can be it. */
export const SCORE_GROUP = '(score)'
/** The decisive group of a rejection by a person who gave no requirement, only their own words. */
export const FREE_REASON_GROUP = '(free reason)'
/** The stage group of an answer whose stage neither the answer nor the results say. */
export const NO_STAGE_GROUP = '(none)'

/**
 * Candidate experience: candidate NPS overall and per stage, outcome, decisive requirement,
 * band of time to answer and who decided, from survey answers joined with the results by
 * application id.
 *
 * @example
 * ```ts
 * const ce = summarize(results, { survey: answers }).candidateExperience
 * if (ce) console.log(ce.overall.nps, ce.byDecidedBy.groups)
 * ```
 * @category Reports
 */
export interface CandidateExperience {
  overall: NpsCounts
  /** By the stage the answer names, else the stage of the result's message (`(none)` when neither says). */
  byStage: NpsBreakdown
  /** By the outcome that stands: a person's decision, else the program's (`pass`, `reject`, `review`). */
  byOutcome: NpsBreakdown
  /**
   * Rejections by what decided them: each unmet requirement of a program rejection (`deadline`
   * alone when late), `(score)` for too few points; each requirement a person gave, or
   * `(free reason)`. A candidate can count in several rows: the rows do not add up to the total.
   */
  byDecisiveCriterion: NpsBreakdown
  /** By the time from submission to the answer ({@link ResponseBand}), in band order. */
  byResponseTime: NpsBreakdown
  /** `program` or `person` (a result with a person's decision). */
  byDecidedBy: NpsBreakdown
  answers: {
    /** Answers given, repeated ones included. */
    read: number
    /** Applications with an answer and a result: the answers counted (`overall.answers`). */
    counted: number
    /** Applications answered for that are in no result. */
    unmatched: number
    /** Answers replaced by a later answer for the same application. */
    replaced: number
    /** Counted answers with a comment (the report counts them; it never quotes them). */
    withComment: number
  }
  /** Groups with fewer answers are marked `small`. */
  minGroupSize: number
}

/**
 * Talent-pool consents: the talent-pool messages in the results by how they keep the
 * candidate, asked to opt in (`consent`) or told (`notice`), and the consents given, by the
 * same mode.
 *
 * @example
 * ```ts
 * const c: ConsentCounts = { messages: { consent: 20, notice: 5, unknown: 0 }, given: { consent: 9, notice: 1, unknown: 0 }, unmatched: 2 }
 * ```
 * @category Reports
 */
export interface ConsentCounts {
  /** Results whose message is the talent-pool stage, by its mode (`unknown`: the message does not say). */
  messages: { consent: number; notice: number; unknown: number }
  /** Consents given, by the mode of the candidate's talent-pool message; null when no consents were given to the report. */
  given: { consent: number; notice: number; unknown: number } | null
  /** Consents for an application with no talent-pool message in the results. */
  unmatched: number
}

type Mode = 'consent' | 'notice' | 'unknown'
type Facts = {
  stage: string | undefined
  outcome: string
  by: 'program' | 'person'
  decisive: string[]
  band: ResponseBand
}
type Tally = { answers: number; promoters: number; passives: number; detractors: number }

const byName = (a: string, b: string) => a.localeCompare(b) || (a < b ? -1 : a > b ? 1 : 0)

/** A person's decision, read defensively: results are data, and older ones have none. */
function decisionOf(r: ReportEntry): { outcome: 'pass' | 'reject'; at: number; criteria: string[] } | null {
  const d = (r as { decision?: unknown }).decision
  if (!d || typeof d !== 'object') return null
  const { outcome, at, reasons } = d as { outcome?: unknown; at?: unknown; reasons?: unknown }
  if (outcome !== 'pass' && outcome !== 'reject') return null
  const list = reasons && typeof reasons === 'object' ? (reasons as { criteria?: unknown }).criteria : undefined
  const criteria = Array.isArray(list)
    ? [...new Set(list.filter((c): c is string => typeof c === 'string' && c !== ''))]
    : []
  return { outcome, at: typeof at === 'string' ? Date.parse(at) : Number.NaN, criteria }
}

/** The band of a wait in hours. */
export function responseBand(hours: number): ResponseBand {
  if (!(hours >= 0)) return 'unknown'
  for (const [band, upTo] of RESPONSE_BANDS) if (hours <= upTo) return band
  return 'unknown'
}

/** What an answer is grouped by, from its result: taken when the result is added, so that results are never held. */
function factsOf(r: ReportEntry, key: (id: string) => string): Facts {
  const person = decisionOf(r)
  const outcome = person?.outcome ?? r.outcome
  let decisive: string[] = []
  if (person?.outcome === 'reject') decisive = person.criteria.length ? person.criteria.map(key) : [FREE_REASON_GROUP]
  else if (!person && r.outcome === 'reject') {
    // What the rejection message names: the unmet requirements (a late application is told only that), else the points.
    const unmet = new Set<string>()
    const missing = new Set<string>()
    for (const c of r.criteria) {
      if (!c.required) continue
      if (c.status === 'unmet') unmet.add(c.id)
      else if (c.status === 'missing') missing.add(c.id) // only a requirement whose missing answer rejects (onMissing: reject) leaves the outcome a rejection
    }
    const ids = unmet.has('deadline') ? ['deadline'] : unmet.size ? [...unmet] : [...missing]
    decisive = ids.length ? ids.map(key) : [SCORE_GROUP]
  }
  const message = r.message && typeof r.message === 'object' ? r.message : undefined
  const stage = typeof message?.stage === 'string' && message.stage !== '' ? message.stage : undefined
  // The acknowledgement is no answer: the time is to the message that says what was decided, or to a person's decision.
  let answered = stage !== 'received' && typeof message?.sendAt === 'string' ? Date.parse(message.sendAt) : Number.NaN
  if (Number.isNaN(answered) && person) answered = person.at
  const submitted = parseEpoch(r.application.submittedAt, r.audit.timeZone ?? 'UTC')
  return {
    stage,
    outcome,
    by: person ? 'person' : 'program',
    decisive,
    band: responseBand((answered - submitted) / 3_600_000),
  }
}

const npsOf = (t: Tally, minGroupSize: number): NpsCounts => ({
  ...t,
  nps: t.answers ? Math.round((1000 * (t.promoters - t.detractors)) / t.answers) / 10 : null,
  small: t.answers < minGroupSize,
})

/** Adds one score to a tally. */
function tallyOf(t: Tally, score: number): void {
  t.answers++
  if (score >= 9) t.promoters++
  else if (score >= 7) t.passives++
  else t.detractors++
}

/**
 * Counts what the report needs of each result for candidate experience and consents, as
 * results stream: memory follows the answers and consents given, never the results.
 */
export function createExperienceCounter(options: {
  survey?: Iterable<SurveyAnswer>
  consents?: Iterable<Consent>
  minGroupSize: number
  maxGroups: number
}) {
  // The later answer for an application counts (a candidate who answers again has changed their mind).
  const answers = options.survey ? new Map<string, SurveyAnswer>() : null
  let read = 0
  if (answers)
    for (const a of options.survey!) {
      read++
      // Answers built by a program rather than read by parseSurveyAnswers: a score off the scale would count as a promoter.
      if (!a || typeof a.applicationId !== 'string' || !(Number.isInteger(a.score) && a.score >= 0 && a.score <= 10))
        throw new ScreeningError(
          'invalid_option',
          `survey answer ${read}${a && typeof a.applicationId === 'string' ? ` (application "${a.applicationId}")` : ''}: ${!a || typeof a.applicationId !== 'string' ? 'applicationId must be text' : `the score ${String(a.score)} is not a whole number from 0 to 10`}`,
        )
      answers.set(a.applicationId, a)
    }
  const consentIds = options.consents ? new Set<string>() : null
  if (consentIds)
    for (const c of options.consents!) {
      if (!c || typeof c.applicationId !== 'string')
        throw new ScreeningError('invalid_option', `consent ${consentIds.size + 1}: applicationId must be text`)
      consentIds.add(c.applicationId)
    }
  // Per application answered: the facts of its latest result (a result read again, after a person decided, replaces the first).
  const answered = new Map<string, Facts>()
  const modeOf = new Map<string, Mode>()
  const messages = { consent: 0, notice: 0, unknown: 0 }

  function add(r: ReportEntry, key: (id: string) => string): void {
    const id = r.application.id
    const message = r.message && typeof r.message === 'object' ? r.message : undefined
    if (message?.stage === 'talent-pool') {
      // Stored results are data: a mode other than the two is no mode, never a key written.
      const mode: Mode =
        message.talentPool === 'consent' || message.talentPool === 'notice' ? message.talentPool : 'unknown'
      messages[mode]++
      if (consentIds?.has(id)) modeOf.set(id, mode)
    }
    if (answers?.has(id)) answered.set(id, factsOf(r, key))
  }

  function experience(): CandidateExperience | null {
    if (!answers) return null
    const overall: Tally = { answers: 0, promoters: 0, passives: 0, detractors: 0 }
    const dims = {
      stage: new Map<string, Tally>(),
      outcome: new Map<string, Tally>(),
      decisive: new Map<string, Tally>(),
      band: new Map<string, Tally>(),
      by: new Map<string, Tally>(),
    }
    const count = (map: Map<string, Tally>, group: string, score: number) => {
      let t = map.get(group)
      if (!t) map.set(group, (t = { answers: 0, promoters: 0, passives: 0, detractors: 0 }))
      tallyOf(t, score)
    }
    let withComment = 0
    for (const [id, f] of answered) {
      const a = answers.get(id)!
      tallyOf(overall, a.score)
      if (a.comment) withComment++
      count(dims.stage, a.stage ?? f.stage ?? NO_STAGE_GROUP, a.score)
      count(dims.outcome, f.outcome, a.score)
      for (const d of f.decisive) count(dims.decisive, d, a.score)
      count(dims.band, f.band, a.score)
      count(dims.by, f.by, a.score)
    }
    const { minGroupSize, maxGroups } = options
    const inOrder = (map: Map<string, Tally>, order: readonly string[]): NpsBreakdown => ({
      groups: order.flatMap((group) => {
        const t = map.get(group)
        return t ? [{ group, ...npsOf(t, minGroupSize) }] : []
      }),
      other: null,
    })
    // Groups named by data (stages, requirements): the largest listed, by name; the rest added up.
    const largest = (map: Map<string, Tally>): NpsBreakdown => {
      const ranked = [...map].sort(([a, x], [b, y]) => y.answers - x.answers || byName(a, b))
      const listed = ranked.slice(0, maxGroups).sort(([a], [b]) => byName(a, b))
      const rest = ranked.slice(maxGroups)
      const sum: Tally = { answers: 0, promoters: 0, passives: 0, detractors: 0 }
      for (const [, t] of rest)
        for (const k of ['answers', 'promoters', 'passives', 'detractors'] as const) sum[k] += t[k]
      return {
        groups: listed.map(([group, t]) => ({ group, ...npsOf(t, minGroupSize) })),
        other: rest.length ? { groups: rest.length, ...npsOf(sum, minGroupSize) } : null,
      }
    }
    return {
      overall: npsOf(overall, minGroupSize),
      byStage: largest(dims.stage),
      byOutcome: inOrder(dims.outcome, ['pass', 'reject', 'review']),
      byDecisiveCriterion: largest(dims.decisive),
      byResponseTime: inOrder(
        dims.band,
        RESPONSE_BANDS.map(([b]) => b),
      ),
      byDecidedBy: inOrder(dims.by, ['program', 'person']),
      answers: {
        read,
        counted: answered.size,
        unmatched: answers.size - answered.size,
        replaced: read - answers.size,
        withComment,
      },
      minGroupSize,
    }
  }

  function consents(): ConsentCounts {
    if (!consentIds) return { messages: { ...messages }, given: null, unmatched: 0 }
    const given = { consent: 0, notice: 0, unknown: 0 }
    for (const [, mode] of modeOf) given[mode]++
    return { messages: { ...messages }, given, unmatched: consentIds.size - modeOf.size }
  }

  return { add, experience, consents }
}
