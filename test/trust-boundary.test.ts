import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { Writable } from 'node:stream'
import { describe, expect, inject, it } from 'vitest'
import { run } from '../src/cli/main'
import { canonicalJson } from '../src/criteria/canonical-json'
import { ApplicationError, CriteriaError, ScreeningError } from '../src/errors'
import { lintCriteria } from '../src/lint/lint-criteria'
import { renderMessage } from '../src/messages/render-message'
import { parseDemographicsCsv, summarize } from '../src/report/summarize'
import { deliveryPolicy, planDelivery } from '../src/schedule/plan-delivery'
import { compileCriteria } from '../src/screen/compile-criteria'
import { loadCriteriaText } from '../src/screen/load-criteria'
import { loadCriteria } from '../src/node/load-criteria'
import { readApplications, type BatchEntry } from '../src/screen/read-applications'
import { cli } from './helpers/cli'

// The trust boundary, item by item: every hostile or broken input ends as a typed error or a
// safe status, the process alive and nothing lost (issue: "The trust boundary"). Each test
// fails without its fix.

const root = resolve(__dirname, '..')
const hostile = join(__dirname, 'fixtures/hostile')
const now = new Date('2026-11-23T10:00:00Z')
const header = (extra = '') => `id: hostile
version: 1
locale: en
job:
  title: Tester
  company: Acme
  contact: { name: Ann, email: ann@acme.example }
${extra}`
const criteria = (
  rule: string,
  fields = 'x: { type: number, label: { en: x } }\n  s: { type: list, label: { en: s } }\n  b: { type: boolean, label: { en: b } }',
  extra = '',
) =>
  `${header(extra)}fields:\n  ${fields}\ncriteria:\n  - { id: c, rule: ${rule}, required: true, reason: { en: a requirement } }\n`
const issuesOf = (text: string) => {
  try {
    loadCriteriaText(text, { file: 'hostile.yaml' })
    return []
  } catch (e) {
    expect(e).toBeInstanceOf(CriteriaError)
    return (e as CriteriaError).issues
  }
}
const read = async (text: string, options = {}) => {
  const out: BatchEntry[] = []
  for await (const e of readApplications(text, options)) out.push(e)
  return out
}
const app = (id: string, answers: unknown = { x: 1 }) =>
  JSON.stringify({ id, submittedAt: '2026-11-20T10:00:00+01:00', answers })

