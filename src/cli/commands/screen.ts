import {
  RESULT_WORDING,
  escapeControls,
  formatIssue,
  formatResult,
  readApplications,
  type ScreeningResult,
} from '../../node/index.js'
import { createReadStream } from 'node:fs'
import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import { args, formatOf, nowOf } from '../args.js'
import { BatchOutput } from '../batch-output.js'
import { chosenLang, langOf } from '../lang.js'
import { lineSlices, probe, replay } from '../line-slices.js'
import { loadScreener } from '../load-screener.js'
import { colours, UsageError, type CliIO } from '../io.js'
import { OutputError } from '../output-error.js'
import { noticeWording } from '../notice-wording.js'
import { resumeCommand, shellWord, type Batch, type Mark } from '../resume.js'
import { safeJson, watchControls } from '../safe-json.js'
import { entryScreener, jsonLine, type EntryReport } from '../screen-entry.js'
import { ROW, screenInWorkers, type Screened } from '../screen-pool.js'
import { aborted, stopSignalOf, Stopped, untilStopped } from '../stopped.js'
import { releasesChunks } from '../standard-output.js'

/** The most worker threads `--jobs` takes. */
export const MAX_JOBS = 64
// Workers screen JSON Lines input of more than PARALLEL_FROM bytes, in slices of about SLICE
// bytes (a few thousand lines), at most PER_WORKER slices out per worker. A shorter input is
// screened in the main thread in less time than a worker takes to start (about 0.1 s each, to
// load the library and compile the criteria). AUTOSCREEN_SCREEN_SLICE=<bytes> sets both, for
// tests that need many slices from a small input.
const PARALLEL_FROM = 8 << 20
const SLICE = 256 << 10
const PER_WORKER = 3
// Input that comes slowly (a read of the start waits longer than this, in ms: a terminal, a live
// feed) is screened in the main thread, each result written as its line comes, as it always was.
const PATIENCE = 250
// The reader's own limit on a line, when --max-line sets none (ReadApplicationsOptions).
const DEFAULT_MAX_LINE = 1_000_000

