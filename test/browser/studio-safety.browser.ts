/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { ROOT, SHOTS, useStudioBrowser } from '../helpers/studio'
import { runRuleTests } from '../../src/node/run-rule-tests'

// The Criteria Studio never loses work, works from the keyboard, and keeps test cases as a
// recruiter would, in Debian's Chromium: the 0-byte save of the issue reproduced and shown not
// to happen, an earlier version restored, a file changed on disk not overwritten unseen, Tab
// leaving the editor, and the tests tab's cases saved, run, renamed and deleted.
const FILE = 'lagerarbetare.yaml'
const disk = () => readFileSync(join(env.folder, FILE), 'utf8')

const env = useStudioBrowser({
  folder: () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'autoscreen-studio-safety-')), 'rules')
    cpSync(join(ROOT, 'rules'), folder, { recursive: true })
    // The tests tab starts from no test file: every case in it is one this test saved.
    rmSync(join(folder, 'lagerarbetare.test.yaml'))
    return folder
  },
})

type StudioPage = Page & { errors: string[] }
async function openStudio(width: number, options: { bypassCSP?: boolean } = {}): Promise<StudioPage> {
  const context = await env.browser.newContext({
    viewport: { width, height: 900 },
    locale: 'sv-SE',
    timezoneId: 'America/New_York',
    ...options,
  })
  const page = (await context.newPage()) as StudioPage
  page.errors = []
  page.on('pageerror', (e) => page.errors.push(e.message))
  page.on('console', (m) => m.type() === 'error' && !m.text().includes('status of 4') && page.errors.push(m.text()))
  await page.goto(env.studio.newAddress())
  await page.getByRole('button', { name: FILE }).click()
  await expect.poll(() => page.locator('#file-title').textContent()).toBe(FILE)
  await page.locator('.outcome').waitFor()
  return page
}
// The whole document (CodeMirror draws only the lines in view), from the editor's own state.
type Tile = { view: { state: { doc: { toString(): string } } } }
const editorText = (page: Page) =>
  page.evaluate(() => {
    const dom = document.querySelector('#editor .cm-content') as unknown as { cmTile?: Tile; cmView?: Tile }
    return (dom.cmTile ?? dom.cmView)!.view.state.doc.toString()
  })
const saveState = (page: Page) => page.locator('#save-state').textContent()
async function typeAtEndOf(page: Page, line: RegExp, text: string) {
  await page.locator('.cm-line', { hasText: line }).first().click()
  await page.keyboard.press('End')
  await page.keyboard.type(text)
}

