// The file, not the folder: handlebars has no exports map, and Node's ESM resolution needs the extension.
import HandlebarsRuntime from 'handlebars/runtime.js'
import type { Locale, Stage } from '../criteria/schema.js'
import { compiledTemplate } from '../criteria/load-templates.js'
import { textIn } from '../criteria/localized.js'
import { ScreeningError } from '../errors.js'
import { parseInstant } from '../logic/dates.js'
import { formatDate } from '../logic/format-date.js'
import type { Screener } from '../screen/compile-criteria.js'
import { DEADLINE_ID } from '../screen/deadline.js'
import type { ScreeningResult } from '../screen/result.js'
import { deliveryPolicy, planDelivery, stageFor } from '../schedule/plan-delivery.js'
import { PRECOMPILED } from './precompiled.js'

/**
 * A rendered message.
 *
 * @example
 * ```ts
 * const m: RenderedMessage = { stage: 'rejected', locale: 'sv', subject: 'Din ansökan till …', text: 'Hej Maja! …', html: '<p>Hej Maja!</p>…' }
 * ```
 * @category Messages
 */
export interface RenderedMessage {
  stage: Stage
  locale: Locale
  /** One line, no line breaks. */
  subject: string
  /** Plain text, no HTML entities. */
  text: string
  /** HTML with every value escaped. */
  html: string
}

/**
 * What every template receives. All keys are always present (`null` when unknown).
 *
 * @example
 * ```ts
 * // In a template: {{#if candidate.firstName}}Hej {{candidate.firstName}}!{{/if}} … {{list unmet}}
 * ```
 * @category Messages
 */
export interface MessageContext {
  candidate: { firstName: string | null }
  job: { title: string; company: string; url: string | null; closesAt: string | null; contact: { name: string; email: string } }
  stage: Stage
  locale: Locale
  /** Candidate-facing reasons of the unmet requirements (or, when every requirement was met, of the unmet preferred criteria). */
  unmet: string[]
  unmetCount: number
  /** True when `unmet` lists requirements rather than preferences. */
  requirementsUnmet: boolean
  /** Dates the candidate can plan by: when they will hear back (`received`). */
  timeline: { replyBy: string | null }
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
  /** The current time, for the timeline in `received`. */
  now: Date
  /** The stage; by default the one the result calls for. */
  stage?: Stage
  /** The language; by default the result's locale. */
  locale?: Locale
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

function toHtml(rendered: string): string {
  // Values are already escaped; only the template's own line structure becomes markup.
  return rendered
    .split(/\n{2,}/)
    .map((p) => `<p>${p.replace(/\n/g, '<br>\n')}</p>`)
    .join('\n')
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
export function messageContext(result: ScreeningResult, options: RenderOptions & { stage: Stage; locale: Locale }): MessageContext & { timeZone: string } {
  const c = options.screener.criteria
  const reasons = (ids: (r: ScreeningResult['criteria'][number]) => boolean) =>
    result.criteria.filter((r) => r.status === 'unmet' && r.id !== DEADLINE_ID && ids(r)).map((r) => reasonIn(options.screener, r.id, options.locale) ?? r.reason)
  const required = reasons((r) => r.required)
  const unmet = required.length ? required : reasons((r) => !r.required)
  let replyBy: string | null = null
  if (options.stage === 'received') {
    const plan = planDelivery(result, deliveryPolicy(c), { now: options.now, stage: 'rejected' })
    replyBy = plan.slaBreached ? null : plan.deadline
  }
  const sig = c.messages?.signature?.[options.locale]
  return {
    candidate: { firstName: result.application.firstName ?? null },
    job: { title: textIn(c.job.title, options.locale, c.locale), company: c.job.company, url: c.job.url ?? null, closesAt: c.job.closesAt ?? null, contact: { name: c.job.contact.name, email: c.job.contact.email } },
    stage: options.stage,
    locale: options.locale,
    unmet,
    unmetCount: unmet.length,
    requirementsUnmet: required.length > 0,
    timeline: { replyBy },
    signature: sig ?? `${c.job.contact.name}\n${c.job.company}`,
    timeZone: c.job.timezone,
  }
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
export function renderMessage(result: ScreeningResult, options: RenderOptions): RenderedMessage {
  const stage = options.stage ?? stageFor(result)
  const locale = options.locale ?? result.locale
  if (stage === 'late' && !options.screener.criteria.job.closesAt)
    throw new ScreeningError('invalid_option', 'the late stage needs job.closesAt in the criteria')
  const named = options.screener.criteria.messages?.templates?.[stage]?.[locale]
  const custom = options.screener.templates?.[stage]?.[locale]
  // The company wrote its own wording for this message: never send the built-in one instead.
  if (named !== undefined && !custom)
    throw new ScreeningError(
      'template_not_loaded',
      `the criteria name a template for ${stage}.${locale} (${named}) that was not loaded: load the file with loadCriteria from autoscreen/node, or pass the template's text to loadTemplates`,
    )
  const compiled = custom ? compiledTemplate(custom) : builtInTemplate(locale, stage)
  const helpers = instance().helpers
  const ctx = messageContext(result, { ...options, stage, locale })
  const text = compiled.text(ctx, { helpers }).replace(/\n{3,}/g, '\n\n').trim()
  return {
    stage,
    locale,
    subject: compiled.subject(ctx, { helpers }).replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/\s{2,}/g, ' ').trim(),
    text,
    html: toHtml(compiled.html(ctx, { helpers }).replace(/\n{3,}/g, '\n\n').trim()),
  }
}
