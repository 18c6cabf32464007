import type { Application } from './application.js'
import { escapeControls } from './escape-controls.js'

/**
 * One entry read from a batch of applications: the application with the line it is on, or a
 * problem with that line. Bad lines never stop a batch, and every line of JSON Lines input
 * ends as exactly one entry (blank lines aside).
 *
 * @example
 * ```ts
 * const entry: BatchEntry = { line: 3, ok: false, message: 'not valid JSON: Unexpected token' }
 * ```
 * @category Screening
 */
export type BatchEntry = { line: number; ok: true; application: Application } | { line: number; ok: false; message: string }

/**
 * One JSON object read from JSON Lines (or one JSON document), with its line, or a problem
 * with that line.
 *
 * @example
 * ```ts
 * const entry: JsonLine = { line: 7, ok: true, value: { id: 'a-1' } }
 * ```
 * @category Screening
 */
export type JsonLine = { line: number; ok: true; value: Record<string, unknown> } | { line: number; ok: false; message: string }

/**
 * Options of {@link readApplications}.
 *
 * @example
 * ```ts
 * readApplications(stream, { format: 'jsonl', maxLineLength: 200_000 })
 * ```
 * @category Screening
 */
export interface ReadApplicationsOptions {
  /**
   * `jsonl`: one application per line, always. `json`: the whole input is one JSON array (or
   * object). `auto` (default): JSON when the first line that is not blank is only `[` or `{`
   * (which is never a JSON Lines document), else JSON Lines.
   */
  format?: 'jsonl' | 'json' | 'auto'
  /** Longest line read, in characters (default 1,000,000); a longer line is an error for that line and is never held in memory whole. */
  maxLineLength?: number
  /** Largest whole JSON document read, in characters (default 50,000,000). */
  maxDocumentLength?: number
}

/**
 * Text, or chunks of text or bytes (UTF-8): a file's contents, `fs.createReadStream(...)`,
 * `process.stdin`, a `fetch` body.
 * @example
 * ```ts
 * const source: TextSource = fs.createReadStream('applications.jsonl')
 * ```
 * @category Screening
 */
export type TextSource = string | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>

/** A line of input, or a line too long to read. */
type Line = { line: number; text: string } | { line: number; tooLong: number }

const DEFAULT_MAX_LINE = 1_000_000
const DEFAULT_MAX_DOCUMENT = 50_000_000

/**
 * Splits text into lines at `\n` only (a `\r\n` ending loses its `\r`; a lone `\r` inside a line
 * stays in it, so line numbers never shift), numbering from 1. A line longer than `max` is
 * reported with its length and skipped without being kept.
 */
async function* linesOf(source: TextSource, max: number): AsyncGenerator<Line[]> {
  const decoder = new TextDecoder('utf-8')
  let parts: string[] = []
  let length = 0
  let overflow = 0
  let n = 1
  let first = true
  const take = (piece: string): void => {
    if (overflow || length + piece.length > max) {
      overflow = (overflow || length) + piece.length
      parts = []
      length = 0
    } else {
      parts.push(piece)
      length += piece.length
    }
  }
  const end = (): Line => {
    const out: Line = overflow ? { line: n, tooLong: overflow } : { line: n, text: parts.join('').replace(/\r$/, '') }
    parts = []
    length = 0
    overflow = 0
    n++
    return out
  }
  const chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array> = typeof source === 'string' ? [source] : source
  for await (const chunk of chunks) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
    if (first && text.length) {
      text = text.replace(/^\uFEFF/, '')
      first = false
    }
    // The lines of a chunk go out together: one await per chunk, not per line.
    const batch: Line[] = []
    let from = 0
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', from)) {
      take(text.slice(from, at))
      batch.push(end())
      from = at + 1
    }
    if (from < text.length) take(text.slice(from))
    if (batch.length) yield batch
  }
  const rest = decoder.decode()
  if (rest) take(rest)
  if (length || overflow) yield [end()]
}

/**
 * Reads applications from JSON Lines (one application per line; blank lines skipped) or from
 * one JSON array or object, reporting each bad line with its number instead of throwing: a
 * line that is not JSON, not an object, or longer than the limit is one error, and the lines
 * after it are read as usual.
 *
 * @example
 * ```ts
 * for await (const entry of readApplications(fs.createReadStream('apps.jsonl'))) {
 *   if (entry.ok) screener.screen(entry.application, { now: 'arrival' })
 *   else console.error(`line ${entry.line}: ${entry.message}`)
 * }
 * ```
 * @category Screening
 */
