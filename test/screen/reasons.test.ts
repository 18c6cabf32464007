import { describe, expect, it } from 'vitest'
import { compileCriteria } from '../../src/screen/compile-criteria'
import type { CriteriaError } from '../../src/errors'

const criteria = (rule: unknown, reason: Record<string, string>, fields: Record<string, unknown> = {}) => ({
  id: 'r',
  version: 1,
  locale: 'sv' as const,
  job: { title: 'T', company: 'C', contact: { name: 'A', email: 'a@b.se' } },
  fields: {
    n: { type: 'integer', label: { sv: 'n' } },
    c: {
      type: 'enum',
      values: ['B', 'C'],
      valueLabels: { B: { sv: 'B-körkort', en: 'a category B licence' } },
      label: { sv: 'c' },
    },
    d: { type: 'date', label: { sv: 'd' } },
    l: { type: 'list', label: { sv: 'l' } },
    ...fields,
  },
  criteria: [{ id: 'x', rule, required: true, reason }],
})
const reason = (rule: unknown, text: string, locale: 'sv' | 'en' = 'sv') =>
  compileCriteria(criteria(rule, { sv: text, en: text }) as never).reason('x', locale)

describe('reasons that quote their rule', () => {
  it('writes numbers two to twelve as words before a word, others in digits', () => {
    expect(reason({ '>=': [{ var: 'n' }, 3] }, 'minst {{min}} års erfarenhet')).toBe('minst tre års erfarenhet')
    expect(reason({ '>=': [{ var: 'n' }, 3] }, 'at least {{min}} years', 'en')).toBe('at least three years')
    expect(reason({ '>=': [{ var: 'n' }, 24] }, 'minst {{min}} månader')).toBe('minst 24 månader')
    expect(reason({ '>=': [{ var: 'n' }, 1] }, 'minst {{min}} år')).toBe('minst 1 år')
    expect(reason({ '>=': [{ var: 'n' }, 10] }, 'minst {{min}} %')).toBe('minst 10 %')
    expect(reason({ '>=': [{ var: 'n' }, 65000] }, 'högst {{min}}')).toBe('högst 65\u00a0000')
  })
  it('joins lists as the operator means them, items always in digits', () => {
    expect(reason({ in: [{ var: 'n' }, [1, 3, 5]] }, 'något av {{values}}')).toBe('något av 1, 3 eller 5')
    expect(reason({ includesAll: [{ var: 'l' }, ['Excel', 'Fortnox']] }, '{{values}}')).toBe('Excel och Fortnox')
    expect(reason({ includesAny: [{ var: 'l' }, ['Excel', 'Fortnox']] }, '{{values}}', 'en')).toBe('Excel or Fortnox')
  })
  it('reads options by their labels and dates in the language', () => {
    expect(reason({ '==': [{ var: 'c' }, 'B'] }, '{{value}}')).toBe('B-körkort')
    expect(reason({ '==': [{ var: 'c' }, 'B'] }, '{{value}}', 'en')).toBe('a category B licence')
    expect(reason({ dateOnOrBefore: [{ var: 'd' }, '2027-03-01'] }, 'start senast {{date}}')).toBe(
      'start senast 1 mars 2027',
    )
    expect(reason({ '<=': [18, { var: 'n' }, 52] }, 'mellan {{min}} och {{max}}')).toBe('mellan 18 och 52')
  })
  it('rejects at load a placeholder the rule does not have, or has twice with different values', () => {
    const problems = (rule: unknown, text: string) => {
      try {
        compileCriteria(criteria(rule, { sv: text }) as never)
        return []
      } catch (e) {
        return (e as CriteriaError).issues.map((i) => i.message)
      }
    }
    expect(problems({ var: 'c' }, 'minst {{min}} år')).toEqual([
      expect.stringContaining('quotes {{min}}, but the rule has no such value; write the value in the text instead'),
    ])
    expect(problems({ '>=': [{ var: 'n' }, 3] }, 'minst {{mni}} år')).toEqual([
      expect.stringContaining('it offers {{min}}'),
    ])
    expect(problems({ or: [{ '>=': [{ var: 'n' }, 3] }, { '>=': [{ var: 'n' }, 5] }] }, 'minst {{min}} år')).toEqual([
      expect.stringContaining('the rule has several: 3 and 5'),
    ])
    expect(problems({ or: [{ '>=': [{ var: 'n' }, 3] }, { '>=': [{ var: 'n' }, 3] }] }, 'minst {{min}} år')).toEqual([])
    expect(problems({ var: 'c' }, 'text {{ med fel')).toEqual([expect.stringContaining('unmatched {{')])
  })
})
