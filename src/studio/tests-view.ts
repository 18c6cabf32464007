import {
  failureDetails,
  formatIssue,
  isCriteriaError,
  readTestCases,
  removeTestCase,
  runRuleTestSource,
  setTestCase,
  testCaseFromResult,
  testCaseId,
  type Application,
  type CaseResult,
  type CriteriaDocument,
  type ScreeningResult,
  type TestCaseEntry,
  type TestFileEdit,
} from '../index.js'
import { readFile, readFileTagged, writeFile } from './api.js'
import { ask } from './dialog.js'
import { h, uid } from './dom.js'
import { criterionName, errorText, statusText, t, tf, type UiLocale } from './i18n.js'

/** The test file next to a criteria file: rules/x.yaml -> rules/x.test.yaml. */
export const testFileOf = (path: string): string => path.replace(/\.(ya?ml|json)$/i, '.test.$1')

/** What the tests tab needs from the page: the file, the current answers and their result, and the case open in the form. */
export interface TestsContext {
  path: string
  doc: CriteriaDocument
  current: { application: Application; result: ScreeningResult } | null
  locale: UiLocale
  /** The id of the case whose answers are in the form, if one was opened. */
  openCase: string | null
  onSaved: (file: string) => void
  /** Puts a case's answers in the form (and shows the form). */
  onOpen: (entry: TestCaseEntry) => void
}

/** A failing case as the CLI reads it (failureDetails), in the recruiter's language. */
function failureLines(c: CaseResult, l: UiLocale): string[] {
  const d = failureDetails(c)
  if (d.passed) return []
  const outcome = (o: string) => t(o as 'pass' | 'reject' | 'review', l)
  const lines: string[] = []
  if (d.outcome)
    lines.push(tf('outcomeDiffered', l, { expected: outcome(d.outcome.expected), actual: outcome(d.outcome.actual) }))
  if (d.score.maxScore > 0)
    lines.push(tf('scoreAgainst', l, { score: d.score.score, max: d.score.maxScore, min: d.score.minScore }))
  for (const k of d.criteria) {
    const words = k.expected
      ? tf('statusExpected', l, {
          id: criterionName(k.id, l),
          expected: statusText(k.list, l),
          actual: statusText(k.actual, l),
        })
      : tf('statusUnexpected', l, { id: criterionName(k.id, l), actual: statusText(k.actual, l) })
    lines.push(k.why ? `${words} (${k.why})` : words)
  }
  for (const f of d.others)
    lines.push(
      f.field === 'message'
        ? tf('messageMissing', l, { expected: String(f.expected) })
        : tf('otherDiffered', l, {
            field: f.field,
            expected: JSON.stringify(f.expected),
            actual: JSON.stringify(f.actual),
          }),
    )
  return lines
}

/**
 * The file's test cases: listed (id, candidate, expected decision, pass or fail with why),
 * opened into the form, renamed and deleted; run against the text in the editor (saved or
 * not) with coverage per criterion; and the form's answers saved as a new case, or back into
 * the case that was opened.
 */
