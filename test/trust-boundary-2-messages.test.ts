import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { growth, LINEAR } from './helpers/growth'
import { loadTemplates } from '../src/criteria/load-templates'
import { templateProblems } from '../src/criteria/templates'
import { CriteriaError, ScreeningError } from '../src/errors'
import { renderMessage, type RenderedMessage } from '../src/messages/render-message'
import { toEmail } from '../src/messages/to-email'
import { loadCriteria } from '../src/node/load-criteria'
import { compileCriteria, type Screener } from '../src/screen/compile-criteria'
import { loadCriteriaText } from '../src/screen/load-criteria'
import type { ScreeningResult } from '../src/screen/result'
import { STAGES } from '../src/criteria/constants'
import { fitStage } from './helpers/fit-stage'

// The trust boundary, round 2 (issue #20), the messages part: what reaches a candidate's email
// is clean, and custom templates that would print nonsense do not load. Each test fails
// without its fix.

const root = join(__dirname, '..')
const now = new Date('2026-11-24T12:00:00+01:00')
/** C0 (CR, LF, NUL, VT, ESC …), DEL, C1, and the Unicode line and paragraph separators. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/
const header = (job = '  title: Tester\n  company: Acme\n') => `id: t
version: 1
locale: en
job:
${job}  contact: { name: Ann, email: ann@acme.example }
fields:
  b: { type: boolean, label: { en: b } }
criteria:
  - { id: c, rule: { var: b }, required: true, reason: { en: a category B licence, sv: B-körkort } }
`
const issuesOf = (text: string) => {
  try {
    loadCriteriaText(text, { file: 'hostile.yaml' })
    return []
  } catch (e) {
    expect(e).toBeInstanceOf(CriteriaError)
    return (e as CriteriaError).issues
  }
}
const screenOne = (screener: Screener, firstName: string, locale = 'en') =>
  screener.screen(
    { id: 'a', submittedAt: '2026-11-20T10:00:00+01:00', candidate: { firstName, locale }, answers: { b: false } },
    { now },
  )
/** The greeting: the first line of the text, the first paragraph of the HTML. */
const greetings = (m: RenderedMessage) => [m.text.split('\n')[0], /<main>\n<p>(.*?)<\/p>/.exec(m.html)?.[1]]
/** Text with the isolates the renderer adds (U+2068 … U+2069 around a name) taken out. */
const withoutIsolates = (s: string) => s.replace(/\u2068[^\u2066-\u2069]*\u2069/g, '')

