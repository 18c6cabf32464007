import type { Concept } from './concepts/concept.js'
import { CONCEPTS } from './concepts/index.js'
import type { GroundId, TextKind } from './lexicon/lexicon.js'
import { compilePattern, fold, matchPattern, wordsOf, type Pattern, type Word } from './phrases.js'
import { aboutOthers, textFrame } from './text-frame.js'
import { ordinaryText } from './model/ordinary.js'

export type { GroundId, TextKind } from './lexicon/lexicon.js'

// The words about each ground (names, advice) live apart, with the messages a recruiter reads.
export { PROTECTED_GROUNDS } from './ground-advice.js'

/**
 * Where a text sits, which decides what matches: its kind, its language (undefined for
 * identifiers such as field names, matched in every language, without diacritics), and whether
 * a rule reads the field (some proxies are ordinary to ask and unlawful only to screen on).
 * @example
 * ```ts
 * const where: GroundTextOptions = { kind: 'label', language: 'sv', read: true }
 * ```
 * @category Lint
 */
export interface GroundTextOptions {
  kind: TextKind
  language?: 'sv' | 'en' | undefined
  read?: boolean | undefined
}

/**
 * A protected ground found in a text: which, the words that point at it (as written), where
 * they are, whether it is a proxy that counts only when a rule reads the field, the concept of
 * the concept table that matched, and whether the text speaks to the applicant (`candidate`:
 * the second person, or a place that concerns the applicant: a field name, an option, a
 * reason) or is written about the work (`work`).
 * @example
 * ```ts
 * const [m] = findProtectedGrounds('Har du fyllt 18 år?', { kind: 'label', language: 'sv' })
 * m // { ground: 'age', matched: 'fyllt 18 år', start: 7, end: 18, readOnly: false, concept: 'age-number', frame: 'candidate' }
 * ```
 * @category Lint
 */
export interface GroundMatch {
  ground: GroundId
  matched: string
  start: number
  end: number
  readOnly: boolean
  concept?: string
  frame?: 'candidate' | 'work'
  /**
   * The text itself names a law, a regulation or a security clearance as the basis of what it
   * asks ("Har du fyllt 18 år? Alkohollagen kräver det", "18 or over, as required by gambling
   * law"): still a finding, as a justification makes it one, but a warning, not an error.
   */
  basis?: 'law'
  /**
   * The ordinary-text veto (src/lint/model/ordinary.ts) reads the text as ordinary with this
   * probability, at or above its threshold: still a finding, but a warning, not an error.
   */
  ordinary?: number
}

interface CompiledTerm {
  concept: Concept
  language: 'sv' | 'en'
  pattern: Pattern
  ambiguous: boolean
  readOnly: boolean
  only: readonly TextKind[] | undefined
}
interface Compiled {
  /** Terms by the key of their first word: `w:` a whole word, `p:` the first two letters of a stem. */
  index: Map<string, CompiledTerm[]>
  folded: Map<string, CompiledTerm[]>
  /** Terms whose first word is a number, a wildcard or a suffix: tried at every word. */
  rest: CompiledTerm[]
  except: Map<Concept, Pattern[]>
}
let compiled: Compiled | undefined

function keysOf(first: string, folded: boolean): string[] | undefined {
  const keys: string[] = []
  for (const raw of first.split('|')) {
    const alt = folded ? fold(raw) : raw
    if (alt.startsWith('#') || alt === '*' || alt.startsWith('*')) return undefined
    if (alt.endsWith('*')) keys.push(`p:${alt.slice(0, 2)}`)
    else keys.push(`w:${alt}`)
  }
  return keys
}

