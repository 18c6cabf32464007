// A reason is read inside a sentence: "För tjänsten krävs …" / "The role requires …", and in a
// list under it. These checks find reasons that cannot be read there, as data; the catalogue
// (reason_frame in src/issues) says in each language how to rewrite them.

const STARTS_LOWER: Record<'sv' | 'en', ReadonlySet<string>> = {
  // Common words that start a reason written as a sentence of its own; in Swedish, language
  // names are written in lower case too.
  sv: new Set([
    'minst',
    'god',
    'goda',
    'mycket',
    'erfarenhet',
    'kunskap',
    'kunskaper',
    'förmåga',
    'möjlighet',
    'körkort',
    'utbildning',
    'examen',
    'svenska',
    'engelska',
    'tyska',
    'franska',
    'spanska',
    'rätt',
    'vana',
    'behörighet',
    'truckkort',
    'en',
    'ett',
    'flytande',
    'dokumenterad',
    'relevant',
    'tidigare',
    'fullständig',
    'avslutad',
  ]),
  en: new Set([
    'at',
    'a',
    'an',
    'the',
    'experience',
    'knowledge',
    'fluent',
    'good',
    'strong',
    'ability',
    'availability',
    'possibility',
    'proven',
    'relevant',
    'previous',
    'documented',
    'completed',
    'valid',
  ]),
}
const VERBS: Record<'sv' | 'en', ReadonlySet<string>> = {
  sv: new Set([
    'ha',
    'har',
    'kunna',
    'kan',
    'vara',
    'är',
    'behärska',
    'behärskar',
    'tala',
    'talar',
    'arbeta',
    'arbetar',
    'jobba',
    'jobbar',
    'äga',
    'äger',
    'inneha',
    'innehar',
    'förstå',
    'förstår',
    'klara',
    'klarar',
  ]),
  en: new Set([
    'have',
    'has',
    'be',
    'is',
    'speak',
    'speaks',
    'hold',
    'holds',
    'possess',
    'possesses',
    'know',
    'knows',
    'work',
    'works',
    'own',
    'owns',
    'demonstrate',
    'understand',
    'can',
    'must',
  ]),
}
const BECAUSE: Record<'sv' | 'en', RegExp> = {
  sv: /\s(eftersom|därför att)\s|,\s*då\s/i,
  en: /\s(because|since)\s|,\s*as\s/i,
}

/**
 * One thing that keeps a reason from reading well after "För tjänsten krävs …" / "The role
 * requires …", as data: which (`kind`) and the word or words it is about. The catalogue words it
 * in the file's language (`reason_frame`).
 * @example
 * ```ts
 * const p: ReasonFrameProblem = { kind: 'verb', word: 'Ha' }
 * ```
 * @category Lint
 */
export interface ReasonFrameProblem {
  kind: 'full-stop' | 'capital' | 'verb' | 'att' | 'to' | 'because'
  word: string
}

/**
 * What keeps a reason from reading well after "För tjänsten krävs …" / "The role requires …", as
 * data: a full stop at the end, a capital letter where the sentence goes on, a verb or "att …" /
 * "to …" where a noun phrase belongs, and a justification ("eftersom …", "as …") that belongs in
 * the criterion's `why`.
 * @example
 * ```ts
 * reasonFrameFindings('Ha B-körkort.', 'sv') // [{ kind: 'full-stop', word: '.' }, { kind: 'verb', word: 'Ha' }]
 * ```
 * @category Lint
 */
export function reasonFrameFindings(reason: string, language: 'sv' | 'en'): ReasonFrameProblem[] {
  const out: ReasonFrameProblem[] = []
  const text = reason.trim()
  const first = /^[\p{L}\p{N}-]+/u.exec(text)?.[0] ?? ''
  const lower = first.toLowerCase()
  if (/[.!?]$/.test(text) && !/\b(e\.g|etc|t\.ex|bl\.a|osv)\.$/i.test(text))
    out.push({ kind: 'full-stop', word: text.at(-1)! })
  if (first && first !== lower && first.slice(1) === lower.slice(1) && STARTS_LOWER[language].has(lower))
    out.push({ kind: 'capital', word: first })
  if (VERBS[language].has(lower)) out.push({ kind: 'verb', word: first })
  else if (language === 'sv' && /^att\s/i.test(text)) out.push({ kind: 'att', word: first })
  else if (language === 'en' && /^(to|that)\s/i.test(text)) out.push({ kind: 'to', word: first })
  const because = BECAUSE[language].exec(text)
  if (because) out.push({ kind: 'because', word: because[0].replace(/^[\s,]+/, '').trim() })
  return out
}
