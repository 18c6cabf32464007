// The file, not the folder: handlebars has no exports map, and Node's ESM resolution needs the extension.
import HandlebarsRuntime from 'handlebars/runtime.js'
import type { Locale, Stage } from '../criteria/schema.js'
import { foldLine, stripBidiControls, stripControls } from '../criteria/control-characters.js'
import { compiledTemplate } from '../criteria/load-templates.js'
import { textIn } from '../criteria/localized.js'
import { ScreeningError } from '../errors.js'
import { parseInstant } from '../logic/dates.js'
import { formatDate } from '../logic/format-date.js'
import { usableName } from '../screen/application.js'
import type { Screener } from '../screen/compile-criteria.js'
import { DEADLINE_ID } from '../screen/deadline.js'
import type { ScreeningResult } from '../screen/result.js'
import { deliveryPolicy, planDelivery } from '../schedule/plan-delivery.js'
import { checkStage, stageFor } from '../schedule/stages.js'
import { htmlDocument } from './html-document.js'
import { htmlToText } from './html-to-text.js'
import { isolateHtml, isolateText, isRightToLeft } from './isolate-name.js'
import { PRECOMPILED } from './precompiled.js'

/**
 * A rendered message: ready to send, with what a mail library needs ({@link toEmail}).
 *
 * @example
 * ```ts
 * const m: RenderedMessage = { stage: 'rejected', locale: 'sv', subject: 'Din ansökan till …', text: 'Hej Maja! …', html: '<!doctype html><html lang="sv">…', replyTo: 'jobb@acme.se', automated: true }
 * ```
 * @category Messages
 */
export interface RenderedMessage {
  stage: Stage
  locale: Locale
  /** One line: no line breaks, no control characters. */
  subject: string
  /** Plain text, no HTML entities; lists as "• " lines (a custom template's HTML as its text: a link as its words and its address in brackets). */
  text: string
  /**
   * A complete, small HTML document with the same content: `lang`, a title, every value
   * escaped, links only to https: and mailto:, no external resources, readable in dark mode and
   * on a phone. A custom template's own markup is limited to what a letter needs (checked when
   * it loads: `<p>`, `<br>`, lists, `<strong>`, `<em>`, `<a href>`, headings, `<blockquote>`,
   * `<hr>`; no images, styles, forms or scripts), and a link whose address is not https: or
   * mailto: when the message is rendered (a `job.url` of http:) is sent as text.
   */
  html: string
  /** Where replies go: messages ask the candidate to reply. */
  replyTo: string
  /**
   * True when a program made the decision the message carries (and the email is marked
   * `Auto-Submitted`): the program's screening answers and the acknowledgement. False for what
   * a person decided ({@link recordDecision}) and for `job-closed`.
   */
  automated: boolean
  /** For `talent-pool`: whether the candidate is asked to opt in (`consent`) or told (`notice`). */
  talentPool?: 'consent' | 'notice'
}

/**
 * What every template receives. All keys are always present (`null` when unknown). No text
 * holds a bidi embedding, override or isolate (U+202A–U+202E, U+2066–U+2069) but the isolates
 * around a right-to-left first name: a criteria object built by hand skips the checks of
 * loading, and these would reorder the rest of the message.
 *
 * @example
 * ```ts
 * // In a template: {{#if candidate.firstName}}Hej {{candidate.firstName}}!{{/if}} … {{#each requirements}}• {{reason}}{{/each}}
 * ```
 * @category Messages
 */
