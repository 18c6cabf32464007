/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { ROOT, SHOTS, useStudioBrowser } from '../helpers/studio'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { lintCriteria } from '../../src/lint/lint-criteria'
import { loadCriteria } from '../../src/node/load-criteria'

// The Criteria tab as a recruiter uses it, keyboard and form only, on a new file with four
// questions and no criteria yet (so the file does not load: the tab must work anyway): five
// criteria added (a knockout, a merit with points, one with `when`, an at-least-N, a start
// relative to the application), one edited, one moved, one removed, saved with Ctrl+S. The
// file on disk loads, lints clean and keeps its comment; the form tab then passes and rejects.

const FILE = (lang: 'sv' | 'en') => `# En ny tjänst: kommentaren ska stå kvar.
id: lager-${lang}
version: 1
locale: ${lang}
job:
  title: { sv: Lagerarbetare, en: Warehouse worker }
  company: Testlager AB
  contact: { name: Kim Berg, email: kim@testlager.example }
fields:
  arbetstillstand:
    type: boolean
    label: { sv: Har du rätt att arbeta i Sverige?, en: Do you have the right to work in Sweden? }
  erfarenhet:
    type: integer
    min: 0
    label: { sv: Hur många månader har du arbetat i lager?, en: How many months have you worked in a warehouse? }
  system:
    type: list
    values: [WMS, SAP, Excel]
    label: { sv: Vilka lagersystem kan du?, en: Which warehouse systems do you know? }
  start:
    type: date
    label: { sv: När kan du börja?, en: When can you start? }
criteria: []
`

const WORDS = {
  sv: {
    tab: 'Kriterier',
    add: 'Nytt kriterium',
    question: 'Fråga',
    condition: 'Villkor',
    value: 'Värde',
    points: 'Meriterande: ger poäng',
    weight: 'Poäng om uppfyllt',
    when: 'Gäller bara när en annan fråga har ett visst svar',
    whenQuestion: 'Gäller när frågan',
    whenCondition: 'har svaret',
    count: 'Antal',
    days: 'Dagar',
    reasonSv: /Skäl på svenska/,
    reasonEn: /Skäl på engelska/,
    save: 'Spara kriteriet',
    saved: 'Kriteriet sparat i editorn. Spara filen när du är nöjd.',
    edit: 'Ändra',
    up: 'Flytta upp',
    remove: 'Ta bort',
    yes: 'Ja, ta bort',
    form: 'Formuläret',
    yesAnswer: 'Ja',
    noAnswer: 'Nej',
    why: 'Varför jobbet kräver det, på svenska (valfritt)',
    advice: 'Råd till den som inte uppfyller det, på svenska (valfritt)',
    fileSaved: 'Sparad',
  },
  en: {
    tab: 'Criteria',
    add: 'New criterion',
    question: 'Question',
    condition: 'Condition',
    value: 'Value',
    points: 'Preferred: gives points',
    weight: 'Points when met',
    when: 'Applies only when another question has a certain answer',
    whenQuestion: 'Applies when the question',
    whenCondition: 'has the answer',
    count: 'How many',
    days: 'Days',
    reasonSv: /Reason in Swedish/,
    reasonEn: /Reason in English/,
    save: 'Save the criterion',
    saved: 'Criterion saved in the editor. Save the file when you are happy with it.',
    edit: 'Edit',
    up: 'Move up',
    remove: 'Remove',
    yes: 'Yes, remove',
    form: 'The form',
    yesAnswer: 'Yes',
    noAnswer: 'No',
    why: 'Why the job needs it, in Swedish (optional)',
    advice: 'Advice for those who do not meet it, in Swedish (optional)',
    fileSaved: 'Saved',
  },
} as const

const env = useStudioBrowser({
  folder: () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'autoscreen-studio-criteria-')), 'rules')
    mkdirSync(folder)
    for (const lang of ['sv', 'en'] as const) writeFileSync(join(folder, `lager-${lang}.yaml`), FILE(lang))
    return folder
  },
})

