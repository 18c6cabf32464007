import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { VERSION } from '../src/version'

it('VERSION is the version in package.json (change both together)', () => {
  expect(VERSION).toBe(JSON.parse(readFileSync(join(__dirname, '../package.json'), 'utf8')).version)
})
