/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { parseInstant, type Application, type ScreeningResult } from '../index.js'
import { renderAddCriterion } from './add-criterion.js'
import { analyse, type Analysis } from './analysis.js'
import { listFiles, readFile, startSession, writeFile, type StudioFile } from './api.js'
import { dropDraft, draftOf, keepDraft } from './drafts.js'
import { h } from './dom.js'
import { createEditor } from './editor.js'
import { renderForm } from './form.js'
import { errorText, t, type UiLocale } from './i18n.js'
import { renderMessagePreview, type MessageChoice } from './message-view.js'
import { renderResult } from './result-view.js'
import { renderTests } from './tests-view.js'

// The Criteria Studio page: one criteria file at a time, in an editor whose every change is
// loaded, linted and screened by the real library, here in the browser.

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T

const pad = (n: number) => String(n).padStart(2, '0')
const localNow = () => {
  const d = new Date()
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

const state = {
  folder: '',
  files: [] as StudioFile[],
  path: '',
  saved: '',
  locale: ((localStorage.getItem('autoscreen-studio:locale') as UiLocale | null) ?? 'sv') as UiLocale,
  analysis: { doc: null, screener: null, problems: [] } as Analysis,
  answers: {} as Record<string, unknown>,
  meta: { firstName: 'Kim', submittedAt: localNow() },
  message: {} as MessageChoice,
  tab: 'form' as 'form' | 'message' | 'tests' | 'add',
  current: null as { application: Application; result: ScreeningResult } | null,
}

const editor = createEditor($('editor'), {
  label: 'Kriteriefilen',
  onChange: (text) => {
    if (!state.path) return
    if (text === state.saved) dropDraft(state.folder, state.path)
    else keepDraft(state.folder, state.path, text)
    showSaveState(text === state.saved ? '' : t('unsaved', state.locale))
    scheduleAnalysis()
  },
  onSave: () => void save(),
})

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
  if (!state.path) return
  const text = editor.text()
  try {
    await writeFile(state.path, text)
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

function runAnalysis() {
  state.analysis = analyse(editor.text(), state.path, state.locale)
  editor.showProblems(state.analysis.problems)
  const list = $('problem-list')
  list.replaceChildren(
    ...(state.analysis.problems.length
      ? state.analysis.problems.map((p) =>
          h('li', { class: `problem ${p.severity}` }, h('button', { type: 'button', class: 'link', onclick: () => editor.goTo(p.line, p.column) }, `${t('line', state.locale)} ${p.line}:${p.column}`), ` ${p.severity === 'error' ? '✖' : '⚠'} ${p.message} `, h('code', {}, p.code)),
        )
      : [h('li', { class: 'none' }, t('noProblems', state.locale))]),
  )
  renderPanels(false)
}

/** Screens the form's answers; renders the tab shown (forms are rebuilt only when the file changes). */
function screenAnswers(): void {
  const { doc, screener } = state.analysis
  if (!doc || !screener) return void (state.current = null)
  const tz = screener.criteria.job.timezone
  const at = parseInstant(state.meta.submittedAt, tz) ?? new Date()
  const application: Application = { id: 'studio-1', submittedAt: at.toISOString(), candidate: { firstName: state.meta.firstName, locale: state.locale }, answers: structuredClone(state.answers) }
  state.current = { application, result: screener.screen(application, { now: 'arrival' }) }
}

function renderPanels(rebuildForm: boolean) {
  const { doc, screener } = state.analysis
  const panels = { form: $('panel-form'), message: $('panel-message'), tests: $('panel-tests'), add: $('panel-add') }
  if (!doc || !screener) {
    for (const p of Object.values(panels)) p.replaceChildren(h('p', { class: 'error' }, t('fixFirst', state.locale)))
    state.current = null
    formKey = ''
    addFormKey = ''
    return
  }
  screenAnswers()
  // The form is rebuilt when its fields change, not on every keystroke in it (focus stays put).
  const key = JSON.stringify([doc.criteria.fields, state.locale])
  if (rebuildForm || key !== formKey) {
    formKey = key
    const formHost = h('div', {})
    const resultHost = h('div', { class: 'result', role: 'region', 'aria-live': 'polite', 'aria-label': t('decision', state.locale) })
    panels.form.replaceChildren(formHost, resultHost)
    renderForm(formHost, doc.criteria, state.locale, state.answers, state.meta, () => {
      screenAnswers()
      if (state.current) renderResult(resultHost, state.current.result, screener, state.locale)
      if (state.tab === 'message' && state.current) renderMessagePreview(panels.message, state.current.result, state.analysis.screener!, state.locale, state.message)
    })
  }
  const resultHost = panels.form.querySelector('.result') as HTMLElement | null
  if (resultHost && state.current) renderResult(resultHost, state.current.result, screener, state.locale)
  if (state.tab === 'message' && state.current) renderMessagePreview(panels.message, state.current.result, screener, state.locale, state.message)
  if (state.tab === 'tests') void renderTests(panels.tests, state.path, doc, state.current, state.locale, () => void refreshFiles().catch((e: unknown) => showNotice((l) => errorText(e, l))))
  // Likewise the new-criterion form: an analysis of the same fields (the one that follows every
  // change in the editor) leaves what the recruiter is filling in where it is.
  const addKey = JSON.stringify([doc.criteria.fields, state.locale])
  if (state.tab === 'add' && (rebuildForm || addKey !== addFormKey)) {
    addFormKey = addKey
    renderAddCriterion(panels.add, doc.criteria, state.locale, () => editor.text(), (text) => editor.setText(text))
  }
}
let formKey = ''
let addFormKey = ''

async function open(path: string) {
  let disk: string
  try {
    disk = (await readFile(path)) ?? ''
  } catch (e) {
    showNotice((l) => `${t('openFailed', l)} ${path}: ${errorText(e, l)}`)
    return
  }
  showNotice(null)
  const draft = draftOf(state.folder, path)
  state.path = path
  state.saved = disk
  state.answers = {}
  state.message = {}
  formKey = ''
  addFormKey = ''
  $('file-title').textContent = path
  for (const b of document.querySelectorAll<HTMLButtonElement>('#file-list button')) b.setAttribute('aria-current', String(b.dataset.path === path))
  editor.setText(draft ?? disk)
  showSaveState(draft !== null && draft !== disk ? t('restored', state.locale) : '')
  runAnalysis()
}

async function refreshFiles() {
  const { folder, files } = await listFiles()
  state.folder = folder
  state.files = files
  $('folder').textContent = `${folder}/`
  $('file-list').replaceChildren(
    ...files.filter((f) => f.kind === 'criteria').map((f) => h('li', {}, h('button', { type: 'button', 'data-path': f.path, 'aria-current': String(f.path === state.path), onclick: () => void open(f.path) }, f.path))),
  )
}

function selectTab(tab: typeof state.tab, focus = false) {
  state.tab = tab
  for (const name of ['form', 'message', 'tests', 'add'] as const) {
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
  $('problems-title').textContent = t('problems', l)
  $('tabs').setAttribute('aria-label', t('tryIt', l))
  document.querySelector('.skip')!.textContent = t('skip', l)
  const labels = { form: 'tabForm', message: 'tabMessage', tests: 'tabTests', add: 'tabAdd' } as const
  for (const [name, key] of Object.entries(labels)) $(`tab-${name}`).textContent = t(key, l)
  if (notice) $('notice').textContent = notice(l)
}

// Tabs as the ARIA authoring practices describe them: arrows move between tabs.
$('tabs').addEventListener('keydown', (e) => {
  const order = ['form', 'message', 'tests', 'add'] as const
  const i = order.indexOf(state.tab)
  if (e.key === 'ArrowRight') selectTab(order[(i + 1) % order.length]!, true)
  else if (e.key === 'ArrowLeft') selectTab(order[(i + order.length - 1) % order.length]!, true)
  else return
  e.preventDefault()
})
for (const name of ['form', 'message', 'tests', 'add'] as const) $(`tab-${name}`).addEventListener('click', () => selectTab(name))
$('save').addEventListener('click', () => void save())
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
} catch (e) {
  showNotice((l) => errorText(e, l))
}
