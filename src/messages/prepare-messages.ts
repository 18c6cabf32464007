// The file, not the folder: handlebars has no exports map, and Node's ESM resolution needs the extension.
import HandlebarsRuntime from 'handlebars/runtime.js'
import type { Criterion, Locale, Stage } from '../criteria/schema.js'
import { countWord } from '../criteria/number-words.js'
import { foldLine, stripBidiControls, stripControls } from '../criteria/control-characters.js'
import { compiledTemplate } from '../criteria/load-templates.js'
import { textIn } from '../criteria/localized.js'
import { ScreeningError } from '../errors.js'
import { parseInstant } from '../time/dates.js'
import { formatDate } from '../time/format-date.js'
import { usableName } from '../screen/application.js'
import type { Screener } from '../screen/compile-criteria.js'
import { DEADLINE_ID } from '../screen/deadline.js'
import type { ScreeningResult } from '../screen/result.js'
import {
  deliveryPolicy,
  prepareDelivery,
  type DeliveryPlan,
  type PlanOptions,
  type PreparedDelivery,
  type ResolvedPolicy,
} from '../schedule/plan-delivery.js'
import { checkStage, stageFor } from '../schedule/stages.js'
import { htmlDocument } from './html-document.js'
import { htmlToText } from './html-to-text.js'
import { isolateHtml, isRightToLeft } from './isolate-name.js'
import { PRECOMPILED } from './precompiled.js'
import type { MessageContext, RenderedMessage, RenderOptions } from './render-message.js'
import { titleInText } from './title-in-text.js'
import { toEmail, type Email } from './to-email.js'

/**
 * Options of {@link PreparedMessages.renderMessage}: those of {@link renderMessage} but the
 * screener, which the prepared path holds.
 *
 * @example
 * ```ts
 * const options: PreparedRenderOptions = { now: new Date(), stage: 'rejected', locale: 'sv' }
 * ```
 * @category Messages
 */
export type PreparedRenderOptions = Omit<RenderOptions, 'screener'>

/**
 * The whole path after screening, prepared for one screener ({@link prepareMessages}): what
 * does not depend on the result (the templates of each stage and language, the job's texts and
 * dates in each language, the criteria's reasons, the delivery policy and its calendar with each
 * year's holidays) is worked out once, when first needed, and kept in this object. Each method
 * returns exactly what the function of the same name returns for the same arguments.
 *
 * @example
 * ```ts
 * const path = prepareMessages(screener)
 * const message = path.renderMessage(result, { now })
 * const plan = path.planDelivery(result, { now, stage: message.stage })
 * queue.at(plan.sendAt, path.toEmail(message, { from: 'Acme <jobb@acme.se>', to: candidate.email }))
 * ```
 * @category Messages
 */
export interface PreparedMessages {
  /** The screener the messages are for. */
  readonly screener: Screener
  /** The screener's delivery policy ({@link deliveryPolicy}), resolved once. */
  readonly policy: ResolvedPolicy
  /** The prepared planner of that policy ({@link prepareDelivery}), built once: for {@link reviewTask} and {@link PreparedDelivery.nextWorkingMoment}. */
  readonly delivery: PreparedDelivery
  /** {@link renderMessage} with this screener. */
  renderMessage(result: ScreeningResult<boolean>, options: PreparedRenderOptions): RenderedMessage
  /** {@link planDelivery} with this screener's delivery policy. */
  planDelivery(result: ScreeningResult<boolean>, options: PlanOptions): DeliveryPlan
  /** {@link toEmail}. */
  toEmail(message: RenderedMessage, options: { from: string; to: string; replyTo?: string }): Email
}

