import { constants } from 'node:fs'
import { lstat, open, realpath, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path'
import { createHash } from 'node:crypto'
import { backupFile, keepBackup, listBackups } from './studio-backup.js'
import { checkContent, checkStudioPath, isInside, isOverwritable, listStudioFiles } from './studio-files.js'
import { refusalOfFsError, StudioRefusal } from './studio-refusal.js'
import { StudioSessions } from './studio-session.js'
import { writeFileAtomic } from './write-file-atomic.js'

export { fileKind } from './studio-files.js'

// The Criteria Studio's local server: the page (static files built by Vite, public, holding no
// secret) and the recruiter's files, nothing else. It listens on 127.0.0.1 only and answers only
// to its own host name (no DNS rebinding). The API needs a session: the page exchanges the
// printed address's one-time token for a secret it sends in a header (studio-session.ts), and
// requests from another site are refused by their Origin and Sec-Fetch-Site. Only criteria,
// test and template files inside the folder are read, only criteria and test files written,
// by name and by content (studio-files.ts); every write keeps the previous version
// (studio-backup.ts) and replaces the file whole (writeFileAtomic). All screening happens in the page.

const MAX_FILE = 1024 * 1024
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
}
// The page runs the library with code generation forbidden (the engine falls back to closures).
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
// Opened without following a symbolic link in the last step (where the system has the flag),
// and without waiting: opening a named pipe for reading waits for a writer, and four such
// opens fill libuv's thread pool, after which no request of any kind is answered. A path is
// looked at (lstat) before it is opened; O_NONBLOCK covers a pipe swapped in between.
const NO_FOLLOW = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

/**
 * A running studio: its first one-time address, a way to make a new one, and a way to stop it.
 * @example
 * ```ts
 * const studio = await startStudio({ folder: 'rules', assets: 'dist/studio' })
 * console.log(studio.url)
 * ```
 */
export interface StudioServer {
  /** The first address to open, with its one-time token. */
  url: string
  port: number
  /** The token of `url`: exchanged once for a session, then dead. */
  token: string
  /** A new one-time address (for a new tab or browser); earlier unused addresses stop working. */
  newAddress(): string
  close(): Promise<void>
}

/** Options of {@link startStudio}. */
export interface StudioOptions {
  folder: string
  assets: string
  port?: number
  /** The clock that names backups. */
  now?: () => Date
}

