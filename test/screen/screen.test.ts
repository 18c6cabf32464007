import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { beforeAll, describe, expect, it } from 'vitest'
import { ApplicationError, ScreeningError } from '../../src/errors'
import { compileCriteria, type Screener } from '../../src/screen/compile-criteria'
import { loadCriteria } from '../../src/node/load-criteria'
import { growth, LINEAR } from '../helpers/growth'
import type { Application } from '../../src/screen/application'

const now = new Date('2026-11-23T10:00:00Z')
const fixtures = join(__dirname, '../fixtures/screen')
type Case = {
  name: string
  answers?: Record<string, unknown>
  remove?: string[]
  submittedAt?: string
  outcome: string
  statuses?: Record<string, string>
  unmet?: string[]
  missing?: string[]
  invalid?: string[]
  nearMiss?: boolean
  score?: number
}
const { base, cases } = parse(readFileSync(join(fixtures, 'cases.yaml'), 'utf8')) as {
  base: Record<string, unknown>
  cases: Case[]
}

let screener: Screener
beforeAll(async () => {
  screener = compileCriteria(await loadCriteria(join(fixtures, 'criteria.yaml')))
})

const application = (answers: Record<string, unknown>, extra: Partial<Application> = {}): Application => ({
  id: 'a-1',
  submittedAt: '2026-11-20T09:14:00+01:00',
  candidate: { firstName: 'Maja', locale: 'en' },
  answers,
  ...extra,
})

describe('screening cases', () => {
  for (const c of cases) {
    it(c.name, () => {
      const answers: Record<string, unknown> = { ...base, ...c.answers }
      for (const k of c.remove ?? []) delete answers[k]
      const r = screener.screen(application(answers, c.submittedAt ? { submittedAt: c.submittedAt } : {}), { now })
      expect(r.outcome).toBe(c.outcome)
      // Every criterion is evaluated and reported, in file order, deadline first.
      expect(r.criteria.map((x) => x.id)).toEqual([
        'deadline',
        'permit',
        'years',
        'english',
        'react',
        'licence',
        'quota',
      ])
      for (const [id, status] of Object.entries(c.statuses ?? {}))
        expect(r.criteria.find((x) => x.id === id)?.status, id).toBe(status)
      if (c.unmet) expect(r.unmet).toEqual(c.unmet)
      if (c.missing) expect(r.missing).toEqual(c.missing)
      if (c.invalid) expect(r.invalid).toEqual(c.invalid)
      if (c.nearMiss !== undefined) expect(r.nearMiss).toBe(c.nearMiss)
      if (c.score !== undefined) expect(r.score).toBe(c.score)
      expect(r.maxScore).toBe(4)
      for (const x of r.criteria) {
        if (x.status === 'unmet') expect(x.detail).toBeDefined()
        if (x.status === 'missing' || x.status === 'invalid') expect(x.problem?.path).toBeTruthy()
      }
    })
  }
})

describe('result', () => {
  it('names the failing condition with path, expected and actual values', () => {
    const r = screener.screen(application({ ...base, years: 2 }), { now })
    expect(r.criteria.find((x) => x.id === 'years')).toMatchObject({
      status: 'unmet',
      reason: 'at least three years of experience',
      detail: { kind: 'condition', operator: '>=', path: 'years', expected: 3, actual: 2 },
    })
  })
  it("uses the candidate's locale when the file has reasons in it, else the default", () => {
    const sv = screener.screen(application({ ...base, permit: false }, { candidate: { locale: 'sv-SE' } }), { now })
    expect(sv.locale).toBe('sv')
    expect(sv.criteria.find((x) => x.id === 'permit')!.reason).toBe('rätt att arbeta i Sverige')
    expect(sv.criteria[0]!.reason).toContain('15 december 2026')
    const de = screener.screen(application(base, { candidate: { locale: 'de' } }), { now })
    expect(de.locale).toBe('en')
  })
  it('records the audit trail', () => {
    const r = screener.screen(application(base), { now })
    expect(r.audit).toMatchObject({
      criteriaId: 'screen-fixture',
      criteriaVersion: 1,
      evaluatedAt: '2026-11-23T10:00:00.000Z',
    })
    expect(r.audit.criteriaHash).toMatch(/^[0-9a-f]{64}$/)
    expect(r.audit.criteriaHash).toBe(screener.hash)
    expect(r.audit.applicationHash).toMatch(/^[0-9a-f]{64}$/)
  })
  it('never exposes identity or answers to rules, and keeps only what messages need', () => {
    const r = screener.screen(
      application(base, { source: 'linkedin', candidate: { firstName: ' Maja ', email: 'maja@example.se' } }),
      { now },
    )
    expect(r.application).toEqual({
      id: 'a-1',
      submittedAt: '2026-11-20T09:14:00+01:00',
      source: 'linkedin',
      firstName: 'Maja',
    })
    expect(JSON.stringify(r)).not.toContain('maja@example.se')
  })
})

