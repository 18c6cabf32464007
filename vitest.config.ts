import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig } from 'vitest/config'

// Growth tests (test/helpers/growth.ts) time a step as its input doubles: they run in a group of
// their own, one file at a time, after every other file, so that no other test file of this run
// shares the machine with them (as when the whole suite ran in one worker). The other files run
// in two workers: on CI's two cores the suite took twice as long in one. A file belongs to the
// timed group when it imports the growth helper, so a new growth test lands there by itself.
const TESTS = ['test/**/*.test.ts']
const BENCHES = ['test/**/*.bench.ts']
const timed = readdirSync(join(import.meta.dirname, 'test'), { recursive: true, encoding: 'utf8' })
  .filter(
    (f) =>
      f.endsWith('.test.ts') &&
      /from '(\.\.?\/)+(test\/)?helpers\/growth'/.test(readFileSync(join(import.meta.dirname, 'test', f), 'utf8')),
  )
  .map((f) => `test/${f.split('\\').join('/')}`)

// CI runs the suite three times (Node 20, 22, 24) on the same sources: given a folder in
// AUTOSCREEN_VITEST_CACHE, vitest keeps the transformed files of the first run there for the
// others. Unset (a developer's `npm test`), nothing is cached between runs.
const moduleCache = process.env.AUTOSCREEN_VITEST_CACHE

export default defineConfig({
  test: {
    testTimeout: 60_000,
    ...(moduleCache ? { experimental: { fsModuleCache: true, fsModuleCachePath: moduleCache } } : {}),
    pool: 'forks',
    // Growth tests collect garbage between timed runs.
    execArgv: ['--expose-gc'],
    // The CLI bundled once per run, for the tests that spawn it as a process.
    globalSetup: ['test/helpers/cli-bundle.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: TESTS, exclude: timed, maxWorkers: 2, benchmark: { include: [] } },
      },
      {
        extends: true,
        // Benchmarks time too: one file at a time, as the growth tests.
        test: {
          name: 'timed',
          include: timed,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
          benchmark: { include: BENCHES },
        },
      },
    ],
  },
})