/**
 * Prepares the message path of a screener: {@link renderMessage}, {@link planDelivery} (with
 * the screener's {@link deliveryPolicy}) and {@link toEmail}, with everything that does not
 * depend on the result resolved once and kept in the returned object, and nowhere else. Keep
 * one beside the screener for as long as it screens; results are identical to the unprepared
 * calls, at a fraction of their cost per application.
 *
 * @example
 * ```ts
 * const path = prepareMessages(screener)
 * for (const result of results) {
 *   const message = path.renderMessage(result, { now })
 *   const plan = path.planDelivery(result, { now, stage: message.stage })
 *   await queue.at(plan.sendAt, path.toEmail(message, { from: 'Acme <jobb@acme.se>', to: emails[result.application.id] }))
 * }
 * ```
 * @category Messages
 */
export function prepareMessages(screener: Screener): PreparedMessages {
  const path = preparePath(screener)
  return {
    screener,
    get policy() {
      return path.delivery().policy
    },
    get delivery() {
      return path.delivery()
    },
    renderMessage: (result, options) => path.render(result, options),
    planDelivery: (result, options) => path.delivery().planDelivery(result, options),
    toEmail,
  }
}

/** The prepared path's working parts, for renderMessage and messageContext. */
export interface PreparedPath {
  delivery(): PreparedDelivery
  context(
    result: ScreeningResult<boolean>,
    options: PreparedRenderOptions & { stage: Stage; locale: Locale },
  ): MessageContext & { timeZone: string }
  render(result: ScreeningResult<boolean>, options: PreparedRenderOptions): RenderedMessage
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

/** A template as rendered: a built-in one's text is its escaped body unescaped (`fromHtml`). */
interface Compiled {
  subject: Delegate
  text: Delegate
  html: Delegate
  markup?: boolean
  fromHtml?: boolean
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
  '&#x60;': '`',
  '&#x3D;': '=',
}
/** Undoes Handlebars' escaping, in one pass (so "&amp;lt;" becomes "&lt;", as it was). */
const unescapeHtml = (s: string): string => s.replace(/&(?:amp|lt|gt|quot|#x27|#x60|#x3D);/g, (e) => ENTITIES[e]!)

/** "tolv månader" / "twelve months"; figures above twelve. */
function monthsText(n: number, locale: Locale): string {
  const count = countWord(n, locale, 0)
  return locale === 'sv' ? `${count} ${n === 1 ? 'månad' : 'månader'}` : `${count} ${n === 1 ? 'month' : 'months'}`
}

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
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutBidiControls(v)])) as T
  return value
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

/** What a message in one language says the same for every application, bidi controls taken out. */
interface LocaleTexts {
  job: MessageContext['job']
  privacyUrl: string | null
  review: { name: string; email: string }
  replyTo: string
  poolConsent: boolean
  period: string
  signature: string
  timeZone: string
  /** Whether a text holds the stand-in of a name (then no message is rendered with it). */
  standIn: boolean
}

/** An unmet criterion as a message names it, in one language. */
interface Described {
  reason: string | undefined
  why: string | null
  advice: string | null
  sentence: string | null
  /** The criterion in a message's memo key: its place in the criteria, or its id as JSON when it is not one of them. */
  key: string
  /** Whether a text holds the stand-in of a name (then no message is rendered with it). */
  standIn: boolean
}

/**
 * What the deciding party found unmet, as a message names it: the criteria with the fallback
 * text for each (used where the criterion has no reason), and what follows from them.
 */
interface Selection {
  ids: string[]
  fallbacks: string[]
  requirementsUnmet: boolean
  personReason: string | null
}

const LIMIT = 4096

/** A message's subject, text and HTML document. */
interface Rendered {
  subject: string
  text: string
  html: string
}

/** What takes the place of a first name in a message rendered for many: a private-use character, which no template or value writes. */
const STAND_IN = '\uE000'
/**
 * A name that reads the same wherever it stands in a built-in message: letters, with single
 * spaces, hyphens, apostrophes and full stops between them (nothing a link, a list, the
 * escaping or the tidying would read differently from the stand-in).
 */
