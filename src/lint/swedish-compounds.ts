// Compound splitting: a Swedish compound means what its last part (the head) means, so
// "religionskunskap" is a subject, "pensionsålder" an age. No Swedish word list package fits:
// dictionary-sv (wooorm/dictionaries) is hunspell data under LGPL-3.0 and several MB, and a
// hunspell reader besides, far too much for the Studio page. So parts are recognised from a
// curated list of common heads and modifiers (lexicon/sv/morphology.ts) plus the words the caller
// passes (the matcher's concept words). A word is split only when its head is a word we know,
// written with the endings of that word; the modifiers must be known words too, except that an
// unknown modifier is guessed before a known head when it ends in a linking -s- (tonårsålder) or
// has four letters or more before a head of five or more (tandsköterska), and never ends in a
// verb particle (ouppfyllda). English closed
// compounds (childcare, menswear) are split the same way on a short list, without guessing.
//
// Every lookup is on slices of at most MAX_PART letters, so a split costs time linear in the
// word's length; results are cached in bounded maps.
import { EN_IRREGULAR, EN_WORDS } from './lexicon/en/morphology.js'
import {
  SV_COMBINING,
  SV_FUNCTION_WORDS,
  SV_IRREGULAR,
  SV_MODIFIERS,
  SV_SIMPLEX,
  SV_WORDS,
} from './lexicon/sv/morphology.js'
import { inflects } from './morphology-inflection.js'
import { stemWord, type MorphologyLanguage } from './morphology-stem.js'

/**
 * A compound split into the part that decides its meaning (the head, last) and the parts in
 * front of it (modifiers), each in its base form where the lexicon knows it
 * (föräldrapenning: modifiers ["förälder"], head "penning").
 *
 * @example
 * const parts: CompoundParts = { modifiers: ['religion'], head: 'kunskap' }
 * @category Lint
 */
export interface CompoundParts {
  readonly modifiers: string[]
  readonly head: string
}

const MAX_PART = 24
const MAX_WORD = 100
const MIN_HEAD = 3
const MIN_MODIFIER = 2
const CACHE_LIMIT = 4096
const VOWEL = /[aeiouyåäöéü]/u
const HYPHEN = /[-‐‑–]/u
const LETTER = /\p{L}/u
const PLAIN_WORD = /^\p{L}+$/u
const FUNCTION_WORDS: ReadonlySet<string> = new Set(SV_FUNCTION_WORDS)
// Verb particles: uppfylla, utföra, avsluta are derivations, not compounds of a guessed word.
const PARTICLE_END = /(?:upp|ut|in|av|på|om|fram|bort|ner|ned|åt|mot|till|från|över|under|be|för)$/u
const CONNECTORS = new Set(['och', 'eller', 'samt', 'and', 'or', '&'])

interface Index {
  /** Surface and combining forms (religions, kvinno, föräldra) to the base form. */
  readonly forms: Map<string, string>
  /** Stems of base forms to the base forms: a head may be inflected (dagar, färgen). */
  readonly stems: Map<string, string[]>
  /** Stems of words never split themselves. */
  readonly whole: Set<string>
  /** The first three letters of every word and inflection: most suffixes are no head, and this says so without stemming. */
  readonly starts: Set<string>
}

function combiningForms(lemma: string, language: MorphologyLanguage): string[] {
  const out = [lemma, `${lemma}s`]
  if (language === 'en') return out
  const last = lemma.at(-1)
  // lön -> lönehandläggare, ståndpunkt: a linking -e- after a consonant.
  if (!VOWEL.test(last ?? 'a') && lemma.length >= 3) out.push(`${lemma}e`)
  if (last === 'a' || last === 'e' || last === 'o') {
    // skola -> skol-, pojke -> pojk-, kvinna -> kvinno-, gata -> gatu-, arbete -> arbets-
    const b = lemma.slice(0, -1)
    if (b.length >= 3) out.push(b, `${b}s`, `${b}o`, `${b}u`, `${b}e`)
  }
  // förälder -> föräldra-, ålder -> åldra-: the unstressed e falls before a linking vowel.
  if (lemma.length >= 5 && lemma.endsWith('er') && !VOWEL.test(lemma.at(-3) ?? 'a')) out.push(`${lemma.slice(0, -2)}ra`)
  return out
}