/** Starts the studio server on 127.0.0.1 for a folder of criteria files. */
export async function startStudio(options: StudioOptions): Promise<StudioServer> {
  const folder = await realpath(resolve(options.folder))
  const assets = resolve(options.assets)
  const now = options.now ?? (() => new Date())
  const sessions = new StudioSessions()
  let port = 0
  const address = (token: string) => `http://127.0.0.1:${port}/?token=${token}`

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (e instanceof StudioRefusal) return fail(req, res, e)
      fail(req, res, new StudioRefusal(500, 'internal', `studio: ${e instanceof Error ? e.message : String(e)}`))
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? ''
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`)
      throw new StudioRefusal(403, 'wrong_host', 'this server answers only to 127.0.0.1')
    const raw = req.url ?? '/'
    const query = raw.indexOf('?')
    const pathname = query < 0 ? raw : raw.slice(0, query)
    const search = query < 0 ? '' : raw.slice(query + 1)
    if (pathname.startsWith('/api/')) return api(req, res, host, pathname, search)
    if (req.method !== 'GET' && req.method !== 'HEAD')
      throw new StudioRefusal(405, 'method_not_allowed', 'method not allowed')
    return page(req, res, decode(pathname))
  }

  /** The page's static files: public (they hold no secret), from the assets folder only. */
  async function page(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (pathname.includes('\0')) throw new StudioRefusal(400, 'bad_path', 'not a valid path')
    const file = pathname === '/' ? join(assets, 'index.html') : resolve(assets, `.${pathname}`)
    if (file !== assets && !file.startsWith(assets + sep))
      throw new StudioRefusal(403, 'outside_folder', 'outside the studio')
    let body: Buffer
    try {
      // A regular file only, looked at before it is opened (see NO_FOLLOW).
      if (!(await stat(file)).isFile()) throw new Error('not a regular file')
      const handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
      try {
        if (!(await handle.stat()).isFile()) throw new Error('not a regular file')
        body = await handle.readFile()
      } finally {
        await handle.close()
      }
    } catch {
      throw new StudioRefusal(404, 'not_found', 'not found')
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    })
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  async function api(
    req: IncomingMessage,
    res: ServerResponse,
    host: string,
    pathname: string,
    search: string,
  ): Promise<void> {
    // A browser says where a request comes from: only this page's own requests get through,
    // whatever a cookie's SameSite would have done.
    const site = req.headers['sec-fetch-site']
    const origin = req.headers.origin
    if (site === 'cross-site' || site === 'same-site' || (origin !== undefined && origin !== `http://${host}`))
      throw new StudioRefusal(403, 'cross_site', 'requests from other sites are refused')
    if (pathname === '/api/session') {
      if (req.method !== 'POST') throw new StudioRefusal(405, 'method_not_allowed', 'method not allowed')
      const token = req.headers['x-studio-token']
      const got = sessions.exchange(typeof token === 'string' ? token : '')
      if ('session' in got) return json(res, 200, { session: got.session })
      if (got.refused === 'token_used')
        throw new StudioRefusal(
          410,
          'token_used',
          'this address has already been used: press Enter in the terminal where autoscreen studio runs for a new one',
        )
      if (got.refused === 'token_replaced')
        throw new StudioRefusal(
          410,
          'token_replaced',
          'this address was replaced by a newer one (Enter was pressed again in the terminal where autoscreen studio runs) and opens nothing: open the newest address printed there, or press Enter for a new one',
        )
      throw new StudioRefusal(
        401,
        'token_invalid',
        'this address holds no valid key: open the address that autoscreen studio printed, or press Enter in its terminal for a new one',
      )
    }
    const session = req.headers['x-studio-session']
    if (!sessions.valid(typeof session === 'string' ? session : undefined))
      throw new StudioRefusal(
        401,
        'no_session',
        'no session: open the address that autoscreen studio printed (press Enter in its terminal for a new one)',
      )
    if (pathname === '/api/files') {
      if (req.method !== 'GET') throw new StudioRefusal(405, 'method_not_allowed', 'method not allowed')
      return json(res, 200, { folder: folder.split(sep).pop(), files: await listStudioFiles(folder) })
    }
    if (pathname === '/api/versions' || pathname === '/api/version') return versions(req, res, pathname, search)
    if (pathname !== '/api/file') throw new StudioRefusal(404, 'not_found', 'not found')
    const rel = param(search, 'path') ?? ''
    const kind = checkStudioPath(rel)
    if (req.method === 'GET') {
      const bytes = await readChecked(await real(rel, 'read'), 'read')
      const text = utf8(
        bytes,
        'the file is not UTF-8 text: the studio does not open it (it could not save it without changing it)',
      )
      // The version read: a save sends it back (If-Match), so a file changed on disk meanwhile is not overwritten unseen.
      return send(res, 200, text, 'text/plain; charset=utf-8', { etag: etagOf(bytes) })
    }
    if (req.method === 'PUT') {
      if (kind === 'template')
        throw new StudioRefusal(403, 'not_writable', 'the studio reads message templates but does not change them')
      // Where it would go is checked first (a link out, a missing folder): that is the answer,
      // whatever the body holds. It is checked again at the moment of writing.
      await writeTarget(rel).catch((e: unknown) => {
        throw e instanceof StudioRefusal ? e : (refusalOfFsError(e, 'write') ?? e)
      })
      const body = await readBody(req)
      const text = utf8(body, 'the text sent is not UTF-8: nothing was written')
      // An empty or unparseable text is written only when the request says the recruiter confirmed it.
      const confirm = req.headers['x-studio-confirm']
      await checkContent(kind, text, rel, confirm === 'empty' || confirm === 'unparseable' ? confirm : undefined)
      const ifMatch = req.headers['if-match']
      const backup = await serial(rel, () => save(kind, rel, body, typeof ifMatch === 'string' ? ifMatch : undefined))
      res.setHeader('etag', etagOf(body))
      return json(res, 200, { saved: rel, ...(backup ? { backup } : {}) })
    }
    throw new StudioRefusal(405, 'method_not_allowed', 'method not allowed')
  }

  /** The real path of a file inside the folder, following links only as far as they stay inside. */
  async function real(rel: string, doing: 'read' | 'write'): Promise<string> {
    let path: string
    try {
      path = await realpath(join(folder, rel))
    } catch (e) {
      throw refusalOfFsError(e, doing) ?? e
    }
    if (!isInside(folder, path))
      throw new StudioRefusal(403, 'outside_folder', 'that path leads outside the folder the studio was started on')
    return path
  }

  /**
   * Opens and reads a file the studio may read: a regular file with one link (not_found when
   * there is none). What the path is, is checked before it is opened (a named pipe, a socket or
   * a device is never opened), and again on the open file: what is read is what was checked.
   */
  async function readChecked(path: string, doing: 'read' | 'write'): Promise<Buffer> {
    const refusal = (e: unknown) =>
      refusalOfFsError(e, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'read' : doing) ?? e
    const before = await lstat(path).catch((e: unknown) => {
      throw refusal(e)
    })
    checkRegular(before)
    let handle
    try {
      handle = await open(path, NO_FOLLOW)
    } catch (e) {
      throw refusal(e)
    }
    try {
      const s = await handle.stat()
      checkRegular(s)
      if (s.dev !== before.dev || s.ino !== before.ino)
        throw new StudioRefusal(409, 'not_a_file', 'that file was replaced while it was being opened: try again')
      return await handle.readFile()
    } finally {
      await handle.close()
    }
  }

  /** A criteria or test file's kept versions (GET /api/versions?path=), or one of them (GET /api/version?path=&id=), read from the backup folder only. */
  async function versions(req: IncomingMessage, res: ServerResponse, pathname: string, search: string): Promise<void> {
    if (req.method !== 'GET') throw new StudioRefusal(405, 'method_not_allowed', 'method not allowed')
    const rel = param(search, 'path') ?? ''
    if (checkStudioPath(rel) === 'template')
      throw new StudioRefusal(404, 'not_found', 'the studio keeps no versions of templates')
    // The backups are kept under the file's real path (as keepBackup names them).
    const inside = relative(folder, await writeTarget(rel))
      .split(sep)
      .join('/')
    if (pathname === '/api/versions') return json(res, 200, { path: rel, versions: await listBackups(folder, inside) })
    const file = await backupFile(folder, inside, param(search, 'id') ?? '')
    const bytes = await readChecked(file, 'read')
    return send(res, 200, utf8(bytes, 'that version is not UTF-8 text'), 'text/plain; charset=utf-8')
  }

  /** Writes a checked body: the previous version kept, the real path checked again just before the file is replaced whole. */
  async function save(kind: 'criteria' | 'test', rel: string, body: Buffer, ifMatch?: string): Promise<string | null> {
    try {
      const path = await writeTarget(rel)
      let previous: Buffer | null = null
      try {
        previous = await readChecked(path, 'write')
      } catch (e) {
        if (!(e instanceof StudioRefusal && e.code === 'not_found')) throw e // a new file
      }
      // The page read another version than the one on disk now: the recruiter says what to do.
      if (ifMatch !== undefined && ifMatch !== '*' && (previous === null || etagOf(previous) !== ifMatch))
        throw new StudioRefusal(
          412,
          'changed_on_disk',
          'the file changed on disk since it was opened: nothing was written (reload it, or save again without If-Match to overwrite)',
        )
      let backup: string | null = null
      if (previous === null) {
        if (kind === 'test') await requireCriteriaBeside(rel)
      } else {
        if (!isOverwritable(kind, previous.toString('utf8'), rel))
          throw kind === 'criteria'
            ? new StudioRefusal(
                409,
                'exists_not_criteria',
                'a file of that name exists and is not a criteria file: the studio does not overwrite it',
              )
            : new StudioRefusal(
                409,
                'exists_not_test_file',
                'a file of that name exists and is not a test file: the studio does not overwrite it',
              )
        if (previous.equals(body)) return null
        backup = relative(
          folder,
          await keepBackup(folder, relative(folder, path).split(sep).join('/'), previous, now()),
        )
          .split(sep)
          .join('/')
      }
      // At the moment of writing: the folder the file goes in is still inside (not swapped for
      // a link), and the name is not a link now (writeFileAtomic writes through links).
      const parent = await realpath(dirname(path))
      if (!isInside(folder, parent))
        throw new StudioRefusal(
          403,
          'outside_folder',
          'the folder of that file now leads outside the folder the studio was started on: nothing was written',
        )
      const final = join(parent, basename(path))
      const there = await lstat(final).catch(() => null)
      if (there?.isSymbolicLink())
        throw new StudioRefusal(403, 'outside_folder', 'that file was replaced by a symbolic link: nothing was written')
      if (there && there.nlink > 1)
        throw new StudioRefusal(403, 'hard_link', 'that file has more than one (hard) link: nothing was written')
      if (there && !there.isFile())
        throw new StudioRefusal(403, 'not_a_file', 'that path is not a regular file: nothing was written')
      // A pipe swapped in after this look is refused too: writeFileAtomic would open it and wait.
      await writeFileAtomic(final, body, { regularOnly: true })
      return backup
    } catch (e) {
      throw e instanceof StudioRefusal ? e : (refusalOfFsError(e, 'write') ?? e)
    }
  }

  /** Where a save goes: the real path of the file, or for a new file its name in the real path of its folder (which must exist: the studio makes no folders). */
  async function writeTarget(rel: string): Promise<string> {
    const target = join(folder, rel)
    try {
      const path = await realpath(target)
      if (!isInside(folder, path))
        throw new StudioRefusal(403, 'outside_folder', 'that path leads outside the folder the studio was started on')
      return path
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
    }
    if (
      await lstat(target).then(
        () => true,
        () => false,
      )
    )
      throw new StudioRefusal(403, 'outside_folder', 'that name is a symbolic link to nowhere')
    return join(await real(relative(folder, dirname(target)) || '.', 'write'), basename(target))
  }

  /** A new test file belongs to a criteria file beside it (x.test.yaml to x.yaml). */
  async function requireCriteriaBeside(rel: string): Promise<void> {
    const criteria = rel.replace(/\.test\.(ya?ml|json)$/i, '.$1')
    try {
      await real(criteria, 'read')
    } catch {
      throw new StudioRefusal(
        409,
        'no_criteria_file',
        `a test file is made for a criteria file beside it: ${criteria} is not there`,
        { criteria },
      )
    }
  }

  const queues = new Map<string, Promise<unknown>>()
  /** Saves of one file one after the other: each keeps its own previous version. */
  function serial<T>(key: string, job: () => Promise<T>): Promise<T> {
    const next = (queues.get(key) ?? Promise.resolve()).then(job, job)
    const tail = next.catch(() => {})
    queues.set(key, tail)
    void tail.then(() => queues.get(key) === tail && queues.delete(key))
    return next
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 0, '127.0.0.1', () => ok())
  })
  port = (server.address() as { port: number }).port
  const token = sessions.newToken()
  return {
    url: address(token),
    port,
    token,
    newAddress: () => address(sessions.newToken()),
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok())
        server.closeAllConnections()
      }),
  }
}

