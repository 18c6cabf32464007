import { resolve } from 'node:path'
import { defineConfig } from 'vite'

// The Criteria Studio page: src/studio built into static files in dist/studio, shipped in the
// package and served by `autoscreen studio`. It runs the library itself in the browser.
export default defineConfig({
  root: resolve(import.meta.dirname, 'src/studio'),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, 'dist/studio'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
})
