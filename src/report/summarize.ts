import { parseEpoch } from '../logic/dates.js'
import type { ScreeningResult } from '../screen/result.js'

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
export type ReportEntry = ScreeningResult & { message?: { stage?: string; sendAt?: string; slaBreached?: boolean; talentPool?: 'consent' | 'notice' } }

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
  groups: GroupRate[]
  /** Applications with no known group in this column. */
  unknown: number
  /** Per criterion: the share of each group that met it (not unmet), and its impact ratio. */
  criteria: { id: string; groups: GroupRate[] }[]
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
  bySource: Record<string, OutcomeCounts>
  byJob: Record<string, OutcomeCounts>
  /** Sorted so the criterion that rejects most stands first. */
  criteria: CriterionSummary[]
  responseTimes: {
    /** Results with a planned send time. */
    planned: number
    medianHours: number | null
    p95Hours: number | null
    within48h: number | null
    within10d: number | null
    breaches: { id: string; hours: number }[]
  }
  adverseImpact: AdverseImpact[]
  /**
   * Near misses by how the talent-pool message keeps them: asked to opt in (`consent`), told
   * (`notice`), or with no message in the results (`unknown`).
   */
  talentPool: { consent: number; notice: number; unknown: number }
  /** The rules used, stated so that readers can judge the figures. */
  notes: string[]
}

/**
 * Options of {@link summarize}.
 *
 * @example
 * ```ts
 * summarize(results, { demographics: new Map([['a-1', { gender: 'woman' }]]), minGroupSize: 30 })
 * ```
 * @category Reports
 */
export interface SummarizeOptions {
  /** Group membership by application id, per column. Joined by id; never used in screening. */
  demographics?: ReadonlyMap<string, Readonly<Record<string, string>>>
  /** Groups with fewer screened applications than this get a warning (default 30). */
  minGroupSize?: number
}

