/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import {
  createLintMemo,
  localDateTime,
  parseInstant,
  submissionTime,
  type Application,
  type ScreeningResult,
  type TestCaseEntry,
} from '../index.js'
import { analyse, type Analysis } from './analysis.js'
import { listFiles, readFileTagged, startSession, writeFile, type StudioFile } from './api.js'
import { dropDraft, draftOf, keepDraft, setAside, setAsideOf } from './drafts.js'
import { h } from './dom.js'
import { createCriteriaView } from './criteria-view.js'
import { createEditor } from './editor.js'
import { renderForm } from './form.js'
import { errorText, t, type UiLocale } from './i18n.js'
import { renderMessagePreview, type MessageChoice } from './message-view.js'
import { renderResult } from './result-view.js'
import { renderTests } from './tests-view.js'
import { renderProblems } from './problem-list.js'
import { saveWithCare } from './safe-save.js'
import { showVersions } from './versions-dialog.js'
// job and questions
import { createFieldsView } from './fields-view.js'
import { replaceText } from './form-text.js'
import { createJobView } from './job-view.js'
import { openNewFile } from './new-file.js'

// The Criteria Studio page: one criteria file at a time, in an editor whose every change is
// loaded, linted and screened by the real library, here in the browser.

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T

const state = {
  folder: '',
  files: [] as StudioFile[],
  path: '',
  saved: '',
  /** The version of the file on disk the editor's text started from (sent back on save). */
  etag: null as string | null,
  locale: ((localStorage.getItem('autoscreen-studio:locale') as UiLocale | null) ?? 'sv') as UiLocale,
  analysis: { doc: null, screener: null, problems: [] } as Analysis,
  answers: {} as Record<string, unknown>,
  // The time the form's application came in, local time in the job's zone (set to now there when a file opens).
  meta: { firstName: 'Kim', submittedAt: '' },
  message: {} as MessageChoice,
  tab: 'form' as 'form' | 'message' | 'tests' | 'job' | 'fields' | 'criteria',
  current: null as { application: Application; result: ScreeningResult } | null,
  /** The test case whose answers are in the form (opened from the tests tab). */
  openCase: null as string | null,
}

const editor = createEditor($('editor'), {
  label: 'Kriteriefilen',
  hint: 'editor-hint',
  locale: () => state.locale,
  onChange: (text) => {
    if (!state.path) return
    if (text === state.saved) dropDraft(state.folder, state.path)
    else keepDraft(state.folder, state.path, text)
    showSaveState(text === state.saved ? '' : t('unsaved', state.locale))
    scheduleAnalysis()
  },
  onSave: () => void save(),
})

// job and questions: forms that edit the editor's text through the library, whenever it is YAML.
const textHost = { text: () => editor.text(), setText: (text: string) => replaceText(editor.view, text) }
const jobView = createJobView($('panel-job'), textHost)
const fieldsView = createFieldsView($('panel-fields'), textHost)
function newFile() {
  openNewFile($('new-file'), {
    locale: state.locale,
    taken: state.files.map((f) => f.path),
    editorText: state.path ? null : editor.text(),
    write: async (path: string, text: string) => void (await writeFile(path, text)),
    created: (path) =>
      void refreshFiles()
        .then(() => open(path))
        .then(() => showSaveState(t('created', state.locale))),
  })
}

function showSaveState(text: string) {
  $('save-state').textContent = text
}

// A problem the recruiter must read (a save refused, a used address), worded again when the
// language changes; null when there is none.
let notice: ((locale: UiLocale) => string) | null = null
function showNotice(words: ((locale: UiLocale) => string) | null) {
  notice = words
  const el = $('notice')
  el.textContent = words ? words(state.locale) : ''
  el.hidden = !words
}

async function save() {
  if (!state.path) return newFile()
  const text = editor.text()
  const path = state.path
  try {
    const done = await saveWithCare({ path, text, etag: state.etag, locale: state.locale })
    if (!done.saved) {
      // The recruiter chose to read the file as it is on disk: their text is set aside, not lost.
      if (done.reload) {
        setAside(state.folder, path, text)
        dropDraft(state.folder, path)
        await open(path)
        showSaveState(t('reloadedFromDisk', state.locale))
      } else showSaveState(t('notSavedYet', state.locale))
      return
    }
    state.etag = done.etag
    state.saved = text
    dropDraft(state.folder, state.path)
    showSaveState(t('saved', state.locale))
    showNotice(null)
  } catch (e) {
    // The text stays in the editor and in the browser's drafts: nothing is lost.
    showSaveState(t('saveFailed', state.locale))
    showNotice((l) => `${t('saveFailed', l)}: ${errorText(e, l)} ${t('keptHere', l)}`)
  }
}

