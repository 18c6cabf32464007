import { GROUND_LEXICONS } from './lexicon/index.js'
import type { GroundId, TextKind } from './lexicon/lexicon.js'
import { compilePattern, matchPattern, wordsOf, type Pattern } from './phrases.js'

export type { GroundId, TextKind } from './lexicon/lexicon.js'

/**
 * The grounds the lint knows, with how to name them and what to ask instead, in English and
 * Swedish. The seven grounds of the Swedish Discrimination Act (diskrimineringslagen
 * 2008:567), and family situation, a proxy for sex and age (parental leave is also protected
 * by the Parental Leave Act, föräldraledighetslagen 1995:584).
 *
 * @example
 * ```ts
 * PROTECTED_GROUNDS.age.advice.en // 'ask for what the work needs instead: …'
 * ```
 * @category Lint
 */
export const PROTECTED_GROUNDS: Readonly<Record<GroundId, { readonly name: { en: string; sv: string }; readonly advice: { en: string; sv: string } }>> = {
  age: {
    name: { en: 'age', sv: 'ålder' },
    advice: {
      en: 'ask for what the work needs instead: the experience, the licence or the qualification (a driving licence, a forklift licence, two years in retail); where a law sets an age limit (serving alcohol, night work), name the law in a justification',
      sv: 'fråga i stället efter det arbetet kräver: erfarenheten, körkortet eller utbildningen (B-körkort, truckkort, två år i butik); där en lag sätter en åldersgräns (alkoholservering, nattarbete), ange lagen i en motivering',
    },
  },
  sex: {
    name: { en: 'sex', sv: 'kön' },
    advice: {
      en: 'sex and pregnancy are never requirements for a job, except in the rare cases the Act allows, which a justification must name',
      sv: 'kön och graviditet är aldrig krav för ett arbete, utom i de sällsynta fall lagen medger, som en motivering måste ange',
    },
  },
  transgender: {
    name: { en: 'transgender identity or expression', sv: 'könsöverskridande identitet eller uttryck' },
    advice: { en: 'it is never a requirement for a job', sv: 'det är aldrig ett krav för ett arbete' },
  },
  ethnicity: {
    name: { en: 'ethnicity', sv: 'etnisk tillhörighet' },
    advice: {
      en: 'ask for what the work needs instead: a language at a CEFR level, the right to work in Sweden, a security clearance; never origin, nationality, citizenship, mother tongue, a name, a photo or where someone lives; where a law requires citizenship (some security-classified posts), name it in a justification',
      sv: 'fråga i stället efter det arbetet kräver: ett språk på en GERS-nivå, rätt att arbeta i Sverige, säkerhetsprövning; aldrig ursprung, nationalitet, medborgarskap, modersmål, namn, foto eller bostadsort; där en lag kräver medborgarskap (vissa säkerhetsklassade tjänster), ange den i en motivering',
    },
  },
  religion: {
    name: { en: 'religion or other belief', sv: 'religion eller annan trosuppfattning' },
    advice: {
      en: 'ask whether the candidate can do the tasks and work the hours the job needs instead, never about belief, clothing, food or prayer',
      sv: 'fråga i stället om den sökande kan utföra uppgifterna och arbeta de tider tjänsten kräver, aldrig om tro, klädsel, mat eller bön',
    },
  },
  disability: {
    name: { en: 'disability', sv: 'funktionsnedsättning' },
    advice: {
      en: 'ask about the tasks instead (lifting 25 kg, working shifts) and whether the candidate can do them, with or without adjustments; never about health, diagnoses, medication, sick days or absence, which are health data and a proxy for disability (and for parental leave)',
      sv: 'fråga i stället om uppgifterna (lyfta 25 kg, arbeta skift) och om den sökande kan utföra dem, med eller utan anpassning; aldrig om hälsa, diagnoser, mediciner, sjukdagar eller frånvaro, som är hälsouppgifter och ersätter funktionsnedsättning (och föräldraledighet)',
    },
  },
  'sexual-orientation': {
    name: { en: 'sexual orientation', sv: 'sexuell läggning' },
    advice: { en: 'it is never a requirement for a job', sv: 'det är aldrig ett krav för ett arbete' },
  },
  family: {
    name: { en: 'family situation (a proxy for sex and age)', sv: 'familjesituation (ersätter kön och ålder)' },
    advice: {
      en: 'ask about the hours, shifts and travel the job needs instead, never about children, marriage, pregnancy or parental leave (protected by the Parental Leave Act)',
      sv: 'fråga i stället om de arbetstider, skift och resor tjänsten kräver, aldrig om barn, äktenskap, graviditet eller föräldraledighet (skyddad av föräldraledighetslagen)',
    },
  },
}

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
