import { offsetAt } from './zoned-calendar.js'

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i

/** True when `y-m-d` names a real calendar day (rejects 2026-02-30). */
function realDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
}

/** Wall-clock time in a zone to an instant: two passes, so the offset on either side of a DST change is right. */
function zoned(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, timeZone: string): Date {
  const guess = Date.UTC(y, mo - 1, d, h, mi, s, ms)
  const first = offsetAt(timeZone, guess)
  const t = guess - first
  const second = offsetAt(timeZone, t)
  return new Date(second === first ? t : guess - second)
}

// Screening parses the same few hundred dates over and over: a bounded memo per time zone
// keeps that cheap (keyed by the text itself: no key string is built per lookup). Date-times
// are mostly unique (every submission has its own), so only the last few are kept.
const memo = new Map<string, Map<string, number>>()
const MEMO_LIMIT = 10_000
const RECENT = 8
const recentText: string[] = []
const recentZone: string[] = []
const recentTime: number[] = []
let recentAt = 0

/**
 * Parses an ISO 8601 date or date-time. A date, or a date-time without an offset, is read
 * as wall-clock time in `timeZone`; a date alone means the start of that day there.
 * Returns `null` for anything else (including impossible days such as 2026-02-30).
 * @example
 * ```ts
 * parseInstant('2026-12-01', 'Europe/Stockholm')?.toISOString() // '2026-11-30T23:00:00.000Z'
 * ```
 * @category Rules engine
 */
export function parseInstant(value: unknown, timeZone: string): Date | null {
  const t = parseEpoch(value, timeZone)
  return Number.isNaN(t) ? null : new Date(t)
}

/**
 * {@link parseInstant} as epoch milliseconds, `NaN` when the value is not a date: the form
 * the date operators compare, with no Date allocated per evaluation.
 * @category Rules engine
 */
export function parseEpoch(value: unknown, timeZone: string): number {
  if (value instanceof Date) return value.getTime()
  if (typeof value !== 'string' || value.length > 40) return Number.NaN
  if (value.length !== 10) {
    for (let i = 0; i < RECENT; i++) if (recentText[i] === value && recentZone[i] === timeZone) return recentTime[i]!
    const parsed = parseUncached(value, timeZone)
    const t = parsed ? parsed.getTime() : Number.NaN
    rememberEpoch(value, timeZone, t)
    return t
  }
  let zone = memo.get(timeZone)
  if (zone === undefined) {
    if (memo.size >= 64) memo.clear()
    memo.set(timeZone, (zone = new Map()))
  }
  const hit = zone.get(value)
  if (hit !== undefined) return hit
  const parsed = parseUncached(value, timeZone)
  const t = parsed ? parsed.getTime() : Number.NaN
  if (zone.size >= MEMO_LIMIT) zone.clear()
  zone.set(value, t)
  return t
}

/**
 * Records what a date-time text means among the last few read (the submission being screened,
 * a date computed by `addMonths`), so the next reader does not parse it again.
 */
export function rememberEpoch(value: string, timeZone: string, t: number): void {
  recentText[recentAt] = value
  recentZone[recentAt] = timeZone
  recentTime[recentAt] = t
  recentAt = (recentAt + 1) % RECENT
}

function parseUncached(value: string, timeZone: string): Date | null {
  let m = DATE.exec(value)
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
    return realDay(y, mo, d) ? zoned(y, mo, d, 0, 0, 0, 0, timeZone) : null
  }
  m = DATE_TIME.exec(value)
  if (!m) return null
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m![i] ?? 0)) as [number, number, number, number, number, number]
  if (!realDay(y, mo, d) || h > 23 || mi > 59 || s > 59) return null
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0
  if (m[8]) {
    // With its own offset: plain arithmetic, no parser and no time zone.
    const o = m[8]
    if (o === 'Z' || o === 'z') return new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms))
    const oh = Number(o.slice(1, 3))
    const om = Number(o.slice(-2))
    if (oh > 23 || om > 59) return null
    const sign = o[0] === '-' ? -1 : 1
    return new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms) - sign * (oh * 60 + om) * 60_000)
  }
  return zoned(y, mo, d, h, mi, s, ms, timeZone)
}


/**
 * True when `timeZone` is an IANA zone name this runtime knows.
 * @example
 * ```ts
 * isValidTimeZone('Europe/Stockholm') // true
 * ```
 * @category Rules engine
 */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone })
    return true
  } catch {
    return false
  }
}
