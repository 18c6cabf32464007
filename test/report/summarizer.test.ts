import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatSummaryHtml, formatSummaryMarkdown } from '../../src/report/format-summary'
import {
  createSummarizer,
  summarize,
  type GroupRate,
  type OutcomeCounts,
  type ReportEntry,
} from '../../src/report/summarize'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { cli } from '../helpers/cli'
import { growth } from '../helpers/growth'

const screener = compileCriteria({
  id: 'job',
  version: 1,
  locale: 'en',
  job: { title: 'T', company: 'Acme', contact: { name: 'Ann', email: 'ann@acme.example' } },
  fields: { ok: { type: 'boolean', label: { en: 'ok' } }, years: { type: 'number', label: { en: 'years' } } },
  criteria: [
    { id: 'ok', rule: { var: 'ok' }, required: true, reason: { en: 'ok' } },
    { id: 'years', rule: { '>=': [{ var: 'years' }, 2] }, weight: 1, reason: { en: 'two years' } },
  ],
  decision: { minScore: 1 },
})
const template = screener.screen(
  { id: 't', submittedAt: '2026-11-20T09:00:00+01:00', answers: { ok: true, years: 5 } },
  { now: new Date('2026-11-20T12:00:00Z') },
) as ReportEntry
type Status = 'met' | 'unmet' | 'missing'

/** A result as stored, built by hand: any outcome, source and statuses. */
function entry(
  id: string,
  source: string,
  outcome: ReportEntry['outcome'],
  ok: Status = 'met',
  years: Status = 'met',
): ReportEntry {
  const status = (s: Status, c: ReportEntry['criteria'][number]) =>
    s === 'missing'
      ? { ...c, status: s, problem: { code: 'missing', message: 'no answer', fields: [c.id] } }
      : { ...c, status: s }
  return {
    ...template,
    outcome,
    application: { ...template.application, id, source },
    criteria: [status(ok, template.criteria[0]!), status(years, template.criteria[1]!)],
  } as ReportEntry
}

const largestFirst =
  <T>(size: (x: T) => number, name: (x: T) => string) =>
  (a: T, b: T) =>
    size(b) - size(a) || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0)
const add = (rows: OutcomeCounts[]) =>
  rows.reduce(
    (s, c) => ({
      applications: s.applications + c.applications,
      pass: s.pass + c.pass,
      reject: s.reject + c.reject,
      review: s.review + c.review,
      nearMiss: s.nearMiss + c.nearMiss,
    }),
    { applications: 0, pass: 0, reject: 0, review: 0, nearMiss: 0 },
  )

