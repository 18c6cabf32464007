import type { Writable } from 'node:stream'

/** Where a command reads and writes; injected so tests run commands in process. */
export interface CliIO {
  stdout: Writable & { isTTY?: boolean }
  stderr: Writable & { isTTY?: boolean }
  stdin: NodeJS.ReadableStream
  env: Record<string, string | undefined>
  cwd: string
  /** The clock, read once per command at the top. */
  now: () => Date
}

/** A usage error: wrong flags or arguments (exit code 2). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

/** ANSI colours, off when NO_COLOR is set or the stream is not a terminal. */
export function colours(stream: { isTTY?: boolean }, env: Record<string, string | undefined>) {
  // --color sets FORCE_COLOR and --no-color NO_COLOR (main.ts); otherwise colour only on a terminal.
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0'
  const on = forced || (stream.isTTY === true && env.NO_COLOR === undefined && env.TERM !== 'dumb')
  const wrap = (code: number) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s)
  return { red: wrap(31), green: wrap(32), yellow: wrap(33), dim: wrap(2), bold: wrap(1), cyan: wrap(36), enabled: on }
}

/** Writes and waits for the stream to accept it (keeps memory flat on big batches). */
export function write(stream: Writable, text: string): Promise<void> | void {
  if (!stream.write(text)) return new Promise((resolve) => stream.once('drain', () => resolve()))
}

/**
 * Collects output and writes it in chunks of about `size` characters, waiting for the stream
 * when it asks to (backpressure): one write per chunk instead of one per result keeps a batch
 * close to the speed of the disk, and memory flat.
 */
export function bufferedWriter(stream: Writable, size = 64 * 1024): { push(text: string): Promise<void> | void; flush(): Promise<void> | void } {
  let parts: string[] = []
  let length = 0
  const flush = (): Promise<void> | void => {
    if (!length) return
    const text = parts.join('')
    parts = []
    length = 0
    return write(stream, text)
  }
  return {
    push(text) {
      parts.push(text)
      length += text.length
      if (length >= size) return flush()
    },
    flush,
  }
}

/** Writes a finished report to `--output` (relative to the working directory) or to stdout. */
export async function emit(io: CliIO, output: string | undefined, text: string): Promise<void> {
  if (output === undefined) {
    io.stdout.write(text)
    return
  }
  const { writeFile } = await import('node:fs/promises')
  const { resolve } = await import('node:path')
  try {
    await writeFile(resolve(io.cwd, output), text)
  } catch (e) {
    throw new UsageError(`cannot write --output ${output} (${(e as NodeJS.ErrnoException).code ?? String(e)})`)
  }
}