describe('Criteria Studio: never lose work', () => {
  it('(a) the 0-byte save of the issue: a restored draft never lies one undo from an empty editor, and an empty save asks first and writes nothing without a yes', async () => {
    const original = disk()
    const page = await openStudio(1280)
    await typeAtEndOf(page, /^version:/, '9')
    await expect.poll(() => saveState(page)).toBe('Inte sparad')
    await page.reload()
    await page.getByRole('button', { name: FILE }).click()
    await expect.poll(() => saveState(page)).toBe('Osparade ändringar återställda')
    // The issue: one Ctrl+Z emptied the editor. Undo as far as it goes: the saved text, never nothing.
    await page.locator('.cm-content').click()
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Control+z')
      expect((await editorText(page)).trim().length, `after ${i + 1} undo`).toBeGreaterThan(100)
    }
    expect(await editorText(page)).toBe(original)
    await page.keyboard.press('Control+s')
    await expect.poll(() => saveState(page)).toBe('Sparad')
    expect(disk()).toBe(original)

    // Emptied on purpose, then Ctrl+S: the page asks, with the reason, and Cancel writes nothing.
    await page.keyboard.press('Control+a')
    await page.keyboard.press('Delete')
    expect((await editorText(page)).trim()).toBe('')
    await page.keyboard.press('Control+s')
    const dialog = page.getByRole('dialog', { name: 'Spara en tom fil?' })
    await dialog.waitFor()
    expect(await dialog.textContent()).toContain('Editorn är tom. Sparar du nu blir kriteriefilen tom')
    await page.screenshot({ path: join(SHOTS, 'studio-safety-empty-1280.png') })
    await dialog.getByRole('button', { name: 'Avbryt' }).click()
    await expect.poll(() => saveState(page)).toBe('Inte sparad: du valde att inte spara.')
    expect(disk()).toBe(original)
    // The page refuses the same save sent without the confirmation (the server's own check).
    const refused = await page.evaluate(async (file) => {
      const res = await fetch(`/api/file?path=${file}`, {
        method: 'PUT',
        body: '',
        headers: { 'x-studio-session': sessionStorage.getItem('autoscreen-studio:session') ?? '' },
      })
      return [res.status, ((await res.json()) as { error: { code: string } }).error.code]
    }, FILE)
    expect(refused).toEqual([422, 'empty_file'])
    expect(disk()).toBe(original)
    // Undo brings the text back: nothing was lost.
    await page.locator('.cm-content').click()
    await page.keyboard.press('Control+z')
    expect(await editorText(page)).toBe(original)
    expect(page.errors).toEqual([])
  }, 90_000)

  it('(b) an earlier version is restored from the dialog and saved', async () => {
    const original = disk()
    const page = await openStudio(1280)
    await typeAtEndOf(page, /^version:/, '7')
    await page.keyboard.press('Control+s')
    await expect.poll(() => saveState(page)).toBe('Sparad')
    expect(disk()).not.toBe(original)
    await page.getByRole('button', { name: 'Tidigare versioner' }).click()
    const dialog = page.getByRole('dialog', { name: /^Tidigare versioner/ })
    await dialog.waitFor()
    await dialog.locator('.version-list button').first().click()
    await expect.poll(() => dialog.locator('.version-preview').textContent()).toBe(original)
    await page.screenshot({ path: join(SHOTS, 'studio-safety-versions-1280.png') })
    await dialog.getByRole('button', { name: 'Återställ i editorn' }).click()
    await expect.poll(() => editorText(page)).toBe(original)
    expect(await saveState(page)).toBe('Versionen är återställd i editorn. Spara när du är nöjd.')
    await page.locator('.cm-content').click()
    await page.keyboard.press('Control+s')
    await expect.poll(() => saveState(page)).toBe('Sparad')
    expect(disk()).toBe(original)
    expect(page.errors).toEqual([])
  }, 60_000)

  it('(c) a file changed on disk since it was opened: the page warns before overwriting, reloads with the recruiter’s text set aside, or overwrites when told to', async () => {
    const page = await openStudio(1280)
    const theirs = disk().replace(/^version: .*$/m, 'version: "från en annan editor"')
    writeFileSync(join(env.folder, FILE), theirs)
    await typeAtEndOf(page, /^version:/, '5')
    const mine = await editorText(page)
    await page.keyboard.press('Control+s')
    const dialog = page.getByRole('dialog', { name: 'Filen har ändrats på disken' })
    await dialog.waitFor()
    expect(disk()).toBe(theirs)
    await page.screenshot({ path: join(SHOTS, 'studio-safety-changed-1280.png') })
    await dialog.getByRole('button', { name: /^Läs in filen från disken/ }).click()
    await expect.poll(() => editorText(page)).toBe(theirs)
    expect(await saveState(page)).toBe('Filen lästes in från disken. Din text finns under Tidigare versioner.')
    // The recruiter's text is there to take back.
    await page.getByRole('button', { name: 'Tidigare versioner' }).click()
    const versions = page.getByRole('dialog', { name: /^Tidigare versioner/ })
    await versions.getByRole('button', { name: 'Din text, undanlagd när filen lästes in från disken' }).click()
    await expect.poll(() => versions.locator('.version-preview').textContent()).toBe(mine)
    await versions.getByRole('button', { name: 'Återställ i editorn' }).click()
    // Changed on disk once more: this time the recruiter overwrites, explicitly.
    writeFileSync(join(env.folder, FILE), `${theirs}# och igen\n`)
    await page.locator('.cm-content').click()
    await page.keyboard.press('Control+s')
    await page
      .getByRole('dialog', { name: 'Filen har ändrats på disken' })
      .getByRole('button', { name: 'Skriv över med min text' })
      .click()
    await expect.poll(() => saveState(page)).toBe('Sparad')
    expect(disk()).toBe(mine)
    expect(page.errors).toEqual([])
  }, 60_000)

  it('(d) Tab leaves the editor and changes nothing; Ctrl+] indents, as the hint beside it says', async () => {
    const page = await openStudio(1280)
    const before = await editorText(page)
    expect(await page.locator('#editor-hint').textContent()).toBe(
      'Tab flyttar vidare från editorn. Ctrl+] drar in raden, Ctrl+[ minskar indraget.',
    )
    expect(await page.locator('.cm-content').getAttribute('aria-describedby')).toBe('editor-hint')
    await page
      .locator('.cm-line', { hasText: /^version:/ })
      .first()
      .click()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => !!document.activeElement?.closest('#editor'))).toBe(false)
    expect(await editorText(page)).toBe(before)
    await page
      .locator('.cm-line', { hasText: /^version:/ })
      .first()
      .click()
    await page.keyboard.press('Control+]')
    expect(
      await page
        .locator('.cm-line', { hasText: /version:/ })
        .first()
        .textContent(),
    ).toMatch(/^ {2}version:/)
    await page.keyboard.press('Control+[')
    expect(await editorText(page)).toBe(before)
    expect(page.errors).toEqual([])
  }, 60_000)
})

