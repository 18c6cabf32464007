// Who a text is about. A ground word counts only when the text asks about, or judges, the
// applicant; in a text about the work ("religionskunskap", "maternity ward", "patienter med
// demens", "erfarenhet av föräldrapenning", "Lärare i religionskunskap") it names a subject, a
// product, a department, a benefit or the people served, and is not a finding.
import { ABOUT_OTHERS } from './concepts/about-others.js'
import type { TextKind } from './lexicon/lexicon.js'
import { compoundParts, headKind } from './morphology.js'
import { fold, type Word } from './phrases.js'

type Lang = 'sv' | 'en'

/**
 * Why a matched ground word is about someone or something other than the applicant.
 * @example
 * ```ts
 * const why: OthersReason = 'compound-head' // religionskunskap: the head is a subject
 * ```
 * @category Lint
 */
export type OthersReason = 'compound-head' | 'phrase-head' | 'hyphen' | 'people-served' | 'topic' | 'title-place'

interface Prepared {
  heads: string[]
  swedish: boolean
  /** Compound heads: the heads and the people who work with a thing. */
  compoundHeads: string[]
  compoundHeadsFolded: string[]
  headSet: Set<string>
  people: (w: string) => boolean
  colleagues: (w: string) => boolean
  persons: Set<string>
  topics: Set<string>
  prepositions: Set<string>
  direct: Set<string>
  stops: Set<string>
  titlePrepositions: Set<string>
  team: Set<string>
  belongs: Set<string>
}

function wordTest(list: readonly string[]): (w: string) => boolean {
  const exact = new Set(list.filter((x) => !x.endsWith('*')).flatMap((x) => [x, fold(x)]))
  const stems = list.filter((x) => x.endsWith('*')).flatMap((x) => [x.slice(0, -1), fold(x.slice(0, -1))])
  // A stem with an ending, not the first part of a compound ("kunder", not "kundtjänstmedarbetare").
  return (w) => exact.has(w) || stems.some((s) => w.startsWith(s) && w.length - s.length <= 5)
}

let prepared: Record<Lang, Prepared> | undefined
function data(language: Lang): Prepared {
  prepared ??= {
    sv: prepare('sv'),
    en: prepare('en'),
  }
  return prepared[language]
}
function prepare(l: Lang): Prepared {
  const d = ABOUT_OTHERS[l]
  return {
    heads: [...d.heads],
    swedish: l === 'sv',
    compoundHeads: [...d.heads, ...d.persons],
    compoundHeadsFolded: [...d.heads, ...d.persons].map(fold),
    headSet: new Set(d.heads.flatMap((h) => [h, fold(h)])),
    people: wordTest(d.people),
    colleagues: wordTest(d.colleagues),
    persons: new Set(d.persons),
    topics: new Set(d.topics),
    prepositions: new Set(d.prepositions),
    direct: new Set(d.direct),
    stops: new Set(d.stops),
    titlePrepositions: new Set(d.titlePrepositions),
    team: new Set(d.team),
    belongs: new Set(d.belongs),
  }
}

// "a headscarf or other religious clothing": what follows "or other" is not the head of the ground word.
const OTHER = new Set(['other', 'any', 'annan', 'annat', 'andra', 'någon', 'något', 'några'])

const FOR = new Set(['för', 'for'])
const AUX = new Set(['är', 'var', 'har', 'hade', 'is', 'are', 'was', 'were', 'has', 'have', 'had'])
const RELATIVE = new Set(['som', 'who', 'that'])
const AFTER = new Set(['efter', 'after', 'following'])
// What follows these is no kind in a list of kinds: "utan religiösa undantag", "under ramadan".
const NOT_A_KIND = new Set(['utan', 'without', 'under', 'during'])
const ARTICLE = new Set(['a', 'an', 'en', 'ett'])
const THEIRS = new Set(['their', 'theirs', 'his', 'its', 'deras', 'hans', 'hennes', 'dess'])
// Verbs of hiring: the people after them are the applicants ("Vi söker personer som är under 30").
const SEEK = new Set([
  'söker',
  'sök',
  'anställer',
  'rekryterar',
  'vill',
  'seek',
  'seeking',
  'want',
  'wants',
  'hire',
  'hiring',
  'recruit',
  'recruiting',
  'welcome',
  'välkomnar',
  'vi',
  'we',
])
// Swedish reflexive possessives: theirs only when the people served are the subject before them.
const REFLEXIVE = new Set(['sin', 'sina', 'sitt'])
const FOR_TO = new Set(['för', 'for', 'åt', 'to'])
const WE = new Set(['we', 'us', 'vi', 'oss'])
const LINK = new Set(['i', 'in', 'of', 'av', 'aged'])
const CONJ = new Set(['and', 'or', 'nor', 'och', 'eller', 'samt', '&'])
// A wish about the applicant before a ground word ("gärna gay", "preferably female"): nothing after it is about others.
const PREFER = new Set(['gärna', 'helst', 'företrädesvis', 'preferably', 'ideally', 'preferred'])
// "Kassör – endast för män": a title's "för" that restricts who may apply leads to no place.
// A role after a place or field in a title: the words before the place describe whoever takes the role.
const TITLE_ROLE =
  /^(assistant|assistants|supervisor|supervisors|manager|managers|worker|workers|associate|associates|clerk|clerks|attendant|attendants|adviser|advisor|operative|operatives|host|hostess|lead|staff|biträde|biträden|medarbetare|chef|ansvarig|säljare|personal|porters|cleaner|cleaners|driver|drivers|cook|cooks|chefs|technician|technicians|officer|officers|coordinator|receptionist|handler|handlers|picker|pickers|packer|packers|hand|hands|porter|vaktmästare|städare|kock|kockar|chaufför|tekniker|handläggare|samordnare|montör|lagerarbetare)$/u