// Compiled once, on first use: the lint runs in the page on every pause in typing.
function table(): Compiled {
  if (compiled) return compiled
  const c: Compiled = { index: new Map(), folded: new Map(), rest: [], except: new Map() }
  for (const concept of CONCEPTS) {
    c.except.set(concept, (concept.except ?? []).map(compilePattern))
    for (const language of ['sv', 'en'] as const)
      for (const r of concept[language]) {
        const match = typeof r === 'string' ? r : r.match
        const term: CompiledTerm = {
          concept,
          language,
          pattern: compilePattern(match),
          ambiguous: typeof r !== 'string' && !!r.ambiguous,
          readOnly: !!concept.readOnly || (typeof r !== 'string' && !!r.readOnly),
          only: (typeof r !== 'string' ? r.only : undefined) ?? concept.only,
        }
        const first = match.normalize('NFC').toLowerCase().trim().split(/\s+/)[0] ?? ''
        const keys = keysOf(first, false)
        const foldedKeys = keysOf(first, true)
        if (!keys || !foldedKeys) c.rest.push(term)
        else {
          for (const k of new Set(keys)) c.index.set(k, [...(c.index.get(k) ?? []), term])
          for (const k of new Set(foldedKeys)) c.folded.set(k, [...(c.folded.get(k) ?? []), term])
        }
      }
  }
  compiled = c
  return c
}

// A law, a regulation or a security clearance named as the basis of a text: "krav enligt lagen",
// "alkohollagen", "as required by law", "licensing regulations", "säkerhetsklassad tjänst". Not
// "underlagen", "förslagen", "arbetslagen" (documents, proposals, work teams).
const LAW =
  /^(lag|lagen|lagkrav|lagkravet|lagstadgad|lagstadgat|lagstadgade|lagstiftning|lagstiftningen|förordning|förordningen|föreskrift|föreskrifter|föreskrifterna|arbetsmiljölagen|arbetsmiljöregler|arbetsmiljöreglerna|arbetstidslagen|säkerhetsprövning|säkerhetsprövad|säkerhetsklassad|säkerhetsklassade|säkerhetsklass|säkerhetsklassen|law|laws|legally|legislation|statutory|regulation|regulations|regulator|regulatory|licensing|clearance|vetting|(?!arbets)\p{L}+[sölt]lagen)$/u

// Work with a legal minimum age: serving alcohol, gambling, selling tobacco ("Har du fyllt 18 år? Tjänsten innebär servering av alkohol").
const AGE_LIMITED =
  /^(spellicens|spellicensen|vadslagning|alkohol|alkoholen|alkoholservering|alkoholserveringen|serveringstillstånd|alcohol|gambling|tobacco|tobak|tobaken|betting|casino|kasino)$/u

// Work the law sets an age for, named more loosely: read only for the legal minimum age itself
// ("Are you 18 or over? You'll be pouring tastings"), never to soften another age finding.
const AGE_LIMITED_WORK =
  /^(öl|vin|vinet|sprit|starköl|provning|provningar|provningen|bar|baren|barer|pub|puben|krog|krogen|bartender|bartenders|servering|serveringen|snus|snuset|cigaretter|e-cigaretter|lotteri|lotter|bingo|poker|beer|wine|wines|spirits|liquor|tasting|tastings|bars|pubs|licensed|licence|license|cigarettes|vapes|vaping|lottery)$/u

// A security class or clearance named in the text, or ITAR's export control: the law that sets it asks for citizenship.
// A post the law reserves for its citizens, named as such: "the Civil Service Nationality Rules", "a reserved post".
const RESERVED_POST = /\b(nationality rules|reserved posts?)\b/iu
const SECURITY =
  /^(säkerhetsklass\p{L}*|säkerhetsprövning\p{L}*|säkerhetsprövad\p{L}*|säkerhetsskydd\p{L}*|clearance|vetting|vetted|cleared|itar)$/u

// A valid certificate of fitness ("giltigt läkarintyg för sjöfolk", "a valid ENG1 seafarer medical
// certificate"): a document the work's rules require, not the applicant's health.
const VALID = /^(giltig|giltigt|giltiga|gällande|valid|current|in-date)$/u
const CERTIFICATE = /(intyg|intyget|certifikat|certificate|certificates|medical|medicals)$/u

// A handicap in golf: the word, and the words of the sport that give it that sense.
const HANDICAP = /^(handikapp|handikappet|handicap|handicaps)$/u
const GOLF = /^(golf\p{L}*|slope|birdie|birdies|bogey|bogeys|greenfee)$/u

