import { newCriteriaText } from '../index.js'
import { h, uid } from './dom.js'
import { errorText, t, type UiLocale } from './i18n.js'
import b2b from '../../rules/b2b-saljare.yaml?raw'
import frontend from '../../rules/frontend-developer.yaml?raw'
import lager from '../../rules/lagerarbetare.yaml?raw'
import underskoterska from '../../rules/underskoterska-hemtjanst.yaml?raw'

// "New file": a name, and a start (a blank file, a copy of a bundled example, or the text in
// the editor when no file is open). The server's PUT creates the file; nothing else is made.

const EXAMPLES: Record<string, string> = {
  'lagerarbetare.yaml': lager,
  'underskoterska-hemtjanst.yaml': underskoterska,
  'b2b-saljare.yaml': b2b,
  'frontend-developer.yaml': frontend,
}

const NAME = /^[a-z0-9]+(-[a-z0-9]+)*\.yaml$/

export interface NewFileOptions {
  locale: UiLocale
  /** The criteria files there are (a name already taken is refused). */
  taken: readonly string[]
  /** The editor's text when no file is open (offered as a start), else null. */
  editorText: string | null
  write(path: string, text: string): Promise<void>
  created(path: string): void
}

/** Opens the "new file" dialog; focus returns to `opener` when it closes. */
export function openNewFile(opener: HTMLElement | null, o: NewFileOptions): void {
  const l = o.locale
  const ids = { name: uid('nf-name'), hint: uid('nf-hint'), example: uid('nf-example'), title: uid('nf-title') }
  const name = h('input', {
    id: ids.name,
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': ids.hint,
    required: true,
  })
  const status = h('p', { role: 'status', 'aria-live': 'polite', class: 'form-status' })
  const radio = (value: string, label: string, checked = false) => {
    const id = uid('nf-start')
    return h(
      'div',
      { class: 'row check' },
      h('input', { type: 'radio', name: 'nf-start', id, value, checked }),
      h('label', { for: id }, label),
    )
  }
  const example = h('select', { id: ids.example }, ...Object.keys(EXAMPLES).map((n) => h('option', { value: n }, n)))
  const dialog = h('dialog', { class: 'new-file', 'aria-labelledby': ids.title })
  const close = () => {
    dialog.close()
    dialog.remove()
    opener?.focus()
  }
  const create = async () => {
    let path = name.value.trim().toLowerCase()
    if (path && !/\.ya?ml$/.test(path)) path += '.yaml'
    const wrong = !NAME.test(path) ? t('fileNameBad', l) : o.taken.includes(path) ? t('fileNameTaken', l) : ''
    if (wrong) {
      status.textContent = wrong
      status.classList.add('error')
      name.setAttribute('aria-invalid', 'true')
      return name.focus()
    }
    name.removeAttribute('aria-invalid')
    const start = (dialog.querySelector('input[name="nf-start"]:checked') as HTMLInputElement | null)?.value ?? 'blank'
    const text =
      start === 'example'
        ? EXAMPLES[example.value]!
        : start === 'editor' && o.editorText !== null
          ? o.editorText
          : newCriteriaText({ id: path.replace(/\.yaml$/, ''), locale: l })
    try {
      await o.write(path, text)
    } catch (e) {
      status.textContent = errorText(e, l)
      status.classList.add('error')
      return
    }
    dialog.close()
    dialog.remove()
    o.created(path)
  }
  dialog.append(
    h(
      'form',
      { novalidate: true, onsubmit: (e: Event) => (e.preventDefault(), void create()) },
      h('h2', { id: ids.title }, t('newFileTitle', l)),
      h(
        'div',
        { class: 'row' },
        h('label', { for: ids.name }, t('fileName', l)),
        name,
        h('small', { id: ids.hint, class: 'hint' }, t('fileNameHint', l)),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, t('startFrom', l)),
        radio('blank', t('startBlank', l), true),
        radio('example', t('startExample', l)),
        h('div', { class: 'row indent' }, h('label', { for: ids.example }, t('example', l)), example),
        o.editorText?.trim() ? radio('editor', t('startEditor', l)) : null,
      ),
      h(
        'div',
        { class: 'buttons' },
        h('button', { type: 'submit' }, t('create', l)),
        h('button', { type: 'button', onclick: close }, t('cancel', l)),
      ),
      status,
    ),
  )
  // Choosing an example picks "a copy of an example".
  example.addEventListener(
    'change',
    () => ((dialog.querySelector('input[value="example"]') as HTMLInputElement).checked = true),
  )
  dialog.addEventListener('cancel', (e) => (e.preventDefault(), close()))
  document.body.append(dialog)
  dialog.showModal()
  name.focus()
}
