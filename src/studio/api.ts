// The studio server's API: the folder's files, read and written. The address holds a one-time
// token; the page exchanges it once for a session secret, keeps that in this tab only
// (sessionStorage: a reload keeps it, no other tab or site sees it), takes the token out of the
// address bar, and sends the secret in a header. No cookie: another server on 127.0.0.1 would
// receive it.

export interface StudioFile {
  path: string
  kind: 'criteria' | 'test' | 'template'
}

/** An answer of the server that is not a success: its stable code (worded by the page in i18n.ts) and details. */
export class StudioApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(`${status} ${code}`)
    this.name = 'StudioApiError'
  }
}

const SESSION = 'autoscreen-studio:session'
let session: string | null = null

function stored(): string | null {
  try {
    return sessionStorage.getItem(SESSION)
  } catch {
    return null
  }
}

/**
 * Starts this tab's session: exchanges the address's one-time token for a secret (once), or
 * takes the one this tab already has (after a reload). Throws a StudioApiError (token_used, token_replaced,
 * token_invalid, no_session) the page words for the recruiter.
 */
export async function startSession(): Promise<void> {
  const url = new URL(location.href)
  const token = url.searchParams.get('token')
  if (token !== null) {
    // The token leaves the address bar at once, used or not: it opens nothing a second time.
    url.searchParams.delete('token')
    history.replaceState(history.state, '', url.pathname + url.search + url.hash)
    // A key is base64url: anything else (a mangled copy of the address) is no key, and could not go in a header.
    if (!/^[\w-]{1,200}$/.test(token)) {
      if (stored()) return void (session = stored())
      throw new StudioApiError(401, 'token_invalid')
    }
    const res = await call('/api/session', { method: 'POST', headers: { 'x-studio-token': token } })
    if (res.ok) {
      session = ((await res.json()) as { session: string }).session
      try {
        sessionStorage.setItem(SESSION, session)
      } catch {
        // storage off: the session lasts as long as the page
      }
      return
    }
    const error = await errorOf(res)
    // This tab used the token already (a reload before the address was cleaned): its session holds.
    if (!stored()) throw error
  }
  session = stored()
  if (!session) throw new StudioApiError(401, 'no_session')
}

async function call(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers)
  if (session) headers.set('x-studio-session', session)
  try {
    return await fetch(path, { ...init, headers, credentials: 'omit', cache: 'no-store' })
  } catch {
    throw new StudioApiError(0, 'offline')
  }
}

async function errorOf(res: Response): Promise<StudioApiError> {
  try {
    const body = (await res.json()) as { error?: { code?: unknown } & Record<string, unknown> }
    if (body.error && typeof body.error.code === 'string') {
      const { code, message: _message, ...details } = body.error
      return new StudioApiError(res.status, code, details)
    }
  } catch {
    // not JSON: a status alone
  }
  return new StudioApiError(res.status, 'internal')
}

async function check(res: Response): Promise<Response> {
  if (!res.ok) throw await errorOf(res)
  return res
}

export async function listFiles(): Promise<{ folder: string; files: StudioFile[] }> {
  return (await check(await call('/api/files'))).json() as Promise<{ folder: string; files: StudioFile[] }>
}

/** A file's text, or null when it does not exist (yet). */
export async function readFile(path: string): Promise<string | null> {
  const res = await call(`/api/file?path=${encodeURIComponent(path)}`)
  if (res.status === 404) return null
  return (await check(res)).text()
}

/**
 * Writes a file. With `ifMatch` (the tag the file was read with) the server refuses with
 * changed_on_disk if the file changed since; `confirm` says the recruiter confirmed writing an
 * empty or unparseable text. Returns the tag of what was written.
 */
export async function writeFile(
  path: string,
  text: string,
  options: { ifMatch?: string | null; confirm?: 'empty' | 'unparseable' } = {},
): Promise<{ etag: string | null }> {
  const headers: Record<string, string> = { 'content-type': 'text/plain; charset=utf-8' }
  if (options.ifMatch) headers['if-match'] = options.ifMatch
  if (options.confirm) headers['x-studio-confirm'] = options.confirm
  const res = await check(
    await call(`/api/file?path=${encodeURIComponent(path)}`, { method: 'PUT', body: text, headers }),
  )
  return { etag: res.headers.get('etag') }
}

// safety: a file read with its version tag, and the kept versions of a file.

/** A file's text and the tag of that version (sent back on save), or null when it does not exist (yet). */
export async function readFileTagged(path: string): Promise<{ text: string; etag: string | null } | null> {
  const res = await call(`/api/file?path=${encodeURIComponent(path)}`)
  if (res.status === 404) return null
  const ok = await check(res)
  return { text: await ok.text(), etag: ok.headers.get('etag') }
}

/** One kept version of a file (the server's backup): its id, when it was replaced, its size in bytes. */
export interface FileVersion {
  id: string
  at: string
  size: number
}

export async function listVersions(path: string): Promise<FileVersion[]> {
  return (
    (await (await check(await call(`/api/versions?path=${encodeURIComponent(path)}`))).json()) as {
      versions: FileVersion[]
    }
  ).versions
}

export async function readVersion(path: string, id: string): Promise<string> {
  return (await check(await call(`/api/version?path=${encodeURIComponent(path)}&id=${encodeURIComponent(id)}`))).text()
}
