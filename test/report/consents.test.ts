import { describe, expect, it } from 'vitest'
import { SurveyError } from '../../src/errors'
import { parseConsents } from '../../src/report/consents'

const issuesOf = (text: string) => {
  try {
    parseConsents(text, { file: 'consents.csv' })
    return []
  } catch (e) {
    expect(e).toBeInstanceOf(SurveyError)
    return (e as SurveyError).issues.map(({ code, line, column, file }) => ({ code, line, column, file }))
  }
}

describe('parseConsents', () => {
  it('reads the ids and, when given, when the consent was given; other columns are ignored', () => {
    expect(parseConsents('applicationId,at,email\na-1,2026-11-24,x@example.com\na-2,,\n')).toEqual([
      { applicationId: 'a-1', at: '2026-11-24' },
      { applicationId: 'a-2' },
    ])
    expect(parseConsents('{"id":"a-1","at":"2026-11-24T09:12:00+01:00"}\n')).toEqual([
      { applicationId: 'a-1', at: '2026-11-24T09:12:00+01:00' },
    ])
  })
  it('a time that is not a date, a row without an id and no id column are errors at their place', () => {
    expect(issuesOf('applicationId,at\na-1,yesterday\n,2026-11-24\na-3,2026-02-30\n')).toEqual([
      { code: 'invalid_date', line: 2, column: 5, file: 'consents.csv' },
      { code: 'empty_id', line: 3, column: 1, file: 'consents.csv' },
      { code: 'invalid_date', line: 4, column: 5, file: 'consents.csv' },
    ])
    expect(issuesOf('email\nx@example.com\n')).toEqual([
      { code: 'missing_id_column', line: 1, column: 1, file: 'consents.csv' },
    ])
  })
})
