import { issue } from '../issues/issue.js'
import { CriteriaError } from '../errors.js'

/**
 * Reads the bytes of an authored file (criteria, tests, templates) as UTF-8 text, refusing
 * what would otherwise be read wrong without a word: a file saved as UTF-16 (Notepad's
 * "Unicode") is a {@link CriteriaError} coded `not_utf8` that says to save it as UTF-8, and
 * bytes that are not UTF-8 (a file saved as Latin-1 or Windows-1252, where "Malmö" is one byte
 * short) are one coded `invalid_utf8` at their line and column. A UTF-8 byte order mark is
 * dropped. Decoding never replaces a character with U+FFFD: a rule that compares with "Malmö"
 * must not silently compare with "Malm�".
 *
 * @example
 * ```ts
 * const text = decodeText(await file.bytes(), 'rules/lagerarbetare.yaml')
 * ```
 * @category Criteria files
 */
export function decodeText(bytes: Uint8Array, file?: string): string {
  const at = file === undefined ? {} : { file }
  if (utf16(bytes)) throw new CriteriaError([{ ...issue('not_utf8', []), line: 1, column: 1, ...at }])
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    const offset = firstInvalid(bytes)
    const before = bytes.subarray(0, offset)
    const lineStart = before.lastIndexOf(0x0a) + 1
    let line = 1
    for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++
    const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1
    const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')
    throw new CriteriaError([{ ...issue('invalid_utf8', [], { byte }), line, column, ...at }])
  }
}

/** A byte order mark of UTF-16, or the zero bytes that UTF-16 puts beside every ASCII letter (also what reading JSON Lines checks). */
export function utf16(b: Uint8Array): boolean {
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) return true
  const n = Math.min(b.length, 200)
  let zeros = 0
  for (let i = 0; i < n; i++) if (b[i] === 0) zeros++
  return n >= 4 && zeros >= n / 4
}

/** The offset of the first byte that does not begin or continue a well-formed UTF-8 sequence. */
function firstInvalid(b: Uint8Array): number {
  let i = 0
  while (i < b.length) {
    const c = b[i]!
    if (c < 0x80) {
      i++
      continue
    }
    // Lead byte, sequence length and the allowed range of the second byte (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF).
    const [len, lo, hi] =
      c >= 0xc2 && c <= 0xdf
        ? [2, 0x80, 0xbf]
        : c === 0xe0
          ? [3, 0xa0, 0xbf]
          : c === 0xed
            ? [3, 0x80, 0x9f]
            : c >= 0xe1 && c <= 0xef
              ? [3, 0x80, 0xbf]
              : c === 0xf0
                ? [4, 0x90, 0xbf]
                : c === 0xf4
                  ? [4, 0x80, 0x8f]
                  : c >= 0xf1 && c <= 0xf3
                    ? [4, 0x80, 0xbf]
                    : [0, 0, 0]
    if (!len) return i
    for (let k = 1; k < len; k++) {
      const x = b[i + k]
      if (x === undefined || (k === 1 ? x < lo || x > hi : x < 0x80 || x > 0xbf)) return i
    }
    i += len
  }
  return i
}
