// Deep imports: the date-fns index loads every function and locale (90 ms at start-up).
import { addDays as fnsAddDays } from 'date-fns/addDays'
import { addMonths as fnsAddMonths } from 'date-fns/addMonths'
import { differenceInMonths } from 'date-fns/differenceInMonths'
import { differenceInYears } from 'date-fns/differenceInYears'
import { tz, tzOffset } from '@date-fns/tz'

// Calendar arithmetic in a time zone, fast: the zone's offset is looked up through a memo of
// 15-minute slots (every offset change in the tz database falls on a quarter hour), so the hot
// path makes no Intl call. Near an offset change (a day either side), where wall-clock
// arithmetic has to decide what a skipped or repeated hour means, the work is handed to
// date-fns with @date-fns/tz, which stays the definition: property tests hold every function
// here to it.

const DAY = 86_400_000
const SLOT = 900_000
const memo = new Map<string, Map<number, number>>()

/** Before this, offsets changed at odd seconds (local mean time): asked directly, not by slot. */
const SLOTTED_FROM = Date.UTC(1980, 0, 1)

/** The zone's offset from UTC at an instant, in milliseconds. */
export function offsetAt(zone: string, t: number): number {
  if (t < SLOTTED_FROM) return tzOffset(zone, new Date(t)) * 60_000
  let m = memo.get(zone)
  if (m === undefined) {
    if (memo.size >= 64) memo.clear()
    memo.set(zone, (m = new Map()))
  }
  const slot = Math.floor(t / SLOT)
  let o = m.get(slot)
  if (o === undefined) {
    o = tzOffset(zone, new Date(slot * SLOT)) * 60_000
    if (m.size >= 100_000) m.clear()
    m.set(slot, o)
  }
  return o
}

/** True when the offset is the same a day before and a day after: no change to reason about. */
function steady(zone: string, t: number): boolean {
  const o = offsetAt(zone, t)
  return offsetAt(zone, t - DAY) === o && offsetAt(zone, t + DAY) === o
}

/** The local calendar day of an instant, as a day number (days since 1970-01-01 on the local calendar). */
export function localDay(zone: string, t: number): number {
  return Math.floor((t + offsetAt(zone, t)) / DAY)
}

/** Whole calendar days from `earlier` to `later` in the zone (date-fns' differenceInCalendarDays). */
export function calendarDays(later: number, earlier: number, zone: string): number {
  return localDay(zone, later) - localDay(zone, earlier)
}

/** Local wall-clock fields of an instant, read as UTC fields of a shifted Date. */
const wall = (zone: string, t: number): Date => new Date(t + offsetAt(zone, t))

/** The instant of a wall-clock time (as UTC fields of `local`), when steady around it; else null. */
function instantOf(zone: string, local: number): number | null {
  const first = offsetAt(zone, local)
  let t = local - first
  const second = offsetAt(zone, t)
  if (second !== first) t = local - second
  return steady(zone, t) && offsetAt(zone, t) === local - t ? t : null
}

const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m + 1, 0)).getUTCDate()

/** The wall-clock time `months` calendar months later, clamped to the month's end (date-fns' addMonths on the local clock). */
function plusMonths(local: Date, months: number): number {
  const y = local.getUTCFullYear()
  const m = local.getUTCMonth() + months
  const target = new Date(
    Date.UTC(y, m, 1, local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds(), local.getUTCMilliseconds()),
  )
  const day = Math.min(local.getUTCDate(), daysInMonth(target.getUTCFullYear(), target.getUTCMonth()))
  target.setUTCDate(day)
  return target.getTime()
}

/** `months` calendar months after an instant in the zone. */
export function addMonthsIn(t: number, months: number, zone: string): number {
  if (months !== 0 && steady(zone, t)) {
    const r = instantOf(zone, plusMonths(wall(zone, t), months))
    if (r !== null) return r
  }
  return fnsAddMonths(new Date(t), months, { in: tz(zone) }).getTime()
}

