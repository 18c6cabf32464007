/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { SHOTS, useStudioBrowser } from '../helpers/studio'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { lintCriteria } from '../../src/lint/lint-criteria'
import { loadCriteria } from '../../src/node/load-criteria'

// The problem list as a recruiter acts on it: a fairness finding's first line, the advice under
// it, and "Acknowledge…", which asks why the text is not about the applicant and adds the
// acknowledgement to the text (the library's acknowledgeFinding), keeping the file's comment.
// The finding goes away; the saved file lints without it. Screenshots in test/browser/screenshots.

// A survey question about age, asked of everyone for anonymous statistics and read by no rule:
// the lint cannot know that, the recruiter can say so.
const FILE = (lang: 'sv' | 'en') => `# Butiken: kommentaren ska stå kvar.
id: butik-${lang}
version: 1
locale: ${lang}
job:
  title: { sv: Butikssäljare, en: Shop assistant }
  company: Testbutiken AB
  contact: { name: Kim Berg, email: kim@testbutiken.example }
fields:
  alder:
    type: integer
    label: { sv: Hur gammal är du?, en: How old are you? }
  helger:
    type: boolean
    label: { sv: Kan du arbeta helger?, en: Can you work weekends? }
criteria:
  - id: helger
    rule: { var: helger }
    required: true
    reason: { sv: möjlighet att arbeta helger, en: availability to work weekends }
`

const WORDS = {
  sv: {
    headline: 'Frågan "Hur gammal är du?" (fältet alder) frågar efter ålder, en diskrimineringsgrund.',
    advice: /^Inget kriterium läser svaret, så formuläret ska inte fråga det: ta bort frågan\./,
    button: 'Godkänn (texten handlar inte om den sökande)…',
    reasonLabel: 'Varför handlar texten inte om den sökande?',
    add: 'Lägg till i filen',
    reason: 'frågas för anonym statistik om sökande; läses inte av något kriterium',
    added: 'Godkännandet finns nu i editorn. Spara filen när du är nöjd.',
    saved: 'Sparad',
    none: 'Inga problem',
  },
  en: {
    headline: 'The question "How old are you?" (field alder) asks about age, a protected ground.',
    advice: /^No criterion reads the answer, so the form should not ask it: remove the question\./,
    button: 'Acknowledge…',
    reasonLabel: 'Why is the text not about the applicant?',
    add: 'Add to the file',
    reason: 'asked for anonymous statistics on applicants; read by no criterion',
    added: 'The acknowledgement is in the editor now. Save the file when you are happy with it.',
    saved: 'Saved',
    none: 'No problems',
  },
} as const

const env = useStudioBrowser({
  folder: () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'autoscreen-studio-ack-')), 'rules')
    mkdirSync(folder)
    for (const lang of ['sv', 'en'] as const) writeFileSync(join(folder, `butik-${lang}.yaml`), FILE(lang))
    return folder
  },
})

