import type { Writable } from 'node:stream'
import type { Written } from './notice-wording.js'
import { OutputError } from './output-error.js'

/** Where a command reads and writes; injected so tests run commands in process. */
export interface CliIO {
  stdout: Writable & { isTTY?: boolean }
  stderr: Writable & { isTTY?: boolean }
  stdin: NodeJS.ReadableStream
  env: Record<string, string | undefined>
  cwd: string
  /** The clock, read once per command at the top. */
  now: () => Date
  /**
   * Aborted, with the signal's name as its reason ('SIGINT', 'SIGTERM'), when the user asks the
   * run to stop: a command that checks it finishes what it is writing and ends cleanly.
   */
  signal?: AbortSignal
  /**
   * Starts catching SIGINT and SIGTERM for a command that stops cleanly on them (the process's
   * IO has it); `release` gives the signals back their default, which ends the process at once.
   */
  catchSignals?: () => { signal: AbortSignal; release: () => void }
}

export { UsageError } from './usage-error.js'

/** ANSI colours, off when NO_COLOR is set or the stream is not a terminal. */
export function colours(stream: { isTTY?: boolean }, env: Record<string, string | undefined>) {
  // --color sets FORCE_COLOR and --no-color NO_COLOR (main.ts); otherwise colour only on a terminal.
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0'
  const on = forced || (stream.isTTY === true && env.NO_COLOR === undefined && env.TERM !== 'dumb')
  const wrap = (code: number) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s)
  return { red: wrap(31), green: wrap(32), yellow: wrap(33), dim: wrap(2), bold: wrap(1), cyan: wrap(36), enabled: on }
}

/**
 * Writes text to standard output and waits until the stream has taken it; a failed write is an
 * {@link OutputError} (EPIPE included: the caller's run ends quietly on that one).
 */
export function writeOut(stream: Writable, text: string, what: Written = ''): Promise<void> {
  return new Promise((resolve, reject) => {
    if (stream.errored) return reject(new OutputError('standard output', stream.errored, what))
    stream.write(text, (e) => (e ? reject(new OutputError('standard output', stream.errored ?? e, what)) : resolve()))
  })
}

/**
 * Writes a finished report to `--output` (relative to the working directory; `-` is stdout) or to stdout. A
 * file is written whole or not at all (a temporary file renamed into place): a full disk, a
 * second run writing the same file or a stop half way never leaves half a report.
 */
export async function emit(
  io: CliIO,
  output: string | undefined,
  text: string,
  what: Written = 'report',
): Promise<void> {
  // "-" is standard output, as in every Unix tool that takes an output file (never a file named "-").
  if (output === undefined || output === '-') return writeOut(io.stdout, text, what)
  // Loaded when used: --help and --version load no file-system code.
  const { writeFileAtomic } = await import('./write-file-atomic.js')
  const { resolve } = await import('node:path')
  try {
    await writeFileAtomic(resolve(io.cwd, output), text)
  } catch (e) {
    throw new OutputError(output, e, what)
  }
}
