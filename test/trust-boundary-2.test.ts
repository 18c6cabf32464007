import { spawnSync } from 'node:child_process'
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { CriteriaError } from '../src/errors'
import { composeCriterion } from '../src/criteria/compose-criterion'
import { lintCriteria } from '../src/lint/lint-criteria'
import { toEmail } from '../src/messages/to-email'
import { loadCriteria } from '../src/node/load-criteria'
import { compileCriteria } from '../src/screen/compile-criteria'
import { loadCriteriaText } from '../src/screen/load-criteria'
import { readApplications, type BatchEntry } from '../src/screen/read-applications'
import { cli } from './helpers/cli'
import { growth, growthAsync, LINEAR } from './helpers/growth'

// The trust boundary, round 2 (issue #20): the input side. Each item of the issue is a test
// here, or in the checklist files beside it (trust-boundary-2-*.test.ts: the Studio server,
// the CLI's output, reports, messages). Each test fails without its fix.

const root = resolve(__dirname, '..')
const now = new Date('2026-11-23T10:00:00Z')
const dir = mkdtempSync(join(tmpdir(), 'autoscreen-tb2-'))
const file = (name: string, text: string | Uint8Array): string => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}
const header = `id: hostile
version: 1
locale: en
job:
  title: Tester
  company: Acme
  contact: { name: Ann, email: ann@acme.example }
`
const FIELDS = `  x: { type: number, label: { en: x } }
  y: { type: number, label: { en: y } }
  title: { type: string, label: { en: Title } }
  portfolio: { type: string, label: { en: Portfolio } }
`
const criteria = (rule: string, fields = FIELDS, extra = '') =>
  `${header}fields:\n${fields}criteria:\n  - { id: c, rule: ${rule}, required: true, reason: { en: a requirement } }\n${extra}`
const issuesOf = (text: string, options: { format?: 'json' } = {}) => {
  try {
    loadCriteriaText(text, { file: 'hostile.yaml', ...options })
    return []
  } catch (e) {
    expect(e).toBeInstanceOf(CriteriaError)
    return (e as CriteriaError).issues
  }
}
const screenOne = (text: string, answers: Record<string, unknown>, jitless = false) =>
  compileCriteria(loadCriteriaText(text), { engine: { jitless } }).screen(
    { id: 'a', submittedAt: '2026-11-20T10:00:00+01:00', answers },
    { now },
  )
const lint = (text: string) => {
  const doc = loadCriteriaText(text)
  return lintCriteria(doc, compileCriteria(doc)).filter((f) => f.code !== 'unused_field')
}

describe('first, because it broke CI: every walk over untrusted data is linear', () => {
  // screen() over answers nested deep: test/screen/screen.test.ts ("doubling the nesting …"),
  // lists in lists, maps in maps and wide lists. Here the whole path of a batch line.
  it('a JSON Lines line nested deep, read and screened: doubling the depth at most about doubles the time', async () => {
    const screener = compileCriteria(await loadCriteria(join(root, 'rules/frontend-developer.yaml')))
    const g = await growthAsync(
      (n) => {
        const line = `{"id":"d","submittedAt":"2026-11-20T10:00:00+01:00","answers":{"workPermit":true,"x":${'['.repeat(n)}${']'.repeat(n)}}}\n`
        return async () => {
          for await (const e of readApplications(line)) if (e.ok) screener.screen(e.application, { now: 'arrival' })
        }
      },
      [8_000, 16_000, 32_000, 64_000],
    )
    expect(g.exponent, g.table).toBeLessThan(LINEAR)
  })
  it('a line 1,000,000 characters long, in small chunks: reading grows linearly', async () => {
    const g = await growthAsync(
      (n) => {
        const text = `{"id":"a","submittedAt":"2026-11-20T10:00:00+01:00","answers":{"s":"${'x'.repeat(n)}"}}\n`
        const chunks = Array.from({ length: Math.ceil(text.length / 1024) }, (_, i) =>
          new TextEncoder().encode(text.slice(i * 1024, (i + 1) * 1024)),
        )
        return async () => {
          for await (const _ of readApplications(chunks)) void _
        }
      },
      [125_000, 250_000, 500_000, 1_000_000],
    )
    expect(g.exponent, g.table).toBeLessThan(LINEAR)
  })
  it('a criteria file with thousands of criteria and options: loading grows linearly', () => {
    const big = (n: number) =>
      `${header}fields:\n  skills: { type: list, values: [${Array.from({ length: n }, (_, i) => `s${i}`).join(', ')}], label: { en: Skills } }\ncriteria:\n${Array.from({ length: n / 8 }, (_, i) => `  - { id: c${i}, rule: { includesAny: [{ var: skills }, [s${i}]] }, weight: 1, reason: { en: skill ${i} } }\n`).join('')}`
    const g = growth(
      (n) => {
        const text = big(n)
        return () => loadCriteriaText(text)
      },
      [800, 1_600, 3_200, 6_400],
      2,
    )
    expect(g.exponent, g.table).toBeLessThan(LINEAR)
  })
})

