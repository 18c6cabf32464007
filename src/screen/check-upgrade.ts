import { hashJson } from '../criteria/hash.js'
import type { CriteriaDocument } from '../criteria/parse.js'
import type { CriteriaInput } from '../criteria/schema.js'
import { isCriteriaError, isScreeningError, type Issue } from '../errors.js'
import { createEngine, type Engine, type EngineOptions } from '../logic/index.js'
import { VERSION } from '../version.js'
import type { Application } from './application.js'
import { compileCriteria, type Screener } from './compile-criteria.js'
import { loadCriteriaText } from './load-criteria.js'
import type { CriterionStatus, Outcome, ScreeningResult } from './result.js'

/**
 * A result as an ATS stored it, with the application it screened (the answers are not in the
 * result, only their hash), for {@link checkUpgrade} to screen again.
 *
 * @example
 * ```ts
 * const stored: StoredResult = { result: JSON.parse(row.result_json), application: JSON.parse(row.application_json) }
 * ```
 * @category Screening
 */
export interface StoredResult {
  result: ScreeningResult<boolean>
  application: Application
}

/**
 * What {@link checkUpgrade} checks: criteria as published, the hash they were published with,
 * and, optionally, results decided with them.
 *
 * @example
 * ```ts
 * const input: UpgradeCheckInput = { criteria: row.text, hash: row.hash, results: sample }
 * ```
 * @category Screening
 */
export interface UpgradeCheckInput {
  /** The criteria as stored: text (YAML or JSON), a loaded document or a plain criteria object. */
  criteria: string | CriteriaDocument | CriteriaInput
  /** The hash stored when they were published (`screener.hash` then, `audit.criteriaHash` of their results). */
  hash: string
  /** Results decided with these criteria, each with its application, to screen again at the time each was decided. */
  results?: Iterable<StoredResult>
  /** For criteria given as text: `yaml` (default; also reads JSON) or `json`. */
  format?: 'yaml' | 'json'
  /** The engine (or its options) the criteria are run on: the same custom operators as in production. */
  engine?: Engine | EngineOptions
}

/**
 * A stored result that screening again decides otherwise: what it was, what it is now, and the
 * criteria whose status changed.
 *
 * @example
 * ```ts
 * const change: UpgradeChange = { applicationId: 'a-1', outcomeChanged: true, was: { outcome: 'reject', nearMiss: false, score: 0 }, now: { outcome: 'review', nearMiss: false, score: 0 }, criteria: [{ id: 'experience', was: 'unmet', now: 'invalid' }] }
 * ```
 * @category Screening
 */
export interface UpgradeChange {
  applicationId: string
  /** True when the outcome itself changed (not only a status, the score or near miss). */
  outcomeChanged: boolean
  was: { outcome: Outcome; nearMiss: boolean; score: number }
  now: { outcome: Outcome; nearMiss: boolean; score: number }
  /** Criteria whose status differs (null: the criterion is in one of the two results only). */
  criteria: { id: string; was: CriterionStatus | null; now: CriterionStatus | null }[]
}

/**
 * A stored result that could not be compared, and why: `other_criteria` (it was decided with
 * criteria of another hash), `answers_differ` (the application's answers are not the ones its
 * hash records), `application_invalid` (the application cannot be screened: `message` says why),
 * `not_loading` (the criteria do not load, so nothing was screened), `not_a_result` (what was
 * given as the result is not one).
 *
 * @example
 * ```ts
 * const skipped: UpgradeSkip = { applicationId: 'a-2', reason: 'answers_differ', message: 'the answers hash to 3b…, the result records 1c…' }
 * ```
 * @category Screening
 */
export interface UpgradeSkip {
  applicationId: string
  reason: 'other_criteria' | 'answers_differ' | 'application_invalid' | 'not_loading' | 'not_a_result'
  message: string
}

/**
 * The report of {@link checkUpgrade}: plain data, never an exception for what it finds.
 * `criteria` is `same` when the criteria load and compile to the published hash,
 * `hash_changed` when they load to another one (this version reads them differently: new
 * defaults, a changed canonical form), `not_loading` when they no longer load (`issues` says
 * why, located as loading locates them). `ok` is true only when the criteria are `same` and
 * every stored result given was compared and decides as it did.
 *
 * @example
 * ```ts
 * const report: UpgradeReport = checkUpgrade({ criteria: text, hash })
 * if (!report.ok) alert(`criteria ${report.publishedHash.slice(0, 12)}: ${report.criteria}`)
 * ```
 * @category Screening
 */
export interface UpgradeReport {
  ok: boolean
  /** The version of autoscreen that checked (the upgraded one). */
  engineVersion: string
  criteria: 'same' | 'hash_changed' | 'not_loading'
  /** The hash they were published with. */
  publishedHash: string
  /** The hash they load to now (null when they do not load). */
  hash: string | null
  /** Why they do not load (empty when they do). */
  issues: Issue[]
  /** What loading finds worth a look now (a key that is deprecated, a template not loaded). */
  warnings: Issue[]
  /** The stored results screened again. */
  results: {
    /** Results screened again and compared. */
    checked: number
    /** Of those, decided exactly as before: outcome, near miss, score and every criterion's status. */
    same: number
    /** Of those, decided otherwise. */
    changed: UpgradeChange[]
    /** Results that could not be compared. */
    skipped: UpgradeSkip[]
  }
}

