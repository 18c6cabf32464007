import { spawn } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { args } from '../args.js'
import { UsageError, type CliIO } from '../io.js'
import { langOf } from '../lang.js'
import { noticeWording, type NoticeWording } from '../notice-wording.js'
import { startStudio, type StudioServer } from '../studio-server.js'

// Where the built page is: next to the built CLI (dist/studio), or in dist/ when run from source.
function assetsDir(): string | null {
  const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url))
  for (const dir of [
    resolve(here, 'studio'),
    resolve(here, '../../../dist/studio'),
    resolve(here, '../../dist/studio'),
  ])
    if (existsSync(resolve(dir, 'index.html'))) return dir
  return null
}

/** Opens a URL in the desktop's browser, if there is one; quietly does nothing otherwise. */
function openBrowser(url: string): void {
  const [cmd, ...rest] =
    process.platform === 'darwin'
      ? ['open', url]
      : process.platform === 'win32'
        ? ['cmd', '/c', 'start', '', url]
        : ['xdg-open', url]
  try {
    const child = spawn(cmd!, rest, { stdio: 'ignore', detached: true })
    child.on('error', () => {})
    child.unref()
  } catch {
    // no browser here: the printed address is enough
  }
}

/**
 * Prints a new one-time address each time the recruiter presses Enter in the terminal: for a
 * second tab or browser, or after the first address was used. Returns a function that stops
 * listening (the terminal is left alone once the studio stops).
 */
export function offerNewAddresses(
  stdin: NodeJS.ReadableStream,
  stdout: NodeJS.WritableStream,
  server: Pick<StudioServer, 'newAddress'>,
  say: Pick<NoticeWording, 'studioNewAddress'> = noticeWording('en'),
): () => void {
  const onData = (chunk: Buffer | string) => {
    for (const ch of String(chunk)) if (ch === '\n') stdout.write(`${say.studioNewAddress(server.newAddress())}\n`)
  }
  stdin.on('data', onData)
  return () => {
    stdin.off('data', onData)
    stdin.pause()
  }
}

export async function studio(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = args(argv, { port: { type: 'string' }, 'no-open': { type: 'boolean' } })
  const folder = resolve(io.cwd, positionals[0] ?? 'rules')
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new UsageError('no-such-folder', { path: positionals[0] ?? 'rules' })
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('port')
  const assets = assetsDir()
  if (!assets) throw new UsageError('studio-not-built')
  const server = await startStudio({ folder, assets, port })
  // The recruiter's language: --lang, else the environment's (a folder holds files of both).
  const say = noticeWording(langOf(io.env))
  io.stdout.write(`${say.studioListening(positionals[0] ?? 'rules', server.url)}\n`)
  const stopOffering = offerNewAddresses(io.stdin, io.stdout, server, say)
  if (!values['no-open'] && !io.env.CI) openBrowser(server.url)
  await new Promise<void>((done) => {
    process.once('SIGINT', done)
    process.once('SIGTERM', done)
  })
  stopOffering()
  await server.close()
  return 0
}