function addLemma(index: Index, lemma: string, language: MorphologyLanguage, exactOnly: boolean): void {
  if (exactOnly) {
    // Identifiers cannot hold å, ä, ö (korkort, modersmal): their folded forms are keys too.
    for (const l of foldedToo(lemma)) {
      if (!index.forms.has(l)) index.forms.set(l, lemma)
      const s = stemWord(l, language)
      const list = index.stems.get(s)
      if (list === undefined) index.stems.set(s, [lemma])
      else if (!list.includes(lemma)) list.push(lemma)
      index.whole.add(s)
      index.starts.add(l.slice(0, 3))
    }
    return
  }
  for (const f of combiningForms(lemma, language))
    for (const g of foldedToo(f)) if (g.length >= MIN_MODIFIER && !index.forms.has(g)) index.forms.set(g, lemma)
}

const FOLD: Readonly<Record<string, string>> = { å: 'a', ä: 'a', ö: 'o', é: 'e', ü: 'u' }
const DIACRITIC = /[åäöéü]/gu
const foldedToo = (w: string): string[] => {
  const f = w.replace(DIACRITIC, (c) => FOLD[c] ?? c)
  // Short folded forms are other words too often (tåg/tag, vår/var, kör/kor).
  return f === w || f.length < 4 ? [w] : [w, f]
}

function buildIndex(
  words: readonly string[],
  simplex: readonly string[],
  modifiers: readonly string[],
  combining: Readonly<Record<string, string>>,
  language: MorphologyLanguage,
): Index {
  const index: Index = { forms: new Map(), stems: new Map(), whole: new Set(), starts: new Set() }
  // Base forms first, so that a derived form never hides a word (man before mans-).
  for (const w of [...words, ...simplex]) addLemma(index, w, language, true)
  // Words only in front: forms and never split, but no head (stems stay without them).
  for (const w of modifiers) {
    if (!index.forms.has(w)) index.forms.set(w, w)
    index.whole.add(stemWord(w, language))
  }
  // Irregular forms start otherwise than their base form (affärsmän).
  for (const form of Object.keys(language === 'sv' ? SV_IRREGULAR : EN_IRREGULAR)) index.starts.add(form.slice(0, 3))
  for (const [form, lemma] of Object.entries(combining))
    for (const f of language === 'en' ? [form, `${form}s`] : foldedToo(form))
      if (!index.forms.has(f)) index.forms.set(f, lemma)
  for (const w of [...words, ...simplex, ...modifiers]) addLemma(index, w, language, false)
  return index
}

let svIndex: Index | undefined
let enIndex: Index | undefined
const baseIndex = (language: MorphologyLanguage): Index =>
  language === 'sv'
    ? (svIndex ??= buildIndex(SV_WORDS, SV_SIMPLEX, SV_MODIFIERS, SV_COMBINING, 'sv'))
    : (enIndex ??= buildIndex(EN_WORDS, [], [], EN_IRREGULAR, 'en'))

// The caller's words as their own small index, built once per set (the matcher passes the same
// set every time); a WeakMap lets a dropped set go.
const knownIndexes = { sv: new WeakMap<ReadonlySet<string>, Index>(), en: new WeakMap<ReadonlySet<string>, Index>() }
function knownIndex(known: ReadonlySet<string> | undefined, language: MorphologyLanguage): Index | undefined {
  if (known === undefined || known.size === 0) return undefined
  let index = knownIndexes[language].get(known)
  if (index === undefined) {
    // Only plain words: a concept table may hold phrases or patterns (sjukdag*), which are no parts.
    // One base form per stem, the shortest (ras, not raser), and no function words (över, som).
    const byStem = new Map<string, string>()
    for (const k of known) {
      const w = k.normalize('NFC').toLowerCase()
      if (w.length < MIN_MODIFIER || !PLAIN_WORD.test(w) || (language === 'sv' && FUNCTION_WORDS.has(w))) continue
      const st = stemWord(w, language)
      const had = byStem.get(st)
      if (had === undefined || w.length < had.length) byStem.set(st, w)
    }
    const words = [...byStem.values()]
    index = { forms: new Map(), stems: new Map(), whole: new Set(), starts: new Set() }
    for (const w of words) addLemma(index, w, language, true)
    for (const w of words) addLemma(index, w, language, false)
    knownIndexes[language].set(known, index)
  }
  return index
}

/** Lookups over the base lexicon and the caller's words; the caller's words do not block splits. */
class Lookup {
  constructor(
    readonly language: MorphologyLanguage,
    readonly base: Index,
    readonly known: Index | undefined,
    readonly extra: Index | undefined = undefined,
  ) {}
  form(s: string): string | undefined {
    return this.base.forms.get(s) ?? this.known?.forms.get(s) ?? this.extra?.forms.get(s)
  }
  /** The base form of a head written s (inflected or not), or undefined. */
  head(s: string): string | undefined {
    const start = s.slice(0, 3)
    if (!this.base.starts.has(start) && !this.known?.starts.has(start) && !this.extra?.starts.has(start))
      return undefined
    const exact = this.form(s)
    // A combining form is not a head (kvinno, skol): only a base form or its inflection.
    if (exact === s) return exact
    const st = stemWord(s, this.language)
    if (st.length < 2) return undefined
    // The stem finds candidates; the endings decide (data is not the head of "candidate").
    // Spelled as written before folded (varor is vara, not vår).
    const candidates = [this.base, this.known, this.extra].flatMap((index) => index?.stems.get(st) ?? [])
    return (
      candidates.find((l) => inflects(s, l, this.language, false)) ??
      candidates.find((l) => inflects(s, l, this.language))
    )
  }
  isWhole(word: string): boolean {
    return this.base.whole.has(stemWord(word, this.language))
  }
}

