import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { precompiledSource } from '../../.ci/precompile-templates'

it('src/messages/precompiled.ts is up to date with the built-in templates (regenerate: npx tsx .ci/precompile-templates.ts)', () => {
  expect(readFileSync(join(__dirname, '../../src/messages/precompiled.ts'), 'utf8')).toBe(precompiledSource())
})