// The last word of a name in capitals that makes it a benefit, or a law, a fund or a body: a ground
// word inside the name is about that thing ("Disability Living Allowance", "Gender Recognition Act").
const BENEFIT = /^(allowance|allowances|benefit|benefits|payment|credit|pension|grant|premium|scheme|award|awards)$/u
const NAMED_HEAD =
  /^(act|acts|regulations|directive|convention|fund|trust|foundation|association|council|commission|society|network|register|index|survey|programme|program|week|month|day)$/u

// Role nouns a hyphen compound can end in ("HBTQ-strateg", "Jämställdhets-samordnare"): the role
// works with the ground word's topic, the applicant is not described by it.
const COMPOUND_ROLE =
  /^(strateg|strateger|samordnare|rådgivare|handläggare|ansvarig|ombud|expert|specialist|utvecklare|utredare|pedagog|lärare|konsult|coordinator|officer|adviser|advisor|lead|manager|consultant|champion|strategist)$/u

// A benefit is the applicant's when the text asks whether they get it ("Have you ever claimed … Allowance?").
const RECEIVED = /^(claimed|claiming|receive|received|receiving|receipt|get|getting|got|entitled)$/u

/** Whether a ground word stands in a name in capitals that ends in a law, a benefit or a body. */
function inNamedThing(text: string, words: readonly Word[], a: number, b: number): boolean {
  const capital = (w: Word | undefined): boolean => w !== undefined && /^\p{Lu}/u.test(text.slice(w.start, w.start + 1))
  if (!capital(words[a])) return false
  // The name runs over words in capitals joined by spaces alone, and ends before a role ("Christian
  // Youth Worker – Faith Trust" names the applicant's faith, then an employer).
  for (
    let k = b;
    k < Math.min(words.length, b + 4) &&
    capital(words[k]) &&
    /^ +$/.test(text.slice(words[k - 1]!.end, words[k]!.start));
    k++
  ) {
    if (NAMED_HEAD.test(words[k]!.text)) return true
    if (BENEFIT.test(words[k]!.text)) return !words.some((w) => RECEIVED.test(w.text))
    if (ROLE_WORD.test(words[k]!.text) || COMPOUND_ROLE.test(words[k]!.text)) return false
  }
  return false
}

// No pattern is longer than this many words: how far back a span about others may start.
const LONGEST = 12

const AGE_BRACKET = /^\s*(1[5-9]|[2-7]\d)\s*\+\s*(år|years)?\s*$/u

// Concepts whose words name a thing handled at work (a leave, a benefit), not a person: after a dash a title names the field.
const THINGS: ReadonlySet<string> = new Set(['parental-leave', 'sick-leave'])

// Grounds whose words describe a person ("female nurse", "young consultant"): a role noun after them is the applicant.
const PERSON_GROUNDS: ReadonlySet<GroundId> = new Set(['sex', 'age', 'ethnicity', 'transgender', 'sexual-orientation'])

// Concepts of other grounds whose words describe a person too ("Childfree sales manager", "Single, travel-ready coordinator").
const PERSON_CONCEPTS: ReadonlySet<string> = new Set(['child-free', 'unattached'])

// A role noun by its ending or its word: "vaktmästare", "operatör", "assistant", "nurse".
const ROLE_WORD =
  /(are|ör|ist|or|er|ant|ent|man|woman|coach|instruktör|biträde|assistent|nurse|teacher|cook|kock|chef|person|personal|staff|worker|hand|help|hjälp|kraft|clerk|guide|talent|talang)$/u

/** Whether a match at the start of a title names the role: a gendered role word itself, or a word before a role noun. */
function namesRole(m: GroundMatch, words: readonly Word[]): boolean {
  if (m.concept === 'woman-or-man' || m.concept === 'split-by-sex') return true
  const next = words.find((w) => w.start >= m.end)
  return next !== undefined && ROLE_WORD.test(next.text)
}

