import { listVersions, readVersion, type FileVersion } from './api.js'
import { h } from './dom.js'
import { errorText, t, type UiLocale } from './i18n.js'

// "Earlier versions": the versions the server kept of a file before each save (and the
// recruiter's own text, if it was set aside when the file was loaded from disk), each to read
// and restore into the editor. Restoring is an edit: nothing is written until the recruiter
// saves, and then the text it replaces is kept as a version in its turn.

/** Opens the dialog for `path`; `restore` puts the chosen text in the editor. */
export async function showVersions(o: {
  path: string
  locale: UiLocale
  setAside: string | null
  restore: (text: string) => void
}): Promise<void> {
  const l = o.locale
  const titleId = 'versions-title'
  const dialog = h('dialog', { id: 'versions-dialog', class: 'ask versions', 'aria-labelledby': titleId })
  const preview = h('pre', { class: 'version-preview', tabindex: 0, 'aria-label': t('versions', l) })
  const status = h('p', { role: 'status', 'aria-live': 'polite' })
  let chosen: string | null = null
  const restore = h(
    'button',
    {
      type: 'button',
      id: 'restore-version',
      disabled: true,
      onclick: () => {
        if (chosen === null) return
        o.restore(chosen)
        dialog.close()
      },
    },
    t('restoreVersion', l),
  )
  const list = h('ul', { class: 'version-list' })
  const when = (iso: string) =>
    new Date(iso).toLocaleString(l === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'medium' })
  const pick = async (button: HTMLButtonElement, text: () => Promise<string>) => {
    for (const b of list.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b === button))
    try {
      chosen = await text()
      preview.textContent = chosen
      restore.disabled = false
    } catch (e) {
      status.textContent = errorText(e, l)
    }
  }
  const item = (label: string, text: () => Promise<string>) => {
    const b = h(
      'button',
      { type: 'button', class: 'link', 'aria-pressed': 'false', onclick: () => void pick(b, text) },
      label,
    )
    return h('li', {}, b)
  }
  let versions: FileVersion[] = []
  try {
    versions = await listVersions(o.path)
  } catch (e) {
    status.textContent = errorText(e, l)
  }
  const setAside = o.setAside
  list.append(
    ...(setAside !== null ? [item(t('setAsideText', l), () => Promise.resolve(setAside))] : []),
    ...versions.map((v) => item(`${when(v.at)} · ${v.size} ${t('bytes', l)}`, () => readVersion(o.path, v.id))),
  )
  if (!list.children.length) list.append(h('li', { class: 'none' }, t('noVersions', l)))
  dialog.append(
    h('h2', { id: titleId }, `${t('versions', l)}: ${o.path}`),
    h('p', {}, t('versionsIntro', l)),
    h('div', { class: 'versions-body' }, list, preview),
    status,
    h(
      'div',
      { class: 'ask-buttons' },
      restore,
      h('button', { type: 'button', onclick: () => dialog.close() }, t('close', l)),
    ),
  )
  dialog.addEventListener('close', () => dialog.remove())
  document.body.append(dialog)
  dialog.showModal()
  ;(list.querySelector('button') ?? restore).focus()
}
