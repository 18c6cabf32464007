import { issue as worded } from '../issues/issue.js'
// What candidates answered, keyed by application id: survey answers and talent-pool consents
// come as CSV (from a survey tool's export, or Excel) or as JSON Lines (from a program). One
// reader for both: rows of the fields asked for, each value with its line and column, and every
// problem of the file's form located. What a value must be is for the caller to check.

import { decodeText } from '../criteria/decode-text.js'
import { CriteriaError, SurveyError, type SurveyIssue } from '../errors.js'
import { csvDelimiter, parseCsv } from './parse-csv.js'

/** A value read, and where: CSV cells are trimmed text, JSON values as parsed. */
export interface ResponseCell {
  value: unknown
  line: number
  column: number
}

/** One row (CSV) or line (JSON Lines) that is not blank: the fields asked for that it has. */
export interface ResponseRow {
  line: number
  id: ResponseCell | undefined
  fields: Map<string, ResponseCell>
}

/** How {@link readResponseRows} reads a file. */
export interface ResponseRowsOptions {
  file?: string
  /** `auto` (default): JSON Lines when the first character that is not blank is `{`, else CSV. */
  format?: 'csv' | 'jsonl' | 'auto'
  /** Fields read besides the id; the others are ignored (a survey tool exports many). */
  fields: readonly string[]
  /** Fields a CSV header must have (a JSON line may leave them out; the caller decides). */
  required: readonly string[]
  /** What a row is, in messages ("answers", "consents"). */
  noun: string
}

/** The names an id column or key may have, the first preferred. */
export const ID_NAMES = ['applicationId', 'id'] as const

/**
 * Reads the rows of a CSV or JSON Lines file, and the issues of its form (`issue` collects them,
 * with the file name added). Bytes are read as UTF-8, or an issue says to save the file so.
 */
