import { addCriterionToText, composeCriterion, conditionsFor, type Criteria, type CriterionCondition, type Field } from '../index.js'
import { h, uid } from './dom.js'
import { conditionText, formProblemText, t, type FormProblem, type UiLocale } from './i18n.js'

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
  // What each number input is called (for a message that names it) and which numbers it takes.
  const rules: Record<string, { label: string; whole?: boolean; min?: number; above?: number }> = {}
  function number(key: string, label: string, value = '', rule: { whole?: boolean; min?: number; above?: number } = {}) {
    const id = uid(`p-${key}`)
    inputs[key] = h('input', { id, type: 'number', value })
    rules[key] = { label, ...rule }
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
    // The inputs of the condition drawn before are gone: none of their values may be read.
    for (const old of [inputs, rules, checked]) for (const key of Object.keys(old)) delete old[key]
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
    if (k === 'atLeastOf') params.append(number('count', t('count', locale), '2', { whole: true, min: 1 }), values('values'))
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
    if (k === 'withinDaysOfApplication') params.append(number('days', t('days', locale), '30', { whole: true, min: 0 }))
    if (k === 'withinMonthsOfApplication') params.append(number('months', t('months', locale), '1', { whole: true, min: 0 }))
  }
  /**
   * The condition the form describes, or the first problem with it. An empty number field is
   * no number (Number('') would be 0, and `>= 0` decides silently), nor is text the browser
   * could not read as one; a date or a list of options left empty is no condition either.
   */
  function condition(): { condition: CriterionCondition } | { problem: FormProblem; input: HTMLElement } | null {
    const numbers: Record<string, number> = {}
    for (const key of Object.keys(rules)) {
      const input = inputs[key] as HTMLInputElement
      const rule = rules[key]!
      const text = input.value.trim()
      const value = Number(text)
      if (input.validity.badInput || (text !== '' && !Number.isFinite(value))) return { problem: { kind: 'notNumber', label: rule.label }, input }
      if (text === '') return { problem: { kind: 'empty', label: rule.label }, input }
      if (rule.whole && !Number.isInteger(value)) return { problem: { kind: 'notWhole', label: rule.label }, input }
      if (rule.min !== undefined && value < rule.min) return { problem: { kind: 'tooSmall', label: rule.label, min: rule.min }, input }
      numbers[key] = value
    }
    const n = (key: string) => numbers[key]!
    const vals = () => (checked.values ?? []).filter((b) => b.checked).map((b) => b.value)
    const noValues = (values: string[]) => !values.length
    switch (state.kind) {
      case 'yes':
      case 'no':
        return { condition: { kind: state.kind } }
      case 'atLeast':
      case 'atMost':
        return { condition: { kind: state.kind, value: n('value') } }
      case 'between':
        if (n('min') > n('max')) return { problem: { kind: 'order', label: rules.min!.label, other: rules.max!.label }, input: inputs.min! }
        return { condition: { kind: 'between', min: n('min'), max: n('max') } }
      case 'oneOf':
      case 'includesAny':
      case 'includesAll': {
        const values = inputs.text ? [inputs.text.value.trim()].filter(Boolean) : vals()
        if (noValues(values)) return { problem: { kind: inputs.text ? 'noText' : 'noValues', label: t(inputs.text ? 'value' : 'options', locale) }, input: inputs.text ?? checked.values?.[0] ?? kindSelect }
        return { condition: { kind: state.kind, values } }
      }
      case 'atLeastOf': {
        const values = vals()
        if (noValues(values)) return { problem: { kind: 'noValues', label: t('options', locale) }, input: checked.values?.[0] ?? kindSelect }
        return { condition: { kind: 'atLeastOf', count: n('count'), values } }
      }
      case 'cefrAtLeast':
        return { condition: { kind: 'cefrAtLeast', level: inputs.level!.value as (typeof CEFR)[number] } }
      case 'onOrBefore':
      case 'onOrAfter':
        if (!inputs.date!.value) return { problem: { kind: 'noDate', label: t('date', locale) }, input: inputs.date! }
        return { condition: { kind: state.kind, date: inputs.date!.value } }
      case 'withinDaysOfApplication':
        return { condition: { kind: state.kind, days: n('days') } }
      case 'withinMonthsOfApplication':
        return { condition: { kind: state.kind, months: n('months') } }
      default:
        return null
    }
  }
  /** Says what is wrong, at the field: nothing is written until it is put right. */
  function refuse(problem: FormProblem, input: HTMLElement) {
    input.setAttribute('aria-invalid', 'true')
    input.addEventListener('input', () => input.removeAttribute('aria-invalid'), { once: true })
    input.addEventListener('change', () => input.removeAttribute('aria-invalid'), { once: true })
    status.textContent = formProblemText(problem, locale)
    status.classList.add('error')
    input.focus()
  }
  const add = () => {
    const c = condition()
    if (!c) return
    if ('problem' in c) return refuse(c.problem, c.input)
    const id = idInput.value.trim()
    if (!id || !/^[a-z][a-zA-Z0-9_-]*$/.test(id)) return refuse({ kind: id ? 'badId' : 'noId', label: t('id', locale) }, idInput)
    // Points count only for a preferred criterion: there an empty or odd number is refused too.
    let points: number | undefined
    if (!required.checked) {
      const text = weight.value.trim()
      points = Number(text)
      const label = t('weight', locale)
      if (weight.validity.badInput || (text !== '' && !Number.isFinite(points))) return refuse({ kind: 'notNumber', label }, weight)
      if (text === '') return refuse({ kind: 'empty', label }, weight)
      if (!(points > 0)) return refuse({ kind: 'notPositive', label }, weight)
    }
    const criterion = composeCriterion({ id, field: state.field, condition: c.condition, required: required.checked, ...(points === undefined ? {} : { weight: points }), reason: { sv: reasonSv.value, en: reasonEn.value } })
    setText(addCriterionToText(text(), criterion))
    status.classList.remove('error')
    status.textContent = t('added', locale)
  }
  container.replaceChildren(
    // novalidate: the form's own checks say what is wrong in the page's language, not the browser's.
    h('form', { class: 'add-criterion', novalidate: true, onsubmit: (e: Event) => (e.preventDefault(), add()) },
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
