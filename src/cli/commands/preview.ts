import { LOCALES, STAGES, type Locale, type Stage, escapeControls, renderMessage, deliveryPolicy, planDelivery } from '../../node/index.js'
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
  try {
    application = JSON.parse(await readFile(resolve(io.cwd, values.application), 'utf8'))
  } catch (e) {
    throw new UsageError(`cannot read ${values.application}: ${e instanceof Error ? e.message : String(e)}`)
  }
  const result = screener.screen(application, { now: fixed ?? 'arrival' })
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
