import {
  describeCriterion,
  formatIssue,
  isCriteriaError,
  type Criteria,
  type Criterion,
  moveCriterion,
  readCriteria,
  removeCriterion,
  setCriterion,
  type CriteriaListing,
  type ListedCriterion,
  type Screener,
} from '../index.js'
import { renderCriterionForm, type CriterionSave } from './criterion-form.js'
import { h } from './dom.js'
import { t, type UiLocale } from './i18n.js'

// The Criteria tab: the file's criteria in order, each with its kind, reason and rule read
// aloud, with edit, move and remove; and the guided form. Every change is made by the library
// on the editor's text (setCriterion, moveCriterion, removeCriterion), and every change in the
// editor redraws the list: the two never disagree. It needs only text that parses as YAML, so
// schema errors elsewhere never lock it, and a file with no criteria gets its first here.

// The rule read aloud, from the library; a criterion the schema would refuse is read as far as it can be.
const ruleText = (c: ListedCriterion, listing: CriteriaListing, locale: UiLocale): string => {
  try {
    return describeCriterion(
      c.criterion as unknown as Criterion,
      { fields: listing.fields, job: { timezone: listing.timezone } as Criteria['job'] },
      locale,
    ).text
  } catch {
    return ''
  }
}

const localized = (v: unknown, locale: UiLocale): string => {
  if (typeof v !== 'object' || v === null) return ''
  const o = v as Record<string, unknown>
  const s = o[locale] ?? o.sv ?? o.en
  return typeof s === 'string' ? s : ''
}

export interface CriteriaView {
  /**
   * Redraws the list from the editor's text; the open form stays as it is while its questions do.
   * `screener`: the last analysis of the file, whose reasons show with their placeholders filled
   * in ("svenska på minst nivå C1", not "{{level}}") wherever its text is the one in the editor.
   */
  update(text: string, locale: UiLocale, fileHasErrors: boolean, screener?: Screener | null): void
}

