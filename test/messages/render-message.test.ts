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
import { loadCriteriaText } from '../../src/screen/load-criteria'
import { recordDecision, type DecisionInput } from '../../src/screen/record-decision'
import type { Application } from '../../src/screen/application'
import { titleInText } from '../../src/messages/render-message'
import { toEmail } from '../../src/messages/to-email'
import { parse } from 'yaml'
import { fitStage } from '../helpers/fit-stage'
import { exampleApplications } from '../helpers/examples'

// Golden files: any change of wording shows in a diff. Regenerate deliberately with
// UPDATE_GOLDEN=1 npx vitest run test/messages and review the diff before committing.
const GOLDEN = join(__dirname, 'golden')
const update = process.env.UPDATE_GOLDEN === '1'
const now = new Date('2026-11-24T12:00:00+01:00')

const apps = Object.fromEntries(exampleApplications('frontend-developer').map((a) => [a.id, a]))

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

// What a person decided, as candidates read it: Växjö kommun's assistant nurses (a public
// employer, with a privacy notice and a survey after every final answer), in both languages.
describe('golden messages of what a person decided, the talent pool, closing and the receipt', () => {
  const rules = join(__dirname, '../../rules/underskoterska-hemtjanst.yaml')
  const messages = (pool: string) => `
messages:
  privacyUrl: https://vaxjo.example/personuppgifter
  talentPool: ${pool}
  survey:
    talent-pool: https://enkat.vaxjo.example/s?app={applicationId}&steg=kandidatbank
    rejected-by-person: https://enkat.vaxjo.example/s?app={applicationId}&steg=besked
    rejected-after-interview: https://enkat.vaxjo.example/s?app={applicationId}&steg=intervju
    job-closed: https://enkat.vaxjo.example/s?app={applicationId}&steg=avslutad
`
  const vaxjo = (pool = '{ mode: consent, months: 12 }') =>
    compileCriteria(loadCriteriaText(readFileSync(rules, 'utf8') + messages(pool), { file: rules }))
  const cases = (
    parse(readFileSync(join(__dirname, '../../rules/underskoterska-hemtjanst.test.yaml'), 'utf8')) as {
      cases: { application: Application }[]
    }
  ).cases
  const app = (id: string, firstName: string) => ({
    ...cases.find((c) => c.application.id === id)!.application,
    candidate: { firstName, locale: 'sv' },
  })
  const at = new Date('2026-12-09T14:00:00+01:00')
  const now = new Date('2026-12-09T15:00:00+01:00')
  const own = {
    utbildning: {
      sv: 'Den utbildning du har angett motsvarar inte vård- och omsorgsprogrammet: den saknar kurserna i läkemedelshantering och i dokumentation.',
      en: "The course you named doesn't match the health and social care programme: it lacks the modules on medicines management and documentation.",
    },
    kvallar: {
      sv: 'Tjänsten innebär arbete varannan helg och två kvällar i veckan, och i intervjun kom vi fram till att det inte går ihop med dina andra åtaganden.',
      en: "The job means working every other weekend and two evenings a week, and in the interview we concluded that this doesn't fit with your other commitments.",
    },
  }
  // "Annan motsvarande utbildning" goes to a person (t-5), who decides.
  const reviewed = (s: Screener, reasons: NonNullable<DecisionInput['reasons']>) =>
    recordDecision(
      s.screen(app('t-5', 'Maja'), { now: 'arrival' }),
      { outcome: 'reject', reasons, by: 'Lena Holm', at },
      { screener: s },
    )
  const shown: [string, (s: Screener) => ReturnType<typeof renderMessage>[]][] = [
    [
      'person.one-criterion',
      (s) =>
        LOCALES.map((locale) => renderMessage(reviewed(s, { criteria: ['utbildning'] }), { screener: s, now, locale })),
    ],
    [
      'person.several-criteria',
      (s) =>
        LOCALES.map((locale) =>
          renderMessage(reviewed(s, { criteria: ['utbildning', 'kunskaper'] }), { screener: s, now, locale }),
        ),
    ],
    [
      'person.own-words',
      (s) =>
        LOCALES.map((locale) => renderMessage(reviewed(s, { text: own.utbildning }), { screener: s, now, locale })),
    ],
    [
      'person.criterion-and-own-words',
      (s) =>
        LOCALES.map((locale) =>
          renderMessage(reviewed(s, { criteria: ['utbildning'], text: own.utbildning }), { screener: s, now, locale }),
        ),
    ],
    [
      'person.after-interview',
      (s) => {
        const passed = recordDecision(
          s.screen(app('t-1', 'Amina'), { now: 'arrival' }),
          { outcome: 'pass', by: 'Lena Holm', at: new Date('2026-12-03T09:00:00+01:00') },
          { screener: s },
        )
        const r = recordDecision(
          passed,
          {
            outcome: 'reject',
            reasons: { text: own.kvallar },
            by: 'Lena Holm',
            at,
            interviewAt: new Date('2026-12-08T13:30:00+01:00'),
          },
          { screener: s },
        )
        return LOCALES.map((locale) => renderMessage(r, { screener: s, now, locale }))
      },
    ],
    [
      'closed.filled',
      (s) =>
        LOCALES.map((locale) =>
          renderMessage(s.screen(app('t-5', 'Maja'), { now: 'arrival' }), {
            screener: s,
            now,
            stage: 'job-closed',
            locale,
          }),
        ),
    ],
    [
      'closed.without-filling',
      (s) =>
        LOCALES.map((locale) =>
          renderMessage(s.screen(app('t-5', 'Maja'), { now: 'arrival' }), {
            screener: s,
            now,
            stage: 'job-closed',
            jobClosed: 'closed',
            locale,
          }),
        ),
    ],
    [
      'pool.consent',
      (s) =>
        LOCALES.map((locale) =>
          renderMessage(s.screen(app('t-7', 'Sanna'), { now: 'arrival' }), {
            screener: s,
            now,
            locale,
            talentPoolUrl: 'https://ats.vaxjo.example/kandidatbank/t-7',
          }),
        ),
    ],
    [
      'review.receipt',
      (s) =>
        LOCALES.map((locale) =>
          renderMessage(s.screen(app('t-5', 'Maja'), { now: 'arrival' }), {
            screener: s,
            now: new Date('2026-12-05T09:30:00+01:00'),
            locale,
          }),
        ),
    ],
  ]
  for (const [name, render] of shown)
    it(name, () => {
      for (const m of render(vaxjo())) golden(`${name}.${m.stage}.${m.locale}`, show(m))
    })
  it('pool.notice', () => {
    const s = vaxjo('{ mode: notice, months: 6 }')
    for (const locale of LOCALES) {
      const m = renderMessage(s.screen(app('t-7', 'Sanna'), { now: 'arrival' }), { screener: s, now, locale })
      expect(m.talentPool).toBe('notice')
      golden(`pool.notice.${m.stage}.${m.locale}`, show(m))
    }
  })
  // Found deciding an application by hand as a Swedish recruiter: a reason written like a
  // criterion's ("minst ett års erfarenhet av …") stood as a paragraph starting in lower case.
  it("a person's reason written as a fragment stands as a sentence, its words kept", () => {
    const s = vaxjo()
    const m = renderMessage(
      reviewed(s, { text: { sv: 'minst ett års erfarenhet av hemtjänst', en: 'at least a year in home care' } }),
      { screener: s, now, locale: 'sv' },
    )
    expect(m.text.split('\n')).toContain('Minst ett års erfarenhet av hemtjänst.')
    const whole = renderMessage(reviewed(s, { text: own.kvallar }), { screener: s, now, locale: 'sv' })
    expect(whole.text.split('\n')).toContain(own.kvallar.sv)
  })
  it("the person-decided ones are not marked automatic, name no one but the person's reasons, and carry the survey and the privacy notice", () => {
    const s = vaxjo()
    for (const locale of LOCALES) {
      const m = renderMessage(reviewed(s, { criteria: ['utbildning'], text: own.utbildning }), {
        screener: s,
        now,
        locale,
      })
      expect(m.automated).toBe(false)
      expect(toEmail(m, { from: 'a@vaxjo.example', to: 'maja@example.se' }).headers['Auto-Submitted']).toBeUndefined()
      expect(m.text).not.toMatch(/automati/i)
      expect(m.text).toContain(own.utbildning[locale])
      // The program found nothing unmet here (the application went to a person): only the person's criterion is named.
      for (const c of s.criteria.criteria.filter((x) => x.id !== 'utbildning'))
        expect(m.text).not.toContain(s.reason(c.id, locale)!)
      expect(m.text).toContain('https://enkat.vaxjo.example/s?app=t-5&steg=besked')
      expect(m.text.split('\n').at(-1)).toBe(
        locale === 'sv'
          ? 'Så behandlar vi dina personuppgifter: https://vaxjo.example/personuppgifter'
          : 'How we handle your personal data: https://vaxjo.example/personuppgifter',
      )
    }
  })
})