export function readApplications(source: TextSource, options: ReadApplicationsOptions = {}): AsyncGenerator<BatchEntry> {
  return entries(source, options, 'application', (line, value) => ({ line, ok: true, application: value as unknown as Application }))
}

/**
 * Reads JSON objects from JSON Lines or one JSON document, as {@link readApplications} does
 * for applications: every line ends as one entry, bad ones with their line number. `noun`
 * names what each object should be, in messages ("expected one result object per line").
 *
 * @example
 * ```ts
 * for await (const e of readJsonObjects(fs.createReadStream('results.jsonl'), {}, 'result')) if (!e.ok) console.error(e.line, e.message)
 * ```
 * @category Screening
 */
export function readJsonObjects(source: TextSource, options: ReadApplicationsOptions = {}, noun = 'application'): AsyncGenerator<JsonLine> {
  return entries(source, options, noun, (line, value) => ({ line, ok: true, value }))
}

type Problem = { line: number; ok: false; message: string }

/** The entries of a source: one generator for every reader, so each entry costs one await. */
async function* entries<T>(source: TextSource, options: ReadApplicationsOptions, noun: string, ok: (line: number, value: Record<string, unknown>) => T): AsyncGenerator<T | Problem> {
  const maxLine = options.maxLineLength ?? DEFAULT_MAX_LINE
  const maxDocument = options.maxDocumentLength ?? DEFAULT_MAX_DOCUMENT
  const lines = linesOf(source, options.format === 'json' ? maxDocument : maxLine)
  let format = options.format ?? 'auto'
  for await (const batch of lines) {
    for (let i = 0; i < batch.length; i++) {
      const l = batch[i]!
      if ('tooLong' in l) {
        yield { line: l.line, ok: false, message: `the line is ${l.tooLong.toLocaleString('en')} characters long; the limit is ${maxLine.toLocaleString('en')} (one application per line)` }
        continue
      }
      const t = l.text.trim()
      if (t === '') continue
      if (format === 'auto') format = t === '[' || t === '{' ? 'json' : 'jsonl'
      if (format === 'json') {
        for (const e of await documentOf(l, batch.slice(i + 1), lines, maxDocument, noun)) yield e.ok ? ok(e.line, e.value) : e
        return
      }
      const e = entryOf(t, l.line, noun)
      yield e.ok ? ok(e.line, e.value) : e
    }
  }
}

/** One JSON Lines line: exactly one entry. */
function entryOf(text: string, line: number, noun: string): JsonLine {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    // The parser quotes the line: a broken line's control characters are shown escaped, never raw.
    return { line, ok: false, message: `not valid JSON: ${escapeControls(e instanceof Error ? e.message : String(e))}` }
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) return { line, ok: true, value: value as Record<string, unknown> }
  return { line, ok: false, message: `expected one ${noun} object per line, found ${describe(value)}` }
}

const describe = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'a list' : `a ${typeof v}`)

/** A whole JSON document from its first line on: its applications, or one error at the line the document breaks. */
async function documentOf(first: { line: number; text: string }, buffered: Line[], rest: AsyncGenerator<Line[]>, max: number, noun: string): Promise<JsonLine[]> {
  const texts = [first.text]
  let size = first.text.length
  const tooBig = (): JsonLine[] => [{ line: first.line, ok: false, message: `the JSON document is over ${max.toLocaleString('en')} characters; send JSON Lines (one application per line) instead` }]
  const add = (l: Line): boolean => {
    if ('tooLong' in l || (size += l.text.length + 1) > max) return false
    texts.push(l.text)
    return true
  }
  for (const l of buffered) if (!add(l)) return tooBig()
  for await (const batch of rest) for (const l of batch) if (!add(l)) return tooBig()
  const text = texts.join('\n')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e)
    const pos = /position (\d+)/.exec(msg)
    const line = pos ? first.line + text.slice(0, Number(pos[1])).split('\n').length - 1 : first.line
    return [{ line, ok: false, message: `not valid JSON: ${escapeControls(msg.replace(/ in JSON at position \d+.*$/, ''))}` }]
  }
  const items = Array.isArray(value) ? value : [value]
  return items.map((item, i): JsonLine =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? { line: first.line, ok: true, value: item as Record<string, unknown> }
      : { line: first.line, ok: false, message: `item ${i + 1} of the list: expected ${noun === 'application' ? 'an' : 'a'} ${noun} object, found ${describe(item)}` },
  )
}
