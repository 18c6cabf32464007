import { ScreeningError } from '../errors.js'
import { parseEpoch } from '../time/dates.js'
import type { ScreeningResult } from '../screen/result.js'
import { createExperienceCounter, type CandidateExperience, type ConsentCounts } from './candidate-nps.js'
import type { Consent } from './consents.js'
import { SlotCounts } from './slot-counts.js'
import type { SurveyAnswer } from './survey-answers.js'

// The CSV reader has its own file; it was first exported from here, and deep imports still use this path.
export { parseDemographicsCsv } from './demographics-csv.js'

/**
 * A screening result as stored by an ATS or written by `autoscreen screen --messages`: the
 * result, optionally with the planned message.
 *
 * @example
 * ```ts
 * const entry: ReportEntry = { ...result, message: { stage: 'rejected', sendAt: '2026-11-23T07:00:00.000Z', slaBreached: false } }
 * ```
 * @category Reports
 */
export type ReportEntry = ScreeningResult & {
  message?: { stage?: string; sendAt?: string; slaBreached?: boolean; talentPool?: 'consent' | 'notice' }
}

/** Counts by outcome.
 * @example
 * ```ts
 * summarize(results).totals // { applications: 10, pass: 3, reject: 5, review: 2, nearMiss: 2 }
 * ```
 * @category Reports
 */
export interface OutcomeCounts {
  applications: number
  pass: number
  reject: number
  review: number
  nearMiss: number
}

/**
 * Figures for one criterion.
 *
 * @example
 * ```ts
 * const c: CriterionSummary = { id: 'experience', unmet: 12, missing: 1, invalid: 0, review: 0, skipped: 0, unmetShare: 0.4, missingShare: 0.03, invalidShare: 0, decisive: 5 }
 * ```
 * @category Reports
 */
export interface CriterionSummary {
  id: string
  unmet: number
  missing: number
  invalid: number
  /** Left to a person (an answer marked for review, or the rule's `review`). */
  review: number
  /** Did not apply (its `when` did not hold). */
  skipped: number
  unmetShare: number
  missingShare: number
  invalidShare: number
  /** Rejections that hinge on this criterion alone: without it the candidate would have passed. */
  decisive: number
}

/**
 * Selection figures for one group of a demographic column.
 *
 * @example
 * ```ts
 * const g: GroupRate = { group: 'women', screened: 40, passed: 12, rate: 0.3, impactRatio: 0.75, flagged: true, small: false }
 * ```
 * @category Reports
 */
export interface GroupRate {
  group: string
  /** Applications with a decision (pass or reject); `review` has none yet. */
  screened: number
  passed: number
  rate: number
  /** Rate divided by the highest group's rate; null when no group was selected. */
  impactRatio: number | null
  /** Impact ratio under 0.8 (the four-fifths rule). */
  flagged: boolean
  /** Fewer than `minGroupSize` screened: the ratio means little. */
  small: boolean
}

/**
 * Groups of a demographic column beyond {@link SummarizeOptions.maxGroups}, added up into one
 * row: how many there are, and their figures together. The impact ratio compares them, as one
 * group, with the highest rate among the groups listed.
 *
 * @example
 * ```ts
 * const o: OtherGroups = { groups: 1204, screened: 1310, passed: 400, rate: 0.305, impactRatio: 0.61, flagged: true, small: false }
 * ```
 * @category Reports
 */
export interface OtherGroups extends Omit<GroupRate, 'group'> {
  /** How many groups were added up. */
  groups: number
}

/**
 * Sources or jobs beyond {@link SummarizeOptions.maxGroups}, added up into one row.
 *
 * @example
 * ```ts
 * const o: OtherCounts = { groups: 312, applications: 900, pass: 200, reject: 650, review: 50, nearMiss: 30 }
 * ```
 * @category Reports
 */
export interface OtherCounts extends OutcomeCounts {
  /** How many sources (or jobs) were added up. */
  groups: number
}

/**
 * Adverse impact for one demographic column, overall and per criterion.
 *
 * @example
 * ```ts
 * report.adverseImpact[0].groups.filter((g) => g.flagged)
 * ```
 * @category Reports
 */