describe('inputs that hang', () => {
  it.each([
    ['a list', 'company: &c [Nordlys, *c]', 1, 23],
    ['a map', 'company: &c\n  name: Nordlys\n  again: *c', 3, 10],
  ])('a YAML alias inside the value it names (%s) is a located error, at once', (_kind, yaml, line, column) => {
    const text =
      header.replace('  company: Acme', `  ${yaml.replace(/\n/g, '\n  ')}`) + `fields:\n${FIELDS}criteria: []\n`
    expect(issuesOf(text)).toEqual([
      expect.objectContaining({
        code: 'cyclic_alias',
        line: line + 5,
        column: column + 2,
        message: expect.stringContaining('*c is inside the value it names'),
      }),
    ])
  })
  it('validate, lint and screen say so with file:line:col and exit 2', async () => {
    const path = file('alias.yaml', criteria('{ var: x }', FIELDS, 'notes: &n [a, *n]\n'))
    for (const argv of [
      ['validate', path],
      ['lint', path],
      ['screen', '--criteria', path, '-'],
    ]) {
      const r = await cli(argv, { stdin: '' })
      expect(r.code, argv[0]).toBe(argv[0] === 'validate' || argv[0] === 'lint' ? 1 : 2)
      expect(r.stdout + r.stderr, argv[0]).toMatch(/alias\.yaml:1[0-9]:\d+|\*n is inside the value it names/)
    }
  })
  it('criteria built by a program that contain themselves are a CriteriaError, not a hang', () => {
    const c = {
      id: 'x',
      version: 1,
      locale: 'en',
      job: { title: 'T', company: 'A', contact: { name: 'A', email: 'a@b.se' } },
      fields: {},
      criteria: [],
    } as Record<string, unknown>
    ;(c.job as Record<string, unknown>).self = c.job
    expect(() => compileCriteria(c as never)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'cyclic_value', path: ['job', 'self'] })] }),
    )
  })
  it('a file of two YAML documents says so in words, at the second', () => {
    expect(issuesOf(`${criteria('{ ">": [{ var: x }, 1] }')}---\nid: second\n`)).toEqual([
      expect.objectContaining({
        code: 'syntax',
        line: 15,
        message: expect.stringContaining('the file holds more than one YAML document (a line --- between them)'),
      }),
    ])
  })
  it('a key that is a list or a map is a located error, and the YAML library prints nothing on stderr', () => {
    const path = file(
      'collection-key.yaml',
      `${header}fields:\n${FIELDS}  ? [a, b]\n  : { type: number, label: { en: x } }\ncriteria: []\n`,
    )
    const r = spawnSync(process.execPath, [inject('cliBundle'), 'validate', path], { cwd: root, encoding: 'utf8' })
    expect(r.stderr).not.toMatch(/Warning|Keys with collection values/)
    expect(r.stdout).toMatch(
      /collection-key\.yaml:13:5 {2}error {2}a key must be a plain name or text, not a list or a map/,
    )
    expect(r.status).toBe(1)
  })
})

