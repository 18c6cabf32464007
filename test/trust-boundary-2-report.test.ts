import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable, Writable } from 'node:stream'
import { marked } from 'marked'
import { describe, expect, it } from 'vitest'
import { run } from '../src/cli/main'
import { DemographicsError } from '../src/errors'
import { formatSummaryHtml, formatSummaryMarkdown } from '../src/report/format-summary'
import { parseDemographicsCsv } from '../src/report/demographics-csv'
import { summarize, type ReportEntry } from '../src/report/summarize'
import { compileCriteria } from '../src/screen/compile-criteria'
import { cli } from './helpers/cli'
import { allTokens, blockShape, cellTexts, headings, plainNames, summaryOf } from './helpers/hostile-report'

// The trust boundary, round 2 (issue #20), the report's part: its inputs (a demographics CSV,
// results) and outputs (Markdown, HTML, JSON), item by item. Each test fails without its fix.

const dir = mkdtempSync(join(tmpdir(), 'autoscreen-tb2-'))
const file = (name: string, text: string) => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}
const screener = compileCriteria({
  id: 'job',
  version: 1,
  locale: 'en',
  job: { title: 'T', company: 'Acme', contact: { name: 'Ann', email: 'ann@acme.example' } },
  fields: { ok: { type: 'boolean', label: { en: 'ok' } } },
  criteria: [{ id: 'ok', rule: { var: 'ok' }, required: true, reason: { en: 'ok' } }],
  decision: { minScore: 0 },
})
const now = new Date('2026-11-20T12:00:00Z')
const result = (id: string, ok: boolean, source = 'web') =>
  screener.screen({ id, submittedAt: '2026-11-20T09:00:00+01:00', source, answers: { ok } }, { now }) as ReportEntry
const issues = (text: string) => {
  try {
    parseDemographicsCsv(text)
  } catch (e) {
    expect(e).toBeInstanceOf(DemographicsError)
    return (e as DemographicsError).issues.map((i) => ({
      code: i.code,
      line: i.line,
      column: i.column,
      message: i.message,
    }))
  }
  return []
}