let timer: ReturnType<typeof setTimeout> | undefined
function scheduleAnalysis() {
  clearTimeout(timer)
  timer = setTimeout(runAnalysis, 250)
}

// The Criteria tab edits the editor's text through the library; a save in it is one change in
// the editor's history (Ctrl+Z undoes it), covering only the characters that differ.
const criteriaHost = {
  text: () => editor.text(),
  setText(next: string) {
    const old = editor.text()
    let from = 0
    while (from < old.length && from < next.length && old[from] === next[from]) from++
    let end = 0
    while (
      end < old.length - from &&
      end < next.length - from &&
      old[old.length - 1 - end] === next[next.length - 1 - end]
    )
      end++
    editor.view.dispatch({
      changes: { from, to: old.length - end, insert: next.slice(from, next.length - end) },
      userEvent: 'input.criteria',
    })
  },
  goTo: (line: number, column: number) => editor.goTo(line, column),
}
const criteriaView = createCriteriaView($('panel-criteria'), criteriaHost)

// Performance marks of the analysis that follows a pause in typing (the browser test reads them,
// docs/studio.md names them): `studio:analysis` is the whole of it, from the text to the problems
// shown and the panels redrawn; `studio:load-compile` loading and compiling the text (the page's
// baseline: what any use of the file costs); `studio:lint` the lint. Only the last run's are kept.
const MEASURES = ['studio:analysis', 'studio:load-compile', 'studio:lint'] as const
// The lint's checks of each text, kept from one analysis to the next: a keystroke re-checks only the texts it changed.
const lintMemo = createLintMemo()

function runAnalysis() {
  for (const name of MEASURES) performance.clearMeasures(name)
  for (const name of ['studio:analysis:start', 'studio:compiled', 'studio:linted']) performance.clearMarks(name)
  const start = performance.mark('studio:analysis:start').startTime
  state.analysis = analyse(
    editor.text(),
    state.path,
    state.locale,
    (step) => {
      const at = performance.mark(`studio:${step}`).startTime
      if (step === 'compiled') performance.measure('studio:load-compile', { start, end: at })
      else performance.measure('studio:lint', { start: 'studio:compiled', end: at })
    },
    lintMemo,
  )
  editor.showProblems(state.analysis.problems)
  renderProblems($('problem-list'), state.analysis.problems, state.locale, {
    text: () => editor.text(),
    // The acknowledgement is one change in the editor's history, as a form's edit is.
    setText: (next) => criteriaHost.setText(next),
    goTo: (line, column) => editor.goTo(line, column),
    status: (words) => showSaveState(words),
  })
  renderPanels(false)
  performance.measure('studio:analysis', { start })
}

/**
 * When the form's application came in, until the recruiter says: now, or for a job that has
 * closed, nine o'clock on its closing day (an hour before a closing time), so that a try is not
 * late for a reason the recruiter did not ask about (found in a Swedish trial: every try of a
 * closed job was rejected on the closing date).
 */
function defaultSubmission(closesAt: string | undefined, tz: string): string {
  const now = new Date()
  const here = localDateTime(now.toISOString(), tz) ?? ''
  if (!closesAt) return here
  if (/^\d{4}-\d{2}-\d{2}$/.test(closesAt)) return here.slice(0, 10) > closesAt ? `${closesAt}T09:00` : here
  const closes = parseInstant(closesAt, tz)
  if (!closes || closes.getTime() >= now.getTime()) return here
  return localDateTime(new Date(closes.getTime() - 3_600_000).toISOString(), tz) ?? here
}