export function readResponseRows(
  input: string | Uint8Array,
  options: ResponseRowsOptions,
  issue: (i: Omit<SurveyIssue, 'file'>) => void,
): ResponseRow[] {
  let text: string
  try {
    text = typeof input === 'string' ? input : decodeText(input, options.file)
  } catch (e) {
    if (!(e instanceof CriteriaError)) throw e
    throw new SurveyError(
      e.issues.map((i) => ({
        ...i,
        ...worded(i.code === 'not_utf8' ? 'not_utf8' : 'invalid_utf8', i.path, { ...i.params, excel: true }),
      })),
    )
  }
  const format = options.format ?? 'auto'
  const json = format === 'jsonl' || (format === 'auto' && /^\uFEFF?\s*\{/.test(text))
  return json ? jsonRows(text, options, issue) : csvRows(text, options, issue)
}

function csvRows(
  text: string,
  options: ResponseRowsOptions,
  issue: (i: Omit<SurveyIssue, 'file'>) => void,
): ResponseRow[] {
  const delimiter = csvDelimiter(text)
  const { records, problems, positionOf } = parseCsv(text, delimiter)
  for (const p of problems) issue({ code: p.code, line: p.line, column: p.column, path: [], message: p.message })
  const rows = records.filter((r) => r.cells.some((c) => c.trim() !== ''))
  const [header, ...data] = rows
  if (!header) {
    if (!problems.length)
      issue({
        code: 'empty_file',
        line: 1,
        column: 1,
        path: [],
        message: `the file has no header row: it needs an applicationId (or id) column${options.required.length ? ` and a ${options.required.join(' and a ')} column` : ''}`,
      })
    return []
  }
  const names = header.cells.map((h) => h.trim())
  const at = (offset: number) => positionOf(offset)
  // Where each column we read is; a column we read named twice is an error (which one holds the values?), others are ignored.
  const wanted = new Set<string>([...ID_NAMES, ...options.fields])
  const columnOf = new Map<string, number>()
  names.forEach((name, i) => {
    if (!wanted.has(name)) return
    const first = columnOf.get(name)
    if (first !== undefined)
      issue({
        code: 'duplicate_column',
        ...at(header.starts[i]!),
        path: [name],
        message: `the column "${name}" is named twice (columns ${first + 1} and ${i + 1}): which one holds the ${options.noun} is unclear`,
      })
    else columnOf.set(name, i)
  })
  const ids = ID_NAMES.filter((n) => columnOf.has(n))
  if (!ids.length)
    issue({
      code: 'missing_id_column',
      ...at(header.starts[0]!),
      path: [],
      message: `the header has no applicationId (or id) column: the ${options.noun} cannot be joined to results${names.length === 1 && /[\t|]/.test(names[0]!) ? ' (the columns are separated by commas, or by semicolons)' : ''}`,
    })
  else if (ids.length > 1) {
    // At the one written second.
    const second = ids.reduce((a, b) => (columnOf.get(a)! > columnOf.get(b)! ? a : b))
    issue({
      code: 'duplicate_column',
      ...at(header.starts[columnOf.get(second)!]!),
      path: [second],
      message: 'the header has both an applicationId and an id column: keep one',
    })
  }
  for (const name of options.required)
    if (!columnOf.has(name))
      issue({
        code: 'missing_score_column',
        ...at(header.starts[0]!),
        path: [],
        message: `the header has no ${name} column`,
      })
  const idAt = ids.length ? columnOf.get(ids[0]!)! : -1
  const out: ResponseRow[] = []
  for (const row of data) {
    const line = at(row.starts[0]!).line
    if (row.cells.length !== names.length) {
      const short = row.cells.length < names.length
      issue({
        code: short ? 'short_row' : 'long_row',
        ...at(short ? row.end : row.starts[names.length]!),
        path: [],
        message: `this row has ${row.cells.length} cell${row.cells.length === 1 ? '' : 's'}, the header has ${names.length}: its values cannot be matched to columns${short ? ' (a missing cell would move the values after it into other columns)' : ''}`,
      })
      continue
    }
    // Without an id column (said once, at the header) no row can be joined: their values are not checked.
    if (idAt < 0) continue
    const cell = (i: number): ResponseCell => ({ value: row.cells[i]!.trim(), ...at(row.starts[i]!) })
    const fields = new Map<string, ResponseCell>()
    for (const name of options.fields) {
      const i = columnOf.get(name)
      if (i !== undefined) fields.set(name, cell(i))
    }
    out.push({ line, id: cell(idAt), fields })
  }
  return out
}

function jsonRows(
  text: string,
  options: ResponseRowsOptions,
  issue: (i: Omit<SurveyIssue, 'file'>) => void,
): ResponseRow[] {
  const out: ResponseRow[] = []
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)
  lines.forEach((source, n) => {
    const line = n + 1
    if (source.trim() === '') return
    let value: unknown
    try {
      value = JSON.parse(source)
    } catch {
      issue({
        code: 'invalid_json',
        line,
        column: 1,
        path: [],
        message: `this line is not JSON: one JSON object per line is expected, such as {"applicationId": "a-1"${options.required.map((k) => `, "${k}": 9`).join('')}}`,
      })
      return
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      issue({
        code: 'not_an_object',
        line,
        column: 1,
        path: [],
        message: `this line is ${Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`}, not an object: one object per line is expected`,
      })
      return
    }
    const record = value as Record<string, unknown>
    // The column of a key: where it is first written on the line (a value can hold the same text, rarely before its key).
    const cell = (key: string): ResponseCell => {
      const i = source.indexOf(JSON.stringify(key))
      return { value: record[key], line, column: i < 0 ? 1 : i + 1 }
    }
    const idKey = ID_NAMES.find((k) => Object.hasOwn(record, k))
    const fields = new Map<string, ResponseCell>()
    for (const name of options.fields) if (Object.hasOwn(record, name)) fields.set(name, cell(name))
    out.push({ line, id: idKey === undefined ? undefined : cell(idKey), fields })
  })
  return out
}

/** The issues of a reader, in file order, with the file named: errors thrown as a {@link SurveyError}, warnings returned. */
export function settle(issues: Omit<SurveyIssue, 'file'>[], file: string | undefined): SurveyIssue[] {
  const named = issues
    .map((i) => (file === undefined ? i : { ...i, file }))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  const errors = named.filter((i) => i.severity !== 'warning')
  if (errors.length) throw new SurveyError(errors)
  return named
}
