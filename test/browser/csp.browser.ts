/// <reference lib="dom" />
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import { chromium, type Browser } from 'playwright-core'
import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStudio } from '../../src/cli/studio-server'

// A page under a Content-Security-Policy of script-src 'self' (no 'unsafe-eval') in Debian's
// Chromium: the core, bundled as an ATS page would bundle it, loads a criteria file, compiles,
// screens, renders and plans. A browser reports every try at code generation, caught or not, as
// a securitypolicyviolation (and to the policy's report address): none may fire when the page
// says it forbids code generation (jitless), nor when its policy is a <meta> the library can
// read. Where the policy comes only in an HTTP header and the page says nothing, the library
// tries once (its own try, never zod's): the one report this test expects there also shows that
// the listener hears them.
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p))
const root = join(__dirname, '../..')
const POLICY = "default-src 'self'; script-src 'self'"
let browser: Browser
let app = ''

// Registered by a script of the page's own origin before the app runs (inline scripts are refused too).
const LISTEN = `window.violations = []
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI))`

beforeAll(async () => {
  expect(CHROMIUM, 'install Debian chromium: apt-get install chromium').toBeDefined()
  const entry = `import { compileCriteria, deliveryPolicy, loadCriteriaText, planDelivery, renderMessage } from ${JSON.stringify(join(root, 'src/index.ts'))}
    const jitless = new URLSearchParams(location.search).has('jitless')
    const options = jitless ? { engine: { jitless: true } } : {}
    const text = await (await fetch('/rules/frontend-developer.yaml')).text()
    const screener = compileCriteria(loadCriteriaText(text, options), options)
    const application = { id: 'a-1042', submittedAt: '2026-11-20T09:14:00+01:00', candidate: { firstName: 'Maja', locale: 'sv' }, answers: { workPermit: true, experienceYears: 2, skills: ['react'], englishLevel: 'C1', availableFrom: '2026-12-01' } }
    const result = screener.screen(application, { now: 'arrival' })
    const now = new Date(result.audit.evaluatedAt)
    window.done = { outcome: result.outcome, jitless: screener.engine.jitless, message: renderMessage(result, { screener, now }).text, sendAt: planDelivery(result, deliveryPolicy(screener.criteria), { now }).sendAt }`
  const r = await build({
    stdin: { contents: entry, resolveDir: __dirname, loader: 'ts' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'silent',
    target: 'es2022',
  })
  app = r.outputFiles[0]!.text
  browser = await chromium.launch({ executablePath: CHROMIUM!, args: ['--no-sandbox', '--disable-gpu'] })
}, 120_000)
afterAll(async () => browser?.close())

/** Opens the page with its policy in a header or a <meta>, runs the app, and returns what it did and every violation reported. */
async function visit(policyIn: 'header' | 'meta', query = '') {
  const page = await browser.newPage()
  const meta = policyIn === 'meta' ? `<meta http-equiv="Content-Security-Policy" content="${POLICY}">` : ''
  const html = `<!doctype html><html><head>${meta}<script src="/listen.js"></script><script type="module" src="/app.js"></script></head><body></body></html>`
  const bodies: Record<string, [string, string]> = {
    '/': [html, 'text/html'],
    '/listen.js': [LISTEN, 'text/javascript'],
    '/app.js': [app, 'text/javascript'],
    '/rules/frontend-developer.yaml': [readFileSync(join(root, 'rules/frontend-developer.yaml'), 'utf8'), 'text/yaml'],
  }
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url())
    const body = url.origin === 'http://app.test' ? bodies[url.pathname] : undefined
    if (!body) return route.abort()
    return route.fulfill({
      status: 200,
      body: body[0],
      headers: {
        'content-type': `${body[1]}; charset=utf-8`,
        ...(policyIn === 'header' ? { 'content-security-policy': POLICY } : {}),
      },
    })
  })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(`http://app.test/${query}`)
  await page.waitForFunction(() => (window as unknown as { done?: unknown }).done !== undefined, undefined, {
    timeout: 30_000,
  })
  // Violation events are queued as tasks: give them time to arrive before counting.
  await page.waitForTimeout(500)
  const seen = await page.evaluate(() => ({
    done: (window as unknown as { done: { outcome: string; jitless: boolean; message: string; sendAt: string } }).done,
    violations: (window as unknown as { violations: string[] }).violations,
  }))
  await page.close()
  return { ...seen, errors }
}

describe("a page under script-src 'self' (Chromium)", () => {
  it('told jitless, the library screens, renders and plans with no violation reported', async () => {
    const r = await visit('header', '?jitless')
    expect(r.errors).toEqual([])
    expect(r.violations).toEqual([])
    expect(r.done.jitless).toBe(true)
    expect(r.done.outcome).toBe('reject')
    expect(r.done.message).toContain('Hej Maja')
    expect(r.done.sendAt).toMatch(/^2026-11-2\dT/)
  }, 60_000)

  it('with the policy in a <meta>, the library reads it: no violation reported, without being told', async () => {
    const r = await visit('meta')
    expect(r.errors).toEqual([])
    expect(r.violations).toEqual([])
    expect(r.done.jitless).toBe(true)
    expect(r.done.message).toContain('Hej Maja')
  }, 60_000)

  it('with the policy only in a header and nothing said, one try is reported (the listener hears them), and screening goes on', async () => {
    const r = await visit('header')
    expect(r.errors).toEqual([])
    expect(r.violations).toHaveLength(1)
    expect(r.violations[0]).toMatch(/^script-src(-elem)? eval$/)
    expect(r.done.jitless).toBe(true)
    expect(r.done.outcome).toBe('reject')
  }, 60_000)
})

describe("the Criteria Studio (its own policy: script-src 'self')", () => {
  it('opens a file, screens its test cases and previews its messages with no violation reported', async () => {
    const assets = join(root, 'dist/studio')
    expect(existsSync(join(assets, 'index.html')), 'build the studio first: npm run build').toBe(true)
    const folder = join(mkdtempSync(join(tmpdir(), 'autoscreen-csp-')), 'rules')
    cpSync(join(root, 'rules'), folder, { recursive: true })
    const studio = await startStudio({ folder, assets })
    const context = await browser.newContext()
    try {
      // An init script runs before the page's own and is exempt from its policy: it only listens.
      await context.addInitScript(LISTEN)
      const page = await context.newPage()
      await page.goto(studio.newAddress())
      await page.getByRole('button', { name: 'lagerarbetare.yaml' }).click()
      await page.locator('.outcome').waitFor()
      await page.waitForTimeout(500)
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([])
    } finally {
      await context.close()
      await studio.close()
    }
  }, 60_000)
})