/** The fewest known parts the text splits into, as base forms, or undefined. Linear: at most MAX_PART letters per part. */
function segment(p: string, look: Lookup): string[] | undefined {
  const n = p.length
  const count: (number | undefined)[] = new Array<number | undefined>(n + 1).fill(undefined)
  const from: number[] = new Array<number>(n + 1).fill(0)
  const lemma: string[] = new Array<string>(n + 1).fill('')
  count[0] = 0
  for (let j = MIN_MODIFIER; j <= n; j++)
    for (let k = Math.max(0, j - MAX_PART); k <= j - MIN_MODIFIER; k++) {
      const c = count[k]
      if (c === undefined) continue
      const l = look.form(p.slice(k, j))
      if (l === undefined) continue
      const cj = count[j]
      if (cj === undefined || c + 1 < cj) {
        count[j] = c + 1
        from[j] = k
        lemma[j] = l
      }
    }
  if (count[n] === undefined) return undefined
  const parts: string[] = []
  for (let j = n; j > 0; j = from[j]!) parts.push(lemma[j]!)
  return parts.reverse()
}

function splitClosed(w: string, look: Lookup): CompoundParts | null {
  if (look.isWhole(w)) return null
  let guess: CompoundParts | null = null
  // Longest head first: barnomsorg is barn + omsorg, not barnom + sorg.
  for (let i = Math.max(MIN_MODIFIER, w.length - MAX_PART); i <= w.length - MIN_HEAD; i++) {
    const head = look.head(w.slice(i))
    if (head === undefined) continue
    const prefix = w.slice(0, i)
    const modifiers = segment(prefix, look)
    if (modifiers !== undefined) {
      const last = modifiers.at(-1) ?? ''
      // A three-letter head after a linking -e- is a verb ending more often than a compound:
      // kontrolleras, rapporteras are no races. An irregular plural is no verb (tjänstemän).
      if (head.length <= 3 && prefix.endsWith('e') && !last.endsWith('e') && SV_IRREGULAR[w.slice(i)] === undefined)
        continue
      // kvinnohälsa is kvinno- + hälsa, not kvinn- + ohälsa: a linking -o- before a head in o-.
      if (head.startsWith('o') && look.form(`${prefix}o`) !== undefined && look.head(w.slice(i + 1)) !== undefined)
        continue
      return { modifiers, head }
    }
    // A guessed modifier: after a linking -s- (tonårsålder), or of four letters or more before
    // a head of five or more (tandsköterska); never ending in a verb particle (ouppfyllda).
    // Short heads end too many words (tänkbara is not tänk + bar, meddelande not medde + land).
    if (
      guess === null &&
      look.language === 'sv' &&
      head.length >= 4 &&
      prefix.length >= 4 &&
      VOWEL.test(prefix) &&
      !PARTICLE_END.test(prefix) &&
      (prefix.endsWith('s') || head.length >= 5)
    )
      guess = { modifiers: [prefix], head }
  }
  return guess
}

const split = (w: string, look: Lookup): CompoundParts | null =>
  HYPHEN.test(w) ? splitHyphenated(w, look) : splitClosed(w, look)

function splitHyphenated(w: string, look: Lookup): CompoundParts | null {
  const parts = w.split(HYPHEN).filter((p) => p !== '' && !CONNECTORS.has(p))
  const last = parts.pop()
  // covid-19, barn-: a number or nothing after the hyphen is no head.
  if (last === undefined || parts.length === 0 || !LETTER.test(last)) return null
  const modifiers = parts.map((p) => look.form(p) ?? p)
  const inner = splitClosed(last, look)
  if (inner !== null) return { modifiers: [...modifiers, ...inner.modifiers], head: inner.head }
  return { modifiers, head: look.head(last) ?? last }
}

const caches = { sv: new Map<string, CompoundParts | null>(), en: new Map<string, CompoundParts | null>() }
const knownCaches = {
  sv: new WeakMap<ReadonlySet<string>, Map<string, CompoundParts | null>>(),
  en: new WeakMap<ReadonlySet<string>, Map<string, CompoundParts | null>>(),
}