export async function screen(argv: string[], io: CliIO): Promise<number> {
  // Results stream as they are screened (a run may never end, or stop half way and resume):
  // they go to standard output, never to a file written whole as -o promises elsewhere.
  const dash = argv.indexOf('--')
  if (
    (dash === -1 ? argv : argv.slice(0, dash)).some(
      (a) => a === '-o' || a === '--output' || a.startsWith('--output=') || /^-o./.test(a),
    )
  )
    throw new UsageError('screen-no-output')
  const { values, positionals } = args(argv, {
    criteria: { type: 'string' },
    format: { type: 'string' },
    explain: { type: 'boolean' },
    messages: { type: 'boolean' },
    now: { type: 'string' },
    'max-line': { type: 'string' },
    jobs: { type: 'string' },
  })
  const jobs = values.jobs === undefined ? Math.min(availableParallelism(), MAX_JOBS) : Number(values.jobs)
  if (!(/^\d+$/.test(values.jobs ?? '1') && jobs >= 1 && jobs <= MAX_JOBS))
    throw new UsageError('jobs', { max: MAX_JOBS })
  const maxLine = values['max-line'] === undefined ? undefined : Number(values['max-line'])
  if (maxLine !== undefined && !(Number.isInteger(maxLine) && maxLine > 0)) throw new UsageError('max-line')
  if (!values.criteria) throw new UsageError('criteria-required')
  if (positionals.length !== 1) throw new UsageError('one-applications-file')
  const format = formatOf(values.format, ['jsonl', 'json', 'table'] as const, 'jsonl')
  const atArrival = values.now === 'arrival'
  if (!atArrival) nowOf(values.now, io.now) // a usage error before any work
  const screener = await loadScreener(values.criteria, io)
  if (!screener) return 2
  // Without an offset, --now is read in the job's time zone, as every date is.
  // Explanations in the file's language, with its questions and option labels (describe).
  // The language as every command picks it: --lang, else the file's locale, else the environment's.
  const lang = langOf(io.env, screener.criteria.locale)
  const words = { locale: lang, fields: screener.criteria.fields, timezone: screener.criteria.job.timezone }
  const say = RESULT_WORDING[lang]
  // A result's block in the table is in one language: the result's own (its reasons and its
  // message are the candidate's), unless --lang asks for another. The count at the end is the CLI's.
  const chosen = chosenLang(io.env)
  const blockWords = (result: ScreeningResult) => ({ ...words, locale: chosen ?? result.locale })
  const notice = noticeWording(lang)
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
    throw new UsageError('cannot-read', { path: source })
  }
  const label = escapeControls(source === '-' ? '<stdin>' : source)
  const c = colours(io.stdout, io.env)
  const progress = io.stderr.isTTY === true
  let started = Date.now()
  let count = 0
  let bad = 0
  const all: object[] = []
  const out = new BatchOutput<Mark>(io.stdout)
  // A signal, or output that cannot be written, stops the reading: what is screened is written, and no more.
  const stop = Promise.race([aborted(io.signal), out.failed])
  let stopping = false
  void stop.then(() => (stopping = true))
  let cut = false
  // JSON.stringify writes DEL, C1 and bidirectional controls raw. A result holds one only when
  // its application or the criteria do (or a custom template, with --messages): from then on
  // the results are escaped for a terminal, and until then written as they are, at full speed.
  const controlsFromStart =
    values.messages === true || safeJson(JSON.stringify(screener.criteria)) !== JSON.stringify(screener.criteria)
  let controls = controlsFromStart
  const chunks = untilStopped(input as AsyncIterable<Uint8Array | string>, stop)
  let mark: Mark = { line: 0, entries: 0, results: 0, errors: 0 }
  let document = false
  let sinceTurn = 0
  // Messages need Handlebars: loaded only when asked for.
  const messagesFor = values.messages
    ? (await import('../messages.js')).messagesFor(screener, (result) =>
        format === 'table' ? blockWords(result).locale : lang,
      )
    : undefined
  const inputFormat = source.toLowerCase().endsWith('.jsonl')
    ? 'jsonl'
    : source.toLowerCase().endsWith('.json')
      ? 'json'
      : 'auto'
  // An error goes to stderr at once; its line counts as done when the output before it is written.
  const error = (line: number, message: string) => {
    bad++
    io.stderr.write(`${label}:${line}:1  ${c.red('error')}  ${escapeControls(message)}\n`)
  }
  const warn = (line: number, message: string) =>
    io.stderr.write(`${label}:${line}:1  ${c.yellow('warning')}  ${escapeControls(message)}\n`)
  // A --now before a submission cannot be the time of its decision: the decision is dated at
  // the submission (the audit record notes it). Said for the first few lines, then counted.
  // Without --now the time of the decision is the clock's, and the words say so.
  const decisionTime = notice.decisionTime(now.toISOString(), values.now !== undefined)
  let early = 0
  const SHOWN = 5
  const report: EntryReport = {
    error,
    notUtf8: (line) => warn(line, notice.notUtf8Line),
    early: (line, submittedAt) => {
      if (++early <= SHOWN) warn(line, notice.nowBeforeSubmission(decisionTime, submittedAt, early === SHOWN))
    },
  }
  const settings = {
    explain: values.explain === true,
    messages: values.messages === true,
    now: atArrival ? ('arrival' as const) : now,
    lang,
  }
  const screenEntry = entryScreener(screener, settings, report, messagesFor)
  const showProgress = () => {
    if (progress && Date.now() - started > 500) {
      started = Date.now()
      io.stderr.write(`\r${notice.progress(count)}`)
    }
  }
  const maxLineLength = maxLine ?? DEFAULT_MAX_LINE
  // A slice a worker screened, taken in input order: its lines numbered from where the last ended,
  // what they told said as --jobs 1 says it, its results written as one piece.
  let lineBase = 0
  const takeSlice = (s: Screened): Promise<boolean> | boolean => {
    // Checked before a slice is used, as before an entry below.
    if (stopping) {
      cut = true
      return false
    }
    if ('tooLong' in s) {
      lineBase++
      error(
        lineBase,
        formatIssue(
          {
            code: 'batch_line_too_long',
            message: `the line is ${s.tooLong} characters long`,
            params: { length: s.tooLong, max: maxLineLength },
          },
          lang,
        ),
      )
      mark = { line: lineBase, entries: mark.entries + 1, results: count, errors: bad }
      return (out.push('', mark) ?? Promise.resolve()).then(() => true)
    }
    const base = { line: lineBase, entries: mark.entries, results: count, errors: bad }
    for (const [kind, line, text] of s.events) {
      if (kind === 0) report.error(base.line + line, text)
      else if (kind === 1) report.notUtf8(base.line + line)
      else report.early(base.line + line, text)
    }
    const r = s.rows
    const markAt = (o: number, results: number): Mark => ({
      line: base.line + r[o]!,
      entries: base.entries + r[o + 1]!,
      results,
      errors: base.errors + r[o + 2]!,
    })
    if (s.lead[0])
      out.push('', {
        line: base.line + s.lead[0],
        entries: base.entries + s.lead[1],
        results: base.results,
        errors: base.errors + s.lead[2],
      })
    const results = r.length / ROW
    const pending = out.pushResults(
      s.out,
      {
        count: results,
        byteEnd: (i) => r[i * ROW + 3]!,
        charEnd: (i) => r[i * ROW + 4]!,
        mark: (i) => markAt(i * ROW, base.results + i + 1),
        after: (i) => (r[i * ROW + 5] ? markAt(i * ROW + 5, base.results + i + 1) : undefined),
      },
      s.written,
    )
    count += results
    lineBase += s.lines
    if (s.entries)
      mark = { line: base.line + s.lastLine, entries: base.entries + s.entries, results: count, errors: bad }
    showProgress()
    return pending ? pending.then(() => true) : true
  }
  try {
    const it = chunks[Symbol.asyncIterator]()
    // Workers for JSON Lines results from input that proves long enough; --jobs 1, another format,
    // and a short input or one JSON document are screened here, as they always were.
    const start =
      jobs > 1 && format === 'jsonl'
        ? await probe(it, {
            format: inputFormat,
            bytes: Number(io.env.AUTOSCREEN_SCREEN_SLICE) || PARALLEL_FROM,
            maxLine: maxLineLength,
            patience: PATIENCE,
          })
        : { parallel: false, seen: [] }
    if (start.parallel) {
      const slices = lineSlices(replay(start.seen as Uint8Array[], it as AsyncIterator<Uint8Array>), {
        bytes: Number(io.env.AUTOSCREEN_SCREEN_SLICE) || SLICE,
        maxLine: maxLineLength,
      })
      const setup = {
        criteria: screener.file!,
        hash: screener.hash,
        settings: { ...settings, now: atArrival ? ('arrival' as const) : now.getTime() },
        controls: controlsFromStart,
        maxLine: maxLineLength,
      }
      await screenInWorkers(
        slices,
        { jobs, perWorker: PER_WORKER, setup, recycle: releasesChunks(io.stdout) },
        takeSlice,
      )
    } else
      for await (const entry of readApplications(
        watchControls(replay(start.seen, it, start.pending), () => (controls = true)),
        { format: inputFormat, ...(maxLine ? { maxLineLength: maxLine } : {}) },
      )) {
        // Input already in memory (read ahead to choose between workers and this loop) and output
        // that keeps up never give the event loop a turn, so a signal would wait for the end of the
        // run: a turn every 256 entries lets it in.
        if (++sinceTurn === 256) {
          sinceTurn = 0
          await new Promise((turn) => setImmediate(turn))
        }
        // Checked before an entry is used: the text read before a stop may end inside a line.
        if (stopping) {
          cut = true
          break
        }
        // The entries of one JSON document share its first line: they are counted, not their lines.
        if (mark.entries && entry.line === mark.line) document = true
        const done = (results: number) => (mark = { line: entry.line, entries: mark.entries + 1, results, errors: bad })
        const screened = screenEntry(entry)
        if (!screened) {
          const m = done(count)
          const pending = format === 'json' ? undefined : out.push('', m)
          if (pending) await pending
          continue
        }
        count++
        const { result, full } = screened
        if (format === 'jsonl') {
          // A JSON line holds one newline, its last character (JSON text writes none of its own).
          const pending = out.push(jsonLine(full, controls), done(count), 1)
          if (pending) await pending
        } else if (format === 'json') {
          all.push(full)
          done(count)
        } else {
          const inBlock = blockWords(result)
          let block = formatResult(result, { explain: values.explain === true, colour: c.enabled, words: inBlock })
          if (full.message) {
            const m = full.message
            const say = RESULT_WORDING[inBlock.locale]
            block += `\n\n  ${c.bold(`${say.subject}: ${escapeControls(m.subject)}`)}\n  ${c.dim(`${say.planned}: ${m.sendAt} (${escapeControls(m.reason)})`)}\n\n${escapeControls(m.text, { lines: true }).replace(/^/gm, '  │ ')}`
          }
          const pending = out.push(`${block}\n\n`, done(count))
          if (pending) await pending
        }
        if (count % 256 === 0) showProgress()
      }
    cut ||= chunks.cut
    if (early > SHOWN)
      io.stderr.write(
        `${label}  ${c.yellow('warning')}  ${escapeControls(notice.submittedAfter(early, decisionTime))}\n`,
      )
    // A stopped run still writes whole output: the list so far, or the count so far.
    if (format === 'json') out.push(`${safeJson(JSON.stringify(all, null, 2))}\n`, mark)
    if (format === 'table') out.push(c.bold(`${say.screened(count, bad)}\n`), mark)
    await out.flush()
  } catch (e) {
    if (!(e instanceof OutputError)) throw e
  } finally {
    if (progress) io.stderr.write('\r\x1b[K')
    if (source !== '-') (input as ReturnType<typeof createReadStream>).destroy()
  }
  const batch: Batch = {
    source,
    document: document || inputFormat === 'json',
    command: commandOf(values, atArrival ? 'arrival' : (values.now ?? now.toISOString())),
  }
  if (out.failure) {
    if (out.failure.readerGone) throw out.failure
    const w = out.written
    const detail =
      format === 'json' || !w
        ? notice.writtenWhole(null, null, '')
        : notice.writtenWhole(
            notice.done(w, batch),
            out.cutOff ? notice.cutOff(format, out.linesWritten) : null,
            notice.resume(w, batch, resumeCommand(w, batch)),
          )
    throw out.failure.with('results', detail, lang)
  }
  const signal = stopSignalOf(io.signal)
  if (cut && signal)
    throw new Stopped(
      signal,
      mark.entries
        ? notice.stoppedAfter(notice.done(mark, batch), notice.resume(mark, batch, resumeCommand(mark, batch)))
        : notice.stoppedBefore,
      lang,
    )
  return bad > 0 ? 1 : 0
}

/** `autoscreen screen` with this run's options, reading standard input, at the same time of decision. */
function commandOf(
  values: { criteria?: string; format?: string; explain?: boolean; messages?: boolean; 'max-line'?: string },
  now: string,
): string {
  const words = ['autoscreen', 'screen', '--criteria', values.criteria!]
  if (values.format) words.push('--format', values.format)
  if (values.explain) words.push('--explain')
  if (values.messages) words.push('--messages')
  words.push('--now', now)
  if (values['max-line']) words.push('--max-line', values['max-line'])
  return [...words, '-'].map(shellWord).join(' ')
}
