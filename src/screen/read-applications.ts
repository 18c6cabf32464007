import type { Application } from './application'

/**
 * One entry read from a batch of applications: the application with the line it started on,
 * or a problem with that line. Bad lines never stop a batch.
 *
 * @example
 * ```ts
 * const entry: BatchEntry = { line: 3, ok: false, message: 'not valid JSON: Unexpected token' }
 * ```
 * @category Screening
 */
export type BatchEntry = { line: number; ok: true; application: Application } | { line: number; ok: false; message: string }

/**
 * Reads applications from JSON Lines (one application per line; blank lines skipped) or from
 * a JSON array or object, reporting bad entries with their line number instead of throwing.
 *
 * @example
 * ```ts
 * for await (const entry of readApplications(readline.createInterface({ input: fs.createReadStream('apps.jsonl') }))) {
 *   if (entry.ok) screener.screen(entry.application, { now })
 *   else console.error(`line ${entry.line}: ${entry.message}`)
 * }
 * ```
 * @category Screening
 */
export async function* readApplications(lines: AsyncIterable<string> | Iterable<string>): AsyncGenerator<BatchEntry> {
  let n = 0
  let buffered: string[] | null = null
  let bufferStart = 0
  for await (const raw of lines) {
    n++
    const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw
    if (buffered) {
      buffered.push(line)
      continue
    }
    const t = line.trim()
    if (t === '') continue
    // A pretty-printed JSON document (array or object spanning lines) is read whole.
    if ((t === '[' || t.startsWith('[') || t === '{') && !isCompleteJson(t)) {
      buffered = [line]
      bufferStart = n
      continue
    }
    yield* entriesOf(t, n)
  }
  if (buffered) yield* entriesOf(buffered.join('\n'), bufferStart)
}

function isCompleteJson(t: string): boolean {
  try {
    JSON.parse(t)
    return true
  } catch {
    return false
  }
}

function* entriesOf(text: string, line: number): Generator<BatchEntry> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    yield { line, ok: false, message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` }
    return
  }
  const items = Array.isArray(value) ? value : [value]
  for (const item of items) {
    if (item && typeof item === 'object' && !Array.isArray(item)) yield { line, ok: true, application: item as Application }
    else yield { line, ok: false, message: `expected an application object, found ${item === null ? 'null' : Array.isArray(item) ? 'a list' : `a ${typeof item}`}` }
  }
}
