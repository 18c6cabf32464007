import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../src/report/parse-csv'
import { growth, LINEAR } from '../helpers/growth'

// The oracle is the format itself: rows written as RFC 4180 CSV (quoted when they must be, or
// by chance; CRLF, LF or CR between records; a BOM and a final line break or not) read back as
// the same rows, each cell found where the writer put it.

const BREAKS = ['\r\n', '\n', '\r'] as const
const needsQuotes = (cell: string) => /[",\r\n]/.test(cell)

/** Line and column of `offset` in `text`, counting CRLF, LF and CR as one line break each (the BOM is no column). */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let start = text.startsWith('\uFEFF') ? 1 : 0
  for (let i = start; i < offset; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') continue
    if (text[i] === '\r' || text[i] === '\n') {
      line++
      start = i + 1
    }
  }
  return { line, column: offset - start + 1 }
}

const cellText = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\r', '\n', 'ö', '😀') }),
  fc.string(),
)
const csvCase = fc.record({
  rows: fc.array(fc.array(fc.record({ text: cellText, quote: fc.boolean() }), { minLength: 1, maxLength: 5 }), {
    minLength: 1,
    maxLength: 8,
  }),
  separator: fc.constantFrom(...BREAKS),
  bom: fc.boolean(),
  finalBreak: fc.boolean(),
})

/** Writes rows as CSV; returns the text and the offset where each cell starts. */
type CsvCase = typeof csvCase extends fc.Arbitrary<infer T> ? T : never
function write({ rows, separator, bom, finalBreak }: CsvCase) {
  let text = bom ? '\uFEFF' : ''
  const starts: number[][] = []
  rows.forEach((row, r) => {
    if (r > 0) text += separator
    starts.push([])
    row.forEach((cell, c) => {
      if (c > 0) text += ','
      starts[r]!.push(text.length)
      // A record that is one empty cell, last and with no line break after it, would be no record at all: quoted, it is one.
      const lonelyEmpty = row.length === 1 && cell.text === ''
      text += cell.quote || needsQuotes(cell.text) || lonelyEmpty ? `"${cell.text.replace(/"/g, '""')}"` : cell.text
    })
  })
  if (finalBreak) text += separator
  return { text, starts }
}

describe('parseCsv', () => {
  it('reads back any rows written as RFC 4180 CSV, each cell where it was written (property)', () => {
    fc.assert(
      fc.property(csvCase, (c) => {
        const { text, starts } = write(c)
        const { records, problems, positionOf } = parseCsv(text)
        expect(problems).toEqual([])
        expect(records.map((r) => r.cells)).toEqual(c.rows.map((row) => row.map((cell) => cell.text)))
        expect(records.map((r) => r.starts)).toEqual(starts)
        expect(records.map((r) => r.starts.map(positionOf))).toEqual(
          starts.map((row) => row.map((offset) => position(text, offset))),
        )
      }),
      { numRuns: 1500 },
    )
  })
  it('a stray quote in an unquoted cell is a problem at that quote, and the rows after it read as written (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.stringMatching(/^[a-z ]{1,6}$/), { minLength: 2, maxLength: 4 }), {
          minLength: 2,
          maxLength: 12,
        }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...BREAKS),
        (rows, pickRow, pickAt, separator) => {
          const r = pickRow % rows.length
          const cell = rows[r]![0]!
          const at = 1 + (pickAt % cell.length) // never first: a cell starting with a quote is a quoted cell
          const bad = rows.map((row, i) =>
            i === r ? [`${cell.slice(0, at)}"${cell.slice(at)}`, ...row.slice(1)] : row,
          )
          const text = bad.map((row) => row.join(',')).join(separator)
          const { records, problems } = parseCsv(text)
          expect(problems).toEqual([
            { code: 'invalid_quote', line: r + 1, column: at + 1, message: expect.any(String) },
          ])
          expect(records.map((x) => x.cells)).toEqual(bad)
        },
      ),
      { numRuns: 500 },
    )
  })
  it('an unclosed quote is a problem where it opens; text after a closing quote one at that quote', () => {
    expect(parseCsv('id,g\na,b\nc,"open\nd,e\n').problems).toEqual([
      { code: 'unclosed_quote', line: 3, column: 3, message: expect.stringContaining('never closed') },
    ])
    expect(parseCsv('id,g\na,"x\ny"z,w\n').problems).toEqual([
      { code: 'text_after_quote', line: 3, column: 2, message: expect.stringContaining('written twice') },
    ])
    expect(parseCsv('id,g\na, "b"\n').problems).toEqual([
      { code: 'invalid_quote', line: 2, column: 4, message: expect.stringContaining('space before the opening quote') },
    ])
  })
  // Hostile sizes live inside one cell (a row count grows the output, whose collection costs
  // more than the reading): doubling the cell at most about doubles the time.
  it.each([
    ['escaped quotes and line breaks in one quoted cell', (n: number) => `id,g\na,"${'""\r\n'.repeat(n)}"\n`, 50_000],
    ['stray quotes in one unquoted cell', (n: number) => `id,g\na,b${'"'.repeat(n)}\n`, 1_000_000],
    ['an unclosed quote before many lines', (n: number) => `id,g\na,"b\n${'c,d\n'.repeat(n)}`, 50_000],
  ])('%s: reading time grows linearly', (_name, make, from) => {
    const g = growth(
      (n) => {
        const text = make(n)
        return () => parseCsv(text)
      },
      [from, 2 * from, 4 * from, 8 * from],
      5,
    )
    expect(g.exponent, g.table).toBeLessThan(LINEAR)
  })
})
