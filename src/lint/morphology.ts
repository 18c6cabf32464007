// Word morphology for the fairness lint: which inflected form belongs to which word, and which
// part of a compound decides what the word means (its head, the last part). "religionskunskap"
// is a subject that only mentions religion; "pensionsålder" is an age. The matcher asks
// relationTo() instead of matching parts of words, so the guide's promise holds: a part of a
// word never matches unless it is the word's head.
//
// Stems: @orama/stemmers (Snowball, Apache-2.0), see morphology-stem.ts. Compounds: a curated
// lexicon plus the caller's concept words, see swedish-compounds.ts (no Swedish word list
// package with a permissive licence fits a browser bundle).
import { stemWord, type MorphologyLanguage } from './morphology-stem.js'
import { termRole } from './swedish-compounds.js'

export { stemWord, type MorphologyLanguage } from './morphology-stem.js'
export { compoundParts, termRole, type CompoundParts } from './swedish-compounds.js'

/**
 * How a word relates to a concept term: the same word inflected ('same'), a compound whose head
 * is the term ('head', so it means a kind of the term), a compound with the term only in front
 * ('modifier', so it means something else), or unrelated ('none').
 *
 * @example
 * const r: WordRelation = 'modifier' // religionskunskap to religion
 * @category Lint
 */
export type WordRelation = 'same' | 'head' | 'modifier' | 'none'

const CACHE_LIMIT = 8192
const cache = new Map<string, WordRelation>()
const knownCaches = new WeakMap<ReadonlySet<string>, Map<string, WordRelation>>()
const FOLD: Readonly<Record<string, string>> = { ä: 'a', ö: 'o', å: 'a', é: 'e' }
const fold = (s: string): string => {
  let out = ''
  for (const c of s) out += FOLD[c] ?? c
  return out
}

/**
 * How `word` relates to the concept `term` (both single words): 'same' (åldrarna to ålder),
 * 'head' (pensionsålder to ålder), 'modifier' (religionskunskap to religion) or 'none'.
 * `known` is the matcher's set of concept words, so compounds of two concepts split; pass the
 * same set every call. Cheap: a word that does not contain the term's stem is rejected at once,
 * and answers are cached in bounded maps.
 *
 * @example
 * relationTo('modersmålslärare', 'modersmål', 'sv') // 'modifier'
 * @category Lint
 */
export function relationTo(word: string, term: string, language: MorphologyLanguage, known?: ReadonlySet<string>): WordRelation {
  const w = word.toLowerCase()
  const t = term.toLowerCase()
  const map = known === undefined ? cache : (knownCaches.get(known) ?? new Map<string, WordRelation>())
  if (known !== undefined) knownCaches.set(known, map)
  const key = `${language}\u0000${t}\u0000${w}`
  const hit = map.get(key)
  if (hit !== undefined) return hit
  const ts = stemWord(t, language)
  let result: WordRelation
  if (stemWord(w, language) === ts) result = 'same'
  // Quick reject: the word must hold the term's first letters (folded, for män and man).
  else if (!fold(w).includes(fold(ts.slice(0, 3)))) result = 'none'
  else result = termRole(w, t, known, language) ?? 'none'
  if (map.size >= CACHE_LIMIT) map.clear()
  map.set(key, result)
  return result
}

/**
 * Whether `word` means the concept `term`: the word itself in any inflection, or a compound
 * whose head is the term. A compound with the term only in front does not (religionskunskap is
 * not a religion).
 *
 * @example
 * matchesHead('hudfärgen', 'färg', 'sv') // true
 * @category Lint
 */
export function matchesHead(word: string, term: string, language: MorphologyLanguage, known?: ReadonlySet<string>): boolean {
  const r = relationTo(word, term, language, known)
  return r === 'same' || r === 'head'
}
