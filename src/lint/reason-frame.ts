// A reason is read inside a sentence: "För tjänsten krävs …" / "The role requires …", and in a
// list under it. These checks find reasons that cannot be read there, and say how to rewrite.

const STARTS_LOWER: Record<'sv' | 'en', ReadonlySet<string>> = {
  // Common words that start a reason written as a sentence of its own; in Swedish, language
  // names are written in lower case too.
  sv: new Set(['minst', 'god', 'goda', 'mycket', 'erfarenhet', 'kunskap', 'kunskaper', 'förmåga', 'möjlighet', 'körkort', 'utbildning', 'examen', 'svenska', 'engelska', 'tyska', 'franska', 'spanska', 'rätt', 'vana', 'behörighet', 'truckkort', 'en', 'ett', 'flytande', 'dokumenterad', 'relevant', 'tidigare', 'fullständig', 'avslutad']),
  en: new Set(['at', 'a', 'an', 'the', 'experience', 'knowledge', 'fluent', 'good', 'strong', 'ability', 'availability', 'possibility', 'proven', 'relevant', 'previous', 'documented', 'completed', 'valid']),
}
const VERBS: Record<'sv' | 'en', ReadonlySet<string>> = {
  sv: new Set(['ha', 'har', 'kunna', 'kan', 'vara', 'är', 'behärska', 'behärskar', 'tala', 'talar', 'arbeta', 'arbetar', 'jobba', 'jobbar', 'äga', 'äger', 'inneha', 'innehar', 'förstå', 'förstår', 'klara', 'klarar']),
  en: new Set(['have', 'has', 'be', 'is', 'speak', 'speaks', 'hold', 'holds', 'possess', 'possesses', 'know', 'knows', 'work', 'works', 'own', 'owns', 'demonstrate', 'understand', 'can', 'must']),
}
const BECAUSE: Record<'sv' | 'en', RegExp> = {
  sv: /\s(eftersom|därför att)\s|,\s*då\s/i,
  en: /\s(because|since)\s|,\s*as\s/i,
}
const FRAME = { sv: 'För tjänsten krävs', en: 'The role requires' } as const
const EXAMPLE = { sv: '"svenska på minst nivå B1", "möjlighet att arbeta helger"', en: '"Swedish at level B1 or higher", "availability to work weekends"' } as const

/**
 * What keeps a reason from reading well after "För tjänsten krävs …" / "The role requires …",
 * each with how to rewrite it: a full stop at the end, a capital letter where the sentence
 * goes on, a verb or "att …" / "to …" where a noun phrase belongs, and a justification
 * ("eftersom …", "as …") that belongs in the criterion's `why`.
 * @example
 * ```ts
 * reasonFrameProblems('Ha B-körkort.', 'sv') // [ 'it ends with a full stop…', 'it starts with a verb ("Ha")…' ]
 * ```
 * @category Lint
 */
export function reasonFrameProblems(reason: string, language: 'sv' | 'en'): string[] {
  const out: string[] = []
  const text = reason.trim()
  const first = /^[\p{L}\p{N}-]+/u.exec(text)?.[0] ?? ''
  const lower = first.toLowerCase()
  if (/[.!?]$/.test(text) && !/\b(e\.g|etc|t\.ex|bl\.a|osv)\.$/i.test(text))
    out.push(`it ends with "${text.at(-1)}": the reason goes inside a sentence ("${FRAME[language]} …"), so leave the punctuation out`)
  if (first && first !== lower && first.slice(1) === lower.slice(1) && STARTS_LOWER[language].has(lower))
    out.push(`it starts with a capital letter ("${first}") in the middle of a sentence ("${FRAME[language]} ${lower} …"): write "${lower}"`)
  if (VERBS[language].has(lower))
    out.push(`it starts with a verb ("${first}"): after "${FRAME[language]}" a noun phrase reads right, such as ${EXAMPLE[language]}`)
  else if (language === 'sv' && /^att\s/i.test(text)) out.push(`it starts with "att": after "${FRAME.sv}" a noun phrase reads right, such as ${EXAMPLE.sv}`)
  else if (language === 'en' && /^(to|that)\s/i.test(text)) out.push(`it starts with "${first}": after "${FRAME.en}" a noun phrase reads right, such as ${EXAMPLE.en}`)
  const because = BECAUSE[language].exec(text)
  if (because)
    out.push(`it carries its own justification ("${because[0].trim()} …"): put that part in the criterion's \`why\`, which a rejection shows after the requirement and the talent-pool message leaves out`)
  return out
}
