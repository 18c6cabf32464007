import { acknowledgeFinding, formatIssue, isCriteriaError } from '../index.js'
import type { Problem } from './analysis.js'
import { ask } from './dialog.js'
import { h, uid } from './dom.js'
import { t, type UiLocale } from './i18n.js'

// The problems under the editor: each one's first line at its place, the advice under it, and
// for a fairness finding a button that acknowledges it in the text (through the library's
// acknowledgeFinding) once the recruiter has said why the text is not about the applicant.

export interface ProblemHost {
  text(): string
  /** Puts the edited text in the editor (one undoable change). */
  setText(text: string): void
  goTo(line: number, column: number): void
  /** Says what happened, or why nothing did. */
  status(words: string): void
}

/** Fills the list with the problems, in the page's language. */
export function renderProblems(
  list: HTMLElement,
  problems: readonly Problem[],
  locale: UiLocale,
  host: ProblemHost,
): void {
  list.replaceChildren(
    ...(problems.length
      ? problems.map((p) =>
          h(
            'li',
            { class: `problem ${p.severity}` },
            h(
              'button',
              { type: 'button', class: 'link', onclick: () => host.goTo(p.line, p.column) },
              `${t('line', locale)} ${p.line}:${p.column}`,
            ),
            ` ${p.severity === 'error' ? '✖' : '⚠'} `,
            h('span', { class: 'headline' }, p.message),
            ' ',
            h('code', {}, p.code),
            p.advice ? h('p', { class: 'advice' }, p.advice) : null,
            p.acknowledge
              ? h(
                  'button',
                  { type: 'button', class: 'acknowledge', onclick: () => void acknowledge(p, locale, host) },
                  t('acknowledge', locale),
                )
              : null,
          ),
        )
      : [h('li', { class: 'none' }, t('noProblems', locale))]),
  )
}

/** Asks why the text is not about the applicant, then adds the acknowledgement to the text. */
async function acknowledge(p: Problem, locale: UiLocale, host: ProblemHost): Promise<void> {
  const ack = p.acknowledge!
  const id = uid('ack-reason')
  const input = h('textarea', { id, rows: 2, required: true })
  const chosen = await ask({
    id: 'acknowledge-dialog',
    title: t('acknowledgeTitle', locale),
    // A ground a criterion reads: when the text really is about the applicant, the criterion's justification is the way, never this.
    body: [
      h('p', {}, p.message),
      ...(ack.instead ? [h('p', { class: 'instead' }, h('strong', {}, ack.instead))] : []),
      h('p', {}, ack.how),
      h('pre', {}, ack.yaml),
      h('label', { for: id }, t('acknowledgeReason', locale)),
      input,
    ],
    choices: [{ value: 'add', label: t('acknowledgeAdd', locale) }],
    cancel: t('cancel', locale),
  })
  if (chosen !== 'add') return
  try {
    host.setText(acknowledgeFinding(host.text(), { path: ack.path, finding: ack.finding, reason: input.value }))
    host.status(t('acknowledgeAdded', locale))
  } catch (e) {
    if (!isCriteriaError(e) || !e.issues[0]) throw e
    host.status(formatIssue(e.issues[0], locale))
  }
}