export interface MessageContext {
  /** `firstName` is a usable name or null (no control or bidi characters); a right-to-left one comes isolated (U+2068 … U+2069), so that it cannot reorder the sentence around it. */
  candidate: { firstName: string | null }
  /**
   * `title` is the job title in this language as written (for a subject line, where it stands
   * as a heading); `titleInText` is the same title as it reads in a sentence, a common noun
   * where that is safe ("tjänsten som undersköterska").
   * `closesAtTime` is the local time of the closing as the language writes it ("12.00",
   * "12:00") when the deadline has one.
   */
  job: { title: string; titleInText: string; company: string; url: string | null; closesAt: string | null; closesAtTime: string | null; contact: { name: string; email: string } }
  stage: Stage
  locale: Locale
  /**
   * Candidate-facing reasons of what the deciding party found unmet, in rejection stages only
   * (empty in `received`, `advance` and `job-closed`). The program decided: the unmet
   * requirements (or, when every requirement was met, the unmet preferred criteria). A person
   * decided: exactly the criteria the person gave, never the program's.
   */
  unmet: string[]
  unmetCount: number
  /** True when `unmet` lists requirements rather than preferences. */
  requirementsUnmet: boolean
  /** The unmet ones with their `why` and `advice` (null when the criterion has none), as written. */
  requirements: { reason: string; why: string | null; advice: string | null }[]
  /** True for two or more: the built-in templates show them as a list. */
  severalRequirements: boolean
  /**
   * The `advice` of the unmet ones that have one (only those: advice goes only to a candidate
   * the deciding party found short of that criterion), each as a sentence: a capital first
   * letter and a full stop unless it ends in one.
   */
  advice: string[]
  severalAdvice: boolean
  /**
   * True when the message says that a program decides, on what, and how to reach a person (GDPR
   * art. 13(2)(f) and 22): the program's rejections (`rejected`, `late`, `talent-pool`) and the
   * acknowledgement (`received`: answers are screened automatically), unless a person decided
   * or `messages.automatedDecisionNotice` is false.
   */
  automatedDecision: boolean
  /** Who made the decision the message carries. */
  decidedBy: 'program' | 'person'
  /** A person's reason in their own words, in this language (null when they gave none). */
  personReason: string | null
  /** For `job-closed`: whether the job closed without the position being filled (both false in other stages). */
  jobClosed: { filled: boolean; withoutFilling: boolean }
  /** The privacy notice (`messages.privacyUrl`), or null. */
  privacyUrl: string | null
  /** The candidate survey of this stage (`messages.survey`) with this application's id in it, or null. */
  survey: { url: string | null }
  /** Whom to write to for a person to look again. */
  review: { name: string; email: string }
  /** Where replies go. */
  replyTo: string
  /** How a near miss is kept: `consent` asks to opt in; `period` reads "tolv månader" / "twelve months"; `joinUrl` is the ATS's sign-up link, if given. */
  talentPool: { consent: boolean; period: string; joinUrl: string | null }
  /** Dates the candidate can plan by: when they will hear back (`received`), when the contact person will have called (`advance`), or when the first conversation is booked (`meetingAt`, an invitation); when the interview was (a person's decision after one). */
  timeline: { replyBy: string | null; interviewAt: string | null; meetingAt: string | null }
  /** How the message is signed. */
  signature: string
}

/**
 * Options of {@link renderMessage}.
 *
 * @example
 * ```ts
 * renderMessage(result, { screener, now: new Date(), stage: 'rejected', locale: 'en' })
 * ```
 * @category Messages
 */
export interface RenderOptions {
  /** The screener the result came from (job, contact, templates, policy). */
  screener: Screener
  /** The current time, for the dates in `received` and `advance`. */
  now: Date
  /** The stage; by default the one the result calls for. */
  stage?: Stage
  /** The language; by default the result's locale. */
  locale?: Locale
  /** For `job-closed`: whether the position was filled (default) or the job closed without being filled. */
  jobClosed?: 'filled' | 'closed'
  /** For `advance`: when the first conversation is booked; the message is then an invitation with that day and time, instead of "we will be in touch by …". */
  meetingAt?: Date
  /** The ATS's link for this candidate to join the talent pool (https:), quoted in a `consent` talent-pool message. */
  talentPoolUrl?: string
}

// The Handlebars runtime only: built-in templates are precompiled at build time and custom ones
// are compiled when they load (loadTemplates), so rendering needs no compiler and no `new Function`.
type HelperOptions = { data: { root: unknown } }
type Delegate = (context: unknown, options?: { helpers?: Record<string, unknown> }) => string
interface Runtime {
  create(): Runtime
  registerHelper(name: string, fn: (...args: never[]) => unknown): void
  template(spec: object): Delegate
  helpers: Record<string, unknown>
  SafeString: new (html: string) => object
  Utils: { escapeExpression(s: string): string }
}

