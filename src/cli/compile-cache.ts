import module from 'node:module'

/**
 * Asks Node (22.1 and later) to keep the compiled code of the modules a run loads in its compile
 * cache, so that the next run does not parse and compile the library and its dependencies again
 * (issue #24: a cold start). The cache is Node's own: the folder in NODE_COMPILE_CACHE, else
 * `node-compile-cache` in the system's temporary folder; Node checks each entry against the
 * source it was made from and compiles afresh on any mismatch, and NODE_DISABLE_COMPILE_CACHE=1
 * turns it off. It changes no output. A cache that cannot be used (a read-only or foreign
 * folder, a full disk, a file size limit) only costs the compile it would have saved: Node
 * reports it as a status, which is not read, and anything thrown is ignored. On Node 20 there is
 * no such function and nothing happens. TypeScript's `tsc` does the same since 5.7.
 */
export function enableCompileCache(): void {
  try {
    ;(module as { enableCompileCache?: () => unknown }).enableCompileCache?.()
  } catch {
    // No cache: the run compiles as it would have without one.
  }
}