async function open(file: string, lang: 'sv' | 'en'): Promise<Page & { errors: string[] }> {
  const context = await env.browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
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

describe('acknowledging a fairness finding in the problem list', () => {
  for (const lang of ['sv', 'en'] as const)
    it(`shows the first line, the advice and a button that adds the acknowledgement with the recruiter's reason (${lang})`, async () => {
      const w = WORDS[lang]
      const file = `butik-${lang}.yaml`
      const page = await open(file, lang)
      const problem = page.locator('#problem-list li.problem', { hasText: w.headline })
      await problem.waitFor()
      expect(await problem.locator('.headline').textContent()).toBe(w.headline)
      expect(await problem.locator('code').textContent()).toBe('protected-question:age')
      expect(await problem.locator('.advice').textContent()).toMatch(w.advice)
      await page.screenshot({ path: join(SHOTS, `studio-acknowledge-list-${lang}-1280.png`) })

      await problem.getByRole('button', { name: w.button }).focus()
      await page.keyboard.press('Enter')
      const dialog = page.locator('#acknowledge-dialog')
      await dialog.waitFor()
      // The dialog shows the lines it will add, and asks for the reason.
      const shown = (await dialog.locator('pre').textContent())!
      expect(shown).toContain('lintAcknowledge:\n  - finding: protected-question:age')
      // No criterion reads the answer: no justification to point to.
      expect(await dialog.locator('.instead').count()).toBe(0)
      await dialog.getByLabel(w.reasonLabel).fill(w.reason)
      await page.screenshot({ path: join(SHOTS, `studio-acknowledge-dialog-${lang}-1280.png`) })
      await dialog.getByRole('button', { name: w.add }).click()
      await expect.poll(() => page.locator('#save-state').textContent()).toBe(w.added)
      // The finding is gone once the page has linted the new text.
      await expect.poll(() => page.locator('#problem-list').textContent(), { timeout: 5000 }).toContain(w.none)
      await page.screenshot({ path: join(SHOTS, `studio-acknowledge-done-${lang}-1280.png`) })

      await page.locator('.cm-content').focus()
      await page.keyboard.press('Control+s')
      await expect.poll(() => page.locator('#save-state').textContent()).toBe(w.saved)
      const saved = readFileSync(join(env.folder, file), 'utf8')
      expect(saved.startsWith('# Butiken: kommentaren ska stå kvar.\n')).toBe(true)
      // Only the field's lines changed: the acknowledgement is added to the field alder, in the
      // block form the dialog (and the CLI's advice) showed, with the reason written in.
      const block = shown
        .replace(/reason: .*/, `reason: ${w.reason}`)
        .split('\n')
        .map((l) => `    ${l}\n`)
        .join('')
      expect(saved).toBe(
        FILE(lang).replace(
          '    label: { sv: Hur gammal är du?, en: How old are you? }\n',
          `    label: { sv: Hur gammal är du?, en: How old are you? }\n${block}`,
        ),
      )
      expect(block).toBe(`    lintAcknowledge:\n      - finding: protected-question:age\n        reason: ${w.reason}\n`)
      const doc = await loadCriteria(join(env.folder, file))
      expect(
        lintCriteria(doc, compileCriteria(doc), { includeAcknowledged: true }).map((f) => [f.finding, f.acknowledged]),
      ).toEqual([['protected-question:age', w.reason]])
      expect(page.errors).toEqual([])
      await page.context().close()
    })

  it("points a finding a criterion reads to the criterion's justification, in the dialog that would acknowledge it (sv)", async () => {
    const file = 'butik-kriterium.yaml'
    writeFileSync(
      join(env.folder, file),
      FILE('sv').replace(
        'criteria:\n',
        'criteria:\n  - id: vuxen\n    rule: { ">=": [{ var: alder }, 18] }\n    required: true\n    reason: { sv: minst 18 år, en: at least 18 }\n',
      ),
    )
    const page = await open(file, 'sv')
    const problem = page.locator('#problem-list li.problem', { hasText: 'kriteriet vuxen läser svaret' })
    await problem.waitFor()
    await problem.getByRole('button', { name: WORDS.sv.button }).click()
    const dialog = page.locator('#acknowledge-dialog')
    await dialog.waitFor()
    expect(await dialog.locator('.instead').textContent()).toBe(
      'Handlar texten verkligen om den sökande? Då är ett godkännande fel väg: skriv i stället i kriteriet vuxen, under justification:, vilken lag eller vilket behov som gör kravet lagligt och nödvändigt för tjänsten.',
    )
    await page.screenshot({ path: join(SHOTS, 'studio-acknowledge-justification-sv-1280.png') })
    expect(page.errors).toEqual([])
    await page.context().close()
  })

  it('shows a finding the ordinary-text veto softened as a warning that says why, in Swedish', async () => {
    // A payroll job that handles parental benefit: the rules see "föräldrapenning", the veto reads the title as ordinary.
    const file = 'lonekonsult.yaml'
    writeFileSync(
      join(env.folder, file),
      FILE('sv')
        .replace(
          'title: { sv: Butikssäljare, en: Shop assistant }',
          'title: { sv: "Lönekonsult, föräldrapenning", en: "Payroll consultant, parental benefit" }',
        )
        .replace(/  alder:\n    type: integer\n    label: \{ sv: Hur gammal är du\?, en: How old are you\? \}\n/, ''),
    )
    const page = await open(file, 'sv')
    const problem = page.locator('#problem-list li.problem', { hasText: 'föräldrapenning' })
    await problem.waitFor()
    expect(await problem.locator('code').textContent()).toBe('protected-ground:family')
    expect({ class: await problem.getAttribute('class'), text: await problem.textContent() }).toMatchObject({
      class: expect.stringMatching(/warning/),
    })
    expect(await problem.locator('.advice').textContent()).toMatch(
      /^Texten liknar mest en text om någon eller något annat/,
    )
    // The Swedish page shows no English of the library's.
    expect(await page.locator('#problem-list').textContent()).not.toMatch(/It reads more like|protected ground/)
    await page.screenshot({ path: join(SHOTS, 'studio-veto-warning-sv-1280.png') })
    expect(page.errors).toEqual([])
    await page.context().close()
  })

  it("shows a reason the reasons' model read as personal as an error that says so, in Swedish", async () => {
    // No word of the lists is in this reason: the model reads the whole of it (src/lint/model/personal.ts).
    const file = 'bistro.yaml'
    writeFileSync(
      join(env.folder, file),
      FILE('sv')
        .replace(
          'reason: { sv: möjlighet att arbeta helger, en: availability to work weekends }',
          'reason: { sv: någon som gästerna skulle känna sig hemma hos direkt, en: availability to work weekends }',
        )
        .replace(/  alder:\n    type: integer\n    label: \{ sv: Hur gammal är du\?, en: How old are you\? \}\n/, ''),
    )
    const page = await open(file, 'sv')
    const problem = page.locator('#problem-list li.problem', { hasText: 'handlar om den sökande' })
    await problem.waitFor()
    expect(await problem.locator('code').textContent()).toBe('personal-reason')
    expect(await problem.getAttribute('class')).toMatch(/error/)
    expect(await problem.locator('.headline').textContent()).toBe(
      'Skälet "någon som gästerna skulle känna sig hemma hos…" (kriteriet helger) handlar om den sökande, inte om kravet.',
    )
    expect(await problem.locator('.advice').textContent()).toContain(
      'Inget enskilt ord avslöjar det: lintens modell, tränad på märkta skäl, läser hela skälet som ett omdöme om personen.',
    )
    expect(await page.locator('#problem-list').textContent()).not.toMatch(/the lint's model|speaks of the candidate/)
    await page.screenshot({ path: join(SHOTS, 'studio-personal-model-sv-1280.png') })
    expect(page.errors).toEqual([])
    await page.context().close()
  })
})
