import { CriteriaError, LOCALES, STAGES, type Locale, type Stage, decodeText, escapeControls, renderMessage, deliveryPolicy, planDelivery } from '../../node/index.js'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { args, formatOf, nowOf } from '../args.js'
import { loadScreener } from '../load-screener.js'
import { UsageError, type CliIO } from '../io.js'
import { jsonBlock } from '../safe-json.js'


export async function preview(argv: string[], io: CliIO): Promise<number> {
  const { values } = args(argv, {
    criteria: { type: 'string' }, application: { type: 'string' }, stage: { type: 'string' }, locale: { type: 'string' },
    interview: { type: 'string' }, html: { type: 'boolean' }, format: { type: 'string' }, now: { type: 'string' },
  })
  if (!values.criteria || !values.application) throw new UsageError('--criteria <file> and --application <file.json> are required')
  if (values.stage && !(STAGES as readonly string[]).includes(values.stage)) throw new UsageError(`--stage must be one of: ${STAGES.join(', ')}`)
  if (values.locale && !(LOCALES as readonly string[]).includes(values.locale)) throw new UsageError(`--locale must be one of: ${LOCALES.join(', ')}`)
  const format = formatOf(values.format, ['text', 'json'] as const, 'text')
  const atArrival = values.now === undefined || values.now === 'arrival'
  if (!atArrival) nowOf(values.now, io.now)
  if (values.interview) nowOf(values.interview, io.now, 'UTC', '--interview')
  const screener = await loadScreener(values.criteria, io)
  if (!screener) return 2
  const zone = screener.criteria.job.timezone
  const fixed = atArrival ? undefined : nowOf(values.now, io.now, zone)
  const interviewAt = values.interview ? nowOf(values.interview, io.now, zone, '--interview') : undefined
  let application
  // The message as the candidate would read it: text that is not UTF-8 is said, never shown as "Fat�ma" without a word.
  let invalidUtf8 = false
  try {
    const bytes = await readFile(resolve(io.cwd, values.application))
    let text: string
    try {
      text = decodeText(bytes, values.application)
    } catch (e) {
      if (!(e instanceof CriteriaError) || e.issues[0]?.code !== 'invalid_utf8') throw new UsageError(`cannot read ${values.application}: ${e instanceof CriteriaError ? e.issues[0]!.message : String(e)}`)
      const at = e.issues[0]
      io.stderr.write(`${escapeControls(values.application)}:${at.line ?? 1}:${at.column ?? 1}  warning  ${escapeControls(at.message)}; it is read as U+FFFD (�) here, and the audit record notes it\n`)
      invalidUtf8 = true
      text = new TextDecoder().decode(bytes)
    }
    application = JSON.parse(text)
  } catch (e) {
    if (e instanceof UsageError) throw e
    throw new UsageError(`cannot read ${values.application}: ${e instanceof Error ? e.message : String(e)}`)
  }
  const result = screener.screen(application, { now: fixed ?? 'arrival', ...(invalidUtf8 ? { invalidUtf8: true } : {}) })
  if (result.audit.notes?.some((n) => n.code === 'now_before_submission'))
    io.stderr.write(`${escapeControls(values.application)}  warning  --now ${fixed!.toISOString()} is before the application was submitted (${escapeControls(result.application.submittedAt)}): the decision is dated at the submission instead\n`)
  const now = new Date(result.audit.evaluatedAt)
  const stage = values.stage as Stage | undefined
  const message = renderMessage(result, { screener, now, ...(stage ? { stage } : {}), ...(values.locale ? { locale: values.locale as Locale } : {}) })
  const plan = planDelivery(result, deliveryPolicy(screener.criteria), { now, stage: message.stage, ...(interviewAt ? { interviewAt } : {}) })
  if (format === 'json') io.stdout.write(jsonBlock({ outcome: result.outcome, message, plan }))
  else
    // The message quotes the application (a name): its control characters are shown escaped.
    io.stdout.write(
      `Stage:    ${message.stage} (${message.locale})\nSend at:  ${plan.sendAt}${plan.slaBreached ? '  SLA BREACHED' : ''}\nWhy:      ${escapeControls(plan.reason)}\n\nSubject: ${escapeControls(message.subject)}\n\n${escapeControls(values.html ? message.html : message.text, { lines: true })}\n`,
    )
  return 0
}
