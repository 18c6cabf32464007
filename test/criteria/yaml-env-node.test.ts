import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { withoutEnvReads } from '../../src/criteria/yaml-document'
import { loadCriteriaText } from '../../src/screen/load-criteria'

// In Node, each read of process.env asks the operating system's environment: the YAML library
// reads LOG_TOKENS on every token, so a parse reads a plain copy of its two debugging variables
// instead (yaml-document.ts), with the same values, and the process's own environment is back
// when it returns, or throws.
// With a tag, which the plain reader (plain-yaml.ts) leaves to the YAML library.
const text = readFileSync(join(__dirname, '../../rules/frontend-developer.yaml'), 'utf8').replace(
  'id: frontend-developer',
  'id: !!str frontend-developer',
)
const had = Object.hasOwn(process.env, 'LOG_STREAM')
afterEach(() => {
  if (!had) delete process.env.LOG_STREAM
})

describe('YAML in Node', () => {
  it('a parse reads the debugging variables the environment has, with their values, and nothing else', () => {
    // Empty: set, but no debugging output.
    process.env.LOG_STREAM = ''
    const seen = withoutEnvReads(() => ({ ...process.env }))
    expect(seen).toEqual({
      LOG_STREAM: '',
      ...(process.env.LOG_TOKENS === undefined ? {} : { LOG_TOKENS: process.env.LOG_TOKENS }),
    })
  })
  it('the process has its own environment again after a parse, and after one that throws', () => {
    const env = process.env
    loadCriteriaText(text)
    expect(process.env).toBe(env)
    expect(() =>
      withoutEnvReads(() => {
        throw new Error('boom')
      }),
    ).toThrow('boom')
    expect(process.env).toBe(env)
    expect(process.env.PATH).toBe(env.PATH)
  })
})