describe('lost or wrong results', () => {
  it('a cut-off line starting with [ is one error: every following line is still read', async () => {
    const lines = [app('a'), '[{"id":"b","submittedAt":"2026-11-20T10:00:00+01:00"', app('c'), app('d')]
    const got = await read(lines.join('\n'))
    expect(got.map((e) => [e.line, e.ok])).toEqual([
      [1, true],
      [2, false],
      [3, true],
      [4, true],
    ])
  })
  it('a lone \\r inside a line is part of the line: later line numbers do not shift; CRLF endings are fine', async () => {
    const got = await read(
      [app('a'), '{"id":"b",\r"submittedAt":"2026-11-20T10:00:00+01:00"}', 'not json', app('d')].join('\r\n'),
    )
    expect(got.map((e) => [e.line, e.ok])).toEqual([
      [1, true],
      [2, true],
      [3, false],
      [4, true],
    ])
  })
  it('bytes split inside a character, a BOM, and no final newline read correctly', async () => {
    const bytes = new TextEncoder().encode(`\uFEFF${app('ö', { x: 1 })}\n${app('å')}`)
    const chunks = [bytes.slice(0, 10), bytes.slice(10, 11), bytes.slice(11)] // "ö" is two bytes around offset 10
    const got: BatchEntry[] = []
    for await (const e of readApplications(
      (async function* () {
        yield* chunks
      })(),
    ))
      got.push(e)
    expect(got.map((e) => e.ok && e.application.id)).toEqual(['ö', 'å'])
  })
  it('a submittedAt without an offset is read in the job time zone by screen() and planDelivery() alike, whatever the server TZ', async () => {
    const screener = compileCriteria(await loadCriteria(join(root, 'rules/frontend-developer.yaml')))
    const plans = ['UTC', 'America/New_York', 'Asia/Tokyo'].map((zone) => {
      const saved = process.env.TZ
      process.env.TZ = zone
      try {
        const result = screener.screen({ id: 'a', submittedAt: '2026-11-20T09:14', answers: {} }, { now: 'arrival' })
        return [
          result.audit.evaluatedAt,
          planDelivery(result, deliveryPolicy(screener.criteria), { now: new Date(result.audit.evaluatedAt) }).sendAt,
        ]
      } finally {
        if (saved === undefined) delete process.env.TZ
        else process.env.TZ = saved
      }
    })
    expect(new Set(plans.map((p) => p.join(' '))).size).toBe(1)
    expect(plans[0]![0]).toBe('2026-11-20T08:14:00.000Z')
  })
  it('an impossible date in a criteria file (a holiday, a bound) is a located error', () => {
    const text =
      criteria(
        '{ var: b }',
        'b: { type: boolean, label: { en: b } }\n  d: { type: date, min: 2026-02-30, label: { en: d } }',
      ) + 'delivery:\n  holidays: [2026-12-24, 2026-02-31]\n'
    expect(issuesOf(text).map((i) => [i.line, i.message])).toEqual([
      [10, expect.stringContaining('"2026-02-30" is not a date: February 2026 has 28 days')],
      [14, expect.stringContaining('"2026-02-31" is not a date: February 2026 has 28 days')],
    ])
  })
  it('an impossible --now (2026-02-30) is a usage error, not March 2', async () => {
    const r = await cli([
      'screen',
      '--criteria',
      'rules/frontend-developer.yaml',
      '--now',
      '2026-02-30T10:00:00',
      'examples/applications/frontend-developer.jsonl',
    ])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--now must be a real ISO 8601 date-time')
  })
  it('a source named __proto__ is a source: nothing is written onto Object.prototype and no application is lost', async () => {
    const screener = compileCriteria(loadCriteriaText(criteria('{ var: b }')))
    const results = ['__proto__', '__proto__', 'constructor', 'web'].map((source, i) =>
      screener.screen({ id: `a${i}`, submittedAt: '2026-11-20T10:00:00+01:00', source, answers: { b: true } }, { now }),
    )
    const s = summarize(results)
    expect(Object.entries(s.bySource).map(([k, v]) => [k, v.applications])).toEqual([
      ['__proto__', 2],
      ['constructor', 1],
      ['web', 1],
    ])
    expect(({} as Record<string, unknown>).applications).toBeUndefined()
  })
  it('a demographics column named constructor, with an empty cell, does not crash the report', () => {
    const demo = parseDemographicsCsv('id,constructor,gender\na0,,woman\na1,x,\n')
    const screener = compileCriteria(loadCriteriaText(criteria('{ var: b }')))
    const results = ['a0', 'a1'].map((id) =>
      screener.screen({ id, submittedAt: '2026-11-20T10:00:00+01:00', answers: { b: true } }, { now }),
    )
    const s = summarize(results, { demographics: demo })
    expect(s.adverseImpact.map((a) => [a.column, a.groups.map((g) => g.group), a.unknown])).toEqual([
      ['constructor', ['x'], 1],
      ['gender', ['woman'], 1],
    ])
  })
})