/** A private Handlebars runtime: no helpers leak in or out of the host application. */
let runtime: Runtime | undefined
function instance(): Runtime {
  if (runtime) return runtime
  const hb = (HandlebarsRuntime as unknown as Runtime).create()
  hb.registerHelper('list', function (this: unknown, items: unknown, options: HelperOptions) {
    const locale = (options.data.root as MessageContext).locale
    const list = Array.isArray(items) ? items.map(String) : []
    return new Intl.ListFormat(locale === 'sv' ? 'sv' : 'en-GB', { type: 'conjunction' }).format(list)
  })
  hb.registerHelper('date', function (this: unknown, value: unknown, pattern: unknown, options: HelperOptions) {
    const root = options.data.root as MessageContext & { timeZone: string }
    const d = parseInstant(value, root.timeZone)
    if (!d) return ''
    return formatDate(d, typeof pattern === 'string' ? pattern : 'd MMMM yyyy', root.timeZone, root.locale)
  })
  hb.registerHelper('plural', (count: unknown, one: unknown, many: unknown) => (count === 1 ? one : many))
  return (runtime = hb)
}

interface Compiled {
  subject: Delegate
  text: Delegate
  html: Delegate
}

const builtIn = new Map<string, Compiled>()
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#x60;': '`', '&#x3D;': '=' }
/** Undoes Handlebars' escaping, in one pass (so "&amp;lt;" becomes "&lt;", as it was). */
const unescapeHtml = (s: string): string => s.replace(/&(?:amp|lt|gt|quot|#x27|#x60|#x3D);/g, (e) => ENTITIES[e]!)
function builtInTemplate(locale: Locale, stage: Stage): Compiled {
  const key = `${locale}.${stage}`
  let c = builtIn.get(key)
  if (!c) {
    const spec = PRECOMPILED[locale][stage]
    const hb = instance()
    const html = hb.template(spec.html)
    // One spec for the body: the text is the escaped rendering with the escapes undone (the
    // built-in templates have no '&' of their own, which the precompiler checks).
    builtIn.set(key, (c = { subject: hb.template(spec.subject), text: (ctx, options) => unescapeHtml(html(ctx, options)), html }))
  }
  return c
}

const NUMBER_WORDS: Record<Locale, string[]> = {
  sv: ['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
}
/** "tolv månader" / "twelve months"; figures above twelve. */
function monthsText(n: number, locale: Locale): string {
  const count = n <= 12 ? (locale === 'sv' && n === 1 ? 'en' : NUMBER_WORDS[locale][n]!) : String(n)
  return locale === 'sv' ? `${count} ${n === 1 ? 'månad' : 'månader'}` : `${count} ${n === 1 ? 'month' : 'months'}`
}

/**
 * Builds the documented context a template receives for a result (what {@link renderMessage}
 * renders with); useful to test custom templates.
 *
 * @example
 * ```ts
 * messageContext(result, { screener, now, stage: 'rejected', locale: 'sv' }).unmet // ['minst tre års …']
 * ```
 * @category Messages
 */
export function messageContext(result: ScreeningResult<boolean>, options: RenderOptions & { stage: Stage; locale: Locale }): MessageContext & { timeZone: string } {
  const c = options.screener.criteria
  const byId = new Map(c.criteria.map((x) => [x.id, x]))
  const person = result.decision
  const text = (t: { sv?: string | undefined; en?: string | undefined } | undefined) => (t ? (t[options.locale] ?? t[c.locale] ?? null) : null)
  const described = (id: string, fallback: string) => {
    const criterion = byId.get(id)
    return { reason: reasonIn(options.screener, id, options.locale) ?? fallback, why: text(criterion?.why), advice: text(criterion?.advice) }
  }
  let requirements: { reason: string; why: string | null; advice: string | null }[] = []
  let requirementsUnmet = false
  let personReason: string | null = null
  if (PERSON_STAGES.has(options.stage) && person) {
    // A person decided: name exactly what they gave, nothing the program found.
    requirements = person.reasons.criteria.filter((id) => id !== DEADLINE_ID).map((id) => described(id, id))
    requirementsUnmet = person.reasons.criteria.some((id) => byId.get(id)?.required === true)
    personReason = text(person.reasons.text)
  } else if (PROGRAM_REJECTIONS.has(options.stage)) {
    const unmetOf = (test: (r: ScreeningResult<boolean>['criteria'][number]) => boolean) => result.criteria.filter((r) => r.status === 'unmet' && r.id !== DEADLINE_ID && test(r))
    const required = unmetOf((r) => r.required)
    requirements = (required.length ? required : unmetOf((r) => !r.required)).map((r) => described(r.id, r.reason))
    requirementsUnmet = required.length > 0
  }
  const advice = requirements.flatMap((r) => (r.advice ? [asSentence(r.advice)] : []))
  let replyBy: string | null = null
  if (options.stage === 'received' || options.stage === 'advance') replyBy = planDelivery(result, deliveryPolicy(c), { now: options.now, stage: options.stage }).replyBy ?? null
  const messages = c.messages
  const sig = messages?.signature?.[options.locale]
  const closesAtTime = c.job.closesAt && !/^\d{4}-\d{2}-\d{2}$/.test(c.job.closesAt) ? formatDate(parseInstant(c.job.closesAt, c.job.timezone)!, options.locale === 'sv' ? 'HH.mm' : 'HH:mm', c.job.timezone, options.locale) : null
  const pool = messages?.talentPool ?? { mode: 'consent' as const, months: 12 }
  const title = textIn(c.job.title, options.locale, c.locale)
  const context = {
    job: { title, titleInText: titleInText(title), company: c.job.company, url: c.job.url ?? null, closesAt: c.job.closesAt ?? null, closesAtTime, contact: { name: c.job.contact.name, email: c.job.contact.email } },
    stage: options.stage,
    locale: options.locale,
    unmet: requirements.map((r) => r.reason),
    unmetCount: requirements.length,
    requirementsUnmet,
    requirements,
    severalRequirements: requirements.length > 1,
    advice,
    severalAdvice: advice.length > 1,
    automatedDecision: (messages?.automatedDecisionNotice ?? true) && !person && (PROGRAM_REJECTIONS.has(options.stage) || options.stage === 'received'),
    decidedBy: person ? ('person' as const) : ('program' as const),
    personReason,
    jobClosed: { filled: options.stage === 'job-closed' && options.jobClosed !== 'closed', withoutFilling: options.stage === 'job-closed' && options.jobClosed === 'closed' },
    privacyUrl: messages?.privacyUrl ?? null,
    survey: { url: surveyUrl((messages?.survey as Partial<Record<Stage, string>> | undefined)?.[options.stage], result.application.id) },
    review: messages?.reviewContact ?? { name: c.job.contact.name, email: c.job.contact.email },
    replyTo: messages?.replyTo ?? c.job.contact.email,
    talentPool: { consent: pool.mode === 'consent', period: monthsText(pool.months, options.locale), joinUrl: options.talentPoolUrl ?? null },
    timeline: { replyBy, interviewAt: person?.interviewAt ?? null, meetingAt: options.stage === 'advance' && options.meetingAt ? options.meetingAt.toISOString() : null },
    signature: sig ?? `${c.job.contact.name}\n${c.job.company}`,
    timeZone: c.job.timezone,
  }
  // Checked again here: a result may come from a file or be built by hand, not from screen(),
  // and criteria built by hand skip the load checks (no bidi controls in a text).
  return { candidate: { firstName: firstNameOf(result, isolateText) }, ...withoutBidiControls(context) }
}

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
const MINOR_WORDS = new Set(['of', 'and', 'for', 'in', 'the', 'to', 'at', 'on', 'with', 'a', 'an', 'i', 'och', 'på', 'till', 'med', 'för', 'av', 'inom', 'vid'])

/** An advice as a sentence of its own: a capital first letter, and a full stop unless it ends in punctuation. */
function asSentence(text: string): string {
  const t = text.trim()
  const first = [...t][0] ?? ''
  return first.toUpperCase() + t.slice(first.length) + (/[.!?…]$/.test(t) ? '' : '.')
}

/** Every text in a value without bidi embeddings, overrides and isolates. */
function withoutBidiControls<T>(value: T): T {
  if (typeof value === 'string') return stripBidiControls(value) as T
  if (Array.isArray(value)) return value.map(withoutBidiControls) as T
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutBidiControls(v)])) as T
  return value
}

