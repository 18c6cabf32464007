import type { Application } from './application.js'
import { escapeControls } from './escape-controls.js'
import { utf16 } from '../criteria/decode-text.js'
import type { BatchIssueCode, IssueParams } from '../issues/issue-code.js'
import { issue } from '../issues/issue.js'

/**
 * One entry read from a batch of applications: the application with the line it is on, or a
 * problem with that line. Bad lines never stop a batch, and every line of JSON Lines input
 * ends as exactly one entry (blank lines aside).
 *
 * @example
 * ```ts
 * const entry: BatchEntry = { line: 3, ok: false, code: 'batch_not_json', params: { parser: 'Unexpected token' }, message: 'not valid JSON: Unexpected token' }
 * ```
 * A bad line's `code` and `params` word it in another language (`formatIssue(entry, 'sv')`); `message` is the English.
 * `invalidUtf8` marks a line that held bytes that are not UTF-8 (read as U+FFFD, �): screen it
 * with `{ invalidUtf8: true }` so that its audit record says so, and warn about the line.
 * @category Screening
 */
export type BatchEntry = { line: number; ok: true; application: Application; invalidUtf8?: true } | BatchProblem

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
export type JsonLine = { line: number; ok: true; value: Record<string, unknown>; invalidUtf8?: true } | BatchProblem

/**
 * A bad entry of a batch: its line, what is wrong as a code with its arguments, and the English
 * words (`formatIssue(problem, 'sv')` gives the Swedish).
 *
 * @example
 * ```ts
 * const problem: BatchProblem = { line: 4, ok: false, code: 'batch_not_an_object', params: { noun: 'application', found: 'list' }, message: 'expected one application object per line, found a list' }
 * ```
 * @category Screening
 */
export type BatchProblem = { line: number; ok: false; code?: BatchIssueCode; params?: IssueParams; message: string }

/** A bad entry at a line, worded from the catalogue. */
const problem = (line: number, code: BatchIssueCode, params: IssueParams = {}): BatchProblem => {
  const { message } = issue(code, [], params)
  return { line, ok: false, code, params, message }
}

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

/** A line of input (`invalid`: it held bytes that are not UTF-8), a line too long to read, or input that cannot be read at all. */
type Line =
  | { line: number; text: string; invalid?: true }
  | { line: number; tooLong: number }
  | { line: number; unreadable: 'batch_utf16' }

