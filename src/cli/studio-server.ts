import { randomBytes, timingSafeEqual } from 'node:crypto'
import { mkdir, readdir, readFile, realpath, stat, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { dirname, extname, join, relative, resolve, sep } from 'node:path'

// The Criteria Studio's local server: the page (static files built by Vite) and the recruiter's
// files, nothing else. It listens on 127.0.0.1 only; every request needs the one-time token
// (in the printed URL, then a SameSite cookie, or a header for the page's own requests); the
// Host header must name this server (no DNS rebinding); only criteria, test and template files
// inside the folder can be read or written. All screening happens in the page.

/** What kind of file the studio may read or write, by its name. */
export function fileKind(path: string): 'criteria' | 'test' | 'template' | null {
  if (/\.test\.(ya?ml|json)$/i.test(path)) return 'test'
  if (/\.(ya?ml|json)$/i.test(path) && !/\.schema\.json$/i.test(path)) return 'criteria'
  if (/\.hbs$/i.test(path)) return 'template'
  return null
}

const MAX_FILE = 1024 * 1024
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.map': 'application/json' }
// The page runs the library with code generation forbidden (the engine falls back to closures).
const CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/**
 * A running studio: its URL (with the one-time token), and a way to stop it.
 * @example
 * ```ts
 * const studio = await startStudio({ folder: 'rules', assets: 'dist/studio' })
 * console.log(studio.url)
 * ```
 */
export interface StudioServer {
  url: string
  port: number
  token: string
  close(): Promise<void>
}

/** Starts the studio server on 127.0.0.1 for a folder of criteria files. */
export async function startStudio(options: { folder: string; assets: string; port?: number }): Promise<StudioServer> {
  const folder = await realpath(resolve(options.folder))
  const assets = resolve(options.assets)
  const token = randomBytes(24).toString('base64url')
  const expected = Buffer.from(token)
  let port = 0
  const tokenOk = (given: string | undefined) => given !== undefined && given.length === token.length && timingSafeEqual(Buffer.from(given), expected)

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => send(res, 500, `studio: ${e instanceof Error ? e.message : String(e)}`))
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? ''
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 403, 'this server answers only to 127.0.0.1')
    const url = new URL(req.url ?? '/', `http://${host}`)
    const cookie = /(?:^|;\s*)autoscreen_studio=([^;]+)/.exec(req.headers.cookie ?? '')?.[1]
    const header = req.headers['x-studio-token']
    if (url.pathname === '/' && tokenOk(url.searchParams.get('token') ?? undefined)) {
      // The token leaves the address bar: a cookie only this site's own requests carry.
      res.writeHead(303, { location: '/', 'set-cookie': `autoscreen_studio=${token}; HttpOnly; SameSite=Strict; Path=/`, 'cache-control': 'no-store' })
      return void res.end()
    }
    if (!tokenOk(cookie) && !tokenOk(typeof header === 'string' ? header : undefined))
      return send(res, 401, 'open the address that `autoscreen studio` printed (it holds the one-time token)')
    if (url.pathname.startsWith('/api/')) return api(req, res, url)
    if (req.method !== 'GET') return send(res, 405, 'method not allowed')
    const file = url.pathname === '/' ? join(assets, 'index.html') : resolve(assets, `.${decodeURIComponent(url.pathname)}`)
    if (file !== assets && !file.startsWith(assets + sep)) return send(res, 403, 'outside the studio')
    let body: Buffer
    try {
      body = await readFile(file)
    } catch {
      return send(res, 404, 'not found')
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' })
    res.end(body)
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (url.pathname === '/api/files' && req.method === 'GET') return json(res, 200, { folder: folder.split(sep).pop(), files: await listFiles(folder) })
    if (url.pathname !== '/api/file') return send(res, 404, 'not found')
    const rel = url.searchParams.get('path') ?? ''
    const kind = fileKind(rel)
    if (!kind) return send(res, 403, 'only criteria files, test files and message templates can be opened here')
    const target = await inside(folder, rel)
    if (!target) return send(res, 403, 'that path is outside the folder the studio was started on')
    if (req.method === 'GET') {
      try {
        return send(res, 200, await readFile(target, 'utf8'), 'text/plain; charset=utf-8')
      } catch {
        return send(res, 404, 'no such file')
      }
    }
    if (req.method === 'PUT') {
      const chunks: Buffer[] = []
      let size = 0
      for await (const chunk of req) {
        size += (chunk as Buffer).length
        if (size > MAX_FILE) return send(res, 413, 'a criteria file over 1 MB is not accepted')
        chunks.push(chunk as Buffer)
      }
      await mkdir(dirname(target), { recursive: true })
      await writeFile(target, Buffer.concat(chunks).toString('utf8'))
      return json(res, 200, { saved: rel })
    }
    return send(res, 405, 'method not allowed')
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 0, '127.0.0.1', () => ok())
  })
  port = (server.address() as { port: number }).port
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  }
}

/** The file a relative path names inside the folder, following symbolic links; null when it leaves the folder. */
async function inside(folder: string, rel: string): Promise<string | null> {
  if (!rel || rel.includes('\0') || rel.startsWith('/') || rel.startsWith('\\') || /^[A-Za-z]:/.test(rel)) return null
  const target = resolve(folder, rel)
  if (!target.startsWith(folder + sep)) return null
  // The nearest existing ancestor, resolved: a link inside the folder must not lead out of it.
  let probe = target
  for (;;) {
    try {
      const real = await realpath(probe)
      if (real !== folder && !real.startsWith(folder + sep)) return null
      return target
    } catch {
      const up = dirname(probe)
      if (up === probe) return null
      probe = up
    }
  }
}

async function listFiles(folder: string, sub = '', depth = 0): Promise<{ path: string; kind: 'criteria' | 'test' | 'template' }[]> {
  const out: { path: string; kind: 'criteria' | 'test' | 'template' }[] = []
  for (const name of (await readdir(join(folder, sub))).sort()) {
    if (name.startsWith('.') || name === 'node_modules') continue
    const rel = sub ? `${sub}/${name}` : name
    const s = await stat(join(folder, rel))
    if (s.isDirectory() && depth < 3) out.push(...(await listFiles(folder, rel, depth + 1)))
    else if (s.isFile() && fileKind(rel) && (await inside(folder, rel))) out.push({ path: relative(folder, join(folder, rel)).split(sep).join('/'), kind: fileKind(rel)! })
  }
  return out
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' })
  res.end(body)
}

function json(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, JSON.stringify(body), 'application/json')
}
