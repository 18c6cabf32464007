/// <reference lib="dom" />
import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, SHOTS, useStudioBrowser } from '../helpers/studio'

// The Criteria Studio's session in Debian's Chromium (issue #20, "The trust boundary, round 2";
// the Node checks are in test/trust-boundary-2-studio.test.ts). Cookies are not bound to a
// port: a cookie the studio set on 127.0.0.1 would go to every other server on 127.0.0.1 the
// recruiter opens. A second local server records every request it gets; after the studio is
// open, the browser visits and fetches it, and it must have received no secret of the studio.
// A used address, a tab without a session and a refused save are said in the page, in Swedish.
let other: Server
let otherUrl: string
const seen: { url: string; headers: IncomingHttpHeaders }[] = []

const env = useStudioBrowser({
  folder: () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'autoscreen-studio-session-')), 'rules')
    cpSync(join(ROOT, 'rules'), folder, { recursive: true })
    return folder
  },
})
beforeAll(async () => {
  // Another local dev server, as a recruiter might run: it answers anything and records all.
  other = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers })
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'access-control-allow-origin': '*' })
    res.end('<!doctype html><title>another local server</title><p>another local server</p>')
  })
  await new Promise<void>((ok) => other.listen(0, '127.0.0.1', () => ok()))
  otherUrl = `http://127.0.0.1:${(other.address() as { port: number }).port}`
})
afterAll(async () => {
  await new Promise((ok) => other?.close(ok))
})

const newContext = (): Promise<BrowserContext> =>
  env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' })
const fileButton = (page: Page) => page.getByRole('button', { name: 'lagerarbetare.yaml' })
const notice = (page: Page) => page.locator('#notice')

