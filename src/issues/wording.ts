import type { IssueCode, IssueParams } from './issue-code.js'

/** The words of one issue in one language, from its arguments. */
export type Words = (params: IssueParams) => string

/** Every code worded: the compiler refuses a language that lacks one. */
export type Wording = { readonly [C in IssueCode]: Words }

/** Quotes a value the way the recruiter typed it. */
export const q = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : (JSON.stringify(v) ?? String(v)))

/** A list of values, quoted and comma-separated. */
export const list = (v: unknown): string => (Array.isArray(v) ? v.map((x) => q(x)).join(', ') : q(v))

/** A list of names, comma-separated as written. */
export const names = (v: unknown, and: string): string => {
  const xs = Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} ${and} ${xs.at(-1)}`
}

/** "criteria[2].reason: " before a message when the issue names where, else nothing. */
export const at = (p: IssueParams): string => (typeof p.at === 'string' && p.at ? `${p.at}: ` : '')

/** `criterion "x": ` before a message about one criterion's rule. */
export const of = (p: IssueParams, word: string): string =>
  typeof p.id === 'string' ? `${word} ${q(p.id)}${p.when ? ' (when)' : ''}: ` : ''

/** A text as a parameter shows it: at most 40 characters. */
export const clip = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}…` : s)

/**
 * The codes of the fairness findings, worded in parts: a first line (what, where, which
 * ground), the advice, and how to acknowledge the finding when the text is about something else.
 */
export type FindingCode = 'protected_ground' | 'protected_question' | 'personal_reason'

/** A fairness finding's parts in one language. */
export interface FindingWords {
  /** What, where and which ground, on one line under 120 characters. */
  readonly headline: Words
  /** What to ask or write instead. */
  readonly advice: Words
}

/** How a ground is named in one language: short (it stands in a first line), what it is, what to ask instead. */
export interface GroundWords {
  readonly name: string
  readonly kind: string
  /** What to ask instead: for a question or an option. */
  readonly advice: string
  /** What to require instead: for a reason, a title or a note, which ask nothing. */
  readonly require?: string
}

/** A finding's first line stays under this many characters, whatever text it quotes. */
export const HEADLINE_MAX = 119

/**
 * A line that quotes a text of the recruiter's, at most `max` characters: the first of the
 * builders (fullest first) whose quote keeps at least 16 characters, the quote shortened with …
 * (a builder may leave the quote out), around `keep` (the words that matched) when they would
 * be cut off; names (a field, a criterion) longer than 24 characters are shortened last.
 */
/** A letter or digit: a quote is never cut inside a word. */
const WORD = /[\p{L}\p{N}]/u

export const fit = (
  builders: readonly ((quote: string, name: (s: unknown) => string) => string)[],
  text: string,
  max = HEADLINE_MAX,
  keep?: unknown,
): string => {
  const whole = (s: unknown) => String(s ?? '')
  const short = (s: unknown) => (String(s ?? '').length > 24 ? `${String(s).slice(0, 23)}…` : String(s ?? ''))
  // The words that matched stay in the quote: a recruiter must see why ("Är du född i Sverig…"
  // hid the word that mattered). The quote is then cut at both ends around them.
  const at = typeof keep === 'string' && keep ? text.toLowerCase().indexOf(keep.toLowerCase()) : -1
  const inWord = (i: number): boolean => i > 0 && i < text.length && WORD.test(text[i - 1]!) && WORD.test(text[i]!)
  const clip = (room: number): string => {
    if (at === -1 || at + String(keep).length <= room) {
      // Cut between words, unless that would leave less than half the room.
      let end = room
      while (inWord(end) && end > room / 2) end--
      return `${text.slice(0, inWord(end) ? room : end).trimEnd()}…`
    }
    let end = Math.min(
      text.length,
      at + String(keep).length + Math.max(0, Math.floor((room - String(keep).length) / 2)),
    )
    let start = Math.max(0, end - (room - 1))
    // Never begin or end inside a word ("…nns du"): move inwards, never into the matched words.
    while (inWord(start) && start < at) start++
    while (inWord(end) && end > at + String(keep).length) end--
    return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`
  }
  const fits = (room: number): boolean => room >= 16 && (at === -1 || String(keep).length <= room - 2)
  for (const line of builders)
    for (const name of [whole, short]) {
      const full = line(text, name)
      if (full.length <= max) return full
      const room = max - (full.length - text.length) - 1
      // A fuller line that cannot show the matched words whole gives way to a shorter one.
      if (fits(room) || (room >= 16 && line === builders.at(-1) && name === short)) return line(clip(room), name)
    }
  const last = builders.at(-1)!(`${text.slice(0, 15).trimEnd()}…`, short)
  return last.length <= max ? last : `${last.slice(0, max - 1)}…`
}
