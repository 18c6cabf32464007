import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadTemplates } from '../../src/criteria/load-templates'
import { STAGES, type Locale } from '../../src/criteria/schema'
import { renderMessage } from '../../src/messages/render-message'
import { loadCriteria } from '../../src/node/load-criteria'
import { compileCriteria, type Screener } from '../../src/screen/compile-criteria'
import { loadCriteriaText } from '../../src/screen/load-criteria'
import type { ScreeningResult } from '../../src/screen/result'
import { fitStage } from '../helpers/fit-stage'

// Every reason a recruiter wrote, in every frame a rejected candidate reads it: one, two and
// three unmet requirements from every bundled rule set and the test fixtures, every stage
// that names them, both languages. Swedish agreement ("det kravet är uppfyllt" / "de kraven
// är uppfyllda"), English ("this requirement was" / "these requirements were"), each reason
// once, lists as lists, and nothing left over from the template.
const root = join(__dirname, '../..')
const files = [
  ...readdirSync(join(root, 'rules'))
    .filter((n) => /\.yaml$/.test(n) && !n.includes('.test.'))
    .map((n) => join(root, 'rules', n)),
  ...['lint/ordinary-words.yaml', 'lint/everyday.yaml', 'lint/acknowledged.yaml', 'testing/minimal.yaml'].map((n) =>
    join(root, 'test/fixtures', n),
  ),
]

function resultWith(screener: Screener, ids: string[], locale: Locale, nearMiss: boolean): ScreeningResult {
  const criteria = screener.criteria.criteria.map((c) => ({
    id: c.id,
    required: c.required === true,
    weight: c.required ? 0 : (c.weight ?? 0),
    status: ids.includes(c.id) ? 'unmet' : 'met',
    reason: screener.reason(c.id, locale) ?? '',
    fields: [],
  }))
  return {
    application: { id: 't', submittedAt: '2026-11-20T10:00:00+01:00', firstName: 'Kim' },
    outcome: 'reject',
    nearMiss,
    score: 0,
    maxScore: 0,
    minScore: 0,
    locale,
    criteria,
    unmet: ids,
    missing: [],
    invalid: [],
    review: [],
    skipped: [],
    audit: {
      criteriaId: screener.criteria.id,
      criteriaVersion: 1,
      criteriaHash: '',
      applicationHash: '',
      engineVersion: '',
      evaluatedAt: '2026-11-20T09:00:00.000Z',
      timeZone: screener.criteria.job.timezone,
    },
  } as unknown as ScreeningResult
}

const AGREEMENT = {
  sv: {
    one: /det kravet är uppfyllt|kravet på .+ är uppfyllt/,
    many: /de kraven är uppfyllda|de här kraven är uppfyllda:/,
    wrong: /det kravet är uppfyllda|de kraven är uppfyllt\b|kravet på .+ är uppfyllda/,
  },
  en: {
    one: /this requirement was met|the requirement of .+ was met/,
    many: /these requirements were met/,
    wrong: /this requirement were|these requirements was|requirements? (?:is|are) met/,
  },
} as const

