import {
  CriteriaError,
  LOCALES,
  STAGES,
  type DecisionInput,
  type Locale,
  type ScreeningResult,
  type Stage,
  currentOutcome,
  decodeText,
  deliveryPolicy,
  escapeControls,
  formatIssue,
  isDecisionError,
  lintCriteria,
  planDelivery,
  RESULT_VOCABULARY,
  recordDecision,
  renderMessage,
  stageFor,
  formatStageMismatch,
  localDateTime,
} from '../../node/index.js'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { args, formatOf, nowOf } from '../args.js'
import { langOf } from '../lang.js'
import { loadCompiled } from '../load-screener.js'
import { noticeWording, type NoticeWording } from '../notice-wording.js'
import { emit, UsageError, type CliIO } from '../io.js'
import { jsonBlock } from '../safe-json.js'

export async function preview(argv: string[], io: CliIO): Promise<number> {
  const { values } = args(argv, {
    criteria: { type: 'string' },
    application: { type: 'string' },
    stage: { type: 'string' },
    locale: { type: 'string' },
    interview: { type: 'string' },
    html: { type: 'boolean' },
    format: { type: 'string' },
    output: { type: 'string' },
    now: { type: 'string' },
    decide: { type: 'string' },
    reason: { type: 'string', multiple: true },
    'reason-text-sv': { type: 'string' },
    'reason-text-en': { type: 'string' },
    by: { type: 'string' },
    'decided-at': { type: 'string' },
  })
  if (!values.criteria || !values.application) throw new UsageError('preview-arguments')
  if (values.stage && !(STAGES as readonly string[]).includes(values.stage))
    throw new UsageError('stage-value', { allowed: STAGES })
  if (values.locale && !(LOCALES as readonly string[]).includes(values.locale))
    throw new UsageError('locale-value', { allowed: LOCALES })
  const format = formatOf(values.format, ['text', 'json'] as const, 'text')
  if (values.decide !== undefined && values.decide !== 'pass' && values.decide !== 'reject')
    throw new UsageError('decide-value', { value: values.decide })
  // The options of a person's decision say nothing without one.
  const texts = { sv: values['reason-text-sv'], en: values['reason-text-en'] }
  if (values.decide === undefined) {
    const given = [
      values.reason?.length ? '--reason' : '',
      texts.sv !== undefined ? '--reason-text-sv' : '',
      texts.en !== undefined ? '--reason-text-en' : '',
      values.by !== undefined ? '--by' : '',
      values['decided-at'] !== undefined ? '--decided-at' : '',
      values.interview !== undefined ? '--interview' : '',
    ].filter(Boolean)
    if (given.length) throw new UsageError('decision-options', { given })
  }
  const atArrival = values.now === undefined || values.now === 'arrival'
  if (!atArrival) nowOf(values.now, io.now)
  if (values.interview) nowOf(values.interview, io.now, 'UTC', '--interview')
  if (values['decided-at']) nowOf(values['decided-at'], io.now, 'UTC', '--decided-at')
  const loaded = await loadCompiled(values.criteria, io)
  if (!loaded) return 2
  const { doc, screener } = loaded
  const zone = screener.criteria.job.timezone
  // The notices in the language of the run: --lang, else the file's, else the environment's.
  const lang = langOf(io.env, screener.criteria.locale)
  const notice = noticeWording(lang)
  // A preview is where a recruiter sees what the file will send: a criterion the lint finds
  // unfair (an age, a family, a personal trait) is said first, as the message may name it.
  const unfair = lintCriteria(doc, screener).filter((f) => f.severity === 'error')
  if (unfair.length)
    io.stderr.write(
      `${escapeControls(values.criteria)}  warning  ${notice.previewLintErrors(unfair.length, [...new Set(unfair.map((f) => f.finding))], escapeControls(values.criteria))}\n`,
    )
  const fixed = atArrival ? undefined : nowOf(values.now, io.now, zone)
  const interviewAt = values.interview ? nowOf(values.interview, io.now, zone, '--interview') : undefined
  const decidedAt = values['decided-at'] ? nowOf(values['decided-at'], io.now, zone, '--decided-at') : undefined
  let application
  // The message as the candidate would read it: text that is not UTF-8 is said, never shown as "Fat�ma" without a word.
  let invalidUtf8 = false
  try {
    const bytes = await readFile(resolve(io.cwd, values.application))
    let text: string
    try {
      text = decodeText(bytes, values.application)
    } catch (e) {
      if (!(e instanceof CriteriaError) || e.issues[0]?.code !== 'invalid_utf8')
        throw new UsageError('cannot-read-because', {
          path: values.application,
          reason: e instanceof CriteriaError ? e.issues[0]!.message : String(e),
        })
      const at = e.issues[0]
      io.stderr.write(
        `${escapeControls(values.application)}:${at.line ?? 1}:${at.column ?? 1}  warning  ${escapeControls(notice.previewNotUtf8(formatIssue(at, lang)))}\n`,
      )
      invalidUtf8 = true
      text = new TextDecoder().decode(bytes)
    }
    application = JSON.parse(text)
  } catch (e) {
    if (e instanceof UsageError) throw e
    throw new UsageError('cannot-read-because', {
      path: values.application,
      reason: e instanceof Error ? e.message : String(e),
    })
  }
  const result = screener.screen(application, {
    now: fixed ?? 'arrival',
    ...(invalidUtf8 ? { invalidUtf8: true } : {}),
  })
  if (result.audit.notes?.some((n) => n.code === 'now_before_submission'))
    io.stderr.write(
      `${escapeControls(values.application)}  warning  ${escapeControls(notice.previewNowBefore(fixed!.toISOString(), result.application.submittedAt))}\n`,
    )
  let decided: ScreeningResult = result
  if (values.decide) {
    // A person's decision, recorded as an ATS records it: by default at the time of the
    // decision above (--now, or the arrival), or after the interview when that is later.
    const evaluated = new Date(result.audit.evaluatedAt)
    const at = decidedAt ?? (interviewAt && interviewAt > evaluated ? interviewAt : evaluated)
    const input: DecisionInput = { outcome: values.decide as 'pass' | 'reject', by: values.by ?? 'preview', at }
    const reasonTexts = Object.fromEntries(Object.entries(texts).filter(([, v]) => v !== undefined))
    if (values.reason?.length || Object.keys(reasonTexts).length)
      input.reasons = {
        ...(values.reason?.length ? { criteria: values.reason } : {}),
        ...(Object.keys(reasonTexts).length ? { text: reasonTexts } : {}),
      }
    if (interviewAt) input.interviewAt = interviewAt
    try {
      decided = recordDecision(result, input, { screener })
    } catch (e) {
      if (!isDecisionError(e)) throw e
      // What is wrong, and the option that says it: an input error (exit 2).
      const flags = optionsOf(e.issues[0].path, e.issues[0].languages)
      io.stderr.write(
        `autoscreen preview: ${e.code}: ${escapeControls(notice.invalidDecision(result.application.id, formatIssue(e.issues[0], lang)))}${flags.length ? ` (${flags.join(', ')})` : ''}\n`,
      )
      return 2
    }
  }
  const now = decided.decision ? new Date(decided.decision.at) : new Date(result.audit.evaluatedAt)
  const stage = (values.stage as Stage | undefined) ?? stageFor(decided)
  // A message that does not fit the decision is never sent: a finding, as ESLint's (exit 1).
  const problem = formatStageMismatch(decided, stage, lang)
  if (problem) {
    const hint = decided.decision ? '' : personHint(decided, stage, notice)
    if (format === 'json')
      await emit(
        io,
        values.output,
        jsonBlock({
          outcome: result.outcome,
          decision: decided.decision ?? null,
          stage,
          stageFor: stageFor(decided),
          problem: { code: 'stage_mismatch', message: hint ? `${problem} ${hint}` : problem },
        }),
      )
    else
      io.stdout.write(
        `${escapeControls(values.application)}  error  --stage ${stage}: ${escapeControls(hint ? `${problem} ${hint}` : problem)}  stage_mismatch\n`,
      )
    return 1
  }
  const message = renderMessage(decided, {
    screener,
    now,
    stage,
    ...(values.locale ? { locale: values.locale as Locale } : {}),
  })
  // Why it is sent then is read by the recruiter running the preview: in the run's language.
  const plan = planDelivery(decided, deliveryPolicy(screener.criteria), { now, stage: message.stage, locale: lang })
  if (format === 'json')
    await emit(
      io,
      values.output,
      jsonBlock({ outcome: result.outcome, decision: decided.decision ?? null, message, plan }),
      'message',
    )
  else {
    const d = decided.decision
    const said = RESULT_VOCABULARY[lang].outcome
    // Times as the recruiter's clock shows them, in the job's time zone (as the reason's are).
    const local = (iso: string) => `${localDateTime(iso, zone)?.replace('T', ' ') ?? iso} ${zone}`
    const decision = d
      ? `${notice.previewDecision(said[d.outcome], escapeControls(d.by), local(d.at), d.interviewAt && local(d.interviewAt), said[result.outcome])}\n`
      : ''
    const head = notice.previewHead
    const width = Math.max(head.stage.length, head.sendAt.length, head.why.length) + 2
    // The message quotes the application (a name): its control characters are shown escaped.
    await emit(
      io,
      values.output,
      `${decision}${head.stage.padEnd(width)}${message.stage} (${message.locale})\n${head.sendAt.padEnd(width)}${local(plan.sendAt)}${plan.slaBreached ? `  ${head.breached}` : ''}\n${head.why.padEnd(width)}${escapeControls(plan.reason)}\n\n${head.subject} ${escapeControls(message.subject)}\n\n${escapeControls(values.html ? message.html : message.text, { lines: true })}\n`,
      'message',
    )
  }
  return 0
}

/** The options of this command that give the part of a decision an issue is about. */
function optionsOf(path: (string | number)[], languages: readonly Locale[] | undefined): string[] {
  const [head, sub, locale] = path
  if (head === 'outcome') return ['--decide']
  if (head === 'by') return ['--by']
  if (head === 'at') return ['--decided-at']
  if (head === 'interviewAt') return ['--interview', '--decided-at']
  if (head !== 'reasons') return []
  if (sub === 'criteria') return ['--reason']
  if (sub === 'text')
    return locale !== undefined
      ? [`--reason-text-${String(locale)}`]
      : (languages ?? LOCALES).map((l) => `--reason-text-${l}`)
  return ['--reason', ...LOCALES.map((l) => `--reason-text-${l}`)]
}

/** How to preview the person's decision a stage needs, when none was given. */
function personHint(result: ScreeningResult, stage: Stage, notice: NoticeWording): string {
  if (stage === 'rejected-by-person') return notice.previewDecideHint(false)
  if (stage === 'rejected-after-interview') return notice.previewDecideHint(true)
  if ((stage === 'rejected' || stage === 'talent-pool' || stage === 'late') && currentOutcome(result) !== 'reject')
    return notice.previewDecideHint(false)
  return ''
}
