import { PERSONAL_LEXICONS } from './lexicon/index.js'
import { compilePattern, matchPattern, wordsOf, type Pattern } from './phrases.js'

let compiled: { language: 'sv' | 'en'; terms: Pattern[]; except: Pattern[] }[] | undefined

/**
 * The words of a reason that speak of the person rather than name a requirement: the second
 * person ("du", "din", "you", "your") and judgements of who someone is ("personlighet",
 * "bristande", "overqualified", "good fit"). A reason is what a rejected candidate reads after
 * "the role requires"; it must name the requirement, never the person. Returns the matched
 * words as written, in order; empty when the reason is worded as a requirement.
 *
 * @example
 * ```ts
 * findPersonalWording('att din svenska är tillräckligt bra', 'sv') // ['din', 'tillräckligt bra']
 * findPersonalWording('svenska på minst nivå B2', 'sv') // []
 * ```
 * @category Lint
 */
export function findPersonalWording(reason: string, language: 'sv' | 'en'): string[] {
  compiled ??= PERSONAL_LEXICONS.map((l) => ({ language: l.language, terms: l.terms.map(compilePattern), except: (l.except ?? []).map(compilePattern) }))
  const words = wordsOf(reason)
  const text = reason.normalize('NFC')
  const spans: [number, number][] = []
  for (const lex of compiled) {
    if (lex.language !== language) continue
    const excepted = lex.except.flatMap((p) => matchPattern(p, words, false))
    for (const p of lex.terms)
      for (const [a, b] of matchPattern(p, words, false)) if (!excepted.some(([x, y]) => x < b && a < y)) spans.push([a, b])
  }
  // Overlapping matches ("the candidate" and "candidate") are reported once, as the longest.
  spans.sort((x, y) => x[0] - y[0] || y[1] - x[1])
  const out: string[] = []
  let until = -1
  for (const [a, b] of spans) {
    if (a < until) continue
    out.push(text.slice(words[a]!.start, words[b - 1]!.end))
    until = b
  }
  return out
}
