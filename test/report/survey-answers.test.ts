import { describe, expect, it } from 'vitest'
import { SurveyError, isSurveyError, type SurveyIssue } from '../../src/errors'
import { parseSurveyAnswers } from '../../src/report/survey-answers'

/** The issues a text raises (code, line, column), or [] when it parses. */
function issuesOf(
  input: string | Uint8Array,
): { code: SurveyIssue['code']; line: number | undefined; column: number | undefined }[] {
  try {
    parseSurveyAnswers(input, { file: 'answers.csv' })
    return []
  } catch (e) {
    expect(e).toBeInstanceOf(SurveyError)
    for (const i of (e as SurveyError).issues) expect(i.file).toBe('answers.csv')
    return (e as SurveyError).issues.map(({ code, line, column }) => ({ code, line, column }))
  }
}
const messagesOf = (input: string): string[] => {
  try {
    parseSurveyAnswers(input)
  } catch (e) {
    return (e as SurveyError).issues.map((i) => i.message)
  }
  throw new Error('no issue')
}

describe('parseSurveyAnswers: CSV', () => {
  it('reads id, score, comment and stage, ignoring the other columns a survey tool exports', () => {
    const text =
      'Timestamp,applicationId,score,comment,stage,Other question\r\n2026-11-21 10:00,a-1,9,"Snabbt, och ""tydligt""",rejected,x\r\n2026-11-21 11:00,a-2,0,,,\r\n\r\n'
    expect(parseSurveyAnswers(text)).toEqual({
      answers: [
        { applicationId: 'a-1', score: 9, comment: 'Snabbt, och "tydligt"', stage: 'rejected' },
        { applicationId: 'a-2', score: 0 },
      ],
      warnings: [],
    })
  })
  it('reads semicolon-separated CSV (Swedish Excel), `id` for the id column, and 7.0 or 7,0 as 7', () => {
    expect(parseSurveyAnswers('id;score\na-1;7,0\na-2;10\na-3;7.0\n').answers).toEqual([
      { applicationId: 'a-1', score: 7 },
      { applicationId: 'a-2', score: 10 },
      { applicationId: 'a-3', score: 7 },
    ])
  })
  it('a score that is not a whole number from 0 to 10 is an error at its cell; every one is reported', () => {
    const text = 'applicationId,score\na-1,11\na-2,7.5\na-3,nine\na-4,-1\na-5,9\na-6,0x9\n'
    expect(issuesOf(text)).toEqual([
      { code: 'score_out_of_range', line: 2, column: 5 },
      { code: 'invalid_score', line: 3, column: 5 },
      { code: 'invalid_score', line: 4, column: 5 },
      { code: 'score_out_of_range', line: 5, column: 5 },
      { code: 'invalid_score', line: 7, column: 5 },
    ])
    expect(messagesOf('applicationId,score\na-1,11\na-2,7.5\na-3,75\n')).toEqual([
      'the score 11 is not on the scale 0–10 (a percentage, or another scale?)',
      'the score 7.5 is not a whole number: a score is a whole number from 0 to 10 (is this column an average, or another question?)',
      'the score 75 is not on the scale 0–10 (a percentage, or another scale?)',
    ])
  })
  it('no id or no score column is an error at the header; a file without a header is an error', () => {
    expect(issuesOf('applicationId,rating\na-1,9\n')).toEqual([{ code: 'missing_score_column', line: 1, column: 1 }])
    expect(issuesOf('candidate,score\na-1,9\n')).toEqual([{ code: 'missing_id_column', line: 1, column: 1 }])
    expect(issuesOf('id,applicationId,score\na,a-1,9\n')).toEqual([{ code: 'duplicate_column', line: 1, column: 4 }])
    expect(issuesOf('applicationId,score,score\na-1,9,8\n')).toEqual([
      { code: 'duplicate_column', line: 1, column: 21 },
    ])
    expect(issuesOf('\n\n')).toEqual([{ code: 'empty_file', line: 1, column: 1 }])
  })
  it('malformed CSV, short and long rows and rows without an id are errors at their place', () => {
    expect(issuesOf('applicationId,score,comment\na-1,9,"never closed\na-2,3,ok\n')).toEqual([
      { code: 'unclosed_quote', line: 2, column: 7 },
    ])
    expect(issuesOf('applicationId,score,comment\na-1,9\na-2,3,ok,extra\n,4,\n')).toEqual([
      { code: 'short_row', line: 2, column: 6 },
      { code: 'long_row', line: 3, column: 10 },
      { code: 'empty_id', line: 4, column: 1 },
    ])
  })
  it('an empty score (the question skipped) is a warning, not an answer; a second answer for one application is a warning, and both are read', () => {
    const { answers, warnings } = parseSurveyAnswers('applicationId,score\na-1,8\na-2,\na-1,3\n', {
      file: 'answers.csv',
    })
    expect(answers).toEqual([
      { applicationId: 'a-1', score: 8 },
      { applicationId: 'a-1', score: 3 },
    ])
    expect(
      warnings.map(({ code, severity, line, column, message }) => ({ code, severity, line, column, message })),
    ).toEqual([
      {
        code: 'no_score',
        severity: 'warning',
        line: 3,
        column: 5,
        message: 'this answer has no score (the question was skipped): it is not counted',
      },
      {
        code: 'duplicate_answer',
        severity: 'warning',
        line: 4,
        column: 1,
        message: 'a second answer for the application "a-1" (the first is on line 2): the later answer counts',
      },
    ])
  })
  it('bytes are read as UTF-8; Latin-1 or UTF-16 is an error saying to save the file as UTF-8', () => {
    expect(parseSurveyAnswers(new TextEncoder().encode('applicationId,score,comment\na-1,9,Malmö\n')).answers).toEqual([
      { applicationId: 'a-1', score: 9, comment: 'Malmö' },
    ])
    const latin1 = Uint8Array.from(
      [...'applicationId,score,comment\na-1,9,Malm'].map((c) => c.charCodeAt(0)).concat([0xf6, 0x0a]),
    )
    expect(issuesOf(latin1)).toEqual([{ code: 'invalid_utf8', line: 2, column: 11 }])
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'id,score\n'].flatMap((c) => [c.charCodeAt(0), 0])])
    expect(issuesOf(utf16).map((i) => i.code)).toEqual(['not_utf8'])
  })
  it('throws a SurveyError, recognised across copies of the library', () => {
    try {
      parseSurveyAnswers('applicationId,score\na-1,12\n', { file: 'answers.csv' })
      expect.unreachable()
    } catch (e) {
      expect(isSurveyError(e)).toBe(true)
      expect((e as SurveyError).code).toBe('survey_invalid')
      expect((e as Error).message).toBe(
        '1 problem in the file answers.csv: 2:5 the score 12 is not on the scale 0–10 (a percentage, or another scale?)',
      )
    }
  })
})

