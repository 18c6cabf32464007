import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from './io'

/** parseArgs with usage errors instead of exceptions. */
export function args<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message.replace(/\. To specify a positional.*$/, '') : String(e))
  }
}

/** Reads `--format` and checks it against the allowed values. */
export function formatOf<F extends string>(value: unknown, allowed: readonly F[], fallback: F): F {
  if (value === undefined) return fallback
  if (!allowed.includes(value as F)) throw new UsageError(`--format must be one of: ${allowed.join(', ')}`)
  return value as F
}

/** Parses `--now` (ISO 8601) or takes the clock. */
export function nowOf(value: unknown, clock: () => Date): Date {
  if (value === undefined) return clock()
  const d = new Date(String(value))
  if (Number.isNaN(d.getTime())) throw new UsageError(`--now must be an ISO 8601 date-time, got "${String(value)}"`)
  return d
}
