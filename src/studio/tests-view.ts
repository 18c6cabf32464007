import { addTestCaseToText, formatIssue, isCriteriaError, runRuleTestSource, testCaseFromResult, type Application, type CriteriaDocument, type ScreeningResult } from '../index.js'
import { readFile, writeFile } from './api.js'
import { h, uid } from './dom.js'
import { errorText, statusText, t, type UiLocale } from './i18n.js'

/** The test file next to a criteria file: rules/x.yaml -> rules/x.test.yaml. */
export const testFileOf = (path: string): string => path.replace(/\.(ya?ml|json)$/i, '.test.$1')

/**
 * The file's test cases: run against the text in the editor (saved or not), pass or fail with
 * what differed, coverage per criterion; and the form's answers saved as a new case, its
 * expectation taken from the current result.
 */
export async function renderTests(container: HTMLElement, path: string, doc: CriteriaDocument, current: { application: Application; result: ScreeningResult } | null, locale: UiLocale, onSaved: (file: string) => void): Promise<void> {
  const file = testFileOf(path)
  let text: string | null
  try {
    text = await readFile(file)
  } catch (e) {
    return void container.replaceChildren(h('p', { class: 'error', role: 'alert' }, `${t('openFailed', locale)} ${file}: ${errorText(e, locale)}`))
  }
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : ''
  const out = h('div', { class: 'test-run', role: 'status', 'aria-live': 'polite' })
  const run = async () => {
    if (!text) return void out.replaceChildren(h('p', {}, t('noTests', locale)))
    try {
      const report = await runRuleTestSource({ text, file, criteria: () => doc, readText: async (name) => (await readFile(dir + name)) ?? '' })
      out.replaceChildren(
        h('p', { class: report.failed ? 'summary failed' : 'summary' }, `${report.passed} ${t('passed', locale)}, ${report.failed} ${t('failed', locale)}`),
        h('ul', { class: 'cases' }, ...report.cases.map((c) => h('li', { class: c.passed ? 'pass' : 'fail', 'data-case': c.name }, h('span', { class: 'badge' }, c.passed ? 'PASS' : 'FAIL'), ' ', c.name, ...c.failures.map((f) => h('div', { class: 'why' }, `${f.field}: ${JSON.stringify(f.expected)} ≠ ${JSON.stringify(f.actual)}`))))),
        h('h3', {}, `${t('coverage', locale)} ${report.coveragePercent}%`),
        h('ul', { class: 'coverage' }, ...Object.entries(report.coverage).map(([id, cov]) => h('li', {}, h('strong', {}, id), ': ', cov.applicable.map((k) => (cov[k] ? statusText(k, locale) : `– ${statusText(k, locale)}`)).join(', ')))),
      )
    } catch (e) {
      out.replaceChildren(h('p', { class: 'error' }, isCriteriaError(e) ? e.issues.map((i) => `${i.line ?? ''}:${i.column ?? ''} ${formatIssue(i, locale)}`).join('\n') : String(e)))
    }
  }
  const nameId = uid('case-name')
  const saved = h('p', { role: 'status', 'aria-live': 'polite' })
  const name = h('input', { id: nameId, type: 'text', value: current ? `${current.result.outcome}: ${current.result.unmet.join(', ') || current.result.missing.join(', ') || 'ok'}` : '' })
  // The expectation starts as the current decision; the recruiter says what it should be.
  const outcomeId = uid('case-outcome')
  const outcome = h('select', { id: outcomeId }, ...(['pass', 'reject', 'review'] as const).map((o) => h('option', { value: o, selected: current?.result.outcome === o }, t(o, locale))))
  const save = async () => {
    if (!current) return
    const testCase = testCaseFromResult(name.value.trim() || 'case', current.application, current.result)
    const wanted = outcome.value as typeof testCase.expect.outcome
    // A different outcome than the rules give: keep only the outcome, so the case fails until the rules do what is wanted.
    if (wanted !== testCase.expect.outcome) testCase.expect = { outcome: wanted }
    try {
      const latest = (await readFile(file)) ?? ''
      await writeFile(file, addTestCaseToText(latest, testCase))
    } catch (e) {
      saved.textContent = `${t('saveFailed', locale)}: ${errorText(e, locale)}`
      return
    }
    saved.textContent = `${t('caseSaved', locale)} ${file}`
    onSaved(file)
  }
  container.replaceChildren(
    h('button', { type: 'button', id: 'run-tests', onclick: () => void run() }, t('runTests', locale)),
    out,
    h('h3', {}, t('saveCase', locale)),
    h('div', { class: 'row' }, h('label', { for: nameId }, t('caseName', locale)), name),
    h('div', { class: 'row' }, h('label', { for: outcomeId }, t('expectedOutcome', locale)), outcome),
    h('button', { type: 'button', id: 'save-case', disabled: !current, onclick: () => void save() }, t('saveCase', locale)),
    saved,
  )
  await run()
}
