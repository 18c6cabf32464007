import type { Criteria, Field } from '../index.js'
import { h, uid } from './dom.js'
import { t, type UiLocale } from './i18n.js'

// The application form as the candidate sees it, generated from `fields`: the labels in the
// chosen language and the input that fits each type. What is filled in is read back as the
// answers an ATS would send.

const labelOf = (field: Field, locale: UiLocale): string =>
  field.label[locale] ?? field.label.sv ?? field.label.en ?? ''
const optionLabel = (field: Field, value: string, locale: UiLocale): string =>
  ('valueLabels' in field && field.valueLabels?.[value]?.[locale]) || value

/** Builds the form for the criteria's fields, keeping the answers given so far; calls back on every change. */
export function renderForm(
  container: HTMLElement,
  criteria: Criteria,
  locale: UiLocale,
  answers: Record<string, unknown>,
  meta: { firstName: string; submittedAt: string },
  onChange: () => void,
): void {
  container.replaceChildren()
  const form = h('form', { class: 'candidate-form', onsubmit: (e: Event) => e.preventDefault() })
  const nameId = uid('first-name')
  const atId = uid('submitted')
  form.append(
    h('p', { class: 'intro' }, t('formIntro', locale)),
    h(
      'div',
      { class: 'row' },
      h('label', { for: nameId }, t('firstName', locale)),
      h('input', {
        id: nameId,
        name: '__firstName',
        type: 'text',
        value: meta.firstName,
        autocomplete: 'off',
        oninput: (e: Event) => ((meta.firstName = (e.target as HTMLInputElement).value), onChange()),
      }),
    ),
    h(
      'div',
      { class: 'row' },
      h('label', { for: atId }, t('submittedAt', locale)),
      h('input', {
        id: atId,
        name: '__submittedAt',
        type: 'datetime-local',
        value: meta.submittedAt,
        oninput: (e: Event) => ((meta.submittedAt = (e.target as HTMLInputElement).value), onChange()),
      }),
    ),
  )
  for (const [name, field] of Object.entries(criteria.fields))
    form.append(control(name, field, locale, answers, onChange))
  container.append(form)
}

function control(
  name: string,
  field: Field,
  locale: UiLocale,
  answers: Record<string, unknown>,
  onChange: () => void,
): HTMLElement {
  const id = uid(`f-${name}`)
  const label = labelOf(field, locale)
  const set = (value: unknown) => {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0 && field.type !== 'list'))
      delete answers[name]
    else answers[name] = value
    onChange()
  }
  switch (field.type) {
    case 'boolean': {
      const current = answers[name]
      const radio = (value: string, text: string) => {
        const rid = uid(`r-${name}`)
        return h(
          'span',
          { class: 'choice' },
          h('input', {
            type: 'radio',
            id: rid,
            name: `answer-${name}`,
            value,
            checked:
              (value === 'yes' && current === true) ||
              (value === 'no' && current === false) ||
              (value === '' && current === undefined),
            onchange: () => set(value === 'yes' ? true : value === 'no' ? false : undefined),
          }),
          h('label', { for: rid }, text),
        )
      }
      return h(
        'fieldset',
        { class: 'row', 'data-field': name },
        h('legend', {}, label),
        radio('yes', t('yes', locale)),
        radio('no', t('no', locale)),
        radio('', t('unanswered', locale)),
      )
    }
    case 'number':
    case 'integer':
      return h(
        'div',
        { class: 'row', 'data-field': name },
        h('label', { for: id }, label),
        h('input', {
          id,
          type: 'number',
          inputmode: field.type === 'integer' ? 'numeric' : 'decimal',
          step: field.type === 'integer' ? 1 : 'any',
          min: field.min,
          max: field.max,
          value: typeof answers[name] === 'number' ? String(answers[name]) : '',
          oninput: (e: Event) => {
            const v = (e.target as HTMLInputElement).value
            set(v === '' ? undefined : Number(v))
          },
        }),
      )
    case 'date':
      return h(
        'div',
        { class: 'row', 'data-field': name },
        h('label', { for: id }, label),
        h('input', {
          id,
          type: 'date',
          value: typeof answers[name] === 'string' ? String(answers[name]) : '',
          oninput: (e: Event) => set((e.target as HTMLInputElement).value || undefined),
        }),
      )
    case 'date-time':
      return h(
        'div',
        { class: 'row', 'data-field': name },
        h('label', { for: id }, label),
        h('input', {
          id,
          type: 'datetime-local',
          value: typeof answers[name] === 'string' ? String(answers[name]) : '',
          oninput: (e: Event) => set((e.target as HTMLInputElement).value || undefined),
        }),
      )
    case 'enum':
      return h(
        'div',
        { class: 'row', 'data-field': name },
        h('label', { for: id }, label),
        h(
          'select',
          { id, onchange: (e: Event) => set((e.target as HTMLSelectElement).value || undefined) },
          h('option', { value: '', selected: answers[name] === undefined }, `– ${t('unanswered', locale)} –`),
          ...field.values.map((v) =>
            h('option', { value: v, selected: answers[name] === v }, optionLabel(field, v, locale)),
          ),
        ),
      )
    case 'list':
      if (field.values) {
        const chosen = new Set(Array.isArray(answers[name]) ? (answers[name] as string[]) : [])
        return h(
          'fieldset',
          { class: 'row', 'data-field': name },
          h('legend', {}, label),
          ...field.values.map((v) => {
            const cid = uid(`c-${name}`)
            return h(
              'span',
              { class: 'choice' },
              h('input', {
                type: 'checkbox',
                id: cid,
                value: v,
                checked: chosen.has(v),
                onchange: (e: Event) => {
                  if ((e.target as HTMLInputElement).checked) chosen.add(v)
                  else chosen.delete(v)
                  set(field.values!.filter((x) => chosen.has(x)))
                },
              }),
              h('label', { for: cid }, optionLabel(field, v, locale)),
            )
          }),
        )
      }
      return h(
        'div',
        { class: 'row', 'data-field': name },
        h('label', { for: id }, `${label} (${t('onePerLine', locale)})`),
        h(
          'textarea',
          {
            id,
            rows: 3,
            oninput: (e: Event) => {
              const lines = (e.target as HTMLTextAreaElement).value
                .split('\n')
                .map((l) => l.trim())
                .filter(Boolean)
              set(lines.length ? lines : undefined)
            },
          },
          Array.isArray(answers[name]) ? (answers[name] as string[]).join('\n') : '',
        ),
      )
    case 'string':
      return h(
        'div',
        { class: 'row', 'data-field': name },
        h('label', { for: id }, label),
        h('input', {
          id,
          type: 'text',
          value: typeof answers[name] === 'string' ? String(answers[name]) : '',
          oninput: (e: Event) => set((e.target as HTMLInputElement).value || undefined),
        }),
      )
  }
}
