import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { bench, describe } from 'vitest'
import { lintCriteria } from '../../src/lint/lint-criteria'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { loadCriteria } from '../../src/node/load-criteria'

// The fairness lint runs in the Studio page after every pause in typing and in CI on every
// rule set: the whole bundled rules folder must lint in well under 200 ms warm (issue #23).
// Baseline in the same process: compiling the same documents, which every screening pays
// once per criteria version. vitest prints each as a multiple of the fastest.
const dir = join(__dirname, '../../rules')
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml') && !f.endsWith('.test.yaml'))
const docs = await Promise.all(files.map((f) => loadCriteria(join(dir, f))))
const screeners = docs.map((d) => compileCriteria(d))

describe(`the bundled rules folder (${files.length} files)`, () => {
  bench('lintCriteria, every file', () => {
    for (let i = 0; i < docs.length; i++) lintCriteria(docs[i]!, screeners[i]!)
  })
  bench('compileCriteria, every file (baseline)', () => {
    for (const d of docs) compileCriteria(d)
  })
})
