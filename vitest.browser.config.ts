import { defineConfig } from 'vitest/config'

// `npm run test:browser`: checks that need Debian's chromium (not part of `npm test`).
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.ts'],
    testTimeout: 120_000,
    // The CLI bundled once per run from the current sources, for the tests that run it.
    globalSetup: ['test/helpers/cli-bundle.ts'],
  },
})
