/**
 * Options of {@link escapeControls}.
 *
 * @example
 * ```ts
 * escapeControls(messageText, { lines: true })
 * ```
 * @category Screening
 */
export interface EscapeControlsOptions {
  /** Keep line breaks (`\n`, `\r\n`) and tabs: for text of several lines, such as a message or a report. */
  lines?: boolean
}

// C0 controls, DEL, C1 controls (U+009B is CSI to a terminal as much as ESC [ is), and the
// bidirectional embeddings, overrides and isolates that make text read in another order than
// it is stored ("Trojan Source").
const ALL = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/
const ALL_G = new RegExp(ALL.source, 'g')
const LINES = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/
const LINES_G = new RegExp(LINES.source, 'g')
const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' }

const escape = (c: string): string => {
  const code = c.charCodeAt(0)
  return (
    NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`)
  )
}

/**
 * Text with its control characters shown as escapes (`\x1b`, `\x9b`, `\u202e`, `\t`), never
 * raw: safe to print on a terminal or in a log. An application id, an answer or a broken line
 * echoed back can hold escape sequences that set a terminal's title, clear its screen or fake
 * output, and bidirectional controls that make text read in another order than it is stored.
 * Text without them is returned as it is.
 *
 * @example
 * ```ts
 * escapeControls('a-1\x1b]0;pwned\x07') // 'a-1\\x1b]0;pwned\\x07'
 * escapeControls('Hello,\n\nwelcome', { lines: true }) // line breaks kept
 * ```
 * @category Screening
 */
export function escapeControls(text: string, options: EscapeControlsOptions = {}): string {
  const [test, all] = options.lines ? [LINES, LINES_G] : [ALL, ALL_G]
  return test.test(text) ? text.replace(all, escape) : text
}
