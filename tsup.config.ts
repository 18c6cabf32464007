import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { defineConfig, type Options } from 'tsup'

// What the package ships, one copy of the library in each module system:
//   dist/**/*.js          ESM, one file per source module: bundlers keep only what a program
//                         uses (sideEffects: false holds module by module)
//   dist/index.cjs        CommonJS, the core in one file (no Node built-ins) with zod (English
//                         only) and @date-fns/tz inlined; the Handlebars runtime, the stemmers,
//                         the YAML library and date-fns are required on first use (requireOnFirstUse)
//   dist/node.cjs         CommonJS autoscreen/node: requires ./index.cjs, adds file loading
//   dist/index.d.ts, dist/node.d.ts (and .d.cts): the types
//   dist/cli.cjs          the `autoscreen` executable: turns the compile cache on, then requires
//                         ./cli-main.cjs (the commands), which requires ./node.cjs, never a copy
//   dist/screen-worker.cjs a worker thread of `autoscreen screen --jobs N`, beside the CLI
//                         (requires ./node.cjs too: each worker loads the library once)
// The CLI is two CommonJS files on top of the one-file library: a cold start loads few files.
// No source maps: the shipped JavaScript is not minified, each ESM file is its TypeScript module
// with the types stripped and the names kept, so a stack trace already points at readable code
// with the source's own function names. The maps (with the sources inlined, as src/ is not
// shipped) were 4.5 of the package's 9.4 MB unpacked and served no one who reads a trace.
const src = resolve(import.meta.dirname, 'src')

/** Resolves imports of an entry module to its built file, kept external. */
function importBuilt(entries: Record<string, string>): NonNullable<Options['esbuildPlugins']>[number] {
  return {
    name: 'import-built-entry',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const target = resolve(args.resolveDir, args.path).replace(/\.(js|ts)$/, '')
        for (const [file, built] of Object.entries(entries))
          if (target === resolve(src, file)) return { path: built, external: true }
        return undefined
      })
    },
  }
}

/**
 * Requires each of these dependencies when the library first uses it, not when the CommonJS file
 * loads: a program (the CLI's `screen`, say) that never renders a message or lints pays nothing
 * for the Handlebars runtime (21 files) or the stemmers, one whose criteria file the plain reader
 * takes pays nothing for the YAML library (72 files), and date-fns is read only for a calendar
 * sum near an offset change (issue #24, cold start). esbuild writes an external import as a `require` at the top of
 * the file; here it becomes a stand-in module whose default export forwards to the dependency's
 * `module.exports` (a Proxy: only `get` and `in` are used by the library) and whose named exports
 * are the dependency's functions, each calling the real one; a class is constructed (`new` on the
 * stand-in returns the real class's instance: the library never tests `instanceof` on one), and
 * a function's own properties (the YAML library's `visit.BREAK`) are read from the real one.
 * Names are read from the dependency at build time: importing anything else from it (a value
 * that is not a function) fails the build. Only the CommonJS builds use it: the ESM files import
 * the dependencies as they are, for bundlers.
 */