describe('determinism and hashes', () => {
  it('gives a byte-identical result for the same criteria, application and now', async () => {
    const again = compileCriteria(await loadCriteria(join(fixtures, 'criteria.yaml')))
    const a = JSON.stringify(screener.screen(application({ ...base, years: 2 }), { now }))
    const b = JSON.stringify(again.screen(application({ ...base, years: 2 }), { now }))
    expect(a).toBe(b)
  })
  it('hashes answers independently of key order', () => {
    const reversed = Object.fromEntries(Object.entries(base).reverse())
    expect(Object.keys(reversed)).not.toEqual(Object.keys(base))
    const a = screener.screen(application(base), { now }).audit.applicationHash
    const b = screener.screen(application(reversed), { now }).audit.applicationHash
    expect(a).toBe(b)
    expect(screener.screen(application({ ...base, years: 6 }), { now }).audit.applicationHash).not.toBe(a)
  })
  it('hashes criteria independently of key order in the file', async () => {
    const yaml = readFileSync(join(fixtures, 'criteria.yaml'), 'utf8')
    const obj = parse(yaml) as Record<string, unknown>
    const reordered = Object.fromEntries(Object.entries(obj).reverse())
    const other = compileCriteria(reordered as never)
    expect(other.hash).toBe(screener.hash)
  })
})

