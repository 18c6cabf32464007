import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The compiled code of the built CLI's own CommonJS files, kept where Node has no compile cache
// of its own (code-cache.ts, used on Node 20): a run in a fresh process reads the entry the run
// before wrote, an entry made from another version of a file is never used, and files outside
// the CLI's folder load as Node loads them. Each run is a process of its own, as the loader is
// changed for the whole process.
const dir = mkdtempSync(join(tmpdir(), 'autoscreen-code-cache-'))
const own = join(dir, 'dist')
const other = join(dir, 'elsewhere')
const cache = join(dir, 'cache')
const driver = join(dir, 'driver.cjs')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

beforeAll(async () => {
  for (const d of [own, other, cache]) mkdirSync(d)
  await build({
    stdin: {
      contents: [
        `import { cacheCompiledCode } from ${JSON.stringify(resolve(__dirname, '../../src/cli/code-cache.ts'))}`,
        'cacheCompiledCode(process.argv[2], process.argv[3])',
        "console.log(require(process.argv[2] + '/index.cjs'))",
      ].join('\n'),
      resolveDir: dir,
      loader: 'ts',
    },
    outfile: driver,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'error',
  })
})

const run = (...options: string[]) => {
  const r = spawnSync(process.execPath, [...options, driver, own, cache], { encoding: 'utf8' })
  expect(r.stderr).toBe('')
  expect(r.status).toBe(0)
  return r.stdout.trim()
}
const entries = () => readdirSync(cache).sort()
/** When each entry was last written: an entry V8 refused (or that was made from another version) is written again at exit. */
const written = () => entries().map((f) => statSync(join(cache, f)).mtimeMs)

describe('the CLI keeps the compiled code of its own files (Node 20)', () => {
  it('writes an entry per file of its folder at exit, reads it in the next run, and never one made from another version', () => {
    writeFileSync(join(own, 'index.cjs'), "module.exports = require('./node.cjs') + require('../elsewhere/other.cjs')")
    writeFileSync(join(own, 'node.cjs'), 'module.exports = 40')
    writeFileSync(join(other, 'other.cjs'), 'module.exports = 2')
    expect(run()).toBe('42')
    const made = entries()
    expect(made.map((f) => f.replace(/-[0-9a-f]{8}\.v8$/, ''))).toEqual(['index.cjs', 'node.cjs'])
    const first = written()
    expect(run()).toBe('42')
    expect(entries()).toEqual(made)
    expect(written()).toEqual(first)
    // A new version of a file (another size, another change time): compiled afresh, its entry replaced.
    writeFileSync(join(own, 'node.cjs'), 'module.exports = 1000')
    expect(run()).toBe('1002')
    const second = written()
    expect(second[0]).toBe(first[0])
    expect(second[1]).not.toBe(first[1])
    expect(run()).toBe('1002')
    expect(entries()).toEqual(made)
    expect(written()).toEqual(second)
    // Node run with other options (whose code V8 would refuse) keeps entries of its own beside them.
    expect(run('--no-deprecation')).toBe('1002')
    expect(entries()).toHaveLength(4)
    expect(
      entries()
        .filter((f) => made.includes(f))
        .map((f) => statSync(join(cache, f)).mtimeMs),
    ).toEqual(second)
  })
})