export interface AdverseImpact {
  column: string
  /** The largest groups (at most `maxGroups`), by name. */
  groups: GroupRate[]
  /** The other groups, added up; null when every group is listed. */
  other: OtherGroups | null
  /** Applications with no known group in this column. */
  unknown: number
  /** Per criterion: the share of each group that met it (not unmet), and its impact ratio; the same groups as above listed, the rest added up. */
  criteria: { id: string; groups: GroupRate[]; other: OtherGroups | null }[]
}

/**
 * A summary for managers.
 *
 * @example
 * ```ts
 * const s = summarize(results)
 * s.totals.pass / s.totals.applications
 * ```
 * @category Reports
 */
export interface Summary {
  totals: OutcomeCounts
  /** The largest sources (at most `maxGroups`). */
  bySource: Record<string, OutcomeCounts>
  /** The other sources, added up; null when every source is listed. */
  otherSources: OtherCounts | null
  /** The largest jobs (criteria ids; at most `maxGroups`). */
  byJob: Record<string, OutcomeCounts>
  /** The other jobs, added up; null when every job is listed. */
  otherJobs: OtherCounts | null
  /** Sorted so the criterion that rejects most stands first. */
  criteria: CriterionSummary[]
  responseTimes: {
    /** Results with a planned send time. */
    planned: number
    medianHours: number | null
    p95Hours: number | null
    within48h: number | null
    within10d: number | null
    /** Results whose planned answer breaks the SLA. */
    breached: number
    /** The longest of them (at most `maxGroups`), longest first. */
    breaches: { id: string; hours: number }[]
  }
  adverseImpact: AdverseImpact[]
  /**
   * Near misses by how the talent-pool message keeps them: asked to opt in (`consent`), told
   * (`notice`), or with no message in the results (`unknown`).
   */
  talentPool: { consent: number; notice: number; unknown: number }
  /** Candidate NPS from the survey answers ({@link SummarizeOptions.survey}); null when none were given. */
  candidateExperience: CandidateExperience | null
  /** Talent-pool messages by mode and, with {@link SummarizeOptions.consents}, the consents given. */
  consents: ConsentCounts
  /** The rules used, stated so that readers can judge the figures. */
  notes: string[]
}

/**
 * Options of {@link summarize}.
 *
 * @example
 * ```ts
 * summarize(results, { demographics: new Map([['a-1', { gender: 'woman' }]]), minGroupSize: 30, maxGroups: 20 })
 * ```
 * @category Reports
 */
export interface SummarizeOptions {
  /** Group membership by application id, per column. Joined by id; never used in screening. */
  demographics?: ReadonlyMap<string, Readonly<Record<string, string>>>
  /** Groups with fewer screened applications than this get a warning (default 30). */
  minGroupSize?: number
  /**
   * How many sources, jobs and groups of each demographic column are listed, the largest
   * first; the rest are added up in one row (default 50; `Infinity` lists all). Keeps a report
   * readable, and small, when a column holds free text or ids.
   */
  maxGroups?: number
  /**
   * Survey answers ({@link parseSurveyAnswers}), joined by application id: candidate NPS per
   * stage, outcome, decisive requirement, time to answer and who decided. When one
   * application has several answers, the last counts; answers for applications in no result
   * are counted apart.
   */
  survey?: Iterable<SurveyAnswer>
  /** Talent-pool consents given ({@link parseConsents}), counted by the mode of the candidate's talent-pool message. */
  consents?: Iterable<Consent>
}

/**
 * Summarises results fed one at a time ({@link createSummarizer}): memory follows the distinct
 * sources, jobs, criteria and groups, never the number of results.
 *
 * @example
 * ```ts
 * const summarizer = createSummarizer({ demographics })
 * for await (const e of readResults(stream)) if (e.ok) summarizer.add(e.result)
 * const summary = summarizer.summary()
 * ```
 * @category Reports
 */
export interface Summarizer {
  /** Counts one result; nothing of it is kept but counts. */
  add(result: ReportEntry): void
  /** The summary of the results added so far (it can be asked for again after more). */
  summary(): Summary
}

