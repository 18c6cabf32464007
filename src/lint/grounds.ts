import { GROUND_LEXICONS } from './lexicon/index.js'
import type { GroundId, TextKind } from './lexicon/lexicon.js'
import { compilePattern, matchPattern, wordsOf, type Pattern } from './phrases.js'

export type { GroundId, TextKind } from './lexicon/lexicon.js'

// The words about each ground (names, advice) live apart, with the messages a recruiter reads.
export { PROTECTED_GROUNDS } from './ground-advice.js'

/**
 * Where a text sits, which decides what matches: its kind, its language (undefined for
 * identifiers such as field names, matched in every language, without diacritics), and whether
 * a rule reads the field (some proxies are ordinary to ask and unlawful only to screen on).
 * @example
 * ```ts
 * const where: GroundTextOptions = { kind: 'label', language: 'sv', read: true }
 * ```
 * @category Lint
 */
export interface GroundTextOptions {
  kind: TextKind
  language?: 'sv' | 'en' | undefined
  read?: boolean | undefined
}

/**
 * A protected ground found in a text: which, the words that point at it (as written), where
 * they are, and whether it is a proxy that counts only when a rule reads the field.
 * @example
 * ```ts
 * const [m] = findProtectedGrounds('Har du fyllt 18 år?', { kind: 'label', language: 'sv' })
 * m // { ground: 'age', matched: 'fyllt 18 år', start: 7, end: 18, readOnly: false }
 * ```
 * @category Lint
 */
export interface GroundMatch {
  ground: GroundId
  matched: string
  start: number
  end: number
  readOnly: boolean
}

interface CompiledTerm {
  pattern: Pattern
  ambiguous: boolean
  readOnly: boolean
  only: readonly TextKind[] | undefined
}
interface CompiledLexicon {
  ground: GroundId
  language: 'sv' | 'en'
  terms: CompiledTerm[]
  except: Pattern[]
}
let compiled: CompiledLexicon[] | undefined
function lexicons(): CompiledLexicon[] {
  compiled ??= GROUND_LEXICONS.map((l) => ({
    ground: l.ground,
    language: l.language,
    terms: l.terms.map((t) =>
      typeof t === 'string'
        ? { pattern: compilePattern(t), ambiguous: false, readOnly: false, only: undefined }
        : { pattern: compilePattern(t.match), ambiguous: !!t.ambiguous, readOnly: !!t.readOnly, only: t.only },
    ),
    // A phrase that is about something else ("personer med autism") is so in whichever
    // language's list matched the word: exceptions apply across languages, per ground.
    except: GROUND_LEXICONS.filter((x) => x.ground === l.ground).flatMap((x) => (x.except ?? []).map(compilePattern)),
  }))
  return compiled
}

/**
 * The protected grounds a text points at, at most one match per ground (the longest).
 * Matches whole words and phrases from the word lists in `src/lint/lexicon/` (one file per
 * language and ground), never substrings; phrases in which a word is about something else
 * ("personer med funktionsnedsättning", the people a care job serves) do not count.
 *
 * @example
 * ```ts
 * findProtectedGrounds('minst sex månader i butik', { kind: 'reason', language: 'sv' }) // []
 * findProtectedGrounds('Är du svensk medborgare?', { kind: 'label', language: 'sv' })[0]?.ground // 'ethnicity'
 * ```
 * @category Lint
 */
export function findProtectedGrounds(text: string, options: GroundTextOptions): GroundMatch[] {
  const words = wordsOf(text)
  if (!words.length) return []
  const folded = options.kind === 'name'
  const best = new Map<GroundId, GroundMatch>()
  for (const lex of lexicons()) {
    let excepted: [number, number][] | undefined
    for (const term of lex.terms) {
      if (term.ambiguous && options.language !== lex.language) continue
      if (term.only && !term.only.includes(options.kind)) continue
      if (term.readOnly && !options.read) continue
      for (const [a, b] of matchPattern(term.pattern, words, folded)) {
        excepted ??= lex.except.flatMap((p) => matchPattern(p, words, folded))
        if (excepted.some(([x, y]) => x < b && a < y)) continue
        const start = words[a]!.start
        const end = words[b - 1]!.end
        const had = best.get(lex.ground)
        if (!had || end - start > had.end - had.start)
          best.set(lex.ground, { ground: lex.ground, matched: text.normalize('NFC').slice(start, end), start, end, readOnly: term.readOnly })
      }
    }
  }
  return [...best.values()].sort((x, y) => x.start - y.start)
}
