import { formatIssue, moveField, readFields, removeField, setField, type Field, type FieldEntry } from '../index.js'
import { h, uid } from './dom.js'
import { editErrorText } from './form-text.js'
import { t, typeName, type UiLocale } from './i18n.js'
import type { TextHost } from './job-view.js'

// The "questions" tab: the file's fields as a list (edit, move up or down, remove) and a form
// for one question: its name, type of answer, the question in both languages, bounds, and
// options with their labels and the options a person must judge. The library edits the text.

const TYPES = ['boolean', 'number', 'integer', 'string', 'enum', 'list', 'date', 'date-time'] as const
type Type = (typeof TYPES)[number]
// What the form shows and writes; anything else a question has (a description, a review note)
// is kept as written, unless the type changes and it no longer fits.
const FORM_KEYS = ['type', 'label', 'min', 'max', 'values', 'valueLabels', 'reviewValues']
const BASE_KEYS = ['label', 'description', 'lintAcknowledge']

interface OptionRow {
  value: HTMLInputElement
  sv: HTMLInputElement
  en: HTMLInputElement
  review: HTMLInputElement
  row: HTMLElement
}

export function createFieldsView(container: HTMLElement, host: TextHost) {
  let key = ''
  let locale: UiLocale = 'sv'
  const list = h('ol', { class: 'field-list' })
  const formHost = h('div', {})
  const status = h('p', { role: 'status', 'aria-live': 'polite', class: 'form-status' })
  const say = (text: string, error = false) => {
    status.textContent = text
    status.classList.toggle('error', error)
  }
  const write = (next: string) => {
    key = keyOf(next)
    host.setText(next)
    drawList(next)
  }

  const read = (text: string): FieldEntry[] | { error: unknown } => {
    try {
      return readFields(text)
    } catch (e) {
      return { error: e }
    }
  }

  function drawList(text: string, focus?: { name: string; action: string }) {
    const l = locale
    const fields = read(text)
    if (!Array.isArray(fields))
      return void list.replaceChildren(
        h('li', { class: 'error' }, `${t('notYaml', l)}: ${editErrorText(fields.error, l)}`),
      )
    if (!fields.length) return void list.replaceChildren(h('li', { class: 'none' }, t('noQuestions', l)))
    list.replaceChildren(
      ...fields.map(({ name, field }, i) => {
        const label = (
          field.label && typeof field.label === 'object'
            ? ((field.label as Record<string, unknown>)[l] ?? Object.values(field.label)[0])
            : ''
        ) as string
        const confirm = h('div', { class: 'confirm' })
        const button = (action: string, text: string, onclick: () => void, disabled = false) =>
          h(
            'button',
            {
              type: 'button',
              'data-field': name,
              'data-action': action,
              'aria-label': `${text}: ${name}`,
              disabled,
              onclick,
            },
            text,
          )
        return h(
          'li',
          { 'data-name': name },
          h(
            'div',
            { class: 'field-head' },
            h('strong', {}, name),
            ` · ${typeName(String(field.type ?? '?'), l)}`,
            label ? h('span', { class: 'field-label' }, ` · ${String(label)}`) : null,
          ),
          h(
            'div',
            { class: 'buttons' },
            button('edit', t('editField', l), () => openForm(name)),
            button('up', t('moveUp', l), () => move(name, i - 1, 'up'), i === 0),
            button('down', t('moveDown', l), () => move(name, i + 1, 'down'), i === fields.length - 1),
            button('remove', t('removeField', l), () => askRemove(name, confirm)),
          ),
          confirm,
        )
      }),
    )
    if (focus) {
      const el = list.querySelector<HTMLButtonElement>(
        `button[data-field="${CSS.escape(focus.name)}"][data-action="${focus.action}"]`,
      )
      ;(el && !el.disabled
        ? el
        : list.querySelector<HTMLButtonElement>(`button[data-field="${CSS.escape(focus.name)}"][data-action="edit"]`)
      )?.focus()
    }
  }

  function move(name: string, to: number, action: string) {
    try {
      const next = moveField(host.text(), name, to)
      key = keyOf(next)
      host.setText(next)
      drawList(next, { name, action })
      say(t('fieldMoved', locale))
    } catch (e) {
      say(editErrorText(e, locale), true)
    }
  }

  function askRemove(name: string, where: HTMLElement) {
    const text = host.text()
    let next: string
    try {
      next = removeField(text, name)
    } catch (e) {
      // Read by a criterion: said at once, and nothing to confirm.
      where.replaceChildren(h('p', { class: 'error', role: 'alert' }, editErrorText(e, locale)))
      return
    }
    const yes = h(
      'button',
      {
        type: 'button',
        onclick: () => (
          write(next),
          say(t('fieldRemoved', locale)),
          (list.querySelector('button') ?? container.querySelector<HTMLButtonElement>('.add-field'))?.focus()
        ),
      },
      t('yesRemove', locale),
    )
    const no = h(
      'button',
      {
        type: 'button',
        onclick: () => (
          where.replaceChildren(),
          list
            .querySelector<HTMLButtonElement>(`button[data-field="${CSS.escape(name)}"][data-action="remove"]`)
            ?.focus()
        ),
      },
      t('cancel', locale),
    )
    where.replaceChildren(h('p', { role: 'alert' }, `${t('confirmRemove', locale)} ${name}?`), yes, no)
    yes.focus()
  }

  function openForm(name: string) {
    const l = locale
    const entry = (() => {
      const fields = read(host.text())
      return Array.isArray(fields) ? fields.find((f) => f.name === name) : undefined
    })()
    const field = (entry?.field ?? { type: 'boolean' }) as Record<string, unknown>
    const label = (field.label && typeof field.label === 'object' ? field.label : {}) as Record<string, unknown>
    const ids = {
      name: uid('f-name'),
      nameHint: uid('f-hint'),
      type: uid('f-type'),
      sv: uid('f-sv'),
      en: uid('f-en'),
      title: uid('f-title'),
    }
    const nameInput = h('input', {
      id: ids.name,
      type: 'text',
      value: name,
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-describedby': ids.nameHint,
    })
    const typeSelect = h(
      'select',
      { id: ids.type },
      ...TYPES.map((ty) => h('option', { value: ty, selected: ty === field.type }, typeName(ty, l))),
    )
    const sv = h('input', { id: ids.sv, type: 'text', value: typeof label.sv === 'string' ? label.sv : '' })
    const en = h('input', { id: ids.en, type: 'text', lang: 'en', value: typeof label.en === 'string' ? label.en : '' })
    const bounds = h('div', { class: 'pair' })
    const options = h('fieldset', { class: 'options' })
    const optionRows: OptionRow[] = []
    let min: HTMLInputElement | null = null
    let max: HTMLInputElement | null = null
    const formStatus = h('p', { role: 'status', 'aria-live': 'polite', class: 'form-status' })

    const boundInput = (text: string, value: unknown, hint?: string) => {
      const id = uid('f-bound')
      const hintId = hint ? uid('f-bound-hint') : undefined
      const el = h('input', {
        id,
        type: 'text',
        inputmode: hint ? 'text' : 'decimal',
        value: value === undefined ? '' : String(value),
        ...(hintId ? { 'aria-describedby': hintId } : {}),
      })
      return {
        el,
        row: h(
          'div',
          { class: 'row' },
          h('label', { for: id }, text),
          el,
          hint ? h('small', { id: hintId, class: 'hint' }, hint) : null,
        ),
      }
    }
    const addOption = (value = '', labels: Record<string, unknown> = {}, review = false, focus = false) => {
      const n = optionRows.length + 1
      const mk = (text: string, v: string, attrs: Record<string, string> = {}) => {
        const id = uid('f-opt')
        const el = h('input', { id, type: 'text', value: v, ...attrs })
        return { el, row: h('div', { class: 'row' }, h('label', { for: id }, `${text} ${n}`), el) }
      }
      const val = mk(t('optionValue', l), value)
      const osv = mk(t('optionSv', l), typeof labels.sv === 'string' ? labels.sv : '')
      const oen = mk(t('optionEn', l), typeof labels.en === 'string' ? labels.en : '', { lang: 'en' })
      const reviewId = uid('f-review')
      const reviewBox = h('input', { id: reviewId, type: 'checkbox', checked: review })
      const row: HTMLElement = h('div', { class: 'option' })
      const entry: OptionRow = { value: val.el, sv: osv.el, en: oen.el, review: reviewBox, row }
      row.append(
        val.row,
        osv.row,
        oen.row,
        h('div', { class: 'row check' }, reviewBox, h('label', { for: reviewId }, t('optionReview', l))),
        h(
          'button',
          {
            type: 'button',
            'aria-label': `${t('removeOption', l)} ${n}`,
            onclick: () => (optionRows.splice(optionRows.indexOf(entry), 1), row.remove(), addButton.focus()),
          },
          t('removeOption', l),
        ),
      )
      optionRows.push(entry)
      options.insertBefore(row, addButton)
      if (focus) val.el.focus()
    }
    const addButton = h(
      'button',
      { type: 'button', class: 'add-option', onclick: () => addOption('', {}, false, true) },
      t('addOption', l),
    )
    const drawType = () => {
      const ty = typeSelect.value as Type
      bounds.replaceChildren()
      min = max = null
      if (ty === 'number' || ty === 'integer' || ty === 'date') {
        const hint = ty === 'date' ? t('dateBoundHint', l) : undefined
        const keep = ty === field.type
        const a = boundInput(t(ty === 'date' ? 'earliest' : 'minimum', l), keep ? field.min : undefined, hint)
        const b = boundInput(t(ty === 'date' ? 'latest' : 'maximum', l), keep ? field.max : undefined, hint)
        min = a.el
        max = b.el
        bounds.append(a.row, b.row)
      }
      options.hidden = !(ty === 'enum' || ty === 'list')
    }
    options.append(h('legend', {}, t('options', l)), addButton)
    const values = Array.isArray(field.values) ? field.values.map(String) : []
    const valueLabels = (field.valueLabels && typeof field.valueLabels === 'object' ? field.valueLabels : {}) as Record<
      string,
      Record<string, unknown>
    >
    const reviewValues = Array.isArray(field.reviewValues) ? field.reviewValues.map(String) : []
    for (const v of values) addOption(v, valueLabels[v] ?? {}, reviewValues.includes(v))
    typeSelect.addEventListener('change', drawType)
    drawType()

    const refuse = (text: string, el: HTMLElement) => {
      formStatus.textContent = text
      formStatus.classList.add('error')
      el.setAttribute('aria-invalid', 'true')
      el.addEventListener('input', () => el.removeAttribute('aria-invalid'), { once: true })
      el.focus()
    }
    const save = () => {
      const ty = typeSelect.value as Type
      const newName = nameInput.value.trim()
      const labels = Object.fromEntries(
        [
          ['sv', sv.value.trim()],
          ['en', en.value.trim()],
        ].filter(([, v]) => v),
      )
      if (!Object.keys(labels).length) return refuse(t('noLabel', l), sv)
      // Kept as written: what the form does not show, when it still fits the type.
      const kept = Object.fromEntries(
        Object.entries(field).filter(([k]) => !FORM_KEYS.includes(k) && (ty === field.type || BASE_KEYS.includes(k))),
      )
      const out: Record<string, unknown> = { ...kept, type: ty, label: labels }
      for (const [el, k] of [
        [min, 'min'],
        [max, 'max'],
      ] as const) {
        const v = el?.value.trim() ?? ''
        if (!el || v === '') continue
        if (ty === 'date') {
          if (v !== 'today' && !/^\d{4}-\d{2}-\d{2}$/.test(v))
            return refuse(`${el.labels?.[0]?.textContent ?? k} ${t('badDateBound', l)}`, el)
          out[k] = v
        } else {
          const n = Number(v.replace(',', '.'))
          if (!Number.isFinite(n)) return refuse(`${el.labels?.[0]?.textContent ?? k} ${t('badBound', l)}`, el)
          out[k] = n
        }
      }
      if (ty === 'enum' || ty === 'list') {
        const rows = optionRows.filter((r) => r.value.value.trim())
        if (ty === 'enum' && !rows.length) return refuse(t('noOptions', l), optionRows[0]?.value ?? addButton)
        if (rows.length) out.values = rows.map((r) => r.value.value.trim())
        const labelled = rows
          .map(
            (r) =>
              [
                r.value.value.trim(),
                Object.fromEntries(
                  [
                    ['sv', r.sv.value.trim()],
                    ['en', r.en.value.trim()],
                  ].filter(([, v]) => v),
                ),
              ] as const,
          )
          .filter(([, v]) => Object.keys(v).length)
        if (labelled.length) out.valueLabels = Object.fromEntries(labelled)
        const review = rows.filter((r) => r.review.checked).map((r) => r.value.value.trim())
        if (review.length) out.reviewValues = review
      }
      const text = host.text()
      try {
        // A new question never replaces one of the same name.
        const known = read(text)
        if (!name && Array.isArray(known) && known.some((f) => f.name === newName))
          return refuse(formatIssue({ code: 'field_exists', params: { name: newName }, message: '' }, l), nameInput)
        const next = name
          ? setField(text, name, out as unknown as Field, newName !== name ? { rename: newName } : {})
          : setField(text, newName, out as unknown as Field)
        write(next)
        close()
        say(t('fieldSaved', l))
        list
          .querySelector<HTMLButtonElement>(`button[data-field="${CSS.escape(newName)}"][data-action="edit"]`)
          ?.focus()
      } catch (e) {
        formStatus.textContent = editErrorText(e, l)
        formStatus.classList.add('error')
      }
    }
    const close = () => {
      formHost.replaceChildren()
    }
    formHost.replaceChildren(
      h(
        'form',
        {
          class: 'field-form',
          novalidate: true,
          'aria-labelledby': ids.title,
          onsubmit: (e: Event) => (e.preventDefault(), save()),
        },
        h('h3', { id: ids.title }, name ? `${t('editField', l)}: ${name}` : t('addField', l)),
        h(
          'div',
          { class: 'row' },
          h('label', { for: ids.name }, t('fieldName', l)),
          nameInput,
          h('small', { id: ids.nameHint, class: 'hint' }, t('fieldNameHint', l)),
        ),
        h('div', { class: 'row' }, h('label', { for: ids.type }, t('fieldType', l)), typeSelect),
        h('div', { class: 'row' }, h('label', { for: ids.sv }, t('labelSv', l)), sv),
        h('div', { class: 'row' }, h('label', { for: ids.en }, t('labelEn', l)), en),
        bounds,
        options,
        h(
          'div',
          { class: 'buttons' },
          h('button', { type: 'submit' }, t('saveField', l)),
          h(
            'button',
            {
              type: 'button',
              onclick: () => (close(), container.querySelector<HTMLButtonElement>('.add-field')?.focus()),
            },
            t('cancel', l),
          ),
        ),
        formStatus,
      ),
    )
    nameInput.focus()
  }

  const keyOf = (text: string) => JSON.stringify([read(text), locale])
  return {
    /** Reads the text again; redraws the list when the questions changed (an open form stays as it is). */
    update(text: string, l: UiLocale) {
      const relabel = l !== locale
      locale = l
      const k = keyOf(text)
      if (k === key && container.contains(list)) return
      key = k
      if (relabel || !container.contains(list)) {
        formHost.replaceChildren()
        container.replaceChildren(
          h('p', { class: 'intro' }, t('fieldsIntro', l)),
          list,
          h('button', { type: 'button', class: 'add-field', onclick: () => openForm('') }, t('addField', l)),
          status,
          formHost,
        )
      }
      drawList(text)
    },
  }
}
