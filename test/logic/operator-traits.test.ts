import { describe, expect, it } from 'vitest'
import { createEngine } from '../../src/logic/engine'
import { countsCalendar, dateOrder, readsMoreThanAnswers, ruleReadsMoreThanAnswers } from '../../src/logic/index'
import { SCREENING_SPECS, STANDARD_SPECS } from '../../src/logic/operators/index'

const ALL = { ...STANDARD_SPECS, ...SCREENING_SPECS }

describe('operator traits, read from the specs', () => {
  it('the operators that read more than the answers: the clock, the application, a person', () => {
    const names = Object.keys(ALL).filter((op) => readsMoreThanAnswers(op))
    expect(names.sort()).toEqual([
      'daysSince',
      'daysUntil',
      'monthsSince',
      'monthsUntil',
      'review',
      'submittedAt',
      'yearsSince',
    ])
  })
  it('an operator that reads more than the answers is never folded (impure)', () => {
    for (const [op, s] of Object.entries(ALL)) if (readsMoreThanAnswers(op)) expect(s.impure, op).toBe(true)
  })
  it('counts of calendar units and date orders', () => {
    expect(
      Object.keys(ALL)
        .filter((op) => countsCalendar(op) === 'since')
        .sort(),
    ).toEqual(['daysSince', 'monthsSince', 'yearsSince'])
    expect(
      Object.keys(ALL)
        .filter((op) => countsCalendar(op) === 'until')
        .sort(),
    ).toEqual(['daysUntil', 'monthsUntil'])
    expect(dateOrder('dateBefore')).toEqual({ earlier: 0, later: 1, strict: true })
    expect(dateOrder('dateOnOrAfter')).toEqual({ earlier: 1, later: 0, strict: false })
    expect(dateOrder('>=')).toBeUndefined()
    expect(dateOrder('constructor')).toBeUndefined()
  })
  it('asks the engine: a custom operator reads only its arguments; one the engine lacks reads nothing', () => {
    const engine = createEngine({ operators: { nowish: { evaluate: () => true } }, screeningOperators: false })
    expect(readsMoreThanAnswers('nowish', engine)).toBe(false)
    expect(readsMoreThanAnswers('daysSince', engine)).toBe(false)
    const screening = createEngine()
    expect(
      ruleReadsMoreThanAnswers(screening, screening.compile({ '>': [{ yearsSince: [{ var: 'born' }] }, 18] })),
    ).toBe(true)
    expect(ruleReadsMoreThanAnswers(screening, screening.compile({ '>': [{ var: 'years' }, 18] }))).toBe(false)
  })
})
