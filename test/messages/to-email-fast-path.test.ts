import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CONTROL, characterName, foldLine } from '../../src/criteria/control-characters'
import type { RenderedMessage } from '../../src/messages/render-message'
import { toEmail } from '../../src/messages/to-email'

// toEmail reads common values (a bare address, printable headers, a tidy subject) character by
// character and sends anything else the long way. Whatever the values, it must give what the
// long way alone gives: the same email, or the same error. The reference below is that long way,
// as toEmail was written before the fast reads (commit 1029991).
function reference(message: RenderedMessage, options: { from: string; to: string; replyTo?: string }) {
  const header = (name: string, value: unknown): string => {
    if (typeof value !== 'string')
      throw new Error(`toEmail: ${name} must be a text, not ${value === null ? 'null' : typeof value}`)
    const control = CONTROL.exec(value)
    if (control)
      throw new Error(
        `toEmail: ${name} holds a control character (${characterName(control[0])}), which would break the email's headers; a header value is one line`,
      )
    return value
  }
  const oneAddress = (name: string, value: string): string => {
    const bare = /<([^<>]*)>\s*$/.exec(value)?.[1] ?? value
    const outside = value.replace(/"[^"]*"/g, '').replace(/<[^<>]*>\s*$/, '')
    if (
      (bare.match(/@/g) ?? []).length !== 1 ||
      /[,;\s]/.test(bare.trim()) ||
      /[,;<>@]/.test(outside.replace(bare, ''))
    )
      throw new Error(
        `toEmail: ${name} must be one email address, such as maja@example.se or "Maja <maja@example.se>", not ${JSON.stringify(value.slice(0, 80))}`,
      )
    return value
  }
  const from = header('from', options.from)
  const to = oneAddress('to', header('to', options.to))
  const replyTo = header('replyTo', options.replyTo ?? message.replyTo)
  const headers: Record<string, string> = { 'Content-Language': header('Content-Language', message.locale) }
  if (message.automated) headers['Auto-Submitted'] = 'auto-generated'
  const subject = foldLine(String(message.subject))
    .replace(/\s{2,}/g, ' ')
    .trim()
  return { from, to, replyTo, subject, text: message.text, html: message.html, headers }
}

const outcome = (f: () => unknown) => {
  try {
    return { value: f() }
  } catch (e) {
    return { error: (e as Error).message }
  }
}

// Characters the fast reads decide on, and some they leave to the long way.
const tricky = fc.constantFrom(
  ...'ab.@<>",; \t\r\n\u0000\u007f\u0085\u00a0\u1680\u2000\u2009\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeffåé+-_=~!#$%&\'*/?^`{|}Z9',
)
const text = fc.array(tricky, { maxLength: 24 }).map((cs) => cs.join(''))
const address = fc.oneof(
  text,
  fc.tuple(text, text).map(([a, b]) => `${a}@${b}`),
  fc.tuple(text, text, text).map(([n, a, b]) => `${n} <${a}@${b}>`),
  fc.emailAddress(),
)

describe('toEmail reads common values fast, and gives what the long way gives', () => {
  it('for any subject, addresses and language: the same email or the same error', () => {
    fc.assert(
      fc.property(
        fc.oneof(text, fc.string(), fc.constant('Din ansökan till tjänsten som lagerarbetare  ')),
        address,
        address,
        fc.option(address, { nil: undefined }),
        fc.constantFrom('sv', 'en', 's\nv'),
        fc.boolean(),
        (subject, from, to, replyTo, locale, automated) => {
          const message = {
            stage: 'rejected',
            locale,
            subject,
            text: 't',
            html: 'h',
            replyTo: 'jobb@acme.example',
            automated,
          } as RenderedMessage
          const options = replyTo === undefined ? { from, to } : { from, to, replyTo }
          expect(outcome(() => toEmail(message, options))).toEqual(outcome(() => reference(message, options)))
        },
      ),
      { numRuns: 20_000, seed: 20261206 },
    )
  })
  it('a subject that is not a text is folded from its string, as before', () => {
    const message = {
      stage: 'rejected',
      locale: 'sv',
      subject: 42,
      text: '',
      html: '',
      replyTo: 'a@b.se',
      automated: false,
    }
    expect(toEmail(message as unknown as RenderedMessage, { from: 'a@b.se', to: 'c@d.se' }).subject).toBe('42')
  })
})