describe('the trust boundary, round 2: messages', () => {
  it('a first name with CR LF, NUL, VT, ESC or bidi controls (U+202E) is not kept in the greeting; a right-to-left name is isolated', async () => {
    const screener = compileCriteria(loadCriteriaText(header()))
    // A control character inside a name: no name (what is around it is not a name either).
    for (const name of [
      'Maja\r\nBcc: x@y.example',
      'Ma\u0000ja',
      'Ma\u000Bja',
      '\u001B[31mMaja',
      'Ma\u007Fja',
      'Maja\u0085Bcc',
      'Maja\u2028x',
    ]) {
      for (const [locale, greeting] of [
        ['en', 'Hello,'],
        ['sv', 'Hej!'],
      ] as const) {
        const r = screenOne(screener, name, locale)
        expect(r.application.firstName, JSON.stringify(name)).toBeUndefined()
        const m = renderMessage(r, { screener, now, stage: 'rejected' })
        expect(greetings(m), JSON.stringify(name)).toEqual([greeting, greeting])
        expect(m.text).not.toMatch(/Maja|Bcc/)
        expect(m.text.replace(/\n/g, '')).not.toMatch(CONTROL)
      }
    }
    // Line breaks around a name are only whitespace.
    expect(greetings(renderMessage(screenOne(screener, '  Maja\r\n'), { screener, now }))).toEqual([
      'Hi Maja,',
      'Hi Maja,',
    ])
    // Bidi controls are removed: a U+202E does not turn the rest of the greeting around.
    for (const name of ['\u202Eajam', 'Ma\u202Eja', 'Maja\u202E\u2066', '\u2067Maja\u202C'])
      expect(greetings(renderMessage(screenOne(screener, name), { screener, now })), JSON.stringify(name)).toEqual(
        Array(2).fill(`Hi ${name.replace(new RegExp(BIDI, 'g'), '')},`),
      )
    // Right-to-left names read right, isolated from the sentence: FSI … PDI in text, <bdi> in HTML.
    const cases: [string, string, string, string][] = [
      ['محمد', 'en', 'Hi \u2068محمد\u2069,', 'Hi <bdi>محمد</bdi>,'],
      ['\u202Eمحمد', 'en', 'Hi \u2068محمد\u2069,', 'Hi <bdi>محمد</bdi>,'],
      ['שרה', 'sv', 'Hej \u2068שרה\u2069!', 'Hej <bdi>שרה</bdi>!'],
      ['נועה<b>', 'en', 'Hi \u2068נועה<b>\u2069,', 'Hi <bdi>נועה&lt;b&gt;</bdi>,'],
    ]
    for (const [name, locale, text, html] of cases) {
      const m = renderMessage(screenOne(screener, name, locale), { screener, now, stage: 'rejected' })
      expect(greetings(m)).toEqual([text, html])
      expect(withoutIsolates(m.text)).not.toMatch(BIDI)
      expect(m.subject).not.toMatch(BIDI)
    }
    // A custom template gets the same: its HTML isolates the name with <bdi>.
    const custom = compileCriteria(await loadCriteria(join(root, 'test/fixtures/templates/criteria.yaml')))
    const r = custom.screen(
      {
        id: 'a',
        submittedAt: '2026-11-20T10:00:00+01:00',
        candidate: { firstName: 'محمد\u202E' },
        answers: { years: 0 },
      },
      { now },
    )
    expect(greetings(renderMessage(r, { screener: custom, now }))).toEqual([
      'Hi \u2068محمد\u2069,',
      'Hi <bdi>محمد</bdi>,',
    ])
    // A result from a file or built by hand is checked again when it is rendered.
    const handMade = {
      ...r,
      application: { ...r.application, firstName: 'Maja\r\nBcc: x@y.example' },
    } as ScreeningResult<boolean>
    expect(greetings(renderMessage(handMade, { screener: custom, now }))).toEqual(['Hi there,', 'Hi there,'])
  })

  it('CR LF in job.company does not reach the subject line, and toEmail passes no control character on', async () => {
    // At load: every value that may reach a subject or a header is one line of text, located.
    const issues = issuesOf(
      header('  title: { en: "Dev\\u001B[2J", sv: Utvecklare }\n  company: "Acme\\r\\nBcc: x@y.example"\n') +
        'messages:\n  signature: { en: "The team\\u0000" }\n  reviewContact: { name: "Ann\\u000BBerg", email: review@acme.example }\n',
    )
    expect(issues.map((i) => [i.code, i.file, i.line, i.message])).toEqual([
      [
        'control_character',
        'hostile.yaml',
        5,
        "job.title.en: holds a control character (U+001B escape): it is one line of text, and may reach an email's subject or headers",
      ],
      [
        'control_character',
        'hostile.yaml',
        6,
        "job.company: holds a control character (U+000D carriage return): it is one line of text, and may reach an email's subject or headers",
      ],
      [
        'control_character',
        'hostile.yaml',
        13,
        'messages.signature.en: holds a control character (U+0000 NUL); write the text without it',
      ],
      [
        'control_character',
        'hostile.yaml',
        14,
        "messages.reviewContact.name: holds a control character (U+000B vertical tab): it is one line of text, and may reach an email's subject or headers",
      ],
    ])
    expect(
      issuesOf(header('  title: Tester\n  company: "Acme\\u202E"\n')).map((i) => [i.code, i.line, i.message]),
    ).toEqual([['control_character', 6, expect.stringContaining('U+202E right-to-left override')]])
    // A signature may have several lines.
    expect(() => loadCriteriaText(`${header()}messages:\n  signature: { en: "Ann Berg\\nAcme" }\n`)).not.toThrow()

    // At render, whatever the values: a document built by hand skips the load checks.
    const doc = loadCriteriaText(header())
    const hostile = {
      ...doc.criteria,
      job: { ...doc.criteria.job, title: 'Dev\u0000\u001B[2J', company: 'Acme\r\nBcc: x@y.example\u0085\u2028X-Y: z' },
    }
    expect(() => compileCriteria(hostile)).toThrow(CriteriaError)
    const screener = compileCriteria({ ...doc, criteria: hostile, locate: doc.locate })
    for (const stage of STAGES.filter((s) => s !== 'late')) {
      const m = renderMessage(fitStage(screener, screenOne(screener, 'Maja'), stage), { screener, now, stage })
      expect(m.subject, stage).not.toMatch(CONTROL)
      expect(m.text.replace(/\n/g, ''), stage).not.toMatch(CONTROL)
      expect(m.html.replace(/\n/g, ''), stage).not.toMatch(CONTROL)
    }
    const m = renderMessage(screenOne(screener, 'Maja'), { screener, now, stage: 'rejected' })
    expect(m.subject).toBe('Your application for Dev [2J at Acme Bcc: x@y.example X-Y: z')
    const email = toEmail(m, { from: 'Acme <jobs@acme.example>', to: 'maja@example.se' })
    for (const value of [email.from, email.to, email.replyTo, email.subject, ...Object.values(email.headers)])
      expect(value).not.toMatch(CONTROL)

    // toEmail on its own: a subject is folded; an address or a language with a control character is refused, never passed on.
    const message = { ...m, subject: 'Your application\r\nBcc: x@y.example' }
    expect(toEmail(message, { from: 'a@acme.example', to: 'maja@example.se' }).subject).toBe(
      'Your application Bcc: x@y.example',
    )
    const refused: [RenderedMessage, { from: string; to: string; replyTo?: string }, string][] = [
      [m, { from: 'a@acme.example\r\nBcc: x@y.example', to: 'maja@example.se' }, 'from'],
      [m, { from: 'a@acme.example', to: 'maja@example.se\nBcc: x@y.example' }, 'to'],
      [m, { from: 'a@acme.example', to: 'maja@example.se', replyTo: 'r@acme.example\u0000' }, 'replyTo'],
      [
        { ...m, replyTo: 'r@acme.example\r\nBcc: x@y.example' },
        { from: 'a@acme.example', to: 'maja@example.se' },
        'replyTo',
      ],
      [
        { ...m, locale: 'en\r\nBcc: x@y.example' as never },
        { from: 'a@acme.example', to: 'maja@example.se' },
        'Content-Language',
      ],
    ]
    for (const [msg, options, name] of refused) {
      const e = (() => {
        try {
          return toEmail(msg, options)
        } catch (x) {
          return x
        }
      })()
      expect(e, name).toBeInstanceOf(ScreeningError)
      expect(e).toMatchObject({
        code: 'unsafe_header',
        message: expect.stringContaining(`toEmail: ${name} holds a control character`),
      })
    }
  })

  /** Loads a criteria text with its templates (file name → text); the CriteriaError's issues, or the document. */
  const withTemplates = async (templates: Record<string, string>, refs = 'rejected: { en: t.en.hbs }') => {
    const doc = loadCriteriaText(`${header()}messages:\n  templates:\n    ${refs}\n`)
    return loadTemplates(doc, templates).catch((e: unknown) => {
      expect(e).toBeInstanceOf(CriteriaError)
      return (e as CriteriaError).issues
    })
  }
  const problemsOf = async (body: string) => {
    const got = await withTemplates({ 't.en.hbs': `Subject {{job.title}}\n\nHello,\n\n${body}\n` })
    return Array.isArray(got) ? got : []
  }

  it('custom templates that load but print nonsense ({{this}}, a helper applied to the wrong type) are load errors', async () => {
    const cases: [string, number, string][] = [
      ['{{this}}', 1, '{{this}} is the whole message (all its variables), and would print "[object Object]"'],
      ['{{.}}', 1, '{{.}} is the whole message'],
      ['{{@root}}', 1, '{{@root}} is the whole message'],
      [
        '{{this.job}}',
        1,
        '{{this.job}} is a group of values (title, titleInText, company, url, closesAt, closesAtTime, contact)',
      ],
      [
        '{{#each requirements}}• {{this}}{{/each}}',
        25,
        '{{this}} is a group of values (reason, why, advice), and would print "[object Object]": print one value, such as {{reason}}',
      ],
      ['{{#with review}}{{this}}{{/with}}', 17, '{{this}} is a group of values (name, email)'],
      ['{{#each unmet}}{{this.x}}{{/each}}', 18, '"this.x" reads "x" of a text, which has none'],
      ['{{unmet}}', 1, '{{unmet}} is a list of texts, and would print "A,B": write {{list unmet}}'],
      ['{{requirements}}', 1, 'go through it with {{#each requirements}}'],
      [
        '{{automatedDecision}}',
        1,
        'is true or false, and would print "true" or "false": use it as {{#if automatedDecision}}',
      ],
      [
        '{{date job.title "d MMMM"}}',
        8,
        '"date" takes a date, such as job.closesAt or timeline.replyBy, and job.title is a text',
      ],
      ['{{date unmetCount}}', 8, 'and unmetCount is a number'],
      ['{{date job.closesAt job.title}}', 21, '"date" takes a pattern in quotes'],
      ['{{list unmetCount}}', 8, '"list" takes a list of texts, such as unmet or advice, and unmetCount is a number'],
      ['{{list job.title}}', 8, 'and job.title is a text'],
      ['{{list requirements}}', 8, 'and requirements is a list of groups (reason, why, advice)'],
      ['{{list unmet "and"}}', 1, '"list" takes 1 value: {{list unmet}}'],
      ['{{list unmet separator=", "}}', 1, '"list" takes no named values (separator=…)'],
      [
        '{{plural job.title "krav" "krav"}}',
        10,
        '"plural" takes a number, such as unmetCount, and job.title is a text',
      ],
      ['{{plural unmetCount "requirement"}}', 1, '"plural" takes 3 values'],
      ['{{date (list unmet)}}', 8, '"date" takes a date'],
      ['{{#with job.title}}{{this}}{{/with}}', 1, '{{#with}} opens a group of values'],
    ]
    for (const [body, column, message] of cases) {
      const issues = await problemsOf(body)
      expect(
        issues.map((i) => [i.code, i.file, i.line, i.column]),
        body,
      ).toEqual([['template_invalid', 't.en.hbs', 5, column]])
      expect(issues[0]!.message, body).toContain(message)
    }
    // What these helpers and variables are for still loads.
    const fine =
      '{{#each unmet}}• {{this}}\n{{/each}}{{#each requirements}}{{reason}}{{#if why}} ({{why}}){{/if}}{{/each}} {{list advice}} {{list unmet}} {{date job.closesAt "d MMMM yyyy"}} {{date timeline.replyBy}} {{plural unmetCount "requirement" "requirements"}} {{#with job}}{{title}} {{contact.name}}{{/with}} {{#each advice}}{{@index}} {{this}}{{/each}} {{unmetCount}} {{job.closesAt}}'
    expect(await problemsOf(fine)).toEqual([])
  })

  it("literal <script> or event-handler attributes in a template's HTML are a load error", async () => {
    const cases: [string, number, number, string][] = [
      ['<script>alert(1)</script>', 5, 1, '<script> is not allowed in a message'],
      ['Read <SCRIPT src="https://x.example/a.js"></SCRIPT>', 5, 6, '<script> is not allowed'],
      ['<iframe src="https://x.example"></iframe>', 5, 1, '<iframe> is not allowed'],
      ['<object data="x.swf"></object>', 5, 1, '<object> is not allowed'],
      ['<embed src="x.swf">', 5, 1, '<embed> is not allowed'],
      [
        '<img src="https://x.example/p.png" onerror="alert(1)">',
        5,
        36,
        'the event-handler attribute "onerror" is not allowed',
      ],
      ['<a href="{{job.url}}"\n   onclick="track()">{{job.title}}</a>', 6, 4, 'the event-handler attribute "onclick"'],
      ['<a href="{{job.url}}" on{{stage}}="x">', 5, 23, 'the event-handler attribute "on{{…}}"'],
      ['<a href="javascript:alert(1)">here</a>', 5, 1, 'a javascript: URL is not allowed in a message'],
      ['<a href="java&#x09;script&#58;alert(1)">here</a>', 5, 1, 'a javascript: URL'],
      ['<a href=" JAVASCRIPT:alert(1)">here</a>', 5, 1, 'a javascript: URL'],
    ]
    for (const [body, line, column, message] of cases) {
      const issues = await problemsOf(body)
      expect(
        issues.map((i) => [i.code, i.file, i.line, i.column]),
        body,
      ).toEqual([['template_invalid', 't.en.hbs', line, column]])
      expect(issues[0]!.message, body).toContain(message)
    }
    // Words are not markup, a comment is never sent, and plain links are what messages are for.
    for (const body of [
      'Skills: JavaScript: three years',
      'We are on=call',
      'a < b and c > d onclick=1',
      '{{!-- <script>x</script> --}}',
      '<a href="https://acme.example">Acme</a>',
      '<p>{{job.title}}</p>',
    ])
      expect(await problemsOf(body), body).toEqual([])
  })

  it('a custom template\'s "Dear {{candidate.firstName}}," reads as the built-in no-name greeting when there is no usable name', async () => {
    const doc = await withTemplates(
      {
        't.en.hbs':
          'Your application for {{job.title}}\r\n\r\nDear {{candidate.firstName}},\r\n\r\nWe need {{list unmet}}.\r\n',
        't.sv.hbs': 'Din ansökan\n\n  Hej {{candidate.firstName}}!\n\nVi behöver {{list unmet}}.\n',
      },
      'rejected: { en: t.en.hbs, sv: t.sv.hbs }',
    )
    if (Array.isArray(doc)) throw new Error(JSON.stringify(doc))
    // The warning says what the greeting reads without a name, and how to word it otherwise.
    expect(
      (doc.warnings ?? [])
        .map((w) => [w.file, w.line, w.column, w.message])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual([
      [
        't.en.hbs',
        3,
        6,
        'template rejected.en: without a usable first name this greeting reads "Hello,", as the built-in messages do; to word it yourself, write {{#if candidate.firstName}}…{{else}}…{{/if}}',
      ],
      [
        't.sv.hbs',
        3,
        7,
        'template rejected.sv: without a usable first name this greeting reads "Hej!", as the built-in messages do; to word it yourself, write {{#if candidate.firstName}}…{{else}}…{{/if}}',
      ],
    ])
    const screener = compileCriteria(doc)
    const cases: [string, 'en' | 'sv', string, string][] = [
      ['', 'en', 'Hello,', 'We need a category B licence.'],
      ['\u200B', 'en', 'Hello,', 'We need a category B licence.'],
      ['Maja\r\nBcc: x@y.example', 'en', 'Hello,', 'We need a category B licence.'],
      ['', 'sv', 'Hej!', 'Vi behöver B-körkort.'],
      ['...', 'sv', 'Hej!', 'Vi behöver B-körkort.'],
      ['Maja', 'en', 'Dear Maja,', 'We need a category B licence.'],
      ['Maja', 'sv', '  Hej Maja!', 'Vi behöver B-körkort.'],
    ]
    for (const [name, locale, greeting, next] of cases) {
      const m = renderMessage(screenOne(screener, name, locale), { screener, now })
      expect(m.text, JSON.stringify([name, locale])).toBe(`${greeting}\n\n${next}`.trim())
      expect(m.html).toContain(`<main>\n<p>${greeting.trim()}</p>\n<p>${next}</p>\n</main>`)
    }
    // A greeting with more after it, or on a later line, reads as the built-in one too (the review's cases).
    const later = await withTemplates({
      't.en.hbs':
        'About {{job.title}}\n\nThanks for applying.\n\nDear {{candidate.firstName}}, thank you for your patience.\nHi {{candidate.firstName}}!\n',
    })
    if (Array.isArray(later)) throw new Error(JSON.stringify(later))
    const laterScreener = compileCriteria(later)
    const anonymous = renderMessage(screenOne(laterScreener, '\u200b', 'en'), { screener: laterScreener, now })
    expect(anonymous.text).toBe('Thanks for applying.\n\nHello, thank you for your patience.\nHello,')
    expect(renderMessage(screenOne(laterScreener, 'Maja', 'en'), { screener: laterScreener, now }).text).toBe(
      'Thanks for applying.\n\nDear Maja, thank you for your patience.\nHi Maja!',
    )
    expect((later.warnings ?? []).map((w) => w.line)).toEqual([5, 6])
    // The second review's forms: @root, the name guarded alone (still "Dear ," without one), and a greeting inside <p>.
    for (const [body, expected] of [
      ['Dear {{@root.candidate.firstName}},', 'Hello,'],
      ['Dear {{#if candidate.firstName}}{{candidate.firstName}}{{/if}}, thanks.', 'Hello, thanks.'],
      ['<p>Dear {{candidate.firstName}},</p>\n<p>We read it.</p>', 'Hello,\n\nWe read it.'],
    ] as const) {
      const loaded = await withTemplates({ 't.en.hbs': `About {{job.title}}\n\n${body}\n` })
      if (Array.isArray(loaded)) throw new Error(`${body}: ${JSON.stringify(loaded)}`)
      const sc = compileCriteria(loaded)
      expect(renderMessage(screenOne(sc, '', 'en'), { screener: sc, now }).text, body).toBe(expected)
      expect(renderMessage(screenOne(sc, 'Maja', 'en'), { screener: sc, now }).text, body).toBe(
        expected.replace('Hello,', 'Dear Maja,'),
      )
    }
    // Block parameters name the item, as Handlebars has them (the review found them refused).
    const named = await withTemplates({
      't.en.hbs':
        'About {{job.title}}\n\nHello,\n{{#each unmet as |reason i|}}{{i}}. {{reason}}\n{{/each}}{{#with job as |j|}}{{j.company}}{{/with}}\n',
    })
    if (Array.isArray(named)) throw new Error(JSON.stringify(named))
    expect(
      await withTemplates({ 't.en.hbs': 'About {{job.title}}\n\n{{#each unmet as |u|}}{{u.x}}{{/each}}\n' }),
    ).toEqual([
      expect.objectContaining({ message: expect.stringContaining('"u.x" reads "x" of a text, which has none') }),
    ])
    // A name elsewhere (the subject, mid-sentence, inside {{#with}}) would print an empty place: a load error that says how to guard it.
    for (const [template, line] of [
      ['About {{job.title}} for {{candidate.firstName}}\n\nHello,\n', 1],
      ['About {{job.title}}\n\nThank you, {{candidate.firstName}}, for applying.\n', 3],
      ['About {{job.title}}\n\n{{#with candidate}}Dear {{firstName}},{{/with}}\n', 3],
    ] as const) {
      const refused = await withTemplates({ 't.en.hbs': template })
      expect(refused, template).toEqual([
        expect.objectContaining({
          code: 'template_invalid',
          line,
          message: expect.stringContaining('may be empty (no usable name was given): write it inside {{#if'),
        }),
      ])
    }
  })

  // Round 2, follow-up: the HTML a custom template may hold is an allow-list, checked when it
  // loads, and the rendered document keeps what RenderedMessage.html promises.
  const job = (url?: string) => `  title: Tester\n  company: Acme\n${url ? `  url: "${url}"\n` : ''}`
  /** A screener whose rejection is the given body (line 5 of its file, after "Hello,"), or the load's issues. */
  const custom = async (body: string, url?: string, subject = 'Subject {{job.title}}') => {
    const doc = loadCriteriaText(`${header(job(url))}messages:\n  templates:\n    rejected: { en: t.en.hbs }\n`)
    return loadTemplates(doc, { 't.en.hbs': `${subject}\n\nHello,\n\n${body}\n` }).then(
      (d) => compileCriteria(d),
      (e: unknown) => {
        expect(e).toBeInstanceOf(CriteriaError)
        return (e as CriteriaError).issues
      },
    )
  }
  const rendered = async (body: string, url?: string, name = 'Maja', options: { talentPoolUrl?: string } = {}) => {
    const screener = await custom(body, url)
    if (Array.isArray(screener)) throw new Error(JSON.stringify(screener))
    return renderMessage(screenOne(screener, name), { screener, now, stage: 'rejected', ...options })
  }
  const main = (m: RenderedMessage) => /<main>\n([\s\S]*)\n<\/main>/.exec(m.html)?.[1]
  /** Every element and attribute of a rendered body: what a mail client gets. */
  const markupOf = (html: string) =>
    [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)].map((m) => ({
      name: m[1]!.toLowerCase(),
      attributes: m[2]!.replace(/\/$/, '').trim(),
    }))
  const SAFE_HREF = /^href="(https:\/\/[^"\s]+|mailto:[^"\s@]+@[^"\s]+)"$/
  const MESSAGE_MARKUP = new Set([
    'p',
    'br',
    'ul',
    'ol',
    'li',
    'strong',
    'b',
    'em',
    'i',
    'a',
    'h1',
    'h2',
    'h3',
    'blockquote',
    'hr',
    'bdi',
  ])
  /** The promise of RenderedMessage.html, for one body: allowed elements, attributes only an https: or mailto: href on <a>. */
  const keepsThePromise = (m: RenderedMessage, what: string) => {
    for (const { name, attributes } of markupOf(main(m) ?? '')) {
      expect(MESSAGE_MARKUP.has(name), `${what}: <${name}>`).toBe(true)
      if (attributes) expect(name === 'a' && SAFE_HREF.test(attributes), `${what}: <${name} ${attributes}>`).toBe(true)
    }
    expect(m.html, what).not.toMatch(/\bsrc\s*=|\bstyle\s*=|url\(|<link|<img|<base|<meta http-equiv/i)
    expect(m.text, what).not.toMatch(/<\/?[a-z][a-z0-9]*\b[^>]*>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i)
  }

  it("a variable in a link's address is a load error unless it is the whole address and {{job.url}} or {{talentPool.joinUrl}}; never a value the candidate gave", async () => {
    const cases: [string, number, string][] = [
      [
        '<a href="{{candidate.firstName}}">{{job.title}}</a>',
        10,
        'href="{{candidate.firstName}}": a link\'s address may come only from {{job.url}} or {{talentPool.joinUrl}}, whose addresses are checked to be https: or mailto:; the candidate\'s name is never an address',
      ],
      [
        '<a href="{{job.url}}x">our openings</a>',
        10,
        'href="{{job.url}}x": a variable in a link\'s address must be the whole address',
      ],
      [
        '<a href="https://acme.example/?q={{job.title}}">search</a>',
        10,
        "a variable in a link's address must be the whole address",
      ],
      [
        '<a href="mailto:{{job.contact.email}}">write</a>',
        10,
        'an email address in the text, such as {{job.contact.email}}, becomes a mailto: link by itself',
      ],
      ['<a href="{{review.email}}">write</a>', 10, 'may come only from {{job.url}} or {{talentPool.joinUrl}}'],
      ['<a href="{{#if job.url}}{{job.url}}{{/if}}">here</a>', 10, 'must be the whole address'],
      ['<a href={{job.url}}>here</a>', 9, 'write the address in quotes: href="{{job.url}}"'],
      [
        '<a href="{{job.url}}" title="{{candidate.firstName}}">here</a>',
        23,
        'the attribute "title" is not allowed on <a>',
      ],
      [
        '{{#each unmet}}<a href="{{this}}">{{this}}</a>{{/each}}',
        25,
        'may come only from {{job.url}} or {{talentPool.joinUrl}}',
      ],
    ]
    for (const [body, column, message] of cases) {
      const issues = await custom(body)
      expect(Array.isArray(issues) ? issues.map((i) => [i.code, i.file, i.line, i.column]) : issues, body).toEqual([
        ['template_invalid', 't.en.hbs', 5, column],
      ])
      expect((issues as { message: string }[])[0]!.message, body).toContain(message)
    }

    // The whole address from a checked variable links; an address that turns out not to be
    // https: or mailto: when the message is rendered (job.url of http:, a warning at load) is text.
    const body =
      '<p>See <a href="{{job.url}}">our openings</a>.</p>\n{{#if talentPool.joinUrl}}<p><a href="{{talentPool.joinUrl}}">Join the talent pool</a></p>{{/if}}'
    let m = await rendered(body, 'https://acme.example/jobs?team=a&b=1', 'Maja', {
      talentPoolUrl: 'https://ats.example/pool?id=1&x=y',
    })
    expect(main(m)).toBe(
      '<p>Hello,</p>\n<p>See <a href="https://acme.example/jobs?team&#x3D;a&amp;b&#x3D;1">our openings</a>.</p>\n<p><a href="https://ats.example/pool?id&#x3D;1&amp;x&#x3D;y">Join the talent pool</a></p>',
    )
    expect(m.text).toBe(
      'Hello,\n\nSee our openings (https://acme.example/jobs?team=a&b=1).\n\nJoin the talent pool (https://ats.example/pool?id=1&x=y)',
    )
    keepsThePromise(m, 'https')
    m = await rendered(body, 'http://acme.example/jobs')
    expect(main(m)).toBe('<p>Hello,</p>\n<p>See <a>our openings</a>.</p>')
    expect(m.text).toBe('Hello,\n\nSee our openings.')
    keepsThePromise(m, 'http')
    // A screener whose criteria were changed by hand skips the load checks: the link still goes nowhere but https: or mailto:.
    const screener = await custom(body, 'https://acme.example/jobs')
    if (Array.isArray(screener)) throw new Error(JSON.stringify(screener))
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      '//evil.example',
      'https://acme.example@evil.example',
    ]) {
      const handMade = { ...screener, criteria: { ...screener.criteria, job: { ...screener.criteria.job, url } } }
      m = renderMessage(screenOne(handMade as Screener, 'Maja'), {
        screener: handMade as Screener,
        now,
        stage: 'rejected',
      })
      expect(main(m), url).toBe('<p>Hello,</p>\n<p>See <a>our openings</a>.</p>')
      keepsThePromise(m, url)
    }
  })

  it("a custom template's http: links, remote images, CSS url(…), <link> and style attributes are load errors: its HTML is an allow-list", async () => {
    const cases: [string, number, number, string][] = [
      [
        '<a href="http://acme.example/jobs">our openings</a>',
        5,
        10,
        'href="http://acme.example/jobs": http: is sent unencrypted and can be changed on the way; a message links only to https: and mailto: addresses',
      ],
      [
        '<img src="https://tracker.example/p.gif" width="1" height="1">',
        5,
        1,
        '<img> is not allowed in a message: a message loads nothing from elsewhere (an image is fetched when the message is opened, which tells the sender who read it and when)',
      ],
      [
        '<p style="background:url(https://tracker.example/p.gif)">Hi</p>',
        5,
        4,
        'the style attribute is not allowed in a message',
      ],
      [
        '<style>\np { background: url(https://tracker.example/p.gif) }\n</style>',
        5,
        1,
        '<style> is not allowed in a message: a message brings no style sheet',
      ],
      ['<link rel="stylesheet" href="https://evil.example/x.css">', 5, 1, '<link> is not allowed in a message'],
      [
        '<p class="lead">{{job.title}}</p>',
        5,
        4,
        'the attribute "class" is not allowed on <p>: the only attribute a message uses is href on <a>',
      ],
      [
        'Thanks for applying. <objective>',
        5,
        22,
        '<objective> is not allowed in a message; a message may use <p>, <br>, <ul>, <ol>, <li>, <strong>, <b>, <em>, <i>, <a href="…">, <h1>, <h2>, <h3>, <blockquote> and <hr>',
      ],
    ]
    for (const [body, line, column, message] of cases) {
      const issues = await custom(body)
      expect(Array.isArray(issues) ? issues.map((i) => [i.code, i.file, i.line, i.column]) : issues, body).toEqual([
        ['template_invalid', 't.en.hbs', line, column],
      ])
      expect((issues as { message: string }[])[0]!.message, body).toContain(`template rejected.en: ${message}`)
    }
    // The subject line is plain text: markup there would show as written.
    const subject = await custom('Hi', undefined, 'About <b>{{job.title}}</b> &amp; more')
    expect(Array.isArray(subject) ? subject.map((i) => [i.line, i.column, i.message]) : subject).toEqual([
      [
        1,
        7,
        'template rejected.en: the subject line is plain text: <b> would show as written; write the subject without markup',
      ],
      [
        1,
        23,
        'template rejected.en: the subject line is plain text: </b> would show as written; write the subject without markup',
      ],
      [
        1,
        28,
        'template rejected.en: the subject line is plain text: &amp; would show as written; write the character itself',
      ],
    ])
  })

  /** Hostile snippets: each a load error, at its line and column (the body starts on line 5). */
  const HOSTILE: [string, number, number, string][] = [
    // Tracking pixels and remote resources.
    [
      '<img src="https://tracker.example/p.gif" width="1" height="1">',
      5,
      1,
      '<img> is not allowed in a message: a message loads nothing from elsewhere',
    ],
    ['<IMG SRC=https://tracker.example/p.gif>', 5, 1, '<IMG> is not allowed in a message'],
    ['<img\nsrc="https://tracker.example/p.gif">', 5, 1, '<img> is not allowed'],
    ['<p style="background:url(https://tracker.example/p.gif)">Hi</p>', 5, 4, 'the style attribute is not allowed'],
    ['<style>p{background:url(https://tracker.example/p.gif)}</style>', 5, 1, '<style> is not allowed'],
    ['<link rel="stylesheet" href="https://evil.example/x.css">', 5, 1, '<link> is not allowed'],
    ['<video src="https://x.example/v.mp4" autoplay></video>', 5, 1, '<video> is not allowed'],
    [
      '<table background="https://tracker.example/p.gif"><tr><td>x</td></tr></table>',
      5,
      1,
      '<table> is not allowed in a message: a letter is read on a phone',
    ],
    ['<body background="https://tracker.example/p.gif">', 5, 1, '<body> is not allowed'],
    [
      '<!--[if mso]><img src="https://tracker.example/p.gif"><![endif]-->',
      5,
      1,
      'HTML comments and declarations (<!-- … -->, <!doctype>, <![CDATA[ … ]]>) are not allowed in a message',
    ],
    // A page of its own: a base address, a redirect, a form, a box.
    ['<base href="https://evil.example/">', 5, 1, '<base> is not allowed'],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example">', 5, 1, '<meta> is not allowed'],
    [
      '<form action="https://evil.example/login"><input name="password"></form>',
      5,
      1,
      '<form> is not allowed in a message: a message asks for nothing in a form',
    ],
    ['<div style="display:none">hidden</div>', 5, 1, '<div> is not allowed'],
    ['<!doctype html>', 5, 1, 'HTML comments and declarations'],
    // Code.
    ['<svg><script>alert(1)</script></svg>', 5, 1, '<svg> is not allowed'],
    ['<svg onload="alert(1)">', 5, 6, 'the event-handler attribute "onload" is not allowed'],
    ['<ScRiPt>alert(1)</sCrIpT>', 5, 1, '<script> is not allowed'],
    ['<math><mtext><img src=x></mtext></math>', 5, 1, '<math> is not allowed'],
    [
      '<a\nhref="https://acme.example"\nonmouseover="alert(1)">x</a>',
      7,
      1,
      'the event-handler attribute "onmouseover"',
    ],
    // Link addresses.
    ['<a href="&#106;avascript:alert(1)">x</a>', 5, 1, 'a javascript: URL is not allowed'],
    ['<a href="&#x6A;&#x61;vascript&colon;alert(1)">x</a>', 5, 1, 'a javascript: URL is not allowed'],
    ['<a href="java\nscript:alert(1)">x</a>', 5, 1, 'a javascript: URL is not allowed'],
    ['<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', 5, 10, 'data: links are not allowed in a message'],
    ['<a href="//evil.example/login">x</a>', 5, 10, 'an address without a scheme'],
    ['<a href="http://acme.example/jobs">jobs</a>', 5, 10, 'http: is sent unencrypted'],
    [
      '<a href="https://acme.example@evil.example/">acme.example</a>',
      5,
      10,
      'an address with a name before "@" leads somewhere else than it reads',
    ],
    ['<a href="https:evil.example">x</a>', 5, 10, 'it is not a well-formed address'],
    ['<a href="https://acme.example/&#x202E;gpj.exe">x</a>', 5, 10, '&#x202E; stands for U+202E'],
    ['<a href=https://acme.example>x</a>', 5, 9, 'write the address in quotes'],
    ['<A HREF="https://acme.example" TARGET="_blank">x</A>', 5, 32, 'the attribute "TARGET" is not allowed on <a>'],
    ['<a href="https://acme.example" style="color:red">x</a>', 5, 32, 'the style attribute is not allowed'],
    ['<a>x</a>', 5, 1, 'a link needs its address'],
    // Broken tags and structure.
    ['<img src="https://tracker.example/p.gif"', 5, 1, 'the tag <img … is not closed with ">"'],
    [
      '<a href="https://acme.example" <img src="https://tracker.example/p.gif">x</a>',
      5,
      1,
      'the tag <a … is not closed with ">" before the next "<"',
    ],
    ['<a href="https://acme.example">x', 5, 1, '<a> is not closed: write </a>'],
    ['<p>x</p>\n<p>y', 6, 1, '<p> is not closed'],
    [
      '{{#if job.url}}<p>{{/if}}x</p>',
      5,
      16,
      '<p> is not closed: write </p> in the same branch of its {{#if}} … {{/if}} block',
    ],
    ['<strong><p>x</p></strong>', 5, 9, '<p> cannot be inside <strong>'],
    ['<ul>text<li>x</li></ul>', 5, 5, 'text inside <ul> goes in an <li>'],
    ['<li>x</li>', 5, 1, '<li> goes directly inside <ul> or <ol>'],
    ['<a href="https://a.example"><a href="https://b.example">x</a></a>', 5, 29, 'a link cannot be inside a link'],
    ['<p>x</p></br>', 5, 9, '<br> has no end tag'],
    ['<br/><p/>', 5, 6, '<p/> does not end the element'],
    ['Hi <p>there</p>', 5, 4, '<p> starts a block of its own: begin a line with it'],
    ['</div>', 5, 1, '</div> is not allowed'],
    // Variables and references where markup is.
    ['<{{stage}}>x', 5, 1, "a tag's name cannot come from a variable"],
    ['<p {{#if job.url}}title="x"{{/if}}>x</p>', 5, 4, 'a variable or block inside a tag is not allowed'],
    ['<b>Fish &eacute; chips</b>', 5, 9, '&eacute; is not one of the character references a message may use'],
    ['<b>Q&A</b>', 5, 5, '"&A" reads as a character reference without its ";": write & as &amp;'],
    ['<b>x</b>&#x202E;', 5, 9, '&#x202E; stands for U+202E, a control or formatting character'],
    ['<b>x</b> &#0;', 5, 10, '&#0; stands for no character'],
  ]

  /** Ordinary templates: plain text, the bundled ones, the built-in wording, and HTML letters. */
  const HTML_LETTER = `<h2>Your application for {{job.title}}</h2>
<p>Hi {{#if candidate.firstName}}{{candidate.firstName}}{{else}}there{{/if}},</p>
<p>Thank you for applying &ndash; we read every application, <em>start to finish</em>.<br>
This time we need <strong>{{list unmet}}</strong>.</p>
{{#if severalRequirements}}<ul>
{{#each requirements}}<li>{{reason}}{{#if why}} ({{why}}){{/if}}</li>
{{/each}}</ul>{{/if}}
<ol>
<li>Read <a href="https://acme.example/careers?team=dev&amp;lang=en">our careers page</a>.</li>
<li>Write to <a href="mailto:jobs@acme.example?subject=Question">jobs@acme.example</a>, or {{job.contact.email}}.</li>
</ol>
{{#if job.url}}<p><a href="{{job.url}}">Our openings</a></p>{{/if}}
<blockquote>We hire for what you can do, not where you learnt it.</blockquote>
<hr />
<P>Kind regards,</P>

{{signature}}`
  const ORDINARY: [string, string][] = [
    [
      'plain text',
      'Thanks for applying for {{job.title}}.\n\nWe need {{list unmet}}: Q&A, R&D, a < b, <3 and > are text here.',
    ],
    ['bullets', 'We need:\n{{#each unmet}}\n• {{this}}{{/each}}\n\nhttps://acme.example/jobs'],
    ['an HTML letter', HTML_LETTER],
    [
      'inline markup in text',
      'We need <strong>{{list unmet}}</strong>, see <a href="{{job.url}}">our openings</a>.\n\n<em>Kind regards</em><br>\n{{signature}}',
    ],
    [
      'a list in a block',
      '{{#if unmetCount}}\n<ul>\n{{#each unmet}}\n<li>{{this}}</li>\n{{/each}}\n</ul>\n{{/if}}\n\nBye',
    ],
  ]

  it(`a corpus of ${HOSTILE.length} hostile template snippets: every one is a load error at its line and column`, async () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30)
    for (const [body, line, column, message] of HOSTILE) {
      const issues = await custom(body)
      expect(Array.isArray(issues), body).toBe(true)
      const all = issues as { code: string; file?: string; line?: number; column?: number; message: string }[]
      for (const i of all)
        expect([i.code, i.file, typeof i.line, typeof i.column], body).toEqual([
          'template_invalid',
          't.en.hbs',
          'number',
          'number',
        ])
      expect([all[0]!.line, all[0]!.column], body).toEqual([line, column])
      expect(all[0]!.message, body).toContain(message)
    }
  })

  it('ordinary templates load and render unchanged: the bundled ones, the built-in wording as a custom template, plain text, HTML letters', async () => {
    const { BUILT_IN_TEMPLATES } = await import('../src/messages/templates')
    const ordinary = [
      ...ORDINARY,
      ...Object.entries(BUILT_IN_TEMPLATES).flatMap(([locale, stages]) =>
        Object.entries(stages).map(([stage, t]): [string, string] => [`built-in ${locale}.${stage}`, t.body]),
      ),
    ]
    for (const [what, body] of ordinary)
      for (const name of ['Maja', 'محمد', '']) {
        const m = await rendered(body, 'https://acme.example/jobs', name)
        keepsThePromise(m, what)
      }
    // The bundled templates load from their criteria files and read as they always have.
    for (const dir of ['examples/templates', 'test/fixtures/templates']) {
      const screener = compileCriteria(await loadCriteria(join(root, dir, 'criteria.yaml')))
      const field = Object.keys(screener.criteria.fields)[0]!
      const r = screener.screen(
        {
          id: 'a',
          submittedAt: '2026-11-20T10:00:00+01:00',
          candidate: { firstName: 'Alex' },
          answers: { [field]: 0 },
        },
        { now },
      )
      const m = renderMessage(r, { screener, now, stage: 'rejected' })
      keepsThePromise(m, dir)
      const [greeting, body, signature] = m.text.split('\n\n')
      expect(main(m), dir).toBe(`<p>${greeting}</p>\n<p>${body}</p>\n<p>${signature}</p>`)
    }
    const example = compileCriteria(await loadCriteria(join(root, 'examples/templates/criteria.yaml')))
    const r = example.screen(
      {
        id: 'a',
        submittedAt: '2026-11-20T10:00:00+01:00',
        candidate: { firstName: 'Alex' },
        answers: { experienceYears: 1 },
      },
      { now },
    )
    expect(renderMessage(r, { screener: example, now }).text).toBe(
      'Hi Alex,\n\nThanks a lot for applying for Frontend Developer. This time we need at least three years of professional experience with frontend development, so we will not take your application further.\n\nSara and the Nordlys team',
    )

    // A plain-text template's "&" and "<" are text in its HTML too, as they are in its text.
    const plain = await rendered(`${ORDINARY[0]![1]} So is &amp;.`)
    expect(plain.text).toBe(
      'Hello,\n\nThanks for applying for Tester.\n\nWe need a category B licence: Q&A, R&D, a < b, <3 and > are text here. So is &amp;.',
    )
    expect(main(plain)).toBe(
      '<p>Hello,</p>\n<p>Thanks for applying for Tester.</p>\n<p>We need a category B licence: Q&amp;A, R&amp;D, a &lt; b, &lt;3 and &gt; are text here. So is &amp;amp;.</p>',
    )
    // In an HTML template, a "<" or "&" that starts no tag or reference is text as well.
    const html = await rendered('<p>a < b, Q & A, </ 3</p>')
    expect(main(html)).toBe('<p>Hello,</p>\n<p>a &lt; b, Q &amp; A, &lt;/ 3</p>')
    expect(html.text).toBe('Hello,\n\na < b, Q & A, </ 3')
  })

  it("a custom template's HTML is the document's structure as written (no <p> around a <p>, no link inside a link), and its text part is the same words without markup", async () => {
    const m = await rendered(HTML_LETTER, 'https://acme.example/jobs', 'Maja')
    expect(main(m)).toBe(`<p>Hello,</p>
<h2>Your application for Tester</h2>
<p>Hi Maja,</p>
<p>Thank you for applying &ndash; we read every application, <em>start to finish</em>.<br>
This time we need <strong>a category B licence</strong>.</p>
<ol>
<li>Read <a href="https://acme.example/careers?team=dev&amp;lang=en">our careers page</a>.</li>
<li>Write to <a href="mailto:jobs@acme.example?subject=Question">jobs@acme.example</a>, or <a href="mailto:ann@acme.example">ann@acme.example</a>.</li>
</ol>
<p><a href="https://acme.example/jobs">Our openings</a></p>
<blockquote>We hire for what you can do, not where you learnt it.</blockquote>
<hr />
<P>Kind regards,</P>
<p>Ann<br>
Acme</p>`)
    expect(m.text).toBe(`Hello,

Your application for Tester

Hi Maja,

Thank you for applying – we read every application, start to finish.
This time we need a category B licence.

1. Read our careers page (https://acme.example/careers?team=dev&lang=en).
2. Write to jobs@acme.example, or ann@acme.example.

Our openings (https://acme.example/jobs)

We hire for what you can do, not where you learnt it.

Kind regards,

Ann
Acme`)
    // Headings, numbered lists, quotes and rules are styled only where a message has them: the built-in messages stay as they are.
    expect(m.html).toContain('blockquote{margin:0 0 1em;padding-left:1em;border-left:3px solid #d0d7de}')
    expect((await rendered('Plain text')).html).not.toContain('blockquote')
    keepsThePromise(m, 'letter')
    // Text with a few inline elements keeps its paragraphs and line breaks.
    const inline = await rendered(ORDINARY[3]![1], 'https://acme.example/jobs')
    expect(main(inline)).toBe(
      '<p>Hello,</p>\n<p>We need <strong>a category B licence</strong>, see <a href="https://acme.example/jobs">our openings</a>.</p>\n<p><em>Kind regards</em><br><br>\nAnn<br>\nAcme</p>',
    )
    expect(inline.text).toBe(
      'Hello,\n\nWe need a category B licence, see our openings (https://acme.example/jobs).\n\nKind regards\n\nAnn\nAcme',
    )
  })

  it('property: templates built from the allowed HTML load and keep the promise, with the same words in text and HTML; a hostile snippet anywhere between their blocks is a load error on its lines', async () => {
    const words = fc.constantFrom(
      'Thanks',
      'for',
      'applying',
      '{{job.title}}',
      '{{job.company}}',
      '{{list unmet}}',
      'Q & A',
      'a < b',
      '&amp;',
      '&ndash;',
      '&#8211;',
      'åäö',
      'https://acme.example/jobs',
      '{{job.contact.email}}',
      '{{#if candidate.firstName}}{{candidate.firstName}}{{/if}}',
    )
    const phrase = fc.array(words, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '))
    const href = fc.constantFrom(
      'https://acme.example/jobs',
      'https://acme.example/a?b=1&amp;c=2',
      'mailto:jobs@acme.example',
      '{{job.url}}',
      '{{talentPool.joinUrl}}',
    )
    const { inline } = fc.letrec<{ inline: string }>((tie) => ({
      inline: fc.oneof(
        { maxDepth: 3 },
        phrase,
        fc
          .tuple(fc.constantFrom('strong', 'b', 'em', 'i', 'STRONG'), tie('inline'))
          .map(([t, c]) => `<${t}>${c}</${t}>`),
        fc.tuple(href, phrase).map(([h, w]) => `<a href="${h}">${w}</a>`),
        fc.tuple(phrase, phrase).map(([a, b]) => `${a}<br>${b}`),
      ),
    }))
    const list = (tag: string) =>
      fc
        .array(inline, { minLength: 1, maxLength: 3 })
        .map((items) => `<${tag}>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</${tag}>`)
    const block = fc.oneof(
      inline,
      inline.map((c) => `<p>${c}</p>`),
      fc.tuple(fc.constantFrom('h1', 'h2', 'h3', 'blockquote'), inline).map(([t, c]) => `<${t}>${c}</${t}>`),
      list('ul'),
      list('ol'),
      fc.constant('<hr>'),
      fc.constant('<ul>\n{{#each unmet}}<li>{{this}}</li>\n{{/each}}</ul>'),
      inline.map((c) => `{{#if job.url}}<p>${c}</p>{{else}}${c}{{/if}}`),
    )
    // HTML templates (a plain-text one shows "&amp;" as written, in text and HTML alike).
    const template = fc
      .array(block, { minLength: 0, maxLength: 6 })
      .map((blocks) => ['<h1>{{job.title}}</h1>', ...blocks])
    /** What a reader sees, word by word: tags out (block ones as spaces), references decoded. */
    const seen = (html: string) =>
      html
        .replace(/<\/?(?:p|br|ul|ol|li|h[1-3]|blockquote|hr)\b[^>]*>/gi, ' ')
        .replace(/<[^>]+>/g, '')
        .replace(/&ndash;/g, '–')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#x27;/g, "'")
        .replace(/&#x3D;/g, '=')
        .replace(/&#8211;/g, '–')
        .replace(/&amp;/g, '&')
        .split(/\s+/)
        .filter(Boolean)
    await fc.assert(
      fc.asyncProperty(template, fc.constantFrom('Maja', 'محمد', ''), async (blocks, name) => {
        const m = await rendered(blocks.join('\n\n'), 'https://acme.example/jobs', name, {
          talentPoolUrl: 'https://ats.example/pool/1',
        })
        keepsThePromise(m, blocks.join('\n\n'))
        // The text has every word the HTML shows, in order; besides, only bullets, numbers and link addresses in brackets.
        const text = m.text
          .replace(/[\u2068\u2069]/g, '')
          .split(/\s+/)
          .filter((w) => w && w !== '•' && !/^\d+\.$/.test(w) && !/^\((https:\/\/|mailto:)?\S+\)$/.test(w))
        expect(text).toEqual(seen(main(m)!))
      }),
      { numRuns: 60 },
    )
    const hostile = HOSTILE.filter(([snippet]) => !snippet.includes('{{#if'))
    await fc.assert(
      fc.asyncProperty(template, fc.nat(), fc.constantFrom(...hostile), async (blocks, at, [snippet]) => {
        const i = at % (blocks.length + 1)
        const body = [...blocks.slice(0, i), snippet, ...blocks.slice(i)].join('\n\n')
        const issues = await custom(body)
        expect(Array.isArray(issues), body).toBe(true)
        const first = 5 + (i ? blocks.slice(0, i).join('\n\n').split('\n').length + 1 : 0)
        const last = first + snippet.split('\n').length - 1
        expect(
          (issues as { line: number }[]).some((x) => x.line >= first && x.line <= last),
          `${body}\n${JSON.stringify(issues)}`,
        ).toBe(true)
      }),
      { numRuns: 60 },
    )
  })

  it('bidi controls in the subject are removed when the message is rendered (criteria built by hand skip the load checks), as control characters are; a right-to-left name keeps its isolates', async () => {
    const doc = loadCriteriaText(header())
    const hostile = {
      ...doc.criteria,
      job: { ...doc.criteria.job, title: 'Deve\u202Eloper', company: 'Acme\u2066 AB\u2069\u202A' },
      messages: { ...doc.criteria.messages, signature: { en: 'Ann\u202B Berg\u202C' } } as typeof doc.criteria.messages,
    }
    const screener = compileCriteria({ ...doc, criteria: hostile, locate: doc.locate })
    const SCOPED = /[\u202A-\u202E\u2066-\u2069]/
    for (const stage of STAGES.filter((s) => s !== 'late')) {
      const m = renderMessage(fitStage(screener, screenOne(screener, 'Maja'), stage), { screener, now, stage })
      expect(m.subject, stage).not.toMatch(SCOPED)
      expect(m.text, stage).not.toMatch(SCOPED)
      expect(m.html, stage).not.toMatch(SCOPED)
    }
    expect(renderMessage(screenOne(screener, 'Maja'), { screener, now, stage: 'rejected' }).subject).toBe(
      'Your application for Developer at Acme AB',
    )
    // A custom subject with the name: the renderer's own isolates stay, nothing else.
    const withTemplate = await loadTemplates(
      loadCriteriaText(`${header()}messages:\n  templates:\n    rejected: { en: t.en.hbs }\n`),
      { 't.en.hbs': 'For {{#if candidate.firstName}}{{candidate.firstName}}{{/if}} at {{job.company}}\n\nHello' },
    )
    const named = compileCriteria({
      ...withTemplate,
      criteria: { ...withTemplate.criteria, job: hostile.job },
      locate: withTemplate.locate,
    })
    expect(renderMessage(screenOne(named, '\u202Eمحمد'), { screener: named, now, stage: 'rejected' }).subject).toBe(
      'For \u2068محمد\u2069 at Acme AB',
    )
    // A template's own text is checked as the criteria's texts are: a bidi control there is a load error.
    const issues = await custom('Thanks\u202E for applying', undefined, 'About\u2067 {{job.title}}')
    expect(Array.isArray(issues) ? issues.map((i) => [i.line, i.column, i.message]) : issues).toEqual([
      [
        1,
        6,
        'template rejected.en: the template holds U+2067 right-to-left isolate, which has no place in a message; write the text without it',
      ],
      [
        5,
        7,
        'template rejected.en: the template holds U+202E right-to-left override, which has no place in a message; write the text without it',
      ],
    ])
  })

  it('a template with 200,000 markup problems is a list of a hundred and a count, not a crash (a spread of that many into push overflowed the stack)', () => {
    const problems = templateProblems(`Subject\n\n<b>${'&amp'.repeat(200_000)}</b>\n`)
    expect(problems.length).toBe(101)
    expect(problems[100]!.message).toMatch(/^and 199900 more problems with the markup, not listed one by one/)
    const many = templateProblems(`Subject\n\n${'{{job.title}}<zz>'.repeat(100_000)}\n`)
    expect(many.length).toBeGreaterThan(0)
    expect(many.length).toBeLessThanOrEqual(101)
  })

  it('the HTML check of a template grows linearly: thousands of tags, nested deep or left open', () => {
    const shapes: [(n: number) => string, number][] = [
      [
        (n) =>
          `${'<blockquote><strong>'.repeat(n)}${'<a href="https://acme.example">x</a> '.repeat(n)}${'</strong></blockquote>'.repeat(n)}`,
        1_000,
      ],
      // From 4,000: below that the first doubling pays for V8 tiering up (Node 22: 1,000: 1.3 ms, 2,000: 7.4 ms, then 2.4x, 2.1x).
      [(n) => `<p>${'</strong>'.repeat(n)}</p>`, 4_000],
      // From 4,000 as well: at 500 the doublings measured tiering and load (alone 1.38, on a busy machine 1.71; from 4,000: 0.98).
      [(n) => '<a href="https://acme.example" <img src="x"'.repeat(n), 4_000],
      // From 200,000: at 25,000 a run was 0.2 ms and a doubling measured tiering (CI on Node 22 once: 0.2, 1.1, 3.2, 6.0 ms).
      [(n) => `<!--${'<p>'.repeat(n)}`, 200_000],
      // From 40,000: below that a run is about a millisecond and the doublings measure the collector's
      // regime changes (CI once saw 1.3 ms at 10,000, then 6.4 ms at 20,000), not the walk.
      [(n) => `<b>${'&amp'.repeat(n)}</b>`, 40_000],
    ]
    for (const [shape, size] of shapes) {
      const g = growth(
        (n) => {
          const text = `Subject\n\n${shape(n)}\n`
          return () => templateProblems(text)
        },
        [size, size * 2, size * 4, size * 8],
      )
      expect(g.exponent, `${shape(2)}: ${g.table}`).toBeLessThan(LINEAR)
    }
  })
})
