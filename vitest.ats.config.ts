import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// The reference ATS's end-to-end test (npm run test:ats): a real PostgreSQL and a real SMTP
// server on 127.0.0.1, started by the test itself. Not part of `npm test`, which needs nothing
// beside the project. The example imports the package by name, as a copy of it would.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^autoscreen\/node$/, replacement: fileURLToPath(new URL('./src/node/index.ts', import.meta.url)) },
      { find: /^autoscreen$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['examples/ats/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
})
