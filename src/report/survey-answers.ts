import type { SurveyIssue } from '../errors.js'
import { readResponseRows, settle, type ResponseCell } from './response-rows.js'

/**
 * A candidate's answer to the experience survey: the application it is about, the score on
 * the 0–10 scale of "how likely are you to recommend applying to us?", and what they wrote.
 *
 * @example
 * ```ts
 * const answer: SurveyAnswer = { applicationId: 'a-17', score: 9, comment: 'Quick and clear', stage: 'rejected' }
 * ```
 * @category Reports
 */
export interface SurveyAnswer {
  /** The application id, as in the results (the survey link carries it). */
  applicationId: string
  /** A whole number from 0 to 10. */
  score: number
  /** What the candidate wrote, if anything. */
  comment?: string
  /** The message stage whose survey link the candidate followed (`rejected`, `advance`…), if the survey records it. */
  stage?: string
}

/**
 * Options of {@link parseSurveyAnswers} and {@link parseConsents}.
 *
 * @example
 * ```ts
 * parseSurveyAnswers(text, { file: 'answers.csv', format: 'csv' })
 * ```
 * @category Reports
 */
export interface SurveyFileOptions {
  /** The file name the issues carry (none for text from elsewhere). */
  file?: string
  /** `csv`, `jsonl`, or `auto` (default): JSON Lines when the first character that is not blank is `{`, else CSV. */
  format?: 'csv' | 'jsonl' | 'auto'
}

/**
 * What {@link parseSurveyAnswers} read: every answer with a score, in file order, and the
 * warnings about rows that were read but say something a reader should know.
 *
 * @example
 * ```ts
 * const { answers, warnings } = parseSurveyAnswers(text)
 * for (const w of warnings) console.warn(`${w.line}:${w.column} ${w.message}`)
 * ```
 * @category Reports
 */
export interface SurveyAnswers {
  answers: SurveyAnswer[]
  /** `no_score` (a row without a score, not counted) and `duplicate_answer` (a later answer for the same application, which counts instead of the earlier). */
  warnings: SurveyIssue[]
}

/**
 * Reads survey answers from CSV or JSON Lines. CSV (RFC 4180, `,` or `;` as the header line
 * decides, UTF-8): a header with an `applicationId` (or `id`) column and a `score` column, and
 * optionally `comment` and `stage`; other columns (a survey tool's timestamps, other
 * questions) are ignored. JSON Lines: one object per line with those keys.
 *
 * The score is a whole number from 0 to 10 (`7`, or `7.0`; a string of digits in JSON too).
 * Strict, as a score read from the wrong column or on another scale gives figures that look
 * right: malformed CSV or JSON, a short or long row, no id or score column, a row without an
 * id, a score that is not a whole number or is outside 0–10, and a comment or stage that is
 * not text throw a {@link SurveyError} holding every problem, each with its line and column.
 * A row with an empty score (the candidate skipped the question) is not counted, with a
 * warning; a second answer for the same application is read, with a warning, and the later
 * one counts in {@link summarize}. Whether an id names an application in the results is known
 * only there: answers that do not are counted apart, never an error.
 *
 * @example
 * ```ts
 * parseSurveyAnswers('applicationId,score,comment\na-1,9,Quick\na-2,3,\n').answers
 * // [{ applicationId: 'a-1', score: 9, comment: 'Quick' }, { applicationId: 'a-2', score: 3 }]
 * ```
 * @category Reports
 */
export function parseSurveyAnswers(input: string | Uint8Array, options: SurveyFileOptions = {}): SurveyAnswers {
  const issues: Omit<SurveyIssue, 'file'>[] = []
  const issue = (i: Omit<SurveyIssue, 'file'>) => issues.push(i)
  const rows = readResponseRows(
    input,
    { ...options, fields: ['score', 'comment', 'stage'], required: ['score'], noun: 'answers' },
    issue,
  )
  const answers: SurveyAnswer[] = []
  const firstLine = new Map<string, number>()
  for (const row of rows) {
    const id = applicationIdOf(row.id, row.line, issue)
    const score = scoreOf(row.fields.get('score'), row.line, issue)
    const comment = textOf(row.fields.get('comment'), 'comment', issue)
    const stage = textOf(row.fields.get('stage'), 'stage', issue)
    if (id === undefined || score === undefined || comment === null || stage === null) continue
    const earlier = firstLine.get(id.value)
    if (earlier !== undefined)
      issue({
        code: 'duplicate_answer',
        severity: 'warning',
        line: id.line,
        column: id.column,
        path: ['applicationId'],
        message: `a second answer for the application "${id.value}" (the first is on line ${earlier}): the later answer counts`,
      })
    else firstLine.set(id.value, row.line)
    answers.push({
      applicationId: id.value,
      score,
      ...(comment === undefined ? {} : { comment }),
      ...(stage === undefined ? {} : { stage }),
    })
  }
  return { answers, warnings: settle(issues, options.file) }
}