describe('groups beyond maxGroups', () => {
  const row = fc.record({
    source: fc.constantFrom('s1', 's2', 's3', 's4', 's5', 's6'),
    group: fc.option(fc.constantFrom('g1', 'g2', 'g3', 'g4', 'g5', 'g6', 'g7'), { nil: undefined }),
    outcome: fc.constantFrom('pass', 'reject', 'review') as fc.Arbitrary<ReportEntry['outcome']>,
    ok: fc.constantFrom('met', 'unmet', 'missing') as fc.Arbitrary<Status>,
    years: fc.constantFrom('met', 'unmet', 'missing') as fc.Arbitrary<Status>,
  })
  it('the largest are listed as they are, the rest added up into one row: the same figures as listing all (property)', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 80 }), fc.integer({ min: 1, max: 7 }), (rows, max) => {
        const results = rows.map((r, i) => entry(`a${i}`, r.source, r.outcome, r.ok, r.years))
        const demographics = new Map(rows.flatMap((r, i) => (r.group ? [[`a${i}`, { g: r.group }] as const] : [])))
        const all = summarize(results, { demographics, maxGroups: 1000 })
        const folded = summarize(results, { demographics, maxGroups: max })
        expect(all.otherSources).toBeNull()

        const sources = Object.entries(all.bySource).sort(
          largestFirst(
            ([, c]) => c.applications,
            ([n]) => n,
          ),
        )
        expect(Object.keys(folded.bySource).sort()).toEqual(
          sources
            .slice(0, max)
            .map(([n]) => n)
            .sort(),
        )
        for (const [n, c] of Object.entries(folded.bySource)) expect(c).toEqual(all.bySource[n])
        const rest = sources.slice(max)
        expect(folded.otherSources).toEqual(
          rest.length ? { groups: rest.length, ...add(rest.map(([, c]) => c)) } : null,
        )
        expect(folded.totals).toEqual(all.totals)

        for (const [i, a] of all.adverseImpact.entries()) {
          const f = folded.adverseImpact[i]!
          expect(a.other).toBeNull()
          const ranked = [...a.groups].sort(
            largestFirst(
              (g) => g.screened,
              (g) => g.group,
            ),
          )
          const listed = ranked.slice(0, max).map((g) => g.group)
          const check = (full: GroupRate[], got: { groups: GroupRate[]; other: unknown }) => {
            const shown = full.filter((g) => listed.includes(g.group))
            const top = Math.max(0, ...shown.map((g) => g.rate))
            expect(got.groups).toEqual(
              shown.map((g) => ({
                ...g,
                impactRatio: top > 0 ? g.rate / top : null,
                flagged: top > 0 && g.rate / top < 0.8,
              })),
            )
            const others = full.filter((g) => !listed.includes(g.group))
            const screened = others.reduce((s, g) => s + g.screened, 0)
            const passed = others.reduce((s, g) => s + g.passed, 0)
            const rate = screened ? passed / screened : 0
            expect(got.other).toEqual(
              others.length
                ? {
                    groups: others.length,
                    screened,
                    passed,
                    rate,
                    impactRatio: top > 0 ? rate / top : null,
                    flagged: top > 0 && rate / top < 0.8,
                    small: screened < 30,
                  }
                : null,
            )
          }
          check(a.groups, f)
          expect(f.unknown).toBe(a.unknown)
          for (const [j, c] of a.criteria.entries()) check(c.groups, f.criteria[j]!)
        }
      }),
      { numRuns: 400 },
    )
  })
  it('the added-up row is in the Markdown, HTML and JSON reports, with its counts', () => {
    const results = Array.from({ length: 12 }, (_, i) => entry(`a${i}`, `source ${i % 4}`, i % 3 ? 'reject' : 'pass'))
    const s = summarize(results, {
      demographics: new Map(results.map((r, i) => [r.application.id, { g: `group ${i % 6}` }])),
      maxGroups: 2,
    })
    expect(s.otherSources).toEqual({ groups: 2, applications: 6, pass: 2, reject: 4, review: 0, nearMiss: 0 })
    expect(s.adverseImpact[0]!.other).toMatchObject({ groups: 4, screened: 8, passed: 2 })
    const md = formatSummaryMarkdown(s)
    expect(md).toContain('| *2 other sources* | 6 | 2 | 4 | 0 | 0 |')
    expect(md).toContain('| *4 other groups* | 8 | 2 | 25.0% |')
    expect(md).toContain('The 2 largest sources, jobs and groups of each column are listed')
    const html = formatSummaryHtml(s)
    expect(html).toContain('<tr><td><em>2 other sources</em></td><td>6</td><td>2</td><td>4</td><td>0</td></tr>')
    expect(html).toContain('<tr><td><em>4 other groups</em></td><td>8</td><td>2</td><td>25.0%</td>')
    expect(JSON.parse(JSON.stringify(s)).otherSources.groups).toBe(2)
  })
  it('SLA breaches: all counted, the longest listed', () => {
    const results = Array.from({ length: 30 }, (_, i) => ({
      ...entry(`b${String(i).padStart(2, '0')}`, 'web', 'reject'),
      message: {
        sendAt: new Date(Date.parse(template.application.submittedAt) + (50 + i) * 3_600_000).toISOString(),
        slaBreached: true,
      },
    }))
    const t = summarize(results, { maxGroups: 3 }).responseTimes
    expect(t.breached).toBe(30)
    expect(t.breaches).toEqual([
      { id: 'b29', hours: 79 },
      { id: 'b28', hours: 78 },
      { id: 'b27', hours: 77 },
    ])
    expect(formatSummaryMarkdown(summarize(results, { maxGroups: 3 }))).toContain(
      'SLA breaches (30), the 3 longest: b29 (79 h), b28 (78 h), b27 (77 h)',
    )
  })
  it('maxGroups must be a whole number above 0', () => {
    for (const bad of [0, -1, 1.5, Number.NaN])
      expect(() => createSummarizer({ maxGroups: bad })).toThrow(/maxGroups must be a whole number above 0/)
    expect(
      summarize([entry('a', 'web', 'pass'), entry('b', 'mail', 'pass')], { maxGroups: Infinity }).otherSources,
    ).toBeNull()
  })
  it('autoscreen report --max-groups <n> lists n sources; 0 or a fraction is a usage error', async () => {
    const stdin = Array.from({ length: 6 }, (_, i) => JSON.stringify(entry(`a${i}`, `source ${i}`, 'pass'))).join('\n')
    const r = await cli(['report', '--max-groups', '2', '--format', 'json', '-'], { stdin })
    expect(r.code).toBe(0)
    expect([Object.keys(JSON.parse(r.stdout).bySource), JSON.parse(r.stdout).otherSources.groups]).toEqual([
      ['source 0', 'source 1'],
      4,
    ])
    for (const bad of ['0', '1.5', 'many']) {
      const u = await cli(['report', '--max-groups', bad, '-'], { stdin })
      expect([u.code, u.stderr]).toEqual([2, expect.stringContaining('--max-groups takes a whole number above 0')])
    }
  })
})

