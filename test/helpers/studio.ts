import { existsSync, mkdirSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'
import { startStudio, type StudioServer } from '../../src/cli/studio-server'

// Requests to a running Criteria Studio server on 127.0.0.1, as a browser or a hostile local
// program would make them, with the Host header a browser sends.

export interface Answer {
  status: number
  body: string
  headers: Record<string, string | string[] | undefined>
  /** The error code of a refusal ({ error: { code } }), if the body is one. */
  code: string | undefined
}

export function call(
  studio: Pick<StudioServer, 'port'>,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Uint8Array } = {},
): Promise<Answer> {
  return new Promise((ok, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: studio.port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${studio.port}`, ...options.headers },
      },
      (res) => {
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
      },
    )
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
export const newSession = (studio: Pick<StudioServer, 'port' | 'newAddress'>): Promise<string> =>
  sessionOf(studio, tokenOf(studio.newAddress()))

// The browser tests' fixture: a Studio on a folder and Debian's Chromium, started before a
// file's tests and closed after them.

/** Debian's Chromium, which the browser tests drive through playwright-core (apt-get install chromium). */
export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p))
/** The repository. */
export const ROOT = join(__dirname, '../..')
/** The built page the Studio serves (npm run build). */
export const STUDIO_ASSETS = join(ROOT, 'dist/studio')
/** Where the browser tests write their screenshots. */
export const SHOTS = join(ROOT, 'test/browser/screenshots')

/** A Studio on a folder, serving the built page. */
export const startStudioOn = (folder: string): Promise<StudioServer> => startStudio({ folder, assets: STUDIO_ASSETS })

/** What a browser test file shares: read its fields in tests and hooks, once beforeAll has run. */
export interface StudioBrowser {
  readonly browser: Browser
  /** The Studio on the folder (only when `useStudioBrowser` was given one). */
  readonly studio: StudioServer
  /** The folder the Studio serves. */
  readonly folder: string
}

/**
 * Registers the hooks of a browser test file: before its tests, checks that Chromium is
 * installed and the page built, starts a Studio on the folder `folder()` prepares (when given),
 * launches Chromium and makes the screenshots folder; after them, closes both.
 */
export function useStudioBrowser(options: { folder?: () => string } = {}): StudioBrowser {
  let browser: Browser | undefined
  let studio: StudioServer | undefined
  let folder: string | undefined
  beforeAll(async () => {
    expect(CHROMIUM, 'install Debian chromium: apt-get install chromium').toBeDefined()
    expect(existsSync(join(STUDIO_ASSETS, 'index.html')), 'build the studio first: npm run build').toBe(true)
    if (options.folder) {
      folder = options.folder()
      studio = await startStudioOn(folder)
    }
    // Loaded here, so that the unit tests that use this file's requests never load playwright.
    const { chromium } = await import('playwright-core')
    browser = await chromium.launch({ executablePath: CHROMIUM!, args: ['--no-sandbox', '--disable-gpu'] })
    mkdirSync(SHOTS, { recursive: true })
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    await studio?.close()
  })
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined)
      throw new Error(
        `${what} is started in beforeAll${what === 'the studio' && !options.folder ? ', and only when useStudioBrowser is given a folder' : ''}`,
      )
    return value
  }
  return {
    get browser() {
      return ready(browser, 'the browser')
    },
    get studio() {
      return ready(studio, 'the studio')
    },
    get folder() {
      return ready(folder, 'the folder')
    },
  }
}
