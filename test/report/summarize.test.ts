import { describe, expect, it } from 'vitest'
import { diffOutcomes } from '../../src/report/diff-outcomes'
import { formatSummaryHtml, formatSummaryMarkdown } from '../../src/report/format-summary'
import { parseDemographicsCsv, summarize, type ReportEntry } from '../../src/report/summarize'
import { compileCriteria } from '../../src/screen/compile-criteria'
import type { Application } from '../../src/screen/application'

const base = {
  id: 'constructed',
  version: 1,
  locale: 'en' as const,
  job: { title: 'T', company: 'Acme', contact: { name: 'Ann', email: 'ann@acme.example' } },
  fields: {
    ok: { type: 'boolean' as const, label: { en: 'ok' } },
    years: { type: 'number' as const, label: { en: 'years' } },
  },
  criteria: [
    { id: 'ok', rule: { var: 'ok' }, required: true, reason: { en: 'ok' } },
    { id: 'years', rule: { '>=': [{ var: 'years' }, 2] }, weight: 1, reason: { en: 'two years' } },
  ],
  decision: { minScore: 1 },
}
const screener = compileCriteria(base)
const now = new Date('2026-11-20T12:00:00Z')
const app = (id: string, ok: boolean | null, years = 5, source = 'web'): Application => ({
  id,
  submittedAt: '2026-11-20T09:00:00+01:00',
  source,
  answers: ok === null ? { years } : { ok, years },
})

// Constructed: group A 50 screened, 30 pass (0.6); group B 50 screened, 15 pass (0.3): ratio 0.5.
// Group C: 10 screened, none pass. 5 more without a group; 4 in review (ok missing).
function dataset() {
  const apps: Application[] = []
  const demo = new Map<string, Record<string, string>>()
  const add = (group: string | null, n: number, pass: number) => {
    for (let i = 0; i < n; i++) {
      const id = `${group ?? 'u'}-${i}`
      apps.push(app(id, i < pass, 5, i % 2 ? 'web' : 'linkedin'))
      if (group) demo.set(id, { group })
    }
  }
  add('A', 50, 30)
  add('B', 50, 15)
  add('C', 10, 0)
  add(null, 5, 5)
  for (let i = 0; i < 4; i++) {
    apps.push(app(`r-${i}`, null))
    demo.set(`r-${i}`, { group: 'A' })
  }
  const results = apps.map((a) => screener.screen(a, { now }) as ReportEntry)
  return { apps, demo, results }
}

describe('summarize', () => {
  it('counts outcomes by source and job', () => {
    const { results } = dataset()
    const s = summarize(results)
    expect(s.totals).toEqual({ applications: 119, pass: 50, reject: 65, review: 4, nearMiss: 0 })
    expect(s.bySource.web!.applications + s.bySource.linkedin!.applications).toBe(119)
    expect(s.byJob.constructed!.applications).toBe(119)
  })
  it('ranks criteria by how often they reject, with the rejections that hinge on each alone', () => {
    const s = summarize(dataset().results)
    expect(s.criteria[0]).toMatchObject({ id: 'ok', unmet: 65, missing: 4, decisive: 65 })
    expect(s.criteria[0]!.unmetShare).toBeCloseTo(65 / 119)
  })
  it('computes the impact ratio of a constructed case exactly, flags it, and warns about small groups', () => {
    const { results, demo } = dataset()
    const a = summarize(results, { demographics: demo }).adverseImpact[0]!
    expect(a.column).toBe('group')
    expect(a.unknown).toBe(5)
    expect(a.groups).toEqual([
      { group: 'A', screened: 50, passed: 30, rate: 0.6, impactRatio: 1, flagged: false, small: false },
      { group: 'B', screened: 50, passed: 15, rate: 0.3, impactRatio: 0.5, flagged: true, small: false },
      { group: 'C', screened: 10, passed: 0, rate: 0, impactRatio: 0, flagged: true, small: true },
    ])
    // The gap is driven by the "ok" requirement, not by the years preference.
    const ok = a.criteria.find((c) => c.id === 'ok')!
    expect(ok.groups.find((g) => g.group === 'B')!.impactRatio).toBe(0.5)
    expect(a.criteria.find((c) => c.id === 'years')!.groups.every((g) => !g.flagged)).toBe(true)
  })
  it('a single group has ratio 1; no selections anywhere gives no ratio', () => {
    const one = [app('x1', true), app('x2', false)].map((a) => screener.screen(a, { now }))
    const s = summarize(one, {
      demographics: new Map([
        ['x1', { g: 'only' }],
        ['x2', { g: 'only' }],
      ]),
    })
    expect(s.adverseImpact[0]!.groups).toEqual([
      { group: 'only', screened: 2, passed: 1, rate: 0.5, impactRatio: 1, flagged: false, small: true },
    ])
    const none = [app('y1', false), app('y2', false)].map((a) => screener.screen(a, { now }))
    const z = summarize(none, {
      demographics: new Map([
        ['y1', { g: 'a' }],
        ['y2', { g: 'b' }],
      ]),
    })
    expect(z.adverseImpact[0]!.groups.map((g) => [g.impactRatio, g.flagged])).toEqual([
      [null, false],
      [null, false],
    ])
  })
  it('empty input', () => {
    const s = summarize([])
    expect(s.totals.applications).toBe(0)
    expect(s.criteria).toEqual([])
    expect(s.responseTimes).toMatchObject({ planned: 0, medianHours: null, within48h: null })
    expect(formatSummaryMarkdown(s)).toContain('0 applications')
  })
  it('response times: median, 95th percentile (nearest rank), shares and breaches', () => {
    const results = Array.from({ length: 20 }, (_, i) => {
      const r = screener.screen(app(`t${i}`, true), { now }) as ReportEntry
      const hours = i < 19 ? i + 4 : 300
      r.message = {
        sendAt: new Date(Date.parse(r.application.submittedAt) + hours * 3_600_000).toISOString(),
        slaBreached: hours > 48,
      }
      return r
    })
    const t = summarize(results).responseTimes
    expect(t).toMatchObject({
      planned: 20,
      medianHours: 13,
      p95Hours: 22,
      within48h: 0.95,
      within10d: 0.95,
      breaches: [{ id: 't19', hours: 300 }],
    })
  })
})