const REPLACEMENT = '\uFFFD'
/** Occurrences of U+FFFD written as UTF-8 (EF BF BD) in bytes [from, to). */
function encodedReplacements(bytes: Uint8Array, from: number, to: number): number {
  let n = 0
  for (let i = bytes.indexOf(0xef, from); i !== -1 && i < to; i = bytes.indexOf(0xef, i + 1))
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++
  return n
}
/** Occurrences of U+FFFD in a text. */
function replacements(text: string): number {
  let n = 0
  for (let i = text.indexOf(REPLACEMENT); i !== -1; i = text.indexOf(REPLACEMENT, i + 1)) n++
  return n
}

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
  // Bytes that are not UTF-8 decode to U+FFFD: a line is marked when it holds more U+FFFD than
  // its bytes wrote as such (looked at only in the rare chunk that holds one).
  let invalid = false
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
    const out: Line = overflow
      ? { line: n, tooLong: overflow }
      : invalid
        ? { line: n, text: parts.join('').replace(/\r$/, ''), invalid: true }
        : { line: n, text: parts.join('').replace(/\r$/, '') }
    invalid = false
    parts = []
    length = 0
    overflow = 0
    n++
    return out
  }
  const chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array> =
    typeof source === 'string' ? [source] : source
  for await (const chunk of chunks) {
    // A file saved as UTF-16 ("Unicode" in Notepad) would read as noise, line after line: one error says what it is.
    if (first && typeof chunk !== 'string' && utf16(chunk)) {
      yield [{ line: 1, unreadable: 'batch_utf16' }]
      return
    }
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
    if (first && text.length) {
      text = text.replace(/^\uFEFF/, '')
      first = false
    }
    // A newline is one byte (0A) and one character: the chunk's lines in bytes and in text match one to one.
    const bytes = typeof chunk === 'string' || text.indexOf(REPLACEMENT) === -1 ? undefined : chunk
    let byteFrom = 0
    const check = (piece: string, byteTo: number): void => {
      if (
        bytes &&
        !invalid &&
        piece.indexOf(REPLACEMENT) !== -1 &&
        replacements(piece) > encodedReplacements(bytes, byteFrom, byteTo)
      )
        invalid = true
    }
    // The lines of a chunk go out together: one await per chunk, not per line.
    const batch: Line[] = []
    let from = 0
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', from)) {
      const piece = text.slice(from, at)
      if (bytes) {
        const byteAt = bytes.indexOf(0x0a, byteFrom)
        check(piece, byteAt)
        byteFrom = byteAt + 1
      }
      take(piece)
      batch.push(end())
      from = at + 1
    }
    if (from < text.length) {
      const piece = text.slice(from)
      if (bytes) check(piece, bytes.length)
      take(piece)
    }
    if (batch.length) yield batch
  }
  const rest = decoder.decode()
  if (rest) {
    // Bytes left at the end that never became a character.
    if (rest.indexOf(REPLACEMENT) !== -1) invalid = true
    take(rest)
  }
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
export function readApplications(
  source: TextSource,
  options: ReadApplicationsOptions = {},
): AsyncGenerator<BatchEntry> {
  return entries(source, options, 'application', (line, value, invalid) =>
    invalid
      ? { line, ok: true, application: value as unknown as Application, invalidUtf8: true }
      : { line, ok: true, application: value as unknown as Application },
  )
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
export function readJsonObjects(
  source: TextSource,
  options: ReadApplicationsOptions = {},
  noun = 'application',
): AsyncGenerator<JsonLine> {
  return entries(source, options, noun, (line, value, invalid) =>
    invalid ? { line, ok: true, value, invalidUtf8: true } : { line, ok: true, value },
  )
}

type Problem = { line: number; ok: false; message: string }

/** The entries of a source: one generator for every reader, so each entry costs one await. */
async function* entries<T>(
  source: TextSource,
  options: ReadApplicationsOptions,
  noun: string,
  ok: (line: number, value: Record<string, unknown>, invalid?: true) => T,
): AsyncGenerator<T | Problem> {
  const maxLine = options.maxLineLength ?? DEFAULT_MAX_LINE
  const maxDocument = options.maxDocumentLength ?? DEFAULT_MAX_DOCUMENT
  const lines = linesOf(source, options.format === 'json' ? maxDocument : maxLine)
  let format = options.format ?? 'auto'
  for await (const batch of lines) {
    for (let i = 0; i < batch.length; i++) {
      const l = batch[i]!
      if ('unreadable' in l) {
        yield problem(l.line, l.unreadable)
        return
      }
      if ('tooLong' in l) {
        yield problem(l.line, 'batch_line_too_long', { length: l.tooLong, max: maxLine })
        continue
      }
      const t = l.text.trim()
      if (t === '') continue
      if (format === 'auto') format = t === '[' || t === '{' ? 'json' : 'jsonl'
      if (format === 'json') {
        for (const e of await documentOf(l, batch.slice(i + 1), lines, maxDocument, noun))
          yield e.ok ? ok(e.line, e.value, e.invalidUtf8) : e
        return
      }
      const e = entryOf(t, l.line, noun)
      yield e.ok ? ok(e.line, e.value, l.invalid) : e
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
    const msg = e instanceof Error ? e.message : String(e)
    const pos = /position (\d+)/.exec(msg)
    // The engine's words are English and differ between Node versions: the column is data, for every language.
    return problem(line, 'batch_not_json', {
      parser: escapeControls(msg),
      ...(pos ? { column: Number(pos[1]) + 1 } : {}),
    })
  }
  if (value && typeof value === 'object' && !Array.isArray(value))
    return { line, ok: true, value: value as Record<string, unknown> }
  return problem(line, 'batch_not_an_object', { noun, found: kindOf(value) })
}

/** What a JSON value that is not an object is: null, list, string, number or boolean. */
const kindOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'list' : typeof v)

/** A whole JSON document from its first line on: its applications, or one error at the line the document breaks. */
async function documentOf(
  first: { line: number; text: string; invalid?: true },
  buffered: Line[],
  rest: AsyncGenerator<Line[]>,
  max: number,
  noun: string,
): Promise<JsonLine[]> {
  const texts = [first.text]
  let size = first.text.length
  const tooBig = (): JsonLine[] => [problem(first.line, 'batch_document_too_long', { max })]
  let invalid = first.invalid
  const add = (l: Line): boolean => {
    if (!('text' in l) || (size += l.text.length + 1) > max) return false
    if (l.invalid) invalid = true
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
    const column = pos ? Number(pos[1]) - text.lastIndexOf('\n', Number(pos[1]) - 1) : undefined
    return [
      problem(line, 'batch_not_json', {
        parser: escapeControls(msg.replace(/ in JSON at position \d+.*$/, '')),
        ...(column ? { column } : {}),
      }),
    ]
  }
  const items = Array.isArray(value) ? value : [value]
  return items.map(
    (item, i): JsonLine =>
      item && typeof item === 'object' && !Array.isArray(item)
        ? {
            line: first.line,
            ok: true,
            value: item as Record<string, unknown>,
            ...(invalid ? { invalidUtf8: true as const } : {}),
          }
        : problem(first.line, 'batch_item_not_an_object', { item: i + 1, noun, found: kindOf(item) }),
  )
}