describe('the report: inputs and outputs', () => {
  it('one stray quote in row 10 of a 2,000-row demographics CSV is a located error: no report on the rest as one group, exit 2', async () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => `a${i},${i % 2 ? 'woman' : 'man'}`)
    rows[9] = 'a9,"man' // row 10 (line 11): a quote opened and never closed
    rows[4] = 'a4,wo"man' // row 5 (line 6): a quote inside an unquoted cell
    const csv = file('groups.csv', `id,gender\n${rows.join('\n')}\n`)
    const results = file(
      'results.jsonl',
      Array.from({ length: 20 }, (_, i) => JSON.stringify(result(`a${i}`, i % 3 > 0))).join('\n'),
    )
    const r = await cli(['report', '--demographics', csv, results])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(
      /groups\.csv:6:6 {2}error {2}a quote inside a field that does not start with one.* {2}invalid_quote\n/,
    )
    expect(r.stderr).toMatch(
      /groups\.csv:11:4 {2}error {2}this quote opens a field that is never closed.* {2}unclosed_quote\n/,
    )
  })
  it('duplicated header names are an error', () => {
    expect(issues('id,gender,age,gender\na1,woman,30,man\n')).toEqual([
      {
        code: 'duplicate_column',
        line: 1,
        column: 15,
        message: expect.stringContaining('the column "gender" is named twice'),
      },
    ])
  })
  it('an id listed twice with conflicting values is an error naming both lines', () => {
    expect(issues('id,gender\na1,woman\na2,man\na1,man\n')).toEqual([
      {
        code: 'conflicting_id',
        line: 4,
        column: 1,
        message: expect.stringContaining('the application "a1" is listed on line 2 and again here with other values'),
      },
    ])
  })
  it('rows shorter than the header are reported, never shifted into other columns', () => {
    expect(issues('id,gender,age\na1,woman,30\na2,40\n')).toEqual([
      {
        code: 'short_row',
        line: 3,
        column: 6,
        message: expect.stringContaining('this row has 2 cells, the header has 3'),
      },
    ])
  })
  it('a cell with a newline adds no heading to the Markdown report', () => {
    const names = ['web\n# Hired: everyone', 'linkedin\r\n## Owned', 'x\u2028### too']
    const md = formatSummaryMarkdown(summaryOf(names))
    expect(blockShape(md)).toEqual(blockShape(formatSummaryMarkdown(summaryOf(plainNames(names.length)))))
    expect(headings(md)).not.toContain('Hired: everyone')
    expect(cellTexts(md, 'By source').map((row) => row[0])).toEqual([
      'linkedin ## Owned',
      'web # Hired: everyone',
      'x ### too',
    ])
  })
  it('a javascript: link in data is text in the Markdown report, never a link; the HTML report shows it as text too', () => {
    const names = [
      '[click](javascript:alert(1))',
      'javascript:alert(1)',
      '<a href="javascript:alert(1)">x</a>',
      'www.evil.example',
    ]
    const md = formatSummaryMarkdown(summaryOf(names))
    expect(allTokens(marked.lexer(md)).filter((t) => t.type === 'link' || t.type === 'html')).toEqual([])
    expect(marked.parse(md, { async: false })).not.toMatch(/<a\s/)
    expect(cellTexts(md, 'By source').map((row) => row[0])).toEqual([...names].sort((a, b) => a.localeCompare(b)))
    expect(formatSummaryHtml(summaryOf(names))).not.toMatch(/<a\s/)
  })
  it('a report over 100,000 distinct groups lists the 50 largest and adds up the rest as "other", with counts', () => {
    const n = 100_000
    const results = Array.from({ length: n }, (_, i) => result(`a${i}`, i % 2 === 0, `source ${i}`))
    // The 10 largest groups hold 10 applications each; every other application is a group of its own.
    const demographics = new Map(
      results.map((r, i) => [r.application.id, { group: i < 100 ? `big ${i % 10}` : `own ${i}` }]),
    )
    const s = summarize(results, { demographics })
    expect(Object.keys(s.bySource)).toHaveLength(50)
    expect(s.otherSources).toMatchObject({ groups: n - 50, applications: n - 50 })
    const a = s.adverseImpact[0]!
    expect(a.groups).toHaveLength(50)
    expect(a.groups.filter((g) => g.group.startsWith('big')).map((g) => g.screened)).toEqual(Array(10).fill(10))
    expect(a.other).toMatchObject({ groups: n - 100 - 40, screened: n - 100 - 40 })
    expect(a.groups.reduce((t, g) => t + g.screened, 0) + a.other!.screened).toBe(n)
    const md = formatSummaryMarkdown(s)
    expect(md.split('\n').length).toBeLessThan(250)
    expect(md).toContain(`| *${n - 50} other sources* | ${n - 50} |`)
    expect(md).toContain(`| *${n - 140} other groups* | ${n - 140} |`)
  })
  it('the report streams: reading 2N results keeps no more than reading N (results are counted, never held)', async () => {
    const gc = (globalThis as { gc?: () => void }).gc!
    const line = JSON.stringify({
      ...result('ID', true),
      message: { stage: 'passed', sendAt: '2026-11-20T10:00:00.000Z', slaBreached: false },
    })
    const total = 40_000
    const heap: number[] = []
    async function* lines() {
      for (let i = 1; i <= total; i++) {
        yield `${line.replace('"id":"ID"', `"id":"a${i}"`)}\n`
        // Live memory (after a collection) when 10,000, 20,000, … results have been read.
        if (i % 10_000 === 0) {
          await new Promise((r) => setImmediate(r))
          gc()
          heap.push(process.memoryUsage().heapUsed)
        }
      }
    }
    const out: string[] = []
    const stdout = new Writable({ write: (chunk, _enc, cb) => (out.push(String(chunk)), cb()) })
    const code = await run(['report', '--format', 'json', '-'], {
      stdout,
      stderr: new Writable({ write: (_c, _e, cb) => cb() }),
      stdin: Readable.from(lines()),
      env: {},
      cwd: process.cwd(),
      now: () => now,
    })
    expect(code).toBe(0)
    expect(JSON.parse(out.join('')).totals.applications).toBe(total)
    // A result held costs about 2 kB here; counted, it costs one number (its time to answer).
    const perResult = (heap.at(-1)! - heap[0]!) / (total - 10_000)
    expect(
      perResult,
      `heap after 10,000 … ${total} results: ${heap.map((h) => `${(h / 2 ** 20).toFixed(1)} MB`).join(', ')}`,
    ).toBeLessThan(100)
  })
})