describe('hangs and crashes', () => {
  // Nested `some` over a list that doubles 16 times in a `reduce`: 65,536² steps.
  const doubling = {
    reduce: [Array.from({ length: 16 }, (_, i) => i), { merge: [{ var: 'accumulator' }, { var: 'accumulator' }] }, [1]],
  }
  const hang = { and: [{ var: 'b' }, { some: [doubling, { some: [doubling, { '==': [{ var: '' }, 2] }] }] }] }
  it.each([false, true])(
    'a rule that would run for hours ends in an error status for that criterion (jitless: %s)',
    (jitless) => {
      const screener = compileCriteria(loadCriteriaText(criteria(JSON.stringify(hang))), { engine: { jitless } })
      const r = screener.screen({ id: 'a', submittedAt: '2026-11-20T10:00:00+01:00', answers: { b: true } }, { now })
      expect(r.outcome).toBe('review')
      expect(r.criteria[0]).toMatchObject({ status: 'error', problem: { code: 'limit_steps' } })
    },
  )
  it('the step budget is per engine', () => {
    const screener = compileCriteria(
      loadCriteriaText(criteria('{ some: [{ var: s }, { "==": [{ var: "" }, "x"] }] }')),
      { engine: { limits: { maxSteps: 3 } } },
    )
    expect(
      screener.screen(
        { id: 'a', submittedAt: '2026-11-20T10:00:00+01:00', answers: { s: ['a', 'b', 'c', 'x'] } },
        { now },
      ).criteria[0]!.status,
    ).toBe('error')
    expect(
      screener.screen({ id: 'a', submittedAt: '2026-11-20T10:00:00+01:00', answers: { s: ['a', 'x'] } }, { now })
        .criteria[0]!.status,
    ).toBe('met')
  })
  it('cyclic answers are an invalid application, and a cyclic value has no canonical JSON', () => {
    const screener = compileCriteria(loadCriteriaText(criteria('{ var: b }')))
    const answers: Record<string, unknown> = { b: true }
    answers.self = { inner: answers }
    expect(() => screener.screen({ id: 'a', submittedAt: '2026-11-20T10:00:00+01:00', answers }, { now })).toThrow(
      ApplicationError,
    )
    expect(() => canonicalJson(answers)).toThrow(ScreeningError)
    const shared = { x: 1 }
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}')
  })
  it('a reader that goes away (EPIPE) ends the run quietly, in process', async () => {
    let writes = 0
    const stdout = new Writable({
      write(_chunk, _enc, cb) {
        if (++writes > 1) {
          const e = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })
          cb(e)
        } else cb()
      },
    })
    stdout.on('error', () => {}) // what Node's own stdout has: the error is reported, not thrown
    const code = await run(
      ['screen', '--criteria', 'rules/frontend-developer.yaml', 'examples/applications/frontend-developer.jsonl'],
      {
        stdout,
        stderr: new Writable({ write: (_c, _e, cb) => cb() }),
        stdin: process.stdin,
        env: {},
        cwd: root,
        now: () => now,
      },
    )
    expect(code).toBe(0)
  })
  it('`autoscreen screen … | head -2` exits 0 with no stack trace, in every output mode', () => {
    const big = join(mkdtempSync(join(tmpdir(), 'autoscreen-pipe-')), 'many.jsonl')
    writeFileSync(big, Array.from({ length: 3_000 }, (_, i) => app(`a${i}`, { workPermit: true })).join('\n'))
    for (const format of ['jsonl', 'json', 'table']) {
      const out = execFileSync(
        'bash',
        [
          '-c',
          `set -o pipefail; node ${JSON.stringify(inject('cliBundle'))} screen --criteria rules/frontend-developer.yaml --format ${format} ${big} 2>&1 | head -2 > /dev/null; echo "exit=\${PIPESTATUS[0]}"`,
        ],
        { cwd: root, encoding: 'utf8' },
      )
      expect(out.trim(), format).toBe('exit=0')
    }
  })
  it('absolute folder paths work for validate, lint and test', async () => {
    for (const command of ['validate', 'lint', 'test']) {
      const r = await cli([command, join(root, 'rules')])
      expect(r.code, `${command}: ${r.stderr}`).toBe(0)
    }
  })
  it('YAML nested 10,000 deep is a located "nested too deep" error, not a stack overflow', () => {
    const issues = issuesOf(`${header()}rule: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`)
    expect(issues).toEqual([expect.objectContaining({ code: 'too_deep', line: 8, file: 'hostile.yaml' })])
    expect(issues[0]!.message).not.toContain('call stack')
  })
})

