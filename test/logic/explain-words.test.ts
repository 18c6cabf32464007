import { describe, expect, it } from 'vitest'
import { formatExplanation, type Condition, type Field } from '../../src/index'
import { subjectRule } from '../../src/logic/explain'

// Explanations in the recruiter's language, with the file's questions: never "legitimation is null".
const fields: Record<string, Field> = {
  legitimation: {
    type: 'boolean',
    label: { sv: 'Har du förskollärarlegitimation?', en: 'Do you hold a preschool teacher licence?' },
  },
  ar: {
    type: 'number',
    label: { sv: 'Hur många års erfarenhet har du?', en: 'How many years of experience do you have?' },
  },
  korkort: {
    type: 'enum',
    values: ['B', 'C'],
    valueLabels: { B: { sv: 'B-körkort', en: 'a category B licence' } },
    label: { sv: 'Vilket körkort har du?', en: 'Which licence do you hold?' },
  },
  examen: { type: 'date', label: { sv: 'När tar du examen?', en: 'When do you graduate?' } },
}
const cond = (c: Partial<Condition>): Condition => ({
  kind: 'condition',
  operator: 'truthy',
  path: null,
  subject: '',
  actual: null,
  negated: false,
  ...c,
})
const sv = { locale: 'sv' as const, fields }
const en = { locale: 'en' as const, fields }

describe('formatExplanation in Swedish and English', () => {
  it('an unanswered question is named by its question', () => {
    const c = cond({ path: 'legitimation', subject: 'legitimation', expected: true, actual: null })
    expect(formatExplanation(c, sv)).toBe('Svar saknas på: Har du förskollärarlegitimation?')
    expect(formatExplanation(c, en)).toBe('No answer to: Do you hold a preschool teacher licence?')
    expect(formatExplanation(c)).toBe('legitimation is null; true required')
  })
  it('a number below the threshold, with the decimal mark of the language', () => {
    const c = cond({ operator: '>=', path: 'ar', subject: 'ar', expected: 2.5, actual: 1.5 })
    expect(formatExplanation(c, sv)).toBe('Svaret på ”Hur många års erfarenhet har du?” är 1,5; minst 2,5 krävs')
    expect(formatExplanation(c, en)).toBe(
      'The answer to “How many years of experience do you have?” is 1.5; at least 2.5 required',
    )
  })
  it('options by their labels, dates in words', () => {
    expect(
      formatExplanation(cond({ operator: '==', path: 'korkort', subject: 'korkort', expected: 'B', actual: 'C' }), sv),
    ).toBe('Svaret på ”Vilket körkort har du?” är ”C”; B-körkort krävs')
    expect(
      formatExplanation(
        cond({
          operator: 'dateOnOrBefore',
          path: 'examen',
          subject: 'examen',
          expected: '2027-06-30',
          actual: '2027-08-15',
        }),
        en,
      ),
    ).toBe('The answer to “When do you graduate?” is 15 August 2027; no later than 30 June 2027 required')
  })
  it('a condition that must not hold, and one that held', () => {
    const no = cond({ path: 'legitimation', subject: 'legitimation', expected: true, actual: true, negated: true })
    expect(formatExplanation(no, sv)).toBe(
      'Svaret på ”Har du förskollärarlegitimation?” är nej (svaret på ”Har du förskollärarlegitimation?” är ja)',
    )
    const held = cond({ operator: '>=', path: 'ar', subject: 'ar', expected: 3, actual: 5, held: true })
    expect(formatExplanation(held, en)).toBe(
      'The answer to “How many years of experience do you have?” is at least 3 (the answer to “How many years of experience do you have?” is 5)',
    )
  })
  it('"at least N of" conditions counts them, never "conditions held has at least 1 of in(…)"', () => {
    const c = cond({
      operator: 'atLeast',
      path: 'ar',
      subject: 'conditions held',
      expected: [2, ['legitimation', 'in(korkort, ["B"])', '>=(ar, 3)']],
      actual: 1,
      found: ['legitimation'],
    })
    expect(formatExplanation(c, sv)).toBe('Antalet villkor som gäller är 1; minst 2 av 3 villkor krävs')
    expect(formatExplanation(c, en)).toBe(
      'The number of conditions that hold is 1; at least 2 of 3 conditions required',
    )
  })
  it('every alternative of an or that failed, and a computed subject read aloud', () => {
    const e = {
      kind: 'anyOf' as const,
      children: [
        cond({ path: 'legitimation', subject: 'legitimation', expected: true, actual: false }),
        cond({ operator: '>=', path: 'examen', subject: 'monthsSince(examen)', expected: 24, actual: 3 }),
      ],
    }
    expect(formatExplanation(e, sv)).toBe(
      'Inget av detta gäller: svaret på ”Har du förskollärarlegitimation?” är ja; antal hela månader från svaret på ”När tar du examen?” till beslutsdagen är minst 24',
    )
    expect(formatExplanation({ ...e, kind: 'allOf' }, en)).toMatch(/^All of these hold, but must not: /)
  })
})

describe('subjectRule reads a condition subject back as its rule', () => {
  it.each([
    ['ar', { var: 'ar' }],
    ['monthsSince(examen)', { monthsSince: [{ var: 'examen' }] }],
    ['addMonths(submittedAt(), 1)', { addMonths: [{ submittedAt: [] }, 1] }],
    ['+(a, -2.5)', { '+': [{ var: 'a' }, -2.5] }],
    ['cat("a, b", [x, true])', { cat: ['a, b', [{ var: 'x' }, true]] }],
  ])('%s', (text, rule) => expect(subjectRule(text)).toEqual(rule))
  it('gives undefined for what it cannot read', () => {
    expect(subjectRule('f(a')).toBeUndefined()
    expect(subjectRule('"open')).toBeUndefined()
  })
})