async function open(file: string, lang: 'sv' | 'en', width: number): Promise<Page & { errors: string[] }> {
  // bypassCSP only so that the test can inject axe-core; the page itself runs under the server's CSP.
  const context = await env.browser.newContext({
    viewport: { width, height: 900 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    bypassCSP: true,
  })
  const page = (await context.newPage()) as Page & { errors: string[] }
  page.errors = []
  page.on('pageerror', (e) => page.errors.push(e.message))
  page.on('console', (m) => m.type() === 'error' && page.errors.push(m.text()))
  await page.goto(env.studio.newAddress())
  if (lang === 'en') await page.locator('#lang').selectOption('en')
  await page.getByRole('button', { name: file }).focus()
  await page.keyboard.press('Enter')
  await expect.poll(() => page.locator('#file-title').textContent()).toBe(file)
  return page
}

/** Activates a control with the keyboard, as a recruiter without a mouse does. */
async function press(page: Page, locator: ReturnType<Page['locator']>): Promise<void> {
  await locator.focus()
  await page.keyboard.press('Enter')
}

async function axe(page: Page, selector: string) {
  await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') })
  return page.evaluate(async (sel) => {
    const a = (
      window as unknown as {
        axe: {
          run: (ctx: Element, o: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>
        }
      }
    ).axe
    const r = await a.run(document.querySelector(sel)!, { resultTypes: ['violations'] })
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.nodes.length})`)
  }, selector)
}

describe('the Criteria tab', () => {
  for (const lang of ['sv', 'en'] as const)
    it(`adds, edits, moves and removes criteria with the form and the keyboard; the saved file loads, lints clean and decides (${lang})`, async () => {
      const w = WORDS[lang]
      const file = `lager-${lang}.yaml`
      const page = await open(file, lang, 1280)
      // The file has no criteria, so it does not load: the tab still works.
      await page.getByRole('tab', { name: w.form }).focus()
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight')
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-criteria')
      await expect
        .poll(() => page.locator('#panel-criteria .criteria-list').textContent())
        .toContain(lang === 'sv' ? 'inga kriterier' : 'no criteria')

      const form = page.locator('.criterion-form')
      const status = page.locator('.criteria-status')
      const listIds = () =>
        page.locator('.criteria-list li[data-id]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id))
      async function add(steps: () => Promise<void>, id: string, reasons: [string, string]) {
        await press(page, page.getByRole('button', { name: w.add }))
        await form.waitFor()
        await steps()
        await form.getByLabel(w.reasonSv).fill(reasons[0])
        await form.getByLabel(w.reasonEn).fill(reasons[1])
        expect(await form.getByLabel('Id', { exact: true }).inputValue()).toBe(id)
        await press(page, form.getByRole('button', { name: w.save }))
        await expect.poll(() => status.textContent()).toBe(w.saved)
        // Focus is on the saved criterion in the list.
        expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id)).toBe(id)
      }
      // 1. A knockout: the right to work.
      await add(
        async () => {
          await form.getByLabel(w.question, { exact: true }).selectOption('arbetstillstand')
        },
        'arbetstillstand',
        ['rätt att arbeta i Sverige', 'the right to work in Sweden'],
      )
      // 2. A merit with points: experience.
      await add(
        async () => {
          await form.getByLabel(w.question, { exact: true }).selectOption('erfarenhet')
          await form.getByLabel(w.condition, { exact: true }).selectOption('atLeast')
          await form.getByLabel(w.value).fill('12')
          await form.getByLabel(w.points).check()
          await form.getByLabel(w.weight).fill('2')
          await expect.poll(() => form.locator('.hint').first().textContent()).toContain('{{min}}')
        },
        'erfarenhet-min-12',
        ['minst {{min}} månaders lagererfarenhet', 'at least {{min}} months of warehouse experience'],
      )
      // 3. With `when`: WMS, only for those with some experience.
      await add(
        async () => {
          await form.getByLabel(w.question, { exact: true }).selectOption('system')
          await form.getByLabel(w.condition, { exact: true }).selectOption('includesAll')
          await form.getByLabel('WMS').check()
          await form.getByLabel(w.when).check()
          await form.getByLabel(w.whenQuestion).selectOption('erfarenhet')
          await form.getByLabel(w.whenCondition).selectOption('atLeast')
          await form.locator('.when').getByLabel(w.value).fill('1')
          await form.getByLabel(w.why).fill('lagret styrs i WMS')
        },
        'system-all',
        ['vana av {{values}}', 'experience with {{values}}'],
      )
      // 4. At least N of.
      await add(
        async () => {
          await form.getByLabel(w.question, { exact: true }).selectOption('system')
          await form.getByLabel(w.condition, { exact: true }).selectOption('atLeastOf')
          await form.getByLabel(w.count).fill('2')
          for (const s of ['WMS', 'SAP', 'Excel']) await form.getByLabel(s).check()
          await form.getByLabel(w.points).check()
        },
        'system-2-of',
        ['minst {{count}} av {{values}}', 'at least {{count}} of {{values}}'],
      )
      // 5. A start relative to the application.
      await add(
        async () => {
          await form.getByLabel(w.question, { exact: true }).selectOption('start')
          await form.getByLabel(w.condition, { exact: true }).selectOption('withinDaysOfApplication')
          await form.getByLabel(w.days).fill('30')
          await form.getByLabel(w.advice).fill('säg till om ett senare startdatum')
        },
        'start-within-30-days',
        ['start inom 30 dagar från ansökan', 'a start within 30 days of applying'],
      )
      expect(await listIds()).toEqual([
        'arbetstillstand',
        'erfarenhet-min-12',
        'system-all',
        'system-2-of',
        'start-within-30-days',
      ])

      // Edit one: the merit asks for 24 months; the form opens on what is written.
      await press(page, page.getByRole('button', { name: `${w.edit} erfarenhet-min-12` }))
      expect(await form.getByLabel(w.value).inputValue()).toBe('12')
      expect(await form.getByLabel(w.weight).inputValue()).toBe('2')
      await form.getByLabel(w.value).fill('24')
      await press(page, form.getByRole('button', { name: w.save }))
      await expect.poll(() => status.textContent()).toBe(w.saved)
      await expect
        .poll(() => page.locator('.criteria-list li[data-id="erfarenhet-min-12"] .criterion-head').textContent())
        .toContain('2')
      // Move one: the start date up, above the at-least-N.
      await press(page, page.getByRole('button', { name: `${w.up}: start-within-30-days` }))
      expect(await listIds()).toEqual([
        'arbetstillstand',
        'erfarenhet-min-12',
        'system-all',
        'start-within-30-days',
        'system-2-of',
      ])
      // Remove one, after saying yes.
      await press(page, page.getByRole('button', { name: `${w.remove} system-2-of` }))
      expect(await listIds()).toHaveLength(5)
      await page.screenshot({ path: join(SHOTS, `studio-criteria-confirm-${lang}-1280.png`) })
      await press(page, page.getByRole('button', { name: w.yes }))
      expect(await listIds()).toEqual(['arbetstillstand', 'erfarenhet-min-12', 'system-all', 'start-within-30-days'])

      // The editor and the list agree: a change typed in the editor shows in the list.
      await page.locator('.cm-content').focus()
      await page.keyboard.press('Control+End')
      await page.keyboard.press('Control+s')
      await expect.poll(() => page.locator('#save-state').textContent()).toBe(w.fileSaved)
      const saved = readFileSync(join(env.folder, file), 'utf8')
      expect(saved.startsWith('# En ny tjänst: kommentaren ska stå kvar.\n')).toBe(true)
      expect(saved).toContain(
        '  - id: erfarenhet-min-12\n    rule: { ">=": [{ var: erfarenhet }, 24] }\n    weight: 2\n',
      )
      expect(saved).toContain(
        '  - id: system-all\n    when: { ">=": [{ var: erfarenhet }, 1] }\n    rule: { includesAll: [{ var: system }, [WMS]] }\n',
      )
      const doc = await loadCriteria(join(env.folder, file))
      expect(doc.criteria.criteria.map((c) => c.id)).toEqual([
        'arbetstillstand',
        'erfarenhet-min-12',
        'system-all',
        'start-within-30-days',
      ])
      expect(doc.criteria.criteria[2]!.when).toEqual({ '>=': [{ var: 'erfarenhet' }, 1] })
      expect(lintCriteria(doc, compileCriteria(doc)).filter((f) => f.severity === 'error')).toEqual([])

      // Screenshots with the form open, and axe on the tab.
      await press(page, page.getByRole('button', { name: `${w.edit} system-all` }))
      expect(await axe(page, '#panel-criteria')).toEqual([])
      await page.screenshot({ path: join(SHOTS, `studio-criteria-${lang}-1280.png`), fullPage: true })
      await page.setViewportSize({ width: 412, height: 900 })
      await page.screenshot({ path: join(SHOTS, `studio-criteria-${lang}-412.png`), fullPage: true })
      await page.setViewportSize({ width: 1280, height: 900 })

      // The form tab decides with the saved criteria: a pass, then a reject.
      await press(page, page.getByRole('tab', { name: w.form }))
      await page.locator('.outcome').waitFor()
      const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' })
      await page.locator('[data-field="arbetstillstand"]').getByLabel(w.yesAnswer, { exact: true }).check()
      await page.locator('[data-field="erfarenhet"] input').fill('30')
      await page.locator('[data-field="system"]').getByLabel('WMS').check()
      await page.locator('[data-field="start"] input').fill(today)
      await expect.poll(() => page.locator('.outcome').getAttribute('data-outcome')).toBe('pass')
      await page.locator('[data-field="arbetstillstand"]').getByLabel(w.noAnswer, { exact: true }).check()
      await expect.poll(() => page.locator('.outcome').getAttribute('data-outcome')).toBe('reject')
      expect(page.errors).toEqual([])
    }, 240_000)

  it('a criterion written by hand is shown read-only with a way to the editor; errors elsewhere in the file do not lock the tab', async () => {
    const text = FILE('sv')
      .replace(
        'criteria: []',
        'criteria:\n  - id: hand\n    rule: { or: [{ var: arbetstillstand }, { ">=": [{ var: erfarenhet }, 6] }] }\n    required: true\n    reason: { sv: x, en: x }',
      )
      .replace('locale: sv', 'locale: fi')
    writeFileSync(join(env.folder, 'hand.yaml'), text)
    const page = await open('hand.yaml', 'sv', 412)
    await press(page, page.getByRole('tab', { name: 'Kriterier' }))
    await expect.poll(() => page.locator('#panel-criteria .problem-note').textContent()).toContain('Filen har fel')
    await expect
      .poll(() => page.locator('.criteria-list li[data-id="hand"]').textContent())
      .toContain('skriven för hand')
    await press(page, page.getByRole('button', { name: 'Visa i editorn: hand' }))
    expect(await page.evaluate(() => document.activeElement?.closest('.cm-editor') !== null)).toBe(true)
    // A new criterion can still be added, and the list follows the editor.
    await press(page, page.getByRole('button', { name: 'Nytt kriterium' }))
    await page
      .locator('.criterion-form')
      .getByLabel('Skäl på svenska (passar efter "För tjänsten krävs")')
      .fill('rätt att arbeta')
    await press(page, page.locator('.criterion-form').getByRole('button', { name: 'Spara kriteriet' }))
    await expect.poll(() => page.locator('.criteria-list li[data-id]').count()).toBe(2)
    // The save is one change in the editor: one Ctrl+Z there takes it back, and the list follows.
    await page.locator('.cm-content').focus()
    await page.keyboard.press('Control+z')
    await expect.poll(() => page.locator('.criteria-list li[data-id]').count()).toBe(1)
    await page.keyboard.press('Control+y')
    await expect.poll(() => page.locator('.criteria-list li[data-id]').count()).toBe(2)
    // A new criterion never replaces one with its id: the form proposes a fresh one, and a taken one is refused.
    await press(page, page.getByRole('button', { name: 'Nytt kriterium' }))
    const form = page.locator('.criterion-form')
    expect(await form.getByLabel('Id', { exact: true }).inputValue()).toBe('arbetstillstand-2')
    await form.getByLabel('Id', { exact: true }).fill('arbetstillstand')
    await press(page, form.getByRole('button', { name: 'Spara kriteriet' }))
    await expect
      .poll(() => form.locator('[role="status"]').textContent())
      .toBe('kriteriet "arbetstillstand" finns redan (kriterium nummer 2); ge det här ett eget id')
    expect(await page.locator('.criteria-list li[data-id]').count()).toBe(2)
    await page.screenshot({ path: join(SHOTS, 'studio-criteria-hand-412.png'), fullPage: true })
    expect(await axe(page, '#panel-criteria')).toEqual([])
    expect(page.errors).toEqual([])
  }, 120_000)
  // Found in a Swedish trial: the list showed "svenska på minst nivå {{level}}", the reason as
  // written, where the candidate reads it with the rule's values filled in.
  it('lists each reason as the candidate reads it, its placeholders filled in from the rule', async () => {
    writeFileSync(join(env.folder, 'usk.yaml'), readFileSync(join(ROOT, 'rules/underskoterska-hemtjanst.yaml'), 'utf8'))
    const page = await open('usk.yaml', 'sv', 1280)
    await press(page, page.getByRole('tab', { name: 'Kriterier' }))
    const reason = (id: string) => page.locator(`.criteria-list li[data-id="${id}"] .reason`).textContent()
    await expect
      .poll(() => reason('kompetens'))
      .toBe('undersköterskeexamen eller minst 24 månaders erfarenhet av vård och omsorg')
    expect(await reason('utbildning')).toBe(
      'en vårdutbildning, till exempel Vård- och omsorgsprogrammet eller vårdbiträdesutbildning',
    )
    expect(await reason('korkort')).toBe('B-körkort')
    expect(await page.locator('.criteria-list').textContent()).not.toContain('{{')
    expect(page.errors).toEqual([])
  }, 120_000)
})
