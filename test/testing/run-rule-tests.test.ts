import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CriteriaError } from '../../src/errors'
import { formatCaseSummary, toJUnit } from '../../src/testing/run-rule-tests'
import { runRuleTests } from '../../src/node/run-rule-tests'

const dir = join(__dirname, '../fixtures/testing')

describe('runRuleTests', () => {
  it('checks every expectation and shows expected and actual values', async () => {
    const r = await runRuleTests(join(dir, 'minimal.test.yaml'))
    expect(r.criteriaFile).toBe(join(dir, 'minimal.yaml'))
    expect(r.cases.map((c) => c.passed)).toEqual([true, false, true])
    expect(r.cases[1]!.failures).toEqual([
      { field: 'outcome', expected: 'pass', actual: 'reject' },
      { field: 'unmet', expected: [], actual: ['years'] },
      { field: 'message', expected: 'no such text', actual: expect.stringContaining('at least a year of experience') },
    ])
    expect(r.cases[1]!.explanations.years).toBe('years is 0; at least 1 required')
    expect([r.passed, r.failed]).toEqual([2, 1])
  })
  it('measures coverage per criterion and status', async () => {
    const r = await runRuleTests(join(dir, 'minimal.test.yaml'))
    expect(r.coverage.years).toEqual({
      met: true,
      unmet: true,
      missing: true,
      review: false,
      skipped: false,
      applicable: ['met', 'unmet', 'missing'],
    })
    expect(r.coveragePercent).toBe(100)
    const only = await runRuleTests(join(dir, 'minimal.test.yaml'), { run: /passes/ })
    expect(only.cases).toHaveLength(1)
    expect(only.coveragePercent).toBe(33.3)
  })
  it('a failing case says how the application came out: score against minScore, requirements apart from preferences', async () => {
    const r = await runRuleTests(join(dir, 'conditional.test.yaml'))
    const failing = r.cases.find((c) => !c.passed)!
    expect(failing.name).toBe('expected to pass, but the score is short')
    expect(failing.actual).toMatchObject({
      outcome: 'reject',
      score: 0,
      minScore: 2,
      maxScore: 2,
      unmetRequired: ['utbildning'],
      unmetPreferred: ['erfarenhet'],
    })
    expect(formatCaseSummary(failing.actual)).toBe(
      'reject, score 0 of 2 (pass at 2)\nunmet requirements: utbildning\nunmet preferences: erfarenhet',
    )
    const empty = r.cases.find((c) => c.name === 'nothing answered')!
    expect(formatCaseSummary(empty.actual)).toContain(
      'missing: kopia (examen, kopia are not answered, and the answer could change the result)',
    )
    expect(r.passed).toBe(4)
  })
  it("a failing case in Swedish: the vocabulary's words, no technical English problem, nothing of points when none are given", async () => {
    const r = await runRuleTests(join(dir, 'conditional.test.yaml'))
    const failing = r.cases.find((c) => !c.passed)!
    expect(formatCaseSummary(failing.actual, 'sv')).toBe(
      'avböjs, poäng 0 av 2 (går vidare från 2)\nskallkrav som inte är uppfyllda: utbildning\nmeriterande krav som inte är uppfyllda: erfarenhet',
    )
    expect(formatCaseSummary(failing.actual, 'en')).toBe(formatCaseSummary(failing.actual))
    const empty = r.cases.find((c) => c.name === 'nothing answered')!
    const sv = formatCaseSummary(empty.actual, 'sv')
    expect(sv).toMatch(/^till en person, poäng 0 av 2 \(går vidare från 2\)\n/)
    expect(sv).toContain('\nobesvarat: kopia')
    expect(sv).not.toMatch(/answer|score|missing/)
    const minimal = await runRuleTests(join(dir, 'minimal.test.yaml'))
    expect(formatCaseSummary(minimal.cases[1]!.actual, 'sv')).toBe('avböjs\nskallkrav som inte är uppfyllda: years')
    expect(formatCaseSummary(minimal.cases[1]!.actual)).toBe('reject\nunmet requirements: years')
    expect(formatCaseSummary({ ...minimal.cases[1]!.actual, nearMiss: true }, 'sv')).toMatch(/^avböjs \(nära ja\)\n/)
  })
  it('counts skipped and review in coverage where they apply', async () => {
    const r = await runRuleTests(join(dir, 'conditional.test.yaml'))
    expect(r.coverage.kopia!.applicable).toEqual(['met', 'unmet', 'missing', 'skipped'])
    expect(r.coverage.utbildning!.applicable).toEqual(['met', 'unmet', 'missing', 'review'])
    expect(r.coverage.kopia).toMatchObject({ skipped: true, met: true, unmet: true, missing: true })
    expect(r.coverage.utbildning).toMatchObject({ review: true })
  })
  it('a case the screener cannot read is a located error naming the case, never an internal error', async () => {
    const file = join(dir, 'broken.test.yaml')
    const e = await runRuleTests(file).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(CriteriaError)
    const issues = (e as CriteriaError).issues
    expect(issues.map((i) => [i.line, i.code, i.file])).toEqual([
      [7, 'case_invalid', file],
      [10, 'case_invalid', file],
    ])
    expect(issues[0]!.message).toContain(
      'case "forgot when it was submitted": the application cannot be screened: submittedAt',
    )
    expect(issues[1]!.message).toContain('"2026-02-30T10:00:00+01:00" is not an ISO 8601 date-time')
  })
  it('every bundled rule set passes its cases with full coverage', async () => {
    for (const name of ['frontend-developer', 'lagerarbetare', 'b2b-saljare', 'underskoterska-hemtjanst']) {
      const r = await runRuleTests(join(__dirname, `../../rules/${name}.test.yaml`))
      expect(r.failed, name).toBe(0)
      expect(r.coveragePercent, name).toBe(100)
    }
  })
  it('a file that is not a test file is told so against the test-file schema, without hints from the criteria schema', async () => {
    const e = (await runRuleTests(join(__dirname, '../../rules/lagerarbetare.yaml')).catch(
      (x: unknown) => x,
    )) as CriteriaError
    expect(e).toBeInstanceOf(CriteriaError)
    const messages = e.issues.map((i) => i.message)
    expect(messages).toContain('"cases" is required')
    expect(messages).toContain('unknown key "id"')
    expect(messages.join('\n')).not.toMatch(/did you mean "(id|version|job)"/)
  })
  it('writes JUnit XML with escaped failures', async () => {
    const xml = toJUnit([await runRuleTests(join(dir, 'minimal.test.yaml'))])
    expect(xml).toContain('<testsuites name="autoscreen" tests="3" failures="1">')
    // Each case where it is written: its test file and the line it starts on.
    expect(xml).toContain(
      `<testcase classname="minimal.test.yaml" name="wrong expectation fails with both values shown" file="${join(dir, 'minimal.test.yaml')}" line="5"><failure message="outcome: expected &quot;pass&quot;, got &quot;reject&quot;`,
    )
  })
})
