import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { compileCriteria, formatIssue, lintCriteria, loadCriteriaText } from '../../src/index.js'

// A when or a requirement that holds for every possible answer, or for none: a lint warning,
// at the when or the rule, with the or-for-and hint, in Swedish and in English.
const dir = join(import.meta.dirname, '../fixtures/slips')
interface Case {
  file: string
  kind: string
  code: string
  line: number
  column: number
  sv: string[]
  en: string[]
}
const cases = (parse(readFileSync(join(dir, 'cases.yaml'), 'utf8')) as Case[]).filter((c) => c.kind === 'lint')
const lint = (text: string) => {
  const doc = loadCriteriaText(text, { file: 'x.yaml' })
  return lintCriteria(doc, compileCriteria(doc))
}

describe('constant conditions', () => {
  it.each(cases)('$file: $code at $line:$column', (c) => {
    const found = lint(readFileSync(join(dir, c.file), 'utf8')).filter((f) => f.code === c.code)
    expect(found).toHaveLength(1)
    const f = found[0]!
    expect([f.line, f.column, f.severity, f.finding]).toEqual([c.line, c.column, 'warning', 'constant-condition'])
    for (const w of c.sv) expect(formatIssue(f, 'sv')).toContain(w)
    for (const w of c.en) expect(formatIssue(f, 'en')).toContain(w)
  })

  it('says nothing of a when and a requirement that some answers meet and some do not', () => {
    const text = readFileSync(join(dir, 'when-always.yaml'), 'utf8').replace(
      '{ or: [{ "!=": [{ var: role }, driver] }, { "!=": [{ var: role }, nurse] }] }',
      '{ and: [{ "!=": [{ var: role }, driver] }, { "!=": [{ var: role }, nurse] }] }',
    )
    expect(lint(text).filter((f) => f.code === 'constant_condition')).toEqual([])
  })

  it('leaves a condition whose answers are too many to try unjudged (no false warning)', () => {
    // An integer from 0 to 100 000 read through arithmetic: no small set of answers stands for all.
    const text = readFileSync(join(dir, 'when-always.yaml'), 'utf8')
      .replace(
        '  permit: { type: boolean',
        '  age: { type: integer, min: 0, max: 100000, label: { sv: Ålder, en: Age } }\n  permit: { type: boolean',
      )
      .replace(
        '{ or: [{ "!=": [{ var: role }, driver] }, { "!=": [{ var: role }, nurse] }] }',
        '{ or: [{ ">=": [{ "+": [{ var: age }, 1] }, 0] }, { var: permit }] }',
      )
    expect(lint(text).filter((f) => f.code === 'constant_condition')).toEqual([])
  })
})
