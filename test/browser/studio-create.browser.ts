/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { ROOT, SHOTS, startStudioOn, useStudioBrowser } from '../helpers/studio'
import type { StudioServer } from '../../src/cli/studio-server'
import { loadCriteria } from '../../src/node/load-criteria'

// A job from nothing, in the page: the studio started on an empty folder invites a new file;
// the recruiter creates one, fills in the job, adds four questions (yes/no, one of several with
// an option for a person, a whole number with bounds, a date) with forms and the keyboard,
// moves one, writes a comment of their own in the editor, and saves. The file on disk loads,
// keeps the comment, and says what the forms said. In Swedish and in English; axe-core and
// screenshots at 1280 and 412 px.

const env = useStudioBrowser()

const WORDS = {
  sv: {
    noFiles: 'Det finns inga kriteriefiler här än.',
    newFile: 'Ny fil',
    fileName: 'Filnamn',
    create: 'Skapa filen',
    tabJob: 'Jobbet',
    tabFields: 'Frågor',
    titleSv: 'Titel på svenska',
    titleEn: 'Titel på engelska',
    company: 'Företag',
    contactName: 'Kontaktperson',
    contactEmail: 'Kontaktpersonens e-post',
    closesDate: 'Sista ansökningsdag',
    closesTime: 'Klockslag',
    minScore: 'Poäng som krävs för att gå vidare',
    jobSaved: 'Jobbet ändrat i editorn',
    addField: 'Ny fråga',
    fieldName: 'Namn (det reglerna läser)',
    fieldType: 'Typ av svar',
    labelSv: 'Frågan på svenska',
    labelEn: 'Frågan på engelska',
    minimum: 'Minst',
    maximum: 'Högst',
    addOption: 'Lägg till ett alternativ',
    option: 'Alternativ',
    optionSv: 'Så lyder det på svenska',
    optionEn: 'Så lyder det på engelska',
    review: 'Bedöms alltid av en person',
    saveField: 'Spara frågan',
    fieldSaved: 'Frågan sparad',
    moveUp: 'Flytta upp',
    remove: 'Ta bort',
    inUse: 'läses av kriteriet "arbetstillstand"',
    save: 'Spara',
    saved: 'Sparad',
    dateHint: 'ÅÅÅÅ-MM-DD',
  },
  en: {
    noFiles: 'There are no criteria files here yet.',
    newFile: 'New file',
    fileName: 'File name',
    create: 'Create the file',
    tabJob: 'The job',
    tabFields: 'Questions',
    titleSv: 'Title in Swedish',
    titleEn: 'Title in English',
    company: 'Company',
    contactName: 'Contact person',
    contactEmail: 'Contact person’s email',
    closesDate: 'Closing date',
    closesTime: 'Time',
    minScore: 'Points needed to go on',
    jobSaved: 'The job changed in the editor',
    addField: 'New question',
    fieldName: 'Name (what the rules read)',
    fieldType: 'Type of answer',
    labelSv: 'The question in Swedish',
    labelEn: 'The question in English',
    minimum: 'At least',
    maximum: 'At most',
    addOption: 'Add an option',
    option: 'Option',
    optionSv: 'As it reads in Swedish',
    optionEn: 'As it reads in English',
    review: 'Always judged by a person',
    saveField: 'Save the question',
    fieldSaved: 'The question was saved',
    moveUp: 'Move up',
    remove: 'Remove',
    inUse: 'is read by the criterion "arbetstillstand"',
    save: 'Save',
    saved: 'Saved',
    dateHint: 'YYYY-MM-DD',
  },
}

async function openEmpty(
  locale: 'sv' | 'en',
  width: number,
): Promise<{ page: Page; studio: StudioServer; folder: string; errors: string[] }> {
  const folder = join(mkdtempSync(join(tmpdir(), 'autoscreen-studio-create-')), 'jobb')
  mkdirSync(folder)
  const studio = await startStudioOn(folder)
  // bypassCSP only so that the test can inject axe-core; the page itself runs under the server's CSP.
  const context = await env.browser.newContext({
    viewport: { width, height: 900 },
    locale: locale === 'sv' ? 'sv-SE' : 'en-GB',
    timezoneId: 'Europe/Stockholm',
    bypassCSP: true,
  })
  await context.addInitScript((l) => localStorage.setItem('autoscreen-studio:locale', l), locale)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  await page.goto(studio.newAddress())
  return { page, studio, folder, errors }
}