describe('parseSurveyAnswers: JSON Lines', () => {
  it('reads one object per line; a score may be a number or a string of digits', () => {
    const text =
      '{"applicationId":"a-1","score":9,"comment":"Bra","stage":"advance","extra":true}\n\n{"id":"a-2","score":"3"}\n'
    expect(parseSurveyAnswers(text).answers).toEqual([
      { applicationId: 'a-1', score: 9, comment: 'Bra', stage: 'advance' },
      { applicationId: 'a-2', score: 3 },
    ])
  })
  it('every problem at its line, and at the key it is about', () => {
    const text = [
      '{"applicationId":"a-1","score":11}',
      'not json',
      '[1]',
      '{"applicationId":17,"score":9}',
      '{"score":9}',
      '{"applicationId":"a-6","score":true}',
      '{"applicationId":"a-7","score":9,"comment":["x"]}',
      '{"applicationId":"a-8","score":null}',
    ].join('\n')
    expect(() => parseSurveyAnswers(text)).toThrow(SurveyError)
    expect(issuesOf(text)).toEqual([
      { code: 'score_out_of_range', line: 1, column: 24 },
      { code: 'invalid_json', line: 2, column: 1 },
      { code: 'not_an_object', line: 3, column: 1 },
      { code: 'invalid_text', line: 4, column: 2 },
      { code: 'empty_id', line: 5, column: 1 },
      { code: 'invalid_score', line: 6, column: 24 },
      { code: 'invalid_text', line: 7, column: 34 },
    ])
    // A null score is a skipped question: a warning.
    expect(parseSurveyAnswers('{"applicationId":"a-8","score":null}').warnings.map((w) => w.code)).toEqual(['no_score'])
  })
  it('format: csv reads a file that starts with { as CSV', () => {
    expect(issuesOf('{"applicationId":"a-1","score":9}\n').length).toBe(0)
    expect(() => parseSurveyAnswers('{"applicationId":"a-1","score":9}\n', { format: 'csv' })).toThrow(SurveyError)
  })
})
