import {
  ApplicationError,
  ScreeningError,
  formatExplanation,
  formatIssue,
  resultJson,
  type BatchEntry,
  type Screener,
  type ScreeningResult,
} from '../node/index.js'
import type { Lang } from './lang.js'
import { noticeWording } from './notice-wording.js'
import { safeJson } from './safe-json.js'

/** How `autoscreen screen` screens each entry: the same in the main thread and in every worker of `--jobs`. */
export interface EntrySettings {
  explain: boolean
  messages: boolean
  /** The time of the decision: `--now`, or the clock read once by the main thread; or each application's arrival. */
  now: Date | 'arrival'
  /** The language of the run (errors, explanations). */
  lang: Lang
}

/**
 * What an entry tells the person running the batch besides its result, on standard error: the
 * main thread says it at once; a worker records it, and the main thread says it in input order.
 */
export interface EntryReport {
  /** The line could not be screened (no result), or its message could not be rendered (the result kept). */
  error(line: number, message: string): void
  /** The line held bytes that are not UTF-8 (read as U+FFFD). */
  notUtf8(line: number): void
  /** `--now` came before the application's submission: its decision is dated at the submission. */
  early(line: number, submittedAt: string): void
}

/** A screened entry: the result, and the result with what --explain and --messages add (the same object without them). */
export interface Screened {
  result: ScreeningResult
  full: ScreeningResult & { message?: { subject: string; text: string; sendAt: string; reason: string } }
}

/** What `--messages` adds to a result (cli/messages.ts), given the time of the decision. */
export type MessagesFor = (result: ScreeningResult, now: Date) => Record<string, unknown>

/**
 * The one way `autoscreen screen` screens an entry of a batch, for the main thread and the
 * workers of `--jobs` alike: a bad line, an unusable application or a message that cannot be
 * rendered goes to `report.error` in the run's language, warnings to their own calls, in the
 * order `--jobs 1` has always said them. Returns the result, or nothing when there is none.
 *
 * @example
 * ```ts
 * const screenEntry = entryScreener(screener, { explain: false, messages: false, now: 'arrival', lang: 'en' }, report)
 * for await (const entry of readApplications(input)) {
 *   const screened = screenEntry(entry)
 *   if (screened) write(resultJson(screened.full))
 * }
 * ```
 */
export function entryScreener(
  screener: Screener,
  settings: EntrySettings,
  report: EntryReport,
  messagesFor?: MessagesFor,
): (entry: BatchEntry) => Screened | undefined {
  const { lang, now } = settings
  const notice = noticeWording(lang)
  // Explanations in the run's language, with the file's questions and option labels (describe).
  const words = { locale: lang, fields: screener.criteria.fields, timezone: screener.criteria.job.timezone }
  // An unusable envelope, each problem in the language of the run (the library's catalogue).
  const unusable = (e: ApplicationError) =>
    lang === 'en'
      ? e.message
      : notice.applicationUnusable(e.issues.map((i) => ({ path: i.path.join('.'), message: formatIssue(i, lang) })))
  return (entry) => {
    if (!entry.ok) {
      report.error(
        entry.line,
        entry.code
          ? formatIssue(
              { code: entry.code, message: entry.message, ...(entry.params ? { params: entry.params } : {}) },
              lang,
            )
          : entry.message,
      )
      return undefined
    }
    let result: ScreeningResult
    try {
      result = screener.screen(entry.application, { now, ...(entry.invalidUtf8 ? { invalidUtf8: true } : {}) })
    } catch (e) {
      if (!(e instanceof ApplicationError || e instanceof ScreeningError)) throw e
      report.error(entry.line, e instanceof ApplicationError ? unusable(e) : e.message)
      return undefined
    }
    if (entry.invalidUtf8) report.notUtf8(entry.line)
    if (now !== 'arrival' && result.audit.notes?.some((n) => n.code === 'now_before_submission'))
      report.early(entry.line, result.application.submittedAt)
    if (!settings.explain && !settings.messages) return { result, full: result }
    const extra: Record<string, unknown> = {}
    if (settings.explain)
      extra.explanations = Object.fromEntries(
        result.criteria
          .filter((r) => r.detail)
          .map((r) => [r.id, formatExplanation(r.detail!, { ...words, scored: !r.required })]),
      )
    if (settings.messages) {
      // A message that cannot be rendered for one application is that line's error; the batch goes on and the result is kept.
      try {
        Object.assign(extra, messagesFor!(result, new Date(result.audit.evaluatedAt)))
      } catch (e) {
        if (!(e instanceof ScreeningError)) throw e
        report.error(entry.line, notice.messageNotRendered(e.message))
      }
    }
    return { result, full: { ...result, ...extra } }
  }
}

/**
 * A result as a line of `--format jsonl`. `controls`: the input read so far (or the criteria)
 * may hold DEL, C1 or bidirectional controls, so the JSON is escaped for a terminal.
 *
 * @example
 * ```ts
 * out.write(jsonLine(screened.full, false))
 * ```
 */
export function jsonLine(full: ScreeningResult, controls: boolean): string {
  const json = resultJson(full)
  return `${controls ? safeJson(json) : json}\n`
}
