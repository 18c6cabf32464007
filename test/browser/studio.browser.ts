/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { ROOT, SHOTS, useStudioBrowser } from '../helpers/studio'
import { loadCriteria } from '../../src/node/load-criteria'
import { runRuleTests } from '../../src/node/run-rule-tests'
import { decodePng } from './png'

// The Criteria Studio as a recruiter uses it, in Debian's Chromium driven by playwright-core,
// on a temporary copy of rules/: a typo shows as a located error and goes away when fixed; the
// form changes the decision from pass to reject with the reason; the Swedish rejection is
// previewed; a test case and the file are saved and checked on disk; unsaved work survives a
// reload; keyboard-only use and an axe-core check; screenshots at 1280 and 412 px.

const env = useStudioBrowser({
  folder: () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'autoscreen-studio-e2e-')), 'rules')
    cpSync(join(ROOT, 'rules'), folder, { recursive: true })
    return folder
  },
})

async function openStudio(width: number, options: { bypassCSP?: boolean } = {}): Promise<Page> {
  const context = await env.browser.newContext({
    viewport: { width, height: 900 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    ...options,
  })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  // Each browser context is a recruiter's new tab: a fresh one-time address (the page exchanges
  // it for a session kept in the tab, and takes it out of the address bar).
  await page.goto(env.studio.newAddress())
  await page.getByRole('button', { name: 'lagerarbetare.yaml' }).click()
  expect(page.url()).not.toContain('token=')
  await expect.poll(() => page.locator('#file-title').textContent()).toBe('lagerarbetare.yaml')
  await page.locator('.outcome').waitFor()
  ;(page as Page & { errors: string[] }).errors = errors
  return page
}
const problems = (page: Page) => page.locator('#problem-list li').allTextContents()
const outcome = (page: Page) => page.locator('.outcome').getAttribute('data-outcome')

async function inkPixels(png: Buffer): Promise<number> {
  const img = decodePng(png)
  const bg = img.pixel(img.width - 3, img.height - 3)
  let ink = 0
  for (let y = 0; y < img.height; y += 3)
    for (let x = 0; x < img.width; x += 3) {
      const [r, g, b] = img.pixel(x, y)
      if (Math.abs(r - bg[0]) + Math.abs(g - bg[1]) + Math.abs(b - bg[2]) > 150) ink++
    }
  return ink
}

describe('Criteria Studio in headless Chromium', () => {
  it('a typo is a located error; fixed, it is gone; answers move the decision from pass to reject with the reason; the Swedish rejection; a saved test case and file', async () => {
    const page = await openStudio(1280)
    expect(await problems(page)).toEqual(['Inga problem'])

    // A typo in the first criterion's "required", typed as a person would (paging down to it).
    const line = page.locator('.cm-line', { hasText: /^\s*required: true$/ }).first()
    await page.locator('.cm-content').click()
    for (let i = 0; i < 20 && !(await line.count()); i++) await page.keyboard.press('PageDown')
    await line.click()
    await page.keyboard.press('Home')
    await page.keyboard.type('x')
    await expect
      .poll(async () => (await problems(page)).join('\n'), { timeout: 5000 })
      .toMatch(/^rad \d+:5 ✖ okänd nyckel "xrequired" i criteria\[0\]; menade du "required"\? unknown_key$/m)
    await expect.poll(() => page.locator('.cm-lint-marker-error').count()).toBeGreaterThan(0)
    await page.keyboard.press('Backspace')
    await expect.poll(() => problems(page)).toEqual(['Inga problem'])

    // The form as the candidate sees it, filled in to pass.
    await page.getByLabel('Ansökan kom in').fill('2026-11-20T10:00')
    const field = (name: string) => page.locator(`[data-field="${name}"]`)
    await field('workPermit').getByLabel('Ja').check()
    await field('truckLicence').getByLabel('B1 (motviktstruck)').check()
    await field('warehouseMonths').getByRole('spinbutton').fill('12')
    await field('eveningShifts').getByLabel('Ja').check()
    await field('swedishLevel').getByRole('combobox').selectOption('B2')
    await field('driversLicence').getByLabel('B', { exact: true }).check()
    await field('availableFrom').locator('input').fill('2026-12-01')
    await expect.poll(() => outcome(page)).toBe('pass')
    // No evening shifts: rejected, and the criterion says why.
    await field('eveningShifts').getByLabel('Nej').check()
    await expect.poll(() => outcome(page)).toBe('reject')
    const unmet = page.locator('[data-criterion="kvallsskift"]')
    expect(await unmet.getAttribute('data-status')).toBe('unmet')
    expect(await unmet.textContent()).toContain('möjlighet att arbeta kvällsskift måndag till fredag')
    expect(await unmet.textContent()).toContain(
      'Svaret på ”Kan du arbeta kvällsskift (15–23), måndag till fredag?” är nej; ja krävs',
    )
    // The rule read aloud, in the page's language, next to the criterion.
    expect(await unmet.locator('.rule-text').textContent()).toBe(
      'Krav: svaret på ”Kan du arbeta kvällsskift (15–23), måndag till fredag?” är ja.',
    )
    await page.screenshot({ path: join(SHOTS, 'studio-form-1280.png') })

    // The Swedish rejection, as sent, with its send time.
    await page.getByRole('tab', { name: 'Meddelandet' }).click()
    const text = await page.locator('.message-text').textContent()
    expect(text).toContain(
      'För tjänsten krävs möjlighet att arbeta kvällsskift måndag till fredag, och utifrån dina svar kunde vi inte se att det kravet är uppfyllt.',
    )
    expect(text).toMatch(/^Din ansökan till Vätterlogistik AB – Lagerarbetare, kvällsskift\n\nHej Kim!/)
    // Friday 10:00 + 4 h is after the Friday 12:00 cut-off: Monday 08:00.
    expect(await page.locator('.send-at').textContent()).toMatch(/^Skickas: måndag 23 november 2026 (kl\. )?08:00/)
    expect(await page.locator('iframe.message-html').getAttribute('sandbox')).toBe('')
    await page.screenshot({ path: join(SHOTS, 'studio-message-1280.png') })

    // Save the answers as a test case: on disk, and passing.
    await page.getByRole('tab', { name: 'Testfall' }).click()
    await expect.poll(() => page.locator('.test-run .summary').textContent()).toBe('6 godkända, 0 underkända')
    await page.getByLabel('Namn på testfallet').fill('inga kvällsskift är ett nej')
    expect(await page.getByLabel('Förväntat beslut').inputValue()).toBe('reject')
    await page.getByRole('button', { name: 'Spara formulärets svar som testfall' }).click()
    await expect.poll(() => page.locator('[role=status]', { hasText: 'Testfallet sparat i' }).count()).toBe(1)
    const testFile = readFileSync(join(env.folder, 'lagerarbetare.test.yaml'), 'utf8')
    expect(testFile).toContain('  - name: inga kvällsskift är ett nej\n')
    expect(testFile).toContain('expect: { outcome: reject, unmet: [kvallsskift] }')
    const report = await runRuleTests(join(env.folder, 'lagerarbetare.test.yaml'))
    expect([report.passed, report.failed]).toEqual([7, 0])

    // A new criterion without JSON Logic, then Ctrl+S: the file on disk has it and loads.
    await page.getByRole('tab', { name: 'Kriterier' }).click()
    await page.getByRole('button', { name: 'Nytt kriterium' }).click()
    await page.getByLabel('Fråga', { exact: true }).selectOption('warehouseMonths')
    await page.getByLabel('Villkor').selectOption('atLeast')
    await page.getByLabel('Värde').fill('12')
    await page.getByLabel('Meriterande: ger poäng').check()
    await page.getByLabel('Id', { exact: true }).fill('lang-erfarenhet')
    await page.getByLabel(/Skäl på svenska/).fill('minst {{min}} månaders erfarenhet av lagerarbete')
    await page.getByLabel(/Skäl på engelska/).fill('at least {{min}} months of warehouse experience')
    await page.getByRole('button', { name: 'Spara kriteriet' }).click()
    await expect.poll(() => page.locator('#save-state').textContent()).toBe('Inte sparad')
    await page.locator('.cm-content').click()
    await page.keyboard.press('Control+s')
    await expect.poll(() => page.locator('#save-state').textContent()).toBe('Sparad')
    const saved = readFileSync(join(env.folder, 'lagerarbetare.yaml'), 'utf8')
    expect(saved).toContain(
      '  - id: lang-erfarenhet\n    rule: { ">=": [{ var: warehouseMonths }, 12] }\n    weight: 1\n    reason: { sv: "minst {{min}} månaders erfarenhet av lagerarbete", en: "at least {{min}} months of warehouse experience" }',
    )
    expect((await loadCriteria(join(env.folder, 'lagerarbetare.yaml'))).criteria.criteria.at(-1)!.id).toBe(
      'lang-erfarenhet',
    )
    expect((page as Page & { errors: string[] }).errors).toEqual([])
  }, 120_000)

  it('"Kriterier": an empty or non-numeric number is refused in the form, in Swedish and English, and nothing is written (the hostile review of #20)', async () => {
    const page = await openStudio(1280)
    const editorText = () =>
      page.evaluate(() => [...document.querySelectorAll('.cm-line')].map((l) => l.textContent).join('\n'))
    const before = await editorText()
    const status = page.locator('.criterion-form [role="status"]')
    await page.getByRole('tab', { name: 'Kriterier' }).click()
    await page.getByRole('button', { name: 'Nytt kriterium' }).click()
    await page.getByLabel('Fråga', { exact: true }).selectOption('warehouseMonths')
    await page.getByLabel('Villkor').selectOption('atLeast')
    await page.getByLabel('Id', { exact: true }).fill('tom')
    // Empty: Number('') would be 0, and ">= 0" would decide without a word.
    await page.getByLabel('Värde').fill('')
    await page.getByRole('button', { name: 'Spara kriteriet' }).click()
    await expect.poll(() => status.textContent()).toBe('Fyll i ett tal i ”Värde”: ett tomt fält är inget tal.')
    expect(await page.getByLabel('Värde').getAttribute('aria-invalid')).toBe('true')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('number')
    // Not a number: what the browser cannot read as one ("1e", "--") reaches the page as an empty value.
    await page.getByLabel('Värde').focus()
    await page.keyboard.type('1e')
    await page.getByRole('button', { name: 'Spara kriteriet' }).click()
    await expect
      .poll(() => status.textContent())
      .toBe('”Värde” är inget tal. Skriv ett tal, till exempel 12 eller 2,5.')
    // Between: each end; points of a preferred criterion too.
    await page.getByLabel('Villkor').selectOption('between')
    await page.getByLabel('Till', { exact: true }).fill('24')
    await page.getByRole('button', { name: 'Spara kriteriet' }).click()
    await expect.poll(() => status.textContent()).toBe('Fyll i ett tal i ”Från”: ett tomt fält är inget tal.')
    await page.getByLabel('Från', { exact: true }).fill('6')
    await page.getByLabel('Meriterande: ger poäng').check()
    await page.getByLabel('Poäng om uppfyllt').fill('')
    await page.getByRole('button', { name: 'Spara kriteriet' }).click()
    await expect
      .poll(() => status.textContent())
      .toBe('Fyll i ett tal i ”Poäng om uppfyllt”: ett tomt fält är inget tal.')
    // Nothing was written: the editor holds the file as it was (every change to it shows as unsaved).
    expect(await editorText()).toBe(before)
    expect(await page.locator('#save-state').textContent()).not.toBe('Inte sparad')

    // In English.
    await page.locator('#lang').selectOption('en')
    await page.getByRole('tab', { name: 'Criteria' }).click()
    await page.getByRole('button', { name: 'New criterion' }).click()
    await page.getByLabel('Question', { exact: true }).selectOption('warehouseMonths')
    await page.getByLabel('Condition').selectOption('atMost')
    await page.getByLabel('Id', { exact: true }).fill('empty')
    await page.getByRole('button', { name: 'Save the criterion' }).click()
    await expect.poll(() => status.textContent()).toBe('Enter a number in “Value”: an empty field is no number.')
    expect(await editorText()).toBe(before)
    expect(await page.locator('#save-state').textContent()).not.toBe('Not saved')
    // Put right, it is written.
    await page.getByLabel('Value').fill('36')
    await page.getByRole('button', { name: 'Save the criterion' }).click()
    await expect
      .poll(() => page.locator('.criteria-status').textContent())
      .toBe('Criterion saved in the editor. Save the file when you are happy with it.')
    await expect.poll(() => page.locator('#save-state').textContent()).toBe('Not saved')
    await page.locator('.cm-content').click()
    await page.keyboard.press('Control+End')
    await expect
      .poll(() => page.locator('.cm-line', { hasText: 'rule: { "<=": [{ var: warehouseMonths }, 36] }' }).count())
      .toBe(1)
    expect((page as Page & { errors: string[] }).errors).toEqual([])
  }, 60_000)

  it("the message tab shows a person's decision: reasons and an interview change the message; a stage that does not fit and a decision without reasons are explained, in Swedish and English", async () => {
    // bypassCSP only so that the test can inject axe-core; the page itself runs under the server's CSP.
    const page = await openStudio(1280, { bypassCSP: true })
    await page.getByLabel('Ansökan kom in').fill('2026-11-20T10:00')
    const field = (name: string) => page.locator(`[data-field="${name}"]`)
    await field('workPermit').getByLabel('Ja').check()
    await field('truckLicence').getByLabel('B1 (motviktstruck)').check()
    await field('warehouseMonths').getByRole('spinbutton').fill('12')
    await field('eveningShifts').getByLabel('Ja').check()
    await field('swedishLevel').getByRole('combobox').selectOption('B2')
    await field('driversLicence').getByLabel('B', { exact: true }).check()
    await field('availableFrom').locator('input').fill('2026-12-01')
    await expect.poll(() => outcome(page)).toBe('pass')

    await page.getByRole('tab', { name: 'Meddelandet' }).click()
    const panel = page.locator('#panel-message')
    const stage = panel.getByLabel('Steg')
    const body = panel.locator('.message-body')
    const text = () => panel.locator('.message-text').textContent()
    expect(await stage.inputValue()).toBe('advance')
    // The program passed it: a rejection is marked as not fitting, and chosen, it is explained instead of shown.
    expect(await stage.locator('option[value="rejected"]').textContent()).toBe('Avslag (passar inte beslutet)')
    expect(await stage.locator('option[value="advance"]').textContent()).toBe('Vidare till nästa steg')
    await stage.selectOption('rejected')
    await expect
      .poll(() => body.textContent())
      .toBe(
        'Meddelandet ”Avslag” är för ett avslag som programmet har gjort, och här är programmets beslut ”Går vidare”. Ett meddelande säger aldrig något som inte har beslutats. Till det här beslutet hör ”Vidare till nästa steg”.',
      )
    expect(await body.locator('[data-problem="stage_mismatch"]').count()).toBe(1)
    expect(await panel.locator('.message-text').count()).toBe(0)

    // A person rejects it: without reasons, the page says what is missing; the stage follows the decision.
    await panel.getByLabel('en person').check()
    expect(await panel.getByLabel('Avböjs').isChecked()).toBe(true)
    await expect
      .poll(() => body.textContent())
      .toBe(
        'Ett avslag behöver skäl: kryssa i de krav som personen fann inte uppfyllda, eller skriv ett skäl med egna ord. Den sökande får veta just dessa skäl och inga andra.',
      )
    expect(await body.locator('[data-problem="invalid_decision"]').count()).toBe(1)
    // A criterion ticked: the message names it, and only it, and never as automatic.
    await panel.getByLabel('möjlighet att arbeta kvällsskift måndag till fredag').check()
    await expect.poll(() => stage.inputValue()).toBe('rejected-by-person')
    await expect.poll(text).toContain('möjlighet att arbeta kvällsskift måndag till fredag')
    expect(await text()).toMatch(/^Din ansökan till Vätterlogistik AB – Lagerarbetare, kvällsskift\n\nHej Kim!/)
    expect(await text()).not.toContain('truckkort')
    expect(await text()).not.toMatch(/automatiskt/)
    // A reason in own words is needed in both languages the job's messages go out in.
    await panel
      .getByLabel('Skäl med egna ord, på svenska')
      .fill('Vi behöver någon som kan arbeta kvällar redan i december.')
    await expect
      .poll(() => body.textContent())
      .toBe(
        'Skälet med egna ord behövs också på engelska: meddelandena för den här tjänsten skickas på svenska och engelska, och skälet skickas som det är skrivet.',
      )
    await panel
      .getByLabel('Skäl med egna ord, på engelska')
      .fill('We need someone who can work evenings already in December.')
    await expect.poll(text).toContain('Vi behöver någon som kan arbeta kvällar redan i december.')
    // After an interview: the thank-you for the interview, sent no earlier than the policy allows after it.
    await panel.getByLabel('Efter en intervju').check()
    await panel.getByLabel('Intervjun hölls').fill('2026-11-26T10:00')
    await expect.poll(() => stage.inputValue()).toBe('rejected-after-interview')
    await expect.poll(text).toContain('Vi behöver någon som kan arbeta kvällar redan i december.')
    expect(await text()).toMatch(/intervju/i)
    expect(await panel.locator('.send-at').textContent()).toMatch(/^Skickas: fredag 27 november 2026 (kl\. )?10:00/)
    // An interview before the application came in is refused, in words.
    await panel.getByLabel('Intervjun hölls').fill('2026-11-01T10:00')
    await expect
      .poll(() => body.textContent())
      .toBe('Intervjun kan inte ha hållits innan ansökan kom in: välj en tid efter den.')
    await panel.getByLabel('Intervjun hölls').fill('2026-11-26T10:00')
    await expect.poll(() => stage.inputValue()).toBe('rejected-after-interview')
    await page.screenshot({ path: join(SHOTS, 'studio-person-rejection-sv.png'), fullPage: true })
    // The email as sent, in its sandbox: drawn, with the person's reason in it.
    const html = panel.locator('iframe.message-html')
    expect(await html.getAttribute('srcdoc')).toContain('Vi behöver någon som kan arbeta kvällar redan i december.')
    await html.scrollIntoViewIfNeeded()
    expect(
      await inkPixels(await html.screenshot({ path: join(SHOTS, 'studio-person-rejection-sv-html.png') })),
    ).toBeGreaterThan(1000)
    // The decision and its message in one view (a tall window: the page's panes scroll on their own).
    await page.setViewportSize({ width: 1280, height: 1400 })
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.locator('#tab-message').scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(SHOTS, 'studio-person-rejection-sv-1280.png') })
    await page.setViewportSize({ width: 1280, height: 900 })

    // Every control of the tab has a label, and axe-core finds nothing serious.
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('#panel-message input, #panel-message select, #panel-message textarea')]
        .filter((el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute('aria-label'))
        .map((el) => el.outerHTML.slice(0, 80)),
    )
    expect(unlabelled).toEqual([])
    await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') })
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: Element,
              o: object,
            ) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>
          }
        }
      ).axe
      const r = await axe.run(document.querySelector('#panel-message')!, { resultTypes: ['violations'] })
      return r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.slice(0, 3))}`)
    })
    expect(violations).toEqual([])

    // In English: the same decision, its controls and the message in English.
    await page.locator('#lang').selectOption('en')
    await expect.poll(() => panel.getByLabel('Stage').inputValue()).toBe('rejected-after-interview')
    expect(await panel.getByLabel('a person').isChecked()).toBe(true)
    expect(await panel.getByLabel('Reason in your own words, in English').inputValue()).toBe(
      'We need someone who can work evenings already in December.',
    )
    await expect.poll(text).toContain('We need someone who can work evenings already in December.')
    expect(await text()).toContain('Hi Kim,')
    expect(await panel.locator('.send-at').textContent()).toMatch(/^Sent: Friday,? 27 November 2026 (at )?10:00/)
    await page.screenshot({ path: join(SHOTS, 'studio-person-rejection-en.png'), fullPage: true })
    // An advance for a rejection: explained in English.
    await panel.getByLabel('Stage').selectOption('advance')
    await expect
      .poll(() => body.textContent())
      .toBe(
        'The “On to the next step” message is for an application that goes on, and here a person rejected it after an interview. A message never says what was not decided. The message for this decision is “Rejection after an interview”.',
      )
    // Without reasons, in English.
    await panel.getByLabel('After an interview').uncheck()
    await panel.getByLabel('Reason in your own words, in Swedish').fill('')
    await panel.getByLabel('Reason in your own words, in English').fill('')
    await panel.getByLabel('availability for evening shifts Monday to Friday').uncheck()
    await expect
      .poll(() => body.textContent())
      .toBe(
        'A rejection needs its reasons: tick the requirements the person found unmet, or write a reason in your own words. The candidate is told these reasons and no others.',
      )
    // The program again: its own message, and no word of the person.
    await panel.getByLabel('the program').check()
    await expect.poll(() => panel.getByLabel('Stage').inputValue()).toBe('advance')
    expect(await panel.locator('.person-decision').isHidden()).toBe(true)
    expect((page as Page & { errors: string[] }).errors).toEqual([])
  }, 120_000)

  it('unsaved changes survive a reload (the tab keeps its session)', async () => {
    const page = await openStudio(1280)
    const line = page.locator('.cm-line', { hasText: /^version:/ }).first()
    const before = (await line.textContent())!
    await line.click()
    await page.keyboard.press('End')
    await page.keyboard.type('1')
    await expect.poll(() => page.locator('#save-state').textContent()).toBe('Inte sparad')
    await page.reload()
    await page.getByRole('button', { name: 'lagerarbetare.yaml' }).click()
    await expect.poll(() => page.locator('#save-state').textContent()).toBe('Osparade ändringar återställda')
    expect(
      await page
        .locator('.cm-line', { hasText: /^version:/ })
        .first()
        .textContent(),
    ).toBe(`${before}1`)
    expect(readFileSync(join(env.folder, 'lagerarbetare.yaml'), 'utf8')).toContain(`\n${before}\n`)
  }, 60_000)

  it('a YAML alias inside the value it names is a located problem, and the page keeps answering (it used to hang)', async () => {
    const page = await openStudio(1280)
    await page.locator('.cm-content').click()
    await page.keyboard.press('Control+End')
    await page.keyboard.press('Enter')
    await page.keyboard.type('notes: &n [a, *n]')
    await expect
      .poll(async () => (await problems(page)).join('\n'), { timeout: 10_000 })
      .toMatch(/^rad \d+:15 ✖ aliaset \*n står inuti värdet det pekar på/m)
    // The main thread answers at once: the page is alive, and the fix undoes the problem.
    expect(await page.evaluate(() => document.title)).toBeTruthy()
    for (let i = 0; i < 'notes: &n [a, *n]'.length + 1; i++) await page.keyboard.press('Backspace')
    await expect.poll(() => problems(page)).toEqual(['Inga problem'])
    expect((page as Page & { errors: string[] }).errors).toEqual([])
  }, 60_000)

  it('works with the keyboard alone: tabs move with the arrow keys, every control has a label', async () => {
    const page = await openStudio(1280)
    await page.getByRole('tab', { name: 'Formuläret' }).focus()
    await page.keyboard.press('ArrowRight')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-message')
    expect(await page.getByRole('tab', { name: 'Meddelandet' }).getAttribute('aria-selected')).toBe('true')
    await page.keyboard.press('ArrowLeft')
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('input, select, textarea')]
        .filter((el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute('aria-label'))
        .map((el) => el.outerHTML.slice(0, 80)),
    )
    expect(unlabelled).toEqual([])
  }, 60_000)

  it('has no serious or critical accessibility violations (axe-core), and renders at 1280 and 412 px', async () => {
    for (const width of [1280, 412]) {
      // bypassCSP only so that the test can inject axe-core; the page itself runs under the server's CSP.
      const page = await openStudio(width, { bypassCSP: true })
      await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') })
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (
                ctx: Document,
                o: object,
              ) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>
            }
          }
        ).axe
        const r = await axe.run(document, { resultTypes: ['violations'] })
        return r.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.slice(0, 3))}`)
      })
      expect(violations, `width ${width}`).toEqual([])
      const png = await page.screenshot({ path: join(SHOTS, `studio-${width}.png`), fullPage: width === 412 })
      expect(await inkPixels(png), `width ${width}`).toBeGreaterThan(3000)
    }
  }, 90_000)
})
