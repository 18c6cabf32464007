import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import Module from 'node:module'
import { basename, dirname, join } from 'node:path'
import { Script } from 'node:vm'

/** What of Node's CommonJS loader this reads: its loader of `.js` files (which loads `.cjs` too), and how it wraps one. */
type Loader = (module: Module, filename: string) => void
type Internals = {
  _extensions: Record<string, Loader | undefined>
  wrap?: (code: string) => string
  _resolveFilename: (request: string, parent: Module) => string
  _cache: Record<string, Module | undefined>
}
type CompiledModule = Module & { filename: string; loaded: boolean; paths: string[] }

/**
 * Keeps the compiled code of the built CLI's own CommonJS files (`cli-main.cjs`, `index.cjs`,
 * `node.cjs`, beside the executable) in a folder, where Node has no compile cache of its own
 * (before 22.1, so Node 20): the next run reads V8's code for them instead of parsing 1.6 MB of
 * JavaScript and compiling each function it calls again (issue #24, a cold start). The code is
 * made after the first run's work (at exit), so it holds every function that run called; it is
 * written whole (a temporary file renamed) and read only while it was made from the same file
 * (path, size, modification and change times, inode) by the same Node with the same options;
 * V8 checks its own version and flags and refuses a mismatch, and a refused or unreadable entry
 * only costs the compile it would have saved. Other modules load as Node loads them. `folder`
 * must be the user's own (compile-cache.ts checks it).
 *
 * @example
 * ```ts
 * cacheCompiledCode(dirname(__filename), '/tmp/autoscreen-compile-cache-1000')
 * require('./node.cjs') // compiled from the folder's code from the second run on
 * ```
 */
export function cacheCompiledCode(own: string, folder: string): void {
  const loader = Module as unknown as Internals
  const original = loader._extensions['.js']
  const wrap = loader.wrap
  if (!original || !wrap) return
  const toWrite: { file: string; key: string; script: Script }[] = []
  loader._extensions['.js'] = function cachedCjs(this: unknown, module: Module, filename: string): void {
    if (dirname(filename) !== own || !filename.endsWith('.cjs')) return original.call(this, module, filename)
    let run: (...args: unknown[]) => void
    try {
      const stat = statSync(filename)
      // Node's options are in the key and the name: V8 refuses code made under other flags, and two
      // ways of running the CLI (`node --inspect …`, say) would otherwise replace each other's entry.
      const options = process.execArgv.join(' ')
      const key = `${process.version} ${process.arch} ${filename} ${stat.size} ${stat.mtimeMs} ${stat.ctimeMs} ${stat.ino} ${options}\n`
      const file = join(folder, `${basename(filename)}-${nameHash(`${filename}\0${options}`)}.v8`)
      const cachedData = entry(file, key)
      const source = readFileSync(filename, 'utf8').replace(/^#!.*/, '')
      // The built files hold no import(): esbuild writes them as require in CommonJS.
      const script = new Script(wrap(source), { filename, ...(cachedData ? { cachedData } : {}) })
      run = script.runInThisContext() as (...args: unknown[]) => void
      if (!cachedData || script.cachedDataRejected) {
        if (toWrite.length === 0) process.once('exit', () => toWrite.forEach(write))
        toWrite.push({ file, key, script })
      }
    } catch {
      // Anything unexpected before the module runs (a runtime whose loader or vm differs): the
      // module loads as it would without the cache, and any error is that loader's to report.
      return original.call(this, module, filename)
    }
    const m = module as CompiledModule
    const require = Object.assign((id: string) => m.require(id), {
      resolve: (request: string) => loader._resolveFilename(request, m),
      cache: loader._cache,
    })
    run.call(m.exports, m.exports, require, m, filename, dirname(filename))
  }
}

/** The code in an entry made from the file the key describes, or undefined. */
function entry(file: string, key: string): Buffer | undefined {
  try {
    const bytes = readFileSync(file)
    const head = Buffer.from(key)
    return bytes.subarray(0, head.length).equals(head) ? bytes.subarray(head.length) : undefined
  } catch {
    return undefined
  }
}

/** Writes an entry whole: a temporary file renamed over it; any failure is ignored. */
function write({ file, key, script }: { file: string; key: string; script: Script }): void {
  const temporary = `${file}.${process.pid}.tmp`
  try {
    writeFileSync(temporary, Buffer.concat([Buffer.from(key), script.createCachedData()]), { mode: 0o600 })
    renameSync(temporary, file)
  } catch {
    // No entry: the next run compiles as this one did.
    rmSync(temporary, { force: true })
  }
}

/** A short hash of a path (FNV-1a), so that two installations keep apart entries. */
function nameHash(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return (h >>> 0).toString(16).padStart(8, '0')
}
