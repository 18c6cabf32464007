import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from '../helpers/cli'

// A batch with 5% broken lines of sixteen kinds, blank lines, CRLF endings and lone \r inside
// lines: every line ends as exactly one result or one error naming its line (blank lines
// aside), and nothing else is lost. AUTOSCREEN_LONG=1 runs 100,000 lines.
const LINES = process.env.AUTOSCREEN_LONG ? 100_000 : 5_000
const MAX_LINE = 10_000

const good = (i: number) =>
  JSON.stringify({
    id: `a${i}`,
    submittedAt: '2026-11-20T10:00:00+01:00',
    answers: { workPermit: i % 3 !== 0, experienceYears: i % 7, skills: ['React'], englishLevel: 'C1' },
  })
const BROKEN: ((i: number) => string)[] = [
  () => 'this is not JSON',
  (i) => `{"id":"b${i}","submittedAt":"2026-11-20T10:00:00+01:00",`,
  (i) => `[{"id":"b${i}","submittedAt":"2026-11-20T10:00:00+01:00"`,
  () => '[1,2]',
  () => '42',
  () => '"an application"',
  () => 'null',
  () => '{"submittedAt":"2026-11-20T10:00:00+01:00","answers":{}}',
  () => '{"id":"","submittedAt":"2026-11-20T10:00:00+01:00"}',
  (i) => `{"id":"b${i}","answers":{}}`,
  (i) => `{"id":"b${i}","submittedAt":"2026-02-30T10:00:00+01:00"}`,
  (i) => `{"id":"b${i}","submittedAt":"2026-11-20T10:00:00+01:00","answers":[1]}`,
  () => '{"id":"b\\ud800","submittedAt":"2026-11-20T10:00:00+01:00"}',
  () => `{"id":"${'x'.repeat(MAX_LINE + 1)}"}`,
  (i) => `{"id":"b${i}\u0000","submittedAt":"2026-11-20T10:00:00+01:00"}`,
  (i) => `{"id":"b${i}","submittedAt":"2026-11-20T10:00:00+01:00",}`,
]

describe(`a batch of ${LINES.toLocaleString('en')} lines with 5% broken lines of ${BROKEN.length} kinds`, () => {
  it('accounts for every line: results + errors + blank = lines, errors at their own line numbers', async () => {
    const lines: string[] = []
    const broken = new Map<number, number>() // line number -> kind
    let blank = 0
    for (let n = 1; n <= LINES; n++) {
      if (n % 20 === 7) {
        const kind = broken.size % BROKEN.length
        broken.set(n, kind)
        lines.push(BROKEN[kind]!(n))
      } else if (n % 97 === 0) {
        blank++
        lines.push(n % 2 ? '' : '   ')
      } else if (n % 89 === 0)
        lines.push(good(n).replace(',"answers"', ',\r"answers"')) // a lone \r inside a line
      else lines.push(good(n))
    }
    // CRLF endings on half the file, LF on the rest.
    const text = lines.map((l, i) => (i < LINES / 2 ? `${l}\r\n` : `${l}\n`)).join('')
    const file = join(mkdtempSync(join(tmpdir(), 'autoscreen-batch-')), 'batch.jsonl')
    writeFileSync(file, text)
    const r = await cli([
      'screen',
      '--criteria',
      'rules/frontend-developer.yaml',
      '--now',
      'arrival',
      '--max-line',
      String(MAX_LINE),
      file,
    ])
    expect(r.code).toBe(1)
    const results = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { application: { id: string } })
    const errors = r.stderr.trim().split('\n')
    const errorLines = errors.map((e) => Number(/^[^:]+:(\d+):1 {2}error/.exec(e)?.[1]))
    expect(results.length + errors.length + blank).toBe(LINES)
    expect(errorLines).toEqual([...broken.keys()])
    expect(new Set(broken.values()).size).toBe(BROKEN.length)
    // Every good line's application came out, in order.
    const ids = [...Array(LINES).keys()]
      .map((i) => i + 1)
      .filter((n) => !broken.has(n) && n % 97 !== 0)
      .map((n) => `a${n}`)
    expect(results.map((x) => x.application.id)).toEqual(ids)
  })
})