/** Types into the control with this label, as a person does: focus, select what is there, type, Tab away. */
async function typeInto(page: Page, label: string, text: string, nth = 0) {
  await page.getByLabel(label, { exact: true }).nth(nth).focus()
  await page.keyboard.press('Control+A')
  await page.keyboard.type(text)
  await page.keyboard.press('Tab')
}
async function press(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).focus()
  await page.keyboard.press('Enter')
}
const editorText = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('.cm-line')].map((l) => l.textContent).join('\n'))

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') })
  return page.evaluate(async () => {
    const a = (
      window as unknown as {
        axe: {
          run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>
        }
      }
    ).axe
    const r = await a.run(document, { resultTypes: ['violations'] })
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.slice(0, 3))}`)
  })
}

describe('Criteria Studio: a job from nothing', () => {
  for (const locale of ['sv', 'en'] as const) {
    const w = WORDS[locale]
    it(`${locale}: an empty folder, a new file, the job, four questions, one moved, a comment, saved; the file loads`, async () => {
      const { page, studio, folder, errors } = await openEmpty(locale, 1280)
      try {
        await expect.poll(() => page.locator('#file-list').textContent()).toContain(w.noFiles)
        // New file, by keyboard: a name that is no file name is refused in the page's words first.
        await press(page, w.newFile)
        await page.keyboard.type('Lager Jobb')
        await page.keyboard.press('Enter')
        await expect
          .poll(() => page.locator('dialog .form-status').textContent())
          .toMatch(locale === 'sv' ? /små bokstäver/ : /lowercase letters/)
        await typeInto(page, w.fileName, 'lager-jonkoping')
        await press(page, w.create)
        await expect.poll(() => page.locator('#file-title').textContent()).toBe('lager-jonkoping.yaml')
        expect(readdirSync(folder)).toEqual(['lager-jonkoping.yaml'])

        // The job.
        await page.locator('#tab-job').focus()
        await page.keyboard.press('Enter')
        await typeInto(page, w.titleSv, 'Lagerarbetare, kvällsskift')
        await typeInto(page, w.titleEn, 'Warehouse worker, evening shift')
        await typeInto(page, w.company, 'Vätterlogistik AB')
        await typeInto(page, w.contactName, 'Ahmed Karimi')
        await typeInto(page, w.contactEmail, 'jobb@vatterlogistik.example')
        expect(await page.getByLabel(w.closesDate, { exact: true }).getAttribute('placeholder')).toBe(w.dateHint)
        await typeInto(page, w.closesDate, '2026-12-06')
        await typeInto(page, w.closesTime, '23:59')
        await typeInto(page, w.minScore, '0')
        await expect.poll(() => page.locator('#panel-job .form-status').textContent()).toContain(w.jobSaved)
        await expect.poll(() => editorText(page)).toContain('  closesAt: 2026-12-06T23:59')

        // Four questions.
        await page.locator('#tab-fields').focus()
        await page.keyboard.press('Enter')
        const question = async (
          name: string,
          type: string,
          sv: string,
          en: string,
          more: () => Promise<void> = async () => {},
        ) => {
          await press(page, w.addField)
          await page.keyboard.type(name)
          await page.getByLabel(w.fieldType, { exact: true }).selectOption(type)
          await typeInto(page, w.labelSv, sv)
          await typeInto(page, w.labelEn, en)
          await more()
          await press(page, w.saveField)
          await expect.poll(() => page.locator('#panel-fields > .form-status').textContent()).toContain(w.fieldSaved)
        }
        await question('eveningShifts', 'boolean', 'Kan du arbeta kvällsskift?', 'Can you work evening shifts?')
        await question(
          'truckLicence',
          'enum',
          'Vilket truckkort har du?',
          'Which forklift licence do you hold?',
          async () => {
            for (const [i, [value, sv, en]] of [
              ['A', 'A (plocktruck)', 'A (order picker)'],
              ['B', 'B (motviktstruck)', 'B (counterbalance)'],
              ['Annat', 'Annat', 'Other'],
            ].entries()) {
              await press(page, w.addOption)
              await page.keyboard.type(value!)
              await typeInto(page, `${w.optionSv} ${i + 1}`, sv!)
              await typeInto(page, `${w.optionEn} ${i + 1}`, en!)
            }
            await page.getByLabel(w.review, { exact: true }).nth(2).focus()
            await page.keyboard.press('Space')
          },
        )
        await question(
          'warehouseMonths',
          'integer',
          'Hur många månader har du arbetat i lager?',
          'How many months have you worked in a warehouse?',
          async () => {
            await typeInto(page, w.minimum, '0')
            await typeInto(page, w.maximum, '600')
          },
        )
        await question('availableFrom', 'date', 'När kan du börja?', 'When can you start?')
        const names = () =>
          page.locator('.field-list > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-name')))
        expect(await names()).toEqual([
          'workPermit',
          'eveningShifts',
          'truckLicence',
          'warehouseMonths',
          'availableFrom',
        ])

        // A comment of the recruiter's own, written in the editor: later form edits keep it.
        await page.locator('.cm-content').focus()
        await page.keyboard.press('Control+Home')
        await page.keyboard.type('# Skriven för hand: tjänsten tillsätts i januari.')
        await page.keyboard.press('Enter')
        // The forms read the editor again: a label changed there shows in the list.
        await expect.poll(() => editorText(page)).toContain('# Skriven för hand')

        // Move the date question up, by keyboard: focus stays on its button.
        await press(page, `${w.moveUp}: availableFrom`)
        await expect
          .poll(names)
          .toEqual(['workPermit', 'eveningShifts', 'truckLicence', 'availableFrom', 'warehouseMonths'])
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('availableFrom')
        // The move is one change in the editor: undone there, the list follows; redone, it moves again.
        await page.locator('.cm-content').focus()
        await page.keyboard.press('Control+z')
        await expect
          .poll(names)
          .toEqual(['workPermit', 'eveningShifts', 'truckLicence', 'warehouseMonths', 'availableFrom'])
        expect(await editorText(page)).toContain('# Skriven för hand')
        await page.keyboard.press('Control+y')
        await expect
          .poll(names)
          .toEqual(['workPermit', 'eveningShifts', 'truckLicence', 'availableFrom', 'warehouseMonths'])
        // A question a criterion reads is not removed: the page says which.
        await press(page, `${w.remove}: workPermit`)
        await expect.poll(() => page.locator('.field-list .confirm').first().textContent()).toContain(w.inUse)

        // Screenshot and axe with a question's form open.
        await press(page, `${locale === 'sv' ? 'Ändra' : 'Edit'}: truckLicence`)
        expect(await axe(page)).toEqual([])
        await page.screenshot({ path: join(SHOTS, `studio-create-questions-${locale}-1280.png`) })

        // Save (Ctrl+S in the editor), and read the file from disk.
        await page.locator('.cm-content').focus()
        await page.keyboard.press('Control+s')
        await expect.poll(() => page.locator('#save-state').textContent()).toBe(w.saved)
        const file = join(folder, 'lager-jonkoping.yaml')
        const text = readFileSync(file, 'utf8')
        expect(text.startsWith('# Skriven för hand: tjänsten tillsätts i januari.\n')).toBe(true)
        const doc = await loadCriteria(file)
        expect(doc.criteria.job).toMatchObject({
          title: { sv: 'Lagerarbetare, kvällsskift', en: 'Warehouse worker, evening shift' },
          company: 'Vätterlogistik AB',
          contact: { name: 'Ahmed Karimi', email: 'jobb@vatterlogistik.example' },
          closesAt: '2026-12-06T23:59',
        })
        expect(Object.keys(doc.criteria.fields)).toEqual([
          'workPermit',
          'eveningShifts',
          'truckLicence',
          'availableFrom',
          'warehouseMonths',
        ])
        expect(doc.criteria.fields.truckLicence).toEqual({
          type: 'enum',
          values: ['A', 'B', 'Annat'],
          valueLabels: {
            A: { sv: 'A (plocktruck)', en: 'A (order picker)' },
            B: { sv: 'B (motviktstruck)', en: 'B (counterbalance)' },
            Annat: { sv: 'Annat', en: 'Other' },
          },
          reviewValues: ['Annat'],
          label: { sv: 'Vilket truckkort har du?', en: 'Which forklift licence do you hold?' },
        })
        expect(doc.criteria.fields.warehouseMonths).toMatchObject({ type: 'integer', min: 0, max: 600 })
        expect(doc.criteria.fields.availableFrom).toMatchObject({
          type: 'date',
          label: { sv: 'När kan du börja?', en: 'When can you start?' },
        })
        expect(doc.criteria.decision.minScore).toBe(0)
        expect(errors).toEqual([])

        // The job tab at 1280, for a look.
        await page.locator('#tab-job').click()
        await page.screenshot({ path: join(SHOTS, `studio-create-job-${locale}-1280.png`) })
        // At 412 px: the same file, the questions and a form, and axe again.
        const narrow = await page.context().newPage()
        await narrow.setViewportSize({ width: 412, height: 900 })
        await narrow.goto(studio.newAddress())
        await narrow.getByRole('button', { name: 'lager-jonkoping.yaml' }).click()
        await expect.poll(() => narrow.locator('#file-title').textContent()).toBe('lager-jonkoping.yaml')
        await narrow.locator('#tab-fields').click()
        await narrow
          .getByRole('button', { name: `${locale === 'sv' ? 'Ändra' : 'Edit'}: truckLicence`, exact: true })
          .click()
        expect(await axe(narrow)).toEqual([])
        await narrow.screenshot({ path: join(SHOTS, `studio-create-questions-${locale}-412.png`), fullPage: true })
      } catch (e) {
        await page.screenshot({ path: join(SHOTS, `studio-create-failed-${locale}.png`) })
        throw new Error(`${String(e)}\npage errors: ${errors.join('; ')}`)
      } finally {
        await page.context().close()
        await studio.close()
      }
    }, 180_000)
  }
})
