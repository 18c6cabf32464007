/// <reference lib="dom" />
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { ROOT, SHOTS, useStudioBrowser } from '../helpers/studio'

// A Swedish recruiter's page, in Swedish throughout: the decision (a merit gives points and is
// never "krävs", the closing date by its name, an answer over a question's max says the max, an
// answer for a person shows the answer and the file's reviewNote), the message tab's stages by
// their Swedish names (inside the sentences too), and the editor's completion docs.
// The stages' slugs (the CLI's --stage), which the Swedish page never shows.
const SLUGS = /\b(received|advance|rejected|late|talent-pool|job-closed|rejected-by-person|rejected-after-interview)\b/

const env = useStudioBrowser({
  folder: () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'autoscreen-studio-sv-')), 'jobb')
    mkdirSync(folder)
    for (const f of ['underskoterska-hemtjanst.yaml', 'lagerarbetare.yaml'])
      copyFileSync(join(ROOT, 'rules', f), join(folder, f))
    return folder
  },
})

async function open(file: string, clock = '2026-12-01T09:00:00Z'): Promise<Page & { errors: string[] }> {
  const context = await env.browser.newContext({
    viewport: { width: 1280, height: 1000 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  })
  await context.addInitScript(() => window === window.top && localStorage.setItem('autoscreen-studio:locale', 'sv'))
  // The page screens at its own clock, and lagerarbetare.yaml closes on 2026-12-06: at a time
  // after that every application to it is late. These tests read the stages of an open job.
  await context.clock.setFixedTime(new Date(clock))
  const page = (await context.newPage()) as Page & { errors: string[] }
  page.errors = []
  page.on('pageerror', (e) => page.errors.push(e.message))
  await page.goto(env.studio.newAddress())
  await page.getByRole('button', { name: file }).click()
  await expect.poll(() => page.locator('#file-title').textContent()).toBe(file)
  return page
}

describe('the Swedish page', () => {
  // Found in a Swedish trial: the form's application came in "now", so after a job had closed
  // every try was rejected on the closing date, whatever the recruiter answered.
  it('tries a closed job with an application on its closing day, not one that is late', async () => {
    const page = await open('lagerarbetare.yaml', '2026-12-20T10:00:00Z')
    await expect.poll(() => page.getByLabel('Ansökan kom in').inputValue()).toBe('2026-12-06T09:00')
    const deadline = page.locator('#panel-form .result [data-criterion="deadline"]')
    await expect.poll(() => deadline.getAttribute('data-status')).toBe('met')
    // Moved past the closing day by the recruiter, the try is late: the closing date still counts.
    await page.getByLabel('Ansökan kom in').fill('2026-12-07T09:00')
    await expect.poll(() => deadline.getAttribute('data-status')).toBe('unmet')
    expect(page.errors).toEqual([])
  })

  it('words the decision in Swedish: the closing date, points, the max, the answer a person judges and its note', async () => {
    const page = await open('underskoterska-hemtjanst.yaml')
    await page.getByLabel('Vilken vårdutbildning har du?').selectOption('Annan motsvarande utbildning')
    await page.getByLabel('Hur många månader har du arbetat inom vård och omsorg?').fill('700')
    await page.locator('[data-field="kunskaper"]').getByLabel('Demensvård').check()
    const result = page.locator('#panel-form .result')
    await expect
      .poll(() => result.locator('[data-criterion="kompetens"] .why').textContent())
      .toBe(
        'Svaret 700 på ”Hur många månader har du arbetat inom vård och omsorg?” går inte att använda: frågan tar emot högst 600. En person tittar på ansökan.',
      )
    expect(await result.locator('[data-criterion="utbildning"] .why').textContent()).toBe(
      'En person bedömer svaret ”Annan motsvarande utbildning” på ”Vilken vårdutbildning har du?”. Till den som bedömer: Bedöm om utbildningen motsvarar vård- och omsorgsprogrammet; begär kursintyg.',
    )
    expect(await result.locator('[data-criterion="deadline"] strong').textContent()).toBe('sista ansökningsdag')
    expect(await result.locator('.score').textContent()).toBe('Poäng: 0 av 3 (går vidare från 1 poäng)')
    // A merit (2 points) is not met: what its rule asks for gives points, it is never required.
    const merit = (await result.locator('[data-criterion="kunskaper"] .why').textContent())!
    expect(merit).toContain('ger poäng')
    expect(merit).not.toContain('krävs')
    await result.screenshot({ path: join(SHOTS, 'studio-result-sv.png') })
    expect(page.errors).toEqual([])
    await page.context().close()
  })

  it('names the message stages in Swedish, in the list and in the sentences', async () => {
    const page = await open('lagerarbetare.yaml')
    await page.locator('[data-field="workPermit"]').getByLabel('Nej').check()
    await page.getByRole('tab', { name: 'Meddelandet' }).click()
    const stage = page.getByLabel('Steg')
    await expect.poll(() => stage.inputValue()).toBe('rejected')
    const options = await stage.locator('option').allTextContents()
    expect(options).toContain('Avslag')
    expect(options).toContain('Vidare till nästa steg (passar inte beslutet)')
    for (const o of options) expect(o).not.toMatch(SLUGS)
    await stage.selectOption('advance')
    const body = page.locator('#panel-message .message-body')
    await expect
      .poll(() => body.textContent())
      .toBe(
        'Meddelandet ”Vidare till nästa steg” är för en ansökan som går vidare, och här är programmets beslut ”Avböjs”. Ett meddelande säger aldrig något som inte har beslutats. Till det här beslutet hör ”Avslag”.',
      )
    await page.locator('#panel-message').screenshot({ path: join(SHOTS, 'studio-message-sv.png') })
    expect(page.errors).toEqual([])
    await page.context().close()
  })

  it('describes the keys the editor completes in Swedish', async () => {
    const page = await open('lagerarbetare.yaml')
    await page.locator('.cm-content').click()
    // The end of the line `    required: true` of the first criterion, then a new key there.
    const line = page.locator('.cm-line', { hasText: 'required: true' }).first()
    await line.click()
    await page.keyboard.press('End')
    await page.keyboard.press('Enter')
    await page.keyboard.type('weig')
    await page.keyboard.press('Control+Space')
    await expect
      .poll(() => page.locator('.cm-completionInfo').textContent())
      .toBe('Poäng som ett meriterande kriterium (inget krav) ger när det är uppfyllt.')
    expect(page.errors).toEqual([])
    await page.context().close()
  })
})
