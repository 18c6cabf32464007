import {
  CEFR_LEVELS,
  composeCriterion,
  conditionsFor,
  placeholdersFor,
  proposeCriterionId,
  type CriterionChoice,
  type CriterionCondition,
  type Field,
  type ListedCriterion,
  type Localized,
} from '../index.js'
import { h, uid } from './dom.js'
import { conditionText, formProblemText, t, type FormProblem, type UiLocale } from './i18n.js'

// The guided form for one criterion: a question, a condition that fits it, required or points,
// `when`, the reason, why and advice per language. It builds a CriterionChoice; the library
// writes it into the text (setCriterion), so the page holds no logic of its own about YAML.

type Refusal = { problem: FormProblem; input: HTMLElement }
const labelOf = (field: Field, locale: UiLocale): string =>
  field.label[locale] ?? field.label.sv ?? field.label.en ?? ''

/** A question and a condition on it, with the inputs the condition needs; reused for the rule and for `when`. */
interface ConditionEditor {
  element: HTMLElement
  field(): string
  kind(): CriterionCondition['kind'] | ''
  read(): { field: string; condition: CriterionCondition } | Refusal | null
  onChange(listener: () => void): void
}

function conditionEditor(
  fields: Record<string, Field>,
  locale: UiLocale,
  labels: { question: string; condition: string },
  initial?: { field: string; condition: CriterionCondition },
): ConditionEditor {
  const names = Object.keys(fields)
  const state = {
    field: initial?.field ?? names[0] ?? '',
    kind: (initial?.condition.kind ?? '') as CriterionCondition['kind'] | '',
  }
  const listeners: (() => void)[] = []
  const changed = () => listeners.forEach((l) => l())
  const ids = { field: uid('c-field'), kind: uid('c-kind') }
  const params = h('div', { class: 'params' })
  const kindSelect = h('select', {
    id: ids.kind,
    onchange: (e: Event) => (
      (state.kind = (e.target as HTMLSelectElement).value as CriterionCondition['kind']), drawParams(), changed()
    ),
  })
  const fieldSelect = h(
    'select',
    {
      id: ids.field,
      onchange: (e: Event) => ((state.field = (e.target as HTMLSelectElement).value), drawKinds(), changed()),
    },
    ...names.map((n) =>
      h('option', { value: n, selected: n === state.field }, `${labelOf(fields[n]!, locale)} (${n})`),
    ),
  )
  const inputs: Record<string, HTMLInputElement | HTMLSelectElement> = {}
  const rules: Record<string, { label: string; whole?: boolean; min?: number }> = {}
  const checked: Record<string, HTMLInputElement[]> = {}
  const field = (): Field | undefined => fields[state.field]
  let seed = initial?.condition

  function drawKinds() {
    const f = field()
    const kinds = f ? conditionsFor(f) : []
    if (!kinds.includes(state.kind as CriterionCondition['kind'])) state.kind = kinds[0] ?? ''
    kindSelect.replaceChildren(
      ...kinds.map((k) => h('option', { value: k, selected: k === state.kind }, conditionText(k, locale))),
    )
    drawParams()
  }
  function number(key: string, label: string, value: string, rule: { whole?: boolean; min?: number } = {}) {
    const id = uid(`p-${key}`)
    inputs[key] = h('input', { id, type: 'number', value, oninput: changed })
    rules[key] = { label, ...rule }
    return h('div', { class: 'row' }, h('label', { for: id }, label), inputs[key]!)
  }
  function values(key: string, chosen: readonly string[]) {
    const f = field()
    const options = f && 'values' in f && f.values ? f.values : []
    checked[key] = []
    return h(
      'fieldset',
      { class: 'row' },
      h('legend', {}, t('options', locale)),
      ...options.map((v) => {
        const id = uid('p-v')
        const box = h('input', { id, type: 'checkbox', value: v, checked: chosen.includes(v), onchange: changed })
        checked[key]!.push(box)
        return h('span', { class: 'choice' }, box, h('label', { for: id }, v))
      }),
    )
  }
  function drawParams() {
    const k = state.kind
    // The values of the condition as written, when the form opens on it; defaults otherwise.
    const s = seed && seed.kind === k ? (seed as Record<string, unknown>) : {}
    seed = undefined
    const str = (key: string, fallback = '') => (s[key] === undefined ? fallback : String(s[key]))
    params.replaceChildren()
    for (const old of [inputs, rules, checked]) for (const key of Object.keys(old)) delete old[key]
    if (k === 'atLeast' || k === 'atMost') params.append(number('value', t('value', locale), str('value')))
    if (k === 'between')
      params.append(number('min', t('from', locale), str('min')), number('max', t('to', locale), str('max')))
    const chosen = Array.isArray(s.values) ? (s.values as string[]) : []
    if (k === 'oneOf' || k === 'includesAny' || k === 'includesAll') {
      const f = field()
      if (f && 'values' in f && f.values) params.append(values('values', chosen))
      else {
        const id = uid('p-text')
        inputs.text = h('input', { id, type: 'text', value: chosen[0] ?? '', oninput: changed })
        params.append(h('div', { class: 'row' }, h('label', { for: id }, t('value', locale)), inputs.text))
      }
    }
    if (k === 'atLeastOf')
      params.append(
        number('count', t('count', locale), str('count', '2'), { whole: true, min: 1 }),
        values('values', chosen),
      )
    if (k === 'cefrAtLeast') {
      const id = uid('p-level')
      inputs.level = h(
        'select',
        { id, onchange: changed },
        ...CEFR_LEVELS.map((l) => h('option', { value: l, selected: l === str('level', 'B2') }, l)),
      )
      params.append(h('div', { class: 'row' }, h('label', { for: id }, t('level', locale)), inputs.level))
    }
    if (k === 'onOrBefore' || k === 'onOrAfter') {
      const id = uid('p-date')
      inputs.date = h('input', { id, type: 'date', value: str('date'), oninput: changed })
      params.append(h('div', { class: 'row' }, h('label', { for: id }, t('date', locale)), inputs.date))
    }
    if (k === 'withinDaysOfApplication')
      params.append(number('days', t('days', locale), str('days', '30'), { whole: true, min: 0 }))
    if (k === 'withinMonthsOfApplication')
      params.append(number('months', t('months', locale), str('months', '1'), { whole: true, min: 0 }))
    const f = field()
    const review = f && 'reviewValues' in f && f.reviewValues?.length ? f.reviewValues : null
    if (review) params.append(h('p', { class: 'hint' }, `${t('forAPerson', locale)} ${review.join(', ')}`))
  }
  /** The condition the inputs describe, or the first problem with it (an empty number is no number: Number('') would be 0). */
  function read(): { field: string; condition: CriterionCondition } | Refusal | null {
    const numbers: Record<string, number> = {}
    for (const key of Object.keys(rules)) {
      const input = inputs[key] as HTMLInputElement
      const rule = rules[key]!
      const text = input.value.trim()
      const value = Number(text)
      if (input.validity.badInput || (text !== '' && !Number.isFinite(value)))
        return { problem: { kind: 'notNumber', label: rule.label }, input }
      if (text === '') return { problem: { kind: 'empty', label: rule.label }, input }
      if (rule.whole && !Number.isInteger(value)) return { problem: { kind: 'notWhole', label: rule.label }, input }
      if (rule.min !== undefined && value < rule.min)
        return { problem: { kind: 'tooSmall', label: rule.label, min: rule.min }, input }
      numbers[key] = value
    }
    const n = (key: string) => numbers[key]!
    const vals = () => (checked.values ?? []).filter((b) => b.checked).map((b) => b.value)
    const ok = (condition: CriterionCondition) => ({ field: state.field, condition })
    switch (state.kind) {
      case 'yes':
      case 'no':
        return ok({ kind: state.kind })
      case 'atLeast':
      case 'atMost':
        return ok({ kind: state.kind, value: n('value') })
      case 'between':
        if (n('min') > n('max'))
          return { problem: { kind: 'order', label: rules.min!.label, other: rules.max!.label }, input: inputs.min! }
        return ok({ kind: 'between', min: n('min'), max: n('max') })
      case 'oneOf':
      case 'includesAny':
      case 'includesAll': {
        const values = inputs.text ? [inputs.text.value.trim()].filter(Boolean) : vals()
        if (!values.length)
          return {
            problem: { kind: inputs.text ? 'noText' : 'noValues', label: t(inputs.text ? 'value' : 'options', locale) },
            input: inputs.text ?? checked.values?.[0] ?? kindSelect,
          }
        return ok({ kind: state.kind, values })
      }
      case 'atLeastOf': {
        const values = vals()
        if (!values.length)
          return {
            problem: { kind: 'noValues', label: t('options', locale) },
            input: checked.values?.[0] ?? kindSelect,
          }
        return ok({ kind: 'atLeastOf', count: n('count'), values })
      }
      case 'cefrAtLeast':
        return ok({ kind: 'cefrAtLeast', level: inputs.level!.value as (typeof CEFR_LEVELS)[number] })
      case 'onOrBefore':
      case 'onOrAfter':
        if (!inputs.date!.value) return { problem: { kind: 'noDate', label: t('date', locale) }, input: inputs.date! }
        return ok({ kind: state.kind, date: inputs.date!.value })
      case 'withinDaysOfApplication':
        return ok({ kind: state.kind, days: n('days') })
      case 'withinMonthsOfApplication':
        return ok({ kind: state.kind, months: n('months') })
      default:
        return null
    }
  }
  const element = h(
    'div',
    { class: 'condition' },
    h('div', { class: 'row' }, h('label', { for: ids.field }, labels.question), fieldSelect),
    h('div', { class: 'row' }, h('label', { for: ids.kind }, labels.condition), kindSelect),
    params,
  )
  drawKinds()
  return { element, field: () => state.field, kind: () => state.kind, read, onChange: (l) => listeners.push(l) }
}