describe('the demographics CSV as spreadsheets save it (the hostile review of #20)', () => {
  const bytes = (name: string, data: Uint8Array) => {
    const path = join(dir, name)
    writeFileSync(path, data)
    return path
  }
  const results = () =>
    file(
      'hr-results.jsonl',
      ['a1', 'a2', 'a3', 'a4'].map((id, i) => JSON.stringify(result(id, i % 2 === 0))).join('\n'),
    )
  const utf16 = (text: string, bom: boolean) => {
    const out = new Uint8Array((bom ? 2 : 0) + text.length * 2)
    if (bom) out.set([0xff, 0xfe])
    for (let i = 0; i < text.length; i++) out[(bom ? 2 : 0) + i * 2] = text.charCodeAt(i) // UTF-16LE, ASCII text
    return out
  }

  it('a Latin-1 CSV is a located error saying to save it as UTF-8, not a group "B�" and exit 0', async () => {
    const csv = bytes(
      'latin1.csv',
      new Uint8Array([...Buffer.from('id,grupp\na1,A\na2,B'), 0xe4, ...Buffer.from('\na3,C\n')]),
    )
    const r = await cli(['report', '--demographics', csv, results()])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).not.toContain('\uFFFD')
    expect(r.stderr).toMatch(
      /latin1\.csv:3:5 {2}error {2}the byte 0xE4 here is not UTF-8 text \(was the file saved as Latin-1 or Windows-1252\?\); save the file as UTF-8 \(in Excel: Save As > "CSV UTF-8"\) {2}invalid_utf8\n$/,
    )
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    // The library, given the bytes, says the same.
    expect(() =>
      parseDemographicsCsv(new Uint8Array([...Buffer.from('id,grupp\na1,B'), 0xe4]), { file: 'g.csv' }),
    ).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: 'invalid_utf8', file: 'g.csv', line: 2, column: 5 })],
      }),
    )
  })

  it('a UTF-16 CSV (with or without a byte-order mark) is one error saying to save it as UTF-8, not "no id column" and a bogus short row', async () => {
    for (const bom of [true, false]) {
      const csv = bytes(`utf16-${bom}.csv`, utf16('id,grupp\r\na1,A\r\na2,B\r\n', bom))
      const r = await cli(['report', '--demographics', csv, results()])
      expect(r.code).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toMatch(
        /^\S*utf16-(true|false)\.csv:1:1 {2}error {2}the file is saved as UTF-16 \(in Excel: "Unicode Text"\); save it as UTF-8 \(in Excel: Save As > "CSV UTF-8"\) {2}not_utf8\n$/,
      )
      expect(r.stderr).not.toMatch(/missing_id_column|short_row/)
    }
  })

  it('a semicolon-separated CSV (Swedish Excel\'s "CSV (semikolonavgränsad)") is read by its header line', async () => {
    // Quoted values may hold the separator; a decimal comma in a value is a value.
    const text = '\uFEFFid;kön;ålder\r\na1;kvinna;"30; 40"\r\na2;man;2,5\r\n"a3";"kvinna";\r\na4;man;50\r\n'
    expect([...parseDemographicsCsv(text).entries()]).toEqual([
      ['a1', { kön: 'kvinna', ålder: '30; 40' }],
      ['a2', { kön: 'man', ålder: '2,5' }],
      ['a3', { kön: 'kvinna' }],
      ['a4', { kön: 'man', ålder: '50' }],
    ])
    const r = await cli(['report', '--format', 'json', '--demographics', file('semikolon.csv', text), results()])
    expect([r.code, r.stderr]).toEqual([0, ''])
    const gender = JSON.parse(r.stdout).adverseImpact.find((a: { column: string }) => a.column === 'kön')
    expect(gender.groups.map((g: { group: string; screened: number }) => [g.group, g.screened]).sort()).toEqual([
      ['kvinna', 2],
      ['man', 2],
    ])
    // A header with commas stays comma-separated, semicolons in its values and all; so does one with both.
    expect([...parseDemographicsCsv('id,note\na1,x;y\n').entries()]).toEqual([['a1', { note: 'x;y' }]])
    expect([...parseDemographicsCsv('id,"a;b"\na1,x\n').entries()]).toEqual([['a1', { 'a;b': 'x' }]])
    expect([...parseDemographicsCsv('id;"a,b"\na1;x\n').entries()]).toEqual([['a1', { 'a,b': 'x' }]])
    // A tab-separated file (Excel's "Text (tab-delimited)") is neither: the message says which separators are read.
    expect(issues('id\tgrupp\na1\tA\n')).toEqual([
      {
        code: 'missing_id_column',
        line: 1,
        column: 1,
        message:
          'the header has no id (or applicationId) column: rows cannot be joined to results (the columns are separated by commas, or by semicolons)',
      },
    ])
    // A row of a semicolon file is still checked against the header.
    expect(issues('id;grupp\na1;A;B\n')).toEqual([
      {
        code: 'long_row',
        line: 2,
        column: 6,
        message: expect.stringContaining('this row has 3 cells, the header has 2'),
      },
    ])
  })
})
