// The studio server's API: the folder's files, read and written. The one-time token came in
// the address; the server turned it into a cookie, which every request here carries.

export interface StudioFile {
  path: string
  kind: 'criteria' | 'test' | 'template'
}

async function check(res: Response): Promise<Response> {
  if (!res.ok) throw new Error(`${res.status}: ${await res.text()}`)
  return res
}

export async function listFiles(): Promise<{ folder: string; files: StudioFile[] }> {
  return (await check(await fetch('/api/files', { credentials: 'same-origin' }))).json() as Promise<{ folder: string; files: StudioFile[] }>
}

/** A file's text, or null when it does not exist (yet). */
export async function readFile(path: string): Promise<string | null> {
  const res = await fetch(`/api/file?path=${encodeURIComponent(path)}`, { credentials: 'same-origin' })
  if (res.status === 404) return null
  return (await check(res)).text()
}

export async function writeFile(path: string, text: string): Promise<void> {
  await check(await fetch(`/api/file?path=${encodeURIComponent(path)}`, { method: 'PUT', body: text, credentials: 'same-origin', headers: { 'content-type': 'text/plain; charset=utf-8' } }))
}
