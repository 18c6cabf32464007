// Whether a written form is an inflection of a base form, by the endings Swedish and English
// nouns and adjectives take. Stems alone are too loose to name a compound's head: "date" and
// "data" share a stem, and so do "erbjudas" and "jude" at the end; the endings tell them apart.
import { EN_IRREGULAR } from './lexicon/en/morphology.js'
import { SV_IRREGULAR } from './lexicon/sv/morphology.js'
import type { MorphologyLanguage } from './morphology-stem.js'

const set = (s: string): ReadonlySet<string> => new Set(s.split(' ').map((e) => (e === '-' ? '' : e)))
// After the -a of kvinna, skola: kvinnan, kvinnor, kvinnornas.
const AFTER_A = set('a an ans as or orna ornas ors')
// After the -e of pojke, arbete, lärare, boende: pojken, pojkar, arbetet, lärarna, boenden.
const AFTER_E = set('e en ens es et ets ar arna arnas ars er erna ernas ers na nas n ns t ts r rs')
// After another vowel: sambon, sambor, kafét, kaféer, skor.
const AFTER_VOWEL = set('- n ns r rna rnas rs s t ts er erna et ets ar arna na')
// After a consonant: barnen, dagar, färger; -a and -t as adjectives (gifta, svenskt).
const AFTER_CONSONANT = set('- s en ens et ets er erna ernas ers ar arna arnas ars or orna ornas a t n na ns nas as es')
const EN_ENDINGS = set("- s es 's s' ' ed d ing")
const VOWELS = 'aeiouyåäöéü'
const FOLD: Readonly<Record<string, string>> = { å: 'a', ä: 'a', ö: 'o', é: 'e', ü: 'u' }
const fold = (s: string): string => s.replace(/[åäöéü]/gu, (c) => FOLD[c] ?? c)
const DIACRITIC = /[åäöéü]/u

function swedish(form: string, lemma: string): boolean {
  if (form === lemma || SV_IRREGULAR[form] === lemma) return true
  const last = lemma.at(-1) ?? ''
  if (VOWELS.includes(last)) {
    const root = last === 'a' || last === 'e' ? lemma.slice(0, -1) : lemma
    const endings = last === 'a' ? AFTER_A : last === 'e' ? AFTER_E : AFTER_VOWEL
    return form.startsWith(root) && endings.has(form.slice(root.length))
  }
  if (form.startsWith(lemma) && AFTER_CONSONANT.has(form.slice(lemma.length))) return true
  // A doubled final consonant: mannen, hemmet.
  if (form.startsWith(lemma + last) && AFTER_CONSONANT.has(form.slice(lemma.length + 1))) return true
  // Syncope: ålder -> åldrar, regel -> regler, vatten -> vattnet.
  if (lemma.length >= 4 && /[^aeiouyåäöéü](?:er|el|en)$/u.test(lemma)) {
    const root = lemma.slice(0, -2) + last
    const rest = form.slice(root.length)
    return form.startsWith(root) && rest !== '' && VOWELS.includes(rest[0] ?? '') && AFTER_CONSONANT.has(rest)
  }
  return false
}

function english(form: string, lemma: string): boolean {
  if (form === lemma || EN_IRREGULAR[form] === lemma || EN_IRREGULAR[form.replace(/['’]s?$/u, '')] === lemma)
    return true
  if (form.startsWith(lemma) && EN_ENDINGS.has(form.slice(lemma.length))) return true
  if (
    lemma.endsWith('e') &&
    form.startsWith(lemma.slice(0, -1)) &&
    ['ing', 'ed'].includes(form.slice(lemma.length - 1))
  )
    return true
  return lemma.endsWith('y') && (form === `${lemma.slice(0, -1)}ies` || form === `${lemma.slice(0, -1)}ies'`)
}

/**
 * Whether `form` is an inflection of the base form `lemma` (both lower case): åldrarna of
 * ålder, mannen of man, kvinnorna of kvinna, children of child. A form without å, ä or ö also
 * matches a lemma written with them (identifiers: korkort, aldern) unless `folded` is false.
 *
 * @example
 * inflects('åldrarna', 'ålder', 'sv') // true
 * @category Lint
 */
export function inflects(form: string, lemma: string, language: MorphologyLanguage, folded = true): boolean {
  const test = language === 'sv' ? swedish : english
  if (test(form, lemma)) return true
  return folded && !DIACRITIC.test(form) && DIACRITIC.test(lemma) && test(form, fold(lemma))
}
