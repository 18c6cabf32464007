import { offsetAt } from './zoned-calendar.js'

/** True when `y-m-d` names a real calendar day (rejects 2026-02-30), as `Date.UTC` reads it: years before 100 are not (it reads them as 19xx). */
function realDay(y: number, m: number, d: number): boolean {
  if (y < 100 || m < 1 || m > 12 || d < 1) return false
  return d <= (m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : DAYS_IN_MONTH[m - 1]!)
}
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Wall-clock time in a zone to an instant: two passes, so the offset on either side of a DST change is right. */
function zoned(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  timeZone: string,
): number {
  const guess = Date.UTC(y, mo - 1, d, h, mi, s, ms)
  const first = offsetAt(timeZone, guess)
  const t = guess - first
  const second = offsetAt(timeZone, t)
  return second === first ? t : guess - second
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
let lastZone: string | undefined
let lastMemo: Map<string, number> | undefined

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
    // Newest first: the text just remembered (a date `addMonths` computed) is usually the one asked for.
    for (let k = 1; k <= RECENT; k++) {
      const i = (recentAt + RECENT - k) % RECENT
      if (recentText[i] === value && recentZone[i] === timeZone) return recentTime[i]!
    }
    const t = parseUncached(value, timeZone)
    rememberEpoch(value, timeZone, t)
    return t
  }
  // One job's zone, asked for again and again: its memo kept at hand.
  let zone = timeZone === lastZone ? lastMemo : memo.get(timeZone)
  if (zone === undefined) {
    if (memo.size >= 64) memo.clear()
    memo.set(timeZone, (zone = new Map()))
  }
  lastZone = timeZone
  lastMemo = zone
  const hit = zone.get(value)
  if (hit !== undefined) return hit
  const t = parseUncached(value, timeZone)
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

/**
 * `YYYY-MM-DD`, or `YYYY-MM-DD[T ]HH:mm[:ss[.fraction]]` with an optional `Z` or `±HH[:]MM`, as
 * epoch milliseconds (NaN for anything else): read character by character, as every screened
 * application's submission time is read once (a regular expression and its match arrays cost
 * more than the rest of reading it).
 */
function parseUncached(v: string, timeZone: string): number {
  const n = v.length
  if (n < 10 || v.charCodeAt(4) !== DASH || v.charCodeAt(7) !== DASH) return Number.NaN
  const y = digits(v, 0, 4)
  const mo = digits(v, 5, 2)
  const d = digits(v, 8, 2)
  if (y < 0 || mo < 0 || d < 0 || !realDay(y, mo, d)) return Number.NaN
  if (n === 10) return zoned(y, mo, d, 0, 0, 0, 0, timeZone)
  const sep = v.charCodeAt(10)
  if ((sep !== T_UPPER && sep !== T_LOWER && sep !== SPACE) || n < 16 || v.charCodeAt(13) !== COLON) return Number.NaN
  const h = digits(v, 11, 2)
  const mi = digits(v, 14, 2)
  if (h < 0 || mi < 0) return Number.NaN
  let i = 16
  let s = 0
  let ms = 0
  if (i < n && v.charCodeAt(i) === COLON) {
    s = digits(v, i + 1, 2)
    if (s < 0 || i + 3 > n) return Number.NaN
    i += 3
    if (i < n && v.charCodeAt(i) === DOT) {
      // One to nine digits; the first three are the milliseconds.
      let j = i + 1
      while (j < n && j - i <= 9 && isDigit(v.charCodeAt(j))) j++
      if (j === i + 1) return Number.NaN
      for (let k = 0; k < 3; k++) ms = ms * 10 + (i + 1 + k < j ? v.charCodeAt(i + 1 + k) - ZERO : 0)
      i = j
    }
  }
  if (h > 23 || mi > 59 || s > 59) return Number.NaN
  if (i === n) return zoned(y, mo, d, h, mi, s, ms, timeZone)
  const o = v.charCodeAt(i)
  if (o === Z_UPPER || o === Z_LOWER) return i + 1 === n ? Date.UTC(y, mo - 1, d, h, mi, s, ms) : Number.NaN
  if (o !== PLUS && o !== MINUS) return Number.NaN
  // With its own offset: plain arithmetic, no parser and no time zone.
  const colon = n - i === 6 && v.charCodeAt(i + 3) === COLON
  if (!colon && n - i !== 5) return Number.NaN
  const oh = digits(v, i + 1, 2)
  const om = digits(v, n - 2, 2)
  if (oh < 0 || om < 0 || oh > 23 || om > 59) return Number.NaN
  return Date.UTC(y, mo - 1, d, h, mi, s, ms) - (o === MINUS ? -1 : 1) * (oh * 60 + om) * 60_000
}

const [DASH, COLON, DOT, PLUS, MINUS, SPACE, ZERO] = ['-', ':', '.', '+', '-', ' ', '0'].map((c) =>
  c.charCodeAt(0),
) as [number, number, number, number, number, number, number]
const [T_UPPER, T_LOWER, Z_UPPER, Z_LOWER] = ['T', 't', 'Z', 'z'].map((c) => c.charCodeAt(0)) as [
  number,
  number,
  number,
  number,
]
const isDigit = (c: number): boolean => c >= ZERO && c <= ZERO + 9

/** The number written by `count` ASCII digits at `at`, or -1. */
function digits(v: string, at: number, count: number): number {
  let x = 0
  for (let k = at; k < at + count; k++) {
    const c = v.charCodeAt(k)
    if (!isDigit(c)) return -1
    x = x * 10 + c - ZERO
  }
  return x
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
