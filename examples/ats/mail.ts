// Mail: nodemailer's SMTP transport, and for development and tests a capture server (the
// smtp-server package, from the nodemailer project) on 127.0.0.1 that keeps what it receives.
import { createTransport, type Transporter } from 'nodemailer'
import { SMTPServer } from 'smtp-server'

export const smtpTransport = (url: string): Transporter => createTransport(url)

/** One message as the SMTP server received it. */
export interface Captured {
  from: string
  to: string[]
  /** The whole message as sent: headers and MIME body. */
  raw: string
  /** A header's value (unfolded), e.g. header('Message-ID'). */
  header(name: string): string | undefined
  receivedAt: Date
}

export interface MailCapture {
  /** smtp://127.0.0.1:port for nodemailer. */
  url: string
  messages: Captured[]
  stop(): Promise<void>
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?=, as nodemailer writes a subject with å, ä, ö) as text. */
function decodeWords(value: string | undefined): string | undefined {
  return value
    ?.replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    )
}

/** An SMTP server on a free port of 127.0.0.1 that accepts everything and keeps it in memory. */
export async function startMailCapture(onMessage?: (m: Captured) => void): Promise<MailCapture> {
  const messages: Captured[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, done) {
      let raw = ''
      stream.setEncoding('utf8')
      stream.on('data', (chunk: string) => void (raw += chunk))
      stream.on('end', () => {
        const head = raw.slice(0, raw.search(/\r?\n\r?\n/)).replace(/\r?\n[ \t]+/g, ' ')
        const header = (name: string) => decodeWords(new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(head)?.[1]?.trim())
        const envelope = session.envelope
        const m = {
          from: envelope.mailFrom ? envelope.mailFrom.address : '',
          to: envelope.rcptTo.map((r) => r.address),
          raw,
          header,
          receivedAt: new Date(),
        }
        messages.push(m)
        onMessage?.(m)
        done()
      })
    },
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const { port } = server.server.address() as { port: number }
  return { url: `smtp://127.0.0.1:${port}`, messages, stop: () => new Promise<void>((ok) => server.close(() => ok())) }
}