/** A file the studio may read or replace: a regular file (not a pipe, socket, device or folder), with one link, at most 1 MB. */
function checkRegular(s: { isFile(): boolean; nlink: number; size: number }): void {
  if (!s.isFile()) throw new StudioRefusal(403, 'not_a_file', 'that path is not a regular file')
  if (s.nlink > 1)
    throw new StudioRefusal(
      403,
      'hard_link',
      'that file has more than one (hard) link, so it may be a file outside the folder: the studio neither reads nor writes it',
    )
  if (s.size > MAX_FILE) throw new StudioRefusal(413, 'too_large', 'the file is over 1 MB', { max: MAX_FILE })
}

/** A percent-decoded text; malformed encoding is the client's error, not ours. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    throw new StudioRefusal(400, 'bad_encoding', 'the address is not validly percent-encoded')
  }
}

/** One query parameter, decoded strictly (URLSearchParams would turn bad bytes into U+FFFD). */
function param(search: string, name: string): string | null {
  for (const part of search.split('&')) {
    const eq = part.indexOf('=')
    if (decode((eq < 0 ? part : part.slice(0, eq)).replace(/\+/g, ' ')) === name)
      return decode((eq < 0 ? '' : part.slice(eq + 1)).replace(/\+/g, ' '))
  }
  return null
}

function utf8(bytes: Buffer, message: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    throw new StudioRefusal(415, 'not_utf8', message)
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const tooLarge = () => new StudioRefusal(413, 'too_large', 'a file over 1 MB is not accepted', { max: MAX_FILE })
  if (Number(req.headers['content-length'] ?? 0) > MAX_FILE) throw tooLarge()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_FILE) throw tooLarge()
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

function fail(req: IncomingMessage, res: ServerResponse, refusal: StudioRefusal): void {
  if (res.headersSent) return void res.destroy()
  // A body not read to its end is not read at all: the connection closes after the answer.
  if (!req.complete) res.setHeader('connection', 'close')
  json(res, refusal.status, { error: { code: refusal.code, message: refusal.message, ...refusal.details } })
}

/** A version tag of a file's bytes (a strong ETag). */
function etagOf(bytes: Uint8Array): string {
  return `"${createHash('sha256').update(bytes).digest('base64url')}"`
}

function send(
  res: ServerResponse,
  status: number,
  body: string,
  type = 'text/plain; charset=utf-8',
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    ...headers,
  })
  res.end(body)
}

function json(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, JSON.stringify(body), 'application/json; charset=utf-8')
}
