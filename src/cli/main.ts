import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ScreeningError } from '../errors.js'
import { VERSION } from '../version.js'
import { COMMAND_NAMES, helpWording, type CommandName, type HelpWording } from './help-wording.js'
import { UsageError, writeOut, type CliIO } from './io.js'
import { LANG_VAR, langOf, takeLang } from './lang.js'
import { noticeWording } from './notice-wording.js'
import { USAGE_SV } from './usage-sv.js'
import { USAGE_EN } from './usage-en.js'
import { usageText } from './usage-error.js'
import { failureText, isReaderGone, OutputError } from './output-error.js'
import { standardOutput } from './standard-output.js'
import { SIGNAL_EXIT, Stopped, type StopSignal } from './stopped.js'

type Run = (argv: string[], io: CliIO) => Promise<number>
/** `stops`: the command stops cleanly on SIGINT and SIGTERM (it reads a stream that may be long, or never end). */
type Command = { load: () => Promise<Run>; stops?: true }

// Each command is loaded only when it runs: `--version`, `--help` and one command's help load no
// command and no dependency, and a command loads only what it uses. Their words are the help's
// catalogue (help-en.ts, help-sv.ts).
const COMMANDS: Record<CommandName, Command> = {
  validate: { load: async () => (await import('./commands/validate.js')).validate },
  screen: { load: async () => (await import('./commands/screen.js')).screen, stops: true },
  test: { load: async () => (await import('./commands/test.js')).test },
  lint: { load: async () => (await import('./commands/lint.js')).lint },
  report: { load: async () => (await import('./commands/report.js')).report, stops: true },
  diff: { load: async () => (await import('./commands/diff.js')).diff },
  preview: { load: async () => (await import('./commands/preview.js')).preview },
  schema: { load: async () => (await import('./commands/schema.js')).schema },
  studio: { load: async () => (await import('./commands/studio.js')).studio },
}

const isCommand = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name)

/** `autoscreen --help` in a language: the commands with what each does. */
const general = (words: HelpWording) =>
  words.general(VERSION, COMMAND_NAMES.map((n) => `  ${n.padEnd(10)} ${words.summary[n]}`).join('\n'))

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
    await say(io, `autoscreen: ${usageText(langOf(io.env) === 'sv' ? USAGE_SV : USAGE_EN, e.code, e.args)}`)
    return 2
  }
  const [name, ...rest] = argv
  const command = name !== undefined && isCommand(name) ? COMMANDS[name] : undefined
  const who = command ? `autoscreen ${name}` : 'autoscreen'
  const streams = watch(io)
  // A command that stops cleanly on SIGINT and SIGTERM catches them while it runs.
  const trap =
    command?.stops && !io.signal && !(rest.includes('--help') || rest.includes('-h')) ? io.catchSignals?.() : undefined
  if (trap) io = { ...io, signal: trap.signal }
  let reported = false
  try {
    // A reader that stops reading (`| head -5`) ends the run quietly, as other Unix tools do.
    let code = await Promise.race([dispatch(name, rest, io, who, () => (reported = true)), streams.readerGone])
    // What the command wrote may still be on its way: the run is done when the stream has taken it.
    await streams.settle()
    if (streams.readerGoneNow()) return 0
    if (streams.stdoutFailure && !reported) {
      const words = noticeWording(langOf(io.env))
      await say(io, `${who}: ${words.cannotWrite('', null, failureText(streams.stdoutFailure, words), '')}`)
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

/**
 * Runs one command, or prints help or the version; turns every error into a message and an exit
 * code. Help, usage errors and notices are worded in the language of the run: --lang, else the
 * environment's locale (LC_ALL, LC_MESSAGES, LANG); a command about a criteria file words its
 * own findings in the file's language when --lang is not given.
 */
async function dispatch(
  name: string | undefined,
  rest: string[],
  io: CliIO,
  who: string,
  reported: () => void,
): Promise<number> {
  const lang = langOf(io.env)
  const help = helpWording(lang)
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    // `autoscreen help <command>`: that command's help, as `autoscreen <command> --help`.
    const [topic, ...more] = rest
    if (name === 'help' && topic !== undefined) {
      if (!isCommand(topic) || more.length) {
        await say(
          io,
          `autoscreen help: ${isCommand(topic) ? help.oneCommand(more.length + 1) : help.unknownCommand(topic, COMMAND_NAMES)}`,
        )
        io.stderr.write(`\n${general(help)}\n`)
        return 2
      }
      io.stdout.write(`${help.command[topic]}\n`)
      return 0
    }
    io.stdout.write(`${general(help)}\n`)
    return name ? 0 : 2
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`)
    return 0
  }
  if (!isCommand(name)) {
    await say(io, `autoscreen: ${help.unknownCommand(name)}`)
    io.stderr.write(`\n${general(help)}\n`)
    return 2
  }
  const command = COMMANDS[name]
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${help.command[name]}\n`)
    return 0
  }
  try {
    const runCommand = await command.load()
    return await runCommand(rest, io)
  } catch (e) {
    if (e instanceof UsageError) {
      await say(io, `${who}: ${usageText(lang === 'sv' ? USAGE_SV : USAGE_EN, e.code, e.args)}`)
      io.stderr.write(`\n${help.command[name]}\n`)
      return 2
    }
    const words = noticeWording(lang)
    // A stop or a failed write says how far the command got in the language it chose (its file's).
    if (e instanceof OutputError) {
      if (e.readerGone) return 0
      reported()
      await say(io, `${who}: ${e.text(e.lang ? noticeWording(e.lang) : words)}`)
      return 2
    }
    if (e instanceof Stopped) {
      await say(io, `${who}: ${(e.lang ? noticeWording(e.lang) : words).stopped(e.signal, e.detail)}`)
      return SIGNAL_EXIT[e.signal]
    }
    // A typed error says what is wrong with the input; anything else is a fault of ours.
    const msg =
      e instanceof ScreeningError
        ? `${e.code}: ${e.message}`
        : words.internalError(e instanceof Error ? (e.stack ?? e.message) : String(e))
    await say(io, `${who}: ${msg}`, !(e instanceof ScreeningError))
    return 2
  }
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
    return (
      process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))
    )
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
    await Promise.all(
      [stdout, process.stderr].map(
        (s) => new Promise<void>((resolve) => (s.destroyed ? resolve() : s.write('', () => resolve()))),
      ),
    )
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
