/**
 * A job title as it reads inside a sentence: a common noun, so its capital goes ("tjänsten som
 * undersköterska i hemtjänsten", "the assistant nurse role"). Only where that is safe: the first
 * letter is lower-cased when the second is a lower-case letter (not "IT-tekniker", "B2B-säljare",
 * "UX designer") and the title is not written in title case, as a title often is in English and
 * in Swedish adverts that use English titles ("Frontend Developer", "Key Account Manager", "Head
 * of Sales": every plain word of the title after the first starts with a capital, leaving out the
 * names after a place's preposition, "i Visby", "at Karolinska"). A title that is not safe to
 * change is kept as written.
 *
 * @example
 * ```ts
 * titleInText('Undersköterska i hemtjänsten') // 'undersköterska i hemtjänsten'
 * titleInText('IT-tekniker') // 'IT-tekniker'
 * titleInText('Key Account Manager') // 'Key Account Manager'
 * titleInText('Bibliotekarie i Visby') // 'bibliotekarie i Visby'
 * titleInText('Assistant nurse in home care') // 'assistant nurse in home care'
 * ```
 * @category Messages
 */
export function titleInText(title: string): string {
  const [first, second] = [...title]
  if (!first || !second || first === first.toLowerCase() || !/^\p{Ll}$/u.test(second)) return title
  // Plain words after the first (letters only, all lower-case after their first letter); acronyms
  // and mixed case ("B2B", "SaaS") say nothing either way, and minor words are lower-case in
  // English title case too. A capital word right after a place's preposition is a name ("i
  // Visby", "på Akademiska", "at Karolinska"), capital in any case: it says nothing either.
  const words = title.split(/[\s,/–-]+/)
  const name = (w: string, before: string) => /^\p{Lu}/u.test(w) && BEFORE_A_NAME.has(before.toLowerCase())
  const plain = words
    .slice(1)
    .filter((w, i) => /^\p{L}\p{Ll}*$/u.test(w) && !MINOR_WORDS.has(w.toLowerCase()) && !name(w, words[i]!))
  if (plain.length > 0 && plain.every((w) => /^\p{Lu}/u.test(w))) return title
  return first.toLowerCase() + title.slice(first.length)
}
const BEFORE_A_NAME = new Set(['i', 'på', 'vid', 'hos', 'till', 'inom', 'in', 'at'])
const MINOR_WORDS = new Set([
  'hos',
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
