import { autocompletion, completionKeymap } from '@codemirror/autocomplete'
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands'
import { yaml } from '@codemirror/lang-yaml'
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language'
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint'
import { EditorState } from '@codemirror/state'
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view'
import type { Problem } from './analysis.js'
import { completeFromSchema, schemaHover } from './schema-help.js'

/** The criteria editor: YAML with completion and hover docs from the schema, problems at their line, Ctrl+S to save. */
export interface CriteriaEditor {
  view: EditorView
  text(): string
  setText(text: string): void
  showProblems(problems: readonly Problem[]): void
  goTo(line: number, column: number): void
}

export function createEditor(parent: HTMLElement, options: { label: string; onChange: (text: string) => void; onSave: () => void }): CriteriaEditor {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: '',
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        indentOnInput(),
        bracketMatching(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        yaml(),
        autocompletion({ override: [completeFromSchema] }),
        schemaHover,
        lintGutter(),
        // Escape, then Tab, leaves the editor (CodeMirror's own way out for keyboard users).
        keymap.of([{ key: 'Mod-s', preventDefault: true, run: () => (options.onSave(), true) }, ...completionKeymap, ...historyKeymap, ...defaultKeymap, indentWithTab]),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': options.label }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) options.onChange(u.state.doc.toString())
        }),
      ],
    }),
  })
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
    showProblems(problems) {
      const diagnostics: Diagnostic[] = problems.map((p) => {
        const from = pos(p.line, p.column)
        const to = Math.max(from + 1, view.state.doc.lineAt(from).to)
        return { from, to: Math.min(to, view.state.doc.length), severity: p.severity, message: p.message, source: p.code }
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