describe('message content', () => {
  it('names each unmet requirement by its reason, in the candidate language', () => {
    const r = screener.screen(apps['fe-1003']!, { now })
    const m = renderMessage(r, { screener, now })
    expect(m.stage).toBe('rejected')
    expect(m.locale).toBe('sv')
    expect(m.text).toContain(
      'För tjänsten krävs:\n• minst tre års yrkeserfarenhet av frontendutveckling\n• praktisk erfarenhet av ett modernt frontendramverk (React, Vue, Angular eller Svelte)\n• engelska på minst nivå B2 (teamet arbetar på engelska)\n\nUtifrån dina svar kunde vi inte se att de kraven är uppfyllda.',
    )
    expect(m.html).toContain('<ul>\n<li>minst tre års yrkeserfarenhet av frontendutveckling</li>')
    expect(m.text).not.toMatch(/du saknar|du är inte|you lack|you are not/i)
  })
  it('never says "Hej ," or "Hi ," without a first name', () => {
    for (const stage of STAGES)
      for (const locale of LOCALES) {
        const r = fitStage(
          screener,
          screener.screen({ ...apps['fe-1003']!, candidate: { firstName: '   ' } }, { now }),
          stage,
        )
        const m = renderMessage(r, { screener, now, stage, locale })
        expect(m.text).not.toMatch(/^(Hej|Hi)\s+[,!]/m)
        expect(m.text.split('\n')[0]).toMatch(/^(Hej!|Hello,)$/)
      }
  })
  it('a job title in a sentence is a common noun where that is safe; a subject keeps it as written', () => {
    const cases: [string, string][] = [
      ['Undersköterska', 'undersköterska'],
      ['Undersköterska i hemtjänsten, Växjö', 'undersköterska i hemtjänsten, Växjö'],
      ['Frontendutvecklare', 'frontendutvecklare'],
      ['Säljare B2B, SaaS', 'säljare B2B, SaaS'],
      ['Assistant nurse in home care', 'assistant nurse in home care'],
      // A name after a place's preposition is no sign of title case (found in a Swedish trial).
      ['Bibliotekarie till Almedalsbiblioteket i Visby', 'bibliotekarie till Almedalsbiblioteket i Visby'],
      ['Busschaufför i Luleå', 'busschaufför i Luleå'],
      ['Sjuksköterska på Akademiska sjukhuset', 'sjuksköterska på Akademiska sjukhuset'],
      ['Nurse at Karolinska', 'nurse at Karolinska'],
      ['Senior Developer at Spotify', 'Senior Developer at Spotify'],
      ['Head of Sales in Malmö', 'Head of Sales in Malmö'],
      // Not safe: an acronym or a capital second letter, or a title written in title case.
      ['B2B-säljare', 'B2B-säljare'],
      ['IT-tekniker', 'IT-tekniker'],
      ['UX Designer', 'UX Designer'],
      ['Frontend Developer', 'Frontend Developer'],
      ['Key Account Manager', 'Key Account Manager'],
      ['Head of Sales', 'Head of Sales'],
      ['Lagerarbetare Göteborg', 'Lagerarbetare Göteborg'],
      ['frontendutvecklare', 'frontendutvecklare'],
      ['X', 'X'],
      ['', ''],
    ]
    for (const [title, inText] of cases) expect(titleInText(title), title).toBe(inText)
    const r = screener.screen(apps['fe-1003']!, { now })
    const m = renderMessage(r, { screener, now, locale: 'sv' })
    expect(m.subject).toBe('Din ansökan till Nordlys Software AB – Frontendutvecklare')
    expect(m.text).toContain('Tack för att du sökte tjänsten som frontendutvecklare hos Nordlys Software AB')
    expect(messageContext(r, { screener, now, stage: 'rejected', locale: 'en' }).job).toMatchObject({
      title: 'Frontend Developer',
      titleInText: 'Frontend Developer',
    })
  })
  it('advice is a sentence of its own in a list, and goes only to a candidate found short of its criterion', async () => {
    const s = compileCriteria(await loadCriteria(join(__dirname, '../../rules/lagerarbetare.yaml')))
    const both = {
      id: 'a',
      submittedAt: '2026-11-20T10:00:00+01:00',
      candidate: { firstName: 'Kim', locale: 'sv' },
      answers: {
        workPermit: true,
        truckLicence: [],
        warehouseMonths: 30,
        eveningShifts: true,
        swedishLevel: 'A2',
        availableFrom: '2026-12-01',
      },
    }
    const m = renderMessage(s.screen(both, { now: 'arrival' }), { screener: s, now, stage: 'rejected' })
    expect(m.text).toContain(
      'Bra att veta om du vill söka igen längre fram:\n• Truckkort tas på några dagar hos en utbildare som följer TLP 10, och Arbetsförmedlingen kan ibland bekosta utbildningen.\n• Sfi och svenska som andraspråk på komvux är avgiftsfria och ger betyg som visar din nivå.',
    )
    // The same candidate with Swedish at B2: the language advice is not theirs to get.
    const one = renderMessage(
      s.screen({ ...both, answers: { ...both.answers, swedishLevel: 'B2' } }, { now: 'arrival' }),
      { screener: s, now, stage: 'rejected' },
    )
    expect(one.text).toContain('Bra att veta om du vill söka igen längre fram:\nTruckkort tas på några dagar')
    expect(one.text).not.toMatch(/[Ss]fi/)
    // Advice written without a full stop ends with one.
    const ctx = messageContext(s.screen(both, { now: 'arrival' }), {
      screener: {
        ...s,
        criteria: {
          ...s.criteria,
          criteria: s.criteria.criteria.map((c) =>
            c.advice ? { ...c, advice: { sv: 'ta kortet hos en utbildare' } } : c,
          ),
        },
      } as Screener,
      now,
      stage: 'rejected',
      locale: 'sv',
    })
    expect(ctx.advice).toEqual(['Ta kortet hos en utbildare.', 'Ta kortet hos en utbildare.'])
  })
  /** The bundled frontend rules with more YAML at the end (the file has no `messages` of its own). */
  const frontendWith = (yaml: string) =>
    compileCriteria(
      loadCriteriaText(`${readFileSync(join(__dirname, '../../rules/frontend-developer.yaml'), 'utf8')}\n${yaml}`),
    )
  it('the privacy notice is linked under the signature of every message when the file names it, and nowhere otherwise', () => {
    const withPrivacy = frontendWith('messages:\n  privacyUrl: https://nordlys.example/privacy\n')
    for (const stage of STAGES)
      for (const locale of LOCALES) {
        const r = screener.screen(apps['fe-1003']!, { now })
        const m = renderMessage(fitStage(withPrivacy, r, stage), { screener: withPrivacy, now, stage, locale })
        expect(m.text.split('\n\n').at(-1), `${stage} ${locale}`).toBe(
          locale === 'sv'
            ? 'Så behandlar vi dina personuppgifter: https://nordlys.example/privacy'
            : 'How we handle your personal data: https://nordlys.example/privacy',
        )
        expect(m.html).toContain('<a href="https://nordlys.example/privacy">https://nordlys.example/privacy</a>')
        expect(renderMessage(fitStage(screener, r, stage), { screener, now, stage, locale }).text).not.toMatch(
          /personuppgifter|personal data/,
        )
      }
  })
  it('the receipt says answers are screened automatically and how to reach a person, unless the file turns the notice off', () => {
    const r = screener.screen(apps['fe-1004']!, { now })
    expect(renderMessage(r, { screener, now }).text).toContain(
      'Svaren i ansökningsformuläret jämförs automatiskt med kraven för tjänsten, och det som inte går att avgöra säkert går alltid vidare till en av oss. Vill du hellre att en person går igenom din ansökan, eller har du frågor? Skriv till Sara Lindqvist på sara.lindqvist@nordlys.example.',
    )
    const off = frontendWith('messages:\n  automatedDecisionNotice: false\n')
    const m = renderMessage(off.screen(apps['fe-1004']!, { now }), { screener: off, now })
    expect(m.text).not.toContain('automatiskt')
    expect(m.text).toContain(
      'Har du frågor är du välkommen att höra av dig till Sara Lindqvist på sara.lindqvist@nordlys.example.',
    )
  })
  it('tells the candidate when they will hear back, from the send-time policy', () => {
    // fe-1004 is for a person to review (Monday 23 November, 08:30): five working days.
    const r = screener.screen(apps['fe-1004']!, { now })
    expect(renderMessage(r, { screener, now: new Date('2026-11-23T08:30:00+01:00') }).text).toContain(
      'Du får besked från oss senast måndag 30 november.',
    )
  })
})