export async function renderTests(container: HTMLElement, ctx: TestsContext): Promise<void> {
  const { path, doc, current, locale: l } = ctx
  const file = testFileOf(path)
  // What was shown for other answers goes at once: nothing stale to click while the file is read.
  container.replaceChildren()
  let text: string | null
  try {
    text = await readFile(file)
  } catch (e) {
    return void container.replaceChildren(
      h('p', { class: 'error', role: 'alert' }, `${t('openFailed', l)} ${file}: ${errorText(e, l)}`),
    )
  }
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : ''
  const status = h('p', { role: 'status', 'aria-live': 'polite', class: 'case-status' })
  const out = h('div', { class: 'test-run', role: 'status', 'aria-live': 'polite' })
  const coverageHost = h('div', { class: 'coverage-host' })
  const listHost = h('div', { class: 'case-list-host' })
  let results: CaseResult[] = []

  /** Reads the test file as it is on disk now, edits it, and writes it back unless it changed meanwhile. */
  const edit = async (change: (latest: string) => TestFileEdit, done: (id: string) => string): Promise<boolean> => {
    try {
      const latest = await readFileTagged(file)
      const result = change(latest?.text ?? '')
      if (!result.ok) {
        status.textContent =
          result.reason === 'id_taken'
            ? tf('idTaken', l, { id: result.id })
            : `${t('saveFailed', l)}: ${result.reason === 'no_such_case' ? result.id : file}`
        return false
      }
      await writeFile(file, result.text, { ifMatch: latest?.etag ?? null })
      text = result.text
      status.textContent = done(result.id)
      ctx.onSaved(file)
      return true
    } catch (e) {
      status.textContent = `${t('saveFailed', l)}: ${errorText(e, l)}`
      return false
    }
  }

  const renderList = () => {
    const cases = text ? readTestCases(text) : []
    if (!cases.length) return void listHost.replaceChildren(h('p', {}, t('noTests', l)))
    listHost.replaceChildren(
      h(
        'table',
        { class: 'case-list' },
        h('caption', {}, t('casesTitle', l)),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...(['colId', 'colCandidate', 'colExpected', 'colResult', 'colActions'] as const).map((k) =>
              h('th', { scope: 'col' }, t(k, l)),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          ...cases.map((c) => {
            const r = results[c.index]
            const why = r ? failureLines(r, l) : []
            return h(
              'tr',
              { class: r ? (r.passed ? 'pass' : 'fail') : '', 'data-case-id': c.id ?? '' },
              h('td', {}, h('code', {}, c.id ?? '–'), h('div', { class: 'case-name' }, c.name)),
              h('td', {}, c.firstName ?? '–'),
              h('td', {}, c.expect ? t(c.expect.outcome, l) : '–'),
              h(
                'td',
                {},
                h('span', { class: 'badge' }, r ? t(r.passed ? 'casePass' : 'caseFail', l) : t('notRun', l)),
                ...why.map((line) => h('div', { class: 'why' }, line)),
              ),
              h(
                'td',
                { class: 'actions' },
                ...(c.id === null
                  ? []
                  : [
                      h(
                        'button',
                        { type: 'button', 'aria-label': `${t('openCase', l)} ${c.id}`, onclick: () => ctx.onOpen(c) },
                        t('openCase', l),
                      ),
                      h(
                        'button',
                        {
                          type: 'button',
                          'aria-label': `${t('renameCase', l)} ${c.id}`,
                          onclick: () => void rename(c),
                        },
                        t('renameCase', l),
                      ),
                      h(
                        'button',
                        {
                          type: 'button',
                          'aria-label': `${t('deleteCase', l)} ${c.id}`,
                          onclick: () => void remove(c),
                        },
                        t('deleteCase', l),
                      ),
                    ]),
              ),
            )
          }),
        ),
      ),
    )
  }

  const rename = async (c: TestCaseEntry) => {
    const id = c.id!
    const inputId = uid('new-id')
    const input = h('input', { id: inputId, type: 'text', value: id, autocomplete: 'off' })
    const error = h('p', { class: 'error', role: 'alert' })
    const body = [h('div', { class: 'row' }, h('label', { for: inputId }, t('newId', l)), input), error]
    for (;;) {
      const choice = await ask({
        id: 'rename-case',
        title: `${t('renameCase', l)}: ${id}`,
        body,
        choices: [{ value: 'rename', label: t('renameCase', l), safe: true }],
        cancel: t('cancel', l),
      })
      if (choice !== 'rename') return
      const wanted = input.value.trim()
      if (wanted === id) return
      if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(wanted)) {
        error.textContent = t('idInvalid', l)
        continue
      }
      if (readTestCases(text ?? '').some((x) => x.id === wanted)) {
        error.textContent = tf('idTaken', l, { id: wanted })
        continue
      }
      break
    }
    const wanted = input.value.trim()
    const ok = await edit(
      (latest) => {
        const now = readTestCases(latest).find((x) => x.id === id)
        if (!now || typeof now.application !== 'object' || !now.application || !now.expect)
          return { ok: false, reason: 'no_such_case', id }
        return setTestCase(
          latest,
          id,
          { name: now.name, application: now.application, expect: now.expect },
          { rename: wanted },
        )
      },
      (newId) => tf('caseRenamed', l, { id: newId }),
    )
    if (ok) await run()
  }

  const remove = async (c: TestCaseEntry) => {
    const id = c.id!
    const yes = await ask({
      id: 'delete-case',
      title: tf('confirmDeleteTitle', l, { id }),
      body: [t('confirmDeleteBody', l)],
      choices: [{ value: 'delete', label: t('deleteCase', l) }],
      cancel: t('cancel', l),
    })
    if (yes !== 'delete') return
    if (
      await edit(
        (latest) => removeTestCase(latest, id),
        () => tf('caseDeleted', l, { id }),
      )
    )
      await run()
  }

  const run = async () => {
    results = []
    if (!text || !readTestCases(text).length) {
      out.replaceChildren()
      coverageHost.replaceChildren()
      return renderList()
    }
    try {
      const report = await runRuleTestSource({
        text,
        file,
        criteria: () => doc,
        readText: async (name) => (await readFile(dir + name)) ?? '',
      })
      results = report.cases
      out.replaceChildren(
        h(
          'p',
          { class: report.failed ? 'summary failed' : 'summary' },
          `${report.passed} ${t('passed', l)}, ${report.failed} ${t('failed', l)}`,
        ),
      )
      coverageHost.replaceChildren(
        h('h3', {}, `${t('coverage', l)} ${report.coveragePercent}%`),
        h(
          'ul',
          { class: 'coverage' },
          ...Object.entries(report.coverage).map(([id, cov]) =>
            h(
              'li',
              {},
              h('strong', {}, criterionName(id, l)),
              ': ',
              cov.applicable
                .map((k) => (cov[k] ? statusText(k, l) : `${statusText(k, l)} (${t('notSeen', l)})`))
                .join(', '),
            ),
          ),
        ),
      )
    } catch (e) {
      coverageHost.replaceChildren()
      out.replaceChildren(
        h(
          'p',
          { class: 'error' },
          isCriteriaError(e)
            ? e.issues.map((i) => `${i.line ?? ''}:${i.column ?? ''} ${formatIssue(i, l)}`).join('\n')
            : String(e),
        ),
      )
    }
    renderList()
  }

  const nameId = uid('case-name')
  // e2e: the proposed name in the page's language ("Avböjs: start"), not the outcome's code ("reject: start").
  const proposedName = (r: {
    outcome: 'pass' | 'reject' | 'review'
    unmet: readonly string[]
    missing: readonly string[]
  }) => {
    const which = r.unmet.join(', ') || r.missing.join(', ')
    const outcome = t(r.outcome, l)
    return which ? `${outcome}: ${which}` : outcome
  }
  const name = h('input', { id: nameId, type: 'text', value: current ? proposedName(current.result) : '' })
  // The expectation starts as the current decision; the recruiter says what it should be.
  const outcomeId = uid('case-outcome')
  const outcome = h(
    'select',
    { id: outcomeId },
    ...(['pass', 'reject', 'review'] as const).map((o) =>
      h('option', { value: o, selected: current?.result.outcome === o }, t(o, l)),
    ),
  )
  const caseOfForm = (caseName: string) => {
    const testCase = testCaseFromResult(caseName, current!.application, current!.result)
    const wanted = outcome.value as typeof testCase.expect.outcome
    // A different outcome than the rules give: keep only the outcome, so the case fails until the rules do what is wanted.
    if (wanted !== testCase.expect.outcome) testCase.expect = { outcome: wanted }
    return testCase
  }
  const saveNew = async () => {
    if (!current) return
    const testCase = caseOfForm(name.value.trim() || 'case')
    const ok = await edit(
      (latest) =>
        setTestCase(
          latest,
          testCaseId(
            current.application.candidate?.firstName ?? '',
            readTestCases(latest).map((c) => c.id),
          ),
          testCase,
        ),
      (id) => `${t('caseSaved', l)} ${file} (${id})`,
    )
    if (ok) await run()
  }
  const open = ctx.openCase !== null && text ? readTestCases(text).find((c) => c.id === ctx.openCase) : undefined
  const saveOpen = async () => {
    if (!current || !open?.id) return
    const id = open.id
    if (
      await edit(
        (latest) => setTestCase(latest, id, caseOfForm(name.value.trim() || open.name)),
        () => tf('caseUpdated', l, { id }),
      )
    )
      await run()
  }
  if (open) name.value = open.name
  container.replaceChildren(
    h('button', { type: 'button', id: 'run-tests', onclick: () => void run() }, t('runTests', l)),
    out,
    listHost,
    status,
    coverageHost,
    h('h3', {}, t('saveCase', l)),
    ...(open ? [h('p', { class: 'hint' }, tf('caseOpened', l, { id: open.id! }))] : []),
    h('div', { class: 'row' }, h('label', { for: nameId }, t('caseName', l)), name),
    h('div', { class: 'row' }, h('label', { for: outcomeId }, t('expectedOutcome', l)), outcome),
    h(
      'div',
      { class: 'ask-buttons' },
      ...(open
        ? [
            h(
              'button',
              { type: 'button', id: 'save-open-case', disabled: !current, onclick: () => void saveOpen() },
              tf('saveChanges', l, { id: open.id! }),
            ),
          ]
        : []),
      h(
        'button',
        { type: 'button', id: 'save-case', disabled: !current, onclick: () => void saveNew() },
        t('saveCase', l),
      ),
    ),
  )
  await run()
}
