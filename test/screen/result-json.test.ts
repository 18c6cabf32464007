import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { loadCriteria } from '../../src/node/load-criteria'
import { resultJson } from '../../src/screen/result-json'
import type { ScreeningResult } from '../../src/screen/result'
import { syntheticApplications } from '../bench/synthetic'

// resultJson must be JSON.stringify, byte for byte, whatever the result: fresh from screen(),
// read back from JSON, or changed by its holder.
const now = new Date('2026-11-23T10:00:00Z')

describe('resultJson', () => {
  it('writes exactly what JSON.stringify writes for every result of the bundled rule sets', async () => {
    let n = 0
    for (const name of ['frontend-developer', 'lagerarbetare', 'b2b-saljare']) {
      const s = compileCriteria(await loadCriteria(join(__dirname, `../../rules/${name}.yaml`)))
      const examples = readFileSync(join(__dirname, `../../examples/applications/${name}.jsonl`), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
      for (const app of [...syntheticApplications(s.criteria, 1_000), ...examples]) {
        let r: ScreeningResult
        try {
          r = s.screen(app, { now })
        } catch {
          continue
        }
        expect(resultJson(r)).toBe(JSON.stringify(r))
        // Twice: the second time from kept texts.
        expect(resultJson(r)).toBe(JSON.stringify(r))
        n++
      }
    }
    expect(n).toBeGreaterThan(3_000)
  })
  it('writes the results of the meaning fixture (gaps, problems, skipped, review) exactly', () => {
    const { suites } = parse(readFileSync(join(__dirname, '../fixtures/screen/meaning.yaml'), 'utf8')) as {
      suites: {
        job?: object
        fields: unknown
        criteria: unknown
        decision?: unknown
        cases: { answers: Record<string, unknown> }[]
      }[]
    }
    for (const suite of suites) {
      const s = compileCriteria({
        id: 'm',
        version: 1,
        locale: 'sv',
        job: { title: 'J', company: 'A', contact: { name: 'A', email: 'a@b.se' }, ...suite.job },
        fields: suite.fields,
        criteria: suite.criteria,
        ...(suite.decision ? { decision: suite.decision } : {}),
      } as never)
      for (const c of suite.cases) {
        const r = s.screen(
          {
            id: 'x"\u2028\\',
            submittedAt: '2026-11-20T09:14:00+01:00',
            candidate: { firstName: 'Åsa "Å"', locale: 'en' },
            answers: c.answers,
          },
          { now },
        )
        expect(resultJson(r)).toBe(JSON.stringify(r))
      }
    }
  })
  it('follows changes made to a result, and results read back from JSON', async () => {
    const s = compileCriteria(await loadCriteria(join(__dirname, '../../rules/frontend-developer.yaml')))
    const r = s.screen(syntheticApplications(s.criteria, 1)[0]!, { now }) as ScreeningResult & Record<string, unknown>
    resultJson(r)
    const c = r.criteria[1]! as unknown as Record<string, unknown>
    c.reason = 'changed "reason"'
    c.extra = { x: [1, undefined, () => 1] }
    delete c.weight
    r.explanations = { a: 'b' }
    r.skip = undefined
    expect(resultJson(r)).toBe(JSON.stringify(r))
    const back = JSON.parse(JSON.stringify(r))
    expect(resultJson(back)).toBe(JSON.stringify(back))
  })
})
