import { request } from 'node:http'
import type { StudioServer } from '../../src/cli/studio-server'

// Requests to a running Criteria Studio server on 127.0.0.1, as a browser or a hostile local
// program would make them, with the Host header a browser sends.

export interface Answer {
  status: number
  body: string
  headers: Record<string, string | string[] | undefined>
  /** The error code of a refusal ({ error: { code } }), if the body is one. */
  code: string | undefined
}

export function call(studio: Pick<StudioServer, 'port'>, path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Uint8Array } = {}): Promise<Answer> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: studio.port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${studio.port}`, ...options.headers } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8')
        let code: string | undefined
        try {
          code = (JSON.parse(body) as { error?: { code?: string } }).error?.code
        } catch {
          code = undefined
        }
        ok({ status: res.statusCode!, body, headers: res.headers, code })
      })
    })
    req.on('error', fail)
    req.end(options.body)
  })
}

/** The one-time token of an address. */
export const tokenOf = (address: string): string => new URL(address).searchParams.get('token')!

/** Exchanges a one-time token for a session secret, as the page does. */
export async function sessionOf(studio: Pick<StudioServer, 'port'>, token: string): Promise<string> {
  const r = await call(studio, '/api/session', { method: 'POST', headers: { 'x-studio-token': token } })
  if (r.status !== 200) throw new Error(`no session: ${r.status} ${r.body}`)
  return (JSON.parse(r.body) as { session: string }).session
}

/** A session from a fresh one-time address. */
export const newSession = (studio: Pick<StudioServer, 'port' | 'newAddress'>): Promise<string> => sessionOf(studio, tokenOf(studio.newAddress()))
