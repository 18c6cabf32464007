import { PERSONAL_LEXICONS } from './lexicon/index.js'
import { compilePattern, matchPattern, wordsOf, type Pattern, type Word } from './phrases.js'

interface Compiled {
  language: 'sv' | 'en'
  terms: Pattern[]
  persons: Pattern[]
  traits: Pattern[]
  openings: Pattern[]
  standards: Pattern[]
  breaks: Pattern[]
  you: ReadonlySet<string>
  except: Pattern[]
}
let compiled: Compiled[] | undefined

/** How far (in words) a trait may stand from the person it is said of: "someone with a more pleasant manner". */
const NEAR = 4
/** How far (in words) after "erfarenhet av", "experience of" a judgement is the topic of the work. */
const TOPIC = 6
/** What ends a clause: a trait beyond it is said of something else. */
const CLAUSE_END = /[.;:()–—]/

/**
 * The words of a reason that judge the applicant as a person rather than name a requirement.
 * A reason is what a rejected candidate reads after "the role requires"; it must name the
 * requirement, never judge the person. The second person alone is no judgement ("att du har
 * B-körkort", "that you hold a forklift licence"); what is said of the person is: a trait,
 * temperament, manner, appearance or impression ("att du verkar mer engagerad", "someone less
 * introverted", "a warmer personality"), a lack stated as a flaw ("att du saknar körkort"), a
 * fit or a comparison ("passar bättre", "than the other applicants"), and a reason that opens
 * with the bare second person as a statement ("du har för kort erfarenhet"). Returns the
 * matched words as written, in order; empty when the reason is worded as a requirement.
 *
 * @example
 * ```ts
 * findPersonalWording('att du verkar mer engagerad', 'sv') // ['du verkar mer engagerad']
 * findPersonalWording('att du har B-körkort', 'sv') // []
 * ```
 * @category Lint
 */
export function findPersonalWording(reason: string, language: 'sv' | 'en'): string[] {
  compiled ??= PERSONAL_LEXICONS.map((l) => ({
    language: l.language,
    terms: l.terms.map(compilePattern),
    persons: l.persons.map(compilePattern),
    traits: l.traits.map(compilePattern),
    openings: l.openings.map(compilePattern),
    standards: l.standards.map(compilePattern),
    breaks: l.breaks.map(compilePattern),
    you: new Set(l.you),
    except: (l.except ?? []).map(compilePattern),
  }))
  const lex = compiled.find((l) => l.language === language)
  if (!lex) return []
  const words = wordsOf(reason)
  const text = reason.normalize('NFC')
  const excepted = lex.except.flatMap((p) => matchPattern(p, words, false))
  // A judgement a few words after "erfarenhet av", "experience of" is the topic of the work.
  // "om dig som person", "about your story": a break followed by the second person is the applicant.
  const breaks = lex.breaks
    .flatMap((p) => matchPattern(p, words, false))
    .filter(([, b]) => !lex.you.has(words[b]?.text ?? ''))
    // "less of a know-it-all attitude", "mer av en lagspelare": a measure of the person, not a topic.
    .filter(
      ([a]) =>
        !/^(less|more|bit|lot|mer|mindre)$/u.test(words[a - 1]?.text ?? '') &&
        !(words[a - 1]?.text === 'a' && /^(bit|lot)$/u.test(words[a - 2]?.text ?? '')),
    )
    .map(([a]) => a)
  const topic = (a: number) => breaks.some((w) => w < a && a - w <= TOPIC && sameClause(text, words, w, a))
  const find = (patterns: Pattern[]) =>
    patterns
      .flatMap((p) => matchPattern(p, words, false))
      .filter(([a, b]) => !excepted.some(([x, y]) => x < b && a < y) && !topic(a))
  const spans = find(lex.terms)
  // A trait judges only said of a person: within a few words of one, in the same clause, and
  // not compared with a standard ("more experience than the minimum").
  const persons = find(lex.persons)
  const standards = lex.standards.flatMap((p) => matchPattern(p, words, false))
  for (const trait of find(lex.traits)) {
    if (standards.some(([x, y]) => x <= trait[0] && trait[1] <= y)) continue
    const said = ([p]: [number, number]) =>
      p !== trait[0] && Math.abs(p - trait[0]) <= NEAR && sameClause(text, words, p, trait[0])
    const person = persons.find(said)
    if (person) spans.push([Math.min(person[0], trait[0]), Math.max(person[1], trait[1])])
  }
  const opening = lex.openings.flatMap((p) => matchPattern(p, words, false, 0, 1))
  if (opening.length) spans.push(opening[0]!)
  // Overlapping matches ("du verkar mer" and "verkar") are reported once, as the longest;
  // touching ones ("du" opening, "saknar") as one phrase.
  spans.sort((x, y) => x[0] - y[0] || y[1] - x[1])
  const merged: [number, number][] = []
  for (const [a, b] of spans) {
    const last = merged.at(-1)
    if (last && a <= last[1]) last[1] = Math.max(last[1], b)
    else merged.push([a, b])
  }
  return merged.map(([a, b]) => text.slice(words[a]!.start, words[b - 1]!.end))
}

/** Whether nothing that ends a clause stands between two words. */
function sameClause(text: string, words: readonly Word[], a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a]
  return !CLAUSE_END.test(text.slice(words[from]!.end, words[to]!.start))
}