function firstNameOf<T>(result: ScreeningResult<boolean>, isolate: (name: string) => T): T | null {
  const name = usableName(result.application.firstName)
  return name === undefined ? null : isolate(name)
}

// Stages whose reasons come from the program, and those a person's decision fills.
const PROGRAM_REJECTIONS = new Set<Stage>(['rejected', 'late', 'talent-pool'])
const PERSON_STAGES = new Set<Stage>(['rejected-by-person', 'rejected-after-interview'])

/** Whether the email of a stage carries a program's decision (and so `Auto-Submitted`). */
function automatedStage(result: ScreeningResult<boolean>, stage: Stage): boolean {
  if (stage === 'received') return true
  if (stage === 'job-closed' || PERSON_STAGES.has(stage)) return false
  return !result.decision
}

/** The survey address of a stage with the application id in it (URL-encoded), or null. */
function surveyUrl(template: string | undefined, id: string): string | null {
  return template ? template.split('{applicationId}').join(encodeURIComponent(id)) : null
}

function reasonIn(screener: Screener, id: string, locale: Locale): string | undefined {
  return screener.reason(id, locale)
}

/**
 * Renders the candidate message for a screening result: subject, plain text and HTML, in the
 * stage the result calls for (or the one given) and the candidate's language when the
 * criteria file has reasons in it. Names each unmet requirement by its reason, never the person.
 *
 * @example
 * ```ts
 * const message = renderMessage(result, { screener, now: new Date() })
 * send({ to, subject: message.subject, text: message.text, html: message.html })
 * ```
 * @category Messages
 */
