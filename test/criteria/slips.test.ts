import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { CriteriaError, formatIssue, loadCriteriaText, type Issue } from '../../src/index.js'

// The recruiter's slips, each in a broken file: caught with its own code, at the right place,
// worded in Swedish and in English with what to write instead.
const dir = join(import.meta.dirname, '../fixtures/slips')
interface Case { file: string; kind: 'load' | 'lint' | 'test'; code: string; line: number; column: number; sv: string[]; en: string[] }
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
