import { deliveryPolicy, isScreeningError, LOCALES, planDelivery, renderMessage, STAGES, stageFor, type Locale, type ScreeningResult, type Screener, type Stage } from '../index.js'
import { h, uid } from './dom.js'
import { t, type UiLocale } from './i18n.js'

/** The candidate's message for the form's answers, as sent: stage, language, text, the HTML in a sandbox, and when it goes out. */
export function renderMessagePreview(container: HTMLElement, result: ScreeningResult, screener: Screener, locale: UiLocale, choice: { stage?: Stage; language?: Locale }, onChoice: () => void): void {
  const stage = choice.stage ?? stageFor(result)
  const language = choice.language ?? locale
  const stageId = uid('stage')
  const langId = uid('msg-lang')
  const controls = h(
    'div',
    { class: 'controls' },
    h('label', { for: stageId }, t('stage', locale)),
    h('select', { id: stageId, onchange: (e: Event) => ((choice.stage = (e.target as HTMLSelectElement).value as Stage), onChoice()) }, ...STAGES.filter((s) => s !== 'late' || screener.criteria.job.closesAt).map((s) => h('option', { value: s, selected: s === stage }, s))),
    h('label', { for: langId }, t('messageLanguage', locale)),
    h('select', { id: langId, onchange: (e: Event) => ((choice.language = (e.target as HTMLSelectElement).value as Locale), onChoice()) }, ...LOCALES.map((l) => h('option', { value: l, selected: l === language }, l === 'sv' ? 'svenska' : 'English'))),
  )
  let body: Node[]
  try {
    const now = new Date(result.audit.evaluatedAt)
    const message = renderMessage(result, { screener, now, stage, locale: language })
    const plan = stage === 'rejected-after-interview' ? null : planDelivery(result, deliveryPolicy(screener.criteria), { now, stage })
    const when = plan ? new Intl.DateTimeFormat(locale === 'sv' ? 'sv' : 'en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone: screener.criteria.job.timezone }).format(new Date(plan.sendAt)) : null
    body = [
      when ? h('p', { class: 'send-at' }, `${t('sendAt', locale)}: ${when}`, plan!.slaBreached ? h('strong', { class: 'breach' }, ` (${t('slaBreached', locale)})`) : null) : h('p', {}),
      h('h3', {}, t('textPart', locale)),
      h('pre', { class: 'message-text', lang: language }, `${message.subject}\n\n${message.text}`),
      h('h3', {}, t('htmlPart', locale)),
      // No scripts, no navigation, no requests: the HTML is shown, never run.
      h('iframe', { class: 'message-html', sandbox: '', srcdoc: message.html, title: message.subject }),
    ]
  } catch (e) {
    // Custom templates need code generation, which the studio's page does not allow.
    const custom = isScreeningError(e) && e.code === 'template_not_loaded'
    body = [h('p', { class: 'error' }, custom ? t('customTemplate', locale) : isScreeningError(e) ? e.message : String(e))]
  }
  container.replaceChildren(controls, ...body)
}
