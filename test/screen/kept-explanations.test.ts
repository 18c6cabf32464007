import { describe, expect, it } from 'vitest'
import { compileCriteria } from '../../src/screen/compile-criteria'

// Explanations of a rule of one answer are kept per answer and shared between results: never
// for a rule that also reads the whole data, whose explanation holds the application's answers.
describe('kept explanations', () => {
  const now = new Date('2026-11-23T10:00:00Z')
  const screener = (rule: unknown) =>
    compileCriteria({
      id: 'x',
      version: 1,
      locale: 'en',
      job: { title: 't', company: 'c', contact: { name: 'n', email: 'a@b.se' } },
      fields: { a: { type: 'string', label: { en: 'a' } }, b: { type: 'string', label: { en: 'b' } } },
      criteria: [{ id: 'c', rule, weight: 1, reason: { en: 'r' } }],
      decision: { minScore: 0 },
    } as never)

  it("never shows one applicant's answers in the next one's explanation", () => {
    const s = screener({ in: [{ var: 'a' }, { var: '' }] })
    for (const b of ['first applicant', 'second applicant']) {
      const r = s.screen({ id: b, submittedAt: '2026-11-20T10:00:00+01:00', answers: { a: 'x', b } }, { now })
      expect(r.criteria[0]).toMatchObject({ status: 'unmet', detail: { expected: { a: 'x', b } } })
    }
  })

  it('shares the explanation of the same answer to a rule of that answer alone', () => {
    const s = screener({ in: [{ var: 'a' }, ['y', 'z']] })
    const [r1, r2] = ['1', '2'].map((id) =>
      s.screen({ id, submittedAt: '2026-11-20T10:00:00+01:00', answers: { a: 'x', b: id } }, { now }),
    )
    expect(r1!.criteria[0]!.detail).toBe(r2!.criteria[0]!.detail)
  })
})