type Issue = (i: Omit<SurveyIssue, 'file'>) => void

/** The application id of a row (text, not empty), or undefined after an issue. */
export function applicationIdOf(
  cell: ResponseCell | undefined,
  line: number,
  issue: Issue,
): { value: string; line: number; column: number } | undefined {
  if (!cell || cell.value === undefined || cell.value === null || cell.value === '') {
    issue({
      code: 'empty_id',
      line: cell?.line ?? line,
      column: cell?.column ?? 1,
      path: ['applicationId'],
      message: 'this row has no application id: it cannot be joined to a result',
    })
    return undefined
  }
  if (typeof cell.value !== 'string') {
    issue({
      code: 'invalid_text',
      line: cell.line,
      column: cell.column,
      path: ['applicationId'],
      message: `the application id is ${typeof cell.value === 'number' ? 'a number' : `a ${Array.isArray(cell.value) ? 'list' : typeof cell.value}`}: write it as text, as in the results ("a-17")`,
    })
    return undefined
  }
  const value = cell.value.trim()
  if (value === '') return applicationIdOf({ ...cell, value }, line, issue)
  return { value, line: cell.line, column: cell.column }
}

// A number as a person or a spreadsheet writes it: digits, a decimal point or comma, a sign.
const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/

/** The score of a row: a whole number from 0 to 10, or undefined (after an issue, or a warning when it is empty). */
function scoreOf(cell: ResponseCell | undefined, line: number, issue: Issue): number | undefined {
  const raw = cell?.value
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
    issue({
      code: 'no_score',
      severity: 'warning',
      line: cell?.line ?? line,
      column: cell?.column ?? 1,
      path: ['score'],
      message: 'this answer has no score (the question was skipped): it is not counted',
    })
    return undefined
  }
  const where = { line: cell!.line, column: cell!.column, path: ['score'] }
  const text = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : undefined
  const n =
    text !== undefined && (typeof raw === 'number' || NUMBER.test(text)) ? Number(text.replace(',', '.')) : Number.NaN
  if (!Number.isFinite(n)) {
    const shown =
      typeof raw === 'string'
        ? `"${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}"`
        : Array.isArray(raw)
          ? 'a list'
          : typeof raw === 'object'
            ? 'an object'
            : String(raw)
    issue({
      code: 'invalid_score',
      ...where,
      message: `the score ${shown} is not a number: a score is a whole number from 0 to 10`,
    })
    return undefined
  }
  if (!Number.isInteger(n)) {
    issue({
      code: 'invalid_score',
      ...where,
      message: `the score ${text} is not a whole number: a score is a whole number from 0 to 10 (is this column an average, or another question?)`,
    })
    return undefined
  }
  if (n < 0 || n > 10) {
    issue({
      code: 'score_out_of_range',
      ...where,
      message: `the score ${text} is not on the scale 0–10${n > 10 && n <= 100 ? ' (a percentage, or another scale?)' : ''}`,
    })
    return undefined
  }
  return n
}

/** An optional text: undefined when absent or empty, null after an issue. */
export function textOf(cell: ResponseCell | undefined, name: string, issue: Issue): string | undefined | null {
  if (!cell || cell.value === undefined || cell.value === null) return undefined
  if (typeof cell.value !== 'string') {
    issue({
      code: 'invalid_text',
      line: cell.line,
      column: cell.column,
      path: [name],
      message: `the ${name} is ${Array.isArray(cell.value) ? 'a list' : `a ${typeof cell.value}`}, not text`,
    })
    return null
  }
  const v = cell.value.trim()
  return v === '' ? undefined : v
}
