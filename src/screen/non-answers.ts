import { normaliseTerm } from '../logic/index.js'

// Texts a candidate types into a free-text field to say there is nothing to say. A rule that
// asks whether there is an answer ({"!!": {"var": "portfolio"}}) must not be met by "N/A": such
// an answer is read as unanswered, so where it could change the result a person looks.
// Compared in their loose form (case, accents and spacing aside), with end punctuation dropped.

/** Characters a person does not see: zero-width spaces and joiners, soft hyphens, a byte order mark. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: U+034F (a combining mark) is removed on its own
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u034F\u180E]/g

const SWEDISH = [
  'ingen',
  'inget',
  'inga',
  'nej',
  'ej',
  'saknas',
  'saknar',
  'finns ej',
  'finns inte',
  'har ingen',
  'har inget',
  'har inga',
  'har inte',
  'vet ej',
  'vet inte',
  'vet ej än',
  'ingen aning',
  'ej aktuellt',
  'inte aktuellt',
  'ej tillämpligt',
  'inte tillämpligt',
  'e/t',
  'okänt',
  'okänd',
  'inget svar',
  'ingenting',
]
const ENGLISH = [
  'n/a',
  'na',
  'n.a',
  'n.a.',
  'none',
  'nothing',
  'nil',
  'null',
  'no',
  'nope',
  'not applicable',
  'not available',
  'unknown',
  'no answer',
  "don't know",
  'dont know',
  'do not know',
  'no idea',
  "i don't know",
  'i dont know',
  'idk',
  'tbd',
  'tba',
]

/** The default non-answers, in their loose form.
 * @example
 * ```ts
 * DEFAULT_NON_ANSWERS.has('vet ej') // true
 * ```
 */
export const DEFAULT_NON_ANSWERS: ReadonlySet<string> = new Set([...SWEDISH, ...ENGLISH].map(looseAnswer))

/** The loose form a non-answer is compared in: normalised, without end punctuation. */
export function looseAnswer(text: string): string {
  // Invisible characters (zero-width spaces, soft hyphens) and spaces around a slash ("N / A") change nothing a person reads.
  return normaliseTerm(text.replace(INVISIBLE, ''))
    .replace(/\s*\/\s*/g, '/')
    .replace(/[\s.!?,;:]+$/u, '')
}

/** True when a text holds no letter and no digit ("-", "…", "???"): nothing was said. */
export function saysNothing(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text)
}
