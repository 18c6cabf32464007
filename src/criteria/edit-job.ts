import type { Localized } from './types.js'
import { defined, readText, refuse, syncIn } from './edit-yaml.js'

/**
 * When applications close, as the job form shows it: a day, and a time of that day (none: the
 * end of the day), both in the job's time zone. `text` is the value as written in the file.
 * @example
 * ```ts
 * const closes: ClosingTime = { date: '2026-12-06', time: '23:59' }
 * ```
 * @category Criteria files
 */
export interface ClosingTime {
  date: string
  time?: string | undefined
  /** The value as written (read only): an offset or seconds the form does not show stay when date and time are unchanged. */
  text?: string | undefined
}

/**
 * The job's settings as a form edits them: `job` (title per language or one title, company,
 * contact, closing time, time zone, address) and the days off (`delivery.holidays`).
 * @example
 * ```ts
 * const s: JobSettings = { title: { sv: 'Lagerarbetare', en: 'Warehouse worker' }, company: 'Vätterlogistik AB', contact: { name: 'Ahmed Karimi', email: 'jobb@vatterlogistik.example' } }
 * ```
 * @category Criteria files
 */
export interface JobSettings {
  title?: string | Localized | undefined
  company?: string | undefined
  contact?: { name?: string | undefined; email?: string | undefined } | undefined
  closesAt?: ClosingTime | undefined
  timezone?: string | undefined
  url?: string | undefined
  /** `se` (Swedish public holidays), `none`, or dates (YYYY-MM-DD, and `se`). */
  holidays?: 'se' | 'none' | string[] | undefined
}

/**
 * A change to the job's settings: a key left out stays as written; `null` removes an optional
 * one (closing time, time zone, address, holidays).
 * @example
 * ```ts
 * const change: JobSettingsChange = { closesAt: { date: '2026-12-06', time: '23:59' }, url: null }
 * ```
 * @category Criteria files
 */
export interface JobSettingsChange {
  title?: string | Localized
  company?: string
  contact?: { name: string; email: string }
  closesAt?: { date: string; time?: string | undefined } | null
  timezone?: string | null
  url?: string | null
  holidays?: 'se' | 'none' | string[] | null
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/
const CLOSES = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/

const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined

/**
 * Reads the job's settings from a criteria file's text, as far as they are written (a file with
 * schema errors is read too). Throws a CriteriaError when the text is not YAML, holds an alias
 * or is not a map.
 * @example
 * ```ts
 * readJobSettings(text).closesAt // { date: '2026-12-06', text: '2026-12-06' }
 * ```
 * @category Criteria files
 */
export function readJobSettings(text: string): JobSettings {
  const value = readText(text)
  const job = obj(value.job)
  const contact = obj(job.contact)
  const title =
    typeof job.title === 'string'
      ? job.title
      : job.title && typeof job.title === 'object'
        ? localized(job.title)
        : undefined
  const closes = str(job.closesAt)
  const m = closes === undefined ? null : CLOSES.exec(closes)
  const holidays = obj(value.delivery).holidays
  return defined({
    title,
    company: str(job.company),
    contact: job.contact === undefined ? undefined : { name: str(contact.name), email: str(contact.email) },
    closesAt: closes === undefined ? undefined : { date: m?.[1] ?? closes, time: m?.[2], text: closes },
    timezone: str(job.timezone),
    url: str(job.url),
    holidays:
      holidays === 'se' || holidays === 'none' ? holidays : Array.isArray(holidays) ? holidays.map(String) : undefined,
  })
}

const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
const localized = (v: object): Localized =>
  defined({ sv: str((v as Record<string, unknown>).sv), en: str((v as Record<string, unknown>).en) })

/** A time zone the platform knows (Intl names its zones; the host's own zone is never read). */
function knownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

const realDay = (s: string): boolean => {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number]
  const t = new Date(Date.UTC(y, m - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
}
const invalid = (path: string, value: unknown, kind: string): never =>
  refuse(
    'edit_invalid_value',
    path.split('.'),
    { path, value: String(value), kind },
    `${path}: "${String(value)}" is not a valid ${kind}`,
  )

/**
 * Writes the job's settings into a criteria file's text, changing only the lines of the values
 * that change: other lines, comments and key order stay as written; a new key goes where the
 * bundled examples put it. A date that is not a real day (YYYY-MM-DD), a time that is not
 * HH:MM, an unknown time zone or holidays that are not `se`, `none` or dates are refused with a
 * CriteriaError coded `edit_invalid_value`, and nothing is written.
 * @example
 * ```ts
 * setJobSettings(text, { company: 'Vätterlogistik AB', closesAt: { date: '2026-12-06', time: '23:59' } })
 * ```
 * @category Criteria files
 */
export function setJobSettings(text: string, change: JobSettingsChange): string {
  const current = readJobSettings(text)
  let out = text
  const c = change.closesAt
  if (c) {
    if (!DATE.test(c.date) || !realDay(c.date)) invalid('job.closesAt', c.date, 'date')
    if (c.time !== undefined && c.time !== '' && !TIME.test(c.time)) invalid('job.closesAt', c.time, 'time')
  }
  if (typeof change.timezone === 'string' && !knownZone(change.timezone))
    invalid('job.timezone', change.timezone, 'timezone')
  const h = change.holidays
  if (
    Array.isArray(h)
      ? !h.every((d) => d === 'se' || (DATE.test(d) && realDay(d)))
      : h !== undefined && h !== null && h !== 'se' && h !== 'none'
  )
    invalid('delivery.holidays', Array.isArray(h) ? h.join(', ') : h, 'holidays')
  if (change.title !== undefined)
    out = syncIn(out, ['job', 'title'], typeof change.title === 'string' ? change.title : defined(change.title))
  if (change.company !== undefined) out = syncIn(out, ['job', 'company'], change.company)
  if (c !== undefined) {
    // The value as written stays when the form shows it unchanged (an offset or seconds kept).
    const same =
      c !== null &&
      current.closesAt &&
      current.closesAt.date === c.date &&
      (current.closesAt.time ?? '') === (c.time ?? '')
    if (!same) out = syncIn(out, ['job', 'closesAt'], c === null ? undefined : c.time ? `${c.date}T${c.time}` : c.date)
  }
  if (change.timezone !== undefined) out = syncIn(out, ['job', 'timezone'], change.timezone ?? undefined)
  if (change.contact !== undefined)
    out = syncIn(out, ['job', 'contact'], { name: change.contact.name, email: change.contact.email })
  if (change.url !== undefined) out = syncIn(out, ['job', 'url'], change.url ?? undefined)
  if (h !== undefined) out = syncIn(out, ['delivery', 'holidays'], h ?? undefined)
  return out
}
