import { escapeControls } from '../node/index.js'
import type { CliIO } from './io.js'

/**
 * Writes a line on stderr with its control characters shown escaped: messages quote what the
 * user gave (a path, an option's value, a command name, a broken line). `lines` keeps the lines
 * of a stack trace. main.ts loads it on the way to a message: --help and --version load no
 * library.
 */
export function say(io: CliIO, line: string, lines = false): void {
  io.stderr.write(`${escapeControls(line, { lines })}\n`)
}
