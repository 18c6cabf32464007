import { defineConfig } from 'vitest/config'

// `npm run conformance`: the public JSON Logic suites, read from ../shared (or
// AUTOSCREEN_JSON_LOGIC_SUITES). Kept out of `npm test`, which needs nothing beside the project.
export default defineConfig({
  test: { include: ['test/conformance/**/*.conformance.ts'], testTimeout: 120_000 },
})
