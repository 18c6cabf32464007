import {
  DemographicsError,
  ScreeningError,
  SurveyError,
  createSummarizer,
  escapeControls,
  formatIssue,
  formatSummaryHtml,
  formatSummaryMarkdown,
  readResults,
  parseConsents,
  parseDemographicsCsv,
  parseSurveyAnswers,
  type Consent,
  type SurveyAnswer,
} from '../../node/index.js'
import { createReadStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'
import { args, formatOf } from '../args.js'
import { formatIssues } from '../diagnostics.js'
import { emit, UsageError, type CliIO } from '../io.js'
import { langOf } from '../lang.js'
import { noticeWording } from '../notice-wording.js'
import { jsonBlock } from '../safe-json.js'
import { aborted, stopSignalOf, Stopped, untilStopped } from '../stopped.js'

export async function report(argv: string[], io: CliIO): Promise<number> {
  // A file read wrongly gives figures that look right: every problem, located, and no report.
  const located = (e: { issues: Parameters<typeof formatIssues>[0] }) => {
    io.stderr.write(`${formatIssues(e.issues, io)}\n`)
    return 2
  }
  const { values, positionals } = args(argv, {
    demographics: { type: 'string' },
    survey: { type: 'string' },
    consents: { type: 'string' },
    'min-group-size': { type: 'string' },
    'max-groups': { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
  })
  const format = formatOf(values.format, ['md', 'json', 'html'] as const, 'md')
  if (positionals.length !== 1) throw new UsageError('one-results-file')
  const minGroupSize = values['min-group-size'] === undefined ? undefined : Number(values['min-group-size'])
  if (minGroupSize !== undefined && !(Number.isInteger(minGroupSize) && minGroupSize > 0))
    throw new UsageError('min-group-size')
  const maxGroups = values['max-groups'] === undefined ? undefined : Number(values['max-groups'])
  if (maxGroups !== undefined && !(Number.isInteger(maxGroups) && maxGroups > 0)) throw new UsageError('max-groups')
  let demographics
  if (values.demographics) {
    try {
      // The bytes, not text: a file that is not UTF-8 (Latin-1, UTF-16) is a located error, not groups read wrong.
      demographics = parseDemographicsCsv(await readFile(resolve(io.cwd, values.demographics)), {
        file: values.demographics,
      })
    } catch (e) {
      if (e instanceof DemographicsError) return located(e)
      throw e instanceof ScreeningError
        ? new UsageError('input-file', { text: e.message })
        : new UsageError('cannot-read', { path: values.demographics })
    }
  }
  // Survey answers and consents: as strict, every error located and no report; warnings (a
  // skipped score, an answer given twice) are said and the file read.
  const candidateFile = async <T>(file: string, parse: (bytes: Uint8Array) => T): Promise<T | SurveyError> => {
    try {
      return parse(await readFile(resolve(io.cwd, file)))
    } catch (e) {
      if (e instanceof SurveyError) return e
      throw e instanceof ScreeningError
        ? new UsageError('input-file', { text: e.message })
        : new UsageError('cannot-read', { path: file })
    }
  }
  let survey: SurveyAnswer[] | undefined
  let consents: Consent[] | undefined
  if (values.survey) {
    const file = values.survey
    const read = await candidateFile(file, (bytes) => parseSurveyAnswers(bytes, { file }))
    if (read instanceof SurveyError) return located(read)
    if (read.warnings.length) io.stderr.write(`${formatIssues(read.warnings, io)}\n`)
    survey = read.answers
  }
  if (values.consents) {
    const file = values.consents
    const read = await candidateFile(file, (bytes) => parseConsents(bytes, { file }))
    if (read instanceof SurveyError) return located(read)
    consents = read
  }
  const source = positionals[0]!
  const input = source === '-' ? io.stdin : createReadStream(resolve(io.cwd, source))
  if (source !== '-')
    await new Promise<void>((ok, fail) =>
      (input as ReturnType<typeof createReadStream>)
        .once('open', () => ok())
        .once('error', () => fail(new UsageError('cannot-read', { path: source }))),
    )
  const label = escapeControls(source === '-' ? '<stdin>' : source)
  // Counted as read, never held: memory follows the groups, not the number of results.
  const summarizer = createSummarizer({
    ...(demographics ? { demographics } : {}),
    ...(survey ? { survey } : {}),
    ...(consents ? { consents } : {}),
    ...(minGroupSize ? { minGroupSize } : {}),
    ...(maxGroups ? { maxGroups } : {}),
  })
  let bad = 0
  let line = 0
  // SIGINT or SIGTERM stops the reading: a report of part of the results would mislead, so none is written.
  const stop = aborted(io.signal)
  let stopping = false
  void stop.then(() => (stopping = true))
  const chunks = untilStopped(input as AsyncIterable<Uint8Array>, stop)
  let cut = false
  try {
    for await (const e of readResults(chunks)) {
      // Checked before an entry is used: the text read before a stop may end inside a line.
      if (stopping) {
        cut = true
        break
      }
      line = e.line
      if (e.ok) summarizer.add(e.result)
      else {
        bad++
        io.stderr.write(
          `${label}:${e.line}:1  error  ${escapeControls(e.code ? formatIssue({ code: e.code, message: e.message, ...(e.params ? { params: e.params } : {}) }, langOf(io.env)) : e.message)}\n`,
        )
      }
    }
    cut ||= chunks.cut
  } finally {
    if (source !== '-') (input as ReturnType<typeof createReadStream>).destroy()
  }
  const signal = stopSignalOf(io.signal)
  const notice = noticeWording(langOf(io.env))
  if (cut && signal) throw new Stopped(signal, notice.reportStopped(line, source))
  const summary = summarizer.summary()
  // Answers and consents for applications in no result are counted apart: said once, not per line (a survey can span more jobs than these results).
  const apart = (file: string | undefined, n: number, kind: 'answers' | 'consents') => {
    // The file as formatIssues names it: relative to the working directory.
    if (file && n)
      io.stderr.write(
        `${escapeControls(isAbsolute(file) ? relative(io.cwd, file) || file : file)}  warning  ${notice.unmatched(kind, n)}\n`,
      )
  }
  apart(values.survey, summary.candidateExperience?.answers.unmatched ?? 0, 'answers')
  apart(values.consents, summary.consents.unmatched, 'consents')
  // The report quotes the results (sources, ids, groups): their control characters are shown escaped, in a file as on a terminal.
  const body =
    format === 'json'
      ? jsonBlock(summary)
      : escapeControls(format === 'html' ? formatSummaryHtml(summary) : formatSummaryMarkdown(summary), { lines: true })
  await emit(io, values.output, body)
  return bad > 0 ? 1 : 0
}
