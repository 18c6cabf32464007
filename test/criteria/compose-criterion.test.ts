import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  addCriterionToText,
  composeCriterion,
  conditionsFor,
  type CriterionCondition,
} from '../../src/criteria/compose-criterion'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { loadCriteriaText } from '../../src/screen/load-criteria'

// The Studio's guided criterion: what a recruiter picks becomes an ordinary criterion, added to
// the file as written (comments kept), that loads and screens as the choice says.
const text = readFileSync(join(__dirname, '../../rules/lagerarbetare.yaml'), 'utf8')
const base = { id: 'a-1', submittedAt: '2026-11-20T10:00:00+01:00' }

describe('composing a criterion from a choice', () => {
  it('offers the conditions that fit each type of field', () => {
    const doc = loadCriteriaText(text)
    const kinds = Object.fromEntries(Object.entries(doc.criteria.fields).map(([name, f]) => [name, conditionsFor(f)]))
    expect(kinds).toMatchObject({
      workPermit: ['yes', 'no'],
      warehouseMonths: ['atLeast', 'atMost', 'between'],
      swedishLevel: ['cefrAtLeast', 'oneOf'],
      truckLicence: ['includesAny', 'includesAll', 'atLeastOf'],
      availableFrom: ['withinDaysOfApplication', 'withinMonthsOfApplication', 'onOrBefore', 'onOrAfter'],
    })
  })
  const cases: [string, CriterionCondition, Record<string, unknown>, Record<string, unknown>][] = [
    ['eveningShifts', { kind: 'yes' }, { eveningShifts: true }, { eveningShifts: false }],
    ['warehouseMonths', { kind: 'between', min: 6, max: 120 }, { warehouseMonths: 6 }, { warehouseMonths: 5 }],
    ['swedishLevel', { kind: 'cefrAtLeast', level: 'B2' }, { swedishLevel: 'C1' }, { swedishLevel: 'B1' }],
    [
      'truckLicence',
      { kind: 'atLeastOf', count: 2, values: ['A1', 'A2', 'B1'] },
      { truckLicence: ['a1', 'B1'] },
      { truckLicence: ['B1'] },
    ],
    [
      'availableFrom',
      { kind: 'withinDaysOfApplication', days: 14 },
      { availableFrom: '2026-12-04' },
      { availableFrom: '2026-12-05' },
    ],
  ]
  for (const [field, condition, pass, fail] of cases)
    it(`${condition.kind} on ${field}: added to the file, it loads, keeps the comments, and decides as chosen`, () => {
      const criterion = composeCriterion({
        id: 'ny',
        field,
        condition,
        required: true,
        reason: { sv: 'ett nytt krav', en: 'a new requirement' },
        why: { sv: 'det behövs' },
      })
      const updated = addCriterionToText(text, criterion)
      // The file is as written, with the new item's lines added after the last criterion.
      const lines = updated.split('\n')
      const at = lines.indexOf('  - id: ny')
      let end = at + 1
      while (lines[end]?.startsWith('    ')) end++
      expect([...lines.slice(0, at), ...lines.slice(end)].join('\n')).toBe(text)
      expect(updated).toMatch(
        /- id: ny\n\s+rule: \{ .+ \}\n\s+required: true\n\s+reason: \{ sv: ett nytt krav, en: a new requirement \}\n\s+why: \{ sv: det behövs \}/,
      )
      const screener = compileCriteria(loadCriteriaText(updated))
      const status = (answers: Record<string, unknown>) =>
        screener.screen({ ...base, answers }, { now: 'arrival' }).criteria.find((c) => c.id === 'ny')!.status
      expect(status(pass)).toBe('met')
      expect(status(fail)).toBe('unmet')
    })
  it('a preferred criterion gets a weight', () => {
    expect(
      composeCriterion({
        id: 'p',
        field: 'x',
        condition: { kind: 'oneOf', values: ['B'] },
        required: false,
        weight: 2,
        reason: { en: 'B' },
      }),
    ).toEqual({ id: 'p', rule: { '==': [{ var: 'x' }, 'B'] }, weight: 2, reason: { en: 'B' } })
  })
})
