// Word and phrase matching for the lint: texts are cut into words (camelCase, snake_case and
// kebab-case identifiers too), and patterns match whole words, never substrings, so "sex" does
// not fire inside "sexmånaders" nor "trans" inside "transportbokningar".
//
// A pattern is words separated by spaces; each word is one of:
//   word     exactly this word            ålder
//   word*    a word starting with it      sjukdag*   (sjukdagar, sjukdagarna)
//   *word    a word ending with it        *ålder     (pensionsålder): Swedish compound heads
//   #        a number                     fyllt # år
//   ##       a number, in digits or words max ## år  (max 5 år, max fem år)
//   #age     a number that can be an adult's age (15–75, or sexton … sjuttionio, sixteen … seventy)
//   #year    a year someone may be born in          #year #year (1965–1974)
//   #yr      a year of a working life (1950–2039)   examen #yr (examen 2019)
//   *        any one word                 native * speaker
//   a|b*     any of these                 kvinnlig*|manlig*

/** One word of a text, with where it is in the original. */
export interface Word {
  /** Lower case, NFC. */
  readonly text: string
  /** Lower case without diacritics: how identifiers (which cannot hold å, ä or ö) are matched. */
  readonly folded: string
  readonly start: number
  readonly end: number
}

type Part = (w: string) => boolean
/** A compiled pattern: one test per word, for the text as written and for its folded form. */
export interface Pattern {
  readonly source: string
  readonly exact: readonly Part[]
  readonly folded: readonly Part[]
  /** The stems of the last word's `stem*` choices: what follows a stem in a matched word is the rest of a compound. */
  readonly lastStems: readonly string[]
}

const AGE_WORDS = new Set([
  'tjugo',
  'trettio',
  'fyrtio',
  'femtio',
  'sextio',
  'sjuttio',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'sexton',
  'sjutton',
  'arton',
  'nitton',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
])
// Swedish writes 21–79 as one word ("trettiofem", "tjugoett"); English as two ("thirty-five"), each a word.
const SV_AGE_WORD = /^(tjugo|trettio|fyrtio|femtio|sextio|sjuttio)(en|ett|två|tva|tre|fyra|fem|sex|sju|åtta|atta|nio)$/u
const NUMBER_WORDS = new Set([
  'en',
  'ett',
  'två',
  'tva',
  'tre',
  'fyra',
  'fem',
  'sex',
  'sju',
  'åtta',
  'atta',
  'nio',
  'tio',
  'elva',
  'tolv',
  'tretton',
  'fjorton',
  'femton',
  'tjugo',
  'trettio',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'twenty',
  'thirty',
])

/** Lower case without diacritics, as identifiers are written. */
export const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '')

/** Cuts a text into lower-case words: at anything that is not a letter or digit, at camelCase humps, and between digits and letters; an ampersand is a word of its own ("Life & critical illness"). */
export function wordsOf(text: string): Word[] {
  const out: Word[] = []
  // An acronym's plural is one word ("GCSEs", "NVQs", "IDs"), not a hump ("GCS", "Es").
  const re = /\p{Lu}{2,}s(?!\p{L})|\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{L}+|\p{N}+|&/gu
  const nfc = text.normalize('NFC')
  for (const m of nfc.matchAll(re)) {
    const t = m[0].toLowerCase()
    out.push({ text: t, folded: fold(t), start: m.index, end: m.index + m[0].length })
  }
  return out
}

function part(word: string, folded: boolean): Part {
  const alts = word.split('|').map((a): Part => {
    const w = folded ? fold(a) : a
    if (w === '#') return (x) => /^\p{N}+$/u.test(x)
    if (w === '#age') return (x) => (/^\d+$/.test(x) && +x >= 15 && +x <= 75) || AGE_WORDS.has(x) || SV_AGE_WORD.test(x)
    if (w === '#year') return (x) => /^(19[2-9]\d|20[01]\d)$/.test(x)
    if (w === '#yr') return (x) => /^(19[5-9]\d|20[0-3]\d)$/.test(x)
    if (w === '##') return (x) => /^\p{N}+$/u.test(x) || NUMBER_WORDS.has(x)
    if (w === '*') return () => true
    if (w.length > 1 && w.endsWith('*')) {
      const p = w.slice(0, -1)
      return (x) => x.startsWith(p)
    }
    if (w.length > 1 && w.startsWith('*')) {
      const s = w.slice(1)
      return (x) => x.endsWith(s)
    }
    return (x) => x === w
  })
  return alts.length === 1 ? alts[0]! : (x) => alts.some((a) => a(x))
}

/** Compiles a pattern (see the top of this file). */
export function compilePattern(source: string): Pattern {
  const ws = wordsOfPattern(source)
  return {
    source,
    exact: ws.map((w) => part(w, false)),
    folded: ws.map((w) => part(w, true)),
    lastStems: (ws.at(-1) ?? '')
      .split('|')
      .filter((a) => a.length > 1 && a.endsWith('*'))
      .map((a) => a.slice(0, -1)),
  }
}

// Pattern words are cut like text, except that * | # and - stay in the word ("köns*", "a|b").
function wordsOfPattern(source: string): string[] {
  return source.normalize('NFC').toLowerCase().split(/\s+/).filter(Boolean)
}

/** Every place a pattern matches in the words of a text: [first word, last word + 1]. */
export function matchPattern(
  pattern: Pattern,
  words: readonly Word[],
  folded: boolean,
  from = 0,
  to = words.length,
): [number, number][] {
  const parts = folded ? pattern.folded : pattern.exact
  const out: [number, number][] = []
  outer: for (let i = from; i < to && i + parts.length <= words.length; i++) {
    for (let j = 0; j < parts.length; j++) {
      const w = words[i + j]!
      if (!parts[j]!(folded ? w.folded : w.text)) continue outer
    }
    out.push([i, i + parts.length])
  }
  return out
}
