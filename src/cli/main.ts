import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ScreeningError } from '../errors.js'
import { VERSION } from '../version.js'
import { diffHelp, lintHelp, previewHelp, reportHelp, schemaHelp, screenHelp, studioHelp, testHelp, validateHelp } from './help.js'
import { UsageError, writeOut, type CliIO } from './io.js'
import { LANG_VAR, langOf, takeLang } from './lang.js'
import { failureText, isReaderGone, OutputError } from './output-error.js'
import { standardOutput } from './standard-output.js'
import { SIGNAL_EXIT, Stopped, type StopSignal } from './stopped.js'

type Run = (argv: string[], io: CliIO) => Promise<number>
/** `stops`: the command stops cleanly on SIGINT and SIGTERM (it reads a stream that may be long, or never end). */
type Command = { load: () => Promise<Run>; help: string; summary: string; stops?: true }

// Each command is loaded only when it runs: `--version`, `--help` and one command's help load no
// command and no dependency, and a command loads only what it uses.
const COMMANDS: Record<string, Command> = {
  validate: { load: async () => (await import('./commands/validate.js')).validate, help: validateHelp, summary: 'check criteria files' },
  screen: { load: async () => (await import('./commands/screen.js')).screen, help: screenHelp, summary: 'screen applications (JSONL out)', stops: true },
  test: { load: async () => (await import('./commands/test.js')).test, help: testHelp, summary: 'run rule-set test cases, with coverage' },
  lint: { load: async () => (await import('./commands/lint.js')).lint, help: lintHelp, summary: 'find unfair, constant or unclear criteria' },
  report: { load: async () => (await import('./commands/report.js')).report, help: reportHelp, summary: 'summarise results: funnel, criteria, response times, adverse impact', stops: true },
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

Run autoscreen help <command> (or autoscreen <command> --help) for a command's options. Every
command takes --color / --no-color (default: colour on a terminal, off with NO_COLOR) and
--lang sv|en, the language of problems and findings (default: from LC_ALL, LC_MESSAGES or LANG;
sv_SE gives sv, anything else en). -f is --format and -o --output (a file, or - for standard
output) where a command has them: every command that writes a report or a result takes -o but
screen, which streams its results to standard output (redirect it: > results.jsonl), and
studio, which writes none.
Exit codes: 0 clean, 1 findings or failed expectations, 2 usage, output or internal error.`

/** Runs the CLI with injected IO; returns the exit code. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  // --color and --no-color work with every command, anywhere on the line.
  const colour = argv.filter((a) => a === '--color' || a === '--no-color').at(-1)
  if (colour) {
    argv = argv.filter((a) => a !== '--color' && a !== '--no-color')
    const { NO_COLOR: _no, FORCE_COLOR: _force, ...env } = io.env
    io = { ...io, env: colour === '--color' ? { ...env, FORCE_COLOR: '1' } : { ...env, NO_COLOR: '1' } }
  }
  // --lang sv|en works with every command too: problems and findings are worded in it.
  try {
    const taken = takeLang(argv)
    argv = taken.argv
    if (taken.lang) io = { ...io, env: { ...io.env, [LANG_VAR]: taken.lang } }
  } catch (e) {
    if (!(e instanceof UsageError)) throw e
    await say(io, `autoscreen: ${e.message}`)
    return 2
  }
  const [name, ...rest] = argv
  const command = name === undefined ? undefined : COMMANDS[name]
  const who = command ? `autoscreen ${name}` : 'autoscreen'
  const streams = watch(io)
  // A command that stops cleanly on SIGINT and SIGTERM catches them while it runs.
  const trap = command?.stops && !io.signal && !(rest.includes('--help') || rest.includes('-h')) ? io.catchSignals?.() : undefined
  if (trap) io = { ...io, signal: trap.signal }
  let reported = false
  try {
    // A reader that stops reading (`| head -5`) ends the run quietly, as other Unix tools do.
    let code = await Promise.race([dispatch(name, command, rest, io, who, () => (reported = true)), streams.readerGone])
    // What the command wrote may still be on its way: the run is done when the stream has taken it.
    await streams.settle()
    if (streams.readerGoneNow()) return 0
    if (streams.stdoutFailure && !reported) {
      await say(io, `${who}: cannot write to standard output: ${failureText(streams.stdoutFailure)}`)
      code = 2
    }
    // Standard error that cannot be written is a failure too, whatever the command found.
    if ((code === 0 || code === 1) && (streams.stdoutFailure || streams.stderrFailure)) code = 2
    return code
  } finally {
    trap?.release()
    streams.dispose()
  }
}

/** Runs one command, or prints help or the version; turns every error into a message and an exit code. */
async function dispatch(name: string | undefined, command: Command | undefined, rest: string[], io: CliIO, who: string, reported: () => void): Promise<number> {
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    // `autoscreen help <command>`: that command's help, as `autoscreen <command> --help`.
    const [topic, ...more] = rest
    if (name === 'help' && topic !== undefined) {
      const wanted = Object.hasOwn(COMMANDS, topic) ? COMMANDS[topic] : undefined
      if (!wanted || more.length) {
        await say(io, `autoscreen help: ${helpTopicProblem(topic, more, io.env)}`)
        io.stderr.write(`\n${HELP()}\n`)
        return 2
      }
      io.stdout.write(`${wanted.help}\n`)
      return 0
    }
    io.stdout.write(`${HELP()}\n`)
    return name ? 0 : 2
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`)
    return 0
  }
  if (!command) {
    await say(io, `autoscreen: unknown command "${name}"`)
    io.stderr.write(`\n${HELP()}\n`)
    return 2
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.help}\n`)
    return 0
  }
  try {
    const runCommand = await command.load()
    return await runCommand(rest, io)
  } catch (e) {
    if (e instanceof UsageError) {
      await say(io, `${who}: ${e.message}`)
      io.stderr.write(`\n${command.help}\n`)
      return 2
    }
    if (e instanceof OutputError) {
      if (e.readerGone) return 0
      reported()
      await say(io, `${who}: ${e.message}`)
      return 2
    }
    if (e instanceof Stopped) {
      await say(io, `${who}: ${e.message}`)
      return SIGNAL_EXIT[e.signal]
    }
    // A typed error says what is wrong with the input; anything else is a fault of ours.
    const msg = e instanceof ScreeningError ? `${e.code}: ${e.message}` : `internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`
    await say(io, `${who}: ${msg}`, !(e instanceof ScreeningError))
    return 2
  }
}

/** Why `autoscreen help <topic> …` names no one command, in the language of the environment (or --lang). */
function helpTopicProblem(topic: string, more: readonly string[], env: Record<string, string | undefined>): string {
  const sv = langOf(env) === 'sv'
  const names = Object.keys(COMMANDS).join(', ')
  if (Object.hasOwn(COMMANDS, topic)) return sv ? `ange ett kommando, inte fler (${more.length + 1} gavs)` : `name one command, not ${more.length + 1}`
  return sv ? `okänt kommando "${topic}"; kommandona är ${names}` : `unknown command "${topic}"; the commands are ${names}`
}

/** Writes a message on stderr, its control characters escaped (say.ts, loaded when there is one to write). */
async function say(io: CliIO, line: string, lines = false): Promise<void> {
  ;(await import('./say.js')).say(io, line, lines)
}

/**
 * Watches a run's stdout and stderr: the first failure of each is kept (a later write finds the
 * stream destroyed, which says nothing new), and `readerGone` resolves with exit code 0 when the
 * reader of stdout goes away (EPIPE).
 */
function watch(io: CliIO) {
  let gone: (code: number) => void = () => {}
  const readerGone = new Promise<number>((resolve) => (gone = resolve))
  const state = {
    stdoutFailure: undefined as NodeJS.ErrnoException | undefined,
    stderrFailure: undefined as NodeJS.ErrnoException | undefined,
    epipe: false,
  }
  const onStdout = (e: NodeJS.ErrnoException) => {
    if (state.epipe || state.stdoutFailure) return
    if (isReaderGone(e)) {
      state.epipe = true
      gone(0)
    } else state.stdoutFailure = e
  }
  // A reader of stderr that went away takes nothing the run needs; any other failure fails the run.
  const onStderr = (e: NodeJS.ErrnoException) => {
    if (!isReaderGone(e)) state.stderrFailure ??= e
  }
  io.stdout.on('error', onStdout)
  io.stderr.on('error', onStderr)
  return {
    readerGone,
    get stdoutFailure() {
      return state.stdoutFailure
    },
    get stderrFailure() {
      return state.stderrFailure
    },
    readerGoneNow: () => state.epipe,
    /** Waits until stdout has taken every write before this one; a failure it reports is kept. */
    settle: async () => {
      if (state.epipe || state.stdoutFailure) return
      await writeOut(io.stdout, '').catch((e: unknown) => onStdout((e as OutputError).reason))
    },
    dispose: () => {
      io.stdout.off('error', onStdout)
      io.stderr.off('error', onStderr)
    },
  }
}

function isMain(): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))
  } catch {
    return false
  }
}

/** Catches SIGINT and SIGTERM for a command that stops cleanly on them; a second one ends the process at once. */
function catchSignals(): { signal: AbortSignal; release: () => void } {
  const controller = new AbortController()
  const on = (signal: StopSignal) => () => {
    if (controller.signal.aborted) process.exit(SIGNAL_EXIT[signal]) // asked twice: no more waiting for the output
    controller.abort(signal)
  }
  const int = on('SIGINT')
  const term = on('SIGTERM')
  process.on('SIGINT', int)
  process.on('SIGTERM', term)
  return {
    signal: controller.signal,
    release: () => {
      process.off('SIGINT', int)
      process.off('SIGTERM', term)
    },
  }
}

/** Runs the CLI as a process: real streams, the real clock, the exit code. */
export function start(): void {
  const stdout = standardOutput()
  // The reader of our output went away (`autoscreen screen … | head -5`): stop at once, quietly,
  // with the exit code Unix tools use for it being harmless. Nothing is left to tell anyone.
  stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (isReaderGone(e)) process.exit(0)
  })
  // A failing stderr is the run's to weigh (run() watches it); here it must only never be thrown.
  process.stderr.on('error', () => {})
  const exit = async (code: number) => {
    process.exitCode = code
    // Out with what is still on its way, then end: a stopped command may leave its input open.
    await Promise.all([stdout, process.stderr].map((s) => new Promise<void>((resolve) => (s.destroyed ? resolve() : s.write('', () => resolve())))))
    process.exit(code)
  }
  run(process.argv.slice(2), {
    stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
    catchSignals,
  }).then(exit, (e: unknown) => {
    process.stderr.write(`autoscreen: internal error: ${String(e)}\n`)
    return exit(2)
  })
}

// `tsx src/cli/main.ts …` in development; the built bin (bin.ts) calls start() itself.
if (isMain()) start()
