// The `autoscreen` executable: the built CLI's entry.
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { enableCompileCache } from './compile-cache.js'
import { start } from './main.js'

enableCompileCache(dirname(typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url)))
start()