/** Screens the form's answers; renders the tab shown (forms are rebuilt only when the file changes). */
function screenAnswers(): void {
  const { doc, screener } = state.analysis
  if (!doc || !screener) return void (state.current = null)
  const tz = screener.criteria.job.timezone
  if (!state.meta.submittedAt) state.meta.submittedAt = defaultSubmission(screener.criteria.job.closesAt, tz)
  const at = parseInstant(state.meta.submittedAt, tz) ?? new Date()
  // The time as the recruiter gave it, in the job's zone, with its offset (a late application reads as late in the test file).
  const application: Application = {
    id: 'studio-1',
    submittedAt: submissionTime(state.meta.submittedAt, tz) ?? at.toISOString(),
    candidate: { firstName: state.meta.firstName, locale: state.locale },
    answers: structuredClone(state.answers),
  }
  state.current = { application, result: screener.screen(application, { now: 'arrival' }) }
}

function renderPanels(rebuildForm: boolean) {
  const { doc, screener } = state.analysis
  // The job and the questions are read from the text only for the tab that shows them (a tab
  // shown is redrawn then): a keystroke elsewhere does not parse the text a second time.
  if (state.path) {
    if (state.tab === 'job') jobView.update(editor.text(), state.locale)
    if (state.tab === 'fields') fieldsView.update(editor.text(), state.locale)
  } else
    for (const id of ['panel-job', 'panel-fields']) $(id).replaceChildren(h('p', {}, t('noFileOpen', state.locale)))
  const panels = { form: $('panel-form'), message: $('panel-message'), tests: $('panel-tests') }
  // Criteria: whenever the text parses, errors elsewhere or not (the tab says which).
  if (state.tab === 'criteria')
    criteriaView.update(
      editor.text(),
      state.locale,
      state.analysis.problems.some((p) => p.severity === 'error'),
      screener,
    )
  if (!doc || !screener) {
    for (const p of Object.values(panels)) p.replaceChildren(h('p', { class: 'error' }, t('fixFirst', state.locale)))
    state.current = null
    formKey = ''
    return
  }
  screenAnswers()
  // The form is rebuilt when its fields change, not on every keystroke in it (focus stays put).
  const key = JSON.stringify([doc.criteria.fields, state.locale])
  if (rebuildForm || key !== formKey) {
    formKey = key
    const formHost = h('div', {})
    const resultHost = h('div', {
      class: 'result',
      role: 'region',
      'aria-live': 'polite',
      'aria-label': t('decision', state.locale),
    })
    panels.form.replaceChildren(formHost, resultHost)
    renderForm(formHost, doc.criteria, state.locale, state.answers, state.meta, () => {
      screenAnswers()
      if (state.current) renderResult(resultHost, state.current.result, screener, state.locale)
      if (state.tab === 'message' && state.current)
        renderMessagePreview(
          panels.message,
          state.current.result,
          state.analysis.screener!,
          state.locale,
          state.message,
        )
    })
  }
  const resultHost = panels.form.querySelector('.result') as HTMLElement | null
  if (resultHost && state.current) renderResult(resultHost, state.current.result, screener, state.locale)
  if (state.tab === 'message' && state.current)
    renderMessagePreview(panels.message, state.current.result, screener, state.locale, state.message)
  if (state.tab === 'tests')
    void renderTests(panels.tests, {
      path: state.path,
      doc,
      current: state.current,
      locale: state.locale,
      openCase: state.openCase,
      onSaved: () => void refreshFiles().catch((e: unknown) => showNotice((l) => errorText(e, l))),
      onOpen: openCase,
    })
}
let formKey = ''

/** A test case's answers into the form, to see and change them (saved back from the tests tab). */
function openCase(entry: TestCaseEntry) {
  const app = typeof entry.application === 'object' ? entry.application : null
  if (!app || !entry.id) return
  const tz = state.analysis.screener?.criteria.job.timezone ?? 'UTC'
  state.openCase = entry.id
  state.answers = structuredClone(app.answers ?? {}) as Record<string, unknown>
  state.meta.firstName = app.candidate?.firstName ?? ''
  state.meta.submittedAt = localDateTime(String(app.submittedAt), tz) ?? state.meta.submittedAt
  formKey = ''
  selectTab('form', true)
}