export function createCriteriaView(
  container: HTMLElement,
  editor: { text(): string; setText(text: string): void; goTo(line: number, column: number): void },
): CriteriaView {
  const intro = h('p', { class: 'intro' })
  const note = h('p', { class: 'hint problem-note' })
  const heading = h('h3', { id: 'criteria-list-title' })
  const list = h('ol', { class: 'criteria-list', 'aria-labelledby': 'criteria-list-title' })
  const addButton = h('button', { type: 'button', class: 'add-criterion', onclick: () => openForm(null) })
  const formHost = h('div', { class: 'criterion-form-host' })
  const status = h('p', { role: 'status', 'aria-live': 'polite', class: 'criteria-status' })
  container.replaceChildren(intro, note, heading, list, addButton, status, formHost)
  let locale: UiLocale = 'sv'
  let listing: CriteriaListing | null = null
  let formKey: string | null = null
  let confirming: string | null = null

  const say = (words: string, error = false) => {
    status.textContent = words
    status.classList.toggle('error', error)
  }
  /** Writes the library's edit into the editor; a refusal comes back in the recruiter's words. */
  const edit = (change: (text: string) => string): string | null => {
    try {
      editor.setText(change(editor.text()))
      return null
    } catch (e) {
      if (isCriteriaError(e)) return e.issues.map((i) => formatIssue(i, locale)).join(' ')
      throw e
    }
  }
  const focusCriterion = (id: string) =>
    (list.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"]`) ?? heading).focus()

  function openForm(editing: ListedCriterion | null) {
    if (!listing) return
    formKey = JSON.stringify([listing.fields, locale])
    say('')
    renderCriterionForm(formHost, {
      fields: listing.fields,
      taken: listing.criteria.map((c) => c.id),
      editing,
      locale,
      save: (s: CriterionSave) => {
        const refusal = edit((text) =>
          setCriterion(
            text,
            s.oldId ?? s.newId,
            s.criterion,
            s.oldId === null ? { add: true } : s.oldId !== s.newId ? { rename: s.newId } : {},
          ),
        )
        if (refusal) return refusal
        closeForm()
        draw(editor.text())
        say(t('criterionSaved', locale))
        focusCriterion(s.newId)
        return null
      },
      cancel: () => {
        closeForm()
        if (editing) focusCriterion(editing.id)
        else addButton.focus()
      },
    })
  }
  function closeForm() {
    formHost.replaceChildren()
    formKey = null
  }

  function row(c: ListedCriterion, i: number, all: ListedCriterion[]): HTMLElement {
    const kind =
      c.criterion.required === true
        ? t('required', locale)
        : `${t('points', locale)} ${typeof c.criterion.weight === 'number' ? c.criterion.weight : ''}`.trim()
    const name = c.id || `#${i + 1}`
    const move = (to: number) => {
      const refusal = edit((text) => moveCriterion(text, c.id, to))
      if (refusal) return say(refusal, true)
      draw(editor.text())
      say(t('criterionMoved', locale))
      // Focus follows the criterion, on the same button when it is still there.
      const li = list.querySelector<HTMLElement>(`li[data-id="${CSS.escape(c.id)}"]`)
      ;(
        li?.querySelector<HTMLButtonElement>(`button[data-act="${to < i ? 'up' : 'down'}"]:not([disabled])`) ?? li
      )?.focus()
    }
    const buttons =
      confirming === c.id
        ? [
            h('span', { class: 'confirm' }, `${t('removeAsk', locale)} ${name}?`),
            h(
              'button',
              {
                type: 'button',
                'data-act': 'confirm',
                onclick: () => {
                  confirming = null
                  const refusal = edit((text) => removeCriterion(text, c.id))
                  if (refusal) return say(refusal, true)
                  draw(editor.text())
                  say(`${t('criterionRemoved', locale)} ${name}`)
                  const next = listing?.criteria[Math.min(i, (listing?.criteria.length ?? 1) - 1)]
                  if (next) focusCriterion(next.id)
                  else addButton.focus()
                },
              },
              t('removeYes', locale),
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'secondary',
                'data-act': 'keep',
                onclick: () => {
                  confirming = null
                  draw(editor.text())
                  list
                    .querySelector<HTMLElement>(`li[data-id="${CSS.escape(c.id)}"] button[data-act="remove"]`)
                    ?.focus()
                },
              },
              t('cancel', locale),
            ),
          ]
        : [
            c.choice
              ? h(
                  'button',
                  {
                    type: 'button',
                    'data-act': 'edit',
                    'aria-label': `${t('edit', locale)} ${name}`,
                    onclick: () => openForm(c),
                  },
                  t('edit', locale),
                )
              : h(
                  'button',
                  {
                    type: 'button',
                    'data-act': 'goto',
                    'aria-label': `${t('showInEditor', locale)}: ${name}`,
                    onclick: () => editor.goTo(c.line, 1),
                  },
                  t('showInEditor', locale),
                ),
            h(
              'button',
              {
                type: 'button',
                'data-act': 'up',
                'aria-label': `${t('moveUp', locale)}: ${name}`,
                disabled: i === 0 || !c.id,
                onclick: () => move(i - 1),
              },
              '↑',
            ),
            h(
              'button',
              {
                type: 'button',
                'data-act': 'down',
                'aria-label': `${t('moveDown', locale)}: ${name}`,
                disabled: i === all.length - 1 || !c.id,
                onclick: () => move(i + 1),
              },
              '↓',
            ),
            h(
              'button',
              {
                type: 'button',
                'data-act': 'remove',
                'aria-label': `${t('remove', locale)} ${name}`,
                disabled: !c.id,
                onclick: () => {
                  confirming = c.id
                  say('')
                  draw(editor.text())
                  list
                    .querySelector<HTMLElement>(`li[data-id="${CSS.escape(c.id)}"] button[data-act="confirm"]`)
                    ?.focus()
                },
              },
              t('remove', locale),
            ),
          ]
    const spoken = listing ? ruleText(c, listing, locale) : ''
    return h(
      'li',
      { 'data-id': c.id, tabindex: -1, class: c.choice ? 'criterion' : 'criterion hand-written' },
      h(
        'div',
        { class: 'criterion-head' },
        h('span', { class: `kind ${c.criterion.required === true ? 'required' : 'points'}` }, kind),
        ' ',
        h('code', {}, name),
        ' ',
        h('span', { class: 'reason' }, reasonShown(c)),
      ),
      spoken ? h('p', { class: 'rule-text' }, spoken) : null,
      c.choice ? null : h('p', { class: 'hint' }, t('handWritten', locale)),
      h('div', { class: 'buttons' }, ...buttons),
    )
  }

  // The reason as the candidate reads it, from the analysis when it analysed this reason's text.
  let analysed: Screener | null = null
  let analysedById = new Map<string, Criterion>()
  const reasonShown = (c: ListedCriterion): string => {
    const raw = localized(c.criterion.reason, locale)
    const own = analysedById.get(c.id)
    return own && localized(own.reason, locale) === raw ? (analysed!.reason(c.id, locale) ?? raw) : raw
  }

  let drawnText: string | null = null
  function draw(text: string) {
    drawnText = text
    try {
      listing = readCriteria(text)
    } catch (e) {
      if (!isCriteriaError(e)) throw e
      listing = null
      closeForm()
      list.replaceChildren()
      heading.textContent = t('tabCriteria', locale)
      addButton.hidden = true
      note.textContent = `${t('cannotRead', locale)} ${e.issues.map((i) => formatIssue(i, locale)).join(' ')}`
      return
    }
    const { criteria, fields } = listing
    addButton.hidden = false
    addButton.textContent = t('newCriterion', locale)
    addButton.disabled = !Object.keys(fields).length
    heading.textContent = `${t('tabCriteria', locale)} (${criteria.length})`
    list.replaceChildren(...criteria.map((c, i) => row(c, i, criteria)))
    if (!criteria.length) list.append(h('li', { class: 'none' }, t('noCriteria', locale)))
    if (!Object.keys(fields).length) list.append(h('li', { class: 'none' }, t('noFields', locale)))
    // The form stays open through edits in the editor, unless the questions it offers changed.
    if (formKey !== null && formKey !== JSON.stringify([fields, locale])) closeForm()
  }

  let errors: boolean | null = null
  return {
    update(text, l, fileHasErrors, screener = null) {
      // The list already shows this text in this language: nothing to redraw (focus stays put).
      if (text === drawnText && l === locale && fileHasErrors === errors && screener === analysed) return
      if (screener !== analysed) analysedById = new Map(screener?.criteria.criteria.map((x) => [x.id, x]))
      analysed = screener
      errors = fileHasErrors
      if (l !== locale) closeForm()
      locale = l
      intro.textContent = t('criteriaIntro', locale)
      note.textContent = fileHasErrors ? t('fileHasErrors', locale) : ''
      const active =
        document.activeElement instanceof HTMLElement && list.contains(document.activeElement)
          ? document.activeElement
          : null
      const at = active ? { id: active.closest('li')?.dataset.id, act: active.dataset.act } : null
      draw(text)
      if (at?.id !== undefined) {
        const li = list.querySelector<HTMLElement>(`li[data-id="${CSS.escape(at.id)}"]`)
        ;(li?.querySelector<HTMLElement>(`[data-act="${at.act ?? ''}"]`) ?? li)?.focus()
      }
    },
  }
}