/** What the form hands back: the criterion to write, under which id it stood and which id it gets. */
export interface CriterionSave {
  oldId: string | null
  newId: string
  criterion: Record<string, unknown>
}

/**
 * Builds the form for a new criterion (`editing` null) or for one the form can express; calls
 * `onSave` with the criterion composed by the library, and says a problem at its field.
 * `save` returns the library's refusal in words, or null when the text was written.
 */
export function renderCriterionForm(
  host: HTMLElement,
  options: {
    fields: Record<string, Field>
    taken: readonly string[]
    editing: ListedCriterion | null
    locale: UiLocale
    save: (s: CriterionSave) => string | null
    cancel: () => void
  },
): void {
  const { fields, locale, editing } = options
  const choice = editing?.choice ?? null
  const rule = conditionEditor(
    fields,
    locale,
    { question: t('question', locale), condition: t('condition', locale) },
    choice ? { field: choice.field, condition: choice.condition } : undefined,
  )
  const ids = {
    id: uid('cf-id'),
    required: uid('cf-req'),
    points: uid('cf-points'),
    weight: uid('cf-weight'),
    near: uid('cf-near'),
    when: uid('cf-when'),
    head: uid('cf-head'),
  }
  const others = options.taken.filter((x) => x !== editing?.id)
  // A new criterion's id follows the question and condition until the recruiter writes one.
  let idTouched = Boolean(editing)
  const idInput = h('input', {
    id: ids.id,
    type: 'text',
    value: editing?.id ?? '',
    autocomplete: 'off',
    oninput: () => (idTouched = true),
  })
  const propose = () => {
    if (idTouched) return
    const read = rule.read()
    // Until the condition is complete, the question alone names it.
    const condition: CriterionCondition = read && 'condition' in read ? read.condition : { kind: 'yes' }
    idInput.value = proposeCriterionId(rule.field(), condition, others)
  }
  const required = h('input', {
    id: ids.required,
    type: 'radio',
    name: ids.required,
    checked: choice ? choice.required : true,
    onchange: () => showKind(),
  })
  const points = h('input', {
    id: ids.points,
    type: 'radio',
    name: ids.required,
    checked: choice ? !choice.required : false,
    onchange: () => showKind(),
  })
  const weight = h('input', { id: ids.weight, type: 'number', min: 1, step: 1, value: String(choice?.weight ?? 1) })
  const near = h('input', { id: ids.near, type: 'checkbox', checked: choice?.nearMissAllowed === true })
  const weightRow = h('div', { class: 'row' }, h('label', { for: ids.weight }, t('weight', locale)), weight)
  const nearRow = h('div', { class: 'row check' }, near, h('label', { for: ids.near }, t('nearMissAllowed', locale)))
  const showKind = () => {
    weightRow.hidden = required.checked
    nearRow.hidden = !required.checked
  }
  // The `when` inputs exist only while it is ticked: nothing hidden is read, labelled twice or tabbed to.
  let when: ConditionEditor | null = null
  const whenBox = h('div', { class: 'when' })
  const showWhen = () => {
    when = whenOn.checked
      ? conditionEditor(
          fields,
          locale,
          { question: t('whenQuestion', locale), condition: t('whenCondition', locale) },
          choice?.when,
        )
      : null
    whenBox.replaceChildren(...(when ? [when.element] : []))
    whenBox.hidden = !when
  }
  const whenOn = h('input', { id: ids.when, type: 'checkbox', checked: Boolean(choice?.when), onchange: showWhen })
  showWhen()
  const text = (
    key: 'reasonSv' | 'reasonEn' | 'whySv' | 'whyEn' | 'adviceSv' | 'adviceEn',
    value: string | undefined,
  ) => {
    const id = uid(`cf-${key}`)
    const input = h('input', { id, type: 'text', value: value ?? '' })
    return { input, row: h('div', { class: 'row' }, h('label', { for: id }, t(key, locale)), input) }
  }
  const reason = { sv: text('reasonSv', choice?.reason.sv), en: text('reasonEn', choice?.reason.en) }
  const why = { sv: text('whySv', choice?.why?.sv), en: text('whyEn', choice?.why?.en) }
  const advice = { sv: text('adviceSv', choice?.advice?.sv), en: text('adviceEn', choice?.advice?.en) }
  const placeholders = h('p', { class: 'hint', 'aria-live': 'polite' })
  const showPlaceholders = () => {
    const read = rule.read()
    const names = read && 'condition' in read ? placeholdersFor(read.condition) : []
    placeholders.textContent = names.length
      ? `${t('placeholders', locale)} ${names.map((n) => `{{${n}}}`).join(' ')}`
      : t('noPlaceholders', locale)
  }
  rule.onChange(() => (propose(), showPlaceholders()))
  const status = h('p', { role: 'status', 'aria-live': 'polite', class: 'form-status' })

  function refuse(problem: FormProblem | string, input: HTMLElement) {
    input.setAttribute('aria-invalid', 'true')
    input.addEventListener('input', () => input.removeAttribute('aria-invalid'), { once: true })
    input.addEventListener('change', () => input.removeAttribute('aria-invalid'), { once: true })
    status.textContent = typeof problem === 'string' ? problem : formProblemText(problem, locale)
    status.classList.add('error')
    input.focus()
  }
  const localized = (pair: { sv: { input: HTMLInputElement }; en: { input: HTMLInputElement } }): Localized => ({
    sv: pair.sv.input.value,
    en: pair.en.input.value,
  })
  function submit() {
    const r = rule.read()
    if (!r) return
    if ('problem' in r) return refuse(r.problem, r.input)
    let whenChoice: CriterionChoice['when'] | undefined
    if (when) {
      const w = when.read()
      if (!w) return
      if ('problem' in w) return refuse(w.problem, w.input)
      whenChoice = w
    }
    const id = idInput.value.trim()
    if (!id || !/^[a-z][a-zA-Z0-9_-]*$/.test(id))
      return refuse({ kind: id ? 'badId' : 'noId', label: t('id', locale) }, idInput)
    let w: number | undefined
    if (points.checked) {
      const raw = weight.value.trim()
      w = Number(raw)
      const label = t('weight', locale)
      if (weight.validity.badInput || (raw !== '' && !Number.isFinite(w)))
        return refuse({ kind: 'notNumber', label }, weight)
      if (raw === '') return refuse({ kind: 'empty', label }, weight)
      if (!(w > 0)) return refuse({ kind: 'notPositive', label }, weight)
    }
    const next: CriterionChoice = {
      id,
      field: r.field,
      condition: r.condition,
      required: required.checked,
      ...(w === undefined ? {} : { weight: w }),
      ...(required.checked && near.checked ? { nearMissAllowed: true } : {}),
      ...(whenChoice ? { when: whenChoice } : {}),
      reason: localized(reason),
      why: localized(why),
      advice: localized(advice),
    }
    const refusal = options.save({
      oldId: editing?.id ?? null,
      newId: id,
      criterion: composeCriterion(next, editing?.criterion),
    })
    if (refusal) refuse(refusal, idInput)
  }

  const heading = h(
    'h3',
    { id: ids.head, tabindex: -1 },
    editing ? `${t('editCriterion', locale)} ${editing.id}` : t('newCriterion', locale),
  )
  host.replaceChildren(
    // novalidate: the form's own checks say what is wrong in the page's language, not the browser's.
    h(
      'form',
      {
        class: 'criterion-form',
        novalidate: true,
        'aria-labelledby': ids.head,
        onsubmit: (e: Event) => (e.preventDefault(), submit()),
      },
      heading,
      rule.element,
      h(
        'fieldset',
        { class: 'row' },
        h('legend', {}, t('kindLegend', locale)),
        h('span', { class: 'choice' }, required, h('label', { for: ids.required }, t('kindRequired', locale))),
        h('span', { class: 'choice' }, points, h('label', { for: ids.points }, t('kindPoints', locale))),
      ),
      weightRow,
      nearRow,
      h('div', { class: 'row check' }, whenOn, h('label', { for: ids.when }, t('whenOn', locale))),
      whenBox,
      h('div', { class: 'row' }, h('label', { for: ids.id }, t('id', locale)), idInput),
      reason.sv.row,
      reason.en.row,
      placeholders,
      why.sv.row,
      why.en.row,
      advice.sv.row,
      advice.en.row,
      h(
        'div',
        { class: 'buttons' },
        h('button', { type: 'submit' }, t('saveCriterion', locale)),
        h('button', { type: 'button', class: 'secondary', onclick: () => options.cancel() }, t('cancel', locale)),
      ),
      status,
    ),
  )
  showKind()
  propose()
  showPlaceholders()
  heading.focus()
}
