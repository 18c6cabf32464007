import type { Locale } from '../criteria/schema.js'
import { parseInstant } from '../logic/index.js'
import { formatDate } from '../logic/index.js'

/** Id of the built-in closing-date criterion.
 * @category Screening
 */
export const DEADLINE_ID = 'deadline'

/**
 * The instant after which applications are late. A date alone (`2026-12-01`) means the end of
 * that day in the job's time zone, so an application at 23:30 local time on the closing day
 * is on time.
 * @category Screening
 */
export function closingInstant(closesAt: string, timeZone: string): Date | null {
  const start = parseInstant(closesAt, timeZone)
  if (!start) return null
  if (/^\d{4}-\d{2}-\d{2}$/.test(closesAt)) {
    // The end of the local day, found by moving to the next local midnight (DST-safe).
    const [y, m, d] = closesAt.split('-').map(Number) as [number, number, number]
    const next = parseInstant(new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10), timeZone)!
    return new Date(next.getTime() - 1)
  }
  return new Date(start.getTime())
}

/** The candidate-facing reason of the closing-date criterion.
 * @category Screening
 */
export function deadlineReason(closesAt: string, timeZone: string, locale: Locale): string {
  const at = closingInstant(closesAt, timeZone)!
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(closesAt)
  const when = formatDate(
    at,
    dateOnly ? 'd MMMM yyyy' : locale === 'sv' ? "d MMMM yyyy 'kl.' HH.mm" : "d MMMM yyyy 'at' HH:mm",
    timeZone,
    locale,
  )
  return locale === 'sv'
    ? `att ansökan kommit in senast sista ansökningsdagen, ${when}`
    : `an application submitted by the closing date, ${when}`
}
