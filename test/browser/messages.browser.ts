/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decodePng } from './png'
import { fitStage } from '../helpers/fit-stage'
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

const application = {
  id: 'b-1',
  submittedAt: '2026-11-20T10:00:00+01:00',
  candidate: { firstName: 'Fatima', locale: 'sv' },
  answers: {
    workPermit: true,
    truckLicence: ['A1'],
    warehouseMonths: 3,
    eveningShifts: false,
    swedishLevel: 'B2',
    availableFrom: '2026-12-01',
  },
}

describe('built-in HTML messages in headless Chromium at 412 px', () => {
  for (const stage of STAGES)
    for (const locale of LOCALES)
      it(`${stage} (${locale})`, async () => {
        // A stage is shown for a result it fits (a message refuses any other: stage_mismatch).
        const result = fitStage(screener, screener.screen(application, { now: 'arrival' }), stage)
        const message = renderMessage(result, {
          screener,
          now: new Date('2026-11-20T10:00:00+01:00'),
          stage,
          locale,
          ...(stage === 'talent-pool' ? { talentPoolUrl: 'https://ats.example/pool/b-1' } : {}),
        })
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
          if (message.text.includes(screener.criteria.job.contact.email))
            expect(seen.links).toContain(`mailto:${screener.criteria.job.contact.email}`)
          expect(seen.background).toBe(scheme === 'dark' ? 'rgb(22, 24, 29)' : 'rgb(255, 255, 255)')
          const img = decodePng(
            await page.screenshot({ path: join(shots, `message-${stage}.${locale}.${scheme}.png`), fullPage: true }),
          )
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

// A custom template that writes HTML (allowed elements only, checked when it loads): Chromium
// shows the words its text part has, its lists as lists, its links to https: and mailto: only.
describe('a custom HTML template in headless Chromium at 412 px', () => {
  const letter = `Subject: Your application for {{job.title}}

<h2>Your application for {{job.title}}</h2>
<p>Hi {{#if candidate.firstName}}{{candidate.firstName}}{{else}}there{{/if}},</p>
<p>Thank you for applying &ndash; we read every application.<br>
This time the role needs <strong>{{list unmet}}</strong>.</p>
<ul>
{{#each unmet}}<li>{{this}}</li>
{{/each}}</ul>
<ol>
<li>Read <a href="https://acme.example/careers?team=warehouse&amp;lang=en">our careers page</a>.</li>
<li>Write to <a href="mailto:jobs@acme.example">jobs@acme.example</a> or {{job.contact.email}}.</li>
</ol>
{{#if job.url}}<p><a href="{{job.url}}">Our openings</a></p>{{/if}}
<blockquote>We hire for what you can do.</blockquote>
<hr>

{{signature}}
`
  for (const scheme of ['light', 'dark'] as const)
    it(scheme, async () => {
      const { loadTemplates } = await import('../../src/criteria/load-templates')
      const { loadCriteriaText } = await import('../../src/screen/load-criteria')
      const { readFileSync } = await import('node:fs')
      const yaml = readFileSync(join(__dirname, '../../rules/lagerarbetare.yaml'), 'utf8').replace(
        /^locale: \w+/m,
        (l) => `${l}\nmessages:\n  templates:\n    rejected: { en: letter.en.hbs }`,
      )
      const custom = compileCriteria(await loadTemplates(loadCriteriaText(yaml), { 'letter.en.hbs': letter }))
      const result = custom.screen(
        { ...application, candidate: { firstName: 'Fatima', locale: 'en' } },
        { now: 'arrival' },
      )
      const message = renderMessage(result, {
        screener: custom,
        now: new Date('2026-11-20T10:00:00+01:00'),
        stage: 'rejected',
        locale: 'en',
      })
      const page = await browser.newPage({ viewport: { width: 412, height: 900 }, colorScheme: scheme })
      await page.route('**/*', (route) => route.abort())
      await page.setContent(message.html)
      const seen = await page.evaluate(() => ({
        text: document.body.innerText,
        overflow: document.documentElement.scrollWidth > window.innerWidth,
        links: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')),
        items: document.querySelectorAll('li').length,
        nested: document.querySelectorAll('p p, p ul, p ol, a a').length,
      }))
      expect(seen.overflow, 'no sideways scrolling at 412 px').toBe(false)
      expect(seen.nested, 'no paragraph around a block, no link in a link').toBe(0)
      for (const href of seen.links) expect(href).toMatch(/^(https:\/\/|mailto:)/)
      // The text part has the words Chromium shows; besides, only list markers and link addresses in brackets.
      const words = (s: string) =>
        s
          .replace(/ \([^\s()]+\)/g, '')
          .split(/\s+/)
          .filter((w) => w && w !== '•' && !/^\d+\.$/.test(w))
          .join(' ')
      expect(words(message.text)).toBe(words(seen.text))
      expect(seen.items).toBe(message.text.split('\n').filter((l) => /^(• |\d+\. )/.test(l)).length)
      await page.screenshot({ path: join(shots, `message-custom-html.${scheme}.png`), fullPage: true })
      await page.close()
    }, 60_000)
})
