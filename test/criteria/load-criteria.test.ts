import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { pathText } from '../../src/criteria/parse'
import { CriteriaError } from '../../src/errors'
import { loadCriteriaText } from '../../src/screen/load-criteria'
import { loadCriteria } from '../../src/node/load-criteria'

const dir = join(__dirname, '../fixtures/criteria')
type Expected = { line: number; column: number; code: string; path: string; message?: string }
const cases = parse(readFileSync(join(dir, 'invalid-cases.yaml'), 'utf8')) as { file: string; issues: Expected[] }[]

async function issuesOf(file: string) {
  try {
    await loadCriteria(file)
  } catch (e) {
    expect(e).toBeInstanceOf(CriteriaError)
    return (e as CriteriaError).issues
  }
  throw new Error(`${file} loaded without errors`)
}

describe('invalid criteria files', () => {
  for (const c of cases) {
    it(`${c.file}: every problem, with file, line, column, path and code`, async () => {
      const file = join(dir, 'invalid', c.file)
      const issues = await issuesOf(file)
      expect(issues.map((i) => ({ line: i.line, column: i.column, code: i.code, path: pathText(i.path) }))).toEqual(
        c.issues.map(({ line, column, code, path }) => ({ line, column, code, path })),
      )
      for (const [i, want] of c.issues.entries()) {
        expect(issues[i]!.file).toBe(file)
        if (want.message) expect(issues[i]!.message).toContain(want.message)
      }
    })
  }
})

describe('valid criteria files', () => {
  it('loads YAML and applies defaults', async () => {
    const doc = await loadCriteria(join(dir, 'valid/minimal.yaml'))
    expect(doc.criteria.job.timezone).toBe('Europe/Stockholm')
    expect(doc.criteria.decision).toEqual({ minScore: 0, nearMissMargin: 0 })
    expect(doc.criteria.criteria[0]!.onMissing).toBe('review')
    expect(doc.locate(['criteria', 0, 'rule'])).toEqual({ file: join(dir, 'valid/minimal.yaml'), line: 12, column: 11 })
  })
  it('loads strict JSON with positions', async () => {
    const doc = await loadCriteria(join(dir, 'valid/minimal.json'))
    expect(doc.criteria.id).toBe('minimal-json')
    expect(doc.locate(['criteria', 0, 'weight'])).toMatchObject({ line: 8, column: 75 })
  })
  it('accepts every bundled rule set', async () => {
    for (const f of ['frontend-developer.yaml', 'lagerarbetare.yaml', 'b2b-saljare.yaml'])
      await expect(loadCriteria(join(__dirname, '../../rules', f))).resolves.toBeTruthy()
  })
})

describe('hostile criteria files', () => {
  it('reports a missing file as a typed error', async () => {
    const issues = await issuesOf(join(dir, 'nope.yaml'))
    expect(issues[0]).toMatchObject({ code: 'file_unreadable', message: 'file not found' })
  })
  it('survives YAML nested 100,000 levels deep', () => {
    const text = `id: x\nversion: 1\nlocale: en\nrule: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`
    expect(() => loadCriteriaText(text)).toThrow(CriteriaError)
  })
  it('survives a rule nested 100,000 levels deep in JSON', () => {
    // Built as text: JSON.stringify itself would overflow on such a value.
    const rule = `${'{"!":['.repeat(100_000)}true${']}'.repeat(100_000)}`
    const text = readFileSync(join(dir, 'valid/minimal.json'), 'utf8').replace(
      '{ ">=": [{ "var": "years" }, 1] }',
      rule,
    )
    expect(text).toContain('{"!":[{"!":[')
    try {
      loadCriteriaText(text, { format: 'json' })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(CriteriaError)
      expect((e as CriteriaError).issues.map((i) => i.code)).toContain('rule_too_deep')
    }
  })
  it('refuses a billion-laughs alias bomb', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(', ')}]`,
      ),
    ].join('\n')
    expect(() => loadCriteriaText(bomb)).toThrow(CriteriaError)
  })
  it('rejects prototype keys as field names', () => {
    const text = readFileSync(join(dir, 'valid/minimal.yaml'), 'utf8').replace(
      '  years: { type',
      '  __proto__: { type: boolean, label: { en: x } }\n  years: { type',
    )
    try {
      loadCriteriaText(text)
      expect.unreachable()
    } catch (e) {
      expect((e as CriteriaError).issues).toEqual([
        expect.objectContaining({ code: 'reserved_key', path: ['fields', '__proto__'], line: 9, column: 3 }),
      ])
    }
  })
})
