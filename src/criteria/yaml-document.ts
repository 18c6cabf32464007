import { parseDocument, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml'

// The YAML library's Node build (the one Deno loads too: Deno resolves the `node` condition)
// reads two debugging variables, LOG_TOKENS and LOG_STREAM, on every token it parses. Deno
// without --allow-env throws on that read (on a terminal it asks for the permission instead),
// so loading a criteria file needed a permission it has no use for, and the failure read as a
// syntax error. Every YAML parse of the core goes through `parseYaml`: where the runtime would
// refuse those reads, the parse runs with an empty `process.env`, put back before it returns
// (the parse is synchronous: nothing else runs meanwhile). Everywhere else nothing changes, and
// a Deno program given the permission keeps the library's debugging output.

const DEBUG_VARIABLES = ['LOG_TOKENS', 'LOG_STREAM'] as const

type DenoPermissions = { permissions?: { querySync?: (d: { name: 'env'; variable: string }) => { state: string } } }
type EnvHolder = { env?: unknown }

/** The `process` whose `env` the parse must not read, or null when reading it is allowed (or there is none). */
function refusedEnv(): EnvHolder | null {
  const permissions = (globalThis as { Deno?: DenoPermissions }).Deno?.permissions
  const query = permissions?.querySync
  if (typeof query !== 'function') return null
  const holder = (globalThis as { process?: EnvHolder }).process
  if (!holder || typeof holder !== 'object') return null
  try {
    if (DEBUG_VARIABLES.every((variable) => query.call(permissions, { name: 'env', variable }).state === 'granted'))
      return null
  } catch {
    // A runtime that cannot answer: treat the read as refused.
  }
  const own = Object.getOwnPropertyDescriptor(holder, 'env')
  return own?.writable ? holder : null
}

/**
 * The `process` of Node (or Bun), whose `env` answers each read by asking the operating system's
 * environment: the parse reads a plain copy of the two debugging variables instead, which
 * answers the same (the library's debugging output stays) and costs a property read, not a call
 * into the runtime, on each of the tens of thousands of tokens of a large file (a tenth of
 * parsing it).
 */
function costlyEnv(): EnvHolder | null {
  const holder = (globalThis as { process?: EnvHolder & { versions?: { node?: unknown } } }).process
  if (
    !holder ||
    typeof holder !== 'object' ||
    typeof holder.versions?.node !== 'string' ||
    (globalThis as { Deno?: unknown }).Deno !== undefined
  )
    return null
  const own = Object.getOwnPropertyDescriptor(holder, 'env')
  return own?.writable && own.configurable && typeof own.value === 'object' && own.value !== null ? holder : null
}

/**
 * Runs `parse` so that it reads no environment variable where the runtime forbids it (Deno
 * without `--allow-env`), and in Node from a plain copy of the two it reads, and returns what
 * it returns.
 */
export function withoutEnvReads<T>(parse: () => T): T {
  const refused = refusedEnv()
  const holder = refused ?? costlyEnv()
  if (!holder) return parse()
  const env = holder.env as Record<string, string | undefined>
  const copy: Record<string, string> = {}
  if (!refused)
    for (const variable of DEBUG_VARIABLES) {
      const value = env[variable]
      if (value !== undefined) copy[variable] = value
    }
  holder.env = copy
  try {
    return parse()
  } finally {
    holder.env = env
  }
}

/** The YAML library's `parseDocument`, needing no permission in Deno (see above); the core's one way to parse YAML. */
export function parseYaml(text: string, options?: ParseOptions & DocumentOptions & SchemaOptions): Document.Parsed {
  return withoutEnvReads(() => parseDocument(text, options))
}
