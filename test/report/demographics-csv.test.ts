import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DemographicsError, type DemographicsIssue } from '../../src/errors'
import { parseDemographicsCsv } from '../../src/report/demographics-csv'

/** The issues a text raises, or [] when it parses. */
function issuesOf(
  text: string,
): { code: DemographicsIssue['code']; line: number | undefined; column: number | undefined }[] {
  try {
    parseDemographicsCsv(text, { file: 'groups.csv' })
    return []
  } catch (e) {
    expect(e).toBeInstanceOf(DemographicsError)
    for (const i of (e as DemographicsError).issues) expect(i.file).toBe('groups.csv')
    return (e as DemographicsError).issues.map(({ code, line, column }) => ({ code, line, column }))
  }
}
const messageOf = (text: string): string => {
  try {
    parseDemographicsCsv(text)
  } catch (e) {
    return (e as DemographicsError).issues.map((i) => i.message).join('\n')
  }
  throw new Error('no issue')
}

describe('parseDemographicsCsv', () => {
  it('reads back any table written as RFC 4180 CSV (commas, quotes, line breaks in values; CRLF or LF), and the same table with one stray quote is an error at that quote (property)', () => {
    const value = fc.string({ unit: fc.constantFrom('a', 'B', 'ö', ' ', ',', '"', '\n', '\r\n') })
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{2,8}$/), { minLength: 1, maxLength: 20 }),
        fc.array(value, { minLength: 40, maxLength: 40 }),
        fc.constantFrom('\n', '\r\n'),
        fc.nat(),
        (ids, values, eol, pick) => {
          const quote = (s: string) => `"${s.replace(/"/g, '""')}"`
          const rows = ids.map((id, i) => [id, values[2 * i]!, values[2 * i + 1]!])
          const lines = ['id,gender,"age, band"', ...rows.map(([id, a, b]) => [id, quote(a!), quote(b!)].join(','))]
          const text = lines.join(eol) + eol
          const expected = new Map(
            rows.map(([id, a, b]) => [
              id!,
              Object.fromEntries(
                [
                  ['gender', a!.trim()],
                  ['age, band', b!.trim()],
                ].filter(([, v]) => v !== ''),
              ),
            ]),
          )
          expect(new Map([...parseDemographicsCsv(text)].map(([k, v]) => [k, { ...v }]))).toEqual(expected)
          // A quote after the first character of one id: its physical line is 1 + the line breaks before it.
          const r = 1 + (pick % rows.length)
          const before = lines.slice(0, r).join(eol) + eol
          const broken = `${before}${lines[r]!.slice(0, 1)}"${lines[r]!.slice(1)}${eol}${lines.slice(r + 1).join(eol)}`
          expect(issuesOf(broken)).toEqual([
            { code: 'invalid_quote', line: 1 + before.split(/\r\n|\n/).length - 1, column: 2 },
          ])
        },
      ),
      { numRuns: 300 },
    )
  })
  it('a quote inside an unquoted cell is an error at that quote, whatever the rows after it hold', () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => `a-${i},${i % 2 ? 'woman' : 'man'}`)
    rows[9] = 'a-9,wo"man' // the 10th data row: line 11
    expect(issuesOf(`id,gender\n${rows.join('\n')}\n`)).toEqual([{ code: 'invalid_quote', line: 11, column: 7 }])
    expect(issuesOf('id,gender\na-1, "woman"\n')).toEqual([{ code: 'invalid_quote', line: 2, column: 6 }])
    expect(messageOf('id,gender\na-1, "woman"\n')).toContain('space before the opening quote')
  })
  it('an unclosed quote is an error where it opens; text after a closing quote one at that quote', () => {
    // Everything after it is one cell: no figure is computed on what that would make of the file.
    expect(issuesOf('id,gender\na-1,woman\na-2,"man\na-3,woman\n')).toEqual([
      { code: 'unclosed_quote', line: 3, column: 5 },
    ])
    expect(issuesOf('id,gender\na-1,"wo\nman"x\n')).toEqual([{ code: 'text_after_quote', line: 3, column: 4 }])
  })
  it('a row with fewer or more cells than the header is an error naming its line, never a shift into other columns', () => {
    expect(issuesOf('id,gender,age\na-1,woman,30\na-2,40\na-3,man,50,x\n')).toEqual([
      { code: 'short_row', line: 3, column: 7 },
      { code: 'long_row', line: 4, column: 12 },
    ])
    expect(messageOf('id,gender,age\na-2,40\n')).toContain('this row has 2 cells, the header has 3')
  })
  it('a column named twice, a column without a name, no id column, or both id and applicationId: errors in the header', () => {
    expect(issuesOf('id,gender,age,gender\n')).toEqual([{ code: 'duplicate_column', line: 1, column: 15 }])
    expect(messageOf('id,gender,age,gender\n')).toContain('the column "gender" is named twice (columns 2 and 4)')
    expect(issuesOf('id,gender,,age\n')).toEqual([{ code: 'empty_column', line: 1, column: 11 }])
    expect(issuesOf('name,gender\nx,y\n')).toEqual([{ code: 'missing_id_column', line: 1, column: 1 }])
    expect(issuesOf('id,applicationId,gender\n')).toEqual([{ code: 'duplicate_column', line: 1, column: 4 }])
  })
  it('an id listed twice: the same values are read once, different values are an error naming both lines', () => {
    expect(Object.fromEntries(parseDemographicsCsv('id,gender\na-1,woman\na-2,man\na-1, woman\n'))).toEqual({
      'a-1': { gender: 'woman' },
      'a-2': { gender: 'man' },
    })
    expect(issuesOf('id,gender\na-1,woman\na-2,man\na-1,man\n')).toEqual([
      { code: 'conflicting_id', line: 4, column: 1 },
    ])
    expect(messageOf('id,gender\na-1,woman\na-2,man\na-1,man\n')).toContain(
      'the application "a-1" is listed on line 2 and again here with other values (gender "woman" there, gender "man" here)',
    )
  })
  it('a row without an id, and an empty file, are errors; blank rows are skipped', () => {
    expect(issuesOf('id,gender\n,woman\n')).toEqual([{ code: 'empty_id', line: 2, column: 1 }])
    expect(issuesOf('')).toEqual([{ code: 'empty_file', line: 1, column: 1 }])
    expect(issuesOf('\uFEFF\r\n\r\n')).toEqual([{ code: 'empty_file', line: 1, column: 1 }])
    expect(Object.fromEntries(parseDemographicsCsv('id,gender\n\na-1,woman\n,\n\n'))).toEqual({
      'a-1': { gender: 'woman' },
    })
  })
  it('every problem is reported at once, in file order', () => {
    expect(issuesOf('id,gender,gender\na-1,x\n"a-2,y\n').map((i) => [i.code, i.line])).toEqual([
      ['duplicate_column', 1],
      ['short_row', 2],
      ['unclosed_quote', 3],
      ['short_row', 4],
    ])
  })
})
