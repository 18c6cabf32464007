// Word morphology for the fairness lint: which inflected form belongs to which word, and which
// part of a compound decides what the word means (its head, the last part). "religionskunskap"
// is a subject that only mentions religion; "pensionsålder" is an age. The matcher asks
// relationTo() instead of matching parts of words, so the guide's promise holds: a part of a
// word never matches unless it is the word's head.
//
// Stems: @orama/stemmers (Snowball, Apache-2.0), see morphology-stem.ts. Compounds: a curated
// lexicon plus the caller's concept words, see swedish-compounds.ts (no Swedish word list
// package with a permissive licence fits a browser bundle).
//
// The matcher's way: stem each concept word once (stemWord) into a Map; for each word of a
// text call analyzeWord(word, language, conceptWords) once; `stem` in the Map is the concept
// itself, `headStem` a kind of it, a `modifierStems` entry a compound about something else,
// unless headKind(parts.head) says the head is a person or a person's property (transperson,
// åldersgräns). Keep hyphenated words whole for it (HR-avdelningen).

import { EN_ATTRIBUTE_HEADS, EN_PERSON_HEADS } from './lexicon/en/morphology.js'
import { SV_ATTRIBUTE_HEADS, SV_PERSON_HEADS } from './lexicon/sv/morphology.js'
import { stemWord, type MorphologyLanguage } from './morphology-stem.js'
import { baseForm, compoundParts, termRole, type CompoundParts } from './swedish-compounds.js'

export { stemWord, type MorphologyLanguage } from './morphology-stem.js'
export { baseForm, compoundParts, termRole, type CompoundParts } from './swedish-compounds.js'
export { inflects } from './morphology-inflection.js'

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
 * A word's shape, computed once per word: its stem (of its base form when the lexicon or the
 * caller's words hold it, so korkort has körkort's stem), and if it is a compound, its parts and the
 * stems of its head and modifiers. The matcher compares these stems with the stems of its
 * concept words (a Map from stemWord(term) to concept, built once): `stem` equal is the word
 * itself, `headStem` equal a compound whose head is the concept, a `modifierStems` entry a
 * compound that only has the concept in front.
 *
 * @example
 * const s: WordShape = { stem: 'religionskunskap', parts: { modifiers: ['religion'], head: 'kunskap' }, headStem: 'kunskap', modifierStems: ['religion'] }
 * @category Lint
 */
export interface WordShape {
  readonly stem: string
  readonly parts: CompoundParts | null
  readonly headStem: string | null
  readonly modifierStems: readonly string[]
}

/**
 * The shape of one word (see WordShape): one call per word of a text, however many concepts
 * the matcher has, so the cost is linear in the text. `known` is the matcher's set of concept
 * words (pass the same set every call): compounds of them split even when the curated lexicon
 * lacks them. Answers are cached (bounded) and shared: do not modify them.
 *
 * @example
 * analyzeWord('pensionsåldern', 'sv').headStem === stemWord('ålder', 'sv') // true
 * @category Lint
 */
export function analyzeWord(word: string, language: MorphologyLanguage, known?: ReadonlySet<string>): WordShape {
  const w = word.normalize('NFC').toLowerCase()
  const map = known === undefined ? shapes : (knownShapes.get(known) ?? new Map<string, WordShape>())
  if (known !== undefined) knownShapes.set(known, map)
  const key = `${language}\u0000${w}`
  let shape = map.get(key)
  if (shape === undefined) {
    shape = shapeOf(w, language, known)
    if (map.size >= CACHE_LIMIT) map.clear()
    map.set(key, shape)
  }
  return shape
}
const shapes = new Map<string, WordShape>()
const knownShapes = new WeakMap<ReadonlySet<string>, Map<string, WordShape>>()

