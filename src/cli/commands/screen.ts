import { ApplicationError, ScreeningError, formatExplanation, formatResult, readApplications, resultJson, type ScreeningResult } from '../../node/index.js'
import { createReadStream } from 'node:fs'
import { resolve } from 'node:path'
import { args, formatOf, nowOf } from '../args.js'
import { loadScreener } from '../load-screener.js'
import { bufferedWriter, colours, UsageError, type CliIO } from '../io.js'


export async function screen(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = args(argv, {
    criteria: { type: 'string' },
    format: { type: 'string' },
    explain: { type: 'boolean' },
    messages: { type: 'boolean' },
    now: { type: 'string' },
    'max-line': { type: 'string' },
  })
  const maxLine = values['max-line'] === undefined ? undefined : Number(values['max-line'])
  if (maxLine !== undefined && !(Number.isInteger(maxLine) && maxLine > 0)) throw new UsageError('--max-line takes a whole number of characters above 0')
  if (!values.criteria) throw new UsageError('--criteria <file> is required')
  if (positionals.length !== 1) throw new UsageError('name one applications file (.json or .jsonl), or - for standard input')
  const format = formatOf(values.format, ['jsonl', 'json', 'table'] as const, 'jsonl')
  const atArrival = values.now === 'arrival'
  if (!atArrival) nowOf(values.now, io.now) // a usage error before any work
  const screener = await loadScreener(values.criteria, io)
  if (!screener) return 2
  // Without an offset, --now is read in the job's time zone, as every date is.
  const now = atArrival ? io.now() : nowOf(values.now, io.now, screener.criteria.job.timezone)
  const source = positionals[0]!
  const input = source === '-' ? io.stdin : createReadStream(resolve(io.cwd, source))
  const opened = new Promise<void>((ok, fail) => {
    if (source === '-') return ok()
    ;(input as ReturnType<typeof createReadStream>).once('open', () => ok()).once('error', fail)
  })
  try {
    await opened
  } catch {
    throw new UsageError(`cannot read ${source}`)
  }
  const label = source === '-' ? '<stdin>' : source
  const c = colours(io.stdout, io.env)
  const progress = io.stderr.isTTY === true
  let started = Date.now()
  let count = 0
  let bad = 0
  const all: object[] = []
  const out = bufferedWriter(io.stdout)
  // Messages need Handlebars: loaded only when asked for.
  const messagesFor = values.messages ? (await import('../messages.js')).messagesFor : undefined
  const inputFormat = source.toLowerCase().endsWith('.jsonl') ? 'jsonl' : source.toLowerCase().endsWith('.json') ? 'json' : 'auto'
  for await (const entry of readApplications(input as AsyncIterable<Uint8Array>, { format: inputFormat, ...(maxLine ? { maxLineLength: maxLine } : {}) })) {
    if (!entry.ok) {
      bad++
      io.stderr.write(`${label}:${entry.line}:1  ${c.red('error')}  ${entry.message}\n`)
      continue
    }
    let result: ScreeningResult
    try {
      result = screener.screen(entry.application, { now: atArrival ? 'arrival' : now })
    } catch (e) {
      if (!(e instanceof ApplicationError || e instanceof ScreeningError)) throw e
      bad++
      io.stderr.write(`${label}:${entry.line}:1  ${c.red('error')}  ${e.message}\n`)
      continue
    }
    count++
    const extra: Record<string, unknown> = {}
    if (values.explain)
      extra.explanations = Object.fromEntries(result.criteria.filter((r) => r.detail).map((r) => [r.id, formatExplanation(r.detail!)]))
    if (values.messages) {
      // A message that cannot be rendered for one application is that line's error; the batch goes on and the result is kept.
      try {
        Object.assign(extra, messagesFor!(result, { screener, now: new Date(result.audit.evaluatedAt) }))
      } catch (e) {
        if (!(e instanceof ScreeningError)) throw e
        bad++
        io.stderr.write(`${label}:${entry.line}:1  ${c.red('error')}  the message could not be rendered: ${e.message}\n`)
      }
    }
    const full = values.explain || values.messages ? { ...result, ...extra } : result
    if (format === 'jsonl') {
      const pending = out.push(`${resultJson(full)}\n`)
      if (pending) await pending
    } else if (format === 'json') all.push(full)
    else {
      let block = formatResult(result, { explain: values.explain === true, colour: c.enabled })
      if (extra.message) {
        const m = extra.message as { subject: string; text: string; sendAt: string; reason: string }
        block += `\n\n  ${c.bold(`Subject: ${m.subject}`)}\n  ${c.dim(`Planned: ${m.sendAt} (${m.reason})`)}\n\n${m.text.replace(/^/gm, '  │ ')}`
      }
      const pending = out.push(`${block}\n\n`)
      if (pending) await pending
    }
    if (progress && count % 256 === 0 && Date.now() - started > 500) {
      started = Date.now()
      io.stderr.write(`\rscreened ${count.toLocaleString('en')} applications…`)
    }
  }
  await out.flush()
  if (progress) io.stderr.write('\r\x1b[K')
  if (format === 'json') io.stdout.write(`${JSON.stringify(all, null, 2)}\n`)
  if (format === 'table') io.stdout.write(c.bold(`${count} screened${bad ? `, ${bad} could not be read` : ''}\n`))
  return bad > 0 ? 1 : 0
}
