import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadTemplates } from '../src/criteria/load-templates'
import { CriteriaError, ScreeningError } from '../src/errors'
import { renderMessage, type RenderedMessage } from '../src/messages/render-message'
import { toEmail } from '../src/messages/to-email'
import { loadCriteria } from '../src/node/load-criteria'
import { compileCriteria, type Screener } from '../src/screen/compile-criteria'
import { loadCriteriaText } from '../src/screen/load-criteria'
import type { ScreeningResult } from '../src/screen/result'

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
  screener.screen({ id: 'a', submittedAt: '2026-11-20T10:00:00+01:00', candidate: { firstName, locale }, answers: { b: false } }, { now })
/** The greeting: the first line of the text, the first paragraph of the HTML. */
const greetings = (m: RenderedMessage) => [m.text.split('\n')[0], /<main>\n<p>(.*?)<\/p>/.exec(m.html)?.[1]]
/** Text with the isolates the renderer adds (U+2068 … U+2069 around a name) taken out. */
const withoutIsolates = (s: string) => s.replace(/\u2068[^\u2066-\u2069]*\u2069/g, '')

describe('the trust boundary, round 2: messages', () => {
  it('a first name with CR LF, NUL, VT, ESC or bidi controls (U+202E) is not kept in the greeting; a right-to-left name is isolated', async () => {
    const screener = compileCriteria(loadCriteriaText(header()))
    // A control character inside a name: no name (what is around it is not a name either).
    for (const name of ['Maja\r\nBcc: x@y.example', 'Ma\u0000ja', 'Ma\u000Bja', '\u001B[31mMaja', 'Ma\u007Fja', 'Maja\u0085Bcc', 'Maja\u2028x']) {
      for (const [locale, greeting] of [['en', 'Hello,'], ['sv', 'Hej!']] as const) {
        const r = screenOne(screener, name, locale)
        expect(r.application.firstName, JSON.stringify(name)).toBeUndefined()
        const m = renderMessage(r, { screener, now, stage: 'rejected' })
        expect(greetings(m), JSON.stringify(name)).toEqual([greeting, greeting])
        expect(m.text).not.toMatch(/Maja|Bcc/)
        expect(m.text.replace(/\n/g, '')).not.toMatch(CONTROL)
      }
    }
    // Line breaks around a name are only whitespace.
    expect(greetings(renderMessage(screenOne(screener, '  Maja\r\n'), { screener, now }))).toEqual(['Dear Maja,', 'Dear Maja,'])
    // Bidi controls are removed: a U+202E does not turn the rest of the greeting around.
    for (const name of ['\u202Eajam', 'Ma\u202Eja', 'Maja\u202E\u2066', '\u2067Maja\u202C'])
      expect(greetings(renderMessage(screenOne(screener, name), { screener, now })), JSON.stringify(name)).toEqual(Array(2).fill(`Dear ${name.replace(new RegExp(BIDI, 'g'), '')},`))
    // Right-to-left names read right, isolated from the sentence: FSI … PDI in text, <bdi> in HTML.
    const cases: [string, string, string, string][] = [
      ['محمد', 'en', 'Dear \u2068محمد\u2069,', 'Dear <bdi>محمد</bdi>,'],
      ['\u202Eمحمد', 'en', 'Dear \u2068محمد\u2069,', 'Dear <bdi>محمد</bdi>,'],
      ['שרה', 'sv', 'Hej \u2068שרה\u2069!', 'Hej <bdi>שרה</bdi>!'],
      ['נועה<b>', 'en', 'Dear \u2068נועה<b>\u2069,', 'Dear <bdi>נועה&lt;b&gt;</bdi>,'],
    ]
    for (const [name, locale, text, html] of cases) {
      const m = renderMessage(screenOne(screener, name, locale), { screener, now, stage: 'rejected' })
      expect(greetings(m)).toEqual([text, html])
      expect(withoutIsolates(m.text)).not.toMatch(BIDI)
      expect(m.subject).not.toMatch(BIDI)
    }
    // A custom template gets the same: its HTML isolates the name with <bdi>.
    const custom = compileCriteria(await loadCriteria(join(root, 'test/fixtures/templates/criteria.yaml')))
    const r = custom.screen({ id: 'a', submittedAt: '2026-11-20T10:00:00+01:00', candidate: { firstName: 'محمد\u202E' }, answers: { years: 0 } }, { now })
    expect(greetings(renderMessage(r, { screener: custom, now }))).toEqual(['Hi \u2068محمد\u2069,', 'Hi <bdi>محمد</bdi>,'])
    // A result from a file or built by hand is checked again when it is rendered.
    const handMade = { ...r, application: { ...r.application, firstName: 'Maja\r\nBcc: x@y.example' } } as ScreeningResult<boolean>
    expect(greetings(renderMessage(handMade, { screener: custom, now }))).toEqual(['Hi there,', 'Hi there,'])
  })

  it('CR LF in job.company does not reach the subject line, and toEmail passes no control character on', async () => {
    // At load: every value that may reach a subject or a header is one line of text, located.
    const issues = issuesOf(
      header('  title: { en: "Dev\\u001B[2J", sv: Utvecklare }\n  company: "Acme\\r\\nBcc: x@y.example"\n') +
        'messages:\n  signature: { en: "The team\\u0000" }\n  reviewContact: { name: "Ann\\u000BBerg", email: review@acme.example }\n',
    )
    expect(issues.map((i) => [i.code, i.file, i.line, i.message])).toEqual([
      ['control_character', 'hostile.yaml', 5, 'job.title.en: holds a control character (U+001B escape): it is one line of text, and may reach an email\'s subject or headers'],
      ['control_character', 'hostile.yaml', 6, 'job.company: holds a control character (U+000D carriage return): it is one line of text, and may reach an email\'s subject or headers'],
      ['control_character', 'hostile.yaml', 13, 'messages.signature.en: holds a control character (U+0000 NUL); write the text without it'],
      ['control_character', 'hostile.yaml', 14, 'messages.reviewContact.name: holds a control character (U+000B vertical tab): it is one line of text, and may reach an email\'s subject or headers'],
    ])
    expect(issuesOf(header('  title: Tester\n  company: "Acme\\u202E"\n')).map((i) => [i.code, i.line, i.message])).toEqual([['control_character', 6, expect.stringContaining('U+202E right-to-left override')]])
    // A signature may have several lines.
    expect(() => loadCriteriaText(`${header()}messages:\n  signature: { en: "Ann Berg\\nAcme" }\n`)).not.toThrow()

    // At render, whatever the values: a document built by hand skips the load checks.
    const doc = loadCriteriaText(header())
    const hostile = { ...doc.criteria, job: { ...doc.criteria.job, title: 'Dev\u0000\u001B[2J', company: 'Acme\r\nBcc: x@y.example\u0085\u2028X-Y: z' } }
    expect(() => compileCriteria(hostile)).toThrow(CriteriaError)
    const screener = compileCriteria({ ...doc, criteria: hostile, locate: doc.locate })
    for (const stage of ['rejected', 'talent-pool', 'received', 'advance', 'rejected-after-interview'] as const) {
      const m = renderMessage(screenOne(screener, 'Maja'), { screener, now, stage })
      expect(m.subject, stage).not.toMatch(CONTROL)
      expect(m.text.replace(/\n/g, ''), stage).not.toMatch(CONTROL)
      expect(m.html.replace(/\n/g, ''), stage).not.toMatch(CONTROL)
    }
    const m = renderMessage(screenOne(screener, 'Maja'), { screener, now, stage: 'rejected' })
    expect(m.subject).toBe('Your application for Dev [2J at Acme Bcc: x@y.example X-Y: z')
    const email = toEmail(m, { from: 'Acme <jobs@acme.example>', to: 'maja@example.se' })
    for (const value of [email.from, email.to, email.replyTo, email.subject, ...Object.values(email.headers)]) expect(value).not.toMatch(CONTROL)

    // toEmail on its own: a subject is folded; an address or a language with a control character is refused, never passed on.
    const message = { ...m, subject: 'Your application\r\nBcc: x@y.example' }
    expect(toEmail(message, { from: 'a@acme.example', to: 'maja@example.se' }).subject).toBe('Your application Bcc: x@y.example')
    const refused: [RenderedMessage, { from: string; to: string; replyTo?: string }, string][] = [
      [m, { from: 'a@acme.example\r\nBcc: x@y.example', to: 'maja@example.se' }, 'from'],
      [m, { from: 'a@acme.example', to: 'maja@example.se\nBcc: x@y.example' }, 'to'],
      [m, { from: 'a@acme.example', to: 'maja@example.se', replyTo: 'r@acme.example\u0000' }, 'replyTo'],
      [{ ...m, replyTo: 'r@acme.example\r\nBcc: x@y.example' }, { from: 'a@acme.example', to: 'maja@example.se' }, 'replyTo'],
      [{ ...m, locale: 'en\r\nBcc: x@y.example' as never }, { from: 'a@acme.example', to: 'maja@example.se' }, 'Content-Language'],
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
      expect(e).toMatchObject({ code: 'unsafe_header', message: expect.stringContaining(`toEmail: ${name} holds a control character`) })
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
      ['{{this.job}}', 1, '{{this.job}} is a group of values (title, company, url, closesAt, closesAtTime, contact)'],
      ['{{#each requirements}}• {{this}}{{/each}}', 25, '{{this}} is a group of values (reason, why, advice), and would print "[object Object]": print one value, such as {{reason}}'],
      ['{{#with review}}{{this}}{{/with}}', 17, '{{this}} is a group of values (name, email)'],
      ['{{#each unmet}}{{this.x}}{{/each}}', 18, '"this.x" reads "x" of a text, which has none'],
      ['{{unmet}}', 1, '{{unmet}} is a list of texts, and would print "A,B": write {{list unmet}}'],
      ['{{requirements}}', 1, 'go through it with {{#each requirements}}'],
      ['{{automatedDecision}}', 1, 'is true or false, and would print "true" or "false": use it as {{#if automatedDecision}}'],
      ['{{date job.title "d MMMM"}}', 8, '"date" takes a date, such as job.closesAt or timeline.replyBy, and job.title is a text'],
      ['{{date unmetCount}}', 8, 'and unmetCount is a number'],
      ['{{date job.closesAt job.title}}', 21, '"date" takes a pattern in quotes'],
      ['{{list unmetCount}}', 8, '"list" takes a list of texts, such as unmet or advice, and unmetCount is a number'],
      ['{{list job.title}}', 8, 'and job.title is a text'],
      ['{{list requirements}}', 8, 'and requirements is a list of groups (reason, why, advice)'],
      ['{{list unmet "and"}}', 1, '"list" takes 1 value: {{list unmet}}'],
      ['{{list unmet separator=", "}}', 1, '"list" takes no named values (separator=…)'],
      ['{{plural job.title "krav" "krav"}}', 10, '"plural" takes a number, such as unmetCount, and job.title is a text'],
      ['{{plural unmetCount "requirement"}}', 1, '"plural" takes 3 values'],
      ['{{date (list unmet)}}', 8, '"date" takes a date'],
      ['{{#with job.title}}{{this}}{{/with}}', 1, '{{#with}} opens a group of values'],
    ]
    for (const [body, column, message] of cases) {
      const issues = await problemsOf(body)
      expect(issues.map((i) => [i.code, i.file, i.line, i.column]), body).toEqual([['template_invalid', 't.en.hbs', 5, column]])
      expect(issues[0]!.message, body).toContain(message)
    }
    // What these helpers and variables are for still loads.
    const fine = '{{#each unmet}}• {{this}}\n{{/each}}{{#each requirements}}{{reason}}{{#if why}} ({{why}}){{/if}}{{/each}} {{list advice}} {{list unmet}} {{date job.closesAt "d MMMM yyyy"}} {{date timeline.replyBy}} {{plural unmetCount "requirement" "requirements"}} {{#with job}}{{title}} {{contact.name}}{{/with}} {{#each advice}}{{@index}} {{this}}{{/each}} {{unmetCount}} {{job.closesAt}}'
    expect(await problemsOf(fine)).toEqual([])
  })

  it('literal <script> or event-handler attributes in a template\'s HTML are a load error', async () => {
    const cases: [string, number, number, string][] = [
      ['<script>alert(1)</script>', 5, 1, '<script> is not allowed in a message'],
      ['Read <SCRIPT src="https://x.example/a.js"></SCRIPT>', 5, 6, '<script> is not allowed'],
      ['<iframe src="https://x.example"></iframe>', 5, 1, '<iframe> is not allowed'],
      ['<object data="x.swf"></object>', 5, 1, '<object> is not allowed'],
      ['<embed src="x.swf">', 5, 1, '<embed> is not allowed'],
      ['<img src="https://x.example/p.png" onerror="alert(1)">', 5, 36, 'the event-handler attribute "onerror" is not allowed'],
      ['<a href="{{job.url}}"\n   onclick="track()">{{job.title}}</a>', 6, 4, 'the event-handler attribute "onclick"'],
      ['<a href="{{job.url}}" on{{stage}}="x">', 5, 23, 'the event-handler attribute "on{{…}}"'],
      ['<a href="javascript:alert(1)">here</a>', 5, 1, 'a javascript: URL is not allowed in a message'],
      ['<a href="java&#x09;script&#58;alert(1)">here</a>', 5, 1, 'a javascript: URL'],
      ['<a href=" JAVASCRIPT:alert(1)">here</a>', 5, 1, 'a javascript: URL'],
    ]
    for (const [body, line, column, message] of cases) {
      const issues = await problemsOf(body)
      expect(issues.map((i) => [i.code, i.file, i.line, i.column]), body).toEqual([['template_invalid', 't.en.hbs', line, column]])
      expect(issues[0]!.message, body).toContain(message)
    }
    // Words are not markup, a comment is never sent, and plain links are what messages are for.
    for (const body of ['Skills: JavaScript: three years', 'We are on=call', 'a < b and c > d onclick=1', '{{!-- <script>x</script> --}}', '<a href="https://acme.example">Acme</a> <objective>', '<p class="lead">{{job.title}}</p>'])
      expect(await problemsOf(body), body).toEqual([])
  })

  it('a custom template\'s "Dear {{candidate.firstName}}," reads as the built-in no-name greeting when there is no usable name', async () => {
    const doc = await withTemplates(
      { 't.en.hbs': 'Your application for {{job.title}}\r\n\r\nDear {{candidate.firstName}},\r\n\r\nWe need {{list unmet}}.\r\n', 't.sv.hbs': 'Din ansökan\n\n  Hej {{candidate.firstName}}!\n\nVi behöver {{list unmet}}.\n' },
      'rejected: { en: t.en.hbs, sv: t.sv.hbs }',
    )
    if (Array.isArray(doc)) throw new Error(JSON.stringify(doc))
    // The warning says what the greeting reads without a name, and how to word it otherwise.
    expect((doc.warnings ?? []).map((w) => [w.file, w.line, w.column, w.message]).sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['t.en.hbs', 3, 6, 'template rejected.en: without a usable first name this greeting reads "Hello,", as the built-in messages do; to word it yourself, write {{#if candidate.firstName}}…{{else}}…{{/if}}'],
      ['t.sv.hbs', 3, 7, 'template rejected.sv: without a usable first name this greeting reads "Hej!", as the built-in messages do; to word it yourself, write {{#if candidate.firstName}}…{{else}}…{{/if}}'],
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
    // A name used elsewhere, or a line that is more than a greeting, stays the author's: a warning says how to guard it.
    const other = await withTemplates({ 't.en.hbs': 'About {{job.title}} for {{candidate.firstName}}\n\nDear {{candidate.firstName}}, thank you for applying for {{job.title}}.\n' })
    if (Array.isArray(other)) throw new Error(JSON.stringify(other))
    expect((other.warnings ?? []).map((w) => [w.line, w.message])).toEqual([
      [1, expect.stringContaining('may be empty (no usable name was given): write it inside {{#if candidate.firstName}}…{{/if}}')],
      [3, expect.stringContaining('may be empty (no usable name was given)')],
    ])
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
  it('bidi controls in the subject are removed when the message is rendered (criteria built by hand skip the load checks), as control characters are; a right-to-left name keeps its isolates', async () => {
    const doc = loadCriteriaText(header())
    const hostile = { ...doc.criteria, job: { ...doc.criteria.job, title: 'Deve\u202Eloper', company: 'Acme\u2066 AB\u2069\u202A' }, messages: { ...doc.criteria.messages, signature: { en: 'Ann\u202B Berg\u202C' } } as typeof doc.criteria.messages }
    const screener = compileCriteria({ ...doc, criteria: hostile, locate: doc.locate })
    const SCOPED = /[\u202A-\u202E\u2066-\u2069]/
    for (const stage of ['rejected', 'talent-pool', 'received', 'advance', 'rejected-after-interview'] as const) {
      const m = renderMessage(screenOne(screener, 'Maja'), { screener, now, stage })
      expect(m.subject, stage).not.toMatch(SCOPED)
      expect(m.text, stage).not.toMatch(SCOPED)
      expect(m.html, stage).not.toMatch(SCOPED)
    }
    expect(renderMessage(screenOne(screener, 'Maja'), { screener, now, stage: 'rejected' }).subject).toBe('Your application for Developer at Acme AB')
    // A custom subject with the name: the renderer's own isolates stay, nothing else.
    const withTemplate = await loadTemplates(loadCriteriaText(`${header()}messages:\n  templates:\n    rejected: { en: t.en.hbs }\n`), { 't.en.hbs': 'For {{#if candidate.firstName}}{{candidate.firstName}}{{/if}} at {{job.company}}\n\nHello' })
    const named = compileCriteria({ ...withTemplate, criteria: { ...withTemplate.criteria, job: hostile.job }, locate: withTemplate.locate })
    expect(renderMessage(screenOne(named, '\u202Eمحمد'), { screener: named, now, stage: 'rejected' }).subject).toBe('For \u2068محمد\u2069 at Acme AB')
    // A template's own text is checked as the criteria's texts are: a bidi control there is a load error.
    const issues = await custom('Thanks\u202E for applying', undefined, 'About\u2067 {{job.title}}')
    expect(Array.isArray(issues) ? issues.map((i) => [i.line, i.column, i.message]) : issues).toEqual([
      [1, 6, 'template rejected.en: the template holds U+2067 right-to-left isolate, which has no place in a message; write the text without it'],
      [5, 7, 'template rejected.en: the template holds U+202E right-to-left override, which has no place in a message; write the text without it'],
    ])
  })
})
