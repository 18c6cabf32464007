import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { CriteriaError, formatIssue, runRuleTests } from '../../src/node/index.js'

// A rule-test file's slips: an expectation naming a criterion that does not exist is said, with
// the id it most likely meant, where it is written, in Swedish and in English.
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
const cases = (parse(readFileSync(join(dir, 'cases.yaml'), 'utf8')) as Case[]).filter((c) => c.kind === 'test')

describe('slips in rule-test files', () => {
  it.each(cases)('$file: $code at $line:$column', async (c) => {
    const err = await runRuleTests(join(dir, c.file)).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(err).toBeInstanceOf(CriteriaError)
    const found = (err as CriteriaError).issues.find((i) => i.code === c.code)!
    expect(found, JSON.stringify((err as CriteriaError).issues)).toBeDefined()
    expect([found.line, found.column, found.file]).toEqual([c.line, c.column, join(dir, c.file)])
    for (const w of c.sv) expect(formatIssue(found, 'sv')).toContain(w)
    for (const w of c.en) expect(formatIssue(found, 'en')).toContain(w)
  })
})
