import { defineConfig } from 'tsup'

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    sourcemap: true,
    target: 'node20',
    // Ship the generated JSON Schema next to the code so editors can point at it.
    async onSuccess() {
      const { criteriaJsonSchema } = await import('./src/criteria/json-schema')
      const { writeFileSync } = await import('node:fs')
      writeFileSync('dist/criteria.schema.json', `${JSON.stringify(criteriaJsonSchema(), null, 2)}\n`)
    },
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: true,
    // Commands and Handlebars in chunks of their own, loaded when used: a fast start for every command.
    splitting: true,
    banner: { js: '#!/usr/bin/env node' },
  },
])