function requireOnFirstUse(specifiers: string[]): NonNullable<Options['esbuildPlugins']>[number] {
  const own = createRequire(import.meta.url)
  const filter = new RegExp(`^(${specifiers.map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`)
  const identifier = /^[A-Za-z_$][\w$]*$/
  return {
    name: 'require-on-first-use',
    setup(build) {
      // The stand-in's own `require` stays external.
      build.onResolve({ filter }, (args) =>
        args.namespace === 'on-first-use'
          ? { path: args.path, external: true }
          : { path: args.path, namespace: 'on-first-use' },
      )
      build.onLoad({ filter: /.*/, namespace: 'on-first-use' }, (args) => {
        const real = own(args.path) as Record<string, unknown>
        const functions = Object.keys(real).filter(
          (k) => identifier.test(k) && k !== 'default' && typeof real[k] === 'function',
        )
        const spec = JSON.stringify(args.path)
        const standIn = (f: string) => {
          const fn = real[f] as (...args: unknown[]) => unknown
          const body = /^class[\s{]/.test(Function.prototype.toString.call(fn))
            ? `return Reflect.construct(load().${f}, args)`
            : `return load().${f}(...args)`
          const props = Object.keys(fn).filter((k) => identifier.test(k))
          if (props.length === 0) return `export function ${f}(...args) { ${body} }`
          const getters = props.map((k) => `${k}: { get: () => load().${f}.${k} }`).join(', ')
          return `export const ${f} = /* @__PURE__ */ Object.defineProperties(function ${f}(...args) { ${body} }, { ${getters} })`
        }
        return {
          loader: 'js',
          contents: [
            'let loaded',
            `const load = () => (loaded ??= require(${spec}))`,
            'export default /* @__PURE__ */ new Proxy({}, { get: (_, key) => load()[key], has: (_, key) => key in load() })',
            ...functions.map(standIn),
          ].join('\n'),
        }
      })
    },
  }
}
const ON_FIRST_USE = [
  'handlebars/runtime.js',
  '@orama/stemmers/english',
  '@orama/stemmers/swedish',
  'yaml',
  'date-fns/addDays',
  'date-fns/addMonths',
  'date-fns/differenceInMonths',
  'date-fns/differenceInYears',
]

/**
 * zod's error messages in English only: the locales index (40-odd languages, each a file) becomes
 * one that names English alone. The library never shows zod's words (parse.ts turns every zod
 * issue into a code of its own catalogue) and never reads `z.locales`; zod itself configures
 * English when it loads. Used where the CommonJS core inlines zod.
 */
function zodEnglishOnly(): NonNullable<Options['esbuildPlugins']>[number] {
  return {
    name: 'zod-english-only',
    setup(build) {
      build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
        /[/\\]node_modules[/\\]zod[/\\]/.test(args.importer)
          ? { path: resolve(args.resolveDir, args.path), namespace: 'zod-english-only' }
          : undefined,
      )
      build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
        loader: 'js',
        contents: "export { default as en } from './en.js'",
        resolveDir: resolve(args.path, '..'),
      }))
    },
  }
}

// @noble/hashes is ESM-only and needs Node >= 20.19 to be required: the CommonJS files inline
// its SHA-256 (a few kB), so they work on every Node 20; the ESM files import it. zod is inlined
// too, English only (zodEnglishOnly): required from node_modules it is 95 files, 40-odd of them
// locales, about 67 ms of a cold start that validates a criteria file (#24); inlined, its
// schemas are the library's own copy (none is exported), and a program's zod stays its own.
// @date-fns/tz as well: every screen reads a zone's offsets with it (8 files, 4 kB of them used).
const inlineInCjs = ['@noble/hashes', 'zod', '@date-fns/tz']

export default defineConfig([
  {
    entry: ['src/**/*.ts', '!src/cli/**', '!src/studio/**'],
    format: ['esm'],
    bundle: false,
    clean: false,
    sourcemap: false,
    target: 'es2022',
    platform: 'neutral',
    // Ship the generated JSON Schema next to the code so editors can point at it.
    async onSuccess() {
      const { criteriaJsonSchema } = await import('./src/criteria/json-schema')
      const { writeFileSync } = await import('node:fs')
      writeFileSync('dist/criteria.schema.json', `${JSON.stringify(criteriaJsonSchema(), null, 2)}\n`)
    },
  },
  {
    entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
    dts: { only: true },
    clean: false,
    format: ['esm', 'cjs'],
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    clean: false,
    sourcemap: false,
    target: 'es2022',
    platform: 'neutral',
    // Not external to tsup, so that the plugin sees them (it keeps the real require external).
    noExternal: [...inlineInCjs.map((p) => new RegExp(`^${p}(/|$)`)), ...ON_FIRST_USE],
    esbuildPlugins: [requireOnFirstUse(ON_FIRST_USE), zodEnglishOnly()],
  },
  {
    entry: { node: 'src/node/index.ts' },
    format: ['cjs'],
    clean: false,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    esbuildPlugins: [importBuilt({ index: './index.cjs' })],
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['cjs'],
    clean: false,
    target: 'node20',
    platform: 'node',
    sourcemap: false,
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [importBuilt({ 'cli/main': './cli-main.cjs' })],
  },
  {
    entry: { 'cli-main': 'src/cli/main.ts' },
    format: ['cjs'],
    clean: false,
    target: 'node20',
    platform: 'node',
    sourcemap: false,
    esbuildPlugins: [importBuilt({ 'node/index': './node.cjs', index: './index.cjs' })],
  },
  {
    entry: { 'screen-worker': 'src/cli/screen-worker.ts' },
    format: ['cjs'],
    clean: false,
    target: 'node20',
    platform: 'node',
    sourcemap: false,
    esbuildPlugins: [importBuilt({ 'node/index': './node.cjs', index: './index.cjs' })],
  },
])
