// The `autoscreen` executable: the built CLI's entry. It turns the compile cache on first, and
// only then loads the CLI (main.ts, built as dist/cli-main.cjs), so that the CLI's own code comes
// from the cache as the library's does (#24: a cold start). A require, not an import: an import
// is hoisted above the call, and import() would load the CommonJS file through the ESM loader.
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { enableCompileCache } from './compile-cache.js'

enableCompileCache(dirname(typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url)))
;(require('./main.js') as typeof import('./main.js')).start()
