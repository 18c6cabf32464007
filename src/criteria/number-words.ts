import type { Locale } from './constants.js'

// Style guides in both languages write small numbers as words in running text ("minst tre års
// erfarenhet", "senast en månad efter ansökningsdagen"): the words from zero to twelve, defined
// once for the reasons, the messages and the descriptions of rules.

/**
 * The numbers zero to twelve as words, by language. Swedish "en" is the common gender (en månad,
 * en dag); two to twelve have one form whatever the noun's gender.
 * @example
 * ```ts
 * NUMBER_WORDS.sv[3] // 'tre'
 * ```
 * @category Criteria files
 */
export const NUMBER_WORDS: Readonly<Record<Locale, readonly string[]>> = {
  sv: ['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
}

/**
 * A whole number from `from` to twelve as a word ("tre", "three"), else as figures: what running
 * text writes before a noun. Reasons start at two, as "en"/"ett" depends on a noun they do not know.
 * @example
 * ```ts
 * countWord(3, 'sv') // 'tre'
 * countWord(14, 'sv') // '14'
 * ```
 * @category Criteria files
 */
export function countWord(n: number, locale: Locale, from = 1): string {
  return Number.isInteger(n) && n >= from && n <= 12 ? NUMBER_WORDS[locale][n]! : String(n)
}