describe('summarising as results stream', () => {
  it('with a source and a group of its own for every result, it keeps a fraction of what the results would take', () => {
    const gc = (globalThis as { gc?: () => void }).gc!
    const n = 50_000
    const line = JSON.stringify(entry('ID', 'SOURCE', 'reject', 'met', 'unmet'))
    const read = (i: number) =>
      JSON.parse(line.replace('"ID"', `"a${i}"`).replace('"SOURCE"', `"source ${i}"`)) as ReportEntry
    const demographics = new Map(Array.from({ length: n }, (_, i) => [`a${i}`, { group: `group ${i}` }]))
    gc()
    const start = process.memoryUsage().heapUsed
    const summarizer = createSummarizer({ demographics })
    for (let i = 0; i < n; i++) summarizer.add(read(i))
    gc()
    const counted = process.memoryUsage().heapUsed - start
    const held = Array.from({ length: n }, (_, i) => read(i))
    gc()
    const holding = process.memoryUsage().heapUsed - start - counted
    expect(
      counted,
      `${(counted / n).toFixed(0)} bytes per result counted, ${(holding / n).toFixed(0)} held`,
    ).toBeLessThan(holding / 5)
    expect([summarizer.summary().adverseImpact[0]!.other!.groups, held.length]).toEqual([n - 50, n])
  })
  it('time grows linearly with the criteria of one result (which ones a rejection hinges on)', () => {
    const resultOf = (n: number) =>
      ({
        ...entry('a', 'web', 'reject'),
        criteria: Array.from({ length: n }, (_, i) => ({
          ...template.criteria[1]!,
          id: `c${i}`,
          status: 'unmet' as const,
        })),
      }) as ReportEntry
    // From 16,000: below that, the maps of criteria ids grow through V8's small-table sizes and
    // one doubling once cost 4x on a busy machine (16,000 -> 32,000: 29 -> 117 ms), the others 2x.
    const sizes = [16_000, 32_000, 64_000, 128_000]
    // The same result 5 times: long enough to time, no more held.
    const g = growth((n) => {
      const r = resultOf(n)
      return () => summarize(Array(5).fill(r))
    }, sizes)
    // At these sizes the ids and counts outgrow the processor's caches, and each doubling costs
    // more than twice on any walk over them (CI once measured 1.68 here for a linear summary).
    // The baseline is such a walk, measured alongside: a map of the ids to a count each, built
    // and read once per criterion, as the summary does. A walk of the result per criterion
    // (quadratic) grows by about 1 more than it.
    const base = growth((n) => {
      const r = resultOf(n)
      return () => {
        for (let k = 0; k < 5; k++) {
          const counts = new Map<string, { unmet: number }>()
          for (const c of r.criteria) counts.set(c.id, { unmet: c.status === 'unmet' ? 1 : 0 })
          for (const c of r.criteria) counts.get(c.id)!.unmet++
        }
      }
    }, sizes)
    expect(g.exponent, `${g.table}; baseline ${base.table} (exponent ${base.exponent.toFixed(2)})`).toBeLessThan(
      base.exponent + 0.5,
    )
    expect(g.exponent, `${g.table} (a walk per criterion would be about 2)`).toBeLessThan(1.8)
  })
})