describe('formats', () => {
  it('HTML is one self-contained page with the funnel and criteria charts, readable on a phone', () => {
    const { results, demo } = dataset()
    const html = formatSummaryHtml(summarize(results, { demographics: demo }))
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">')
    expect(html.match(/<svg /g)).toHaveLength(2)
    expect(html).not.toMatch(/<script|<link |src="http|href="http|@import/)
    expect(html).toContain('<h2>Adverse impact: group</h2>')
  })
  it('escapes values in HTML', () => {
    const r = screener.screen({ ...app('<b>x</b>', true), source: '<script>' }, { now })
    const html = formatSummaryHtml(summarize([r]))
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;')
  })
  it('parses demographics CSV with quotes and an id column', () => {
    const d = parseDemographicsCsv('\uFEFFid,gender,"age band"\r\na-1,woman,"30-39"\na-2,"man, cis",\n')
    expect(d.get('a-1')).toEqual({ gender: 'woman', 'age band': '30-39' })
    expect(d.get('a-2')).toEqual({ gender: 'man, cis' })
    expect(() => parseDemographicsCsv('name,gender\nx,y\n')).toThrow(/id/)
  })
})

describe('diffOutcomes', () => {
  it('counts changes by direction and names the criteria that caused each', () => {
    const stricter = compileCriteria({
      ...base,
      criteria: [base.criteria[0]!, { ...base.criteria[1]!, rule: { '>=': [{ var: 'years' }, 6] } }],
    })
    const apps = [app('d1', true, 5), app('d2', true, 7), app('d3', false, 5)]
    const d = diffOutcomes(screener, stricter, apps, { now })
    expect(d).toEqual({
      total: 3,
      unchanged: 2,
      directions: { 'pass -> reject': 1 },
      changes: [{ id: 'd1', from: 'pass', to: 'reject', criteria: ['years'] }],
      errors: [],
    })
  })
})

describe('criteria left to a person or skipped', () => {
  it('are counted per criterion and shown in every format', () => {
    const s = compileCriteria({
      ...base,
      fields: {
        ...base.fields,
        edu: { type: 'enum' as const, values: ['Nurse', 'Other'], reviewValues: ['Other'], label: { en: 'edu' } },
      },
      criteria: [
        { id: 'ok', rule: { var: 'ok' }, required: true, reason: { en: 'ok' } },
        { id: 'edu', rule: { '==': [{ var: 'edu' }, 'Nurse'] }, required: true, reason: { en: 'nurse' } },
        {
          id: 'years',
          when: { var: 'ok' },
          rule: { '>=': [{ var: 'years' }, 2] },
          weight: 1,
          reason: { en: 'two years' },
        },
      ],
      decision: { minScore: 0 },
    })
    const results = [
      s.screen(
        { id: 'a', submittedAt: '2026-11-20T09:00:00+01:00', answers: { ok: true, edu: 'other', years: 3 } },
        { now },
      ),
      s.screen({ id: 'b', submittedAt: '2026-11-20T09:00:00+01:00', answers: { ok: false, edu: 'Nurse' } }, { now }),
      s.screen(
        { id: 'c', submittedAt: '2026-11-20T09:00:00+01:00', answers: { ok: true, edu: 'Nurse', years: 1 } },
        { now },
      ),
    ]
    expect(results.map((r) => r.outcome)).toEqual(['review', 'reject', 'pass'])
    const summary = summarize(results)
    const by = (id: string) => summary.criteria.find((c) => c.id === id)!
    expect(by('edu')).toMatchObject({ review: 1, unmet: 0 })
    expect(by('years')).toMatchObject({ skipped: 1, unmet: 1 })
    expect(formatSummaryMarkdown(summary)).toContain('| edu | 0 (0.0%) | 0 (0.0%) | 0 (0.0%) | 1 | 0 | 0 |')
    expect(formatSummaryHtml(summary)).toContain('<th>judged by a person</th>')
  })
})
