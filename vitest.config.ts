import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    benchmark: { include: ['test/**/*.bench.ts'] },
    testTimeout: 60_000,
    pool: 'forks',
    // Growth tests (test/helpers/growth.ts) collect garbage between timed runs.
    execArgv: ['--expose-gc'],
  },
})
