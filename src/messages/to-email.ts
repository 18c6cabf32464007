import { CONTROL, characterName, foldLine } from '../criteria/control-characters.js'
import { ScreeningError } from '../errors.js'
import type { RenderedMessage } from './render-message.js'

/**
 * An email as Nodemailer's `sendMail` and most mail APIs (SES, Postmark, Resend, SendGrid)
 * take it: addresses, subject, the plain-text and HTML parts, and headers.
 * @example
 * ```ts
 * const mail: Email = { from: 'Acme <jobb@acme.se>', to: 'maja@example.se', replyTo: 'rekrytering@acme.se', subject: '…', text: '…', html: '…', headers: { 'Content-Language': 'sv', 'Auto-Submitted': 'auto-generated' } }
 * ```
 * @category Messages
 */
export interface Email {
  from: string
  to: string
  replyTo: string
  subject: string
  text: string
  html: string
  headers: Record<string, string>
}

/**
 * A rendered message as an email, ready for a mail library: the reply-to address the message
 * tells the candidate to reply to, `Content-Language`, and for decisions a program made
 * `Auto-Submitted: auto-generated` (RFC 3834, so that auto-responders do not answer it). No
 * dependency: pass the object to `transporter.sendMail(…)` or your mail API.
 *
 * No header carries a control character, whatever the message and options hold: the subject
 * (text) is folded to one line; an address or the language with a control character in it
 * (CR LF would start a header of its own: "Bcc: …") is refused with a {@link ScreeningError}
 * `unsafe_header`, since no folding gives the address that was meant; so is a `to` that is not
 * exactly one address (the candidate types it: "me@x.example, someone@y.example" would copy a
 * third party).
 * @example
 * ```ts
 * const message = renderMessage(result, { screener, now })
 * await transporter.sendMail(toEmail(message, { from: 'Acme rekrytering <jobb@acme.se>', to: candidate.email }))
 * ```
 * @category Messages
 */
export function toEmail(message: RenderedMessage, options: { from: string; to: string; replyTo?: string }): Email {
  if (typeof message !== 'object' || message === null || typeof message.text !== 'string')
    throw new ScreeningError('invalid_option', 'toEmail() needs a message of renderMessage() as its first argument')
  if (typeof options !== 'object' || options === null)
    throw new ScreeningError('invalid_option', 'toEmail() needs { from, to } as its second argument')
  const from = header('from', options.from)
  const to = plainAddress(options.to) ? options.to : oneAddress('to', header('to', options.to))
  const replyTo = header('replyTo', options.replyTo ?? message.replyTo)
  const headers: Record<string, string> = { 'Content-Language': header('Content-Language', message.locale) }
  if (message.automated) headers['Auto-Submitted'] = 'auto-generated'
  const subject =
    typeof message.subject === 'string' && oneTidyLine(message.subject)
      ? message.subject
      : foldLine(String(message.subject))
          .replace(/\s{2,}/g, ' ')
          .trim()
  return { from, to, replyTo, subject, text: message.text, html: message.html, headers }
}

// Fast answers for the common values, read character by character; anything they do not
// vouch for goes the long way (the regular expressions below), which also words the errors.

/**
 * A bare address of printable ASCII with one '@' and nothing {@link oneAddress} or
 * {@link header} would refuse or read otherwise: no space, quote, angle bracket, comma or
 * semicolon.
 */
function plainAddress(value: unknown): value is string {
  if (typeof value !== 'string') return false
  let at = 0
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c <= 0x20 || c >= 0x7f || c === 0x22 || c === 0x2c || c === 0x3b || c === 0x3c || c === 0x3e) return false
    if (c === 0x40) at++
  }
  return at === 1
}

/** Whether a header value is printable ASCII (so no control character), which {@link header} passes as it is. */
function printable(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c < 0x20 || c >= 0x7f) return false
  }
  return true
}

/** White space as `\s` reads it, but the control characters (which a subject never keeps). */
const isSpace = (c: number): boolean =>
  c === 0x20 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff

/**
 * Whether a subject is already what folding gives: no control character, no white space at
 * either end and no two together (a rendered message's subject always is).
 */
function oneTidyLine(s: string): boolean {
  let space = true
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029) return false
    const now = isSpace(c)
    if (now && space) return false
    space = now
  }
  return !space || s.length === 0
}

/**
 * The candidate's address is theirs to type: "me@x.example, someone@y.example" would send the
 * message (the decision about them) to a third party. One address, bare or as "Name <address>".
 */
function oneAddress(name: string, value: string): string {
  const bare = /<([^<>]*)>\s*$/.exec(value)?.[1] ?? value
  const outside = value.replace(/"[^"]*"/g, '').replace(/<[^<>]*>\s*$/, '')
  if ((bare.match(/@/g) ?? []).length !== 1 || /[,;\s]/.test(bare.trim()) || /[,;<>@]/.test(outside.replace(bare, '')))
    throw new ScreeningError(
      'unsafe_header',
      `toEmail: ${name} must be one email address, such as maja@example.se or "Maja <maja@example.se>", not ${JSON.stringify(value.slice(0, 80))}`,
    )
  return value
}

/** A header value that is one line, or a typed error that says which header and what it holds. */
function header(name: string, value: unknown): string {
  if (typeof value === 'string' && printable(value)) return value
  if (typeof value !== 'string')
    throw new ScreeningError(
      'unsafe_header',
      `toEmail: ${name} must be a text, not ${value === null ? 'null' : typeof value}`,
    )
  const control = CONTROL.exec(value)
  if (control)
    throw new ScreeningError(
      'unsafe_header',
      `toEmail: ${name} holds a control character (${characterName(control[0])}), which would break the email's headers; a header value is one line`,
    )
  return value
}
