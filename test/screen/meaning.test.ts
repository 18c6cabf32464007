import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import type { Locale } from '../../src/criteria/schema'
import { formatExplanation } from '../../src/logic/explain'
import { renderMessage } from '../../src/messages/render-message'
import { compileCriteria } from '../../src/screen/compile-criteria'
import type { ScreeningResult } from '../../src/screen/result'

// Criteria that mean what the recruiter meant: each case of test/fixtures/screen/meaning.yaml
// in both engine modes.
type Case = {
  name: string
  answers: Record<string, unknown>
  submittedAt?: string
  outcome: string
  statuses?: Record<string, string>
  unmet?: string[]
  review?: string[]
  gaps?: Record<string, string[]>
  detail?: Record<string, string>
  problem?: Record<string, string>
  reason?: Partial<Record<Locale, Record<string, string>>>
  message?: Partial<Record<Locale, string[]>>
}
type Suite = {
  name: string
  job?: Record<string, unknown>
  fields: unknown
  criteria: unknown
  decision?: unknown
  cases: Case[]
}
const { suites } = parse(readFileSync(join(__dirname, '../fixtures/screen/meaning.yaml'), 'utf8')) as {
  suites: Suite[]
}
const now = new Date('2026-11-23T10:00:00Z')

for (const jitless of [false, true])
  describe(`${jitless ? 'jitless' : 'compiled'} engine`, () => {
    for (const suite of suites)
      describe(suite.name, () => {
        const screener = compileCriteria(
          {
            id: 'meaning',
            version: 1,
            locale: 'sv',
            job: { title: 'Jobb', company: 'Acme', contact: { name: 'Ann', email: 'ann@acme.example' }, ...suite.job },
            fields: suite.fields,
            criteria: suite.criteria,
            ...(suite.decision ? { decision: suite.decision } : {}),
          } as never,
          { engine: { jitless } },
        )
        for (const c of suite.cases)
          it(c.name, () => {
            const r = screener.screen(
              { id: 'a', submittedAt: c.submittedAt ?? '2026-11-20T09:14:00+01:00', answers: c.answers },
              { now },
            )
            const byId = (id: string) => r.criteria.find((x) => x.id === id)!
            const why = (x: ScreeningResult['criteria'][number]) =>
              `${x.status}${x.detail ? `: ${formatExplanation(x.detail)}` : ''}${x.problem ? `: ${x.problem.message}` : ''}`
            expect(r.outcome, r.criteria.map((x) => `${x.id} ${why(x)}`).join('\n')).toBe(c.outcome)
            for (const [id, status] of Object.entries(c.statuses ?? {}))
              expect(byId(id).status, `${id}: ${why(byId(id))}`).toBe(status)
            if (c.unmet) expect(r.unmet).toEqual(c.unmet)
            if (c.review) expect(r.review).toEqual(c.review)
            for (const [id, gaps] of Object.entries(c.gaps ?? {})) expect(byId(id).gaps).toEqual(gaps)
            for (const [id, text] of Object.entries(c.detail ?? {}))
              expect(formatExplanation(byId(id).detail!)).toContain(text)
            for (const [id, text] of Object.entries(c.problem ?? {})) expect(byId(id).problem?.message).toContain(text)
            for (const [locale, reasons] of Object.entries(c.reason ?? {}))
              for (const [id, text] of Object.entries(reasons))
                expect(screener.reason(id, locale as Locale)).toContain(text)
            for (const [locale, texts] of Object.entries(c.message ?? {})) {
              const m = renderMessage(r, { screener, now, locale: locale as Locale })
              for (const text of texts) expect(`${m.subject}\n${m.text}`).toContain(text)
            }
            // Every status is explained: unmet and skipped by a detail, undecided ones by the answers that decide.
            for (const x of r.criteria) {
              if (x.status === 'unmet' || x.status === 'skipped' || (x.status === 'met' && x.gaps))
                expect(x.detail, x.id).toBeDefined()
              if (x.status === 'missing' || x.status === 'review' || x.status === 'invalid')
                expect(x.problem?.fields?.length ?? (x.status === 'review' ? 1 : 0), x.id).toBeGreaterThan(0)
            }
          })
      })
  })
