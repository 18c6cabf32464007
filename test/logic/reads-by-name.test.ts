import { describe, expect, it } from 'vitest'
import { createEngine } from '../../src/logic/engine'
import { pureFields, readsByName, soleField } from '../../src/logic/reads-by-name'

// Screening keeps the three-valued verdict of a rule of one answer per state of that answer:
// soleField must say so only of rules whose value nothing else can change.
describe('soleField', () => {
  const engine = createEngine()
  const sole = (rule: unknown) => soleField(engine, engine.compile(rule))

  it('names the one field of a rule that reads it by name and nothing else', () => {
    expect(sole({ in: [{ var: 'city' }, ['Malmö', 'Lund']] })).toBe('city')
    expect(sole({ or: [{ '>=': [{ var: 'years' }, 3] }, { '==': [{ var: 'years' }, 0] }] })).toBe('years')
    expect(sole({ some: [{ var: 'skills' }, { '==': [{ var: '' }, 'react'] }] })).toBe('skills')
    expect(sole({ var: ['exam', false] })).toBe('exam')
  })

  it('says nothing of a rule that reads more: another field, the whole data, a key, the clock, the submission, a person', () => {
    expect(sole({ and: [{ var: 'a' }, { var: 'b' }] })).toBeUndefined()
    expect(sole({ and: [{ var: 'a' }, { var: '' }] })).toBeUndefined()
    expect(sole({ var: 'a.b' })).toBeUndefined()
    expect(sole({ '!': [{ missing: ['a'] }] })).toBeUndefined()
    expect(sole({ '>': [{ yearsSince: [{ var: 'born' }] }, 18] })).toBeUndefined()
    expect(sole({ dateOnOrBefore: [{ var: 'from' }, { addMonths: [{ submittedAt: [] }, 1] }] })).toBeUndefined()
    expect(sole({ some: [{ var: 'dates' }, { '>': [{ daysSince: [{ var: '' }] }, 3] }] })).toBeUndefined()
    expect(sole({ or: [{ var: 'a' }, { review: ['a person decides'] }] })).toBeUndefined()
  })

  it('readsByName: a rule of named fields, whatever else it reads, unless it reads the whole data or asks a person', () => {
    const byName = (rule: unknown) => readsByName(engine, engine.compile(rule))
    expect(byName({ and: [{ var: 'a' }, { '>=': [{ var: 'b' }, 3] }] })).toBe(true)
    expect(byName({ dateOnOrBefore: [{ var: 'from' }, { addMonths: [{ submittedAt: [] }, 1] }] })).toBe(true)
    expect(byName({ some: [{ var: 'skills' }, { '==': [{ var: '' }, 'react'] }] })).toBe(true)
    expect(byName({ '!': [{ missing: ['a', 'b'] }] })).toBe(true)
    expect(byName({ and: [{ var: 'a' }, { var: '' }] })).toBe(false)
    expect(byName({ or: [{ var: 'a' }, { review: ['a person decides'] }] })).toBe(false)
  })

  it('pureFields: the fields of a rule nothing else can change, or nothing', () => {
    const pure = (rule: unknown) => pureFields(engine, engine.compile(rule))
    expect(pure({ or: [{ var: 'relocate' }, { in: [{ var: 'city' }, ['Lund']] }] })).toEqual(['relocate', 'city'])
    expect(
      pure({ and: [{ '>=': [{ var: 'years' }, 5] }, { some: [{ var: 'skills' }, { '==': [{ var: '' }, 'react'] }] }] }),
    ).toEqual(['years', 'skills'])
    expect(pure({ and: [{ var: 'a' }, { var: 'b.c' }] })).toBeUndefined()
    expect(pure({ and: [{ var: 'a' }, { var: '' }] })).toBeUndefined()
    expect(pure({ dateOnOrBefore: [{ var: 'from' }, { addMonths: [{ submittedAt: [] }, 1] }] })).toBeUndefined()
    expect(pure({ '!': [{ missing: ['a', 'b'] }] })).toBeUndefined()
  })
})
