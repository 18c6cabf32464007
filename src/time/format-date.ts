import { DATE_PATTERN_TOKEN as TOKEN } from '../criteria/date-pattern.js'
import { offsetAt } from './zoned-calendar.js'

// Dates in messages and reasons ("1 mars 2027", "onsdag 25 november"), written with the
// date-fns pattern letters people know, from the runtime's own Intl month and weekday names:
// no locale data in the bundle. The tokens below are the whole language; a template that uses
// another is refused when it loads (criteria/date-pattern.ts). A property test holds every token to
// date-fns `format` with its sv and en-GB locales.

type Names = { months: string[]; monthsShort: string[]; weekdays: string[]; weekdaysShort: string[] }
const names = new Map<string, Names>()
function namesIn(locale: 'sv' | 'en'): Names {
  let n = names.get(locale)
  if (!n) {
    // en-US, not en-GB: the same long names, and "Sep" where en-GB now writes "Sept".
    const tag = locale === 'sv' ? 'sv' : 'en-US'
    const of = (options: Intl.DateTimeFormatOptions, dates: number[]) => {
      const f = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' })
      return dates.map((d) => f.format(d))
    }
    const months = Array.from({ length: 12 }, (_, m) => Date.UTC(2001, m, 15))
    const days = Array.from({ length: 7 }, (_, d) => Date.UTC(2001, 0, 7 + d)) // 2001-01-07 was a Sunday
    n = {
      months: of({ month: 'long' }, months),
      monthsShort: of({ month: 'short' }, months),
      weekdays: of({ weekday: 'long' }, days),
      weekdaysShort: of({ weekday: 'short' }, days),
    }
    names.set(locale, n)
  }
  return n
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0')

/**
 * Formats an instant on the calendar of a time zone, with date-fns pattern letters (a subset:
 * DATE_TOKENS) and Swedish or British English month and weekday names.
 */
export function formatDate(date: Date, pattern: string, timeZone: string, locale: 'sv' | 'en'): string {
  const t = date.getTime()
  const w = new Date(t + offsetAt(timeZone, t))
  const n = namesIn(locale)
  return pattern.replace(
    TOKEN,
    (_all, quoted: string | undefined, token: string | undefined, other: string | undefined) => {
      if (quoted !== undefined) return quoted === '' ? "'" : quoted.replaceAll("''", "'")
      if (other !== undefined) return other
      switch (token) {
        case 'd':
          return String(w.getUTCDate())
        case 'dd':
          return pad(w.getUTCDate())
        case 'M':
          return String(w.getUTCMonth() + 1)
        case 'MM':
          return pad(w.getUTCMonth() + 1)
        case 'MMM':
          return n.monthsShort[w.getUTCMonth()]!
        case 'MMMM':
          return n.months[w.getUTCMonth()]!
        case 'yy':
          return pad(w.getUTCFullYear() % 100)
        case 'yyyy':
          return pad(w.getUTCFullYear(), 4)
        case 'EEE':
          return n.weekdaysShort[w.getUTCDay()]!
        case 'EEEE':
          return n.weekdays[w.getUTCDay()]!
        case 'H':
          return String(w.getUTCHours())
        case 'HH':
          return pad(w.getUTCHours())
        case 'mm':
          return pad(w.getUTCMinutes())
        default:
          return pad(w.getUTCSeconds())
      }
    },
  )
}
