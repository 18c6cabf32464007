import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { CriteriaError, formatIssue, loadCriteriaText, type Issue } from '../../src/index.js'

// The recruiter's slips, each in a broken file: caught with its own code, at the right place,
// worded in Swedish and in English with what to write instead.
const dir = join(import.meta.dirname, '../fixtures/slips')
interface Case {
  file: string
  kind: 'load' | 'lint' | 'test'
  code: string
  line: number
  column: number
  sv: string[]
  en: string[]
}
const cases = (parse(readFileSync(join(dir, 'cases.yaml'), 'utf8')) as Case[]).filter((c) => c.kind === 'load')

function loadIssues(file: string): Issue[] {
  try {
    loadCriteriaText(readFileSync(join(dir, file), 'utf8'), { file })
  } catch (e) {
    if (e instanceof CriteriaError) return e.issues
    throw e
  }
  throw new Error(`${file} loaded without errors`)
}

describe('slips caught at load', () => {
  it.each(cases)('$file: $code at $line:$column', (c) => {
    const issues = loadIssues(c.file)
    const found = issues.find((i) => i.code === c.code)
    expect(found, JSON.stringify(issues)).toBeDefined()
    expect([found!.line, found!.column]).toEqual([c.line, c.column])
    const sv = formatIssue(found!, 'sv')
    const en = formatIssue(found!, 'en')
    for (const w of c.sv) expect(sv).toContain(w)
    for (const w of c.en) expect(en).toContain(w)
    expect(found!.message).toContain(en)
    // One issue per slip: the parser's echoes of it further on are not reported.
    expect(issues.filter((i) => i.code === c.code || i.code === 'syntax')).toHaveLength(1)
  })
})

// Every place a criteria file names a field (a rule's var, missing, missing_some, the date and
// language operators, a when, notBefore) or an option (reviewValues, valueLabels) says which one
// it most likely meant.
const FIELDS = `  experienceYears: { type: number, label: { en: Y } }
  employmentStart: { type: date, label: { en: S } }
  employmentEnd: { type: date, NOTBEFORE, label: { en: E } }
  swedish: { type: enum, values: [A1, A2, B1], REVIEW label: { en: S } }
  licence: { type: boolean, label: { en: L } }`
const file = (rule: string, extra: { when?: string; notBefore?: string; review?: string } = {}) =>
  `id: x\nversion: 1\nlocale: en\njob: { title: T, company: A, contact: { name: A, email: a@a.example } }\nfields:\n${FIELDS.replace('NOTBEFORE', `notBefore: ${extra.notBefore ?? 'employmentStart'}`).replace('REVIEW ', extra.review ? `reviewValues: [${extra.review}], ` : '')}\ncriteria:\n  - id: c\n    rule: ${rule}\n${extra.when ? `    when: ${extra.when}\n` : ''}    required: true\n    reason: { en: r }\n`
const GOOD = '{ var: licence }'
describe('did-you-mean for every field reference', () => {
  it.each([
    ['var', file('{ ">=": [{ var: experienceYear }, 1] }'), 'experienceYears'],
    ['missing', file('{ missing: [experienceYaers] }'), 'experienceYears'],
    ['missing_some', file('{ missing_some: [1, [license]] }'), 'licence'],
    ['cefrAtLeast', file('{ cefrAtLeast: [{ var: swedsh }, A2] }'), 'swedish'],
    ['a date operator', file('{ daysSince: [{ var: employmentEn }] }'), 'employmentEnd'],
    ['when', file(GOOD, { when: '{ var: licens }' }), 'licence'],
    ['notBefore', file(GOOD, { notBefore: 'employmentStrat' }), 'employmentStart'],
    ['reviewValues', file(GOOD, { review: 'B 11' }), 'B1'],
  ])('%s', (_, text, meant) => {
    let issues: Issue[] = []
    try {
      loadCriteriaText(text)
    } catch (e) {
      if (!(e instanceof CriteriaError)) throw e
      issues = e.issues
    }
    expect(issues).toHaveLength(1)
    expect(issues[0]!.message).toContain(`did you mean "${meant}"?`)
  })
})

// A key written in Swedish (`vikt:` for weight) is suggested in English, where that key is known.
describe('a key written in Swedish', () => {
  const issuesOf = (text: string): Issue[] => {
    try {
      loadCriteriaText(text)
    } catch (e) {
      if (!(e instanceof CriteriaError)) throw e
      return e.issues
    }
    return []
  }
  const sv = (criterion: string) =>
    `id: x\nversion: 1\nlocale: sv\njob: { title: T, company: A, contact: { name: A, email: a@a.example } }\nfields:\n  b: { type: boolean, label: { sv: B } }\ncriteria:\n  - id: c\n    rule: { var: b }\n${criterion}    reason: { sv: r }\n`
  it.each([
    ['vikt', '    vikt: 2\n', 'weight'],
    ['skäl', '    required: true\n    skäl: x\n', 'reason'],
    ['motivering (written without ö)', '    required: true\n    motivering: x\n', 'justification'],
    ['varfor (written without ö)', '    required: true\n    varfor: x\n', 'why'],
  ])('%s', (_, criterion, meant) => {
    const unknown = issuesOf(sv(criterion)).find((i) => i.code === 'unknown_key')!
    expect(unknown.params).toMatchObject({ hint: meant, translated: true })
    expect(formatIssue(unknown, 'sv')).toContain(`nycklarna skrivs på engelska: menade du "${meant}"?`)
    expect(formatIssue(unknown, 'en')).toContain(`keys are written in English: did you mean "${meant}"?`)
  })
  it('is suggested only where the English key is known', () => {
    const unknown = issuesOf(sv('    required: true\n    titel: x\n')).find((i) => i.code === 'unknown_key')!
    expect(unknown.params?.hint).toBeUndefined()
  })
})
