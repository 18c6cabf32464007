import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { en } from '../../src/issues/wording-en'
import { sv } from '../../src/issues/wording-sv'
import {
  compileCriteria,
  formatIssue,
  isApplicationError,
  isCriteriaError,
  isDecisionError,
  lintCriteria,
  loadCriteriaText,
  recordDecision,
  type Issue,
  type IssueCode,
} from '../../src/index'
import { loadCriteria } from '../../src/node/index'
import { exampleApplications } from '../helpers/examples'

// Codes whose Swedish and English words are the same by nature: none yet. A code listed here
// must say why (a file format's own name, a code the recruiter types).
const SAME_IN_BOTH: ReadonlySet<IssueCode> = new Set<IssueCode>([])

// Words that mark English in a Swedish sentence. Quoted text (what the recruiter wrote, in
// either language) is left out before looking.
const ENGLISH = [' is ', ' must ', ' expected', 'is required', ' the ', ' should ', ' cannot ', ' not a ']
const unquoted = (s: string): string => s.replace(/"[^"]*"/g, '""')

type Case = { name: string; codes: IssueCode[]; text: string; lint?: boolean }
const fixture = parse(readFileSync('test/fixtures/issues/criteria.yaml', 'utf8')) as { base: string; cases: Case[] }

/** Every issue a broken file gives, as the CLI and the Studio would show it. */
function issuesOf(c: Case): Issue[] {
  try {
    const doc = loadCriteriaText(c.text, { file: `${c.name}.yaml` })
    return [...(doc.warnings ?? []), ...(c.lint ? lintCriteria(doc, compileCriteria(doc)) : [])]
  } catch (e) {
    if (!isCriteriaError(e)) throw e
    return e.issues
  }
}

const produced = fixture.cases.flatMap((c) => issuesOf(c).map((i) => ({ case: c.name, issue: i })))

describe('the catalogue of issue codes', () => {
  it('words every code in Swedish and in English, never empty, and differently', () => {
    expect(Object.keys(sv).sort()).toEqual(Object.keys(en).sort())
    for (const code of Object.keys(en) as IssueCode[]) {
      const words = { sv: sv[code]({}), en: en[code]({}) }
      expect(words.sv.trim(), code).not.toBe('')
      expect(words.en.trim(), code).not.toBe('')
      if (!SAME_IN_BOTH.has(code)) expect(words.sv, code).not.toBe(words.en)
    }
  })

  it('the base file of the fixtures loads without a problem, so each case fails for its own slips', () => {
    expect(() => loadCriteriaText(fixture.base, { file: 'base.yaml' })).not.toThrow()
  })

  describe.each(fixture.cases)('$name', (c) => {
    const issues = issuesOf(c)
    it(`produces ${c.codes.join(', ')}`, () => {
      const codes = new Set(issues.map((i) => i.code))
      for (const code of c.codes) expect(codes, `${code} in ${[...codes].join(', ')}`).toContain(code)
    })
    it('words each issue from its params, in Swedish without English, in English as its message', () => {
      for (const i of issues) {
        const words = { sv: formatIssue(i, 'sv'), en: formatIssue(i, 'en') }
        for (const w of Object.values(words)) expect(w, `${i.code}: ${w}`).not.toMatch(/undefined|\[object|NaN/)
        for (const marker of ENGLISH) expect(unquoted(words.sv), `${i.code}: ${words.sv}`).not.toContain(marker)
        expect(words.en, i.code).toBe(i.message)
        if (!SAME_IN_BOTH.has(i.code)) expect(words.sv, i.code).not.toBe(words.en)
      }
    })
  })

  /** Asserts what every worded issue must hold, in both languages. */
  const wordsWell = (i: Issue, sameMessage = true) => {
    const words = { sv: formatIssue(i, 'sv'), en: formatIssue(i, 'en') }
    for (const w of Object.values(words)) expect(w, `${i.code}: ${w}`).not.toMatch(/undefined|\[object|NaN/)
    for (const marker of ENGLISH) expect(unquoted(words.sv), `${i.code}: ${words.sv}`).not.toContain(marker)
    if (sameMessage) expect(words.en, i.code).toBe(i.message)
    expect(words.sv, i.code).not.toBe(words.en)
  }

  it("a person's decisions that cannot be recorded (test/fixtures/issues/decisions.yaml)", async () => {
    const screener = compileCriteria(await loadCriteria('rules/frontend-developer.yaml'))
    const application = exampleApplications('frontend-developer')[0]!
    const result = screener.screen(application, { now: 'arrival' })
    const cases = parse(readFileSync('test/fixtures/issues/decisions.yaml', 'utf8')) as {
      code: IssueCode
      input: Record<string, unknown>
    }[]
    for (const c of cases) {
      let error: unknown
      try {
        recordDecision(result, c.input as never, { screener })
      } catch (e) {
        error = e
      }
      expect(isDecisionError(error), c.code).toBe(true)
      if (!isDecisionError(error)) continue
      const [issue] = error.issues
      expect(issue.code).toBe(c.code)
      produced.push({ case: 'decision', issue })
      wordsWell(issue)
    }
  })

  it('applications that cannot be screened (test/fixtures/issues/applications.yaml)', async () => {
    const screener = compileCriteria(await loadCriteria('rules/frontend-developer.yaml'))
    const cases = parse(readFileSync('test/fixtures/issues/applications.yaml', 'utf8')) as {
      code: IssueCode
      application: unknown
    }[]
    for (const c of cases) {
      let error: unknown
      try {
        screener.screen(c.application as never, { now: 'arrival' })
      } catch (e) {
        error = e
      }
      expect(isApplicationError(error), c.code).toBe(true)
      if (!isApplicationError(error)) continue
      expect(error.issues.map((i) => i.code)).toContain(c.code)
      for (const issue of error.issues) {
        produced.push({ case: 'application', issue })
        wordsWell(issue)
      }
    }
  })

  it('the fixtures produce a good part of the catalogue for real', () => {
    const codes = new Set(produced.map((p) => p.issue.code))
    expect(codes.size).toBeGreaterThanOrEqual(58)
  })
})
