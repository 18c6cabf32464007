import { describe, expect, it } from 'vitest'
import {
  CRITERION_STATUSES,
  OUTCOMES,
  RESULT_VOCABULARY,
  type CriterionStatus,
} from '../../src/issues/result-vocabulary'
import { formatIssue } from '../../src/issues/format-issue'
import { formatResult } from '../../src/report/format-result'
import type { ScreeningResult } from '../../src/screen/result'
import { statusText, t } from '../../src/studio/i18n'

// One vocabulary of results: a recruiter reads the same word for the same status and outcome in
// the CLI table, the Criteria Studio and the issues that name a status, in Swedish and English.
const LOCALES = ['sv', 'en'] as const

/** A result with one criterion per status, as the table reads it. */
const resultWith = (outcome: ScreeningResult['outcome']): ScreeningResult =>
  ({
    application: { id: 'a-1' },
    outcome,
    nearMiss: false,
    score: 0,
    maxScore: 1,
    minScore: 1,
    criteria: CRITERION_STATUSES.map((status) => ({
      id: `c-${status}`,
      required: true,
      weight: 0,
      status,
      reason: `reason of ${status}`,
      fields: [],
    })),
  }) as unknown as ScreeningResult

/** The word in the status column of a criterion's row of the table. */
const tableStatus = (table: string, status: CriterionStatus): string => {
  const row = table.split('\n').find((l) => l.includes(` c-${status} `))!
  return row
    .replace(/^.*? c-\S+ +\S+ +/, '')
    .replace(/ {2,}reason of .*$/, '')
    .trim()
}

describe('the vocabulary of results', () => {
  it('has a word for every status and every outcome in both languages, each distinct within its language', () => {
    for (const locale of LOCALES) {
      const v = RESULT_VOCABULARY[locale]
      expect(Object.keys(v.status).sort()).toEqual([...CRITERION_STATUSES].sort())
      expect(Object.keys(v.outcome).sort()).toEqual([...OUTCOMES].sort())
      for (const word of [...Object.values(v.status), ...Object.values(v.outcome)])
        expect(word, locale).toMatch(/^\p{Ll}[\p{L} ]*$/u)
      expect(new Set(Object.values(v.status)).size, locale).toBe(CRITERION_STATUSES.length)
      expect(new Set(Object.values(v.outcome)).size, locale).toBe(OUTCOMES.length)
    }
    // Each Swedish word is a translation, never the English word or the code left in.
    for (const status of CRITERION_STATUSES)
      expect(RESULT_VOCABULARY.sv.status[status]).not.toMatch(
        new RegExp(`^(${RESULT_VOCABULARY.en.status[status]}|${status})$`),
      )
    for (const outcome of OUTCOMES)
      expect(RESULT_VOCABULARY.sv.outcome[outcome]).not.toMatch(
        new RegExp(`^(${RESULT_VOCABULARY.en.outcome[outcome]}|${outcome})$`),
      )
  })

  it('is what the CLI table, the Studio and the issues print for the same status', () => {
    for (const locale of LOCALES) {
      const v = RESULT_VOCABULARY[locale]
      const table = formatResult(resultWith('review'), { words: { locale } })
      for (const status of CRITERION_STATUSES) {
        const word = v.status[status]
        expect(tableStatus(table, status), `${locale} table ${status}`).toBe(word)
        expect(statusText(status, locale), `${locale} Studio ${status}`).toBe(word)
        // A test file lists a criterion under every status but met and error.
        if (status === 'met' || status === 'error') continue
        const issue = formatIssue(
          {
            code: 'unknown_expected_criterion',
            params: { id: 'x', list: status, suggestion: null, known: ['y'] },
            message: '',
          },
          locale,
        )
        expect(issue, `${locale} issue ${status}`).toContain(`"${word}"`)
      }
    }
  })

  it('is what the CLI table and the Studio print for the same outcome', () => {
    for (const locale of LOCALES)
      for (const outcome of OUTCOMES) {
        const word = RESULT_VOCABULARY[locale].outcome[outcome]
        expect(formatResult(resultWith(outcome), { words: { locale } }).split('\n')[0]).toBe(
          `a-1  ${word.toUpperCase()}  ${locale === 'sv' ? '0 av 1 poäng (går vidare från 1 poäng)' : 'score 0/1 (pass at 1)'}`,
        )
        expect(t(outcome, locale).toLowerCase()).toBe(word)
      }
  })
})
