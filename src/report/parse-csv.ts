import { lineAndColumn } from '../criteria/line-and-column.js'
// A strict RFC 4180 reader. Lenient readers guess at a stray quote, and one guess can turn the
// rest of a file into a single value that still parses; here every departure from the format is
// an issue located where the bad quote is, and reading goes on where it can so that all of
// them are reported at once.

/** Where a cell or a problem is: 1-based physical line and column (UTF-16 units, as editors count). */
export interface CsvPosition {
  line: number
  column: number
}

/**
 * One record: its cells as written (quotes removed, "" made "), and the offsets in the text
 * where each cell starts and where the record ends (its line break, or the end of the text).
 * Offsets, not positions: a file of 100,000 rows allocates no object per cell;
 * `positionOf` turns one into a line and column when a problem needs it.
 */
export interface CsvRecord {
  cells: string[]
  starts: number[]
  end: number
}

/** A departure from RFC 4180. */
export interface CsvProblem extends CsvPosition {
  code: 'invalid_quote' | 'unclosed_quote' | 'text_after_quote'
  message: string
}

const QUOTE = 0x22
const COMMA = 0x2c
const SEMICOLON = 0x3b
const CR = 0x0d
const LF = 0x0a

/** The separators a CSV file may use: the comma of RFC 4180, or the semicolon of Excel where the decimal mark is a comma ("CSV (semikolonavgränsad)"). */
export type CsvDelimiter = ',' | ';'

/**
 * The separator of a CSV text, decided by its header line (its first record): semicolons and
 * no comma outside quotes mean `;`; anything else is `,`. The header holds column names, not
 * numbers, so a decimal comma there says nothing, and one line decides for the whole file:
 * a row never changes how the file is read.
 */
export function csvDelimiter(text: string): CsvDelimiter {
  let commas = 0
  let semicolons = 0
  let quoted = false
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === QUOTE)
      quoted = !quoted // a doubled quote flips twice
    else if (quoted) continue
    else if (c === CR || c === LF) {
      // A blank first line is no header yet.
      if (commas || semicolons || text.slice(0, i).trim()) break
    } else if (c === COMMA) commas++
    else if (c === SEMICOLON) semicolons++
  }
  return semicolons > 0 && commas === 0 ? ';' : ','
}

/**
 * Reads CSV text: comma-separated (or semicolon-separated, with `delimiter: ';'`), fields
 * optionally in double quotes (a quote inside one written twice), records ended by CRLF, LF
 * or a lone CR, an optional byte-order mark and final line break. A quote inside an unquoted
 * field, text after a closing quote and a quote never closed are problems; the first two are
 * read as literal text so that reading goes on, an unclosed quote ends the text.
 */
export function parseCsv(
  text: string,
  delimiter: CsvDelimiter = ',',
): { records: CsvRecord[]; problems: CsvProblem[]; positionOf: (offset: number) => CsvPosition } {
  const SEPARATOR = delimiter === ';' ? SEMICOLON : COMMA
  const records: CsvRecord[] = []
  const problems: CsvProblem[] = []
  const n = text.length
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let line = 1
  let lineStart = i // the BOM is no column: editors do not show it
  // Where each physical line starts, for positionOf.
  const lineStarts = [i]
  const at = (index: number): CsvPosition => ({ line, column: index - lineStart + 1 })
  const newLine = (start: number) => {
    line++
    lineStart = start
    lineStarts.push(start)
  }
  while (i < n) {
    const record: CsvRecord = { cells: [], starts: [], end: i }
    for (;;) {
      const start = i
      let value: string
      if (text.charCodeAt(i) === QUOTE) {
        const open = at(i)
        // Find the closing quote first, then take the cell in one slice: one string per cell,
        // however many doubled quotes it holds.
        let j = i + 1
        let closed = -1
        let doubled = false
        while (j < n) {
          const c = text.charCodeAt(j)
          if (c === QUOTE) {
            if (text.charCodeAt(j + 1) === QUOTE) {
              doubled = true
              j += 2
              continue
            }
            closed = j
            break
          }
          if (c === CR || c === LF) {
            j += c === CR && text.charCodeAt(j + 1) === LF ? 2 : 1
            newLine(j)
          } else j++
        }
        // split and join, not replaceAll: linear here, where Node 20's replaceAll is not.
        const unquote = (raw: string) => (doubled ? raw.split('""').join('"') : raw)
        if (closed < 0) {
          problems.push({
            code: 'unclosed_quote',
            ...open,
            message: 'this quote opens a field that is never closed: everything after it would be read as one value',
          })
          value = unquote(text.slice(i + 1, n))
          i = n
        } else {
          value = unquote(text.slice(i + 1, closed))
          i = closed + 1
          const c = text.charCodeAt(i)
          if (i < n && c !== SEPARATOR && c !== CR && c !== LF) {
            problems.push({
              code: 'text_after_quote',
              ...at(closed),
              message: 'text after the closing quote of a field: a quote inside a quoted field is written twice ("")',
            })
            const end = fieldEnd(text, i, SEPARATOR)
            value += text.slice(closed, end)
            i = end
          }
        }
      } else {
        const end = fieldEnd(text, i, SEPARATOR)
        value = text.slice(i, end)
        const q = value.indexOf('"')
        if (q >= 0) {
          const spaces = value.slice(0, q).trim() === ''
          problems.push({
            code: 'invalid_quote',
            ...at(i + q),
            message: spaces
              ? `a space before the opening quote: a quoted field starts with the quote, right after the ${delimiter === ';' ? 'semicolon' : 'comma'}`
              : 'a quote inside a field that does not start with one: put the whole field in quotes and write the quote twice ("")',
          })
        }
        i = end
      }
      record.cells.push(value)
      record.starts.push(start)
      if (i >= n) {
        record.end = n
        break
      }
      if (text.charCodeAt(i) === SEPARATOR) {
        i++
        continue
      }
      record.end = i
      i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1
      newLine(i)
      break
    }
    records.push(record)
  }
  const positionOf = (offset: number): CsvPosition => lineAndColumn(lineStarts, offset)
  return { records, problems, positionOf }
}

/** The index of the separator or line break that ends an unquoted field (or the end of the text). */
function fieldEnd(text: string, from: number, separator: number): number {
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j)
    if (c === separator || c === CR || c === LF) return j
  }
  return text.length
}
