import { ScreeningError } from '../errors.js'
import type { Locale, Stage } from '../criteria/schema.js'
import type { Screener } from '../screen/compile-criteria.js'
import type { ScreeningResult } from '../screen/result.js'
import { preparePath } from './prepare-messages.js'
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
  job: {
    title: string
    titleInText: string
    company: string
    url: string | null
    closesAt: string | null
    closesAtTime: string | null
    contact: { name: string; email: string }
  }
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
export function messageContext(
  result: ScreeningResult<boolean>,
  options: RenderOptions & { stage: Stage; locale: Locale },
): MessageContext & { timeZone: string } {
  // A path prepared for this one call: nothing it builds is shared with another.
  return preparePath(options.screener, true).context(result, options)
}

/**
 * Renders the candidate message for a screening result: subject, plain text and HTML, in the
 * stage the result calls for (or the one given) and the candidate's language when the
 * criteria file has reasons in it. Names each unmet requirement by its reason, never the person.
 * For many results of one screener, {@link prepareMessages} renders the same messages at a
 * fraction of the cost.
 *
 * @example
 * ```ts
 * const message = renderMessage(result, { screener, now: new Date() })
 * send({ to, subject: message.subject, text: message.text, html: message.html })
 * ```
 * @category Messages
 */
export function renderMessage(result: ScreeningResult<boolean>, options: RenderOptions): RenderedMessage {
  // Called from JavaScript, an argument may be missing: a typed error that says which.
  if (typeof result !== 'object' || result === null || !Array.isArray(result.criteria))
    throw new ScreeningError('invalid_result', 'renderMessage() needs a result of screen() as its first argument')
  if (typeof options !== 'object' || options === null || typeof options.screener?.screen !== 'function')
    throw new ScreeningError('invalid_option', 'renderMessage() needs { screener, now } as its second argument')
  if (!(options.now instanceof Date) || Number.isNaN(options.now.getTime()))
    throw new ScreeningError(
      'invalid_option',
      'renderMessage() needs { now: Date }: the time is injected, never read from the clock',
    )
  return preparePath(options.screener, true).render(result, options)
}

// Moved to a file of its own; re-exported for old deep imports.
export { titleInText } from './title-in-text.js'