/**
 * Splits a compound into its modifiers and its head (the last part, which decides what the word
 * means), or null when the word is not a compound of words we know. Linking morphemes
 * (religions-, kvinno-, föräldra-) are removed and parts given in base form; an inflected head
 * is given in base form (sjukdagar: head "dag"). Hyphenated words split at the hyphens
 * ("HR-avdelningen": modifiers ["hr"], head "avdelning"). `known` adds words (the matcher's
 * concept words) to the curated lexicon; pass the same set each time, it is indexed once.
 *
 * @example
 * compoundParts('religionskunskap') // { modifiers: ['religion'], head: 'kunskap' }
 * @category Lint
 */
export function compoundParts(
  word: string,
  known?: ReadonlySet<string>,
  language: MorphologyLanguage = 'sv',
): CompoundParts | null {
  const w = word.normalize('NFC').toLowerCase()
  let cache = caches[language]
  if (known !== undefined && known.size > 0) {
    cache = knownCaches[language].get(known) ?? new Map()
    knownCaches[language].set(known, cache)
  }
  const hit = cache.get(w)
  if (hit !== undefined || cache.has(w))
    return hit === null || hit === undefined ? null : { modifiers: [...hit.modifiers], head: hit.head }
  const look = new Lookup(language, baseIndex(language), knownIndex(known, language))
  // No word is this long; a pasted token is not split (keeps the cost bounded).
  const result = w.length > MAX_WORD ? null : split(w, look)
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(w, result)
  return result === null ? null : { modifiers: [...result.modifiers], head: result.head }
}

const termIndexes = { sv: new Map<string, Index>(), en: new Map<string, Index>() }
function termIndex(term: string, language: MorphologyLanguage): Index {
  const cache = termIndexes[language]
  let index = cache.get(term)
  if (index === undefined) {
    index = { forms: new Map(), stems: new Map(), whole: new Set(), starts: new Set() }
    addLemma(index, term, language, true)
    addLemma(index, term, language, false)
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(term, index)
  }
  return index
}

/**
 * Where a (lower-case, single-word) term stands in a compound word: as its head, only as a
 * modifier, or not at all (null; also when the word is the term itself: compare stems for that).
 * The term counts as a known word here, so a compound of it splits even when the lexicon lacks
 * it; a term that is itself a compound (hudfärg, föräldraledighet) is found across parts.
 *
 * @example
 * termRole('pensionsålder', 'ålder', undefined, 'sv') // 'head'
 * @category Lint
 */
export function termRole(
  word: string,
  term: string,
  known: ReadonlySet<string> | undefined,
  language: MorphologyLanguage,
): 'head' | 'modifier' | null {
  const w = word.normalize('NFC').toLowerCase()
  const t = term.normalize('NFC').toLowerCase()
  if (w.length > MAX_WORD) return null
  const look = new Lookup(language, baseIndex(language), knownIndex(known, language), termIndex(t, language))
  const parts = split(w, look)
  const ts = stemWord(t, language)
  if (parts !== null) {
    const hs = stemWord(parts.head, language)
    if (hs === ts) return 'head'
    // A compound term as the head: mörkhudfärgen ends in hudfärg.
    const tParts = split(t, look)
    if (tParts !== null && stemWord(tParts.head, language) === hs && stemWord(w, language).endsWith(ts)) return 'head'
    if (parts.modifiers.some((m) => stemWord(m, language) === ts)) return 'modifier'
  }
  // A compound term in front: föräldraledighetsdagar begins with föräldraledighets-. A simple
  // term in front of a word we could not split: barnvagn. (transportbokningar splits into
  // transport + bokning, so trans- is no part of it.)
  if (parts !== null ? split(t, look) !== null : !look.isWhole(w))
    for (const f of combiningForms(t, language)) {
      const rest = w.length - f.length
      if (rest >= (parts !== null ? MIN_HEAD : 4) && w.startsWith(f) && VOWEL.test(w.slice(f.length))) return 'modifier'
    }
  return null
}

/**
 * The base form of a word the curated lexicon or `known` holds, in any inflection, and spelled
 * with å, ä, ö when the word is written without them (korkort: körkort); undefined for a word
 * neither holds.
 *
 * @example
 * baseForm('åldrarna', undefined, 'sv') // 'ålder'
 * @category Lint
 */
export function baseForm(
  word: string,
  known: ReadonlySet<string> | undefined,
  language: MorphologyLanguage,
): string | undefined {
  const w = word.normalize('NFC').toLowerCase()
  if (w.length > MAX_WORD) return undefined
  return new Lookup(language, baseIndex(language), knownIndex(known, language)).head(w)
}
