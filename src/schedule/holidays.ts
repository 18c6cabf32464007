// Days no message goes out on. `se`: Sweden's public holidays (lag 1989:253 om allmänna
// helgdagar, and the national day) and the eves that are days off in practice (midsommarafton,
// julafton, nyårsafton), computed for any year, Easter by the Gregorian computus.

const pad = (n: number): string => String(n).padStart(2, '0')
const ymd = (y: number, m: number, d: number): string => {
  const t = new Date(Date.UTC(y, m - 1, d))
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`
}

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm), as [month, day]. */
export function easterSunday(year: number): [number, number] {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return [month, day]
}

/** The first date from `first` (day of month) on which the given weekday falls (0 = Sunday). */
const weekdayOnOrAfter = (y: number, m: number, first: number, weekday: number): string => {
  const day = new Date(Date.UTC(y, m - 1, first)).getUTCDay()
  return ymd(y, m, first + ((weekday - day + 7) % 7))
}

/**
 * Swedish public holidays and customary eves of a year, with their Swedish names, sorted.
 * @example
 * ```ts
 * swedishHolidays(2026).get('2026-06-19') // 'midsommarafton'
 * ```
 * @category Send times
 */
export function swedishHolidays(year: number): ReadonlyMap<string, string> {
  const [em, ed] = easterSunday(year)
  const easter = (offset: number) => ymd(year, em, ed + offset)
  const days: [string, string][] = [
    [ymd(year, 1, 1), 'nyårsdagen'],
    [ymd(year, 1, 6), 'trettondedag jul'],
    [easter(-2), 'långfredagen'],
    [easter(-1), 'påskafton'],
    [easter(0), 'påskdagen'],
    [easter(1), 'annandag påsk'],
    [ymd(year, 5, 1), 'första maj'],
    [easter(39), 'Kristi himmelsfärds dag'],
    [easter(49), 'pingstdagen'],
    [ymd(year, 6, 6), 'Sveriges nationaldag'],
    [weekdayOnOrAfter(year, 6, 19, 5), 'midsommarafton'],
    [weekdayOnOrAfter(year, 6, 20, 6), 'midsommardagen'],
    [weekdayOnOrAfter(year, 10, 31, 6), 'alla helgons dag'],
    [ymd(year, 12, 24), 'julafton'],
    [ymd(year, 12, 25), 'juldagen'],
    [ymd(year, 12, 26), 'annandag jul'],
    [ymd(year, 12, 31), 'nyårsafton'],
  ]
  return new Map(days.sort((x, y) => (x[0] < y[0] ? -1 : 1)))
}

/**
 * Whether a local date (YYYY-MM-DD) is a day off under a policy's holidays: `se` (Swedish
 * public holidays and eves), `none`, or a list of dates that may include `se`.
 * @example
 * ```ts
 * isHoliday('2026-12-24', 'se') // true
 * ```
 * @category Send times
 */
export function isHoliday(date: string, holidays: 'se' | 'none' | readonly string[]): boolean {
  return holidayCalendar(holidays)(date)
}

/**
 * A policy's holidays as a test of a local date (what {@link isHoliday} says), each year's
 * Swedish holidays computed once, for as long as the returned function lives.
 */
export function holidayCalendar(holidays: 'se' | 'none' | readonly string[]): (date: string) => boolean {
  if (holidays === 'none') return () => false
  const list = holidays === 'se' ? ['se'] : holidays
  const listed = new Set(list)
  if (!listed.has('se')) return (date) => listed.has(date)
  const years = new Map<number, ReadonlyMap<string, string>>()
  return (date) => {
    if (listed.has(date)) return true
    const year = Number(date.slice(0, 4))
    let days = years.get(year)
    if (!days) years.set(year, (days = swedishHolidays(year)))
    return days.has(date)
  }
}