async function open(path: string) {
  let disk: string
  let etag: string | null = null
  try {
    const read = await readFileTagged(path)
    disk = read?.text ?? ''
    etag = read?.etag ?? null
  } catch (e) {
    showNotice((l) => `${t('openFailed', l)} ${path}: ${errorText(e, l)}`)
    return
  }
  showNotice(null)
  const draft = draftOf(state.folder, path)
  state.path = path
  state.saved = disk
  state.etag = etag
  state.answers = {}
  state.openCase = null
  state.message = {}
  formKey = ''
  $('file-title').textContent = path
  for (const b of document.querySelectorAll<HTMLButtonElement>('#file-list button'))
    b.setAttribute('aria-current', String(b.dataset.path === path))
  editor.load(disk, draft)
  showSaveState(draft !== null && draft !== disk ? t('restored', state.locale) : '')
  runAnalysis()
}

async function refreshFiles() {
  const { folder, files } = await listFiles()
  state.folder = folder
  state.files = files
  $('folder').textContent = `${folder}/`
  $('file-list').replaceChildren(
    ...files
      .filter((f) => f.kind === 'criteria')
      .map((f) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              'data-path': f.path,
              'aria-current': String(f.path === state.path),
              onclick: () => void open(f.path),
            },
            f.path,
          ),
        ),
      ),
  )
  if (!files.some((f) => f.kind === 'criteria'))
    $('file-list').replaceChildren(h('li', { class: 'none' }, t('noFiles', state.locale)))
}

function selectTab(tab: typeof state.tab, focus = false) {
  state.tab = tab
  for (const name of ['form', 'message', 'tests', 'job', 'fields', 'criteria'] as const) {
    const button = $(`tab-${name}`)
    button.setAttribute('aria-selected', String(name === tab))
    button.tabIndex = name === tab ? 0 : -1
    $(`panel-${name}`).hidden = name !== tab
    if (name === tab && focus) button.focus()
  }
  renderPanels(false)
}

function applyLocale() {
  const l = state.locale
  document.documentElement.lang = l
  ;($('lang') as HTMLSelectElement).value = l
  $('lang-label').textContent = t('language', l)
  $('files-title').textContent = t('files', l)
  $('save').textContent = t('save', l)
  $('new-file').textContent = t('newFile', l)
  $('problems-title').textContent = t('problems', l)
  $('tabs').setAttribute('aria-label', t('tryIt', l))
  document.querySelector('.skip')!.textContent = t('skip', l)
  const labels = {
    form: 'tabForm',
    message: 'tabMessage',
    tests: 'tabTests',
    job: 'tabJob',
    fields: 'tabFields',
    criteria: 'tabCriteria',
  } as const
  for (const [name, key] of Object.entries(labels)) $(`tab-${name}`).textContent = t(key, l)
  if (notice) $('notice').textContent = notice(l)
  $('editor-hint').textContent = t('editorHint', l)
  $('versions').textContent = t('versions', l)
}

// Tabs as the ARIA authoring practices describe them: arrows move between tabs.
$('tabs').addEventListener('keydown', (e) => {
  const order = ['form', 'message', 'tests', 'job', 'fields', 'criteria'] as const
  const i = order.indexOf(state.tab)
  if (e.key === 'ArrowRight') selectTab(order[(i + 1) % order.length]!, true)
  else if (e.key === 'ArrowLeft') selectTab(order[(i + order.length - 1) % order.length]!, true)
  else return
  e.preventDefault()
})
for (const name of ['form', 'message', 'tests', 'job', 'fields', 'criteria'] as const)
  $(`tab-${name}`).addEventListener('click', () => selectTab(name))
$('save').addEventListener('click', () => void save())
$('versions').addEventListener('click', () => {
  if (state.path)
    void showVersions({
      path: state.path,
      locale: state.locale,
      setAside: setAsideOf(state.folder, state.path),
      restore: (text) => (editor.setText(text), showSaveState(t('versionRestored', state.locale))),
    })
})
$('new-file').addEventListener('click', newFile)
$('lang').addEventListener('change', (e) => {
  state.locale = (e.target as HTMLSelectElement).value as UiLocale
  localStorage.setItem('autoscreen-studio:locale', state.locale)
  applyLocale()
  runAnalysis()
})
window.addEventListener('beforeunload', (e) => {
  if (state.path && editor.text() !== state.saved) e.preventDefault()
})

applyLocale()
try {
  await startSession()
  await refreshFiles()
  const first = state.files.find((f) => f.kind === 'criteria')
  if (first) await open(first.path)
  else renderPanels(false)
} catch (e) {
  showNotice((l) => errorText(e, l))
}