/**
 * Whether a span asks for an age of majority or lower ("fyllt 18", "18 or over", "myndig"): with
 * a law or age-limited work named in the same text ("Enligt tobakslagen", "as you will be serving
 * alcohol"), the legal minimum age of the work, which the law sets and the text states. Any
 * higher age, or an age without its basis, is still a finding.
 */
function legalMinimum(words: readonly Word[], a: number, b: number, most = 18): boolean {
  const span = words.slice(a, b)
  const numbers = numbersIn(words, a, b)
  if (numbers.length)
    return (
      numbers.every((n) => n >= 15 && n <= most) &&
      !span.some((w) => /^(under|yngre|younger|below|mellan|between)$/u.test(w.text))
    )
  return span.some((w) => /^(myndig|myndiga|legal)$/u.test(w.text))
}

/** The numbers written in figures in words a to b. */
function numbersIn(words: readonly Word[], a: number, b: number): number[] {
  return words
    .slice(a, b)
    .filter((w) => /^\d+$/.test(w.text))
    .map((w) => Number(w.text))
}

/** Whether every number in a span is a child's age ("avdelning 1–3 år", "Toddler Group (1–3 years)"): not the applicant's. */
function childAges(words: readonly Word[], a: number, b: number, after = 0): boolean {
  const numbers = numbersIn(words, a, b + after)
  return numbers.length > 0 && numbers.every((n) => n <= 12)
}

/**
 * Whether every number in a span is an age of 80 or more ("timmerhus som är äldre än 100 år",
 * "over 90 years"): no age an applicant is asked for. A year is no age: "1960–1969" is a decade of birth.
 */
function pastWorkingAge(words: readonly Word[], a: number, b: number): boolean {
  const numbers = numbersIn(words, a, b)
  return numbers.length > 0 && numbers.every((n) => n >= 80 && n < 1000)
}

/** What follows the stem of a `stem*` pattern in the last matched word: the rest of a compound, or undefined. */
function compoundRest(term: CompiledTerm, last: Word, folded: boolean): string | undefined {
  const w = folded ? last.folded : last.text
  let best: string | undefined
  for (const stem of term.pattern.lastStems) {
    const s = folded ? fold(stem) : stem
    if (w.startsWith(s) && (best === undefined || w.length - s.length < best.length)) best = w.slice(s.length)
  }
  return best || undefined
}

/**
 * The protected grounds a text asks about or judges the applicant on, at most one match per
 * ground (the longest). Looks up the concept table in `src/lint/concepts/` (one file per
 * ground, Swedish and English side by side): whole words and phrases, numbers that stand for
 * an age, and patterns such as parents' country of birth. A match counts only when the text is
 * about the applicant: a ground word in the first part of a compound whose head is a subject,
 * a benefit, a product or a department ("religionskunskap", "föräldrapenninghandläggare"), in a
 * phrase about the people served ("patienter med demens"), the topic of the work ("erfarenhet
 * av föräldrapenning", "teach religious education") or the place a job title names ("Barnmorska
 * till förlossningen") is not a finding. A law named in the text hides nothing: a question
 * "(krav enligt lagen)" is still a finding (the law belongs in the criterion's justification);
 * only a ground word that is the law's own name or topic ("Age Discrimination Act",
 * "föräldraledighetslagen") is about the law.
 *
 * @example
 * ```ts
 * findProtectedGrounds('minst sex månader i butik', { kind: 'reason', language: 'sv' }) // []
 * findProtectedGrounds('Är du svensk medborgare?', { kind: 'label', language: 'sv' })[0]?.ground // 'ethnicity'
 * findProtectedGrounds('Lärare i religionskunskap', { kind: 'title', language: 'sv' }) // []
 * ```
 * @category Lint
 */
export function findProtectedGrounds(text: string, options: GroundTextOptions): GroundMatch[] {
  return scanGrounds(text, options).matches
}