const PLAIN_NAME = /^[\p{L}\p{M}](?:[\p{L}\p{M}'’.-]| (?! ))*$/u

/**
 * A message rendered with the stand-in, with the name in its place: escaped as Handlebars
 * escapes it in the HTML, and a right-to-left one isolated (U+2068 … U+2069 in the text, <bdi>
 * in the HTML) as the context and the rendering isolate it.
 */
function withName(bare: Bare, name: string | undefined, hb: Runtime): Rendered {
  if (name === undefined) return bare
  const rtl = isRightToLeft(name)
  const escaped = hb.Utils.escapeExpression(name)
  return {
    subject: bare.subject,
    text: bare.textParts.join(rtl ? `\u2068${name}\u2069` : name),
    html: bare.htmlParts.join(rtl ? isolateHtml(escaped) : escaped),
  }
}

/** A message rendered with the stand-in: its text and HTML in the parts around it. */
interface Bare extends Rendered {
  textParts: string[]
  htmlParts: string[]
}

const tidy = (s: string) =>
  stripControls(s)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()

/** Renders a template: the text from `ctx`, the HTML from `htmlCtx` (when the name differs in HTML) or the same rendering. */
function renderBody(
  compiled: Compiled,
  ctx: MessageContext,
  htmlCtx: object | null,
  hb: Runtime,
  locale: Locale,
): Rendered {
  const helpers = hb.helpers
  const subject = foldLine(compiled.subject(ctx, { helpers }))
    .replace(/\s{2,}/g, ' ')
    .trim()
  const html = compiled.html(htmlCtx ?? ctx, { helpers })
  const textHtml = htmlCtx ? compiled.html(ctx, { helpers }) : html
  // A custom template that writes HTML: its text part is what its HTML shows.
  const body = compiled.markup
    ? htmlToText(textHtml)
    : compiled.fromHtml
      ? unescapeHtml(textHtml)
      : compiled.text(ctx, { helpers })
  return { subject, text: tidy(body), html: htmlDocument(subject, locale, tidy(html)) }
}

/**
 * The prepared path of a screener. Everything is built when first needed, so that a one-off
 * renderMessage (which prepares a path for the one call: `oneOff`) pays only for what it uses,
 * and renders its message directly.
 */
export function preparePath(screener: Screener, oneOff = false): PreparedPath {
  const c = screener.criteria
  const messages = c.messages
  const byIdOnce: { map?: Map<string, Criterion> } = {}
  const byId = () => (byIdOnce.map ??= new Map(c.criteria.map((x) => [x.id, x])))
  let delivery: PreparedDelivery | undefined
  let runtime: Runtime | undefined
  const builtIn = new Map<string, Compiled>()
  const locales = new Map<Locale, LocaleTexts>()
  const described = new Map<Locale, Map<string, Described>>()
  const dates = new Map<string, string>()
  const lists = new Map<Locale, Intl.ListFormat>()
  const memo = new Map<string, Bare>()

  /** A private Handlebars runtime: no helpers leak in or out of the host application. */
  const instance = (): Runtime => {
    if (runtime) return runtime
    const hb = (HandlebarsRuntime as unknown as Runtime).create()
    hb.registerHelper('list', function (this: unknown, items: unknown, options: HelperOptions) {
      const locale = (options.data.root as MessageContext).locale
      const list = Array.isArray(items) ? items.map(String) : []
      let format = lists.get(locale)
      if (!format)
        lists.set(locale, (format = new Intl.ListFormat(locale === 'sv' ? 'sv' : 'en-GB', { type: 'conjunction' })))
      return format.format(list)
    })
    hb.registerHelper('date', function (this: unknown, value: unknown, pattern: unknown, options: HelperOptions) {
      const root = options.data.root as MessageContext & { timeZone: string }
      const key =
        typeof value === 'string'
          ? `${root.locale}\u0000${root.timeZone}\u0000${typeof pattern === 'string' ? pattern : '\u0001'}\u0000${value}`
          : undefined
      const known = key === undefined ? undefined : dates.get(key)
      if (known !== undefined) return known
      const d = parseInstant(value, root.timeZone)
      const out = d
        ? formatDate(d, typeof pattern === 'string' ? pattern : 'd MMMM yyyy', root.timeZone, root.locale)
        : ''
      if (key !== undefined) {
        if (dates.size >= LIMIT) dates.clear()
        dates.set(key, out)
      }
      return out
    })
    hb.registerHelper('plural', (count: unknown, one: unknown, many: unknown) => (count === 1 ? one : many))
    return (runtime = hb)
  }

  const builtInTemplate = (locale: Locale, stage: Stage): Compiled => {
    const key = `${locale}.${stage}`
    let t = builtIn.get(key)
    if (!t) {
      const spec = PRECOMPILED[locale][stage]
      const hb = instance()
      const html = hb.template(spec.html)
      // One spec for the body: the text is the escaped rendering with the escapes undone (the
      // built-in templates have no '&' of their own, which the precompiler checks).
      builtIn.set(
        key,
        (t = {
          subject: hb.template(spec.subject),
          text: (ctx, options) => unescapeHtml(html(ctx, options)),
          html,
          fromHtml: true,
        }),
      )
    }
    return t
  }

  const localeTexts = (locale: Locale): LocaleTexts => {
    let l = locales.get(locale)
    if (!l) {
      const sig = messages?.signature?.[locale]
      const closesAtTime =
        c.job.closesAt && !/^\d{4}-\d{2}-\d{2}$/.test(c.job.closesAt)
          ? formatDate(
              parseInstant(c.job.closesAt, c.job.timezone)!,
              locale === 'sv' ? 'HH.mm' : 'HH:mm',
              c.job.timezone,
              locale,
            )
          : null
      const pool = messages?.talentPool ?? { mode: 'consent' as const, months: 12 }
      const title = textIn(c.job.title, locale, c.locale)
      l = withoutBidiControls({
        job: {
          title,
          titleInText: titleInText(title),
          company: c.job.company,
          url: c.job.url ?? null,
          closesAt: c.job.closesAt ?? null,
          closesAtTime,
          contact: { name: c.job.contact.name, email: c.job.contact.email },
        },
        privacyUrl: messages?.privacyUrl ?? null,
        review: messages?.reviewContact ?? { name: c.job.contact.name, email: c.job.contact.email },
        replyTo: messages?.replyTo ?? c.job.contact.email,
        poolConsent: pool.mode === 'consent',
        period: monthsText(pool.months, locale),
        signature: sig ?? `${c.job.contact.name}\n${c.job.company}`,
        timeZone: c.job.timezone,
        standIn: false,
      })
      l.standIn = JSON.stringify(l).includes(STAND_IN)
      locales.set(locale, l)
    }
    return l
  }

  const text = (t: { sv?: string | undefined; en?: string | undefined } | undefined, locale: Locale) =>
    t ? (t[locale] ?? t[c.locale] ?? null) : null
  let places: Map<string, number> | undefined
  const describe = (id: string, locale: Locale): Described => {
    let inLocale = described.get(locale)
    if (!inLocale) described.set(locale, (inLocale = new Map()))
    let d = inLocale.get(id)
    if (!d) {
      const criterion = byId().get(id)
      const advice = text(criterion?.advice, locale)
      const reason = screener.reason(id, locale)
      places ??= new Map(c.criteria.map((x, i) => [x.id, i]))
      const place = places.get(id)
      d = {
        reason: reason === undefined ? undefined : withoutBidiControls(reason),
        why: withoutBidiControls(text(criterion?.why, locale)),
        advice: withoutBidiControls(advice),
        sentence: advice ? withoutBidiControls(asSentence(advice)) : null,
        key: place === undefined ? JSON.stringify(id) : String(place),
        standIn: false,
      }
      d.standIn = [d.reason, d.why, d.advice, d.sentence].some((t) => t?.includes(STAND_IN))
      // Ids come from the criteria, or from a result read back: a bound on what is kept.
      if (inLocale.size >= LIMIT) inLocale.clear()
      inLocale.set(id, d)
    }
    return d
  }

  /** The criteria a message names for a result in a stage, and what follows from them. */
  const select = (result: ScreeningResult<boolean>, stage: Stage, locale: Locale): Selection => {
    const person = result.decision
    const ids: string[] = []
    const fallbacks: string[] = []
    let requirementsUnmet = false
    let personReason: string | null = null
    if (PERSON_STAGES.has(stage) && person) {
      // A person decided: name exactly what they gave, nothing the program found.
      for (const id of person.reasons.criteria)
        if (id !== DEADLINE_ID) {
          ids.push(id)
          fallbacks.push(id)
        }
      requirementsUnmet = person.reasons.criteria.some((id) => byId().get(id)?.required === true)
      // A paragraph of its own: a reason written as a requirement's fragment gets a capital and a full stop, its words kept.
      const own = withoutBidiControls(text(person.reasons.text, locale))
      personReason = own ? asSentence(own) : own
    } else if (PROGRAM_REJECTIONS.has(stage)) {
      // The unmet requirements, or when every requirement was met the unmet preferred ones: in one pass.
      let preferred: ScreeningResult['criteria'] | undefined
      for (const r of result.criteria)
        if (r.status === 'unmet' && r.id !== DEADLINE_ID) {
          if (r.required) {
            ids.push(r.id)
            fallbacks.push(r.reason)
          } else if (ids.length === 0) (preferred ??= []).push(r)
        }
      requirementsUnmet = ids.length > 0
      if (!requirementsUnmet && preferred)
        for (const r of preferred) {
          ids.push(r.id)
          fallbacks.push(r.reason)
        }
    }
    return { ids, fallbacks, requirementsUnmet, personReason }
  }

  /** The date the candidate can plan by, in the stages that state one. */
  const replyByOf = (result: ScreeningResult<boolean>, now: Date, stage: Stage): string | null =>
    stage === 'received' || stage === 'advance'
      ? ((delivery ??= prepareDelivery(deliveryPolicy(c))).replyBy(result, { now, stage }) ?? null)
      : null

  const surveyOf = (result: ScreeningResult<boolean>, stage: Stage): string | null =>
    withoutBidiControls(
      surveyUrl((messages?.survey as Partial<Record<Stage, string>> | undefined)?.[stage], result.application.id),
    )

  const build = (
    result: ScreeningResult<boolean>,
    options: PreparedRenderOptions,
    stage: Stage,
    locale: Locale,
    name: string | undefined,
    selection: Selection,
    replyBy: string | null,
  ): MessageContext & { timeZone: string } => {
    const person = result.decision
    const requirements: { reason: string; why: string | null; advice: string | null }[] = []
    const advice: string[] = []
    const { ids, fallbacks } = selection
    for (let i = 0; i < ids.length; i++) {
      const d = describe(ids[i]!, locale)
      requirements.push({ reason: d.reason ?? withoutBidiControls(fallbacks[i]!), why: d.why, advice: d.advice })
      if (d.sentence !== null) advice.push(d.sentence)
    }
    const l = localeTexts(locale)
    return {
      candidate: { firstName: name === undefined ? null : isRightToLeft(name) ? `\u2068${name}\u2069` : name },
      job: l.job,
      stage: withoutBidiControls(stage),
      locale: withoutBidiControls(locale),
      unmet: requirements.map((r) => r.reason),
      unmetCount: requirements.length,
      requirementsUnmet: selection.requirementsUnmet,
      requirements,
      severalRequirements: requirements.length > 1,
      advice,
      severalAdvice: advice.length > 1,
      automatedDecision:
        (messages?.automatedDecisionNotice ?? true) &&
        !person &&
        (PROGRAM_REJECTIONS.has(stage) || stage === 'received'),
      decidedBy: person ? 'person' : 'program',
      personReason: selection.personReason,
      jobClosed: {
        filled: stage === 'job-closed' && options.jobClosed !== 'closed',
        withoutFilling: stage === 'job-closed' && options.jobClosed === 'closed',
      },
      privacyUrl: l.privacyUrl,
      survey: { url: surveyOf(result, stage) },
      review: l.review,
      replyTo: l.replyTo,
      talentPool: {
        consent: l.poolConsent,
        period: l.period,
        joinUrl: withoutBidiControls(options.talentPoolUrl ?? null),
      },
      timeline: {
        replyBy,
        interviewAt: withoutBidiControls(person?.interviewAt ?? null),
        meetingAt: stage === 'advance' && options.meetingAt ? options.meetingAt.toISOString() : null,
      },
      signature: l.signature,
      timeZone: l.timeZone,
    }
  }

  const context = (
    result: ScreeningResult<boolean>,
    options: PreparedRenderOptions,
    stage: Stage,
    locale: Locale,
    name = usableName(result.application.firstName),
  ): MessageContext & { timeZone: string } => {
    const selection = select(result, stage, locale)
    return build(result, options, stage, locale, name, selection, replyByOf(result, options.now, stage))
  }

  /**
   * Everything a built-in message reads but the name and what is the same for a language, as a
   * text: the key of the messages rendered once with the stand-in. Built from what the context
   * is built from (each criterion by its place, its texts being the same for every result), so
   * that a message found by it needs no context at all. Undefined when a value holds the
   * stand-in itself.
   */
  const keyOf = (
    result: ScreeningResult<boolean>,
    options: PreparedRenderOptions,
    stage: Stage,
    locale: Locale,
    named: boolean,
    selection: Selection,
    replyBy: string | null,
  ): string | undefined => {
    const person = result.decision
    const { ids, fallbacks } = selection
    let key = `${stage}\u0000${locale}\u0000${named ? 1 : 0}${person ? 1 : 0}${selection.requirementsUnmet ? 1 : 0}`
    if (stage === 'job-closed') key += options.jobClosed === 'closed' ? 'c' : 'f'
    if (replyBy !== null) key += `\u0000r${replyBy}`
    for (let i = 0; i < ids.length; i++) {
      const d = describe(ids[i]!, locale)
      if (d.standIn) return undefined
      key += d.reason === undefined ? `\u0000${d.key}:${JSON.stringify(fallbacks[i])}` : `\u0000${d.key}`
    }
    // Free texts (a person's own words, a result's addresses and dates, options) as JSON, so that no text reads as another part.
    const survey = surveyOf(result, stage)
    const interviewAt = person?.interviewAt ?? null
    const meetingAt = stage === 'advance' && options.meetingAt ? options.meetingAt.toISOString() : null
    const joinUrl = options.talentPoolUrl ?? null
    if (
      selection.personReason !== null ||
      survey !== null ||
      interviewAt !== null ||
      meetingAt !== null ||
      joinUrl !== null
    )
      key += `\u0000${JSON.stringify([selection.personReason, survey, withoutBidiControls(interviewAt), meetingAt, withoutBidiControls(joinUrl)])}`
    return key.includes(STAND_IN) ? undefined : key
  }

  const render: PreparedPath['render'] = (result, options) => {
    const stage = options.stage ?? stageFor(result)
    const locale = options.locale ?? (result.locale as Locale)
    if (
      options.meetingAt !== undefined &&
      (!(options.meetingAt instanceof Date) ||
        Number.isNaN(options.meetingAt.getTime()) ||
        options.meetingAt.getTime() < options.now.getTime())
    )
      throw new ScreeningError(
        'invalid_option',
        'meetingAt must be a Date after now: the invitation names when the conversation will be',
      )
    if (options.meetingAt !== undefined && stage !== 'advance')
      throw new ScreeningError('invalid_option', `meetingAt is for the advance message (an invitation), not ${stage}`)
    if (options.jobClosed !== undefined && options.jobClosed !== 'filled' && options.jobClosed !== 'closed')
      throw new ScreeningError('invalid_option', 'jobClosed must be "filled" or "closed"')
    if (stage === 'late' && !c.job.closesAt)
      throw new ScreeningError('invalid_option', 'the late stage needs job.closesAt in the criteria')
    // A message never tells a candidate something that was not decided.
    checkStage(result, stage)
    if (options.talentPoolUrl !== undefined && !/^https:\/\/[^\s<>"]+$/.test(options.talentPoolUrl))
      throw new ScreeningError('invalid_option', 'talentPoolUrl must be an https: address')
    const named = messages?.templates?.[stage]?.[locale]
    const custom = screener.templates?.[stage]?.[locale]
    // The company wrote its own wording for this message: never send the built-in one instead.
    if (named !== undefined && !custom)
      throw new ScreeningError(
        'template_not_loaded',
        `the criteria name a template for ${stage}.${locale} (${named}) that was not loaded: load the file with loadCriteria from autoscreen/node, or pass the template's text to loadTemplates`,
      )
    const compiled: Compiled = custom ? compiledTemplate(custom) : builtInTemplate(locale, stage)
    const hb = instance()
    const name = usableName(result.application.firstName)
    const selection = select(result, stage, locale)
    const replyBy = replyByOf(result, options.now, stage)
    // Whatever the values held (a criteria object built by hand skips the load checks), the
    // subject is one line and the bodies carry no control characters (and, from the context,
    // no bidi controls).
    let rendered: Rendered | undefined
    // A built-in message is the same for every application with the same context but the first
    // name: rendered once with a stand-in for a plain name, which then takes the name's place.
    // (Never when a value holds the stand-in itself.)
    const key =
      !oneOff &&
      compiled.fromHtml === true &&
      (name === undefined || PLAIN_NAME.test(name)) &&
      !localeTexts(locale).standIn
        ? keyOf(result, options, stage, locale, name !== undefined, selection, replyBy)
        : undefined
    const known = key === undefined ? undefined : memo.get(key)
    let replyTo: string
    let talentPool: boolean
    if (known) {
      rendered = withName(known, name, hb)
      const l = localeTexts(locale)
      replyTo = l.replyTo
      talentPool = l.poolConsent
    } else {
      const ctx = build(result, options, stage, locale, name, selection, replyBy)
      replyTo = ctx.replyTo
      talentPool = ctx.talentPool.consent
      if (key !== undefined) {
        const once = renderBody(
          compiled,
          name === undefined ? ctx : { ...ctx, candidate: { firstName: STAND_IN } },
          null,
          hb,
          locale,
        )
        const bare = { ...once, textParts: once.text.split(STAND_IN), htmlParts: once.html.split(STAND_IN) }
        // A subject that names the candidate is rendered in full (the title escapes it otherwise).
        if (!bare.subject.includes(STAND_IN)) {
          if (memo.size >= LIMIT) memo.clear()
          memo.set(key, bare)
          rendered = withName(bare, name, hb)
        }
      }
      // In HTML a right-to-left name is isolated by <bdi>, which the escaping must leave as markup;
      // any other name reads the same in both, so the body is rendered once.
      rendered ??= renderBody(
        compiled,
        ctx,
        name !== undefined && isRightToLeft(name)
          ? { ...ctx, candidate: { firstName: new hb.SafeString(isolateHtml(hb.Utils.escapeExpression(name))) } }
          : null,
        hb,
        locale,
      )
    }
    const message: RenderedMessage = {
      stage,
      locale,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      replyTo,
      automated: automatedStage(result, stage),
    }
    if (stage === 'talent-pool') message.talentPool = talentPool ? 'consent' : 'notice'
    return message
  }

  return {
    delivery: () => (delivery ??= prepareDelivery(deliveryPolicy(c))),
    context: (result, options) => context(result, options, options.stage, options.locale),
    render,
  }
}
