import { Readable, Writable } from 'node:stream'
import { resolve } from 'node:path'
import { run } from '../../src/cli/main'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

class Sink extends Writable {
  chunks: string[] = []
  isTTY: boolean
  constructor(tty = false) {
    super()
    this.isTTY = tty
  }
  override _write(chunk: Buffer | string, _enc: BufferEncoding, cb: () => void): void {
    this.chunks.push(String(chunk))
    cb()
  }
  get text(): string {
    return this.chunks.join('')
  }
}

/** Runs the CLI in process with captured output, from the project root (or `cwd`). */
export async function cli(
  argv: string[],
  options: { stdin?: string; tty?: boolean; env?: Record<string, string | undefined>; cwd?: string } = {},
): Promise<CliRun> {
  const stdout = new Sink(options.tty)
  const stderr = new Sink(options.tty)
  const code = await run(argv, {
    stdout,
    stderr,
    stdin: Readable.from([options.stdin ?? '']),
    env: options.env ?? {},
    cwd: options.cwd ?? resolve(__dirname, '../..'),
    now: () => new Date('2026-12-16T08:00:00+01:00'),
  })
  return { code, stdout: stdout.text, stderr: stderr.text }
}
