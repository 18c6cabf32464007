import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ScreeningError } from '../errors.js'
import { VERSION } from '../version.js'
import { diffHelp, lintHelp, previewHelp, reportHelp, schemaHelp, screenHelp, studioHelp, testHelp, validateHelp } from './help.js'
import { UsageError, type CliIO } from './io.js'

type Run = (argv: string[], io: CliIO) => Promise<number>
type Command = { load: () => Promise<Run>; help: string; summary: string }

// Each command is loaded only when it runs: `--version`, `--help` and one command's help load no
// command and no dependency, and a command loads only what it uses.
const COMMANDS: Record<string, Command> = {
  validate: { load: async () => (await import('./commands/validate.js')).validate, help: validateHelp, summary: 'check criteria files' },
  screen: { load: async () => (await import('./commands/screen.js')).screen, help: screenHelp, summary: 'screen applications (JSONL out)' },
  test: { load: async () => (await import('./commands/test.js')).test, help: testHelp, summary: 'run rule-set test cases, with coverage' },
  lint: { load: async () => (await import('./commands/lint.js')).lint, help: lintHelp, summary: 'find unfair, constant or unclear criteria' },
  report: { load: async () => (await import('./commands/report.js')).report, help: reportHelp, summary: 'summarise results: funnel, criteria, response times, adverse impact' },
  diff: { load: async () => (await import('./commands/diff.js')).diff, help: diffHelp, summary: 'compare outcomes under two rule sets' },
  preview: { load: async () => (await import('./commands/preview.js')).preview, help: previewHelp, summary: 'show the candidate message and its send time' },
  schema: { load: async () => (await import('./commands/schema.js')).schema, help: schemaHelp, summary: 'print the JSON Schema of criteria files' },
  studio: { load: async () => (await import('./commands/studio.js')).studio, help: studioHelp, summary: 'write, try and test criteria in the browser (Criteria Studio)' },
}

const HELP = () => `autoscreen ${VERSION}: rule-based screening of job applications

Usage: autoscreen <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([n, c]) => `  ${n.padEnd(10)} ${c.summary}`)
  .join('\n')}

Run autoscreen <command> --help for a command's options. Every command takes
--color / --no-color (default: colour on a terminal, off with NO_COLOR); -f is --format, -o --output.
Exit codes: 0 clean, 1 findings or failed expectations, 2 usage or internal error.`

/** Runs the CLI with injected IO; returns the exit code. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  // --color and --no-color work with every command, anywhere on the line.
  const colour = argv.filter((a) => a === '--color' || a === '--no-color').at(-1)
  if (colour) {
    argv = argv.filter((a) => a !== '--color' && a !== '--no-color')
    const { NO_COLOR: _no, FORCE_COLOR: _force, ...env } = io.env
    io = { ...io, env: colour === '--color' ? { ...env, FORCE_COLOR: '1' } : { ...env, NO_COLOR: '1' } }
  }
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${HELP()}\n`)
    return name ? 0 : 2
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`)
    return 0
  }
  const command = COMMANDS[name]
  if (!command) {
    io.stderr.write(`autoscreen: unknown command "${name}"\n\n${HELP()}\n`)
    return 2
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.help}\n`)
    return 0
  }
  const closed = whenClosed(io.stdout)
  try {
    // A reader that stops reading (`| head -5`) ends the run quietly, as other Unix tools do.
    const runCommand = await command.load()
    return await Promise.race([runCommand(rest, io), closed.promise])
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`autoscreen ${name}: ${e.message}\n\n${command.help}\n`)
      return 2
    }
    // A typed error says what is wrong with the input; anything else is a fault of ours.
    const msg = e instanceof ScreeningError ? `${e.code}: ${e.message}` : `internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`
    io.stderr.write(`autoscreen ${name}: ${msg}\n`)
    return 2
  } finally {
    closed.dispose()
  }
}

/** Resolves with exit code 0 when the stream's reader goes away (EPIPE); other stream errors are ignored here and surface as write failures. */
function whenClosed(stream: CliIO['stdout']): { promise: Promise<number>; dispose: () => void } {
  let listener: (e: NodeJS.ErrnoException) => void = () => {}
  const promise = new Promise<number>((resolve) => {
    listener = (e) => {
      if (e?.code === 'EPIPE' || e?.code === 'ERR_STREAM_DESTROYED') resolve(0)
    }
    stream.on('error', listener)
  })
  return { promise, dispose: () => void stream.off('error', listener) }
}

function isMain(): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))
  } catch {
    return false
  }
}

/** Runs the CLI as a process: real streams, the real clock, the exit code. */
export function start(): void {
  // The reader of our output went away (`autoscreen screen … | head -5`): stop at once, quietly,
  // with the exit code Unix tools use for it being harmless. Nothing is left to tell anyone.
  const quit = (e: NodeJS.ErrnoException) => {
    if (e?.code === 'EPIPE') process.exit(0)
  }
  process.stdout.on('error', quit)
  process.stderr.on('error', quit)
  run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  }).then(
    (code) => {
      process.exitCode = code
    },
    (e: unknown) => {
      process.stderr.write(`autoscreen: internal error: ${String(e)}\n`)
      process.exitCode = 2
    },
  )
}

// `tsx src/cli/main.ts …` in development; the built bin (bin.ts) calls start() itself.
if (isMain()) start()
