import { parseInstant } from '../node/index.js'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from './io.js'

// Short forms every command that has the option takes, as ESLint and most CLIs do.
const SHORT: Record<string, string> = { format: 'f', output: 'o', quiet: 'q' }

/** parseArgs with usage errors instead of exceptions, and the usual short forms (-f, -o, -q). */
export function args<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  const withShort = Object.fromEntries(
    Object.entries(options).map(([name, o]) => [name, SHORT[name] && !o.short ? { ...o, short: SHORT[name] } : o]),
  ) as T
  try {
    return parseArgs({ args: argv, options: withShort, allowPositionals: true, strict: true })
  } catch (e) {
    // Node's messages come in lines ("…is ambiguous.\nDid you forget…"): one line here, as every
    // message of ours is (the line breaks would be shown escaped, as \n).
    const message = e instanceof Error ? e.message : String(e)
    throw parseArgsError(message.replace(/\. To specify a positional[\s\S]*$/, '').replace(/\s*\n\s*/g, ' '))
  }
}

/**
 * Node's refusal as a usage error with a code, so that it can be worded in Swedish too: the
 * option is read from Node's English words ("Unknown option '--x'", "Option '-f, --format
 * <value>' argument missing"), which stay the English wording.
 */
function parseArgsError(node: string): UsageError {
  const unknown = /^Unknown option '([^']+)'/.exec(node)
  if (unknown) return new UsageError('unknown-option', { option: unknown[1]!, node })
  const option = /^Option '(?:-\w, )?(-[^' ]+)(?: <value>)?'/.exec(node)?.[1]
  if (option && / argument missing/.test(node)) return new UsageError('missing-value', { option, node })
  if (option && / does not take an argument/.test(node)) return new UsageError('takes-no-value', { option, node })
  if (option && / is ambiguous/.test(node)) return new UsageError('ambiguous-value', { option, node })
  return new UsageError('bad-arguments', { node })
}

/** Reads `--format` and checks it against the allowed values. */
export function formatOf<F extends string>(value: unknown, allowed: readonly F[], fallback: F): F {
  if (value === undefined) return fallback
  if (!allowed.includes(value as F)) throw new UsageError('format-value', { allowed })
  return value as F
}

/**
 * Parses a date-time option (`--now`, `--interview`) as the library reads every date: ISO 8601,
 * a real calendar day (2026-02-30 is refused, not rolled over), without an offset in the job's
 * time zone. Without a value, the clock.
 */
export function nowOf(value: unknown, clock: () => Date, timeZone = 'UTC', flag = '--now'): Date {
  if (value === undefined) return clock()
  const d = parseInstant(String(value), timeZone)
  if (!d) throw new UsageError('date-time', { flag, value: String(value) })
  return d
}
