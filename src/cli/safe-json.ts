// JSON.stringify escapes C0 controls but writes DEL, the C1 controls (U+009B is CSI to a
// terminal) and the bidirectional controls raw. In JSON text they can only stand inside a
// string, where \u escapes mean the same: a parser reads the same value, and a terminal shows
// the output as it is stored. Text without them, all normal data, is returned unchanged, byte
// for byte.
const RAW = /[\x7f-\x9f\u202a-\u202e\u2066-\u2069]/
const RAW_G = new RegExp(RAW.source, 'g')

/** JSON text with DEL, C1 and bidirectional controls written as \u escapes. */
export function safeJson(json: string): string {
  return RAW.test(json) ? json.replace(RAW_G, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json
}

/** `JSON.stringify(value, null, 2)` safe to print, with a final newline. */
export function jsonBlock(value: unknown): string {
  return `${safeJson(JSON.stringify(value, null, 2))}\n`
}

// The same characters in input that is read: raw, as UTF-8 bytes (seen as latin1 text), or
// written as JSON escapes (which JSON.parse turns into the raw character).
const ESCAPED = String.raw`\\u(?:00[89][0-9a-fA-F]|007[fF]|202[a-eA-E]|206[6-9])`
const IN_TEXT = new RegExp(`${RAW.source}|${ESCAPED}`)
const IN_UTF8 = new RegExp(String.raw`\x7f|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]|${ESCAPED}`)

/**
 * Whether UTF-8 input holds a raw DEL, C1 or bidirectional control, or the JSON escape of one
 * (what {@link watchControls} looks for): a worker of `screen --jobs` asks it of its slice.
 *
 * @example
 * ```ts
 * holdsControls(Buffer.from('{"note":"\\u009b"}')) // true
 * ```
 */
export function holdsControls(bytes: Uint8Array): boolean {
  return IN_UTF8.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'))
}

/**
 * The chunks of `source`, passed on as they are; `found` is called when one holds a raw DEL, C1
 * or bidirectional control, or the JSON escape of one. JSON text of data read from it needs
 * {@link safeJson} only from then on: looking at the input (a fraction of the size of the
 * results written for it) keeps a batch at full speed. A character split between two chunks is
 * seen: the end of each chunk is looked at again with the next.
 */
export async function* watchControls<T extends string | Uint8Array>(
  source: AsyncIterable<T>,
  found: () => void,
): AsyncGenerator<T> {
  let seen = false
  let tail = ''
  for await (const chunk of source) {
    if (!seen) {
      const text =
        typeof chunk === 'string'
          ? chunk
          : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1')
      if ((typeof chunk === 'string' ? IN_TEXT : IN_UTF8).test(tail + text)) {
        seen = true
        found()
      }
      tail = text.slice(-5)
    }
    yield chunk
  }
}
