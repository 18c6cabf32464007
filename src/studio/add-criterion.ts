import { addCriterionToText, composeCriterion, conditionsFor, type Criteria, type CriterionCondition, type Field } from '../index.js'
import { h, uid } from './dom.js'
import { conditionText, t, type UiLocale } from './i18n.js'

// A criterion without JSON Logic: pick a field, a condition that fits its type, required or
// points, and the reason in both languages. The library writes it as ordinary YAML into the
// editor, where the recruiter reads it, edits it and saves.

const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const

export function renderAddCriterion(container: HTMLElement, criteria: Criteria, locale: UiLocale, text: () => string, setText: (text: string) => void): void {
  const fieldNames = Object.keys(criteria.fields)
  const state = { field: fieldNames[0] ?? '', kind: '' as CriterionCondition['kind'] | '' }
  const ids = { field: uid('add-field'), kind: uid('add-kind'), id: uid('add-id'), req: uid('add-req'), weight: uid('add-weight'), sv: uid('add-sv'), en: uid('add-en') }
  const params = h('div', { class: 'params' })
  const status = h('p', { role: 'status', 'aria-live': 'polite' })
  const kindSelect = h('select', { id: ids.kind, onchange: (e: Event) => ((state.kind = (e.target as HTMLSelectElement).value as CriterionCondition['kind']), drawParams()) })
  const fieldSelect = h('select', { id: ids.field, onchange: (e: Event) => ((state.field = (e.target as HTMLSelectElement).value), drawKinds()) }, ...fieldNames.map((n) => h('option', { value: n }, `${n} – ${criteria.fields[n]!.label[locale] ?? ''}`)))
  const idInput = h('input', { id: ids.id, type: 'text', required: true, pattern: "[a-z][a-zA-Z0-9_\\-]*" })
  const required = h('input', { id: ids.req, type: 'checkbox', checked: true })
  const weight = h('input', { id: ids.weight, type: 'number', min: 1, step: 1, value: 1 })
  const reasonSv = h('input', { id: ids.sv, type: 'text' })
  const reasonEn = h('input', { id: ids.en, type: 'text' })
  const inputs: Record<string, HTMLInputElement | HTMLSelectElement> = {}
  const checked: Record<string, HTMLInputElement[]> = {}

  const field = (): Field | undefined => criteria.fields[state.field]
  function drawKinds() {
    const f = field()
    const kinds = f ? conditionsFor(f) : []
    state.kind = kinds[0] ?? ''
    kindSelect.replaceChildren(...kinds.map((k) => h('option', { value: k }, conditionText(k, locale))))
    idInput.value ||= state.field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/^[^a-z]+/, 'c')
    drawParams()
  }
  function number(key: string, label: string, value = '') {
    const id = uid(`p-${key}`)
    inputs[key] = h('input', { id, type: 'number', value })
    return h('div', { class: 'row' }, h('label', { for: id }, label), inputs[key]!)
  }
  function values(key: string) {
    const f = field()
    const options = f && 'values' in f && f.values ? f.values : []
    checked[key] = []
    return h('fieldset', { class: 'row' }, h('legend', {}, t('options', locale)), ...options.map((v) => {
      const id = uid('p-v')
      const box = h('input', { id, type: 'checkbox', value: v })
      checked[key]!.push(box)
      return h('span', { class: 'choice' }, box, h('label', { for: id }, v))
    }))
  }
  function drawParams() {
    const k = state.kind
    params.replaceChildren()
    if (k === 'atLeast' || k === 'atMost') params.append(number('value', t('value', locale)))
    if (k === 'between') params.append(number('min', t('from', locale)), number('max', t('to', locale)))
    if (k === 'oneOf' || k === 'includesAny' || k === 'includesAll') {
      const f = field()
      if (f && 'values' in f && f.values) params.append(values('values'))
      else {
        const id = uid('p-text')
        inputs.text = h('input', { id, type: 'text' })
        params.append(h('div', { class: 'row' }, h('label', { for: id }, t('value', locale)), inputs.text))
      }
    }
    if (k === 'atLeastOf') params.append(number('count', t('count', locale), '2'), values('values'))
    if (k === 'cefrAtLeast') {
      const id = uid('p-level')
      inputs.level = h('select', { id }, ...CEFR.map((l) => h('option', { value: l, selected: l === 'B2' }, l)))
      params.append(h('div', { class: 'row' }, h('label', { for: id }, t('level', locale)), inputs.level))
    }
    if (k === 'onOrBefore' || k === 'onOrAfter') {
      const id = uid('p-date')
      inputs.date = h('input', { id, type: 'date' })
      params.append(h('div', { class: 'row' }, h('label', { for: id }, t('date', locale)), inputs.date))
    }
    if (k === 'withinDaysOfApplication') params.append(number('days', t('days', locale), '30'))
    if (k === 'withinMonthsOfApplication') params.append(number('months', t('months', locale), '1'))
  }
  function condition(): CriterionCondition | null {
    const n = (key: string) => Number(inputs[key]?.value)
    const vals = () => (checked.values ?? []).filter((b) => b.checked).map((b) => b.value)
    switch (state.kind) {
      case 'yes':
      case 'no':
        return { kind: state.kind }
      case 'atLeast':
      case 'atMost':
        return { kind: state.kind, value: n('value') }
      case 'between':
        return { kind: 'between', min: n('min'), max: n('max') }
      case 'oneOf':
      case 'includesAny':
      case 'includesAll':
        return { kind: state.kind, values: inputs.text ? [inputs.text.value.trim()].filter(Boolean) : vals() }
      case 'atLeastOf':
        return { kind: 'atLeastOf', count: n('count'), values: vals() }
      case 'cefrAtLeast':
        return { kind: 'cefrAtLeast', level: inputs.level!.value as (typeof CEFR)[number] }
      case 'onOrBefore':
      case 'onOrAfter':
        return { kind: state.kind, date: inputs.date!.value }
      case 'withinDaysOfApplication':
        return { kind: state.kind, days: n('days') }
      case 'withinMonthsOfApplication':
        return { kind: state.kind, months: n('months') }
      default:
        return null
    }
  }
  const add = () => {
    const c = condition()
    if (!c || !idInput.value) return
    const criterion = composeCriterion({ id: idInput.value.trim(), field: state.field, condition: c, required: required.checked, weight: Number(weight.value) || 1, reason: { sv: reasonSv.value, en: reasonEn.value } })
    setText(addCriterionToText(text(), criterion))
    status.textContent = t('added', locale)
  }
  container.replaceChildren(
    h('form', { class: 'add-criterion', onsubmit: (e: Event) => (e.preventDefault(), add()) },
      h('div', { class: 'row' }, h('label', { for: ids.field }, t('field', locale)), fieldSelect),
      h('div', { class: 'row' }, h('label', { for: ids.kind }, t('condition', locale)), kindSelect),
      params,
      h('div', { class: 'row check' }, required, h('label', { for: ids.req }, t('isRequired', locale))),
      h('div', { class: 'row' }, h('label', { for: ids.weight }, t('weight', locale)), weight),
      h('div', { class: 'row' }, h('label', { for: ids.id }, t('id', locale)), idInput),
      h('div', { class: 'row' }, h('label', { for: ids.sv }, t('reasonSv', locale)), reasonSv),
      h('div', { class: 'row' }, h('label', { for: ids.en }, t('reasonEn', locale)), reasonEn),
      h('button', { type: 'submit' }, t('add', locale)),
      status,
    ),
  )
  drawKinds()
}
