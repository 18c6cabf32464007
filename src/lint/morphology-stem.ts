// Inflectional stems for the fairness lint. Stems come from @orama/stemmers (the Snowball
// stemmers for Swedish and English: Apache-2.0, maintained, ESM, tree-shaken per language: 2.1 kB
// minified and gzipped for both). Snowball's Swedish leaves definite neuter "-et" (barnet,
// könet), doubled consonants (mannen) and syncope (ålder, åldrar) apart, and English Porter
// leaves irregular plurals (children): the few lines below join those forms.
import { stemmer as englishSnowball } from '@orama/stemmers/english'
import { stemmer as swedishSnowball } from '@orama/stemmers/swedish'
import { EN_IRREGULAR } from './lexicon/en/morphology.js'
import { SV_IRREGULAR } from './lexicon/sv/morphology.js'

/**
 * A language the morphology knows.
 *
 * @example
 * const lang: MorphologyLanguage = 'sv'
 * @category Lint
 */
export type MorphologyLanguage = 'sv' | 'en'

const VOWELS = 'aeiouyåäöéü'
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c)

function swedishStem(word: string): string {
  const w = SV_IRREGULAR[word] ?? word
  let s = swedishSnowball(w)
  // A linking or genitive -s hides the inflection before it (ålders, lärares): Snowball takes
  // one suffix, so stem what the -s leaves.
  if (w.length >= 5 && w.endsWith('s') && (w.at(-2) === 'e' || S_ENDING.includes(w.at(-2) ?? ''))) {
    const bare = swedishSnowball(w.slice(0, -1))
    if (bare.length < s.length) s = bare
  }
  // Definite -an of -a nouns (kvinnan, skolan): Snowball keeps it; drop it with the -a.
  if (s.length >= 5 && s.endsWith('an')) s = s.slice(0, -2)
  // Definite neuter: Snowball keeps "-et" (barnet, könet, medborgarskapet). "-etet" first so
  // that paket and paketet meet.
  if (s.length >= 7 && s.endsWith('etet')) s = s.slice(0, -4)
  else if (s.length >= 5 && s.endsWith('et')) s = s.slice(0, -2)
  // Doubled final consonant: mannen -> mann, man -> man; pass, passen -> pas.
  const last = s.at(-1)
  if (s.length >= 4 && last === s.at(-2) && !isVowel(last)) s = s.slice(0, -1)
  // Syncope: ålder -> åld, åldrar -> åldr; regel, regler: the stems meet without the vowel.
  const prev = s.at(-2)
  if (s.length >= 4 && s.endsWith('r') && prev !== 'r' && !isVowel(prev)) s = s.slice(0, -1)
  else if (s.length >= 5 && s.endsWith('el') && !isVowel(s.at(-3)) && s.at(-3) !== 'l') s = s.slice(0, -2) + 'l'
  // Snowball drops a final -s after these letters (gräns -> grän) but not inside an inflected
  // form (gränsen -> gräns): drop it here too, so that the two meet.
  if (s.length >= 5 && s.endsWith('s') && S_ENDING.includes(s.at(-2) ?? '')) s = s.slice(0, -1)
  return s
}
const S_ENDING = 'bcdfghjklmnoprtvy'

function englishStem(word: string): string {
  // Possessives: women's, parents'.
  let w = word.replace(POSSESSIVE, '')
  w = EN_IRREGULAR[w] ?? w
  return englishSnowball(w)
}
const POSSESSIVE = /['’]s?$/u

/**
 * The inflectional stem of a lower-case word: every inflected form of a word gets the same stem
 * (åldern, åldrar and ålder; barnet and barn; children and child). A stem is a key to compare,
 * not a word to show.
 *
 * @example
 * stemWord('åldrarna', 'sv') === stemWord('ålder', 'sv') // true
 * @category Lint
 */
export function stemWord(word: string, language: MorphologyLanguage): string {
  if (word.length < 3) return word
  if (word.length > MAX_CACHED) return language === 'sv' ? swedishStem(word) : englishStem(word)
  const cache = caches[language]
  let s = cache.get(word)
  if (s === undefined) {
    s = language === 'sv' ? swedishStem(word) : englishStem(word)
    // Bounded: a page open for hours sees every word typed; dropping all at once is cheap.
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(word, s)
  }
  return s
}
const MAX_CACHED = 64
const CACHE_LIMIT = 16384
const caches = { sv: new Map<string, string>(), en: new Map<string, string>() }
