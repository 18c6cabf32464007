import { describe, expect, it } from 'vitest'
import { createEngine } from '../../src/logic/engine'
import { explainRule, formatExplanation } from '../../src/logic/explain'

const engine = createEngine()
const explain = (rule: unknown, data: unknown) => formatExplanation(explainRule(engine, engine.compile(rule), data))

describe('explanations', () => {
  it('a comparison names the field, the actual and the required value', () => {
    expect(explain({ '>=': [{ var: 'experienceYears' }, 3] }, { experienceYears: 2 })).toBe(
      'experienceYears is 2; at least 3 required',
    )
    expect(
      explainRule(engine, engine.compile({ '>=': [{ var: 'experienceYears' }, 3] }), { experienceYears: 2 }),
    ).toEqual({
      kind: 'condition',
      operator: '>=',
      path: 'experienceYears',
      subject: 'experienceYears',
      expected: 3,
      actual: 2,
      negated: false,
    })
  })
  it('flips a comparison written value-first', () => {
    expect(explain({ '<=': [3, { var: 'y' }] }, { y: 1 })).toBe('y is 1; at least 3 required')
  })
  it('between forms', () => {
    expect(explain({ '<=': [18, { var: 'age' }, 67] }, { age: 70 })).toBe('age is 70; between 18 and 67 required')
  })
  it('an or lists every alternative that failed', () => {
    expect(
      explain(
        { or: [{ in: ['react', { var: 'skills' }] }, { in: ['vue', { var: 'skills' }] }] },
        { skills: ['angular'] },
      ),
    ).toBe('none of: skills includes react; skills includes vue')
  })
  it('an and names the first part that failed', () => {
    expect(
      explain({ and: [{ var: 'a' }, { '>': [{ var: 'b' }, 5] }, { '>': [{ var: 'c' }, 5] }] }, { a: true, b: 1, c: 1 }),
    ).toBe('b is 1; more than 5 required')
  })
  it('a negation explains what held', () => {
    expect(explain({ '!': { in: [{ var: 'city' }, ['Oslo', 'Bergen']] } }, { city: 'Oslo' })).toBe(
      'not: city is one of ["Oslo", "Bergen"] (city is "Oslo")',
    )
  })
  it('if follows the branch taken', () => {
    expect(
      explain(
        { if: [{ var: 'senior' }, { '>=': [{ var: 'years' }, 5] }, { '>=': [{ var: 'years' }, 2] }] },
        { senior: false, years: 1 },
      ),
    ).toBe('years is 1; at least 2 required')
  })
  it('some, all and none', () => {
    expect(
      explainRule(engine, engine.compile({ some: [{ var: 'langs' }, { '==': [{ var: '' }, 'sv'] }] }), {
        langs: ['en'],
      }),
    ).toMatchObject({ operator: 'some', path: 'langs', actual: ['en'] })
  })
  it('screening operators', () => {
    expect(explain({ includesAny: [{ var: 'skills' }, ['react', 'vue']] }, { skills: ['svelte'] })).toBe(
      'skills is ["svelte"]; one of react, vue required',
    )
    expect(explain({ cefrAtLeast: [{ var: 'english' }, 'B2'] }, { english: 'B1' })).toBe(
      'english is "B1"; at least B2 required',
    )
  })
  it('a derived subject is named by its expression', () => {
    const ctx = { now: new Date('2026-11-23T10:00:00Z'), timeZone: 'Europe/Stockholm' }
    const rule = engine.compile({ '<=': [{ daysUntil: { var: 'start' } }, 30] })
    const e = explainRule(engine, rule, { start: '2027-06-01' }, ctx)
    expect(formatExplanation(e)).toBe('daysUntil(start) is 190; at most 30 required')
    expect(e).toMatchObject({ path: 'start', subject: 'daysUntil(start)' })
  })
  it('truncates huge actual values', () => {
    expect(explain({ '==': [{ var: 's' }, 'x'] }, { s: 'y'.repeat(10_000) }).length).toBeLessThan(200)
  })
})
