import type { SurveyIssue } from '../errors.js'
import { parseInstant } from '../time/dates.js'
import { readResponseRows, settle } from './response-rows.js'
import { applicationIdOf, textOf, type SurveyFileOptions } from './survey-answers.js'

/**
 * A candidate's consent to be kept in the talent pool: the application whose talent-pool
 * message asked for it, and when it was given.
 *
 * @example
 * ```ts
 * const consent: Consent = { applicationId: 'a-17', at: '2026-11-24T09:12:00+01:00' }
 * ```
 * @category Reports
 */
export interface Consent {
  applicationId: string
  /** When the consent was given (ISO 8601), kept for the record; the report counts consents, whenever given. */
  at?: string
}

/**
 * Reads the talent-pool consents candidates gave, from CSV or JSON Lines: an `applicationId`
 * (or `id`) column and optionally `at` (ISO 8601 date or date-time); other columns are
 * ignored, so a form tool's export can be read as it is. Every row is a consent given. The
 * form and the strictness are those of {@link parseSurveyAnswers}: malformed CSV or JSON, a
 * short or long row, no id column, a row without an id and an `at` that is not a date throw a
 * {@link SurveyError} holding every problem, located. One application listed twice is one
 * consent.
 *
 * @example
 * ```ts
 * parseConsents('applicationId,at\na-1,2026-11-24\n') // [{ applicationId: 'a-1', at: '2026-11-24' }]
 * ```
 * @category Reports
 */
export function parseConsents(input: string | Uint8Array, options: SurveyFileOptions = {}): Consent[] {
  const issues: Omit<SurveyIssue, 'file'>[] = []
  const issue = (i: Omit<SurveyIssue, 'file'>) => issues.push(i)
  const rows = readResponseRows(input, { ...options, fields: ['at'], required: [], noun: 'consents' }, issue)
  const out: Consent[] = []
  for (const row of rows) {
    const id = applicationIdOf(row.id, row.line, issue)
    const cell = row.fields.get('at')
    const at = textOf(cell, 'at', issue)
    if (typeof at === 'string' && !parseInstant(at, 'UTC')) {
      issue({
        code: 'invalid_date',
        line: cell!.line,
        column: cell!.column,
        path: ['at'],
        message: `"${at.length > 40 ? `${at.slice(0, 40)}…` : at}" is not a date: write it as ISO 8601 (2026-11-24 or 2026-11-24T09:12:00+01:00)`,
      })
      continue
    }
    if (id === undefined || at === null) continue
    out.push(at === undefined ? { applicationId: id.value } : { applicationId: id.value, at })
  }
  settle(issues, options.file)
  return out
}