describe('precompiled built-in templates', () => {
  // Oracle: the same template compiled now, unescaped, with the same helpers. The built-ins are
  // precompiled (no compiler, no `new Function` at render) and their text is the escaped body
  // unescaped; for any name, both must read exactly as a direct compile.
  it('render as a direct compile of the template does, for any first name', () => {
    const hb = Handlebars.create()
    const helpers = {
      list: (items: string[]) => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items),
      plural: (n: number, one: string, many: string) => (n === 1 ? one : many),
    }
    for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn as never)
    const direct = hb.compile(BUILT_IN_TEMPLATES.en.rejected.body, { ...TEMPLATE_COMPILE_OPTIONS, noEscape: true })
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }).filter((n) => n.trim().length > 0),
        (firstName) => {
          const r = screener.screen({ ...apps['fe-1003']!, candidate: { firstName, locale: 'en' } }, { now })
          const m = renderMessage(r, { screener, now, stage: 'rejected', locale: 'en' })
          const ctx = messageContext(r, { screener, now, stage: 'rejected', locale: 'en' })
          return (
            m.text ===
            direct(ctx)
              .replace(/\n{3,}/g, '\n\n')
              .trim()
          )
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('hostile values', () => {
  const hostile = (firstName: string) =>
    screener.screen({ ...apps['fe-1003']!, candidate: { firstName, locale: 'en' } }, { now })
  it('HTML in a name is escaped in HTML and literal in text', () => {
    const m = renderMessage(hostile('<script>alert(1)</script>'), { screener, now })
    expect(m.html).toContain('Hi &lt;script&gt;alert(1)&lt;/script&gt;,')
    expect(m.html).not.toContain('<script>')
    expect(m.text).toContain('Hi <script>alert(1)</script>,')
    expect(m.text).not.toMatch(/&lt;|&amp;|&#/)
  })
  it('template syntax in a name is never evaluated', () => {
    for (const name of ['{{constructor}}', '{{#each job}}x{{/each}}', '{{{job.contact.email}}}', '{{> partial}}']) {
      const m = renderMessage(hostile(name), { screener, now })
      // The greeting is the name as given, never what it would expand to.
      expect(m.text.split('\n')[0]).toBe(`Hi ${name},`)
    }
  })
  it('CR/LF in values never reach the subject', async () => {
    const doc = await loadCriteria(join(__dirname, '../../rules/frontend-developer.yaml'))
    const criteria = { ...doc.criteria, job: { ...doc.criteria.job, title: 'Dev\r\nBcc: evil@example.com' } }
    // A plain object is checked as a file is; a document built by hand skips the schema, and the render still folds the line.
    expect(() => compileCriteria(criteria as never)).toThrow(
      /job\.title: holds a control character \(U\+000D carriage return\)/,
    )
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
      if (name === '\u200Bx') expect(m.text.startsWith('Hi x,')).toBe(true)
      else expect(m.text.startsWith('Hello,'), JSON.stringify(name)).toBe(true)
    }
  })
  it('a late message needs a closing date', () => {
    const s = compileCriteria({ ...screener.criteria, job: { ...screener.criteria.job, closesAt: undefined } } as never)
    expect(() =>
      renderMessage(s.screen(apps['fe-1002']!, { now }), { screener: s, now, stage: 'late' as Stage }),
    ).toThrow(/closesAt/)
  })
})
