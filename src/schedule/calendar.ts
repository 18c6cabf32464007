import { TZDate } from '@date-fns/tz'
import { holidayCalendar } from './holidays.js'
import type { ResolvedPolicy } from './plan-delivery.js'

// A delivery policy's calendar: the local days of its time zone, each with its bounds, its
// weekday and whether it is a working day, built a month at a time (a month's midnights are
// computed once, then a day is found by arithmetic) and kept for as long as the calendar lives.
// Building a wall-clock instant in a zone costs far more than everything else a plan does, so a
// prepared planner ({@link prepareDelivery}) keeps one calendar for all its plans; a one-off
// plan builds the few months it needs. No state outside the object.

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const
const DAY = 86_400_000
const pad = (n: number) => String(n).padStart(2, '0')
/** 00 … 99, written once: every plan's reason writes a time. */
const TWO = Array.from({ length: 100 }, (_, i) => pad(i))
const pad2 = (n: number) => TWO[n] ?? pad(n)

/** A local calendar day in a policy's zone: its fields, whether it is a working day, its bounds. */
export interface Day {
  y: number
  m: number
  day: number
  /** The day as YYYY-MM-DD. */
  date: string
  weekday: number
  working: boolean
  /** The instant of a wall-clock time that day. */
  at: (h: number, min: number) => number
  /** 00:00 that day, and 00:00 the next. */
  start: number
  next: number
}

interface Month {
  /** 00:00 of each day of the month and of the first day of the next. */
  starts: number[]
  firstWeekday: number
  days: (Day | undefined)[]
}

/** A calendar of a policy: its days, and its hours read once. */
export interface Calendar {
  readonly policy: ResolvedPolicy
  /** Working hours' start and end, and the cut-offs, as [hours, minutes]. */
  readonly start: readonly [number, number]
  readonly end: readonly [number, number]
  /** The weekly cut-off for rejections (`rejectionsNotAfter`): its day as days since Monday, and its time; null when off. */
  readonly weeklyCutOff: { readonly sinceMonday: number; readonly h: number; readonly m: number } | null
  /** The cut-off before days off (`rejectionsBeforeDaysOff`) as [hours, minutes]; null when off. */
  readonly daysOffCutOff: readonly [number, number] | null
  /** The local day an instant falls on. */
  dayOf(t: number): Day
  /** An instant as a recruiter reads it: "mon 2026-11-23 08:00", with the weekday from `days` (Sunday first) when given. */
  local(t: number, days?: readonly string[]): string
}

const hm = (s: string): [number, number] => s.split(':').map(Number) as [number, number]

/** A calendar for a policy (its zone, working days and holidays). */
export function createCalendar(policy: ResolvedPolicy): Calendar {
  const zone = policy.timeZone
  const isHoliday = holidayCalendar(policy.holidays)
  const workingDays = new Set<string>(policy.workingDays)
  const months = new Map<number, Month>()

  // 00:00 of day `d` of a month (day n + 1 is the next month's first).
  const midnight = (y: number, m: number, d: number) => new TZDate(y, m, d, 0, 0, 0, zone).getTime()
  const month = (y: number, m: number): Month => {
    const key = y * 12 + m
    let mo = months.get(key)
    if (!mo) {
      const n = new Date(Date.UTC(y, m + 1, 0)).getUTCDate()
      const first = midnight(y, m, 1)
      const middle = midnight(y, m, 16)
      const last = midnight(y, m, n + 1)
      const starts: number[] = []
      // A month whose midnights keep one offset (most months: a change of offset is a day of
      // 23 or 25 hours) is counted in days; one with a change in it is read day by day.
      if (middle - first === 15 * DAY && last - middle === (n - 15) * DAY)
        for (let d = 0; d <= n; d++) starts.push(first + d * DAY)
      else for (let d = 1; d <= n + 1; d++) starts.push(midnight(y, m, d))
      mo = { starts, firstWeekday: new Date(Date.UTC(y, m, 1)).getUTCDay(), days: [] }
      months.set(key, mo)
    }
    return mo
  }

  const makeDay = (y: number, m: number, mo: Month, i: number): Day => {
    const day = i + 1
    const weekday = (mo.firstWeekday + i) % 7
    const times = new Map<number, number>()
    const start = mo.starts[i]!
    const plain = mo.starts[i + 1]! - start === DAY
    const at = (h: number, min: number) => {
      let v = times.get(h * 60 + min)
      // A day of 24 hours keeps one offset all day: its wall-clock times are counted from 00:00.
      if (v === undefined)
        times.set(
          h * 60 + min,
          (v =
            h === 0 && min === 0
              ? start
              : plain
                ? start + (h * 60 + min) * 60_000
                : new TZDate(y, m, day, h, min, 0, zone).getTime()),
        )
      return v
    }
    const date = `${y}-${pad(m + 1)}-${pad(day)}`
    const working = workingDays.has(DAYS[weekday]!) && !isHoliday(date)
    return { y, m, day, date, weekday, working, at, start, next: mo.starts[i + 1]! }
  }

  // The month of the last day found: a plan walks the days of one or two months.
  let lastMonth: Month | undefined
  let lastY = 0
  let lastM = 0
  const dayOf = (t: number): Day => {
    let y: number
    let m: number
    let mo: Month
    if (lastMonth && t >= lastMonth.starts[0]! && t < lastMonth.starts[lastMonth.starts.length - 1]!) {
      mo = lastMonth
      y = lastY
      m = lastM
    } else {
      const u = new Date(t)
      y = u.getUTCFullYear()
      m = u.getUTCMonth()
      mo = month(y, m)
    }
    // A zone is less than a day from UTC: the local month is this one or a neighbour.
    if (t < mo.starts[0]!) {
      if (--m < 0) (m = 11), y--
      mo = month(y, m)
    } else if (t >= mo.starts[mo.starts.length - 1]!) {
      if (++m > 11) (m = 0), y++
      mo = month(y, m)
    }
    lastMonth = mo
    lastY = y
    lastM = m
    const last = mo.starts.length - 2
    let i = Math.min(last, Math.max(0, Math.floor((t - mo.starts[0]!) / DAY)))
    while (i > 0 && t < mo.starts[i]!) i--
    while (i < last && t >= mo.starts[i + 1]!) i++
    return (mo.days[i] ??= makeDay(y, m, mo, i))
  }

  const local = (t: number, days: readonly string[] = DAYS): string => {
    const d = dayOf(t)
    let h: number
    let min: number
    if (d.next - d.start === DAY) {
      const since = t - d.start
      h = Math.floor(since / 3_600_000)
      min = Math.floor(since / 60_000) % 60
    } else {
      const z = new TZDate(t, zone)
      h = z.getHours()
      min = z.getMinutes()
    }
    return `${days[d.weekday]} ${d.date} ${pad2(h)}:${pad2(min)}`
  }

  const weekly = policy.rejectionsNotAfter
  const [wh, wm] = weekly ? hm(weekly.time) : [0, 0]
  return {
    policy,
    start: hm(policy.workingHours.start),
    end: hm(policy.workingHours.end),
    // Days since Monday: Monday 0 … Sunday 6.
    weeklyCutOff: weekly ? { sinceMonday: (DAYS.indexOf(weekly.day) + 6) % 7, h: wh, m: wm } : null,
    daysOffCutOff: policy.rejectionsBeforeDaysOff ? hm(policy.rejectionsBeforeDaysOff) : null,
    dayOf,
    local,
  }
}