export function renderMessage(result: ScreeningResult<boolean>, options: RenderOptions): RenderedMessage {
  const stage = options.stage ?? stageFor(result)
  const locale = options.locale ?? (result.locale as Locale)
  if (options.meetingAt !== undefined && (!(options.meetingAt instanceof Date) || Number.isNaN(options.meetingAt.getTime()) || options.meetingAt.getTime() < options.now.getTime()))
    throw new ScreeningError('invalid_option', 'meetingAt must be a Date after now: the invitation names when the conversation will be')
  if (options.meetingAt !== undefined && stage !== 'advance') throw new ScreeningError('invalid_option', `meetingAt is for the advance message (an invitation), not ${stage}`)
  if (options.jobClosed !== undefined && options.jobClosed !== 'filled' && options.jobClosed !== 'closed')
    throw new ScreeningError('invalid_option', 'jobClosed must be "filled" or "closed"')
  if (stage === 'late' && !options.screener.criteria.job.closesAt)
    throw new ScreeningError('invalid_option', 'the late stage needs job.closesAt in the criteria')
  // A message never tells a candidate something that was not decided.
  checkStage(result, stage)
  if (options.talentPoolUrl !== undefined && !/^https:\/\/[^\s<>"]+$/.test(options.talentPoolUrl))
    throw new ScreeningError('invalid_option', 'talentPoolUrl must be an https: address')
  const named = options.screener.criteria.messages?.templates?.[stage]?.[locale]
  const custom = options.screener.templates?.[stage]?.[locale]
  // The company wrote its own wording for this message: never send the built-in one instead.
  if (named !== undefined && !custom)
    throw new ScreeningError(
      'template_not_loaded',
      `the criteria name a template for ${stage}.${locale} (${named}) that was not loaded: load the file with loadCriteria from autoscreen/node, or pass the template's text to loadTemplates`,
    )
  const compiled = custom ? compiledTemplate(custom) : builtInTemplate(locale, stage)
  const hb = instance()
  const helpers = hb.helpers
  const ctx = messageContext(result, { ...options, stage, locale })
  // In HTML a right-to-left name is isolated by <bdi>, which the escaping must leave as markup.
  const htmlName = firstNameOf(result, (name) => (isRightToLeft(name) ? new hb.SafeString(isolateHtml(hb.Utils.escapeExpression(name))) : name))
  const htmlCtx = { ...ctx, candidate: { firstName: htmlName } }
  // Whatever the values held (a criteria object built by hand skips the load checks), the
  // subject is one line and the bodies carry no control characters (and, from messageContext,
  // no bidi controls).
  const tidy = (s: string) => stripControls(s).replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim()
  const subject = foldLine(compiled.subject(ctx, { helpers })).replace(/\s{2,}/g, ' ').trim()
  // A custom template that writes HTML: its text part is what its HTML shows.
  const markup = 'markup' in compiled && compiled.markup
  const message: RenderedMessage = {
    stage,
    locale,
    subject,
    text: tidy(markup ? htmlToText(compiled.html(ctx, { helpers })) : compiled.text(ctx, { helpers })),
    html: htmlDocument(subject, locale, tidy(compiled.html(htmlCtx, { helpers }))),
    replyTo: ctx.replyTo,
    automated: automatedStage(result, stage),
  }
  if (stage === 'talent-pool') message.talentPool = ctx.talentPool.consent ? 'consent' : 'notice'
  return message
}