/**
 * Checks, after a package upgrade, that criteria stored when they were published still load,
 * compile to the hash they were published with, and (given stored results with their
 * applications) decide as they did: each result is screened again at the time it was decided
 * (`audit.evaluatedAt`) and compared on its outcome, near miss, score and every criterion's
 * status. Returns a typed report; what it finds is data, never an exception (only faults of the
 * runtime throw). Run it over every active criteria version before switching traffic to the
 * upgraded version. Pure: the clock is each result's own.
 *
 * @example
 * ```ts
 * for (const v of await db.activeCriteriaVersions()) {
 *   const report = checkUpgrade({ criteria: v.text, hash: v.hash, results: await db.sampleResults(v.hash, 200) })
 *   if (!report.ok) console.error(v.jobId, report.criteria, report.results.changed.length, 'decided otherwise')
 * }
 * ```
 * @category Screening
 */
export function checkUpgrade(input: UpgradeCheckInput): UpgradeReport {
  const report: UpgradeReport = {
    ok: false,
    engineVersion: VERSION,
    criteria: 'not_loading',
    publishedHash: input.hash,
    hash: null,
    issues: [],
    warnings: [],
    results: { checked: 0, same: 0, changed: [], skipped: [] },
  }
  let screener: Screener | undefined
  try {
    // One engine for loading and compiling, so the rules are checked once.
    const engine =
      input.engine === undefined
        ? undefined
        : 'compile' in input.engine
          ? (input.engine as Engine)
          : createEngine({ finiteNumbers: true, ...(input.engine as EngineOptions) })
    const doc =
      typeof input.criteria === 'string'
        ? loadCriteriaText(input.criteria, {
            ...(engine ? { engine } : {}),
            ...(input.format ? { format: input.format } : {}),
          })
        : input.criteria
    screener = compileCriteria(doc, engine ? { engine } : {})
    report.warnings = [...((doc as CriteriaDocument).warnings ?? [])]
  } catch (e) {
    if (!isCriteriaError(e)) throw e
    report.issues = e.issues
  }
  if (screener) {
    report.hash = screener.hash
    report.criteria = screener.hash === input.hash ? 'same' : 'hash_changed'
  }
  for (const stored of input.results ?? []) {
    const id = String(stored?.result?.application?.id ?? stored?.application?.id ?? '')
    const skip = (reason: UpgradeSkip['reason'], message: string) =>
      report.results.skipped.push({ applicationId: id, reason, message })
    if (!screener) {
      skip('not_loading', 'the criteria do not load, so the application was not screened again')
      continue
    }
    const was = stored?.result
    if (!was || typeof was !== 'object' || !was.audit || !Array.isArray(was.criteria)) {
      skip('not_a_result', 'this is not a screening result (no audit record or criteria)')
      continue
    }
    if (was.audit.criteriaHash !== input.hash) {
      skip(
        'other_criteria',
        `the result was decided with criteria of hash ${was.audit.criteriaHash}, not ${input.hash}`,
      )
      continue
    }
    let answersHash: string
    try {
      answersHash = hashJson(stored.application?.answers ?? {})
    } catch (e) {
      if (!isScreeningError(e)) throw e
      skip('application_invalid', e.message)
      continue
    }
    if (answersHash !== was.audit.applicationHash) {
      skip('answers_differ', `the answers hash to ${answersHash}, the result records ${was.audit.applicationHash}`)
      continue
    }
    let now: ScreeningResult<false>
    try {
      const invalidUtf8 = was.audit.notes?.some((n) => n.code === 'invalid_utf8') ?? false
      now = screener.screen(stored.application, {
        now: new Date(was.audit.evaluatedAt),
        explain: false,
        ...(invalidUtf8 ? { invalidUtf8 } : {}),
      })
    } catch (e) {
      if (!isScreeningError(e)) throw e
      skip('application_invalid', e.message)
      continue
    }
    report.results.checked++
    const change = compare(was, now)
    if (change) report.results.changed.push(change)
    else report.results.same++
  }
  report.ok = report.criteria === 'same' && report.results.changed.length === 0 && report.results.skipped.length === 0
  return report
}

/** How a result screened again differs from the stored one, or null when it decides the same. */
function compare(was: ScreeningResult<boolean>, now: ScreeningResult<boolean>): UpgradeChange | null {
  const before = new Map(was.criteria.map((c) => [c.id, c.status]))
  const after = new Map(now.criteria.map((c) => [c.id, c.status]))
  const criteria: UpgradeChange['criteria'] = []
  for (const [id, status] of before)
    if (after.get(id) !== status) criteria.push({ id, was: status, now: after.get(id) ?? null })
  for (const [id, status] of after) if (!before.has(id)) criteria.push({ id, was: null, now: status })
  if (!criteria.length && was.outcome === now.outcome && was.nearMiss === now.nearMiss && was.score === now.score)
    return null
  const summary = (r: ScreeningResult<boolean>) => ({ outcome: r.outcome, nearMiss: r.nearMiss, score: r.score })
  return {
    applicationId: was.application.id,
    outcomeChanged: was.outcome !== now.outcome,
    was: summary(was),
    now: summary(now),
    criteria,
  }
}