/**
 * What one reading of a text finds: the protected grounds it asks about or judges the applicant
 * on (`matches`, as {@link findProtectedGrounds} returns them), and the grounds it asks about only
 * as the law asks (`lawful`: the legal minimum age of the work with its basis in the same text,
 * "Har du fyllt 18? Enligt alkohollagen …"), which are no finding and cover a field name that
 * points at the same ground ("myndig").
 * @example
 * ```ts
 * scanGrounds('Har du fyllt 18? Enligt tobakslagen får yngre inte sälja tobak.', { kind: 'label', language: 'sv' }) // { matches: [], lawful: ['age'] }
 * ```
 * @category Lint
 */
export interface GroundScan {
  matches: GroundMatch[]
  lawful: GroundId[]
}

/**
 * Reads a text once for {@link GroundScan}: its protected-ground matches and its lawful grounds.
 * @example
 * ```ts
 * scanGrounds('Har du fyllt 18 år?', { kind: 'label', language: 'sv' }).matches[0]?.ground // 'age'
 * ```
 * @category Lint
 */
export function scanGrounds(text: string, options: GroundTextOptions): GroundScan {
  const words = wordsOf(text)
  if (!words.length) return { matches: [], lawful: [] }
  // An age bracket as an option ("45+", "65 +"): the plus sign is no word, so the shape decides.
  if (options.kind === 'value' && AGE_BRACKET.test(text))
    return {
      lawful: [],
      matches: [
        {
          ground: 'age',
          matched: text.trim(),
          start: text.indexOf(text.trim()),
          end: text.indexOf(text.trim()) + text.trim().length,
          readOnly: false,
          concept: 'age-number',
          frame: 'candidate',
        },
      ],
    }
  const folded = options.kind === 'name'
  const t = table()
  const index = folded ? t.folded : t.index
  const best = new Map<GroundId, GroundMatch>()
  const excepted = new Map<Concept, [number, number][]>()
  const nfc = text.normalize('NFC')
  let frame: 'candidate' | 'work' | undefined
  let law: boolean | undefined
  let ageLimited: boolean | undefined
  const found: { span: [number, number]; match: GroundMatch }[] = []
  // The text asks for the legal minimum age of the work and names its law or its age-limited work.
  let lawfulAge = false
  // Spans about others, by their first word: [ground, end].
  const others = new Map<number, [GroundId, number][]>()
  for (let i = 0; i < words.length; i++) {
    const w = folded ? words[i]!.folded : words[i]!.text
    const terms = [...(index.get(`w:${w}`) ?? []), ...(index.get(`p:${w.slice(0, 2)}`) ?? []), ...t.rest]
    for (const term of terms) {
      if (term.ambiguous && options.language !== term.language) continue
      if (term.only && !term.only.includes(options.kind)) continue
      if (term.readOnly && !options.read) continue
      for (const [a, b] of matchPattern(term.pattern, words, folded, i, i + 1)) {
        const ground = term.concept.ground
        const start = words[a]!.start
        const end = words[b - 1]!.end
        let ex = excepted.get(term.concept)
        if (!ex)
          excepted.set(term.concept, (ex = t.except.get(term.concept)!.flatMap((p) => matchPattern(p, words, folded))))
        if (ex.some(([x, y]) => x < b && a < y)) continue
        if (term.concept.id === 'age-number' && childAges(words, a, b)) continue
        if (term.concept.id === 'age-number' && pastWorkingAge(words, a, b)) continue
        if (inNamedThing(nfc, words, a, b)) continue
        // "HBTQ-strateg": a role that works with the topic, joined to it by a hyphen.
        if (words[b] && nfc.slice(words[b - 1]!.end, words[b]!.start) === '-' && COMPOUND_ROLE.test(words[b]!.text))
          continue
        if (term.concept.id === 'citizenship' && (words.some((x) => SECURITY.test(x.text)) || RESERVED_POST.test(nfc)))
          continue
        if (ground === 'disability' && CERTIFICATE.test(words[b - 1]!.text) && words.some((x) => VALID.test(x.text)))
          continue
        // A golfer's handicap: in a text about golf the word has the sport's sense ("Vad har du för handikapp, om du spelar golf?").
        if (
          ground === 'disability' &&
          b === a + 1 &&
          HANDICAP.test(words[a]!.text) &&
          words.some((x) => GOLF.test(x.text))
        )
          continue
        // "Reception Class Teacher (ages 4–5)": the word age before children's ages.
        if (term.concept.id === 'age' && childAges(words, a, b, 3)) continue
        // … and the word age with its number just after it: "en ålder på minst 18 år, som alkohollagen kräver", "a minimum age of 18, which the law requires".
        // Where English-speaking law sets 21 (US states, for serving alcohol), an English text that names the law may ask it.
        law ??= words.some((x) => LAW.test(x.text))
        const most = law && options.language === 'en' ? 21 : 18
        if (
          (term.concept.id === 'age-number' && legalMinimum(words, a, b, most)) ||
          (term.concept.id === 'age' &&
            numbersIn(words, b, b + 4).length > 0 &&
            legalMinimum(words, a, Math.min(words.length, b + 4), most))
        ) {
          ageLimited ??= words.some((x) => AGE_LIMITED.test(x.text))
          if (law || ageLimited || words.some((x) => AGE_LIMITED_WORK.test(x.text))) lawfulAge = true
        }
        const rest = compoundRest(term, words[b - 1]!, folded)
        if (
          aboutOthers(nfc, words, a, b, {
            kind: options.kind,
            language: options.language,
            rest,
            framed: term.concept.framed,
            person: PERSON_GROUNDS.has(ground) || PERSON_CONCEPTS.has(term.concept.id),
            thing: THINGS.has(term.concept.id),
          })
        ) {
          others.set(a, [...(others.get(a) ?? []), [ground, b]])
          continue
        }
        frame ??= textFrame(words, options.kind, options.language)
        if (ground === 'age') ageLimited ??= words.some((x) => AGE_LIMITED.test(x.text))
        const basis = law || (ground === 'age' && ageLimited)
        found.push({
          span: [a, b],
          match: {
            ground,
            matched: nfc.slice(start, end),
            start,
            end,
            readOnly: term.readOnly,
            concept: term.concept.id,
            frame,
            ...(basis ? { basis: 'law' as const } : {}),
          },
        })
      }
    }
  }
  // The longest reading decides: a word inside a longer phrase of the same ground that is about
  // others is about others too ("retirement" in "retirement age queries").
  for (const {
    span: [a, b],
    match,
  } of found) {
    if (lawfulAge && match.ground === 'age') continue
    let inside = false
    for (let x = Math.max(0, a - LONGEST); x <= a && !inside; x++)
      inside = (others.get(x) ?? []).some(([g, y]) => g === match.ground && b <= y && y - x > b - a)
    if (inside) continue
    const had = best.get(match.ground)
    if (had && match.end - match.start <= had.end - had.start) continue
    best.set(match.ground, match)
  }
  const out = [...best.values()].sort((x, y) => x.start - y.start)
  // A second reader for what the rules would call an error: the veto only softens, never hides.
  // A title that begins with the ground word names the role by it ("Servitris till baren", "Barmaid",
  // "Kristen vaktmästare"): that is the classic discriminating ad, never softened.
  // So is a title that marks the worker by the ground in brackets: "Receptionist (kvinna)".
  const soft = (m: GroundMatch): boolean =>
    !m.basis &&
    !(options.kind === 'title' && ((m.start <= words[0]!.start && namesRole(m, words)) || bracketed(text, m)))
  const lawful: GroundId[] = lawfulAge ? ['age'] : []
  if (!out.some(soft)) return { matches: out, lawful }
  const veto = ordinaryText(text, options)
  return { matches: veto.veto ? out.map((m) => (soft(m) ? { ...m, ordinary: veto.probability } : m)) : out, lawful }
}

/** Whether the match is all a pair of brackets holds: "(kvinna)", "( male )". */
function bracketed(text: string, m: GroundMatch): boolean {
  return /\(\s*$/.test(text.slice(0, m.start)) && /^\s*\)/.test(text.slice(m.end))
}
