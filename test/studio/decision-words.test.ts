import { describe, expect, it } from 'vitest'
import type { DecisionIssueCode } from '../../src/errors'
import { decisionProblemText, stageMismatchText, stageName } from '../../src/studio/i18n'
import { STAGES } from '../../src/criteria/constants'

// The Studio words every refusal of a person's decision in the recruiter's language, from the
// issue's code and path (never from the library's English message).
const CODES = [
  'not_a_result',
  'other_criteria',
  'not_an_object',
  'invalid_outcome',
  'no_one',
  'invalid_text',
  'invalid_date',
  'before_submission',
  'before_previous',
  'after_decision',
  'reasons_on_pass',
  'no_reasons',
  'unknown_criterion',
  'unknown_language',
  'empty_text',
  'too_long',
  'missing_language',
] as const satisfies readonly DecisionIssueCode[]
// Fails to compile when the library adds a code this list (and so this test) does not have.
const everyCode: [Exclude<DecisionIssueCode, (typeof CODES)[number]>] extends [never] ? true : false = true

describe('the Studio’s words for a refused decision', () => {
  it('says each problem in Swedish and in English', () => {
    expect(everyCode).toBe(true)
    for (const code of CODES) {
      const issue = {
        code,
        path: code.endsWith('_text') || code === 'too_long' ? ['reasons', 'text', 'en'] : ['reasons'],
        languages: ['en' as const],
        max: 600,
      }
      const sv = decisionProblemText(issue, 'sv')
      const en = decisionProblemText(issue, 'en')
      expect(sv, code).not.toBe(en)
      expect(`${sv} ${en}`, code).not.toMatch(/reasons\.|interviewAt|recordDecision|undefined/)
    }
    // Where a person's words matter: the language missing, the field, the limit.
    expect(
      decisionProblemText({ code: 'missing_language', path: ['reasons', 'text'], languages: ['en'] }, 'sv'),
    ).toContain('också på engelska')
    expect(
      decisionProblemText({ code: 'missing_language', path: ['reasons', 'text'], languages: ['sv'] }, 'en'),
    ).toContain('needed in Swedish too')
    expect(decisionProblemText({ code: 'too_long', path: ['reasons', 'text', 'sv'], max: 600 }, 'sv')).toBe(
      'Skälet på svenska är för långt: ett skäl är en mening eller två (högst 600 tecken).',
    )
    expect(decisionProblemText({ code: 'before_submission', path: ['interviewAt'] }, 'en')).toBe(
      'The interview cannot have been held before the application came in: pick a time after it.',
    )
    expect(decisionProblemText({ code: 'before_submission', path: ['at'] }, 'en')).toBe(
      'The decision cannot have been made before the application came in.',
    )
  })
  it('says for every stage what it is for, when it does not fit the decision, by its name in the language', () => {
    for (const stage of STAGES)
      for (const locale of ['sv', 'en'] as const) {
        const text = stageMismatchText(stage, 'advance', { by: 'program', outcome: 'pass' }, locale)
        expect(text, `${stage} ${locale}`).not.toMatch(/ ,|undefined/)
        expect(text).toContain(`”${stageName(stage, locale)}”`.replace(/[”]/g, locale === 'sv' ? '”' : ''))
        // The slug is the CLI's (--stage), never a word of the Swedish page.
        expect(stageName(stage, locale), stage).not.toBe(stage)
        if (locale === 'sv')
          expect(text, stage).not.toMatch(/\b(received|advance|rejected|late|talent-pool|job-closed)\b/)
      }
    expect(new Set(STAGES.map((s) => stageName(s, 'sv'))).size).toBe(STAGES.length)
    expect(
      stageMismatchText('talent-pool', 'rejected', { by: 'program', outcome: 'reject', kind: 'rejected' }, 'sv'),
    ).toBe(
      'Meddelandet ”Nära ja, sparas i kandidatbanken” är för ett nära ja som programmet avböjde, och här är programmets beslut ”Avböjs”. Ett meddelande säger aldrig något som inte har beslutats. Till det här beslutet hör ”Avslag”.',
    )
    expect(stageMismatchText('rejected-by-person', 'advance', { by: 'person', outcome: 'pass' }, 'en')).toBe(
      'The “Rejection by a person” message is for a person’s rejection without an interview, and here a person decided “Moves on”. A message never says what was not decided. The message for this decision is “On to the next step”.',
    )
  })
})
