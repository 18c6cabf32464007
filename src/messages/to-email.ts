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
 * @example
 * ```ts
 * const message = renderMessage(result, { screener, now })
 * await transporter.sendMail(toEmail(message, { from: 'Acme rekrytering <jobb@acme.se>', to: candidate.email }))
 * ```
 * @category Messages
 */
export function toEmail(message: RenderedMessage, options: { from: string; to: string; replyTo?: string }): Email {
  const headers: Record<string, string> = { 'Content-Language': message.locale }
  if (message.automated) headers['Auto-Submitted'] = 'auto-generated'
  return { from: options.from, to: options.to, replyTo: options.replyTo ?? message.replyTo, subject: message.subject, text: message.text, html: message.html, headers }
}