const SEXED = new Set(['male', 'female', 'manlig', 'kvinnlig', 'manliga', 'kvinnliga'])
// A third person in a task ("om en elev säger att hen blir retad för att vara gay", "if a pupil said they were"): the words after are about them.
const HE_SHE_THEY = new Set(['hen', 'han', 'hon', 'they', 'he', 'she'])
// A faith or a body said of the worker in a title when the field after it has none of its own: "Christian Office
// Manager", "Able-Bodied Kitchen Assistant"; "Islamic Art Curator", "Catholic School Teacher" name a kind of art, a school.
const OF_WORKER = new Set([
  'bodied',
  'healthy',
  'christian',
  'muslim',
  'jewish',
  'hindu',
  'sikh',
  'buddhist',
  'catholic',
  'protestant',
  'evangelical',
  'atheist',
  'religious',
  'churchgoing',
  'practising',
  'practicing',
  'devout',
  'observant',
])
const PLAIN_FIELD =
  /^(office|care|sales|admin|administration|customer|warehouse|reception|support|kitchen|delivery|cleaning|security|retail|shop|store|front|accounts|marketing|site|night|home|bar|restaurant|hotel|van|lorry|truck|forklift|production|factory|maintenance|it|software|data|lab|laboratory|dental|pharmacy|nursing|healthcare|payroll|operations|logistics|team|project|events|catering|housekeeping|facilities|building|construction|garden|grounds|transport|call|contact|service|services|personal|line|prep|pastry|grill|sous|head)$/u
const VARIOUS = new Set(['olika', 'alla', 'skilda', 'different', 'various', 'diverse', 'all', 'varied', 'mixed'])
const ONLY = new Set(['endast', 'bara', 'enbart', 'only', 'just', 'solely'])
// Before a ground word in a title these judge the applicant: "no sick leave history", "ingen sjukfrånvaro".
const NONE = new Set(['no', 'ingen', 'inga', 'utan', 'without', 'low', 'låg', 'minimal', 'ej', 'inte', 'not'])
// A benefit and the condition it pays for: "ersättning vid nedsatt arbetsförmåga", "cover for illness".
const CONDITION = new Set([
  'för',
  'for',
  'åt',
  'to',
  'vid',
  'at',
  'against',
  'mot',
  'av',
  'efter',
  'after',
  'during',
  'by',
])
// Words that name the people served by their age: "youth groups aged 12–18", "barngrupper i åldern 3–5".
const GROUP = /(grupp|grupper|gruppen|grupperna|klass|klasser|lag|group|groups|team|teams|class|classes|squad|squads)$/u
const AGED = new Set(['aged', 'ages', 'age', 'åldern', 'åldrarna'])
// Someone in a task: "someone's sexual orientation", "någons".
const SOMEONE = new Set(['someone', 'somebody', 'anyone', 'someones', 'någon', 'någons', 'their'])
const TASK_OPEN = new Set(['how', 'which', 'what', 'hur', 'vilka', 'vilken', 'vilket', 'vad'])
const TASK_MODAL = new Set([
  'would',
  'could',
  'should',
  'will',
  'do',
  'skulle',
  'kan',
  'gör',
  'får',
  'bemöter',
  'förklarar',
  'hanterar',
  'stöttar',
  'vet',
  'tror',
  'think',
])
/** The text between word k and the word after it: the punctuation that may end a phrase, a clause or a part of a title. */
const gapAfter = (text: string, words: readonly Word[], k: number): string =>
  text.slice(words[k]!.end, words[k + 1]!.start)

const REPORT = new Set([
  'tells',
  'told',
  'tell',
  'says',
  'said',
  'say',
  'mentions',
  'mentioned',
  'explains',
  'writes',
  'berättar',
  'berättade',
  'säger',
  'sa',
  'sade',
  'nämner',
  'skriver',
  'förklarar',
])
const THAT = new Set(['that', 'att'])
// After a report Swedish "de" is they too ("gäster säger att de fyllt 18"); elsewhere it is mostly an article.
const REPORTED = new Set([...HE_SHE_THEY, 'de', 'dom'])
/** A third person in a report by someone served, before the ground word in the same sentence: "a pupil tells you (that) she …". */
function reported(
  words: readonly Word[],
  w: (i: number) => string | undefined,
  text: string,
  a: number,
  langs: readonly Lang[],
): boolean {
  for (let k = a - 1; k >= Math.max(1, a - 10); k--) {
    if (/[?.!]/.test(gapAfter(text, words, k))) return false
    if (YOU.any.has(w(k)!)) {
      // "tells you", "berättar för dig": the applicant is only told
      const before = w(k - 1) ?? ''
      if (!REPORT.has(before) && !(before === 'för' && REPORT.has(w(k - 2) ?? ''))) return false
      continue
    }
    if (!REPORTED.has(w(k)!)) continue
    let r = k - 1
    if (THAT.has(w(r) ?? '')) r--
    if (YOU.any.has(w(r) ?? '')) r--
    if (w(r) === 'för') r--
    if (!REPORT.has(w(r) ?? '')) return false
    return [r - 1, r - 2, r - 3].some((j) => j >= 0 && langs.some((l) => data(l).people(w(j)!)))
  }
  return false
}

/** A task question to the applicant: "How would you …", "Which … would you …", "Hur skulle du …", "Vad vet du om …". */
function taskQuestion(words: readonly Word[], w: (i: number) => string | undefined): boolean {
  if (!TASK_OPEN.has(w(0) ?? '')) return false
  for (let k = 1; k < Math.min(words.length - 1, 8); k++)
    if (TASK_MODAL.has(w(k)!) && YOU.any.has(w(k + 1)!)) return true
  return false
}
// A task told of ("Describe a time you …", "Berätta om ett tillfälle då du …"): what it names happened at work.
const TOLD = new Set(['describe', 'tell', 'give', 'share', 'beskriv', 'berätta', 'ge'])
const OCCASION = new Set(['time', 'example', 'occasion', 'situation', 'tillfälle', 'gång', 'exempel'])
function toldTask(words: readonly Word[], w: (i: number) => string | undefined): boolean {
  if (!TOLD.has(w(0) ?? '')) return false
  for (let k = 1; k < Math.min(words.length, 5); k++) if (OCCASION.has(w(k)!)) return true
  return false
}
const THE = new Set(['the', 'den', 'det', 'de'])
// Heads whose "on" or "of" leads to their subject: statistics, studies, sessions.
const ON_HEADS = new Set([
  'data',
  'statistics',
  'stats',
  'census',
  'figures',
  'research',
  'report',
  'reports',
  'survey',
  'surveys',
  'register',
  'groups',
  'group',
  'sessions',
  'workshops',
  'workshop',
  'training',
  'course',
  'courses',
  'talks',
  'talk',
  'discussions',
  'discussion',
  'lecture',
  'lectures',
  'seminar',
  'seminars',
  'policy',
  'policies',
  'guidance',
  'study',
  'studies',
  'sociology',
  'philosophy',
  'psychology',
  'anthropology',
  'theology',
  'phenomenology',
])
// Adjectives of a person's state: "Healthy Sports Therapist" describes the therapist, not the field.
const STATE =
  /^(healthy|fit|disabled|deaf|blind|sick|chronic|neurotypical|able|frisk|friska|funktionsnedsatt|döv|blind|sjuk|neurotypisk)$/u
