/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decodePng } from './png'
import { LOCALES, STAGES } from '../../src/criteria/schema'
import { renderMessage } from '../../src/messages/render-message'
import { loadCriteria } from '../../src/node/load-criteria'
import { compileCriteria, type Screener } from '../../src/screen/compile-criteria'

// Every built-in message as a mail client shows it: the HTML document in headless Chromium
// (Debian's, driven by playwright-core) at 412 px, in light and dark mode. It must render
// text (not a blank page), in the document's language, without sideways scrolling, with the
// links and lists the text has. Screenshots are kept in test/browser/screenshots/ to look at.
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p))
const shots = join(__dirname, 'screenshots')
let browser: Browser
let screener: Screener

beforeAll(async () => {
  expect(CHROMIUM, 'install Debian chromium: apt-get install chromium').toBeDefined()
  browser = await chromium.launch({ executablePath: CHROMIUM!, args: ['--no-sandbox', '--disable-gpu'] })
  screener = compileCriteria(await loadCriteria(join(__dirname, '../../rules/lagerarbetare.yaml')))
  mkdirSync(shots, { recursive: true })
}, 60_000)
afterAll(async () => browser?.close())

const application = { id: 'b-1', submittedAt: '2026-11-20T10:00:00+01:00', candidate: { firstName: 'Fatima', locale: 'sv' }, answers: { workPermit: true, truckLicence: ['A1'], warehouseMonths: 3, eveningShifts: false, swedishLevel: 'B2', availableFrom: '2026-12-01' } }

describe('built-in HTML messages in headless Chromium at 412 px', () => {
  for (const stage of STAGES)
    for (const locale of LOCALES)
      it(`${stage} (${locale})`, async () => {
        const result = screener.screen(application, { now: 'arrival' })
        const message = renderMessage(result, { screener, now: new Date('2026-11-20T10:00:00+01:00'), stage, locale, ...(stage === 'talent-pool' ? { talentPoolUrl: 'https://ats.example/pool/b-1' } : {}) })
        for (const scheme of ['light', 'dark'] as const) {
          const page = await browser.newPage({ viewport: { width: 412, height: 900 }, colorScheme: scheme })
          await page.route('**/*', (route) => route.abort()) // no external resource may be needed
          await page.setContent(message.html)
          const seen = await page.evaluate(() => ({
            lang: document.documentElement.lang,
            title: document.title,
            text: document.body.innerText,
            overflow: document.documentElement.scrollWidth > window.innerWidth,
            links: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')),
            items: document.querySelectorAll('li').length,
            background: getComputedStyle(document.body).backgroundColor,
          }))
          expect(seen.lang).toBe(locale)
          expect(seen.title).toBe(message.subject)
          expect(seen.overflow, 'no sideways scrolling at 412 px').toBe(false)
          // The HTML says what the text part says, word for word (lists aside: "• " is a list item there).
          const words = (s: string) => s.replace(/•/g, ' ').split(/\s+/).filter(Boolean).join(' ')
          expect(words(seen.text)).toBe(words(message.text))
          expect(seen.items).toBe(message.text.split('\n').filter((l) => l.startsWith('• ')).length)
          for (const href of seen.links) expect(href).toMatch(/^(https:\/\/|mailto:)/)
          if (message.text.includes(screener.criteria.job.contact.email)) expect(seen.links).toContain(`mailto:${screener.criteria.job.contact.email}`)
          expect(seen.background).toBe(scheme === 'dark' ? 'rgb(22, 24, 29)' : 'rgb(255, 255, 255)')
          const img = decodePng(await page.screenshot({ path: join(shots, `message-${stage}.${locale}.${scheme}.png`), fullPage: true }))
          expect(img.width).toBe(412)
          // Not blank: text makes many pixels far from the background colour.
          const bg = img.pixel(2, 2)
          let ink = 0
          for (let y = 0; y < img.height; y += 2)
            for (let x = 0; x < img.width; x += 2) {
              const [r, g, b] = img.pixel(x, y)
              if (Math.abs(r - bg[0]) + Math.abs(g - bg[1]) + Math.abs(b - bg[2]) > 200) ink++
            }
          expect(ink, `${stage} ${locale} ${scheme}: ink pixels`).toBeGreaterThan(1500)
          await page.close()
        }
      }, 60_000)
})
