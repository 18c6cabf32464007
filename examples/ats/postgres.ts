// A throwaway PostgreSQL server for the example and its test: Debian's server binaries, a fresh
// data directory under the system's temp folder, trust authentication, listening on 127.0.0.1
// only, on a free port. `stop()` shuts it down fast and removes the directory. In production you
// connect to your own database instead: everything else in examples/ats takes a connection string.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, chownSync, chmodSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface Postgres {
  /** postgres://… for `pg` (user `postgres`, database `postgres`). */
  url: string
  stop(): Promise<void>
}

/** Where Debian (and this machine) keep the server binaries; PATH is tried last. */
function binary(name: string): string {
  for (const dir of [
    '/usr/lib/postgresql/17/bin',
    '/usr/lib/postgresql/16/bin',
    '/usr/lib/postgresql/15/bin',
    '/usr/local/bin',
  ])
    if (existsSync(join(dir, name))) return join(dir, name)
  return name
}

/** A port nobody listens on right now (the OS picks it). */
async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const { port } = server.address() as { port: number }
  await new Promise((ok) => server.close(ok))
  return port
}

export async function startPostgres(): Promise<Postgres> {
  const dir = mkdtempSync(join(tmpdir(), 'autoscreen-ats-pg-'))
  const data = join(dir, 'data')
  // PostgreSQL refuses to run as root. CI and containers run as root: there the server runs as
  // Debian's `postgres` user, which owns the directory.
  const asRoot = process.getuid?.() === 0
  const owner = asRoot ? spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }) : undefined
  const uid = owner && owner.status === 0 ? Number(owner.stdout.trim()) : undefined
  if (asRoot && uid === undefined)
    throw new Error('running as root needs the "postgres" user (apt-get install -y postgresql creates it)')
  const gid =
    uid === undefined ? undefined : Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim())
  if (uid !== undefined && gid !== undefined) {
    chmodSync(dir, 0o755)
    chownSync(dir, uid, gid)
  }
  // cwd: the server's user may not be allowed into the folder the example was started from.
  const as = { cwd: dir, ...(uid !== undefined && gid !== undefined ? { uid, gid } : {}) }

  const init = spawnSync(
    binary('initdb'),
    ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C'],
    { ...as, encoding: 'utf8' },
  )
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.error}`)

  const port = await freePort()
  // fsync off: a test database need not survive a power cut, and it starts and commits faster.
  // detached: its own process group, so Ctrl+C in the terminal reaches only us, and we stop the
  // server after the queue and the pool have let go of it (stop()); and if we exit anyway, it goes too.
  const server: ChildProcess = spawn(
    binary('postgres'),
    [
      '-D',
      data,
      '-p',
      String(port),
      '-h',
      '127.0.0.1',
      '-k',
      dir,
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
    ],
    { ...as, detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  )
  process.once('exit', () => server.exitCode === null && server.kill('SIGINT'))
  let log = ''
  server.stderr!.on('data', (d: Buffer) => void (log += d.toString()))
  const exited = new Promise<void>((ok) => server.once('exit', () => ok()))

  // Ready when it accepts connections (pg_isready ships with the client).
  const deadline = Date.now() + 20_000
  for (;;) {
    const ready = spawnSync('pg_isready', ['-h', '127.0.0.1', '-p', String(port), '-q'])
    if (ready.status === 0) break
    if (server.exitCode !== null || Date.now() > deadline) {
      server.kill('SIGKILL')
      rmSync(dir, { recursive: true, force: true })
      throw new Error(`postgres did not start:\n${log}`)
    }
    await new Promise((ok) => setTimeout(ok, 100))
  }

  let stopped: Promise<void> | undefined
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () =>
      (stopped ??= (async () => {
        // SIGINT is PostgreSQL's "fast shutdown": open sessions are ended, nothing waits.
        if (server.exitCode === null) server.kill('SIGINT')
        await exited
        rmSync(dir, { recursive: true, force: true })
      })()),
  }
}
