import { StudioApiError, writeFile } from './api.js'
import { ask } from './dialog.js'
import { t, tf, type UiLocale } from './i18n.js'

// Saving without losing work: an empty or unreadable text is saved only when the recruiter
// confirms it (the server refuses it without that word, and says where the text stops being
// YAML), and a file changed on disk since it was opened is not overwritten unseen.

/** What became of a save: written (with the new version's tag), not written because the recruiter said no, or they chose to load the file from disk. */
export type SaveOutcome = { saved: true; etag: string | null } | { saved: false; reload: boolean }

const code = (e: unknown) => (e instanceof StudioApiError ? e.code : null)

/**
 * Saves `text` to `path`, asking first when it is empty or not YAML at all, and when the file
 * changed on disk since it was read with `etag`. Throws the server's other refusals
 * (StudioApiError) for the page to word.
 */
export async function saveWithCare(o: {
  path: string
  text: string
  etag: string | null
  locale: UiLocale
}): Promise<SaveOutcome> {
  const l = o.locale
  let confirm: 'empty' | 'unparseable' | undefined
  let ifMatch = o.etag
  const askEmpty = () =>
    ask({
      id: 'confirm-empty',
      title: t('confirmEmptyTitle', l),
      body: [t('confirmEmptyBody', l)],
      choices: [{ value: 'save', label: t('confirmEmptyYes', l) }],
      cancel: t('cancel', l),
    })
  // An empty text is asked about before anything is sent.
  if (!o.text.trim()) {
    if ((await askEmpty()) !== 'save') return { saved: false, reload: false }
    confirm = 'empty'
  }
  for (;;) {
    try {
      return { saved: true, ...(await writeFile(o.path, o.text, { ...(confirm ? { confirm } : {}), ifMatch })) }
    } catch (e) {
      const refused = code(e)
      if (refused === 'empty_file' && confirm !== 'empty') {
        if ((await askEmpty()) !== 'save') return { saved: false, reload: false }
        confirm = 'empty'
      } else if (refused === 'syntax' && confirm !== 'unparseable') {
        const d = (e as StudioApiError).details
        const yes = await ask({
          id: 'confirm-unparseable',
          title: t('confirmBrokenTitle', l),
          body: [tf('confirmBrokenBody', l, { line: String(d.line ?? 1), column: String(d.column ?? 1) })],
          choices: [{ value: 'save', label: t('confirmBrokenYes', l) }],
          cancel: t('cancel', l),
        })
        if (yes !== 'save') return { saved: false, reload: false }
        confirm = 'unparseable'
      } else if (refused === 'changed_on_disk' && ifMatch) {
        const choice = await ask({
          id: 'changed-on-disk',
          title: t('changedTitle', l),
          body: [t('changedBody', l)],
          choices: [
            { value: 'reload', label: t('changedReload', l), safe: true },
            { value: 'overwrite', label: t('changedOverwrite', l) },
          ],
          cancel: t('cancel', l),
        })
        if (choice === 'reload') return { saved: false, reload: true }
        if (choice !== 'overwrite') return { saved: false, reload: false }
        // Overwriting is the recruiter's explicit choice: no version tag (the version on disk is kept as a backup).
        ifMatch = null
      } else throw e
    }
  }
}
