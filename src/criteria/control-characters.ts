// Characters that text bound for a candidate's email never needs: control characters (a CR LF
// in a header starts a new header: "Acme\r\nBcc: x@y.example") and the bidi controls that
// reorder the text after them (U+202E turns "Dear Maja, thanks" around). Shared by the criteria
// schema (load errors), application names, and the messages (defence in depth at render).

/** C0 (TAB, LF, CR, NUL, VT, ESC …), DEL, C1 (NEL …), and the Unicode line and paragraph separators. */
export const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/
/** The same, without the line feed and tab that multi-line text (a reason, a signature) may hold. */
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/
/** Bidi embeddings, overrides and isolates: their effect runs on past the value that holds them. */
const BIDI_SCOPED = /[\u202A-\u202E\u2066-\u2069]/
/** Every bidi formatting control: the scoped ones, and the marks (LRM, RLM, ALM). */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g

const NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x09: 'tab',
  0x0a: 'line feed',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x0d: 'carriage return',
  0x1b: 'escape',
  0x7f: 'delete',
  0x85: 'next line',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
}

/** "U+000D carriage return": a character as a recruiter can look it up. */
export function characterName(c: string): string {
  const code = c.codePointAt(0)!
  const name = NAMES[code]
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${name ? ` ${name}` : ''}`
}

/**
 * Why a text from a criteria file cannot go into a message, or null: a control character (in
 * a one-line value even a line break or tab), or a bidi control that would reorder the rest of
 * the message.
 */
export function textProblem(s: string, oneLine: boolean): string | null {
  const control = (oneLine ? CONTROL : CONTROL_IN_TEXT).exec(s)
  if (control)
    return `holds a control character (${characterName(control[0])})${oneLine ? ": it is one line of text, and may reach an email's subject or headers" : '; write the text without it'}`
  const bidi = BIDI_SCOPED.exec(s)
  if (bidi)
    return `holds a bidi control (${characterName(bidi[0])}), which would reorder the message text after it; write the text without it`
  return null
}

/** A header value as one line: every run of control characters becomes one space. */
export function foldLine(s: string): string {
  return s.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, ' ')
}

/** Text without bidi embeddings, overrides and isolates (the marks LRM, RLM and ALM stay: their effect ends where they stand). */
export function stripBidiControls(s: string): string {
  return s.replace(/[\u202A-\u202E\u2066-\u2069]/g, '')
}

/** Body text without control characters: CR LF, a lone CR and the Unicode separators become LF; tab and LF stay. */
export function stripControls(s: string): string {
  return s.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '')
}
