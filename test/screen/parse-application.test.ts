import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ApplicationError } from '../../src/errors'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { loadCriteriaText } from '../../src/screen/load-criteria'

// parseApplication reads an application exactly as screen() does. Oracle: screen() itself, on
// a rule set with one criterion per field, so a criterion's status is its field's state.
const screener = compileCriteria(
  loadCriteriaText(`
id: parse
version: 1
locale: en
job: { title: T, company: C, contact: { name: A, email: a@c.example } }
fields:
  years: { type: integer, min: 0, max: 60, label: { en: Years } }
  pay: { type: number, label: { en: Pay } }
  city: { type: string, maxLength: 20, label: { en: City } }
  permit: { type: boolean, label: { en: Permit } }
  start: { type: date, min: today, label: { en: Start } }
  licence: { type: enum, values: [B, C, Other], reviewValues: [Other], reviewNote: check it, label: { en: Licence } }
  skills: { type: list, values: [react, css], maxItems: 2, label: { en: Skills } }
criteria:
  - { id: years, rule: { ">=": [{ var: years }, 2] }, weight: 1, reason: { en: y } }
  - { id: pay, rule: { "<=": [{ var: pay }, 50000] }, weight: 1, reason: { en: p } }
  - { id: city, rule: { "==": [{ var: city }, Malmö] }, weight: 1, reason: { en: c } }
  - { id: permit, rule: { var: permit }, weight: 1, reason: { en: w } }
  - { id: start, rule: { dateOnOrBefore: [{ var: start }, "2027-06-01"] }, weight: 1, reason: { en: s } }
  - { id: licence, rule: { "==": [{ var: licence }, C] }, weight: 1, reason: { en: l } }
  - { id: skills, rule: { includesAny: [{ var: skills }, [react]] }, weight: 1, reason: { en: k } }
`),
)
const STATUS = { ok: ['met', 'unmet'], missing: ['missing'], invalid: ['invalid'], review: ['review'] } as const

const anyAnswer = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer({ min: -5, max: 80 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constantFrom(
    'B',
    'c',
    'Other',
    'react',
    'Malmö',
    'malmo',
    '2026-12-24',
    '2027-02-30',
    'x'.repeat(30),
    '\ud800',
    '',
  ),
  fc.array(fc.constantFrom('react', 'CSS', 'vue', 1), { maxLength: 4 }),
  fc.object({ maxDepth: 1 }),
)
const envelope = fc.record({
  id: fc.oneof(fc.constant('a-1'), fc.constant(''), fc.constant(undefined), fc.integer()),
  submittedAt: fc.oneof(
    fc.constant('2026-11-20T10:00:00+01:00'),
    fc.constant('2026-11-20'),
    fc.constant('not a date'),
    fc.constant(undefined),
  ),
  answers: fc.record(
    {
      years: anyAnswer,
      pay: anyAnswer,
      city: anyAnswer,
      permit: anyAnswer,
      start: anyAnswer,
      licence: anyAnswer,
      skills: anyAnswer,
    },
    { requiredKeys: [] },
  ),
})

describe('parseApplication', () => {
  it('reads every application as screen() does: the same unusable envelopes, the same answer states', () => {
    fc.assert(
      fc.property(envelope, (raw) => {
        const app = JSON.parse(JSON.stringify(raw)) as never
        const parsed = screener.parseApplication(app)
        let result
        try {
          result = screener.screen(app, { now: 'arrival' })
        } catch (e) {
          expect(e).toBeInstanceOf(ApplicationError)
          expect(parsed).toEqual({ ok: false, issues: (e as ApplicationError).issues })
          return
        }
        expect(parsed.ok).toBe(true)
        if (!parsed.ok) return
        for (const c of result.criteria)
          expect(STATUS[parsed.answers[c.id]!.state] as readonly string[]).toContain(c.status)
      }),
      { numRuns: 1500 },
    )
  })
  it('gives the values rules see, and says why an answer is not usable', () => {
    const p = screener.parseApplication({
      id: 'a',
      submittedAt: '2026-11-20T10:00:00+01:00',
      answers: { years: 2.5, city: 'malmo', licence: 'other', skills: ['REACT'] },
    })
    expect(p.ok && p.answers).toEqual({
      years: { state: 'invalid', message: 'must be a whole number', actual: 2.5 },
      pay: { state: 'missing' },
      city: { state: 'ok', value: 'malmo' },
      permit: { state: 'missing' },
      start: { state: 'missing' },
      licence: { state: 'review', note: 'check it', actual: 'Other' },
      skills: { state: 'ok', value: ['react'] },
    })
    expect(screener.parseApplication({ submittedAt: '2026-11-20' })).toMatchObject({
      ok: false,
      issues: [{ code: 'missing_key', path: ['id'] }],
    })
  })
})
