import { lstatSync, mkdirSync } from 'node:fs'
import module from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cacheCompiledCode } from './code-cache.js'

/**
 * Asks Node (22.1 and later) to keep the compiled code of the modules a run loads in its compile
 * cache, so that the next run does not parse and compile the library and its dependencies again
 * (issue #24: a cold start). It changes no output: Node checks each entry against the source it
 * was made from and compiles afresh on any mismatch. NODE_COMPILE_CACHE (a folder of the user's
 * choosing) and NODE_DISABLE_COMPILE_CACHE=1 are Node's and win. On an older Node (20), which has
 * no such cache, the CLI keeps the compiled code of its own files (`own`, the folder of the built
 * CLI: the library's one CommonJS file and its Node part) the same way (code-cache.ts), in the same
 * folder, and honours the same two variables.
 *
 * The folder is the user's own in the system's temporary folder, `autoscreen-compile-cache-<uid>`,
 * used only while it is a real folder owned by this user that no one else may write: compiled
 * code read from a folder another user controls would run as ours (Node's default,
 * `node-compile-cache`, is one folder shared by every user, its per-user subfolders created in
 * it). A folder that cannot be made or used, a full disk, a file size limit only cost the compile
 * they would have saved: Node reports them as a status, which is not read, and anything thrown is
 * ignored.
 *
 * @example
 * ```ts
 * enableCompileCache(dirname(__filename)) // first thing in the executable, before the library loads
 * ```
 */
export function enableCompileCache(own: string): void {
  const node = (module as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache
  const env = process.env
  // Node reads its two variables itself; on Node 20 they are read here.
  // Only Node's own loader is changed: Bun and Deno load CommonJS their own ways.
  const ours = !node && !env.NODE_DISABLE_COMPILE_CACHE && !process.versions.bun && !process.versions.deno
  const enable =
    node ??
    (ours
      ? (dir: string) => {
          mkdirSync(dir, { recursive: true })
          cacheCompiledCode(own, dir)
        }
      : undefined)
  if (!enable) return
  try {
    if (!node && env.NODE_COMPILE_CACHE) {
      enable(env.NODE_COMPILE_CACHE)
      return
    }
    const uid = process.getuid?.()
    if (uid === undefined) {
      // Windows: the temporary folder is the user's own.
      enable(join(tmpdir(), 'autoscreen-compile-cache'))
      return
    }
    const dir = join(tmpdir(), `autoscreen-compile-cache-${uid}`)
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    const stat = lstatSync(dir)
    if (stat.isDirectory() && stat.uid === uid && (stat.mode & 0o022) === 0) enable(dir)
  } catch {
    // No cache: the run compiles as it would have without one.
  }
}
