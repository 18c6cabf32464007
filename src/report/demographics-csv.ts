import { issue as worded } from '../issues/issue.js'
import { decodeText } from '../criteria/decode-text.js'
import { CriteriaError, DemographicsError, type DemographicsIssue } from '../errors.js'
import { csvDelimiter, parseCsv, type CsvPosition, type CsvRecord } from './parse-csv.js'

/**
 * Options of {@link parseDemographicsCsv}.
 *
 * @example
 * ```ts
 * parseDemographicsCsv(text, { file: 'groups.csv' })
 * ```
 * @category Reports
 */
export interface DemographicsCsvOptions {
  /** The file name the issues carry (none for text from elsewhere). */
  file?: string
}

const ID_COLUMNS = ['id', 'applicationId']

/**
 * Parses demographic data from CSV (RFC 4180: a header row with an `id` or `applicationId`
 * column and one column per grouping). Kept apart from screening: it is only ever joined to
 * results. Strict, because a file read wrongly gives figures that look right: malformed CSV, a
 * row with more or fewer cells than the header, an empty or repeated column name and one id
 * listed twice with different values throw a {@link DemographicsError} holding every problem,
 * each with its line and column. Values are trimmed; empty cells are no group; blank rows are
 * skipped; an id listed twice with the same values is read once.
 *
 * The separator is decided by the header line: semicolons and no comma outside quotes make it
 * a semicolon-separated file (what Excel saves as CSV where the decimal mark is a comma, as in
 * Swedish), otherwise commas. Given the file's bytes, it reads them as UTF-8 and refuses what
 * it would read wrong: bytes that are not UTF-8 (a file saved as Latin-1 or Windows-1252,
 * where "Malmö" would become a group "Malm�") are an `invalid_utf8` issue at their line and
 * column, a UTF-16 file (Excel's "Unicode text") one coded `not_utf8`; both say to save the
 * file as UTF-8.
 *
 * @example
 * ```ts
 * parseDemographicsCsv('id,gender\na-1,woman\na-2,man\n').get('a-1') // { gender: 'woman' }
 * ```
 * @category Reports
 */
export function parseDemographicsCsv(
  input: string | Uint8Array,
  options: DemographicsCsvOptions = {},
): Map<string, Record<string, string>> {
  const issues: DemographicsIssue[] = []
  const file = options.file === undefined ? {} : { file: options.file }
  const text = typeof input === 'string' ? input : decodeCsv(input, options.file)
  const issue = (
    code: DemographicsIssue['code'],
    where: CsvPosition | number,
    message: string,
    path: string[] = [],
  ) => {
    const { line, column } = typeof where === 'number' ? positionOf(where) : where
    issues.push({ code, ...file, line, column, path, message })
  }
  const delimiter = csvDelimiter(text)
  const { records, problems, positionOf } = parseCsv(text, delimiter)
  for (const p of problems) issue(p.code, p, p.message)
  const rows = records.filter((r) => r.cells.some((c) => c.trim() !== ''))
  const [header, ...data] = rows
  const out = new Map<string, Record<string, string>>()
  if (!header) {
    if (!issues.length)
      issue(
        'empty_file',
        { line: 1, column: 1 },
        'the file has no header row: it needs an id column and one column per grouping',
      )
    throw new DemographicsError(issues)
  }
  const names = header.cells.map((h) => h.trim())
  const firstAt = new Map<string, number>()
  names.forEach((name, i) => {
    const where = header.starts[i]!
    if (name === '') issue('empty_column', where, `column ${i + 1} of the header has no name`)
    else if (firstAt.has(name))
      issue(
        'duplicate_column',
        where,
        `the column "${name}" is named twice (columns ${firstAt.get(name)! + 1} and ${i + 1}): which one holds the groups is unclear`,
        [name],
      )
    else firstAt.set(name, i)
  })
  const ids = ID_COLUMNS.filter((n) => firstAt.has(n))
  if (!ids.length)
    issue(
      'missing_id_column',
      header.starts[0]!,
      `the header has no id (or applicationId) column: rows cannot be joined to results${names.length === 1 && /[\t|]/.test(names[0]!) ? ' (the columns are separated by commas, or by semicolons)' : ''}`,
    )
  else if (ids.length > 1)
    issue(
      'duplicate_column',
      header.starts[firstAt.get(ids[1]!)!]!,
      'the header has both an id and an applicationId column: keep one',
      [ids[1]!],
    )
  const idAt = ids.length ? firstAt.get(ids[0]!)! : -1
  // Where each id was first listed, to name both lines when a later row says something else.
  const seen = new Map<string, CsvRecord>()
  for (const row of data) {
    if (row.cells.length !== names.length) {
      const short = row.cells.length < names.length
      issue(
        short ? 'short_row' : 'long_row',
        short ? row.end : row.starts[names.length]!,
        `this row has ${row.cells.length} cell${row.cells.length === 1 ? '' : 's'}, the header has ${names.length}: its values cannot be matched to columns${short ? ' (a missing cell would move the values after it into other columns)' : ''}`,
      )
      continue
    }
    if (idAt < 0) continue
    const id = row.cells[idAt]!.trim()
    if (id === '') {
      issue('empty_id', row.starts[idAt]!, 'this row has no application id: its groups cannot be joined to a result', [
        names[idAt]!,
      ])
      continue
    }
    const record: Record<string, string> = Object.create(null)
    names.forEach((name, i) => {
      const v = row.cells[i]!.trim()
      if (i !== idAt && v !== '' && name !== '' && firstAt.get(name) === i) record[name] = v
    })
    const earlier = seen.get(id)
    if (earlier) {
      const before = out.get(id)!
      const differ = names.filter(
        (name, i) => i !== idAt && firstAt.get(name) === i && (before[name] ?? '') !== (record[name] ?? ''),
      )
      if (differ.length) {
        const show = (r: Record<string, string>) => differ.map((n) => `${n} "${r[n] ?? ''}"`).join(', ')
        issue(
          'conflicting_id',
          row.starts[idAt]!,
          `the application "${id}" is listed on line ${positionOf(earlier.starts[0]!).line} and again here with other values (${show(before)} there, ${show(record)} here)`,
          [names[idAt]!],
        )
      }
      continue
    }
    seen.set(id, row)
    out.set(id, record)
  }
  // In file order, as a reader goes through the file (the quote problems were found first).
  if (issues.length)
    throw new DemographicsError(
      issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)),
    )
  return out
}

/** The bytes of a CSV file as UTF-8 text, or a {@link DemographicsError} saying to save it as UTF-8 (see decodeText). */
function decodeCsv(bytes: Uint8Array, file: string | undefined): string {
  try {
    return decodeText(bytes, file)
  } catch (e) {
    if (!(e instanceof CriteriaError)) throw e
    throw new DemographicsError(
      // Excel is where a demographics file most often comes from: the advice is Excel's.
      e.issues.map((i) => ({
        ...i,
        ...worded(i.code === 'not_utf8' ? 'not_utf8' : 'invalid_utf8', i.path, { ...i.params, excel: true }),
      })),
    )
  }
}
