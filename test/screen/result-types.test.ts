import { describe, expect, expectTypeOf, it } from 'vitest'
import type { Explanation } from '../../src/logic/explain'
import { loadCriteriaText } from '../../src/screen/load-criteria'
import { compileCriteria } from '../../src/screen/compile-criteria'
import type { CriterionProblem, CriterionResult, ScreeningResult } from '../../src/screen/result'

// The result types narrow on status, so code that reads them needs no `!` (checked by tsc in
// `npm run typecheck`; the runtime half checks that the data is what the types say).
const screener = compileCriteria(
  loadCriteriaText(
    'id: t\nversion: 1\nlocale: en\njob: { title: T, company: C, contact: { name: A, email: a@c.example } }\nfields:\n  years: { type: number, label: { en: Years } }\n  ok: { type: boolean, label: { en: OK } }\ncriteria:\n  - { id: years, rule: { ">=": [{ var: years }, 3] }, required: true, reason: { en: three years } }\n  - { id: ok, rule: { var: ok }, when: { var: ok }, weight: 1, reason: { en: ok } }\n',
  ),
)
const app = { id: 'a', submittedAt: '2026-11-20T10:00:00+01:00', answers: { years: 1, ok: false } }

describe('result types', () => {
  it('narrow on status: detail when unmet or skipped, problem when undecided', () => {
    const result = screener.screen(app, { now: new Date('2026-11-21T10:00:00Z') })
    expectTypeOf(result).toEqualTypeOf<ScreeningResult>()
    const seen: string[] = []
    for (const c of result.criteria) {
      if (c.status === 'unmet' || c.status === 'skipped') {
        expectTypeOf(c.detail).toEqualTypeOf<Explanation>()
        expect(c.detail.kind).toBeTypeOf('string')
      } else if (c.status === 'missing' || c.status === 'invalid' || c.status === 'review' || c.status === 'error') {
        expectTypeOf(c.problem).toEqualTypeOf<CriterionProblem>()
      } else expectTypeOf(c.detail).toEqualTypeOf<Explanation | undefined>()
      seen.push(c.status)
    }
    expect(seen).toEqual(['unmet', 'skipped'])
    const missing = screener.screen({ ...app, answers: {} }, { now: new Date('2026-11-21T10:00:00Z') }).criteria[0]!
    expect(missing.status).toBe('missing')
    if (missing.status === 'missing') expect(missing.problem.code).toBe('missing_answer')
  })
  it('with explain: false, unmet criteria have no detail, and the type says so', () => {
    const result = screener.screen(app, { now: new Date('2026-11-21T10:00:00Z'), explain: false })
    expectTypeOf(result).toEqualTypeOf<ScreeningResult<false>>()
    const c = result.criteria[0]!
    if (c.status === 'unmet') expectTypeOf(c.detail).toEqualTypeOf<undefined>()
    expect(result.criteria.map((x) => 'detail' in x)).toEqual([false, false])
    expectTypeOf<CriterionResult<false>>().not.toEqualTypeOf<CriterionResult>()
  })
})