describe('hostile answers', () => {
  const hostile: [string, Record<string, unknown>, string][] = [
    [
      'prototype keys from JSON',
      JSON.parse('{"__proto__": {"permit": true, "english": "C2"}, "constructor": {"prototype": 1}, "prototype": 1}'),
      'reject',
    ],
    ['NaN', { ...base, years: Number.NaN }, 'review'],
    [
      '1e400 (Infinity after JSON.parse)',
      JSON.parse(`{"years": 1e400, "permit": true, "english": "C1", "skills": [], "quota": 1}`),
      'review',
    ],
    ['a 10 MB string', { ...base, years: 'x'.repeat(10_000_000) }, 'review'],
    ['a 10 MB list item', { ...base, skills: ['x'.repeat(10_000_000)] }, 'review'],
    ['nesting 50,000 deep', { ...base, years: JSON.parse(`${'['.repeat(50_000)}${']'.repeat(50_000)}`) }, 'review'],
    ['an object where a list is expected', { ...base, skills: { length: 1, 0: 'react' } }, 'review'],
    ['a function value', { ...base, years: () => 5 }, 'review'],
  ]
  for (const [name, answers, outcome] of hostile) {
    it(`${name}: a clear status, a result, a live process`, () => {
      const r = screener.screen(application(answers), { now })
      expect(r.outcome).toBe(outcome)
      expect(JSON.stringify(r).length).toBeLessThan(20_000)
    })
  }
  // Time grows with the size of the answers, never faster: a line nested 32,000 deep once took
  // 142 s (the cycle check copied the path at every level).
  it.each([
    ['lists in lists', (n: number) => JSON.parse(`${'['.repeat(n)}${']'.repeat(n)}`)],
    ['maps in maps', (n: number) => JSON.parse(`${'{"a":'.repeat(n)}1${'}'.repeat(n)}`)],
    [
      'a wide list of small maps',
      (n: number) => JSON.parse(`[${Array.from({ length: n }, () => '{"a":[1,{"b":2}]}').join(',')}]`),
    ],
  ])('%s: doubling the nesting at most about doubles the time', (_name, make) => {
    const g = growth(
      (n) => {
        const answers = { ...base, years: make(n), other: make(n) }
        return () => screener.screen(application(answers), { now })
        // From 8,000 levels on: below that V8's tiering of the recursive walks (the hash of the
        // answers, the cycle check) makes the first doubling cost about three times as much on an
        // idle machine too (4,000: 6 ms, 8,000: 19 ms, 16,000: 52 ms, 32,000: 114 ms, 64,000: 231 ms;
        // exponents 1.35-1.45 from 4,000, 1.1-1.2 from 8,000).
      },
      [8_000, 16_000, 32_000, 64_000],
    )
    expect(g.exponent, g.table).toBeLessThan(LINEAR)
  })
  it('never reads prototype keys as data', () => {
    const r = screener.screen(application(JSON.parse('{"__proto__": {"permit": true, "english": "C2"}}')), { now })
    // licence says onMissing: skip: unanswered, it is skipped rather than missing.
    expect(r.missing).toEqual(['permit', 'years', 'english', 'react', 'quota'])
    expect(r.skipped).toEqual(['licence'])
    expect(({} as Record<string, unknown>).permit).toBeUndefined()
  })
  it('does not read inherited properties as answers', () => {
    const r = screener.screen(application(Object.create({ permit: true, years: 10 })), { now })
    expect(r.missing).toEqual(expect.arrayContaining(['permit', 'years']))
  })
  it('throws a typed error for an unusable envelope, naming the problem', () => {
    for (const bad of [
      null,
      42,
      {},
      { id: 'x' },
      { id: 'x', submittedAt: 'yesterday' },
      { id: 'x', submittedAt: '2026-11-20T10:00:00Z', answers: [] },
    ]) {
      expect(() => screener.screen(bad as never, { now })).toThrow(ApplicationError)
    }
    try {
      screener.screen({ id: 'x', submittedAt: 'soon' } as never, { now })
    } catch (e) {
      expect((e as ApplicationError).issues[0]).toMatchObject({ path: ['submittedAt'] })
    }
  })
  it('requires an injected clock', () => {
    expect(() => screener.screen(application(base), {} as never)).toThrow(ScreeningError)
  })
})

describe('a rule that fails at run time', () => {
  it('gives status error and outcome review, and never escapes screen()', () => {
    const s = compileCriteria({
      id: 'err',
      version: 1,
      locale: 'en',
      job: { title: 'T', company: 'Acme', contact: { name: 'Ann', email: 'ann@acme.example' } },
      fields: { level: { type: 'string', label: { en: 'Level' } }, ok: { type: 'boolean', label: { en: 'ok' } } },
      criteria: [
        {
          id: 'level',
          rule: { cefrAtLeast: [{ var: 'level' }, 'B2'] },
          required: true,
          reason: { en: 'English at B2' },
        },
        { id: 'ok', rule: { var: 'ok' }, required: true, reason: { en: 'ok' } },
      ],
    })
    const r = s.screen(
      { id: 'e', submittedAt: '2026-11-20T10:00:00+01:00', answers: { level: 'native', ok: true } },
      { now },
    )
    expect(r.outcome).toBe('review')
    expect(r.criteria[0]).toMatchObject({ id: 'level', status: 'error', problem: { code: 'invalid_cefr' } })
    expect(r.criteria[1]).toMatchObject({ id: 'ok', status: 'met' })
    expect(r.invalid).toEqual(['level'])
  })
})