// Copulas: "är du", "are you".
const BE = new Set(['är', 'var', 'blir', 'bli', 'vara', 'are', 'were', 'be', 'become', 'am', 'is'])
// Plural adjectives that name people ("blinda", "synskadade", "the deaf"), and the prepositions before them.
const NOMINAL: Record<Lang, RegExp> = {
  sv: /^(blinda|döva|dövblinda|sjuka|gravida|unga|äldre|troende|kristna|judiska|muslimska|homosexuella|bisexuella|\p{L}*skadade|\p{L}*hindrade|\p{L}*nedsatta|\p{L}+sjuka|\p{L}+lediga)$/u,
  en: /^(blind|deaf|deafblind|disabled|elderly|sick|young|old|poor|bereaved|homeless|unemployed|dying|faithful)$/u,
}
const PEOPLE_PREP = new Set(['för', 'åt', 'med', 'till', 'bland', 'hos', 'for', 'with', 'among', 'to'])
// Work verbs that open a task question before the pronoun: "Hur bemöter du …", "Hur förklarar du …".
const TASK_SV = new Set([
  'bemöter',
  'bemötte',
  'möter',
  'förklarar',
  'stöttar',
  'stödjer',
  'hjälper',
  'hanterar',
  'behandlar',
  'vårdar',
  'informerar',
  'välkomnar',
  'guidar',
  'lotsar',
  'coachar',
  'undervisar',
  'agerar',
  'reagerar',
  'utformar',
  'designar',
  'anpassar',
  'registrerar',
  'dokumenterar',
  'bedömer',
  'tränar',
  'handleder',
])
// How many words around a match its frame looks at: a sentence, so that a long text stays linear.
const NEAR = 40
// Plurals that name the applicants sought, not people served ("candidates aged 20–30").
// One who applies, in the singular: what a reason or a question says of them is said of the applicant.
const APPLICANT = new Set(['sökande', 'sökanden', 'kandidat', 'kandidaten', 'applicant', 'candidate'])
const APPLICANTS = new Set([
  'candidates',
  'applicants',
  'hires',
  'recruits',
  'graduates',
  'staff',
  'workers',
  'employees',
  'colleagues',
  'members',
  'trainees',
  'apprentices',
  'interns',
  'operatives',
  'assistants',
  'consultants',
  'us',
  'is',
  'was',
  'has',
  'this',
  'its',
  'yes',
  'always',
  'has',
  'as',
  'plus',
])
// A job, not a worker: "sommarjobb för studenter", "summer jobs for 16 to 19 year olds".
const JOBS =
  /(jobb|jobbet|jobben|tjänst|tjänsten|tjänster|anställning|anställningar|praktik|praktikplats|praktikplatser|lärlingsplats|traineeplats|uppdrag|^job|^jobs|^role|^roles|^position|^positions|^vacancy|^vacancies|^opportunity|^opportunities|^placement|^placements|^internship|^internships|^apprenticeship|^apprenticeships|^traineeship|^traineeships|^programme|^program)$/u
// Words of a worker's title by their ending: "fritidsledare", "instructor", "coach".
const ROLE = /(ledare|are|ör|ist|or|er|ant|ent|coach|instruktör)$/u
// Words of a list ("t.ex. hijabs och långa klänningar", "such as"): a topic word reaches over them.
const LISTY = new Set(['och', 'eller', 'and', 'or', 'ex', 'such', 'eg', 'like', 'samt', 'including', 'inklusive'])

// Swedish inflections and linking letters after a head: lärare, lärarna, lärarens …
const INFLECTIONS = new Set([
  '',
  'e',
  'n',
  'en',
  'et',
  'er',
  'erna',
  'ar',
  'arna',
  'or',
  'orna',
  'na',
  'a',
  's',
  'ns',
  'ens',
  'ets',
  'ers',
  'ernas',
  'arnas',
  't',
  'r',
  'rna',
  'ne',
  'ets',
])

/** Whether the rest of a compound after the ground word's stem ends in a head from the list. */
function endsInHead(rest: string, heads: readonly string[]): boolean {
  for (const h of heads) {
    const at = rest.lastIndexOf(h)
    if (at >= 0 && INFLECTIONS.has(rest.slice(at + h.length))) return true
  }
  return false
}

function isHead(w: string | undefined, d: Prepared): boolean {
  if (!w) return false
  if (d.headSet.has(w)) return true
  // A Swedish head with its inflection or as the head of a compound ("avdelningen", "mammaträning").
  return d.swedish && endsInHead(w, d.heads)
}

/**
 * Whether a matched span of a text is about others rather than the applicant, and why.
 * `rest` is what follows the ground word's stem in the last matched word (the rest of a
 * compound: "skunskap" in "religionskunskap"), or undefined when the word matched whole.
 *
 * @example
 * ```ts
 * const words = wordsOf('Lärare i religionskunskap')
 * aboutOthers('Lärare i religionskunskap', words, 2, 3, { kind: 'title', language: 'sv', rest: 'skunskap' }) // 'compound-head'
 * ```
 * @category Lint
 */