function shapeOf(w: string, language: MorphologyLanguage, known: ReadonlySet<string> | undefined): WordShape {
  const parts = compoundParts(w, known, language)
  return {
    // Through the base form, so that an identifier's korkort has körkort's stem.
    stem: stemWord(baseForm(w, known, language) ?? w, language),
    parts,
    headStem: parts === null ? null : stemWord(parts.head, language),
    modifierStems: parts === null ? [] : parts.modifiers.map((m) => stemWord(m, language)),
  }
}

/**
 * How `word` relates to the concept `term` (both single words): 'same' (åldrarna to ålder),
 * 'head' (pensionsålder to ålder), 'modifier' (religionskunskap to religion) or 'none'.
 * `known` is the matcher's set of concept words, so compounds of two concepts split; pass the
 * same set every call. A word that does not hold the term's first letters is rejected at once
 * and answers are cached in bounded maps, but a call costs a few microseconds when it is not
 * rejected: to test every word of a text against many concepts, use analyzeWord() once per word.
 *
 * @example
 * relationTo('modersmålslärare', 'modersmål', 'sv') // 'modifier'
 * @category Lint
 */
export function relationTo(
  word: string,
  term: string,
  language: MorphologyLanguage,
  known?: ReadonlySet<string>,
): WordRelation {
  const w = word.normalize('NFC').toLowerCase()
  const t = term.normalize('NFC').toLowerCase()
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
  else if (stemWord(baseForm(w, known, language) ?? w, language) === ts) result = 'same'
  else result = termRole(w, t, known, language) ?? (negates(w, ts, language) ? 'head' : 'none')
  if (map.size >= CACHE_LIMIT) map.clear()
  map.set(key, result)
  return result
}

// o- negates a Swedish word and keeps its concept: ogift, osvensk, obehörig.
const negates = (w: string, ts: string, language: MorphologyLanguage): boolean =>
  language === 'sv' && w.length >= 5 && w.startsWith('o') && stemWord(w.slice(1), language) === ts

/**
 * Whether `word` means the concept `term`: the word itself in any inflection, or a compound
 * whose head is the term. A compound with the term only in front does not (religionskunskap is
 * not a religion).
 *
 * @example
 * matchesHead('hudfärgen', 'färg', 'sv') // true
 * @category Lint
 */
export function matchesHead(
  word: string,
  term: string,
  language: MorphologyLanguage,
  known?: ReadonlySet<string>,
): boolean {
  const r = relationTo(word, term, language, known)
  return r === 'same' || r === 'head'
}

/**
 * What a compound's head names, for the compounds whose modifier is a ground word: 'person'
 * (transperson, invandrarkvinna: a person on that ground), 'attribute' (åldersgräns,
 * könsidentitet, invandrarbakgrund: a property a person has on that ground) or 'other'
 * (religionskunskap, föräldrapenning: a subject, a benefit, something else).
 *
 * @example
 * headKind('tillhörighet', 'sv') // 'attribute'
 * @category Lint
 */
export function headKind(head: string, language: MorphologyLanguage): HeadKind {
  const kinds = (headKinds[language] ??= buildHeadKinds(language))
  return kinds.get(stemWord(head.normalize('NFC').toLowerCase(), language)) ?? 'other'
}

/**
 * What a compound's head names: see headKind().
 *
 * @example
 * const k: HeadKind = 'attribute'
 * @category Lint
 */
export type HeadKind = 'person' | 'attribute' | 'other'

const headKinds: Partial<Record<MorphologyLanguage, Map<string, HeadKind>>> = {}
function buildHeadKinds(language: MorphologyLanguage): Map<string, HeadKind> {
  const map = new Map<string, HeadKind>()
  const [persons, attributes] =
    language === 'sv' ? [SV_PERSON_HEADS, SV_ATTRIBUTE_HEADS] : [EN_PERSON_HEADS, EN_ATTRIBUTE_HEADS]
  for (const w of attributes) map.set(stemWord(w, language), 'attribute')
  for (const w of persons) map.set(stemWord(w, language), 'person')
  return map
}
