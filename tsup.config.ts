import { resolve } from 'node:path'
import { defineConfig, type Options } from 'tsup'

// Three entries, one copy of the library:
//   dist/index.{js,cjs}  the core: no Node built-ins, runs in browsers, Workers, Deno, Bun
//   dist/node.{js,cjs}   autoscreen/node: the core re-exported, plus file loading
//   dist/cli.js          the CLI, built on autoscreen/node
// node imports the core, and the CLI imports node, as the built files (never bundling a second
// copy), so classes, caches and error types are shared whichever entry a program imports.
const src = resolve(import.meta.dirname, 'src')

/** Resolves imports of an entry module to its built file, kept external. */
function importBuilt(entries: Record<string, string>, extension: (format: string) => string): NonNullable<Options['esbuildPlugins']>[number] {
  return {
    name: 'import-built-entry',
    setup(build) {
      const ext = extension(build.initialOptions.format ?? 'esm')
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const target = resolve(args.resolveDir, args.path).replace(/\.ts$/, '')
        for (const [file, name] of Object.entries(entries)) if (target === resolve(src, file)) return { path: `./${name}${ext}`, external: true }
        return undefined
      })
    },
  }
}

// @noble/hashes is ESM-only and needs Node >= 20.19 to be required; inlined (its SHA-256 is a
// few kB), the CommonJS build works on every Node 20.
const bundled = ['@noble/hashes']

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    noExternal: bundled,
    // Ship the generated JSON Schema next to the code so editors can point at it.
    async onSuccess() {
      const { criteriaJsonSchema } = await import('./src/criteria/json-schema')
      const { writeFileSync } = await import('node:fs')
      writeFileSync('dist/criteria.schema.json', `${JSON.stringify(criteriaJsonSchema(), null, 2)}\n`)
    },
  },
  {
    entry: { node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    esbuildPlugins: [importBuilt({ index: 'index' }, (f) => (f === 'cjs' ? '.cjs' : '.js'))],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    sourcemap: true,
    // Commands in chunks of their own, loaded when used: a fast start for every command.
    splitting: true,
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [importBuilt({ 'node/index': 'node', index: 'index' }, () => '.js')],
  },
])
