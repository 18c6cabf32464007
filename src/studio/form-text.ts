import { isolateHistory } from '@codemirror/commands'
import type { EditorView } from '@codemirror/view'
import { formatIssue, isCriteriaError } from '../index.js'
import { errorText, type UiLocale } from './i18n.js'

// A form's change goes into the editor as the one span of text that differs: one step of
// undo of its own, the rest of the text (and the cursor, when it is elsewhere) left alone.

/** Replaces the editor's text with `next`, changing only the span that differs, as one undoable change. */
export function replaceText(view: EditorView, next: string): void {
  const prev = view.state.doc.toString()
  if (prev === next) return
  let start = 0
  while (start < prev.length && start < next.length && prev[start] === next[start]) start++
  let endPrev = prev.length
  let endNext = next.length
  while (endPrev > start && endNext > start && prev[endPrev - 1] === next[endNext - 1]) endPrev--, endNext--
  view.dispatch({
    changes: { from: start, to: endPrev, insert: next.slice(start, endNext) },
    annotations: isolateHistory.of('full'),
  })
}

/** What a refused edit says, in the page's language: the library's issues worded, or the page's own words. */
export function editErrorText(error: unknown, locale: UiLocale): string {
  if (isCriteriaError(error)) return error.issues.map((i) => formatIssue(i, locale)).join(' ')
  return errorText(error, locale)
}