export function aboutOthers(
  text: string,
  words: readonly Word[],
  a: number,
  b: number,
  where: {
    kind: TextKind
    language: Lang | undefined
    rest?: string | undefined
    framed?: boolean | undefined
    person?: boolean | undefined
    thing?: boolean | undefined
  },
): OthersReason | undefined {
  const langs: Lang[] = where.language ? [where.language] : ['sv', 'en']
  const folded = where.kind === 'name'
  const w = (i: number): string | undefined => (folded ? words[i]?.folded : words[i]?.text)
  const last = words[b - 1]!
  for (const l of langs) {
    const d = data(l)
    // The head of a compound decides what it is: religionskunskap, modersmålslärare, handikappomsorg.
    if (where.rest && endsInHead(where.rest, folded ? d.compoundHeadsFolded : d.compoundHeads)) return 'compound-head'
  }
  // Heads the list does not name: the morphology's compound split decides, when the ground word
  // is the whole modifier and the head is neither a person nor a property of one
  // ("åldersanalys" is an analysis; "åldersgräns" and "könstillhörighet" stay the applicant's).
  // "Handikappanpassning av fordon": the adaptation of a thing.
  if (where.rest && /anpassning(en|ar|arna)?$/.test(where.rest) && (w(b) === 'av' || w(b) === 'of'))
    return 'compound-head'
  if (where.rest && where.rest.length >= 3 && where.language !== 'en') {
    const word = folded ? last.folded : last.text
    const parts = compoundParts(word)
    if (
      parts &&
      parts.modifiers.join('').length >= word.length - where.rest.length - 1 &&
      headKind(parts.head, 'sv') === 'other' &&
      !askedOfYou(words, a, folded)
    )
      return 'compound-head'
  }
  if (a >= 1 && PREFER.has(w(a - 1)!)) return undefined
  // A match that names the applicant itself ("säger din tro", "your surname is unusual", "read you as a man") is theirs,
  // whatever task or people the rest of the text names ("Hanterar du fläskkött, eller säger din tro nej till det?").
  if (words.slice(a, b).some((x) => YOU.any.has(x.text))) return undefined
  // Kinds after "olika", "different": "olika kön, åldrar och etniciteter", "different genders, ages and ethnicities".
  for (let k = a - 1; k >= Math.max(0, a - 5); k--) {
    const x = w(k)!
    // "alla helger och högtider utan religiösa undantag": what follows "utan", "without" is no kind in the list.
    if (YOU.any.has(x) || AUX.has(x) || NOT_A_KIND.has(x)) break
    if (
      VARIOUS.has(x) &&
      (k === a - 1 ||
        words.slice(k + 1, a).some((y) => CONJ.has(y.text)) ||
        text.slice(words[k]!.end, words[a]!.start).includes(','))
    )
      return 'topic'
  }
  // "Income Protection & Critical Illness": a product, then another after an ampersand.
  for (const k of [a - 1, a - 2])
    if (k >= 1 && w(k) === '&') for (const l of langs) if (isHead(w(k - 1), data(l))) return 'phrase-head'
  // A group named by an age with a plural s glued to the number ("Over-65s", "the under-25s"): people, not the applicant.
  if (
    where.framed &&
    where.kind !== 'title' &&
    ((/^(over|under)$/.test(w(a) ?? '') && last.text === 's') ||
      (/^\d+$/.test(last.text) && w(b) === 's' && words[b]!.start === last.end))
  )
    return 'people-served'
  // Care after a treatment is the patients' ("vårdat patienter efter könsbekräftande kirurgi", "patients after surgery").
  if (a >= 2 && AFTER.has(w(a - 1)!) && langs.some((l) => data(l).people(w(a - 2)!))) return 'people-served'
  // A parenthesis after the head of a phrase lists its kinds: "hate crime cases (race, religion, sexual orientation)".
  if (!where.framed) {
    // Within the sentence around the match: the lint runs on every pause in typing, and a long note must stay linear.
    const from = Math.max(0, words[a]!.start - 300)
    const near = text.slice(from, words[a]!.start).lastIndexOf('(')
    const open = near < 0 ? -1 : from + near
    if (open >= 0 && !text.slice(open, words[a]!.start).includes(')')) {
      let before = -1
      for (let k = a - 1; k >= 0; k--)
        if (words[k]!.end <= open) {
          before = k
          break
        }
      if (before >= 0) for (const l of langs) if (data(l).headSet.has(w(before)!)) return 'phrase-head'
    }
  }
  // Someone served reports something of a third person ("a pupil tells you she is being teased for
  // being lesbian", "en elev berättar att han blir retad för att vara homosexuell"): the words after are theirs.
  if (reported(words, w, text, a, langs)) return 'people-served'
  if (where.framed) {
    // "Over-60s fitness classes": a head after the number makes it a kind of thing.
    if (/^(\d+|s)$/.test(last.text))
      for (const l of langs) {
        const d = data(l)
        const n = w(b) === 's' ? b + 1 : b
        if (isHead(w(n), d) || isHead(w(n + 1), d)) return 'phrase-head'
      }
    // "the over-65s", "the under-25s": a group of people named by their age, not the applicant.
    if ((last.text === 's' || w(b) === 's') && w(a - 1) === 'the') return 'people-served'
    // A number about the people served is theirs: "användare över 80 år", "unga 13–19 år".
    // But "för studenter 18–22 år" says whom the job is for: the applicants.
    for (const l of langs) {
      const d = data(l)
      // "youth groups aged 12–18": an age after a group or a thing is theirs.
      // An English plural noun before "aged" is a group too ("teenagers aged 13–17"): the applicant is one person, unless the plural names the applicants.
      const groupish = (x: string | undefined): boolean =>
        x !== undefined &&
        (isHead(x, d) ||
          d.people(x) ||
          GROUP.test(x) ||
          (l === 'en' && /[^s]s$/.test(x) && x.length > 3 && !APPLICANTS.has(x)))
      if (a >= 1 && AGED.has(w(a)!) && (groupish(w(a - 1)) || (LINK.has(w(a - 1)!) && a >= 2 && groupish(w(a - 2)))))
        return 'people-served'
      if (
        a >= 2 &&
        AGED.has(w(a - 1)!) &&
        (groupish(w(a - 2)) || (LINK.has(w(a - 2)!) && a >= 3 && groupish(w(a - 3))))
      )
        return 'people-served'
      // A pattern that starts with the people ("personer över 65"): theirs after a thing for them or a topic of the work,
      // not after a verb of hiring ("Vi söker personer över 30").
      if (d.people(w(a)!) && a >= 1) {
        // "bygga ålderskontroller som håller personer under 18 borta": the object of a work verb.
        if (d.direct.has(w(a - 1)!)) return 'topic'
      }
      // A task question ("How would you design onboarding for users over 60?"): the people in the task.
      if (taskQuestion(words, w) && [a - 1, a - 2].some((k) => k >= 0 && d.people(w(k)!))) return 'people-served'
      // … or named right after the number with an article before it: "How would you settle a 15-year-old exchange student?".
      if (taskQuestion(words, w) && ARTICLE.has(w(a - 1) ?? '') && [b, b + 1, b + 2].some((k) => d.people(w(k) ?? '')))
        return 'people-served'
      if (d.people(w(a)!) && a >= 2) {
        if (FOR_TO.has(w(a - 1)!) && isHead(w(a - 2), d)) return 'phrase-head'
        for (let k = a - 1; k >= Math.max(1, a - 6); k--) {
          if (d.stops.has(w(k)!) || SEEK.has(w(k)!)) break
          if (d.prepositions.has(w(k)!) && d.topics.has(w(k - 1)!)) return 'topic'
        }
      }
      // A plural of an age after a preposition ("sessions for 13 to 19 year olds", "läger för 12–15-åringar"): a group served, unless the work is a job for them.
      if (
        (/^(olds|åringar|åringarna)$/.test(last.text) || /^(olds|åringar|åringarna)$/.test(w(b) ?? '')) &&
        a >= 1 &&
        (d.belongs.has(w(a - 1)!) || d.prepositions.has(w(a - 1)!)) &&
        !JOBS.test(w(a - 2) ?? '')
      )
        return 'people-served'
      // A pattern that starts with the verb of a relative clause ("patienter som är över 65 år").
      if (a >= 2 && AUX.has(w(a)!) && RELATIVE.has(w(a - 1)!) && d.people(w(a - 2)!) && !SEEK.has(w(a - 3) ?? ''))
        return 'people-served'
      // … also in a relative clause: "tenants who are over 65", "hyresgäster som är över 65".
      if (
        a >= 3 &&
        AUX.has(w(a - 1)!) &&
        RELATIVE.has(w(a - 2)!) &&
        d.people(w(a - 3)!) &&
        !FOR.has(w(a - 4) ?? '') &&
        !SEEK.has(w(a - 4) ?? '') &&
        !SEEK.has(w(a - 5) ?? '')
      )
        return 'people-served'
      // "ideal for a student in their early 20s": one person, with an article, is the applicant sought.
      if (a < 1 || !d.people(w(a - 1)!) || ARTICLE.has(w(a - 2) ?? '')) continue
      if (!FOR.has(w(a - 2) ?? '')) return 'people-served'
      // "Fritidsledare för unga 16–25 år": a worker for the people named serves them; "sommarjobb för studenter 18–22 år" is a job for them.
      if (
        a >= 3 &&
        !JOBS.test(w(a - 3)!) &&
        !SEEK.has(w(a - 3)!) &&
        (d.persons.has(w(a - 3)!) || endsInHead(w(a - 3)!, [...d.persons]) || ROLE.test(w(a - 3)!))
      )
        return 'people-served'
      // A thing made or run for the people named: "Pension transfers for clients over 55", "bostäder för personer över 65".
      // An English plural that is neither a job nor the applicants is a thing too ("Holiday bookings for guests over 60").
      if (
        a >= 3 &&
        (isHead(w(a - 3), d) ||
          (l === 'en' && /^\p{L}{4,}[^s]s$/u.test(w(a - 3)!) && !JOBS.test(w(a - 3)!) && !APPLICANTS.has(w(a - 3)!)))
      )
        return 'phrase-head'
      // … unless they are the topic of the work: "erfarenhet av fritidsverksamhet för unga 13–19 år".
      for (let k = a - 3; k >= Math.max(1, a - 6); k--)
        if (d.prepositions.has(w(k)!) && d.topics.has(w(k - 1)!)) return 'topic'
    }
    return undefined
  }
  // An elided compound ("köns- och åldersfördelning") says which kind; so does a hyphenated one
  // whose second part is a thing ("age-appropriate", "HBTQ-certifierad"), not "female-presenting".
  if (text.startsWith('- ', last.end)) return 'hyphen'
  if (text.startsWith('-', last.end) && words[b]?.start === last.end + 1)
    for (const l of langs) {
      const d = data(l)
      const next = w(b)!
      if (isHead(next, d) || d.persons.has(next) || endsInHead(next, d.compoundHeads)) return 'hyphen'
    }
  for (const l of langs) {
    const d = data(l)
    // The next noun decides: "maternity ward", "women's clothing department", "religious education".
    let n = b
    if (w(n) === 's') n++
    // Across a dash, colon, comma, bracket or a spaced slash ("Girl Friday / Office Junior") the next word starts a phrase of its own: "Native Swedish Speaker – Customer Support Agent".
    // A sentence ends the phrase too: "Du är väl inte gay? Kunderna här …".
    const cut = n < words.length && /[–—:;()?!]|\.\s|\s[-/]\s/u.test(text.slice(last.end, words[n]!.start))
    if (!cut) {
      // "Male Care Assistant": in a title, male or female before "<field> <worker>" describes the worker.
      // … and so does a word that describes a person before "<place> <role>": "Native British Store Supervisor", "Straight-Acting Shop Assistant".
      const worker =
        where.person || (where.kind === 'title' && OF_WORKER.has(w(b - 1)!) && PLAIN_FIELD.test(w(n) ?? ''))
      if (
        isHead(w(n), d) &&
        !(
          where.kind === 'title' &&
          (SEXED.has(w(b - 1)!) || worker) &&
          (d.persons.has(w(n + 1) ?? '') || TITLE_ROLE.test(w(n + 1) ?? ''))
        )
      )
        return 'phrase-head'
      // "mental health nurse": a field before a person who works in it; "female nurse" is the applicant.
      if (!where.person && d.persons.has(w(n) ?? '')) return 'phrase-head'
      // … also with a noun of the field between: "Sickness Absence Coordinator", "sjukfrånvaro­ärende handläggare".
      if (
        (!worker || isHead(last.text, d)) &&
        !STATE.test(w(a)!) &&
        d.persons.has(w(n + 1) ?? '') &&
        w(n) !== undefined &&
        /^\p{L}{3,}$/u.test(w(n)!) &&
        !d.stops.has(w(n)!) &&
        !d.prepositions.has(w(n)!) &&
        !CONJ.has(w(n)!) &&
        !ARTICLE.has(w(n)!) &&
        !NONE.has(w(a - 1) ?? '') &&
        !ONLY.has(w(n)!)
      )
        return 'phrase-head'
      // A list of kinds before one head: "muslimsk, judisk eller kristen tradition", "Hindu and Sikh families".
      for (let j = n; j <= n + 2; j++)
        if (CONJ.has(w(j) ?? '') && !OTHER.has(w(j + 1) ?? '')) {
          if ([j + 1, j + 2].some((k) => isHead(w(k), d))) return 'phrase-head'
          if ([j + 1, j + 2].some((k) => w(k) !== undefined && d.people(w(k)!))) return 'people-served'
        }
      // The people served: "äldre patienter", "patients with dementia", "residents' religion".
      // … unless the applicant is one of them: "Are you a wheelchair user?".
      // "Are you a wheelchair user?", "är du en …": the pronoun with a copula; "stöttar du en gravid patient" is a task.
      const you = YOU.any.has(w(a - 1) ?? '')
        ? a - 1
        : ARTICLE.has(w(a - 1) ?? '') && YOU.any.has(w(a - 2) ?? '')
          ? a - 2
          : -1
      const youAre = you >= 0 && (BE.has(w(you - 1) ?? '') || BE.has(w(you + 1) ?? ''))
      if (w(n) !== undefined && d.people(w(n)!) && !youAre) return 'people-served'
    }
    if (a >= 1 && d.people(w(a - 1)!)) return 'people-served'
    if (a >= 2 && w(a - 1) === 's' && d.people(w(a - 2)!)) return 'people-served'
    // A third person's possession: "clients about their pension age", "elevernas och deras religion".
    // In a reason with no one else named, "their" is the applicant sought: "English as their mother tongue".
    if (
      ((a >= 1 && THEIRS.has(w(a - 1)!)) || (a >= 2 && THEIRS.has(w(a - 2)!) && !d.stops.has(w(a - 1)!))) &&
      (where.kind !== 'reason' || words.slice(0, a).some((x) => d.people(x.text) || d.colleagues(x.text)))
    )
      return 'people-served'
    // A reflexive back to the people served: "hjälpa boende att ta sina mediciner".
    if (a >= 3 && REFLEXIVE.has(w(a - 1)!))
      for (let k = a - 2; k >= Math.max(0, a - 8); k--) {
        if (d.stops.has(w(k)!)) break
        if (d.people(w(k)!)) return 'people-served'
      }
    // The people served as the subject: "clients plan to retire", "refugees who have lived in Sweden".
    // Not after the second person ("Are you a member of any religious community?") nor across a
    // preposition ("members of"), but "to" may lead to the verb.
    if (!words.slice(Math.max(0, a - NEAR), a).some((y) => YOU.any.has(y.text)))
      for (let k = a - 2; k >= Math.max(0, a - 4); k--) {
        const x = w(k)!
        // A comma ends the clause: "som passar våra kunder, alltså inte homosexuell" is about the applicant.
        if (/[,;:]/.test(gapAfter(text, words, k))) break
        // In a title a part of its own that is the ground phrase alone describes the worker: "Customer Advisor – Native English Speaker"
        // (not "Youth Worker – LGBTQ+ Drop-in", "Youth Worker (ages 11–18)": the people served, then their service or ages).
        if (
          where.kind === 'title' &&
          /[–—(]|\s-\s/u.test(gapAfter(text, words, a - 1)) &&
          (b === words.length || /[–—()]|\s-\s/u.test(gapAfter(text, words, b - 1)))
        )
          break
        if (d.stops.has(x) || (d.prepositions.has(x) && !(x === 'to' && k === a - 1))) break
        if (d.people(x)) return 'people-served'
      }
    // "barn i åldern 1–5 år", "children aged 3–5", "patients of every age".
    if (a >= 2 && LINK.has(w(a - 1)!) && d.people(w(a - 2)!)) return 'people-served'
    // "sports teams aged 10–14", "youth groups aged 12–18": the ages of a group served.
    if (a >= 1 && AGED.has(w(a)!) && (GROUP.test(w(a - 1)!) || isHead(w(a - 1), d))) return 'people-served'
    for (let k = a - 1; k >= Math.max(0, a - 6); k--) {
      const x = w(k)!
      // A relative clause about the people served may have its own verb: "kunder som är gravida",
      // "refugees who have lived in Sweden"; not about colleagues ("medarbetare som är unga" is a requirement).
      if (AUX.has(x) && k >= 2 && RELATIVE.has(w(k - 1)!) && d.people(w(k - 2)!)) return 'people-served'
      // "children whose parents were born abroad", "barn vars föräldrar är födda utomlands": their relatives, not the applicant's.
      if (AUX.has(x) && k >= 3 && (w(k - 2) === 'whose' || w(k - 2) === 'vars') && d.people(w(k - 3)!))
        return 'people-served'
      if (d.stops.has(x)) break
      // "en sökande som inte …", "an applicant who …": the one who applies is the applicant, not someone served.
      if (
        (x === 'med' ||
          x === 'with' ||
          x === 'som' ||
          x === 'who' ||
          x === 'whose' ||
          x === 'vars' ||
          x === 'having') &&
        k >= 1 &&
        !APPLICANT.has(w(k - 1)!) &&
        (d.people(w(k - 1)!) || d.colleagues(w(k - 1)!))
      )
        return 'people-served'
    }
    // "bland boende", "för de äldre": the people right after the link, or after an article ("a woman to greet guests" is the applicant).
    // Not across a comma, nor "för gästernas skull" (for their sake: a motive, not whom the words are about).
    const linked =
      words[b] !== undefined &&
      !/[,;:.–—]/u.test(text.slice(last.end, words[b]!.start)) &&
      w(b + 2) !== 'skull' &&
      w(b + 3) !== 'skull' &&
      w(b + 2) !== 'sake' &&
      w(b + 3) !== 'sake'
    // … not the applicant's own: "explain your disability to customers", "din diabetes för en kund".
    if (
      linked &&
      !YOU.any.has(w(a - 1) ?? '') &&
      d.belongs.has(w(b) ?? '') &&
      (d.people(w(b + 1) ?? '') ||
        ((ARTICLE.has(w(b + 1) ?? '') || THE.has(w(b + 1) ?? '') || THEIRS.has(w(b + 1) ?? '')) &&
          d.people(w(b + 2) ?? '')))
    )
      return 'people-served'
    // What the people served come for: "visitors for Friday prayers", "besökare till fredagsbönen".
    if ([a - 1, a - 2].some((k) => k >= 1 && FOR_TO.has(w(k)!) && d.people(w(k - 1)!) && !YOU.any.has(w(k + 1) ?? '')))
      return 'people-served'
    // Colleagues the work is about, with the ground word after them: "managed staff returning from parental leave", "kollegor som är föräldralediga".
    for (let k = a - 1; k >= Math.max(0, a - 4); k--) {
      const x = w(k)!
      if (d.stops.has(x) || YOU.any.has(x)) break
      if (d.colleagues(x) && k < a - 1 && !SEEK.has(w(k - 1) ?? '') && !WE.has(w(k - 1) ?? '')) return 'people-served'
    }
    // A list of the people served: "patients over 65 or pregnant women", "barn, ungdomar eller gravida".
    if (a >= 2 && CONJ.has(w(a - 1)!) && [a - 2, a - 3, a - 4].some((k) => k >= 0 && d.people(w(k)!)))
      return 'people-served'
    if (a >= 3 && CONJ.has(w(a - 2)!) && [a - 3, a - 4, a - 5].some((k) => k >= 0 && d.people(w(k)!)))
      return 'people-served'
    // A task question ("How would you make a young person feel welcome?", "Hur skulle du förklara asylprocessen för en nyanländ familj?"):
    // the ground word describes someone in the task, not the applicant.
    if (taskQuestion(words, w)) {
      // What is explained or shown to the people in the task: "How would you explain epilepsy to a newly diagnosed patient?".
      if (!YOU.any.has(w(a - 1) ?? ''))
        for (let k = b; k < Math.min(words.length - 1, b + 5); k++) {
          if (YOU.any.has(w(k)!) || /[?.!]/.test(gapAfter(text, words, k - 1))) break
          if (FOR_TO.has(w(k)!) && [k + 1, k + 2, k + 3, k + 4].some((j) => d.people(w(j) ?? ''))) return 'topic'
        }
      // The last article, "someone" or person served before the ground word, with no "you" after it.
      const near = words.slice(Math.max(0, a - 6), a)
      let j = near.length - 1
      while (
        j >= 0 &&
        !(
          ARTICLE.has(near[j]!.text) ||
          SOMEONE.has(near[j]!.text) ||
          THEIRS.has(near[j]!.text) ||
          HE_SHE_THEY.has(near[j]!.text) ||
          d.people(near[j]!.text)
        )
      )
        j--
      if (j >= 0 && !near.slice(j).some((x) => YOU.any.has(x.text))) return 'topic'
      // The ground word names the people in the task itself: "Hur tror du att vi kan få fler pensionärer att följa med?".
      if (d.people(w(a)!) && !words.slice(Math.max(0, a - 3), a).some((x) => YOU.any.has(x.text))) return 'topic'
    }
    // A plural adjective for people after a preposition names the people served: "ledarhundar för blinda eller synskadade", "for the deaf".
    if (
      b === a + 1 &&
      NOMINAL[l].test(w(a)!) &&
      !d.people(w(b) ?? '') &&
      !isHead(w(b), d) &&
      !d.persons.has(w(b) ?? '')
    ) {
      let k = a - 1
      if (l === 'en' && w(k) === 'the') k--
      if (CONJ.has(w(k) ?? '') && NOMINAL[l].test(w(k - 1) ?? '')) k -= 2
      if (l === 'en' && w(k) === 'the') k--
      if (k >= 0 && (PEOPLE_PREP.has(w(k)!) || (l === 'en' && w(k + 1) === 'the'))) return 'people-served'
    }
    // The topic of the work: "erfarenhet av demens", "knowledge of Islam", "teach religious education".
    // Not the team the applicant would join: "jobba i ett ungt gäng" is the workplace, asked of them.
    const joinsTeam = d.team.has(last.text)
    for (let k = a - 1; k >= Math.max(0, a - 8); k--) {
      const x = w(k)!
      // In a title a dash or a bracket starts a part of its own: "Game Host - Native English Speaker", "Service Engineer (Gentleman)".
      if (where.kind === 'title' && /[–—(]|\s-\s/u.test(gapAfter(text, words, k))) break
      // "Vad vet du om …": a topic word, the pronoun, then the preposition.
      if (d.prepositions.has(x) && k >= 2 && YOU.any.has(w(k - 1)!) && d.topics.has(w(k - 2)!)) return 'topic'
      // "talk with patients about death, faith …": what the people served talk about.
      if ((x === 'about' || x === 'om') && k >= 1 && d.people(w(k - 1)!)) return 'topic'
      // "Hur bemöter du en familj", "Hur stöttar du en gravid patient": a work verb before the pronoun in a question.
      if ((x === 'du' || x === 'ni') && k >= 1 && TASK_SV.has(w(k - 1)!)) return 'topic'
      if (d.stops.has(x)) break
      // "Describe a time you adapted a session for someone with a learning disability": someone in a task is someone served.
      if (
        (x === 'with' || x === 'med') &&
        SOMEONE.has(w(k - 1) ?? '') &&
        (taskQuestion(words, w) || toldTask(words, w))
      )
        return 'people-served'
      // "Care assistant with a clean bill of health": "with a" gives the applicant a property, not a topic.
      if ((x === 'with' || x === 'med') && ARTICLE.has(w(k + 1) ?? '') && k === a - 2) break
      // "handled pension transfers for retirees": a work verb, its object, then the people it was for.
      if (
        d.direct.has(x) &&
        (k >= a - 2 ||
          words.slice(k + 1, a).some(
            (y) =>
              LISTY.has(y.text) ||
              FOR_TO.has(y.text) ||
              d.prepositions.has(y.text) ||
              y.text === 'on' ||
              // "advised clients approaching retirement": the people the work was for, then what they are.
              d.people(y.text),
          ))
      )
        return 'topic'
      // "census data on country of birth", "the comparative study of religion", "discussion groups on gender identity".
      if ((x === 'on' || x === 'of') && k >= 1 && ON_HEADS.has(w(k - 1)!)) return 'phrase-head'
      // "clothing for plus-size women", "boende för äldre": a thing made or run for the people named.
      if (CONDITION.has(x) && k >= 1 && isHead(w(k - 1), d)) return 'phrase-head'
      // "any degree of hearing loss": a measure, not a degree studied.
      if (joinsTeam || (x === 'of' && w(k - 1) === 'degree' && w(k - 2) !== 'a')) continue
      // "anything we should know about": our knowledge is no topic of the work.
      if (
        d.prepositions.has(x) &&
        k >= 1 &&
        d.topics.has(w(k - 1)!) &&
        !WE.has(w(k - 2) ?? '') &&
        !WE.has(w(k - 3) ?? '')
      )
        return 'topic'
      if (d.prepositions.has(x) && k >= 2 && d.topics.has(w(k - 2)!) && !d.stops.has(w(k - 1)!)) return 'topic'
    }
  }
  // A job title is about the job: after "i", "till", "to", "in" comes its place or subject
  // ("Barnmorska till förlossningen", "Nurse in the maternity ward"), unless it is the team.
  // After a dash or colon a title names the field ("Löneadministratör – föräldrapenning",
  // "Handläggare: sjukersättning") when the ground word is a thing handled (a leave, a benefit);
  // a word about a person ("Säljare – 20–30 år", "Kyrkvaktmästare – aktiv kristen") stays.
  if (where.kind === 'title' && where.thing && a >= 1 && !NONE.has(w(a - 1)!)) {
    if (/\s[–—-]\s|:/u.test(text.slice(words[0]!.end, words[a]!.start))) return 'title-place'
    // "Försäkringsutredare sjukpenning", "Handläggare föräldrapenning": a worker, then the thing handled.
    for (const l of langs)
      if (a === 1 && (data(l).persons.has(w(0)!) || endsInHead(w(0)!, [...data(l).persons]))) return 'title-place'
  }
  if (where.kind === 'title')
    for (const l of langs) {
      const d = data(l)
      // A dash or colon starts a new part of the title: "Värd i foajén – nordiskt utseende".
      let from = Math.max(0, a - 3)
      for (let k = a - 1; k >= from; k--) if (/[–—:]|\s-\s/u.test(gapAfter(text, words, k))) from = k + 1
      const prep = words
        .slice(from, a)
        .some(
          (x, i, near) =>
            d.titlePrepositions.has(x.text) && !ONLY.has(near[i - 1]?.text ?? '') && !ONLY.has(near[i + 1]?.text ?? ''),
        )
      // "– gärna i ett heterosexuellt förhållande": a preference names what is wished of the applicant, not a place.
      if (words.slice(from, a).some((x) => PREFER.has(x.text))) continue
      const team = words.slice(a, a + NEAR).some((x) => d.team.has(x.text))
      if (prep && !team) return 'title-place'
    }
  return undefined
}

// "Har du sjukdomshistorik?", "din pensionsavgång": a compound the curated heads do not name,
// asked of the applicant with no work verb between, is the applicant's.
function askedOfYou(words: readonly Word[], a: number, folded: boolean): boolean {
  const sv = data('sv')
  const en = data('en')
  for (let k = a - 1; k >= Math.max(0, a - 3); k--) {
    const x = folded ? words[k]!.folded : words[k]!.text
    if (sv.direct.has(x) || sv.topics.has(x) || en.direct.has(x) || en.topics.has(x)) return false
    if (YOU.any.has(x)) return true
  }
  return false
}

/**
 * Whether a text speaks to the applicant: the second person, a question, or the place a text
 * stands in (a field name, an option, a reason all concern the applicant).
 * @example
 * ```ts
 * textFrame(wordsOf('Har du barn?'), 'label', 'sv') // 'candidate'
 * ```
 * @category Lint
 */
export function textFrame(words: readonly Word[], kind: TextKind, language: Lang | undefined): 'candidate' | 'work' {
  if (kind === 'name' || kind === 'value' || kind === 'reason') return 'candidate'
  const you = language === 'en' ? YOU.en : language === 'sv' ? YOU.sv : YOU.any
  return words.some((w) => you.has(w.text)) ? 'candidate' : 'work'
}
const YOU_SV = ['du', 'dig', 'din', 'dina', 'ditt', 'er', 'era', 'ert', 'ni']
const YOU_EN = ['you', 'your', 'yours', 'yourself']
const YOU = { sv: new Set(YOU_SV), en: new Set(YOU_EN), any: new Set([...YOU_SV, ...YOU_EN]) }
