// The `autoscreen` executable: the built CLI's entry.
import { enableCompileCache } from './compile-cache.js'
import { start } from './main.js'

enableCompileCache()
start()
