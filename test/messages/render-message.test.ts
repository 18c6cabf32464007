import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import Handlebars from 'handlebars'
import { beforeAll, describe, expect, it } from 'vitest'
import { TEMPLATE_COMPILE_OPTIONS } from '../../src/criteria/templates'
import { BUILT_IN_TEMPLATES } from '../../src/messages/templates'
import { messageContext } from '../../src/messages/render-message'
import { LOCALES, STAGES, type Locale, type Stage } from '../../src/criteria/schema'
import { renderMessage } from '../../src/messages/render-message'
import { compileCriteria, type Screener } from '../../src/screen/compile-criteria'
import { loadCriteria } from '../../src/node/load-criteria'
import type { Application } from '../../src/screen/application'
import { fitStage } from '../helpers/fit-stage'

// Golden files: any change of wording shows in a diff. Regenerate deliberately with
// UPDATE_GOLDEN=1 npx vitest run test/messages and review the diff before committing.
const GOLDEN = join(__dirname, 'golden')
const update = process.env.UPDATE_GOLDEN === '1'
const now = new Date('2026-11-24T12:00:00+01:00')

const apps = Object.fromEntries(
  readFileSync(join(__dirname, '../../examples/applications/frontend-developer.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Application)
    .map((a) => [a.id, a]),
)

let screener: Screener
beforeAll(async () => {
  screener = compileCriteria(await loadCriteria(join(__dirname, '../../rules/frontend-developer.yaml')))
})

function golden(name: string, content: string): void {
  const file = join(GOLDEN, `${name}.txt`)
  if (update) {
    mkdirSync(GOLDEN, { recursive: true })
    writeFileSync(file, content)
  }
  expect(existsSync(file), `missing golden file ${file}; create it with UPDATE_GOLDEN=1`).toBe(true)
  expect(content).toBe(readFileSync(file, 'utf8'))
}

const show = (m: ReturnType<typeof renderMessage>) => `Subject: ${m.subject}\n\n${m.text}\n\n--- html ---\n${m.html}\n`

describe('golden messages', () => {
  // Several unmet requirements (fe-1003) rendered in every stage and language.
  for (const stage of STAGES)
    for (const locale of LOCALES)
      it(`${stage} in ${locale}, several unmet requirements`, () => {
        const r = fitStage(screener, screener.screen(apps['fe-1003']!, { now }), stage)
        golden(`several-unmet.${stage}.${locale}`, show(renderMessage(r, { screener, now, stage, locale })))
      })
  const natural: [string, string, Locale][] = [
    ['one-unmet', 'fe-1002', 'en'],
    ['one-unmet', 'fe-1002', 'sv'],
    ['near-miss', 'fe-1006', 'sv'],
    ['near-miss', 'fe-1006', 'en'],
    ['near-miss-on-score', 'fe-1008', 'en'],
    ['late', 'fe-1005', 'en'],
    ['late', 'fe-1005', 'sv'],
    ['no-first-name', 'fe-1009', 'en'],
    ['no-first-name', 'fe-1009', 'sv'],
    ['review', 'fe-1004', 'sv'],
  ]
  for (const [name, id, locale] of natural)
    it(`${name} (${id}) in ${locale}, in the stage its result calls for`, () => {
      const r = screener.screen(apps[id]!, { now })
      const m = renderMessage(r, { screener, now, locale })
      golden(`${name}.${m.stage}.${locale}`, show(m))
    })
})

describe('message content', () => {
  it('names each unmet requirement by its reason, in the candidate language', () => {
    const r = screener.screen(apps['fe-1003']!, { now })
    const m = renderMessage(r, { screener, now })
    expect(m.stage).toBe('rejected')
    expect(m.locale).toBe('sv')
    expect(m.text).toContain('För tjänsten krävs:\n• minst tre års yrkeserfarenhet av frontendutveckling\n• praktisk erfarenhet av ett modernt frontendramverk (React, Vue, Angular eller Svelte)\n• engelska på minst nivå B2 (teamet arbetar på engelska)\n\nUtifrån dina svar kunde vi inte se att de kraven är uppfyllda.')
    expect(m.html).toContain('<ul>\n<li>minst tre års yrkeserfarenhet av frontendutveckling</li>')
    expect(m.text).not.toMatch(/du saknar|du är inte|you lack|you are not/i)
  })
  it('never says "Hej ," or "Dear ," without a first name', () => {
    for (const stage of STAGES)
      for (const locale of LOCALES) {
        const r = fitStage(screener, screener.screen({ ...apps['fe-1003']!, candidate: { firstName: '   ' } }, { now }), stage)
        const m = renderMessage(r, { screener, now, stage, locale })
        expect(m.text).not.toMatch(/^(Hej|Dear)\s+[,!]/m)
        expect(m.text.split('\n')[0]).toMatch(/^(Hej!|Hello,)$/)
      }
  })
  it('tells the candidate when they will hear back, from the send-time policy', () => {
    // fe-1004 is for a person to review (Monday 23 November, 08:30): five working days.
    const r = screener.screen(apps['fe-1004']!, { now })
    expect(renderMessage(r, { screener, now: new Date('2026-11-23T08:30:00+01:00') }).text).toContain('Du får besked från oss senast måndag 30 november.')
  })
})

describe('precompiled built-in templates', () => {
  // Oracle: the same template compiled now, unescaped, with the same helpers. The built-ins are
  // precompiled (no compiler, no `new Function` at render) and their text is the escaped body
  // unescaped; for any name, both must read exactly as a direct compile.
  it('render as a direct compile of the template does, for any first name', () => {
    const hb = Handlebars.create()
    const helpers = { list: (items: string[]) => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items), plural: (n: number, one: string, many: string) => (n === 1 ? one : many) }
    for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn as never)
    const direct = hb.compile(BUILT_IN_TEMPLATES.en.rejected.body, { ...TEMPLATE_COMPILE_OPTIONS, noEscape: true })
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }).filter((n) => n.trim().length > 0), (firstName) => {
        const r = screener.screen({ ...apps['fe-1003']!, candidate: { firstName, locale: 'en' } }, { now })
        const m = renderMessage(r, { screener, now, stage: 'rejected', locale: 'en' })
        const ctx = messageContext(r, { screener, now, stage: 'rejected', locale: 'en' })
        return m.text === direct(ctx).replace(/\n{3,}/g, '\n\n').trim()
      }),
      { numRuns: 300 },
    )
  })
})

