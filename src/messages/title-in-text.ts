/**
 * A job title as it reads inside a sentence: a common noun, so its capital goes ("tjänsten som
 * undersköterska i hemtjänsten", "the assistant nurse role"). Only where that is safe: the first
 * letter is lower-cased when the second is a lower-case letter (not "IT-tekniker", "B2B-säljare",
 * "UX designer") and the title is not written in title case, as a title often is in English and
 * in Swedish adverts that use English titles ("Frontend Developer", "Key Account Manager", "Head
 * of Sales": every plain word of the title after the first starts with a capital). A title that
 * is not safe to change is kept as written.
 *
 * @example
 * ```ts
 * titleInText('Undersköterska i hemtjänsten') // 'undersköterska i hemtjänsten'
 * titleInText('IT-tekniker') // 'IT-tekniker'
 * titleInText('Key Account Manager') // 'Key Account Manager'
 * titleInText('Assistant nurse in home care') // 'assistant nurse in home care'
 * ```
 * @category Messages
 */
export function titleInText(title: string): string {
  const [first, second] = [...title]
  if (!first || !second || first === first.toLowerCase() || !/^\p{Ll}$/u.test(second)) return title
  // Plain words after the first (letters only, all lower-case after their first letter); acronyms
  // and mixed case ("B2B", "SaaS") say nothing either way, and minor words are lower-case in
  // English title case too.
  const plain = title
    .split(/[\s,/–-]+/)
    .slice(1)
    .filter((w) => /^\p{L}\p{Ll}*$/u.test(w) && !MINOR_WORDS.has(w.toLowerCase()))
  if (plain.length > 0 && plain.every((w) => /^\p{Lu}/u.test(w))) return title
  return first.toLowerCase() + title.slice(first.length)
}
const MINOR_WORDS = new Set([
  'of',
  'and',
  'for',
  'in',
  'the',
  'to',
  'at',
  'on',
  'with',
  'a',
  'an',
  'i',
  'och',
  'på',
  'till',
  'med',
  'för',
  'av',
  'inom',
  'vid',
])
