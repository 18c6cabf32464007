// Vitest global setup: the CLI as one CommonJS file, bundled from the current src/cli/bin.ts
// (the built bin's entry) with esbuild into a temporary folder, once per test run. Tests that
// need the CLI as a real process (signals, pipes, /dev/full, file size limits) spawn
// `node <that file>` instead of `node --import tsx src/cli/main.ts`, which transformed the
// sources again in every process. Built at the start of every run, so it is never stale; it
// needs nothing but `npm ci` (no `npm run build`), and dist/ is neither read nor written.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The path of the CLI bundled from the current sources: run it as `node <path> …`. */
    cliBundle: string
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'autoscreen-cli-'))
  const file = join(dir, 'cli.cjs')
  // Everything bundled, dependencies too: the file runs from any folder, on every Node the
  // package supports (as dist/cli.cjs, which inlines the ESM-only @noble/hashes).
  // The worker of `screen --jobs` beside it, as dist/screen-worker.cjs is beside dist/cli.cjs.
  await build({
    entryPoints: {
      cli: resolve(import.meta.dirname, '../../src/cli/bin.ts'),
      'screen-worker': resolve(import.meta.dirname, '../../src/cli/screen-worker.ts'),
    },
    outdir: dir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
  })
  project.provide('cliBundle', file)
  return () => rmSync(dir, { recursive: true, force: true })
}
