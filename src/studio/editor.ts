import { autocompletion, completionKeymap } from '@codemirror/autocomplete'
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands'
import { yaml } from '@codemirror/lang-yaml'
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language'
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint'
import { EditorState } from '@codemirror/state'
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view'
import type { Problem } from './analysis.js'
import type { UiLocale } from './i18n.js'
import { completeFromSchema, schemaHover } from './schema-help.js'

/** The criteria editor: YAML with completion and hover docs from the schema, problems at their line, Ctrl+S to save. */
export interface CriteriaEditor {
  view: EditorView
  text(): string
  setText(text: string): void
  /**
   * Opens a file: the saved text as the document's start (no undo step before it), and an
   * unsaved draft over it as one change; a draft over an empty file is the start itself, so no
   * undo ever leads to an empty editor that a save would write.
   */
  load(saved: string, draft: string | null): void
  showProblems(problems: readonly Problem[]): void
  goTo(line: number, column: number): void
}

export function createEditor(
  parent: HTMLElement,
  options: {
    label: string
    hint?: string
    locale: () => UiLocale
    onChange: (text: string) => void
    onSave: () => void
  },
): CriteriaEditor {
  const extensions = [
    lineNumbers(),
    history(),
    drawSelection(),
    highlightActiveLine(),
    indentOnInput(),
    bracketMatching(),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    yaml(),
    autocompletion({ override: [(context) => completeFromSchema(context, options.locale())] }),
    schemaHover(options.locale),
    lintGutter(),
    // Tab and Shift-Tab move on, as everywhere else in the page (a recruiter pressing Tab
    // must not break the YAML); indenting has its own keys, Ctrl-] and Ctrl-[ (the default keymap's), shown in a hint.
    keymap.of([
      { key: 'Mod-s', preventDefault: true, run: () => (options.onSave(), true) },
      ...completionKeymap,
      ...historyKeymap,
      ...defaultKeymap,
    ]),
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({
      'aria-label': options.label,
      ...(options.hint ? { 'aria-describedby': options.hint } : {}),
    }),
    EditorView.updateListener.of((u) => {
      if (u.docChanged) options.onChange(u.state.doc.toString())
    }),
  ]
  const view = new EditorView({ parent, state: EditorState.create({ doc: '', extensions }) })
  // The scroller holds the long file: keyboard users can reach it to scroll (axe: scrollable-region-focusable).
  view.scrollDOM.tabIndex = 0
  view.scrollDOM.setAttribute('aria-label', options.label)
  const pos = (line: number, column: number) => {
    const l = view.state.doc.line(Math.min(Math.max(line, 1), view.state.doc.lines))
    return Math.min(l.from + Math.max(column - 1, 0), l.to)
  }
  return {
    view,
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } })
    },
    load(saved, draft) {
      const start = draft !== null && !saved.trim() ? draft : saved
      view.setState(EditorState.create({ doc: start, extensions }))
      if (draft !== null && draft !== start)
        view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: draft } })
    },
    showProblems(problems) {
      const diagnostics: Diagnostic[] = problems.map((p) => {
        const from = pos(p.line, p.column)
        const to = Math.max(from + 1, view.state.doc.lineAt(from).to)
        // The advice travels with the first line into the editor's tooltip.
        return {
          from,
          to: Math.min(to, view.state.doc.length),
          severity: p.severity,
          message: p.advice ? `${p.message}\n${p.advice}` : p.message,
          source: p.code,
        }
      })
      view.dispatch(setDiagnostics(view.state, diagnostics))
    },
    goTo(line, column) {
      const at = pos(line, column)
      view.dispatch({ selection: { anchor: at }, scrollIntoView: true })
      view.focus()
    },
  }
}