describe('every reason in every frame, for one, two and three unmet requirements', async () => {
  for (const file of files) {
    const screener = compileCriteria(await loadCriteria(file))
    const required = screener.criteria.criteria.filter((c) => c.required)
    for (const locale of screener.locales)
      for (const k of [1, 2, 3].filter((n) => n <= required.length))
        for (const stage of ['rejected', 'talent-pool'] as const)
          it(`${file.replace(`${root}/`, '')}: ${k} unmet, ${stage}, ${locale}`, () => {
            const ids = required.slice(0, k).map((c) => c.id)
            const m = renderMessage(resultWith(screener, ids, locale, stage === 'talent-pool'), {
              screener,
              now: new Date('2026-11-20T09:00:00Z'),
              stage,
              locale,
            })
            const reasons = ids.map((id) => screener.reason(id, locale)!)
            for (const r of reasons) expect(m.text.split(r).length - 1, `"${r}" once`).toBe(1)
            expect(m.text).toMatch(k === 1 ? AGREEMENT[locale].one : AGREEMENT[locale].many)
            expect(m.text).not.toMatch(AGREEMENT[locale].wrong)
            expect(m.text.split('\n').filter((l) => l.startsWith('• ')).length).toBe(k === 1 ? 0 : k)
            expect(m.html.match(/<li>/g)?.length ?? 0).toBe(k === 1 ? 0 : k)
            expect(m.text).not.toMatch(/\{\{|\}\}| {2}| [,.]|,\.|\.\./)
          })
    // A person's rejection names the criteria the person gave, each once, one inline and several as a list.
    for (const locale of screener.locales)
      for (const k of [1, 2, 3].filter((n) => n <= required.length))
        for (const stage of ['rejected-by-person', 'rejected-after-interview'] as const)
          it(`${file.replace(`${root}/`, '')}: ${k} named by a person, ${stage}, ${locale}`, () => {
            const ids = required.slice(0, k).map((c) => c.id)
            const m = renderMessage(fitStage(screener, resultWith(screener, ids, locale, false), stage), {
              screener,
              now: new Date('2026-11-20T09:00:00Z'),
              stage,
              locale,
            })
            for (const id of ids) expect(m.text.split(screener.reason(id, locale)!).length - 1).toBe(1)
            if (k === 1)
              expect(m.text).toMatch(
                locale === 'sv'
                  ? /och enligt vår bedömning är det kravet inte uppfyllt\./
                  : /and in our assessment that requirement isn't met\./,
              )
            expect(m.text.split('\n').filter((l) => l.startsWith('• ')).length).toBe(k === 1 ? 0 : k)
            expect(m.text).not.toMatch(/automati|\{\{|\}\}| {2}| [,.]|,\.|\.\./)
          })
    // The stages that do not name the requirements read cleanly with them unmet too.
    for (const locale of screener.locales)
      for (const stage of STAGES.filter(
        (s) =>
          s !== 'rejected' &&
          s !== 'talent-pool' &&
          !s.startsWith('rejected-') &&
          (s !== 'late' || screener.criteria.job.closesAt),
      ))
        it(`${file.replace(`${root}/`, '')}: ${stage}, ${locale}`, () => {
          const m = renderMessage(
            fitStage(
              screener,
              resultWith(
                screener,
                required.slice(0, 2).map((c) => c.id),
                locale,
                false,
              ),
              stage,
            ),
            { screener, now: new Date('2026-11-20T09:00:00Z'), stage, locale },
          )
          expect(m.text).not.toMatch(/\{\{|\}\}| {2}| [,.]|,\.|\.\./)
          expect(m.html).toMatch(new RegExp(`^<!doctype html>\n<html lang="${locale}">`))
        })
  }
})

describe('the list helper for custom templates', () => {
  const criteria = `id: t
version: 1
locale: sv
job: { title: T, company: C, contact: { name: A, email: a@c.example } }
fields:
  a: { type: boolean, label: { sv: A, en: A } }
  b: { type: boolean, label: { sv: B, en: B } }
  c: { type: boolean, label: { sv: C, en: C } }
criteria:
  - { id: a, rule: { var: a }, required: true, reason: { sv: körkort, en: a licence } }
  - { id: b, rule: { var: b }, required: true, reason: { sv: truckkort, en: a forklift licence } }
  - { id: c, rule: { var: c }, required: true, reason: { sv: svenska, en: Swedish } }
messages:
  templates:
    rejected: { sv: r.sv.hbs, en: r.en.hbs }
`
  it('joins with "och" / "and" and no serial comma', async () => {
    const doc = await loadTemplates(loadCriteriaText(criteria), {
      'r.sv.hbs': 'Subject: S\n\nKrav: {{list unmet}}.',
      'r.en.hbs': 'Subject: S\n\nRequires {{list unmet}}.',
    })
    const screener = compileCriteria(doc)
    const result = screener.screen(
      { id: 'x', submittedAt: '2026-11-20T10:00:00+01:00', answers: { a: false, b: false, c: false } },
      { now: 'arrival' },
    )
    expect(renderMessage(result, { screener, now: new Date(), locale: 'sv' }).text).toBe(
      'Krav: körkort, truckkort och svenska.',
    )
    expect(renderMessage(result, { screener, now: new Date(), locale: 'en' }).text).toBe(
      'Requires a licence, a forklift licence and Swedish.',
    )
    const two = screener.screen(
      { id: 'y', submittedAt: '2026-11-20T10:00:00+01:00', answers: { a: false, b: false, c: true } },
      { now: 'arrival' },
    )
    expect(renderMessage(two, { screener, now: new Date(), locale: 'sv' }).text).toBe('Krav: körkort och truckkort.')
  })
})