describe('hostile values', () => {
  const hostile = (firstName: string) => screener.screen({ ...apps['fe-1003']!, candidate: { firstName, locale: 'en' } }, { now })
  it('HTML in a name is escaped in HTML and literal in text', () => {
    const m = renderMessage(hostile('<script>alert(1)</script>'), { screener, now })
    expect(m.html).toContain('Dear &lt;script&gt;alert(1)&lt;/script&gt;,')
    expect(m.html).not.toContain('<script>')
    expect(m.text).toContain('Dear <script>alert(1)</script>,')
    expect(m.text).not.toMatch(/&lt;|&amp;|&#/)
  })
  it('template syntax in a name is never evaluated', () => {
    for (const name of ['{{constructor}}', '{{#each job}}x{{/each}}', '{{{job.contact.email}}}', '{{> partial}}']) {
      const m = renderMessage(hostile(name), { screener, now })
      // The greeting is the name as given, never what it would expand to.
      expect(m.text.split('\n')[0]).toBe(`Dear ${name},`)
    }
  })
  it('CR/LF in values never reach the subject', async () => {
    const doc = await loadCriteria(join(__dirname, '../../rules/frontend-developer.yaml'))
    const criteria = { ...doc.criteria, job: { ...doc.criteria.job, title: 'Dev\r\nBcc: evil@example.com' } }
    // A plain object is checked as a file is; a document built by hand skips the schema, and the render still folds the line.
    expect(() => compileCriteria(criteria as never)).toThrow(/job\.title: holds a control character \(U\+000D carriage return\)/)
    const s = compileCriteria({ criteria, locate: () => ({}) } as never)
    const m = renderMessage(s.screen(apps['fe-1002']!, { now }), { screener: s, now })
    expect(m.subject).not.toMatch(/[\r\n]/)
    expect(m.subject).toBe('Your application for Dev Bcc: evil@example.com at Nordlys Software AB')
  })
  it('a 100 kB "name" is not a name: the no-name greeting, and the value never reaches the message', () => {
    const m = renderMessage(hostile('x'.repeat(100_000)), { screener, now })
    expect(m.text.length).toBeLessThan(3_000)
    expect(m.text).not.toContain('xxxx')
    expect(m.text.startsWith('Hello,')).toBe(true)
  })
  it('a name of invisible characters or punctuation only gets the no-name greeting', () => {
    for (const name of ['\u200B\u200B', '\u3000', '...', '–', '\u200Bx']) {
      const m = renderMessage(hostile(name), { screener, now })
      if (name === '\u200Bx') expect(m.text.startsWith('Dear x,')).toBe(true)
      else expect(m.text.startsWith('Hello,'), JSON.stringify(name)).toBe(true)
    }
  })
  it('a late message needs a closing date', () => {
    const s = compileCriteria({ ...screener.criteria, job: { ...screener.criteria.job, closesAt: undefined } } as never)
    expect(() => renderMessage(s.screen(apps['fe-1002']!, { now }), { screener: s, now, stage: 'late' as Stage })).toThrow(/closesAt/)
  })
})