describe('templates are checked statically at load, with file and line', () => {
  const cases: [string, string][] = [
    ['{{{candidate.firstName}}}', 'print without escaping'],
    ['{{& job.title}}', 'print without escaping'],
    ['{{> footer}}', 'partials'],
    ['{{#> layout}}x{{/layout}}', 'partials'],
    ['{{#*inline "footer"}}x{{/inline}}', 'inline partials and decorators'],
    ['{{* decorator}}', 'inline partials and decorators'],
    ['{{log job.title}}', 'the "log" helper is not allowed'],
    ['{{lookup job "title"}}', 'the "lookup" helper is not allowed'],
    ['{{#repeat 3}}x{{/repeat}}', 'unknown block {{#repeat}}'],
    ['{{helperMissing job}}', 'unknown helper "helperMissing"'],
    ['{{job.salary}}', 'a message has no variable "job.salary"'],
    ['{{candidate.fistName}}', 'did you mean "candidate.firstName"?'],
  ]
  const dir = mkdtempSync(join(tmpdir(), 'autoscreen-templates-'))
  it.each(cases)('%s', async (body, message) => {
    const template = join(dir, `t${cases.findIndex((c) => c[0] === body)}.hbs`)
    writeFileSync(template, `Subject {{job.title}}\n\nHello,\n\n${body}\n`)
    const file = join(dir, `c${cases.findIndex((c) => c[0] === body)}.yaml`)
    writeFileSync(
      file,
      `${criteria('{ var: b }')}messages:\n  templates:\n    rejected: { en: ${JSON.stringify(basename(template))} }\n`,
    )
    const e = await loadCriteria(file).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(CriteriaError)
    expect((e as CriteriaError).issues[0]).toMatchObject({ file: template, line: 5, code: 'template_invalid' })
    expect((e as CriteriaError).issues[0]!.message).toContain(message)
  })
  it('a greeting that would read "Dear ," loads with a warning that says how to guard it', async () => {
    const template = join(dir, 'dear.hbs')
    writeFileSync(template, 'Your application for {{job.title}}\n\nDear {{candidate.firstName}},\n')
    const file = join(dir, 'dear.yaml')
    writeFileSync(
      file,
      `${criteria('{ var: b }')}messages:\n  templates:\n    rejected: { en: ${JSON.stringify(basename(template))} }\n`,
    )
    const doc = await loadCriteria(file)
    expect(doc.warnings).toEqual([
      expect.objectContaining({ severity: 'warning', file: template, line: 3, code: 'template_warning' }),
    ])
    const r = await cli(['validate', file])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('{{#if candidate.firstName}}')
  })
  it("a message that cannot be planned for one application is that line's error: the batch goes on, every result kept", async () => {
    const input = [app('a1'), app('a2'), app('a3')].join('\n')
    const r = await cli(['screen', '--criteria', join(hostile, 'holidays.yaml'), '--messages', '-'], { stdin: input })
    expect(r.code).toBe(1)
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).application.id),
    ).toEqual(['a1', 'a2', 'a3'])
    expect(
      r.stderr.match(
        /<stdin>:\d:1 {2}error {2}the message could not be rendered: the delivery policy has no working time/g,
      ),
    ).toHaveLength(3)
  })
})

describe('values that reach candidates', () => {
  const withUrl = (url: string) =>
    criteria('{ var: b }').replace(
      'contact: { name: Ann, email: ann@acme.example }\n',
      `contact: { name: Ann, email: ann@acme.example }\n  url: "${url}"\n`,
    )
  it.each(['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd'])(
    'job.url %s is a load error',
    (url) => {
      expect(issuesOf(withUrl(url))).toEqual([expect.objectContaining({ code: 'unsafe_url', line: 8 })])
    },
  )
  it('http is a warning, https and mailto are fine', () => {
    expect(loadCriteriaText(withUrl('http://acme.example')).warnings).toEqual([
      expect.objectContaining({ code: 'insecure_url', severity: 'warning' }),
    ])
    expect(loadCriteriaText(withUrl('https://acme.example')).warnings).toEqual([])
    expect(loadCriteriaText(withUrl('mailto:jobs@acme.example')).warnings).toEqual([])
  })
  it('lone surrogates: in an id or a name the application is invalid; in an answer the answer is', () => {
    const screener = compileCriteria(loadCriteriaText(criteria('{ in: ["x", { var: s }] }')))
    expect(() =>
      screener.screen({ id: 'a\uD800', submittedAt: '2026-11-20T10:00:00+01:00', answers: {} }, { now }),
    ).toThrow(ApplicationError)
    expect(() =>
      screener.screen(
        { id: 'a', submittedAt: '2026-11-20T10:00:00+01:00', candidate: { firstName: 'An\uDC00na' }, answers: {} },
        { now },
      ),
    ).toThrow(/not valid text/)
    const r = screener.screen(
      { id: 'a', submittedAt: '2026-11-20T10:00:00+01:00', answers: { s: ['x\uD83D'] } },
      { now },
    )
    expect(r.criteria[0]).toMatchObject({ status: 'invalid' })
    expect(JSON.stringify(r)).not.toMatch(/\\ud83d/i)
  })
  it('a name of invisible characters or punctuation gets the no-name greeting; a huge one never reaches the message', async () => {
    const screener = compileCriteria(await loadCriteria(join(root, 'rules/frontend-developer.yaml')))
    for (const firstName of ['\u200B\u200C', '\u3000\u3000', '!!!', 'x'.repeat(6_000_000)]) {
      const r = screener.screen(
        { id: 'a', submittedAt: '2026-11-20T10:00:00+01:00', candidate: { firstName, locale: 'en' }, answers: {} },
        { now },
      )
      expect(r.application.firstName).toBeUndefined()
      const m = renderMessage(r, { screener, now })
      expect(m.text.startsWith('Hello,')).toBe(true)
      expect(m.text.length).toBeLessThan(5_000)
    }
  })
  it('a JSON Lines line over the limit is an error naming its line, and is never held whole', async () => {
    const got = await read([app('a'), `{"id":"${'x'.repeat(2_000)}"}`, app('c')].join('\n'), { maxLineLength: 1_000 })
    expect(got.map((e) => [e.line, e.ok])).toEqual([
      [1, true],
      [2, false],
      [3, true],
    ])
    expect((got[1] as { message: string }).message).toContain('the limit is 1,000')
  })
  it('a date after the day of the decision, or an end before its start, is invalid (a person looks), never an automatic no', () => {
    const fields =
      'grad: { type: date, max: today, label: { en: Graduation } }\n  start: { type: date, label: { en: Start } }\n  end: { type: date, notBefore: start, label: { en: End } }'
    const text = `${header()}fields:\n  ${fields}\ncriteria:\n  - { id: grad, rule: { dateBefore: [{ var: grad }, "2026-01-01"] }, required: true, reason: { en: a degree } }\n  - { id: job, rule: { ">=": [{ daysSince: [{ var: start }, { var: end }] }, 365] }, required: true, reason: { en: a year in the job } }\n`
    const screener = compileCriteria(loadCriteriaText(text))
    const r = screener.screen(
      {
        id: 'a',
        submittedAt: '2026-11-20T10:00:00+01:00',
        answers: { grad: '2027-06-01', start: '2024-01-01', end: '2023-01-01' },
      },
      { now },
    )
    expect(r.outcome).toBe('review')
    expect(r.criteria.map((c) => [c.id, c.status])).toEqual([
      ['grad', 'invalid'],
      ['job', 'invalid'],
    ])
    expect(r.criteria[0]!.problem!.message).toContain('is after the day of the decision (2026-11-23)')
    expect(r.criteria[1]!.problem!.message).toContain('end is before start (2024-01-01)')
    const ok = screener.screen(
      {
        id: 'a',
        submittedAt: '2026-11-20T10:00:00+01:00',
        answers: { grad: '2025-06-01', start: '2023-01-01', end: '2024-06-01' },
      },
      { now },
    )
    expect(ok.outcome).toBe('pass')
    expect(issuesOf(text.replace('notBefore: start', 'notBefore: strat'))).toEqual([
      expect.objectContaining({ code: 'unknown_field' }),
    ])
  })
})