describe('numbers that decide silently', () => {
  it.each(['.nan', '.inf', '-.inf', '1e309', '.NaN', '-.Inf'])('%s in a rule is a located error', (n) => {
    expect(issuesOf(criteria(`{ ">": [{ var: x }, ${n}] }`))).toEqual([
      expect.objectContaining({ code: 'not_finite', line: 14, path: ['criteria', 0, 'rule', '>', 1] }),
    ])
  })
  it.each(['.nan', '.inf', '1e309'])('%s as a field bound is a located error, said once', (n) => {
    const issues = issuesOf(
      criteria('{ ">": [{ var: x }, 1] }', FIELDS.replace('x: { type: number,', `x: { type: number, max: ${n},`)),
    )
    expect(issues).toEqual([expect.objectContaining({ code: 'not_finite', line: 9, path: ['fields', 'x', 'max'] })])
  })
  it('1e400 in a JSON criteria file is a located error', () => {
    const json = JSON.stringify(
      {
        id: 'x',
        version: 1,
        locale: 'en',
        job: { title: 'T', company: 'A', contact: { name: 'A', email: 'a@b.se' } },
        fields: { x: { type: 'number', label: { en: 'x' } } },
        criteria: [{ id: 'c', rule: { '>': [{ var: 'x' }, 12345] }, required: true, reason: { en: 'r' } }],
      },
      null,
      2,
    ).replace('12345', '1e400')
    expect(issuesOf(json, { format: 'json' })).toEqual([expect.objectContaining({ code: 'not_finite', line: 29 })])
  })
  it('validate and lint refuse such a file (exit 1), and screen never runs it', async () => {
    const path = file('nan.yaml', criteria('{ ">": [{ var: x }, .nan] }'))
    expect((await cli(['validate', path])).code).toBe(1)
    expect((await cli(['lint', path])).code).toBe(1)
    expect(
      (
        await cli(['screen', '--criteria', path, '-'], {
          stdin: '{"id":"a","submittedAt":"2026-11-20T10:00:00+01:00","answers":{"x":5}}\n',
        })
      ).code,
    ).toBe(2)
  })
  it.each([false, true])(
    'NaN or Infinity reached while evaluating is an error status: a person decides (jitless: %s)',
    (jitless) => {
      const cases: [string, Record<string, unknown>][] = [
        ['{ ">=": [{ "/": [{ var: x }, { var: x }] }, 1] }', { x: 0 }], // 0 / 0
        ['{ "<": [{ "/": [{ var: x }, { var: y }] }, 10] }', { x: 5, y: 0 }], // Infinity: "less than 10" false, so a no
        ['{ ">=": [{ "%": [{ var: x }, { var: y }] }, 1] }', { x: 5, y: 0 }],
        ['{ "<": [{ "*": [{ var: x }, { var: y }] }, 1] }', { x: 1e200, y: -1e200 }],
        ['{ ">=": [{ "+": [{ var: title }, 1] }, 1] }', { title: 'developer' }],
      ]
      for (const [rule, answers] of cases) {
        const r = screenOne(criteria(rule), answers, jitless)
        expect(r.outcome, rule).toBe('review')
        expect(r.criteria[0], rule).toMatchObject({ status: 'error', problem: { code: 'not_finite' } })
      }
      // Ordinary arithmetic is untouched.
      expect(
        screenOne(criteria('{ ">=": [{ "/": [{ var: x }, { var: y }] }, 2] }'), { x: 5, y: 2 }, jitless).outcome,
      ).toBe('pass')
    },
  )
  it('a division by a written 0 is a load error', () => {
    expect(issuesOf(criteria('{ ">=": [{ "%": [{ var: x }, 0] }, 1] }'))).toEqual([
      expect.objectContaining({
        code: 'invalid_value',
        message: expect.stringContaining('"%" by 0 gives NaN for every answer'),
      }),
    ])
  })
  it('a rule that can reach NaN or Infinity for some answer is a lint finding that says which answer and what to do', () => {
    expect(lint(criteria('{ ">=": [{ "/": [{ var: y }, { var: x }] }, 1] }'))).toEqual([
      expect.objectContaining({
        code: 'non_finite',
        severity: 'warning',
        line: 14,
        message: expect.stringContaining('divides by "x", which can be 0 (field "x" allows 0)'),
      }),
    ])
    expect(lint(criteria('{ ">=": [{ "*": [{ var: x }, 2] }, 1] }'))[0]?.message).toContain('give "x" a max')
    expect(lint(criteria('{ ">=": [{ "+": [{ var: title }, 1] }, 1] }'))[0]?.message).toContain(
      'turns the text answer to "title" into a number',
    )
    // Bounded fields: nothing to say.
    const bounded = FIELDS.replace('x: { type: number,', 'x: { type: number, min: 1, max: 100,').replace(
      'y: { type: number,',
      'y: { type: number, min: 0, max: 1000,',
    )
    expect(lint(criteria('{ ">=": [{ "/": [{ var: y }, { var: x }] }, 1] }', bounded))).toEqual([])
    expect(lint(criteria('{ ">=": [{ "*": [{ var: x }, { var: y }] }, 1] }', bounded))).toEqual([])
  })
  it('a comparison with a written null is a load error (JSON Logic reads it as 0: "at least null years" was always met), and a composed condition refuses a number that is not finite', () => {
    expect(issuesOf(criteria('{ ">=": [{ var: x }, null] }'))).toEqual([
      expect.objectContaining({ code: 'null_threshold', line: 14 }),
    ])
    expect(issuesOf(criteria('{ "<=": [1, { var: x }, null] }')).map((i) => i.code)).toEqual(['null_threshold'])
    for (const value of [NaN, Infinity, -Infinity])
      expect(() =>
        composeCriterion({
          id: 'y',
          field: 'x',
          condition: { kind: 'atLeast', value },
          required: true,
          reason: { en: 'at least {{min}} years' },
        }),
      ).toThrow(/the condition's value must be a number/)
    expect(() =>
      composeCriterion({
        id: 'y',
        field: 'x',
        condition: { kind: 'withinDaysOfApplication', days: NaN },
        required: true,
        reason: { en: 'soon' },
      }),
    ).toThrow(/must be a whole number/)
  })
  it('a date moved by an answer far beyond any calendar is an error status that says so, and lint asks for a bound', () => {
    const fields = `${FIELDS}  n: { type: integer, label: { en: n } }\n  d: { type: date, label: { en: d } }\n`
    const text = criteria('{ dateOnOrBefore: [{ var: d }, { addDays: [{ submittedAt: [] }, { var: n }] }] }', fields)
    const r = screenOne(text, { d: '2026-12-01', n: 1e15 })
    expect(r.criteria[0]).toMatchObject({
      status: 'error',
      problem: { message: '"addDays" adds 1000000000000000 days, which gives no date (the years 1 to 9999)' },
    })
    expect(lint(text)).toEqual([
      expect.objectContaining({
        code: 'non_finite',
        message: expect.stringContaining('"addDays" adds "n" days, which has no bound'),
      }),
    ])
  })
  it('arithmetic over the items of a list says that the items are texts', () => {
    const fields = `${FIELDS}  skills: { type: list, label: { en: Skills } }\n`
    expect(
      lint(
        criteria(
          '{ ">": [{ reduce: [{ var: skills }, { "+": [{ var: accumulator }, { var: current }] }, 0] }, 2] }',
          fields,
        ),
      ),
    ).toEqual([
      expect.objectContaining({
        code: 'non_finite',
        message: expect.stringContaining('turns the items of "skills" (texts) into numbers'),
      }),
    ])
  })
  it('"in" looking inside a written text, inside the items of a list, or inside what cat builds is a lint finding too', () => {
    const fields = `${FIELDS}  skills: { type: list, label: { en: Skills } }\n`
    expect(lint(criteria('{ in: [{ var: title }, "Malmö Lund"] }', fields))[0]?.message).toContain(
      'any part of it meets it ("Ma", "und"), not only "Malmö" or "Lund"; to mean one of several values, write them as a list: {"in": [{"var":"title"}, ["Malmö","Lund"]]}',
    )
    expect(lint(criteria('{ some: [{ var: skills }, { in: [Java, { var: "" }] }] }', fields))[0]?.message).toContain(
      '{"includesAny": [{"var": "skills"}, ["Java"]]}',
    )
    expect(lint(criteria('{ in: [Java, { cat: [{ var: title }, " "] }] }', fields)).map((f) => f.code)).toEqual([
      'substring_in',
    ])
    expect(lint(criteria('{ some: [{ var: skills }, { "==": [{ var: "" }, React] }] }', fields))).toEqual([])
  })
  it('"in" with a text answer keeps json-logic-js\'s substring meaning, and lint says so with the word-matching operator', () => {
    const text = criteria('{ in: [Java, { var: title }] }')
    expect(screenOne(text, { title: 'JavaScript developer' }).outcome).toBe('pass')
    expect(lint(text)).toEqual([
      expect.objectContaining({
        code: 'substring_in',
        severity: 'warning',
        message: expect.stringContaining('{"includesWord": [{"var":"title"}, ["Java"]]}'),
      }),
    ])
    // `in` over a literal list is exact membership: nothing to say.
    expect(lint(criteria('{ in: [{ var: title }, [Java, Kotlin]] }'))).toEqual([])
    const words = criteria('{ includesWord: [{ var: title }, [Java, "React Native"]] }')
    expect(lint(words)).toEqual([])
    const outcome = (title: string) => screenOne(words, { title }).outcome
    expect(['JavaScript developer', 'Javautvecklare', 'React developer'].map(outcome)).toEqual([
      'reject',
      'reject',
      'reject',
    ])
    expect(['Senior Java developer', 'java-utvecklare', 'JAVA', 'Kotlin/Java.', 'react  native'].map(outcome)).toEqual([
      'pass',
      'pass',
      'pass',
      'pass',
      'pass',
    ])
  })
})

describe('answers that are not what they seem', () => {
  const required = criteria('{ "!!": { var: portfolio } }')
  it.each(['N/A', 'n/a', '-', '—', '...', 'ingen', 'Vet ej', 'vet inte.', 'None', "don't know", '  ?  '])(
    '"%s" reads as unanswered: a person looks instead of the rule passing it',
    (answer) => {
      const r = screenOne(required, { portfolio: answer })
      expect(r.outcome).toBe('review')
      expect(r.criteria[0]).toMatchObject({
        status: 'missing',
        problem: {
          code: 'missing_answer',
          path: 'portfolio',
          actual: answer,
          message: expect.stringContaining('which reads as no answer'),
        },
      })
    },
  )
  it('invisible characters and spacing do not make a non-answer an answer', () => {
    for (const portfolio of ['\u200bN/A', 'none\u200b', 'N\u00adA', 'N / A', 'ingen aning', 'No idea.'])
      expect(screenOne(required, { portfolio }).outcome, JSON.stringify(portfolio)).toBe('review')
  })
  it('a real answer is an answer', () => {
    for (const portfolio of ['https://maja.example', 'GitHub: majak', 'Ingenjörsportfolio', 'No-code projects'])
      expect(screenOne(required, { portfolio }).outcome, portfolio).toBe('pass')
  })
  it('configurable per field: an own list, or none at all; a text the rules compare with is always an answer', () => {
    const own = criteria(
      '{ "!!": { var: portfolio } }',
      FIELDS.replace('portfolio: { type: string,', 'portfolio: { type: string, nonAnswers: [saknas, "kommer senare"],'),
    )
    expect(screenOne(own, { portfolio: 'Kommer senare' }).outcome).toBe('review')
    expect(screenOne(own, { portfolio: 'N/A' }).outcome).toBe('pass')
    const off = criteria(
      '{ "!!": { var: portfolio } }',
      FIELDS.replace('portfolio: { type: string,', 'portfolio: { type: string, nonAnswers: false,'),
    )
    expect(screenOne(off, { portfolio: 'N/A' }).outcome).toBe('pass')
    const compared = criteria('{ "!=": [{ var: portfolio }, "none"] }')
    expect(screenOne(compared, { portfolio: 'none' }).outcome).toBe('reject')
  })
  it('items of a free list that are non-answers are dropped; a list of only those is unanswered', () => {
    const fields = `${FIELDS}  certs: { type: list, label: { en: Certificates } }\n`
    const text = criteria('{ "!!": [{ var: certs }] }', fields)
    expect(screenOne(text, { certs: ['-', 'ingen'] }).criteria[0]!.status).toBe('missing')
    expect(screenOne(text, { certs: ['N/A', 'AWS'] }).outcome).toBe('pass')
  })
  const dates = `${FIELDS}  grad: { type: date, label: { en: Graduated } }\n  start: { type: date, label: { en: Start } }\n  end: { type: date, label: { en: End } }\n`
  it('a completed degree dated in the future goes to a person by default, located', () => {
    const since = screenOne(criteria('{ ">=": [{ yearsSince: [{ var: grad }] }, 2] }', dates), { grad: '2027-06-01' })
    expect(since.outcome).toBe('review')
    expect(since.criteria[0]).toMatchObject({
      status: 'invalid',
      problem: {
        path: 'grad',
        fields: ['grad'],
        message: expect.stringContaining(
          'is after the day of the decision (2026-11-23), yet criterion "c" counts the time since it',
        ),
      },
    })
    const before = screenOne(criteria('{ dateBefore: [{ var: grad }, "2026-01-01"] }', dates), { grad: '2027-06-01' })
    expect(before.criteria[0]).toMatchObject({
      status: 'invalid',
      problem: {
        path: 'grad',
        message: expect.stringContaining('asks whether it was before 2026-01-01, a day that has passed'),
      },
    })
    // A date in the past decides as before; a bound the author wrote is the author's choice.
    expect(
      screenOne(criteria('{ dateBefore: [{ var: grad }, "2026-01-01"] }', dates), { grad: '2025-06-01' }).outcome,
    ).toBe('pass')
    expect(
      screenOne(
        criteria(
          '{ dateBefore: [{ var: grad }, "2026-01-01"] }',
          dates.replace('grad: { type: date,', 'grad: { type: date, max: 2030-12-31,'),
        ),
        { grad: '2027-06-01' },
      ).outcome,
    ).toBe('reject')
    // A bound still to come is no contradiction: "available by March".
    expect(
      screenOne(criteria('{ dateOnOrBefore: [{ var: grad }, "2027-03-01"] }', dates), { grad: '2027-06-01' }).outcome,
    ).toBe('reject')
  })
  it('a date the rule asks to be before the submission, and two dates in an order the rule reads, go to a person when they contradict it', () => {
    const graduated = screenOne(criteria('{ dateOnOrBefore: [{ var: grad }, { submittedAt: [] }] }', dates), {
      grad: '2027-06-01',
    })
    expect(graduated.criteria[0]).toMatchObject({
      status: 'invalid',
      problem: {
        path: 'grad',
        message: expect.stringContaining('asks whether it was before the application was sent'),
      },
    })
    const monthAgo = screenOne(
      criteria('{ dateOnOrBefore: [{ var: grad }, { addMonths: [{ submittedAt: [] }, -1] }] }', dates),
      { grad: '2027-06-01' },
    )
    expect(monthAgo.criteria[0]!.status).toBe('invalid')
    const after = screenOne(criteria('{ dateAfter: [{ var: end }, { var: start }] }', dates), {
      start: '2024-01-01',
      end: '2023-01-01',
    })
    expect(after.criteria[0]).toMatchObject({
      status: 'invalid',
      problem: { path: 'end', message: expect.stringContaining('reads it as coming after it (dateAfter)') },
    })
    const span = screenOne(
      criteria('{ ">=": [{ "-": [{ yearsSince: [{ var: start }] }, { yearsSince: [{ var: end }] }] }, 1] }', dates),
      { start: '2024-01-01', end: '2023-01-01' },
    )
    expect(span.criteria[0]).toMatchObject({ status: 'invalid', problem: { path: 'end' } })
    expect(
      screenOne(criteria('{ dateAfter: [{ var: end }, { var: start }] }', dates), {
        start: '2023-01-01',
        end: '2024-01-01',
      }).outcome,
    ).toBe('pass')
  })
  it('what a rule asks under a "!", date-times, and counts from or until the submission read dates as the rule does (the second review\'s cases)', () => {
    const more = `${dates}  startT: { type: date-time, label: { en: s } }\n  endT: { type: date-time, label: { en: e } }\n`
    const outcome = (rule: string, answers: Record<string, unknown>) => {
      const r = screenOne(criteria(rule, more), answers)
      return `${r.outcome} ${r.criteria[0]!.status}`
    }
    // "not after" is "on or before": a reversed pair goes to a person, a right one passes.
    expect(
      outcome('{ "!": { dateAfter: [{ var: start }, { var: end }] } }', { start: '2024-01-01', end: '2020-01-01' }),
    ).toBe('review invalid')
    expect(
      outcome('{ "!": { dateAfter: [{ var: start }, { var: end }] } }', { start: '2020-01-01', end: '2024-01-01' }),
    ).toBe('pass met')
    expect(outcome('{ "!": { dateAfter: [{ var: grad }, "2026-01-01"] } }', { grad: '2027-06-01' })).toBe(
      'review invalid',
    )
    expect(
      outcome('{ dateAfter: [{ var: endT }, { var: startT }] }', {
        startT: '2024-01-01T10:00:00+01:00',
        endT: '2023-01-01T10:00:00+01:00',
      }),
    ).toBe('review invalid')
    expect(
      outcome('{ dateAfter: [{ var: endT }, { var: startT }] }', {
        startT: '2024-01-01T10:00:00+01:00',
        endT: '2024-01-01T09:30:00Z',
      }),
    ).toBe('pass met')
    expect(outcome('{ ">": [{ daysUntil: [{ submittedAt: [] }, { var: grad }] }, 0] }', { grad: '2027-06-01' })).toBe(
      'review invalid',
    )
    expect(outcome('{ "<": [{ daysSince: [{ var: grad }, { submittedAt: [] }] }, 365] }', { grad: '2027-06-01' })).toBe(
      'review invalid',
    )
    expect(outcome('{ "<": [{ daysSince: [{ var: grad }, { submittedAt: [] }] }, 365] }', { grad: '2026-06-01' })).toBe(
      'pass met',
    )
  })
  it('an employment that ends before it starts goes to a person by default, located', () => {
    const r = screenOne(criteria('{ ">=": [{ daysSince: [{ var: start }, { var: end }] }, 365] }', dates), {
      start: '2024-01-01',
      end: '2023-01-01',
    })
    expect(r.outcome).toBe('review')
    expect(r.criteria[0]).toMatchObject({
      status: 'invalid',
      problem: {
        path: 'end',
        message: expect.stringContaining(
          'is before start (2024-01-01), yet criterion "c" counts the time from start to it',
        ),
      },
    })
    expect(
      screenOne(criteria('{ ">=": [{ daysSince: [{ var: start }, { var: end }] }, 365] }', dates), {
        start: '2023-01-01',
        end: '2024-06-01',
      }).outcome,
    ).toBe('pass')
  })
})

describe('other edges', () => {
  it('a decision time before the submission dates the decision at the submission, and the audit record says so', () => {
    const r = compileCriteria(loadCriteriaText(criteria('{ ">": [{ var: x }, 1] }'))).screen(
      { id: 'a', submittedAt: '2026-11-20T10:00:00+01:00', answers: { x: 2 } },
      { now: new Date('1970-01-01T00:00:00Z') },
    )
    expect(r.audit.evaluatedAt).toBe('2026-11-20T09:00:00.000Z')
    expect(r.audit.notes).toEqual([
      expect.objectContaining({ code: 'now_before_submission', given: '1970-01-01T00:00:00.000Z' }),
    ])
    const ok = compileCriteria(loadCriteriaText(criteria('{ ">": [{ var: x }, 1] }'))).screen(
      { id: 'a', submittedAt: '2026-11-20T10:00:00+01:00', answers: { x: 2 } },
      { now },
    )
    expect(ok.audit.notes).toBeUndefined()
  })
  it('screen --now before a submission warns at the line, dates the decision at the submission, and counts the rest', async () => {
    const lines = Array.from({ length: 8 }, (_, i) =>
      JSON.stringify({ id: `a${i}`, submittedAt: '2026-11-20T10:00:00+01:00', answers: { workPermit: true } }),
    ).join('\n')
    const r = await cli(
      ['screen', '--criteria', 'rules/frontend-developer.yaml', '--now', '1970-01-01T00:00:00Z', '-'],
      { stdin: lines },
    )
    expect(r.code).toBe(0)
    const warnings = r.stderr.trim().split('\n')
    expect(warnings.slice(0, 5)).toEqual(
      [1, 2, 3, 4, 5].map((n) =>
        expect.stringMatching(
          new RegExp(
            `^<stdin>:${n}:1  warning  --now 1970-01-01T00:00:00.000Z is before this application was submitted`,
          ),
        ),
      ),
    )
    expect(warnings.at(-1)).toBe(
      '<stdin>  warning  8 applications were submitted after --now 1970-01-01T00:00:00.000Z: their decisions are dated at their submission',
    )
    for (const line of r.stdout.trim().split('\n'))
      expect(JSON.parse(line).audit).toMatchObject({
        evaluatedAt: '2026-11-20T09:00:00.000Z',
        notes: [{ code: 'now_before_submission' }],
      })
  })
  it('screen without --now, on applications submitted after the clock, words the warning for the clock, not for a --now that was not given (the hostile review of #20)', async () => {
    const lines = Array.from({ length: 8 }, (_, i) =>
      JSON.stringify({ id: `a${i}`, submittedAt: '2027-01-10T10:00:00+01:00', answers: { workPermit: true } }),
    ).join('\n')
    const r = await cli(['screen', '--criteria', 'rules/frontend-developer.yaml', '-'], { stdin: lines }) // the test's clock: 2026-12-16T07:00:00Z
    expect(r.code).toBe(0)
    expect(r.stderr).not.toContain('--now')
    const warnings = r.stderr.trim().split('\n')
    expect(warnings[0]).toBe(
      '<stdin>:1:1  warning  the time of the decision (now, 2026-12-16T07:00:00.000Z) is before this application was submitted (2027-01-10T10:00:00+01:00): the decision is dated at the submission instead (the audit record notes it)',
    )
    expect(warnings.slice(0, 5)).toEqual(
      [1, 2, 3, 4, 5].map((n) =>
        expect.stringMatching(
          new RegExp(
            `^<stdin>:${n}:1  warning  the time of the decision \\(now, 2026-12-16T07:00:00\\.000Z\\) is before this application was submitted`,
          ),
        ),
      ),
    )
    expect(warnings.at(-1)).toBe(
      '<stdin>  warning  8 applications were submitted after the time of the decision (now, 2026-12-16T07:00:00.000Z): their decisions are dated at their submission',
    )
  })
  it("screen warns at a line holding bytes that are not UTF-8, and its result's audit record notes it", async () => {
    const path = file(
      'latin1.jsonl',
      new Uint8Array([
        ...new TextEncoder().encode('{"id":"a","submittedAt":"2026-11-20T10:00:00+01:00","answers":{"city":"Malm'),
        0xf6,
        ...new TextEncoder().encode('"}}\n{"id":"b","submittedAt":"2026-11-20T10:00:00+01:00"}\n'),
      ]),
    )
    const r = await cli(['screen', '--criteria', 'rules/frontend-developer.yaml', '--now', 'arrival', path])
    expect(r.stderr).toMatch(/latin1\.jsonl:1:1 {2}warning {2}the line holds bytes that are not UTF-8/)
    expect(r.stderr).not.toMatch(/latin1\.jsonl:2:/)
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).audit.notes),
    ).toEqual([[expect.objectContaining({ code: 'invalid_utf8' })], undefined])
  })
  it('a criteria file that is not UTF-8 is a located error naming the byte', async () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode(criteria('{ ">": [{ var: x }, 1] }').replace('company: Acme', 'company: Malm_ AB')),
    ])
    latin1[latin1.indexOf('_'.charCodeAt(0))] = 0xf6 // "ö" in Latin-1
    const path = file('latin1.yaml', latin1)
    const e = await loadCriteria(path).catch((x: unknown) => x)
    expect((e as CriteriaError).issues).toEqual([
      expect.objectContaining({
        code: 'invalid_utf8',
        file: path,
        line: 6,
        column: 16,
        message: expect.stringContaining('0xF6'),
      }),
    ])
    const r = await cli(['validate', path])
    expect(r.stdout).toMatch(/latin1\.yaml:6:16 {2}error {2}the byte 0xF6 here is not UTF-8 text/)
  })
  it('a UTF-16 file (Notepad\'s "Unicode") says to save it as UTF-8', async () => {
    const text = criteria('{ ">": [{ var: x }, 1] }')
    const utf16 = new Uint8Array(2 + text.length * 2)
    utf16.set([0xff, 0xfe])
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i)
    const e = await loadCriteria(file('utf16.yaml', utf16)).catch((x: unknown) => x)
    expect((e as CriteriaError).issues).toEqual([
      expect.objectContaining({ code: 'not_utf8', message: expect.stringContaining('save it as UTF-8') }),
    ])
  })
  it('a template or a test file that is not UTF-8 is a located error too', async () => {
    const tpl = file(
      'latin1.hbs',
      new Uint8Array([...new TextEncoder().encode('Subject {{job.title}}\n\nHej'), 0xe5, 0x0a]),
    )
    const path = file(
      'with-template.yaml',
      `${criteria('{ ">": [{ var: x }, 1] }')}messages:\n  templates:\n    rejected: { en: latin1.hbs }\n`,
    )
    const e = await loadCriteria(path).catch((x: unknown) => x)
    expect((e as CriteriaError).issues).toEqual([
      expect.objectContaining({ code: 'invalid_utf8', file: tpl, line: 3, column: 4 }),
    ])
  })
  it("a template path outside the criteria file's folder (absolute, .., a link out) or not a .hbs file is a located error: no file on disk reaches a candidate", async () => {
    for (const [name, message] of [
      ['/etc/hostname', 'must be a path relative to the criteria file'],
      ['../../../../etc/hostname.hbs', 'must be a path relative to the criteria file'],
      ['secrets.yaml', 'must name a template file ending in .hbs'],
    ]) {
      const path = file(
        'outside.yaml',
        `${criteria('{ ">": [{ var: x }, 1] }')}messages:\n  templates:\n    rejected: { en: ${JSON.stringify(name)} }\n`,
      )
      expect((await cli(['validate', path])).stdout, name).toMatch(
        new RegExp(
          `outside\\.yaml:1\\d:\\d+ {2}error {2}messages\\.templates\\.rejected\\.en: ${message}.*template_path`,
        ),
      )
    }
    const secret = join(mkdtempSync(join(tmpdir(), 'autoscreen-secret-')), 'secret.hbs')
    writeFileSync(secret, 'Subject\n\nthe secret\n')
    symlinkSync(secret, join(dir, 'linked.hbs'))
    const linked = file(
      'linked.yaml',
      `${criteria('{ ">": [{ var: x }, 1] }')}messages:\n  templates:\n    rejected: { en: linked.hbs }\n`,
    )
    const e = await loadCriteria(linked).catch((x: unknown) => x)
    expect((e as CriteriaError).issues).toEqual([
      expect.objectContaining({
        code: 'template_unreadable',
        message: expect.stringContaining('leads outside the folder of the criteria file'),
      }),
    ])
  })
  it('a job.url with a name before @ (it reads as one site and leads to another) is a load error', () => {
    const text = criteria('{ ">": [{ var: x }, 1] }').replace(
      '  company: Acme\n',
      '  company: Acme\n  url: "https://acme.example@evil.example/jobs"\n',
    )
    expect(issuesOf(text)).toEqual([
      expect.objectContaining({
        code: 'unsafe_url',
        path: ['job', 'url'],
        message: expect.stringContaining('an address with a name before "@" leads somewhere other than it reads'),
      }),
    ])
  })
  it('toEmail sends to one address: a candidate cannot copy a third party by typing two', () => {
    const m = {
      stage: 'rejected',
      locale: 'sv',
      subject: 'S',
      text: 't',
      html: 'h',
      replyTo: 'jobb@acme.se',
      automated: true,
    } as never
    for (const to of [
      'c@x.example, victim@evil.example',
      'c@x.example;v@e.example',
      'Maja <a@x.example>, b@y.example',
      'a@b@c',
    ])
      expect(() => toEmail(m, { from: 'Acme <jobb@acme.se>', to }), to).toThrow(
        expect.objectContaining({ code: 'unsafe_header' }),
      )
    for (const to of ['maja@x.example', 'Maja <maja@x.example>', '"Svensson, Maja" <maja@x.example>'])
      expect(toEmail(m, { from: 'Acme <jobb@acme.se>', to }).to).toBe(to)
  })
  it('diff warns when --now is before the submissions, as screen does', async () => {
    const r = await cli([
      'diff',
      '--from',
      'rules/frontend-developer.yaml',
      '--to',
      'rules/frontend-developer.yaml',
      '--now',
      '1970-01-01T00:00:00Z',
      'examples/applications/frontend-developer.jsonl',
    ])
    expect(r.stderr).toContain(
      'warning  10 applications were submitted after --now 1970-01-01T00:00:00.000Z: their decisions are dated at the submission',
    )
  })
  it('a test file beside a JSON criteria file finds it', async () => {
    const json = JSON.stringify(loadCriteriaText(criteria('{ ">": [{ var: x }, 1] }')).criteria)
    writeFileSync(join(dir, 'beside.json'), json)
    writeFileSync(
      join(dir, 'beside.test.yaml'),
      'cases:\n  - name: one\n    application: { id: a, submittedAt: "2026-11-20T10:00:00+01:00", answers: { x: 2 } }\n    expect: { outcome: pass }\n',
    )
    const r = await cli(['test', join(dir, 'beside.test.yaml')])
    expect(r.stdout + r.stderr).toContain('1 passed')
    expect(r.code).toBe(0)
  })
  it('a JSON Lines file saved as UTF-16 is one error that says to save it as UTF-8, not a line of noise per line', async () => {
    const text = `${JSON.stringify({ id: 'a', submittedAt: '2026-11-20T10:00:00+01:00' })}\n${JSON.stringify({ id: 'b', submittedAt: '2026-11-20T10:00:00+01:00' })}\n`
    const utf16 = new Uint8Array(2 + text.length * 2)
    utf16.set([0xff, 0xfe])
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i)
    const r = await cli([
      'screen',
      '--criteria',
      'rules/frontend-developer.yaml',
      '--now',
      'arrival',
      file('utf16.jsonl', utf16),
    ])
    expect(r.code).toBe(1)
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /utf16\.jsonl:1:1 {2}error {2}the input is saved as UTF-16 \(in Notepad: "Unicode"\); save it as UTF-8/,
      ),
    ])
  })
  it('preview of an application that is not UTF-8 warns at the byte, greets without the broken name, and notes it; UTF-16 says to save as UTF-8', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"id":"a","submittedAt":"2026-11-20T10:00:00+01:00","candidate":{"firstName":"Fat'),
      0xef,
      ...new TextEncoder().encode('ma","locale":"sv"},"answers":{}}'),
    ])
    const r = await cli([
      'preview',
      '--criteria',
      'rules/frontend-developer.yaml',
      '--application',
      file('latin1.json', bytes),
      '--format',
      'json',
    ])
    expect(r.stderr).toMatch(/latin1\.json:1:82 {2}warning {2}the byte 0xEF here is not UTF-8 text/)
    expect(JSON.parse(r.stdout).message.text).toMatch(/^Hej!/)
    const text = '{"id":"a"}'
    const utf16 = new Uint8Array(2 + text.length * 2)
    utf16.set([0xff, 0xfe])
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i)
    const u = await cli([
      'preview',
      '--criteria',
      'rules/frontend-developer.yaml',
      '--application',
      file('utf16.json', utf16),
    ])
    expect(u.code).toBe(2)
    expect(u.stderr).toContain('is saved as UTF-16')
  })
  it('a JSON Lines line holding bytes that are not UTF-8 is marked; a U+FFFD the candidate wrote is not', async () => {
    const enc = new TextEncoder()
    const bytes = [
      enc.encode(
        '{"id":"a","submittedAt":"2026-11-20T10:00:00+01:00","answers":{"title":"ok \uFFFD"}}\n{"id":"b","submittedAt":"2026-11-20T10:00:00+01:00","answers":{"title":"Malm',
      ),
      new Uint8Array([0xf6]),
      enc.encode('"}}\n{"id":"c","submittedAt":"2026-11-20T10:00:00+01:00"}\n'),
    ]
    const got: BatchEntry[] = []
    for await (const e of readApplications(bytes)) got.push(e)
    expect(got.map((e) => [e.line, e.ok && e.invalidUtf8 === true])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ])
    const screener = compileCriteria(loadCriteriaText(criteria('{ ">": [{ var: x }, 1] }')))
    const entry = got[1]!
    if (!entry.ok) throw new Error(entry.message)
    const r = screener.screen(entry.application, { now, invalidUtf8: true })
    expect(r.audit.notes).toEqual([expect.objectContaining({ code: 'invalid_utf8' })])
  })
})
