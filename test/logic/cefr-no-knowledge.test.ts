import { describe, expect, it } from 'vitest'
import { compileCriteria, CriteriaError, loadCriteriaText } from '../../src/index.js'

// A language question that offers "no knowledge" below A1: allowed at load, and such an answer
// meets no cefrAtLeast (it ranks below A1), while A1 and above keep their order.
const file = (values: string) => `id: lang
version: 1
locale: sv
job:
  title: Lager
  company: Acme
  contact: { name: Ann, email: ann@acme.example }
fields:
  swedish: { type: enum, values: ${values}, label: { sv: Svenska } }
criteria:
  - id: swedish
    rule: { cefrAtLeast: [{ var: swedish }, A2] }
    required: true
    reason: { sv: svenska på minst nivå A2 }
`
const now = new Date('2026-11-20T10:00:00Z')
const outcome = (values: string, answer: string) =>
  compileCriteria(loadCriteriaText(file(values))).screen(
    { id: 'a', submittedAt: '2026-11-20T10:00:00+01:00', answers: { swedish: answer } },
    { now },
  ).criteria[0]!.status

describe('cefrAtLeast with a "no knowledge" option', () => {
  it.each([
    '[Inga kunskaper, A1, A2, B1, B2, C1, C2]',
    '[none, A1, A2, B1, B2, C1, C2]',
    '[No knowledge, A1, A2, B1, B2, C1, C2]',
  ])('loads %s, and no knowledge ranks below A1', (values) => {
    const none = values.slice(1).split(',')[0]!
    expect(outcome(values, none)).toBe('unmet')
    expect(outcome(values, 'A1')).toBe('unmet')
    expect(outcome(values, 'A2')).toBe('met')
    expect(outcome(values, 'C2')).toBe('met')
  })

  it('still refuses an option that is neither a level nor no knowledge, and says no knowledge may be offered', () => {
    let err: unknown
    try {
      loadCriteriaText(file('[Lite, A1, A2, B1, B2, C1, C2]'))
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(CriteriaError)
    const issue = (err as CriteriaError).issues.find((i) => i.code === 'type_mismatch')!
    expect(issue.message).toContain('"Lite"')
    expect(issue.message).toContain('ranks below A1')
  })
})
