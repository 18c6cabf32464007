import { readdir, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { UsageError } from './io.js'

const CRITERIA = /\.(ya?ml|json)$/i
const TEST = /\.test\.(ya?ml|json)$/i

/** Expands directories into the criteria files they hold (test files excluded), sorted. */
export async function criteriaFiles(paths: string[], cwd: string): Promise<string[]> {
  const out: string[] = []
  for (const p of paths) {
    const full = resolve(cwd, p)
    let s
    try {
      s = await stat(full)
    } catch {
      throw new UsageError('no-such-path', { path: p }) // as ESLint: a path that is not there is a usage error (exit 2)
    }
    if (s.isDirectory()) {
      const names = (await readdir(full))
        .filter((n) => CRITERIA.test(n) && !TEST.test(n) && !n.endsWith('.schema.json'))
        .sort()
      out.push(...names.map((n) => join(p, n)))
    } else out.push(p)
  }
  return out
}

/** Expands directories into the rule-set test files they hold, sorted. */
export async function testFiles(paths: string[], cwd: string): Promise<string[]> {
  const out: string[] = []
  for (const p of paths) {
    const full = resolve(cwd, p)
    let s
    try {
      s = await stat(full)
    } catch {
      throw new UsageError('no-such-path', { path: p })
    }
    if (s.isDirectory())
      out.push(
        ...(await readdir(full))
          .filter((n) => TEST.test(n))
          .sort()
          .map((n) => join(p, n)),
      )
    else if (CRITERIA.test(p) && !TEST.test(p)) out.push(await testFileOf(p, cwd))
    else out.push(p)
  }
  return out
}

/**
 * The test file of a criteria file (`rules/x.yaml` -> `rules/x.test.yaml`, or .yml/.json),
 * so `autoscreen test rules/x.yaml` runs its cases; the .yaml name when none exists, which the
 * loader then reports as missing.
 */
async function testFileOf(p: string, cwd: string): Promise<string> {
  const stem = p.replace(CRITERIA, '')
  for (const ext of ['.test.yaml', '.test.yml', '.test.json'])
    try {
      await stat(resolve(cwd, stem + ext))
      return stem + ext
    } catch {
      // try the next
    }
  return `${stem}.test.yaml`
}
