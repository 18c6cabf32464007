import {
  readDecisionSettings,
  readJobSettings,
  setDecisionSettings,
  setJobSettings,
  type JobSettingsChange,
} from '../index.js'
import { h, uid } from './dom.js'
import { editErrorText } from './form-text.js'
import { t, type UiLocale } from './i18n.js'

// The "job" tab: the job's settings and the decision settings as forms. A changed value is
// written into the editor's text by the library (only its lines change); an edit in the editor
// reads the forms again. It works whenever the text is YAML, errors in the file or not.

export interface TextHost {
  text(): string
  setText(text: string): void
}

const ZONES = [
  'Europe/Stockholm',
  'Europe/Helsinki',
  'Europe/Oslo',
  'Europe/Copenhagen',
  'Europe/Berlin',
  'Europe/London',
  'UTC',
]

export function createJobView(container: HTMLElement, host: TextHost) {
  let key = ''
  let locale: UiLocale = 'sv'
  const read = (text: string) => {
    try {
      return { job: readJobSettings(text), decision: readDecisionSettings(text) }
    } catch (e) {
      return { error: e }
    }
  }

  function render(text: string) {
    const l = locale
    const r = read(text)
    if ('error' in r) {
      container.replaceChildren(h('p', { class: 'error' }, `${t('notYaml', l)}: ${editErrorText(r.error, l)}`))
      return
    }
    const { job, decision } = r
    const status = h('p', { role: 'status', 'aria-live': 'polite', class: 'form-status' })
    const input = (label: string, value: string | undefined, attrs: Record<string, string> = {}, hint?: string) => {
      const id = uid('job')
      const hintId = hint ? uid('job-hint') : undefined
      const el = h('input', {
        id,
        type: 'text',
        value: value ?? '',
        ...(hintId ? { 'aria-describedby': hintId } : {}),
        ...attrs,
      })
      const row = h(
        'div',
        { class: 'row' },
        h('label', { for: id }, label),
        el,
        hint ? h('small', { id: hintId, class: 'hint' }, hint) : null,
      )
      return { el, row }
    }
    const title = typeof job.title === 'string' ? { sv: job.title, en: undefined } : (job.title ?? {})
    const titleSv = input(t('titleSv', l), title.sv)
    const titleEn = input(t('titleEn', l), title.en, { lang: 'en' })
    const company = input(t('company', l), job.company)
    const contactName = input(t('contactName', l), job.contact?.name, { autocomplete: 'off' })
    const contactEmail = input(t('contactEmail', l), job.contact?.email, { type: 'email', autocomplete: 'off' })
    // Dates and times as text in ISO form, with a hint: a date input shows the browser's
    // format (mm/dd/yyyy in a Swedish page), not the page's.
    const closesDate = input(
      t('closesDate', l),
      job.closesAt?.date,
      { inputmode: 'numeric', placeholder: l === 'sv' ? 'ÅÅÅÅ-MM-DD' : 'YYYY-MM-DD' },
      t('dateHint', l),
    )
    const closesTime = input(
      t('closesTime', l),
      job.closesAt?.time,
      { inputmode: 'numeric', placeholder: l === 'sv' ? 'TT:MM' : 'HH:MM' },
      t('timeHint', l),
    )
    const zonesId = uid('zones')
    const timezone = input(t('timezone', l), job.timezone, { list: zonesId, autocomplete: 'off' }, t('timezoneHint', l))
    const listed = Array.isArray(job.holidays) ? job.holidays : []
    const mode = job.holidays === undefined ? 'default' : job.holidays === 'se' || listed.includes('se') ? 'se' : 'none'
    const holidaysId = uid('holidays')
    const holidays = h(
      'select',
      { id: holidaysId },
      ...(['default', 'se', 'none'] as const).map((m) =>
        h(
          'option',
          { value: m, selected: m === mode },
          t(m === 'default' ? 'holidaysDefault' : m === 'se' ? 'holidaysSe' : 'holidaysNone', l),
        ),
      ),
    )
    const dates = input(
      t('holidayDates', l),
      listed.filter((d) => d !== 'se').join(', '),
      { inputmode: 'numeric' },
      t('holidayDatesHint', l),
    )
    const minScore = input(
      t('minScore', l),
      decision.minScore === undefined ? '' : String(decision.minScore),
      { inputmode: 'decimal' },
      t('minScoreHint', l),
    )
    const nearMiss = input(
      t('nearMissMargin', l),
      decision.nearMissMargin === undefined ? '' : String(decision.nearMissMargin),
      { inputmode: 'decimal' },
      t('nearMissHint', l),
    )

    const groups: {
      els: HTMLInputElement[] | (HTMLInputElement | HTMLSelectElement)[]
      change: () => JobSettingsChange | { decision: { minScore?: number | null; nearMissMargin?: number | null } }
    }[] = [
      {
        els: [titleSv.el, titleEn.el],
        change: () => ({ title: clean({ sv: titleSv.el.value, en: titleEn.el.value }) }),
      },
      { els: [company.el], change: () => ({ company: company.el.value.trim() }) },
      {
        els: [contactName.el, contactEmail.el],
        change: () => ({ contact: { name: contactName.el.value.trim(), email: contactEmail.el.value.trim() } }),
      },
      {
        els: [closesDate.el, closesTime.el],
        change: () => ({
          closesAt: closesDate.el.value.trim()
            ? { date: closesDate.el.value.trim(), time: closesTime.el.value.trim() || undefined }
            : null,
        }),
      },
      { els: [timezone.el], change: () => ({ timezone: timezone.el.value.trim() || null }) },
      {
        els: [holidays, dates.el],
        change: () => {
          const extra = dates.el.value.split(/[,\s]+/).filter(Boolean)
          const m = holidays.value
          return {
            holidays: extra.length
              ? [...(m === 'se' ? ['se'] : []), ...extra]
              : m === 'default'
                ? null
                : (m as 'se' | 'none'),
          }
        },
      },
      { els: [minScore.el], change: () => ({ decision: { minScore: number(minScore.el.value) } }) },
      { els: [nearMiss.el], change: () => ({ decision: { nearMissMargin: number(nearMiss.el.value) } }) },
    ]
    const apply = (group: (typeof groups)[number]) => {
      for (const el of group.els) el.removeAttribute('aria-invalid')
      try {
        const change = group.change()
        const text = host.text()
        const next = 'decision' in change ? setDecisionSettings(text, change.decision) : setJobSettings(text, change)
        if (next !== text) {
          key = keyOf(next)
          host.setText(next)
          status.classList.remove('error')
          status.textContent = t('jobSaved', locale)
        }
      } catch (e) {
        for (const el of group.els) el.setAttribute('aria-invalid', 'true')
        status.classList.add('error')
        status.textContent = editErrorText(e, locale)
      }
    }
    // A value is written when it is left (or Enter): not on every keystroke, which would write half a date.
    for (const g of groups) for (const el of g.els) el.addEventListener('change', () => apply(g))
    const form = h(
      'form',
      {
        class: 'job-form',
        novalidate: true,
        onsubmit: (e: Event) => (
          e.preventDefault(),
          groups.forEach((g) => g.els.includes(document.activeElement as HTMLInputElement) && apply(g))
        ),
      },
      h('p', { class: 'intro' }, t('jobIntro', l)),
      titleSv.row,
      titleEn.row,
      company.row,
      contactName.row,
      contactEmail.row,
      h('div', { class: 'pair' }, closesDate.row, closesTime.row),
      timezone.row,
      h('datalist', { id: zonesId }, ...ZONES.map((z) => h('option', { value: z }))),
      h('div', { class: 'row' }, h('label', { for: holidaysId }, t('holidays', l)), holidays),
      dates.row,
      h('fieldset', {}, h('legend', {}, t('decisionTitle', l)), minScore.row, nearMiss.row),
      // Enter in a field writes it; the button is there for those who look for one.
      h('button', { type: 'submit' }, t('applyJob', l)),
      status,
    )
    container.replaceChildren(form)
  }

  const keyOf = (text: string) =>
    JSON.stringify([read(text), locale, String((read(text) as { error?: unknown }).error ?? '')])
  return {
    /** Reads the text again and redraws the forms when what they show changed (a value being typed stays). */
    update(text: string, l: UiLocale) {
      locale = l
      const k = keyOf(text)
      if (k === key && container.querySelector('.job-form, .error')) return
      key = k
      render(text)
    },
  }
}

const clean = (t: { sv: string; en: string }) =>
  Object.fromEntries(
    Object.entries(t)
      .map(([k, v]) => [k, v.trim()])
      .filter(([, v]) => v),
  )
const number = (s: string): number | null => {
  const v = s.trim().replace(',', '.')
  return v === '' ? null : Number(v)
}
