import { createReadStream } from 'node:fs'
import { resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { ApplicationError, ScreeningError } from '../../errors'
import { formatExplanation } from '../../logic/explain'
import { formatResult } from '../../report/format-result'
import { readApplications } from '../../screen/read-applications'
import type { ScreeningResult } from '../../screen/result'
import { args, formatOf, nowOf } from '../args'
import { loadScreener } from '../load-screener'
import { colours, UsageError, write, type CliIO } from '../io'
import { messagesFor } from '../messages'

export const screenHelp = `Usage: autoscreen screen --criteria <file> [options] <applications.json|.jsonl|->

Screens applications and streams one JSON result per line (JSONL) to stdout.
Bad lines are reported on stderr with their line number and do not stop the run.

Options:
  --criteria <file>    criteria file (YAML or JSON)
  --format <f>         jsonl (default), json, table
  --explain            add a recruiter-facing explanation of each unmet criterion
  --messages           add the rendered candidate message and its planned send time
  --now <iso|arrival>  time of the decision (default: now); arrival screens each application
                       at its own submittedAt, as an ATS screening on arrival would
Exit 0 when every application was screened, 1 when some lines could not be, 2 on usage or load errors.`

export async function screen(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = args(argv, {
    criteria: { type: 'string' },
    format: { type: 'string' },
    explain: { type: 'boolean' },
    messages: { type: 'boolean' },
    now: { type: 'string' },
  })
  if (!values.criteria) throw new UsageError('--criteria <file> is required')
  if (positionals.length !== 1) throw new UsageError('name one applications file (.json or .jsonl), or - for standard input')
  const format = formatOf(values.format, ['jsonl', 'json', 'table'] as const, 'jsonl')
  const atArrival = values.now === 'arrival'
  const now = atArrival ? io.now() : nowOf(values.now, io.now)
  const screener = await loadScreener(values.criteria, io)
  if (!screener) return 2
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
  for await (const entry of readApplications(createInterface({ input, crlfDelay: Infinity }))) {
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
    if (values.messages) Object.assign(extra, messagesFor(result, { screener, now: new Date(result.audit.evaluatedAt) }))
    if (format === 'jsonl') await write(io.stdout, `${JSON.stringify({ ...result, ...extra })}\n`)
    else if (format === 'json') all.push({ ...result, ...extra })
    else {
      let block = formatResult(result, { explain: values.explain === true, colour: c.enabled })
      if (extra.message) {
        const m = extra.message as { subject: string; text: string; sendAt: string; reason: string }
        block += `\n\n  ${c.bold(`Subject: ${m.subject}`)}\n  ${c.dim(`Planned: ${m.sendAt} (${m.reason})`)}\n\n${m.text.replace(/^/gm, '  │ ')}`
      }
      await write(io.stdout, `${block}\n\n`)
    }
    if (progress && Date.now() - started > 500) {
      started = Date.now()
      io.stderr.write(`\rscreened ${count.toLocaleString('en')} applications…`)
    }
  }
  if (progress) io.stderr.write('\r\x1b[K')
  if (format === 'json') io.stdout.write(`${JSON.stringify(all, null, 2)}\n`)
  if (format === 'table') io.stdout.write(c.bold(`${count} screened${bad ? `, ${bad} could not be read` : ''}\n`))
  return bad > 0 ? 1 : 0
}
