import {
  diffOutcomes,
  escapeControls as t,
  formatIssue,
  parseInstant,
  readApplications,
  type Application,
} from '../../node/index.js'
import { createReadStream } from 'node:fs'
import { resolve } from 'node:path'
import { args, formatOf, nowOf } from '../args.js'
import { langOf } from '../lang.js'
import { loadScreener } from '../load-screener.js'
import { noticeWording } from '../notice-wording.js'
import { emit, UsageError, type CliIO } from '../io.js'
import { jsonBlock } from '../safe-json.js'

export async function diff(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = args(argv, {
    from: { type: 'string' },
    to: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
    'fail-on-change': { type: 'boolean' },
    now: { type: 'string' },
  })
  if (!values.from || !values.to || positionals.length !== 1) throw new UsageError('diff-arguments')
  const format = formatOf(values.format, ['text', 'json'] as const, 'text')
  nowOf(values.now, io.now)
  const from = await loadScreener(values.from, io)
  const to = from && (await loadScreener(values.to, io))
  if (!from || !to) return 2
  const now = nowOf(values.now, io.now, from.criteria.job.timezone)
  const input = createReadStream(resolve(io.cwd, positionals[0]!))
  await new Promise<void>((ok, fail) =>
    input.once('open', () => ok()).once('error', () => fail(new UsageError('cannot-read', { path: positionals[0]! }))),
  )
  const apps: Application[] = []
  let bad = 0
  const label = positionals[0]!
  const lang = langOf(io.env, from.criteria.locale)
  for await (const e of readApplications(input)) {
    if (e.ok) apps.push(e.application)
    else {
      bad++
      io.stderr.write(
        `${t(label)}:${e.line}:1  error  ${t(e.code ? formatIssue({ code: e.code, message: e.message, ...(e.params ? { params: e.params } : {}) }, lang) : e.message)}\n`,
      )
    }
  }
  const d = diffOutcomes(from, to, apps, { now })
  // Decisions are never dated before their application (see screen): say how many were moved to their submission.
  const early = apps.filter(
    (a) => (parseInstant(a?.submittedAt, from.criteria.job.timezone)?.getTime() ?? -Infinity) > now.getTime(),
  ).length
  const notice = noticeWording(lang)
  if (early)
    io.stderr.write(
      `${t(label)}  warning  ${notice.diffSubmittedAfter(early, notice.decisionTime(now.toISOString(), values.now !== undefined))}\n`,
    )
  for (const e of d.errors) {
    bad++
    io.stderr.write(`${t(label)}: ${t(notice.notCompared(e.id ?? `#${e.index + 1}`, e.message))}\n`)
  }
  let out: string
  if (format === 'json') out = jsonBlock(d)
  else {
    out = `${d.total} application${d.total === 1 ? '' : 's'}: ${d.unchanged} unchanged, ${d.total - d.unchanged} changed\n`
    for (const [k, v] of Object.entries(d.directions)) out += `  ${k}: ${v}\n`
    for (const c of d.changes)
      out += `  ${t(c.id)}: ${c.from} -> ${c.to}${c.nearMiss ? ` (near miss ${c.nearMiss.from} -> ${c.nearMiss.to})` : ''}  because of ${t(c.criteria.join(', ')) || 'the score'}\n`
  }
  await emit(io, values.output, out, 'comparison')
  // Every application is accounted for: one that could not be compared is a finding too.
  return (values['fail-on-change'] && d.total !== d.unchanged) || bad > 0 ? 1 : 0
}