describe('the Criteria Studio session in Chromium', () => {
  it('no other server on 127.0.0.1 receives the session or the key: no cookie, no secret, fetched or visited', async () => {
    const context = await newContext()
    const page = await context.newPage()
    await page.goto(env.studio.url)
    await fileButton(page).click()
    await page.locator('.outcome').waitFor()
    // The recruiter opens the other server in a tab of the same browser, its page fetches from
    // its server with credentials, and the studio's own tab goes there and back.
    const tab = await context.newPage()
    await tab.goto(`${otherUrl}/visited`)
    await tab.evaluate(async () => void (await fetch('/fetched', { credentials: 'include' })))
    await page.goto(`${otherUrl}/navigated`)
    await page.goBack()
    await expect
      .poll(() => seen.map((r) => r.url).filter((u) => u !== '/favicon.ico'))
      .toEqual(['/visited', '/fetched', '/navigated'])
    for (const r of seen) expect(r.headers.cookie, r.url).toBeUndefined()
    expect(await context.cookies()).toEqual([])
    // What the studio's tab holds, nowhere in what the other server got.
    await fileButton(page).click()
    const secret = await page.evaluate(() => sessionStorage.getItem('autoscreen-studio:session'))
    expect(secret).toMatch(/^[\w-]{40,}$/)
    for (const r of seen) {
      const everything = `${r.url} ${JSON.stringify(r.headers)}`
      expect(everything).not.toContain(secret)
      expect(everything).not.toContain(env.studio.token)
    }
    expect(page.url()).not.toContain('token=')
    await context.close()
  }, 60_000)

  it('a used address says so in the page, in Swedish; a reload keeps the session; a new tab without an address says what to do', async () => {
    const address = env.studio.newAddress()
    const first = await newContext()
    const page = await first.newPage()
    await page.goto(address)
    await fileButton(page).waitFor()
    expect(await notice(page).isHidden()).toBe(true)

    // The same address in another browser (or by another local user who read it off `ps`).
    const second = await newContext()
    const late = await second.newPage()
    await late.goto(address)
    await expect
      .poll(() => notice(late).textContent())
      .toBe(
        'Den här adressen har redan använts (den fungerar bara en gång). Tryck Enter i terminalen där autoscreen studio körs för att få en ny adress, och öppna den.',
      )
    expect(await late.getByRole('alert').count()).toBe(1)
    expect(await late.locator('#file-list li').count()).toBe(0)
    await late.screenshot({ path: join(SHOTS, 'studio-token-used-sv.png') })
    // Worded again in the language the recruiter picks.
    await late.locator('#lang').selectOption('en')
    await expect
      .poll(() => notice(late).textContent())
      .toMatch(/^This address has already been used \(it opens only once\)\. Press Enter in the terminal/)

    // The first tab reloads: its session is still there.
    await page.reload()
    await fileButton(page).waitFor()
    expect(await notice(page).isHidden()).toBe(true)
    // A new tab at the studio's address without a token: no session, and what to do about it.
    const tab = await first.newPage()
    await tab.goto(`http://127.0.0.1:${env.studio.port}/`)
    await expect
      .poll(() => notice(tab).textContent())
      .toMatch(/^Den här fliken är inte inloggad i studion .* Tryck Enter i terminalen/)
    await first.close()
    await second.close()
  }, 60_000)

  it('an address replaced by a newer one (Enter pressed twice) says so in the page, not that it was used, and opens nothing', async () => {
    const replaced = env.studio.newAddress()
    env.studio.newAddress()
    const context = await newContext()
    const page = await context.newPage()
    await page.goto(replaced)
    await expect
      .poll(() => notice(page).textContent())
      .toBe(
        'Den här adressen har ersatts av en nyare (Enter trycktes igen i terminalen där autoscreen studio körs) och öppnar ingenting. Öppna den senaste adressen som skrevs ut där, eller tryck Enter för en ny.',
      )
    expect(await page.locator('#file-list li').count()).toBe(0)
    await page.locator('#lang').selectOption('en')
    await expect
      .poll(() => notice(page).textContent())
      .toMatch(/^This address was replaced by a newer one .* and opens nothing\./)
    await context.close()
  }, 60_000)

  it('a save the server refuses is shown in the page, in Swedish, and nothing is lost', async () => {
    const context = await newContext()
    const page = await context.newPage()
    await page.goto(env.studio.newAddress())
    await fileButton(page).click()
    await page.locator('.outcome').waitFor()
    const before = readFileSync(join(env.folder, 'lagerarbetare.yaml'), 'utf8')
    // Not YAML at all at the end of the file.
    await page.locator('.cm-content').click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type('extra: nested: mapping')
    await page.getByRole('button', { name: 'Spara' }).click()
    // The server refuses text that is not YAML unless the recruiter confirms it: the page asks, in Swedish, and says where.
    const dialog = page.locator('dialog#confirm-unparseable')
    await dialog.waitFor()
    expect(await dialog.locator('h2').textContent()).toBe('Spara en fil som inte går att läsa?')
    expect(await dialog.locator('.ask-body').textContent()).toMatch(
      /^Texten är inte giltig YAML \(rad \d+, kolumn \d+\)/,
    )
    await dialog.locator('button[data-choice="cancel"]').click()
    await expect.poll(() => page.locator('#save-state').textContent()).toBe('Inte sparad: du valde att inte spara.')
    await page.screenshot({ path: join(SHOTS, 'studio-save-refused-sv.png') })
    expect(readFileSync(join(env.folder, 'lagerarbetare.yaml'), 'utf8')).toBe(before)
    // Kept in the browser: a reload brings the text back.
    await page.reload()
    await fileButton(page).click()
    await expect.poll(() => page.locator('#save-state').textContent()).toBe('Osparade ändringar återställda')
    await page.locator('.cm-content').click()
    await page.keyboard.press('Control+End')
    expect(await page.locator('.cm-line', { hasText: 'extra: nested: mapping' }).count()).toBe(1)
    // Mended, it saves, and the notice goes.
    for (let i = 0; i < 'extra: nested: mapping'.length; i++) await page.keyboard.press('Backspace')
    await page.getByRole('button', { name: 'Spara' }).click()
    await expect.poll(() => page.locator('#save-state').textContent()).toBe('Sparad')
    expect(await notice(page).isHidden()).toBe(true)
    expect(readFileSync(join(env.folder, 'lagerarbetare.yaml'), 'utf8')).toBe(before)
    await context.close()
  }, 60_000)
})