describe('per criterion, against its definition', () => {
  const statuses = ['met', 'unmet', 'missing', 'invalid', 'error', 'review', 'skipped'] as const
  const criterion = fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd'),
    status: fc.constantFrom(...statuses),
    required: fc.boolean(),
    weight: fc.integer({ min: 0, max: 3 }),
  })
  const result = fc.record({
    job: fc.constantFrom('job', 'other'),
    outcome: fc.constantFrom('pass', 'reject', 'review') as fc.Arbitrary<ReportEntry['outcome']>,
    score: fc.integer({ min: 0, max: 6 }),
    minScore: fc.integer({ min: 0, max: 6 }),
    group: fc.constantFrom('g1', 'g2'),
    criteria: fc.array(criterion, { maxLength: 6 }),
  })
  it('counts, rejections that hinge on each criterion alone and rates per group, ids repeated within a result too (property)', () => {
    fc.assert(
      fc.property(fc.array(result, { maxLength: 30 }), (rows) => {
        const results = rows.map(
          (r, i) =>
            ({
              ...template,
              outcome: r.outcome,
              score: r.score,
              minScore: r.minScore,
              audit: { ...template.audit, criteriaId: r.job },
              application: { ...template.application, id: `a${i}` },
              criteria: r.criteria.map((c) => ({ ...template.criteria[1]!, ...c })),
            }) as ReportEntry,
        )
        const demographics = new Map(rows.map((r, i) => [`a${i}`, { g: r.group }]))
        const got = summarize(results, { demographics, maxGroups: 1000 })

        // The definition, walked naively: a criterion's key is its id, prefixed by its job after the first job seen.
        const firstJob = rows[0]?.job
        const want = new Map<string, Record<string, number>>()
        const rates = new Map<string, Map<string, [number, number]>>()
        for (const r of rows) {
          const key = (id: string) => (r.job === firstJob ? id : `${r.job}/${id}`)
          const open = (c: (typeof r.criteria)[number]) =>
            ['invalid', 'error', 'review'].includes(c.status) ||
            (c.required && (c.status === 'unmet' || c.status === 'missing'))
          for (const c of r.criteria) {
            const w = want.get(key(c.id)) ?? { unmet: 0, missing: 0, invalid: 0, review: 0, skipped: 0, decisive: 0 }
            want.set(key(c.id), w)
            if (c.status === 'error') w.invalid!++
            else if (c.status !== 'met') w[c.status]!++
            const first = r.criteria.find((x) => x.id === c.id)!
            const alone = !r.criteria.some((x) => x.id !== c.id && open(x))
            const passes = first.required ? r.score >= r.minScore : r.score + first.weight >= r.minScore
            if (r.outcome === 'reject' && first.status === 'unmet' && alone && passes) w.decisive!++
          }
          if (r.outcome === 'review') continue
          for (const c of r.criteria) {
            if (r.criteria.find((x) => x.id === c.id) !== c || (c.status !== 'met' && c.status !== 'unmet')) continue
            const per = rates.get(c.id) ?? new Map<string, [number, number]>()
            rates.set(c.id, per)
            const [n, met] = per.get(r.group) ?? [0, 0]
            per.set(r.group, [n + 1, met + (c.status === 'met' ? 1 : 0)])
          }
        }
        expect(
          Object.fromEntries(
            got.criteria.map((c) => [
              c.id,
              {
                unmet: c.unmet,
                missing: c.missing,
                invalid: c.invalid,
                review: c.review,
                skipped: c.skipped,
                decisive: c.decisive,
              },
            ]),
          ),
        ).toEqual(Object.fromEntries(want))
        const column = got.adverseImpact.find((a) => a.column === 'g')
        expect(
          Object.fromEntries(
            (column?.criteria ?? [])
              .map((c) => [c.id, Object.fromEntries(c.groups.map((g) => [g.group, [g.screened, g.passed]]))] as const)
              .filter(([, groups]) => Object.keys(groups).length > 0),
          ),
        ).toEqual(Object.fromEntries([...rates].map(([id, per]) => [id, Object.fromEntries(per)])))
      }),
      { numRuns: 300 },
    )
  })
})
