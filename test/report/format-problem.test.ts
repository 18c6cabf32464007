import { describe, expect, it } from 'vitest'
import type { Field } from '../../src/criteria/types'
import { formatProblem } from '../../src/report/format-problem'

// Why a criterion went to a person, as a recruiter reads it. An answer that is a list is its
// items ("svaret ”Hund” och ”Exotiska djur”"), never "svaret listan …", which no one says.
const fields: Record<string, Field> = {
  djurslag: {
    type: 'list',
    values: ['Hund', 'Katt', 'Exotiska djur'],
    reviewValues: ['Exotiska djur'],
    reviewNote: 'Fråga vilka djur.',
    label: { sv: 'Vilka djur har du arbetat med?', en: 'Which animals have you worked with?' },
  },
  ar: { type: 'integer', max: 50, label: { sv: 'Hur många år?', en: 'How many years?' } },
  start: { type: 'date', label: { sv: 'Från vilket datum kan du börja?', en: 'When can you start?' } },
}
const review = (actual: unknown) =>
  ({
    code: 'needs_review',
    path: 'djurslag',
    message: 'x',
    fields: ['djurslag'],
    actual,
  }) as never

describe('formatProblem', () => {
  it('says the items of a list answered for a person, in Swedish and in English', () => {
    expect(formatProblem(review(['Exotiska djur']), { locale: 'sv', fields })).toBe(
      'En person bedömer svaret ”Exotiska djur” på ”Vilka djur har du arbetat med?”. Till den som bedömer: Fråga vilka djur.',
    )
    expect(formatProblem(review(['Hund', 'Katt', 'Exotiska djur']), { locale: 'sv', fields })).toBe(
      'En person bedömer svaret ”Hund”, ”Katt” och ”Exotiska djur” på ”Vilka djur har du arbetat med?”. Till den som bedömer: Fråga vilka djur.',
    )
    expect(formatProblem(review(['Hund', 'Exotiska djur']), { locale: 'en', fields })).toBe(
      'A person judges the answer “Hund” and “Exotiska djur” to “Which animals have you worked with?”. For the reviewer: Fråga vilka djur.',
    )
  })

  it('says that an unanswered question may have been sent under a misspelt name', () => {
    const near = (undeclared: string[]) =>
      ({ code: 'missing_answer', path: 'ar', message: 'x', fields: ['ar'], undeclared }) as never
    expect(formatProblem(near(['år']), { locale: 'sv', fields })).toBe(
      'Inget svar på ”Hur många år?”, och svaret kan ändra beslutet. Ansökan har svar under namnet ”år”, som kriterierna inte har: kanske är frågans namn felstavat i ansökningssystemet.',
    )
    expect(formatProblem(near(['år', 'Ar']), { locale: 'en', fields, settled: true })).toBe(
      "No answer to “How many years?”, but the decision stands without it. The application holds answers under the names “år” and “Ar”, which the criteria do not have: the question's name may be misspelt in the applicant tracking system.",
    )
  })

  // Found in a Swedish trial: the table said only "går inte att använda" where validate says why.
  it('says why a date answer cannot be a date', () => {
    const date = (actual: string) =>
      ({ code: 'invalid_answer', path: 'start', message: 'x', fields: ['start'], actual }) as never
    expect(formatProblem(date('2026-02-30'), { locale: 'sv', fields })).toBe(
      'Svaret ”2026-02-30” på ”Från vilket datum kan du börja?” går inte att använda: februari 2026 har 28 dagar. En person tittar på ansökan.',
    )
    expect(formatProblem(date('2026-13-01'), { locale: 'en', fields })).toBe(
      'The answer “2026-13-01” to “When can you start?” cannot be used: a year has 12 months (01 to 12). A person looks at the application.',
    )
    expect(formatProblem(date('15 mars'), { locale: 'sv', fields })).toBe(
      'Svaret ”15 mars” på ”Från vilket datum kan du börja?” går inte att använda: svaret ska vara ett datum, till exempel 2026-03-15. En person tittar på ansökan.',
    )
  })

  it('says an answer over the max and what the question takes', () => {
    const invalid = { code: 'invalid_answer', path: 'ar', message: 'x', fields: ['ar'], actual: 70 } as never
    expect(formatProblem(invalid, { locale: 'sv', fields })).toBe(
      'Svaret 70 på ”Hur många år?” går inte att använda: frågan tar emot högst 50. En person tittar på ansökan.',
    )
  })
})

// A result whose decision stands whatever the answer (an unmet requirement rejects, or the
// answers that would make it a near miss could not): nobody looks, and no text says one will.
describe('formatProblem in a result that is decided (settled)', () => {
  const missing = { code: 'missing_answer', path: null, message: 'x', fields: ['ar'] } as never
  const invalid = { code: 'invalid_answer', path: 'ar', message: 'x', fields: ['ar'], actual: 70 } as never
  const failed = { code: 'operator_error', path: null, message: 'the rule failed', fields: ['ar'] } as never
  it.each([
    [missing, 'sv', 'Inget svar på ”Hur många år?”, men beslutet står ändå.'],
    [missing, 'en', 'No answer to “How many years?”, but the decision stands without it.'],
    [
      invalid,
      'sv',
      'Svaret 70 på ”Hur många år?” går inte att använda: frågan tar emot högst 50, men beslutet står ändå.',
    ],
    [
      invalid,
      'en',
      'The answer 70 to “How many years?” cannot be used: the question accepts at most 50, but the decision stands without it.',
    ],
    [
      review(['Exotiska djur']),
      'sv',
      'Svaret ”Exotiska djur” på ”Vilka djur har du arbetat med?” bedöms annars av en person, men beslutet står ändå.',
    ],
    [
      review(['Hund']),
      'en',
      'The answer “Hund” to “Which animals have you worked with?” would be judged by a person, but the decision stands without it.',
    ],
    [failed, 'sv', 'Regeln gick inte att räkna ut (operator_error), men beslutet står ändå.'],
    [failed, 'en', 'the rule failed (the decision stands without it)'],
  ] as const)('%#: %s', (problem, locale, text) => {
    expect(formatProblem(problem, { locale, fields, settled: true })).toBe(text)
    // Undecided, the same problem says that a person looks or that the answer matters.
    expect(formatProblem(problem, { locale, fields })).not.toBe(text)
  })
})
