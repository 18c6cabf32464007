import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setCriterion } from '../../src/criteria/edit-criteria'
import { loadCriteriaText } from '../../src/screen/load-criteria'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { addTestCaseToText } from '../../src/testing/test-case'
import { setTestCase } from '../../src/testing/edit-test-file'

// Deno without --allow-env throws on any read of a variable it was not allowed (NotCapable),
// and the YAML library's Node build, which Deno loads, reads LOG_TOKENS and LOG_STREAM on every
// token. Here Node plays that Deno: an environment that throws on those reads, and a
// Deno.permissions that says they are not granted. The real Deno runs the README's example in
// .ci/check-package.sh.
const text = readFileSync(join(__dirname, '../../rules/frontend-developer.yaml'), 'utf8')
// The same file with a tag, which the plain reader (plain-yaml.ts) leaves to the YAML library.
const libraryText = text.replace('id: frontend-developer', 'id: !!str frontend-developer')
const reads: string[] = []
const realEnv = process.env
let permission = 'prompt'

function refusingEnv(): NodeJS.ProcessEnv {
  return new Proxy(
    { ...realEnv },
    {
      get(target, key) {
        if (key === 'LOG_TOKENS' || key === 'LOG_STREAM') {
          reads.push(key)
          if (permission !== 'granted')
            throw Object.assign(new Error(`Requires env access to "${key}", run again with the --allow-env flag`), {
              name: 'NotCapable',
            })
        }
        return Reflect.get(target, key)
      },
    },
  )
}

beforeEach(() => {
  reads.length = 0
  permission = 'prompt'
  process.env = refusingEnv()
  ;(globalThis as { Deno?: unknown }).Deno = {
    permissions: {
      querySync: ({ variable }: { variable: string }) => ({
        state: ['LOG_TOKENS', 'LOG_STREAM'].includes(variable) ? permission : 'prompt',
      }),
    },
  }
})
afterEach(() => {
  process.env = realEnv
  delete (globalThis as { Deno?: unknown }).Deno
})

describe('YAML in Deno without --allow-env', () => {
  it('the environment refuses as Deno does (the simulation holds)', () => {
    expect(() => process.env.LOG_TOKENS).toThrow(/allow-env/)
  })

  it('a criteria file loads, compiles and screens, reading no variable', () => {
    const envBefore = process.env
    const screener = compileCriteria(loadCriteriaText(libraryText, { file: 'frontend-developer.yaml' }))
    expect(screener.criteria.id).toBe('frontend-developer')
    compileCriteria(loadCriteriaText(text, { file: 'frontend-developer.yaml' }))
    expect(reads).toEqual([])
    // The environment is the process's own again after the parse.
    expect(process.env).toBe(envBefore)
  })

  it('a syntax error is still a located syntax error, not "the file could not be read"', () => {
    let issues: { code: string; line?: number; message: string }[] = []
    try {
      loadCriteriaText('id: x\njob: [\n', { file: 'broken.yaml' })
    } catch (e) {
      issues = (e as { issues: typeof issues }).issues
    }
    expect(issues.length).toBeGreaterThan(0)
    expect(issues.map((i) => i.message).join('\n')).not.toMatch(/allow-env|could not be read/)
    expect(reads).toEqual([])
  })

  it('the editing functions parse without reading either', () => {
    const edited = setCriterion(
      text,
      'remote',
      { rule: { '==': [{ var: 'workPermit' }, true] }, reason: { sv: 'arbetstillstånd', en: 'a work permit' } },
      { add: true },
    )
    expect(edited).toContain('id: remote')
    const cases = addTestCaseToText('', {
      name: 'first',
      application: { id: 'x', submittedAt: '2026-11-20T10:00:00+01:00', answers: {} },
      expect: { outcome: 'review' },
    })
    expect(cases).toContain('first')
    const set = setTestCase(cases, 'x', {
      name: 'first',
      application: { id: 'x', submittedAt: '2026-11-20T10:00:00+01:00', answers: {} },
      expect: { outcome: 'pass' },
    })
    expect(JSON.stringify(set)).toContain('pass')
    expect(reads).toEqual([])
  })

  it('given the permission, the YAML library reads its debugging variables as it always does', () => {
    permission = 'granted'
    loadCriteriaText(libraryText)
    expect(reads.length).toBeGreaterThan(0)
  })

  it('outside Deno nothing is changed: the library reads the environment as it always does', () => {
    delete (globalThis as { Deno?: unknown }).Deno
    permission = 'granted'
    loadCriteriaText(libraryText)
    expect(reads.length).toBeGreaterThan(0)
  })
})