describe('lint and load checks', () => {
  it('{} and { or: [{}, …] } are load errors', () => {
    expect(issuesOf(criteria('{}')).map((i) => i.code)).toEqual(['empty_rule'])
    expect(issuesOf(criteria('{ or: [{}, { var: b }] }')).map((i) => i.code)).toEqual(['empty_rule'])
  })
  it('a field compared with itself, and contradictions, are constant-rule findings', () => {
    const lint = (rule: string) => {
      const doc = loadCriteriaText(criteria(rule))
      return lintCriteria(doc, compileCriteria(doc))
        .filter((i) => i.code === 'constant_rule')
        .map((i) => i.message)
    }
    expect(lint('{ "==": [{ var: x }, { var: x }] }')).toEqual([
      expect.stringContaining('compares {"var":"x"} with itself ("=="), which is always true'),
    ])
    expect(lint('{ and: [{ ">": [{ var: x }, 5] }, { "<": [{ var: x }, 2] }] }')).toEqual([
      expect.stringContaining('always false'),
    ])
    expect(lint('{ or: [{ ">=": [{ var: x }, 2] }, { "<": [{ var: x }, 2] }] }')).toEqual([
      expect.stringContaining('always true'),
    ])
    expect(lint('{ ">=": [{ var: [x, 0] }, 3] }')).toEqual([])
    expect(lint('{ and: [{ ">": [{ var: x }, 1] }, { "<": [{ var: x }, 5] }] }')).toEqual([])
  })
  it("a part of a field that is not one (skills.length, skills.map, a text's parts) is an error that says what to write", () => {
    expect(issuesOf(criteria('{ ">": [{ var: s.length }, 2] }'))).toEqual([
      expect.objectContaining({
        code: 'not_a_field',
        message: expect.stringContaining('to count items, use {"reduce"'),
      }),
    ])
    expect(issuesOf(criteria('{ var: s.map }')).map((i) => i.code)).toEqual(['not_a_field'])
    expect(issuesOf(criteria('{ ">": [{ var: x.y }, 2] }')).map((i) => i.code)).toEqual(['not_a_field'])
    expect(issuesOf(criteria('{ "==": [{ var: s.0 }, "react"] }'))).toEqual([])
  })
})