const empty = (): OutcomeCounts => ({ applications: 0, pass: 0, reject: 0, review: 0, nearMiss: 0 })
const count = (c: OutcomeCounts, r: ScreeningResult) => {
  c.applications++
  c[r.outcome]++
  if (r.nearMiss) c.nearMiss++
}
const share = (n: number, d: number) => (d ? n / d : 0)
const byName = (a: string, b: string) => a.localeCompare(b)
// Ties between equally large groups go by name, so that which ones are listed never depends on input order.
const largestFirst =
  <T>(size: (x: T) => number, name: (x: T) => string) =>
  (a: T, b: T) =>
    size(b) - size(a) || byName(name(a), name(b)) || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0)

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: Float64Array, p: number): number | null {
  if (!sorted.length) return null
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

/** Would the candidate have passed without this criterion (`first`, the first of its id in the result)? */
function hingesOn(
  r: ScreeningResult,
  first: ScreeningResult['criteria'][number],
  blocking: number,
  requiredOpen: number,
): boolean {
  if (first.status !== 'unmet') return false
  // Another criterion left open (invalid, error, for a person) or another requirement unmet: not this one alone.
  if (blocking > 0 || requiredOpen > 0) return false
  return first.required ? r.score >= r.minScore : r.score + first.weight >= r.minScore
}

/** `a` with room for at least `size` numbers, its numbers kept. */
function room<T extends Int32Array | Float64Array>(a: T, size: number): T {
  if (a.length >= size) return a
  const grown = new (a.constructor as new (n: number) => T)(Math.max(size, a.length * 2))
  grown.set(a)
  return grown
}

function rateOf(screened: number, passed: number, top: number, minGroupSize: number): Omit<GroupRate, 'group'> {
  const rate = share(passed, screened)
  const impactRatio = top > 0 ? rate / top : null
  return {
    screened,
    passed,
    rate,
    impactRatio,
    flagged: impactRatio !== null && impactRatio < 0.8,
    small: screened < minGroupSize,
  }
}

/** One demographic column while results stream: groups numbered as first seen, counts per number. */
class Column {
  readonly slots = new Map<string, number>()
  readonly names: string[] = []
  readonly totals = new SlotCounts()
  readonly total = { n: 0, hits: 0 }
  readonly criteria = new Map<string, { counts: SlotCounts; total: { n: number; hits: number } }>()
  unknown = 0
  constructor(readonly name: string) {}
  slot(group: string): number {
    let slot = this.slots.get(group)
    if (slot === undefined) {
      slot = this.names.length
      this.slots.set(group, slot)
      this.names.push(group)
    }
    return slot
  }
}

/**
 * Rates of the largest groups (`ranked`, largest first; at most `max` of them with counts,
 * listed by name) and of the rest added up, from the totals kept while counting. The impact
 * ratio compares with the highest rate among the groups listed: the rest is a mixture of
 * groups, not one to compare with.
 */
function foldRates(
  column: Column,
  counts: SlotCounts,
  total: { n: number; hits: number },
  ranked: readonly number[],
  max: number,
  minGroupSize: number,
): { groups: GroupRate[]; other: OtherGroups | null } {
  const listed: number[] = []
  for (const slot of ranked) {
    if (listed.length === max) break
    if (counts.n(slot) > 0) listed.push(slot)
  }
  let top = 0
  for (const slot of listed) top = Math.max(top, share(counts.hits(slot), counts.n(slot)))
  const groups = listed
    .map((slot) => ({ group: column.names[slot]!, ...rateOf(counts.n(slot), counts.hits(slot), top, minGroupSize) }))
    .sort((a, b) => byName(a.group, b.group))
  let screened = total.n
  let passed = total.hits
  for (const g of groups) {
    screened -= g.screened
    passed -= g.passed
  }
  const folded = counts.used - groups.length
  return { groups, other: folded > 0 ? { groups: folded, ...rateOf(screened, passed, top, minGroupSize) } : null }
}

function foldCounts(
  map: ReadonlyMap<string, OutcomeCounts>,
  max: number,
): { rows: Record<string, OutcomeCounts>; other: OtherCounts | null } {
  const ranked = [...map].sort(
    largestFirst(
      ([, c]) => c.applications,
      ([name]) => name,
    ),
  )
  // Keys come from the data (a source named "__proto__" is a source): no prototype to write onto.
  const rows: Record<string, OutcomeCounts> = Object.create(null)
  for (const [name, c] of ranked.slice(0, max).sort(([a], [b]) => byName(a, b))) rows[name] = { ...c }
  const rest = ranked.slice(max)
  if (!rest.length) return { rows, other: null }
  const other: OtherCounts = { groups: rest.length, ...empty() }
  for (const [, c] of rest)
    for (const k of ['applications', 'pass', 'reject', 'review', 'nearMiss'] as const) other[k] += c[k]
  return { rows, other }
}

/**
 * Creates a summariser fed one result at a time, for results read from a stream: only counts
 * are kept (per source, job, criterion and group, one number per planned send time for the
 * percentiles, and for each survey answer what its result says), never the results. {@link summarize} is the same over a list.
 *
 * @example
 * ```ts
 * const summarizer = createSummarizer({ demographics, maxGroups: 20 })
 * for await (const e of readResults(fs.createReadStream('results.jsonl'))) if (e.ok) summarizer.add(e.result)
 * console.log(formatSummaryMarkdown(summarizer.summary()))
 * ```
 * @category Reports
 */
export function createSummarizer(options: SummarizeOptions = {}): Summarizer {
  const minGroupSize = options.minGroupSize ?? 30
  const maxGroups = options.maxGroups ?? 50
  if (!(Number.isInteger(maxGroups) || maxGroups === Infinity) || maxGroups < 1)
    throw new ScreeningError(
      'invalid_option',
      `maxGroups must be a whole number above 0 (or Infinity), not ${String(maxGroups)}`,
    )
  const totals = empty()
  const sourceCounts = new Map<string, OutcomeCounts>()
  const jobCounts = new Map<string, OutcomeCounts>()
  // Criteria by key, numbered as first seen: each criterion of a result is looked up once. What
  // hingesOn needs per id is kept by number in arrays reused across results, not in a map per
  // result (a stored result may repeat an id; the first of an id is the one that counts).
  const slotOf = new Map<string, number>()
  const perCriterion: CriterionSummary[] = []
  let seenIn = new Float64Array(64) // the number of the result that last saw the criterion
  let firstAt = new Int32Array(64) // where in that result's criteria its id came first
  let slotBlocking = new Int32Array(64)
  let slotRequiredOpen = new Int32Array(64)
  let rowSlots = new Int32Array(64)
  let resultNo = 0
  let firstJob: string | undefined
  let hours = new Float64Array(64)
  let planned = 0
  let breached = 0
  let breaches: { id: string; hours: number }[] = []
  // By wait, then by id: which breaches are listed never depends on the order results come in.
  const longestFirst = (a: { id: string; hours: number }, b: { id: string; hours: number }) =>
    b.hours - a.hours || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  const talentPool = { consent: 0, notice: 0, unknown: 0 }
  const demographics = options.demographics
  const names = new Set<string>()
  if (demographics) for (const row of demographics.values()) for (const k of Object.keys(row)) names.add(k)
  const columns = [...names].sort().map((name) => new Column(name))
  const experience = createExperienceCounter({
    ...(options.survey ? { survey: options.survey } : {}),
    ...(options.consents ? { consents: options.consents } : {}),
    minGroupSize,
    maxGroups,
  })
  // Own values only: a column named "constructor" must not read Object.prototype.constructor.
  const cell = (row: Readonly<Record<string, string>> | undefined, column: string): string | undefined => {
    const v = row && Object.hasOwn(row, column) ? row[column] : undefined
    return typeof v === 'string' && v !== '' ? v : undefined
  }

  function add(r: ReportEntry): void {
    count(totals, r)
    // Stored results are data: a talentPool other than the two kinds is no kind, never a key written.
    const kept = r.message?.talentPool
    if (r.nearMiss) talentPool[kept === 'consent' || kept === 'notice' ? kept : 'unknown']++
    const source = r.application.source ?? '(unknown)'
    let bySource = sourceCounts.get(source)
    if (!bySource) sourceCounts.set(source, (bySource = empty()))
    count(bySource, r)
    let byJob = jobCounts.get(r.audit.criteriaId)
    if (!byJob) jobCounts.set(r.audit.criteriaId, (byJob = empty()))
    count(byJob, r)
    firstJob ??= r.audit.criteriaId
    const job = r.audit.criteriaId
    experience.add(r, (id) => (job === firstJob ? id : `${job}/${id}`))
    const list = r.criteria
    const prefix = job === firstJob ? '' : `${job}/`
    rowSlots = room(rowSlots, list.length)
    resultNo++
    let blocking = 0
    let requiredOpen = 0
    for (let i = 0; i < list.length; i++) {
      const c = list[i]!
      const key = prefix === '' ? c.id : prefix + c.id
      let slot = slotOf.get(key)
      if (slot === undefined) {
        slot = perCriterion.length
        slotOf.set(key, slot)
        perCriterion.push({
          id: key,
          unmet: 0,
          missing: 0,
          invalid: 0,
          review: 0,
          skipped: 0,
          unmetShare: 0,
          missingShare: 0,
          invalidShare: 0,
          decisive: 0,
        })
        seenIn = room(seenIn, slot + 1)
        firstAt = room(firstAt, slot + 1)
        slotBlocking = room(slotBlocking, slot + 1)
        slotRequiredOpen = room(slotRequiredOpen, slot + 1)
      }
      rowSlots[i] = slot
      const s = perCriterion[slot]!
      if (c.status === 'unmet') s.unmet++
      if (c.status === 'missing') s.missing++
      if (c.status === 'invalid' || c.status === 'error') s.invalid++
      if (c.status === 'review') s.review++
      if (c.status === 'skipped') s.skipped++
      const b = c.status === 'invalid' || c.status === 'error' || c.status === 'review' ? 1 : 0
      const q = c.required && (c.status === 'unmet' || c.status === 'missing') ? 1 : 0
      blocking += b
      requiredOpen += q
      if (seenIn[slot] !== resultNo) {
        seenIn[slot] = resultNo
        firstAt[slot] = i
        slotBlocking[slot] = b
        slotRequiredOpen[slot] = q
      } else {
        slotBlocking[slot]! += b
        slotRequiredOpen[slot]! += q
      }
    }
    if (r.outcome === 'reject')
      for (let i = 0; i < list.length; i++) {
        const slot = rowSlots[i]!
        const first = list[firstAt[slot]!]!
        if (hingesOn(r, first, blocking - slotBlocking[slot]!, requiredOpen - slotRequiredOpen[slot]!))
          perCriterion[slot]!.decisive++
      }
    const sendAt = r.message?.sendAt ? Date.parse(r.message.sendAt) : Number.NaN
    const submitted = parseEpoch(r.application.submittedAt, r.audit.timeZone ?? 'UTC')
    if (!Number.isNaN(sendAt) && !Number.isNaN(submitted)) {
      const h = (sendAt - submitted) / 3_600_000
      if (planned === hours.length) {
        const grown = new Float64Array(hours.length * 2)
        grown.set(hours)
        hours = grown
      }
      hours[planned++] = h
      if (r.message?.slaBreached) {
        breached++
        breaches.push({ id: r.application.id, hours: Math.round(h * 10) / 10 })
        // Only the longest are listed: keep twice as many, cut back now and then (amortised n log n).
        if (breaches.length >= 2 * maxGroups) breaches = breaches.sort(longestFirst).slice(0, maxGroups)
      }
    }
    if (!columns.length || r.outcome === 'review') return
    const row = demographics!.get(r.application.id)
    for (const column of columns) {
      const group = cell(row, column.name)
      if (group === undefined) {
        column.unknown++
        continue
      }
      const slot = column.slot(group)
      column.totals.count(slot, r.outcome === 'pass')
      column.total.n++
      if (r.outcome === 'pass') column.total.hits++
      for (let i = 0; i < list.length; i++) {
        // Each id once, as its first criterion in the result.
        if (firstAt[rowSlots[i]!] !== i) continue
        const first = list[i]!
        const id = first.id
        let per = column.criteria.get(id)
        if (!per) column.criteria.set(id, (per = { counts: new SlotCounts(), total: { n: 0, hits: 0 } }))
        if (first.status !== 'met' && first.status !== 'unmet') continue
        per.counts.count(slot, first.status === 'met')
        per.total.n++
        if (first.status === 'met') per.total.hits++
      }
    }
  }

  function summary(): Summary {
    const n = totals.applications
    const criteria = perCriterion
      .map((s) => ({
        ...s,
        unmetShare: share(s.unmet, n),
        missingShare: share(s.missing, n),
        invalidShare: share(s.invalid, n),
      }))
      .sort((a, b) => b.unmet - a.unmet || b.decisive - a.decisive || byName(a.id, b.id))
    const sorted = hours.slice(0, planned).sort()
    let within48 = 0
    let within240 = 0
    for (const h of sorted) {
      if (h <= 48) within48++
      if (h <= 240) within240++
    }
    const round = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10)
    const adverseImpact: AdverseImpact[] = columns.map((column) => {
      const ranked = column.names
        .map((_, slot) => slot)
        .sort(
          largestFirst(
            (slot) => column.totals.n(slot),
            (slot) => column.names[slot]!,
          ),
        )
      // The groups listed per criterion are those listed overall: the rows of one column line up.
      const listed = ranked.slice(0, maxGroups)
      return {
        column: column.name,
        ...foldRates(column, column.totals, column.total, listed, maxGroups, minGroupSize),
        unknown: column.unknown,
        criteria: [...column.criteria].map(([id, per]) => ({
          id,
          ...foldRates(column, per.counts, per.total, listed, maxGroups, minGroupSize),
        })),
      }
    })
    const sources = foldCounts(sourceCounts, maxGroups)
    const jobs = foldCounts(jobCounts, maxGroups)
    return {
      totals: { ...totals },
      bySource: sources.rows,
      otherSources: sources.other,
      byJob: jobs.rows,
      otherJobs: jobs.other,
      criteria,
      responseTimes: {
        planned,
        medianHours: round(percentile(sorted, 50)),
        p95Hours: round(percentile(sorted, 95)),
        within48h: planned ? share(within48, planned) : null,
        within10d: planned ? share(within240, planned) : null,
        breached,
        breaches: [...breaches].sort(longestFirst).slice(0, maxGroups),
      },
      adverseImpact,
      talentPool: { ...talentPool },
      candidateExperience: experience.experience(),
      consents: experience.consents(),
      notes: [
        'Selection rate = passed / screened, where screened counts pass and reject (review outcomes have no decision yet).',
        'Impact ratio = a group’s selection rate / the highest group’s rate; under 0.8 is flagged (the four-fifths rule).',
        `Groups with fewer than ${minGroupSize} screened application${minGroupSize === 1 ? '' : 's'} are marked small: their ratios vary too much by chance to mean much.`,
        'Per criterion, the rate is the share of the group that met the criterion, among those for whom it was decided (met or unmet).',
        maxGroups === Infinity
          ? 'Every source, job and group of each column is listed, and every SLA breach.'
          : maxGroups === 1
            ? 'The largest source, job and group of each column are listed; the rest are added up in one row of others, whose impact ratio compares with the highest rate among the groups listed. SLA breaches list the longest wait.'
            : `The ${maxGroups} largest sources, jobs and groups of each column are listed; the rest are added up in one row of others, whose impact ratio compares with the highest rate among the groups listed. SLA breaches list the ${maxGroups} longest waits.`,
        'Percentiles use the nearest-rank method.',
      ],
    }
  }
  return { add, summary }
}

/**
 * Summarises screening results for managers: totals by outcome, source and job; per
 * criterion how often it was unmet, missing or invalid and how many rejections hinge on it
 * alone; time from submission to the planned answer; and, with demographic data joined by
 * application id, the selection rate of each group and its impact ratio (four-fifths rule),
 * overall and per criterion. With survey answers joined by application id, candidate NPS per
 * stage, outcome, decisive requirement, time to answer and who decided; with the consents
 * given, the talent-pool consents per mode. The largest `maxGroups` sources, jobs and groups
 * are listed, the rest added up in one row. For results read from a stream, feed
 * {@link createSummarizer}.
 *
 * @example
 * ```ts
 * const summary = summarize(results, { demographics })
 * console.log(formatSummaryMarkdown(summary))
 * ```
 * @category Reports
 */
export function summarize(results: Iterable<ReportEntry>, options: SummarizeOptions = {}): Summary {
  const summarizer = createSummarizer(options)
  for (const r of results) summarizer.add(r)
  return summarizer.summary()
}
