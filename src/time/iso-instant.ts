// An instant as ISO 8601 in UTC, what `new Date(t).toISOString()` writes, by arithmetic: every
// delivery plan writes four or five of them, and the platform's formatter costs about three times
// as much as the few divisions below (and a Date each).

const DAY = 86_400_000
/** Years 1970 to 9999: the range written by arithmetic; anything else goes to the platform. */
const LAST = Date.UTC(10_000, 0, 1)
const TWO = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'))
const THREE = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'))

/**
 * Epoch milliseconds as `YYYY-MM-DDTHH:mm:ss.sssZ`, exactly what `new Date(t).toISOString()`
 * returns (which it uses outside the years 1970–9999, throwing the same RangeError for NaN).
 *
 * @example
 * ```ts
 * isoInstant(Date.UTC(2026, 10, 23, 7)) // '2026-11-23T07:00:00.000Z'
 * ```
 * @category Rules engine
 */
export function isoInstant(t: number): string {
  if (!(t >= 0 && t < LAST) || !Number.isInteger(t)) return new Date(t).toISOString()
  const days = Math.floor(t / DAY)
  let ms = t - days * DAY
  // The civil date of a day number (H. Hinnant's days_from_civil, inverted), eras of 400 years from 0000-03-01.
  const z = days + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  const h = Math.floor(ms / 3_600_000)
  ms -= h * 3_600_000
  const mi = Math.floor(ms / 60_000)
  ms -= mi * 60_000
  const s = Math.floor(ms / 1000)
  ms -= s * 1000
  return `${TWO[Math.floor(y / 100)]}${TWO[y % 100]}-${TWO[m]}-${TWO[d]}T${TWO[h]}:${TWO[mi]}:${TWO[s]}.${THREE[ms]}Z`
}