const empty = (): OutcomeCounts => ({ applications: 0, pass: 0, reject: 0, review: 0, nearMiss: 0 })
const count = (c: OutcomeCounts, r: ScreeningResult) => {
  c.applications++
  c[r.outcome]++
  if (r.nearMiss) c.nearMiss++
}
const share = (n: number, d: number) => (d ? n / d : 0)

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number | null {
  if (!sorted.length) return null
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

/** Would the candidate have passed without this criterion? */
function hingesOn(r: ScreeningResult, id: string): boolean {
  if (r.outcome !== 'reject') return false
  const c = r.criteria.find((x) => x.id === id)
  if (!c || c.status !== 'unmet') return false
  if (r.criteria.some((x) => x.id !== id && (x.status === 'invalid' || x.status === 'error' || x.status === 'review'))) return false
  const otherRequiredUnmet = r.criteria.some((x) => x.id !== id && x.required && (x.status === 'unmet' || x.status === 'missing'))
  if (otherRequiredUnmet) return false
  return c.required ? r.score >= r.minScore : r.score + c.weight >= r.minScore
}

function rates(rows: { group: string; selected: boolean }[], minGroupSize: number): GroupRate[] {
  const by = new Map<string, { screened: number; passed: number }>()
  for (const row of rows) {
    const g = by.get(row.group) ?? { screened: 0, passed: 0 }
    g.screened++
    if (row.selected) g.passed++
    by.set(row.group, g)
  }
  const list = [...by.entries()].map(([group, g]) => ({ group, ...g, rate: share(g.passed, g.screened) }))
  const top = Math.max(0, ...list.map((g) => g.rate))
  return list
    .map((g) => {
      const impactRatio = top > 0 ? g.rate / top : null
      return { ...g, impactRatio, flagged: impactRatio !== null && impactRatio < 0.8, small: g.screened < minGroupSize }
    })
    .sort((a, b) => a.group.localeCompare(b.group))
}

/**
 * Summarises screening results for managers: totals by outcome, source and job; per
 * criterion how often it was unmet, missing or invalid and how many rejections hinge on it
 * alone; time from submission to the planned answer; and, with demographic data joined by
 * application id, the selection rate of each group and its impact ratio (four-fifths rule),
 * overall and per criterion.
 *
 * @example
 * ```ts
 * const summary = summarize(results, { demographics })
 * console.log(formatSummaryMarkdown(summary))
 * ```
 * @category Reports
 */
export function summarize(results: readonly ReportEntry[], options: SummarizeOptions = {}): Summary {
  const minGroupSize = options.minGroupSize ?? 30
  const totals = empty()
  // Keys come from the data (a source named "__proto__" is a source): no prototype to write onto.
  const bySource: Record<string, OutcomeCounts> = Object.create(null)
  const byJob: Record<string, OutcomeCounts> = Object.create(null)
  const perCriterion = new Map<string, CriterionSummary>()
  const hours: number[] = []
  const breaches: { id: string; hours: number }[] = []
  const talentPool = { consent: 0, notice: 0, unknown: 0 }
  for (const r of results) {
    count(totals, r)
    if (r.nearMiss) talentPool[r.message?.talentPool ?? 'unknown']++
    count((bySource[r.application.source ?? '(unknown)'] ??= empty()), r)
    count((byJob[r.audit.criteriaId] ??= empty()), r)
    for (const c of r.criteria) {
      const key = r.audit.criteriaId === results[0]?.audit.criteriaId ? c.id : `${r.audit.criteriaId}/${c.id}`
      const s = perCriterion.get(key) ?? { id: key, unmet: 0, missing: 0, invalid: 0, review: 0, skipped: 0, unmetShare: 0, missingShare: 0, invalidShare: 0, decisive: 0 }
      if (c.status === 'unmet') s.unmet++
      if (c.status === 'missing') s.missing++
      if (c.status === 'invalid' || c.status === 'error') s.invalid++
      if (c.status === 'review') s.review++
      if (c.status === 'skipped') s.skipped++
      if (hingesOn(r, c.id)) s.decisive++
      perCriterion.set(key, s)
    }
    const sendAt = r.message?.sendAt ? Date.parse(r.message.sendAt) : Number.NaN
    const submitted = parseEpoch(r.application.submittedAt, r.audit.timeZone ?? 'UTC')
    if (!Number.isNaN(sendAt) && !Number.isNaN(submitted)) {
      const h = (sendAt - submitted) / 3_600_000
      hours.push(h)
      if (r.message?.slaBreached) breaches.push({ id: r.application.id, hours: Math.round(h * 10) / 10 })
    }
  }
  const n = results.length
  const criteria = [...perCriterion.values()]
    .map((s) => ({ ...s, unmetShare: share(s.unmet, n), missingShare: share(s.missing, n), invalidShare: share(s.invalid, n) }))
    .sort((a, b) => b.unmet - a.unmet || b.decisive - a.decisive || a.id.localeCompare(b.id))
  hours.sort((a, b) => a - b)
  const round = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10)

  const adverseImpact: AdverseImpact[] = []
  if (options.demographics) {
    const columns = new Set<string>()
    for (const row of options.demographics.values()) for (const k of Object.keys(row)) columns.add(k)
    const decided = results.filter((r) => r.outcome !== 'review')
    // Own values only: a column named "constructor" must not read Object.prototype.constructor.
    const cell = (r: ScreeningResult, column: string): string | undefined => {
      const row = options.demographics!.get(r.application.id)
      const v = row && Object.hasOwn(row, column) ? row[column] : undefined
      return typeof v === 'string' && v !== '' ? v : undefined
    }
    for (const column of [...columns].sort()) {
      const known = decided.filter((r) => cell(r, column) !== undefined)
      const groupOf = (r: ScreeningResult) => cell(r, column)!
      const ids = [...new Set(known.flatMap((r) => r.criteria.map((c) => c.id)))]
      adverseImpact.push({
        column,
        groups: rates(known.map((r) => ({ group: groupOf(r), selected: r.outcome === 'pass' })), minGroupSize),
        unknown: decided.length - known.length,
        criteria: ids.map((id) => ({
          id,
          groups: rates(
            known.filter((r) => r.criteria.some((c) => c.id === id && (c.status === 'met' || c.status === 'unmet'))).map((r) => ({ group: groupOf(r), selected: r.criteria.find((c) => c.id === id)!.status === 'met' })),
            minGroupSize,
          ),
        })),
      })
    }
  }
  return {
    totals,
    bySource,
    byJob,
    criteria,
    responseTimes: {
      planned: hours.length,
      medianHours: round(percentile(hours, 50)),
      p95Hours: round(percentile(hours, 95)),
      within48h: hours.length ? share(hours.filter((h) => h <= 48).length, hours.length) : null,
      within10d: hours.length ? share(hours.filter((h) => h <= 240).length, hours.length) : null,
      breaches,
    },
    adverseImpact,
    talentPool,
    notes: [
      'Selection rate = passed / screened, where screened counts pass and reject (review outcomes have no decision yet).',
      'Impact ratio = a group’s selection rate / the highest group’s rate; under 0.8 is flagged (the four-fifths rule).',
      `Groups with fewer than ${minGroupSize} screened applications are marked small: their ratios vary too much by chance to mean much.`,
      'Per criterion, the rate is the share of the group that met the criterion, among those for whom it was decided (met or unmet).',
      'Percentiles use the nearest-rank method.',
    ],
  }
}