describe('Criteria Studio: test cases as a recruiter keeps them', () => {
  const fillPassing = async (page: Page, firstName: string) => {
    await page.getByRole('tab', { name: 'Formuläret' }).click()
    await page.getByLabel('Förnamn').fill(firstName)
    await page.getByLabel('Ansökan kom in').fill('2026-11-20T23:30')
    const field = (name: string) => page.locator(`[data-field="${name}"]`)
    await field('workPermit').getByLabel('Ja').check()
    await field('truckLicence').getByLabel('B1 (motviktstruck)').check()
    await field('warehouseMonths').getByRole('spinbutton').fill('12')
    await field('eveningShifts').getByLabel('Ja').check()
    await field('swedishLevel').getByRole('combobox').selectOption('B2')
    await field('driversLicence').getByLabel('B', { exact: true }).check()
    await field('availableFrom').locator('input').fill('2026-12-01')
    await expect.poll(() => page.locator('.outcome').getAttribute('data-outcome')).toBe('pass')
  }
  const saveCase = async (page: Page, name: string) => {
    await page.getByRole('tab', { name: 'Testfall' }).click()
    await page.getByLabel('Namn på testfallet').fill(name)
    await page.getByRole('button', { name: 'Spara formulärets svar som testfall' }).click()
    await expect
      .poll(() => page.locator('.case-status').textContent())
      .toMatch(/^Testfallet sparat i lagerarbetare\.test\.yaml/)
  }
  const ids = (page: Page) =>
    page.locator('table.case-list tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-case-id')))

  it('(e) three cases saved from the form, run green, one renamed, one deleted, one opened, changed and failing with the CLI’s reasons; after a reload the list is as left', async () => {
    const page = await openStudio(1280)
    await fillPassing(page, 'Åsa')
    await saveCase(page, 'Åsa går vidare')
    await fillPassing(page, 'Åsa')
    await page.locator('[data-field="eveningShifts"]').getByLabel('Nej').check()
    await saveCase(page, 'Åsa utan kvällar')
    await fillPassing(page, 'Björn')
    await saveCase(page, 'Björn går vidare')
    await expect.poll(() => ids(page)).toEqual(['asa', 'asa-2', 'bjorn'])
    await expect.poll(() => page.locator('.test-run .summary').textContent()).toBe('3 godkända, 0 underkända')
    const file = readFileSync(join(env.folder, 'lagerarbetare.test.yaml'), 'utf8')
    // The time as given in the job's zone (Stockholm), with its offset, whatever the browser's zone.
    expect(file).toContain('submittedAt: 2026-11-20T23:30:00+01:00')
    expect((await runRuleTests(join(env.folder, 'lagerarbetare.test.yaml'))).failed).toBe(0)

    // Rename: an id in use is refused in the dialog; a free one is written.
    await page.getByRole('button', { name: 'Byt id asa-2' }).click()
    const rename = page.getByRole('dialog', { name: 'Byt id: asa-2' })
    await rename.getByLabel('Nytt id').fill('bjorn')
    await rename.getByRole('button', { name: 'Byt id' }).click()
    await expect
      .poll(() => rename.getByRole('alert').textContent())
      .toBe('Id:t bjorn finns redan i filen. Välj ett annat.')
    await rename.getByLabel('Nytt id').fill('asa-kvall')
    await rename.getByRole('button', { name: 'Byt id' }).click()
    await expect.poll(() => ids(page)).toEqual(['asa', 'asa-kvall', 'bjorn'])
    // Delete, confirmed.
    await page.getByRole('button', { name: 'Ta bort bjorn' }).click()
    await page
      .getByRole('dialog', { name: 'Ta bort testfallet bjorn?' })
      .getByRole('button', { name: 'Ta bort' })
      .click()
    await expect.poll(() => ids(page)).toEqual(['asa', 'asa-kvall'])

    // Open a case: its answers in the form; changed and saved back expecting what the rules do not do, it fails and says why.
    await page.getByRole('button', { name: 'Öppna asa', exact: true }).click()
    await expect.poll(() => page.getByLabel('Förnamn').inputValue()).toBe('Åsa')
    expect(await page.getByLabel('Ansökan kom in').inputValue()).toBe('2026-11-20T23:30')
    expect(await page.locator('[data-field="eveningShifts"]').getByLabel('Ja').isChecked()).toBe(true)
    await page.locator('[data-field="eveningShifts"]').getByLabel('Nej').check()
    await page.getByRole('tab', { name: 'Testfall' }).click()
    await page.getByRole('button', { name: 'Spara ändringarna i asa' }).waitFor()
    await page.getByLabel('Förväntat beslut').selectOption('pass')
    await page.getByRole('button', { name: 'Spara ändringarna i asa' }).click()
    await expect.poll(() => page.locator('.case-status').textContent()).toBe('Testfallet asa är uppdaterat.')
    await expect.poll(() => page.locator('.test-run .summary').textContent()).toBe('1 godkända, 1 underkända')
    const why = await page.locator('tr[data-case-id="asa"] .why').allTextContents()
    expect(why[0]).toBe('Beslutet: testfallet väntar sig ”Går vidare”, men det blev ”Avböjs”.')
    expect(why[1]).toMatch(/^Poäng \d+ av \d+ \(går vidare från \d+ poäng\)$/)
    expect(await page.locator('.coverage').textContent()).toContain('uppfyllt')
    await page.screenshot({ path: join(SHOTS, 'studio-tests-1280.png') })

    await page.reload()
    await page.getByRole('button', { name: FILE }).click()
    await page.getByRole('tab', { name: 'Testfall' }).click()
    await expect.poll(() => ids(page)).toEqual(['asa', 'asa-kvall'])
    expect(page.errors).toEqual([])
  }, 120_000)

  it('has no serious or critical accessibility violations with the tests tab and the dialogs open, at 1280 and 412 px', async () => {
    for (const width of [1280, 412]) {
      const page = await openStudio(width, { bypassCSP: true })
      await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') })
      const check = async (what: string) => {
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
        expect(violations, `${what} at ${width}`).toEqual([])
      }
      await page.getByRole('tab', { name: 'Testfall' }).click()
      await page.locator('table.case-list').waitFor()
      await check('the tests tab')
      await page.screenshot({ path: join(SHOTS, `studio-tests-${width}.png`), fullPage: width === 412 })
      await page.getByRole('button', { name: 'Tidigare versioner' }).click()
      await page.locator('.version-list button').first().click()
      await page.locator('.version-preview').filter({ hasText: 'id:' }).waitFor()
      await check('the versions dialog')
      await page.screenshot({ path: join(SHOTS, `studio-versions-${width}.png`) })
      await page.keyboard.press('Escape')
      await page.getByRole('button', { name: 'Byt id asa', exact: true }).click()
      await check('the rename dialog')
      await page.keyboard.press('Escape')
    }
  }, 90_000)
})
