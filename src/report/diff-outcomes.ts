import type { Screener } from '../screen/compile-criteria.js'
import type { Application } from '../screen/application.js'
import type { Outcome, ScreeningResult } from '../screen/result.js'
import { ScreeningError } from '../errors.js'

/**
 * How a change of criteria changes outcomes.
 *
 * @example
 * ```ts
 * const d: OutcomeDiff = { total: 100, unchanged: 97, directions: { 'reject -> pass': 3 }, changes: [{ id: 'a-7', from: 'reject', to: 'pass', criteria: ['experience'] }], errors: [] }
 * ```
 * @category Reports
 */
export interface OutcomeDiff {
  total: number
  unchanged: number
  /** Count per direction, such as `reject -> pass`. */
  directions: Record<string, number>
  /** Each changed application, with the criteria whose status changed (or that exist on one side only). */
  changes: { id: string; from: Outcome; to: Outcome; nearMiss?: { from: boolean; to: boolean }; criteria: string[] }[]
  /** Applications that could not be screened (an unusable envelope), by position and id: counted, never dropped. */
  errors: { index: number; id?: string; message: string }[]
}

/**
 * Screens the same applications with two rule sets and reports which outcomes change, in
 * which direction and because of which criteria: run it before a changed rule set goes live.
 *
 * @example
 * ```ts
 * const diff = diffOutcomes(oldScreener, newScreener, applications, { now: new Date() })
 * console.log(diff.directions) // { 'pass -> reject': 4 }
 * ```
 * @category Reports
 */
export function diffOutcomes(
  from: Screener,
  to: Screener,
  applications: Iterable<Application>,
  options: { now: Date | 'arrival' },
): OutcomeDiff {
  const out: OutcomeDiff = { total: 0, unchanged: 0, directions: Object.create(null), changes: [], errors: [] }
  let index = -1
  for (const app of applications) {
    index++
    let a: ScreeningResult
    let b: ScreeningResult
    try {
      a = from.screen(app, options)
      b = to.screen(app, options)
    } catch (e) {
      if (!(e instanceof ScreeningError)) throw e
      const id = app && typeof app === 'object' && typeof app.id === 'string' ? app.id : undefined
      out.errors.push({ index, ...(id === undefined ? {} : { id }), message: e.message })
      continue
    }
    out.total++
    if (a.outcome === b.outcome && a.nearMiss === b.nearMiss) {
      out.unchanged++
      continue
    }
    const key = `${a.outcome} -> ${b.outcome}`
    out.directions[key] = (out.directions[key] ?? 0) + 1
    const before = new Map(a.criteria.map((c) => [c.id, c.status]))
    const after = new Map(b.criteria.map((c) => [c.id, c.status]))
    const criteria = [...new Set([...before.keys(), ...after.keys()])].filter((id) => before.get(id) !== after.get(id))
    out.changes.push({
      id: a.application.id,
      from: a.outcome,
      to: b.outcome,
      ...(a.nearMiss !== b.nearMiss ? { nearMiss: { from: a.nearMiss, to: b.nearMiss } } : {}),
      criteria,
    })
  }
  return out
}
