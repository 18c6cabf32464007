import { describe, expect, it } from 'vitest'
import { analyseRule, foldRule, type FieldShape } from '../../src/logic/analyse'
import { createEngine } from '../../src/logic/engine'

const engine = createEngine()
const fields: Record<string, FieldShape> = {
  years: { kind: 'number' },
  name: { kind: 'string' },
  skills: { kind: 'list' },
  permit: { kind: 'boolean' },
  english: { kind: 'string', values: ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] },
  start: { kind: 'date' },
}
const codes = (rule: unknown) => analyseRule(engine, engine.compile(rule), fields).map((i) => i.code)

describe('type checks against declared fields', () => {
  const bad: [string, unknown, string][] = [
    ['a number field compared with text', { '>=': [{ var: 'years' }, '3'] }, 'type_mismatch'],
    ['a number field equal to text', { '==': [{ var: 'years' }, '3'] }, 'type_mismatch'],
    ['a boolean field equal to a number', { '===': [{ var: 'permit' }, 1] }, 'type_mismatch'],
    ['in over a number', { in: ['x', { var: 'years' }] }, 'type_mismatch'],
    ['a list compared with ==', { '==': [{ var: 'skills' }, 'react'] }, 'type_mismatch'],
    ['arithmetic on a list', { '+': [{ var: 'skills' }, 1] }, 'type_mismatch'],
    ['ordering a boolean', { '>': [{ var: 'permit' }, 0] }, 'type_mismatch'],
    ['a date compared with a number', { '<': [{ var: 'start' }, 20270101] }, 'type_mismatch'],
    ['an enum compared with a value it does not have', { '==': [{ var: 'english' }, 'native'] }, 'unknown_value'],
    ['a screening operator given the wrong kind', { includesAny: [{ var: 'years' }, ['a']] }, 'type_mismatch'],
    ['a date operator given a non-date literal', { dateBefore: [{ var: 'start' }, 'next week'] }, 'type_mismatch'],
    ['an undeclared field', { var: 'salary' }, 'unknown_field'],
    ['an undeclared field in missing', { missing: ['salary'] }, 'unknown_field'],
    ['map over a number', { map: [{ var: 'years' }, { var: '' }] }, 'type_mismatch'],
  ]
  for (const [name, rule, code] of bad) it(`${name}: ${code}`, () => expect(codes(rule)).toContain(code))

  const good: [string, unknown][] = [
    ['a number with a number', { '>=': [{ var: 'years' }, 3] }],
    ['an enum with its value', { '==': [{ var: 'english' }, 'C1'] }],
    ['in over a list field', { in: ['react', { var: 'skills' }] }],
    ['in over a text field', { in: ['AB', { var: 'name' }] }],
    ['a date with an ISO literal', { dateBefore: [{ var: 'start' }, '2027-01-01'] }],
    ['item fields inside some are not top-level fields', { some: [{ var: 'skills' }, { '==': [{ var: '' }, 'x'] }] }],
    ['reduce with current and accumulator', { reduce: [{ var: 'skills' }, { '+': [{ var: 'accumulator' }, 1] }, 0] }],
  ]
  for (const [name, rule] of good) it(`accepts ${name}`, () => expect(codes(rule)).toEqual([]))

  it('names the path of the offending node', () => {
    expect(
      analyseRule(engine, engine.compile({ and: [{ var: 'permit' }, { '>=': [{ var: 'years' }, 'x'] }] }), fields)[0]!
        .path,
    ).toEqual(['and', 1, '>='])
  })
})

describe('fields read', () => {
  it('lists top-level fields only, not item paths inside iterators', () => {
    const r = engine.compile({
      and: [{ var: 'a.b' }, { some: [{ var: 'list' }, { var: 'inner' }] }, { missing: ['c'] }],
    })
    expect(r.paths).toEqual(['a.b', 'list', 'c'])
    expect(r.fields).toEqual(['a', 'list', 'c'])
  })
})

describe('constant folding', () => {
  const cases: [unknown, boolean, unknown?][] = [
    [{ '>': [3, 2] }, true, true],
    [{ or: [{ var: 'x' }, true] }, true],
    [{ and: [{ var: 'x' }, false] }, true, false],
    [{ if: [true, { var: 'x' }, false] }, false],
    [{ if: [false, { var: 'x' }, 'no'] }, true, 'no'],
    [{ '>=': [{ var: 'years' }, 3] }, false],
    [{ daysUntil: '2027-01-01' }, false],
    [{ some: [[1, 2], { '>': [{ var: '' }, 1] }] }, true, true],
  ]
  for (const [rule, constant, value] of cases)
    it(`${JSON.stringify(rule)} is ${constant ? '' : 'not '}constant`, () => {
      const f = foldRule(engine, engine.compile(rule))
      expect(f.constant).toBe(constant)
      if (constant && value !== undefined) expect((f as { value: unknown }).value).toEqual(value)
    })
})