/** `days` calendar days after an instant in the zone. */
export function addDaysIn(t: number, days: number, zone: string): number {
  if (days !== 0 && steady(zone, t)) {
    const r = instantOf(zone, t + offsetAt(zone, t) + days * DAY)
    if (r !== null) return r
  }
  return fnsAddDays(new Date(t), days, { in: tz(zone) }).getTime()
}

/** Whole months from `earlier` to `later` in the zone (date-fns' differenceInMonths). */
export function monthsBetween(later: number, earlier: number, zone: string): number {
  if (steady(zone, later) && steady(zone, earlier)) {
    const sign = Math.sign(later - earlier)
    const L = wall(zone, later)
    const E = wall(zone, earlier)
    const calendar = (L.getUTCFullYear() - E.getUTCFullYear()) * 12 + L.getUTCMonth() - E.getUTCMonth()
    const difference = Math.abs(calendar)
    if (difference < 1) return 0
    // The working date: the later one moved back by the difference, on the local clock.
    const w = new Date(L.getTime())
    if (w.getUTCMonth() === 1 && w.getUTCDate() > 27) w.setUTCDate(30)
    w.setUTCMonth(w.getUTCMonth() - sign * difference)
    const working = instantOf(zone, w.getTime())
    if (working !== null) {
      let notFull = Math.sign(working - earlier) === -sign
      const lastDay = L.getUTCDate() === daysInMonth(L.getUTCFullYear(), L.getUTCMonth())
      if (lastDay && difference === 1 && later > earlier) notFull = false
      const result = sign * (difference - (notFull ? 1 : 0))
      return result === 0 ? 0 : result
    }
  }
  return differenceInMonths(new Date(later), new Date(earlier), { in: tz(zone) })
}

/** Whole years from `earlier` to `later` in the zone (date-fns' differenceInYears). */
export function yearsBetween(later: number, earlier: number, zone: string): number {
  if (steady(zone, later) && steady(zone, earlier)) {
    const sign = Math.sign(later - earlier)
    const L = wall(zone, later)
    const E = wall(zone, earlier)
    const diff = Math.abs(L.getUTCFullYear() - E.getUTCFullYear())
    // Both moved to one (leap) year, where one offset holds for the whole year: the difference
    // is full when the later one is still later on the clock.
    const l = new Date(L.getTime())
    const e = new Date(E.getTime())
    l.setUTCFullYear(1584)
    e.setUTCFullYear(1584)
    const partial = Math.sign(l.getTime() - e.getTime()) === -sign
    const result = sign * (diff - (partial ? 1 : 0))
    return result === 0 ? 0 : result
  }
  return differenceInYears(new Date(later), new Date(earlier), { in: tz(zone) })
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0')

/** `YYYY-MM-DD` of an instant on the zone's calendar. */
export function isoDay(t: number, zone: string): string {
  const w = wall(zone, t)
  return `${pad(w.getUTCFullYear(), 4)}-${pad(w.getUTCMonth() + 1)}-${pad(w.getUTCDate())}`
}

/** `YYYY-MM-DDTHH:mm±hh:mm` of an instant on the zone's clock (date-fns' "yyyy-MM-dd'T'HH:mmXXX"). */
export function isoMinute(t: number, zone: string): string {
  const o = offsetAt(zone, t)
  const w = new Date(t + o)
  // Offsets of local mean time have seconds; like date-fns' XXX, only whole minutes are written.
  const m = Math.trunc(Math.abs(o) / 60_000)
  const offset = o === 0 ? 'Z' : `${o < 0 ? '-' : '+'}${pad(Math.floor(m / 60))}:${pad(m % 60)}`
  return `${pad(w.getUTCFullYear(), 4)}-${pad(w.getUTCMonth() + 1)}-${pad(w.getUTCDate())}T${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}${offset}`
}
