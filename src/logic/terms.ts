import { EvaluationError } from '../errors.js'

// One rule for matching words, everywhere a text is compared loosely (includesAny,
// includesAll, atLeast, and answers to questions with fixed options): case, accents and Unicode
// form do not matter, nor do spaces around or repeated inside. "ReactJS " ~ "reactjs",
// "MALMO" ~ "Malmö", an NFD "Malmö" ~ an NFC one.

const termMemo = new Map<string, string>()
const MARKS = /\p{M}+/gu

/** The loose form of a text used for matching ("Malmö " -> "malmo").
 * @example
 * ```ts
 * normaliseTerm('  Malmö ') === normaliseTerm('MALMO') // true
 * ```
 * @category Rules engine
 */
export function normaliseTerm(v: unknown): string {
  const s = String(v)
  // Answers repeat a small vocabulary (skills, cities); normalising is the costly part, so remember it.
  let n = s.length <= 64 ? termMemo.get(s) : undefined
  if (n === undefined) {
    n = s.normalize('NFKD').replace(MARKS, '').normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()
    if (s.length <= 64) {
      if (termMemo.size >= 10_000) termMemo.clear()
      termMemo.set(s, n)
    }
  }
  return n
}

// Literal lists in compiled rules are frozen constants with a stable identity, so their
// normalised form is computed once, not on every application.
const normalisedLiterals = new WeakMap<readonly unknown[], string[]>()

/** The normalised terms of a list (or of one text). */
export function terms(v: unknown, op: string): string[] {
  if (v === null || v === undefined) return []
  if (typeof v === 'string') return [normaliseTerm(v)]
  if (Array.isArray(v)) {
    if (!Object.isFrozen(v)) return v.map(normaliseTerm)
    let cached = normalisedLiterals.get(v)
    if (!cached) normalisedLiterals.set(v, (cached = v.map(normaliseTerm)))
    return cached
  }
  throw new EvaluationError('invalid_arguments', `"${op}" expects a list, got ${typeof v}`)
}

// The candidate's list is usually tested by several criteria in a row (skills against
// frameworks, against testing tools, ...): its normalised form is kept for the next test while
// the same array still holds the same items (compared one by one, so a changed array is seen).
let lastList: readonly unknown[] | undefined
let lastItems: unknown[] = []
let lastTerms: string[] = []

/** The normalised terms of the candidate's list, reused across criteria. */
export function candidateTerms(v: unknown, op: string): string[] {
  if (!Array.isArray(v) || Object.isFrozen(v)) return terms(v, op)
  if (v === lastList && v.length === lastItems.length) {
    let same = true
    for (let i = 0; i < v.length && same; i++) same = v[i] === lastItems[i]
    if (same) return lastTerms
  }
  const out = v.map(normaliseTerm)
  lastList = v
  lastItems = v.slice()
  lastTerms = out
  return out
}

/**
 * Matches answers against a question's fixed options by the same rule: the declared spelling
 * of the option an answer means, or undefined when it matches none.
 * @category Rules engine
 */
export function optionMatcher(values: readonly string[]): (answer: string) => string | undefined {
  const byTerm = new Map(values.map((v) => [normaliseTerm(v), v]))
  // An answer spelled as an option (most are: they come from the form's own list) is that
  // option without normalising it, unless another option spelled alike loosely is the one meant.
  const exact = new Map<string, string>()
  for (const v of values) if (byTerm.get(normaliseTerm(v)) === v) exact.set(v, v)
  return (answer) => exact.get(answer) ?? byTerm.get(normaliseTerm(answer))
}

// Words of a free text, for `includesWord`: the loose form, cut at white space and at the
// punctuation that separates words (, ; / | ( ) [ ] { } quotes ! ? : and a hyphen between
// parts), a full stop dropped at the end of a word. "C++", "C#", ".NET" and "Node.js" stay one
// word each; "Java-utvecklare" is "java" and "utvecklare"; "JavaScript" is never "java".
const SEPARATORS = /[\s,;/|()[\]{}"'`!?:\u2013\u2014\u2018\u2019\u201C\u201D\u00AB\u00BB-]+/u

/** The words of a text in their loose form ("Senior Java-utvecklare." -> senior, java, utvecklare).
 * @example
 * ```ts
 * wordsOfText('JavaScript/Java developer') // ['javascript', 'java', 'developer']
 * ```
 * @category Rules engine
 */
export function wordsOfText(text: string): string[] {
  const out: string[] = []
  for (const part of normaliseTerm(text).split(SEPARATORS)) {
    const w = part.replace(/\.+$/, '')
    if (w) out.push(w)
  }
  return out
}

/** True when `words` holds `phrase` (one or more words) as consecutive whole words. */
export function hasPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  if (!phrase.length) return false
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) continue outer
    return true
  }
  return false
}
