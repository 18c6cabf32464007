import { readFile } from 'node:fs/promises'
import { basename, dirname, resolve } from 'node:path'
import { z } from 'zod'
import { parseSource, sortIssues, zodIssues } from '../criteria/parse'
import type { Outcome } from '../screen/result'
import { CriteriaError } from '../errors'
import { formatExplanation } from '../logic/explain'
import { renderMessage } from '../messages/render-message'
import { compileCriteria } from '../screen/compile-criteria'
import { loadCriteria } from '../screen/load-criteria'
import type { Application } from '../screen/application'

const TestFileSchema = z.strictObject({
  criteria: z.string().optional().meta({ description: 'The criteria file, relative to this file (default: the same name without .test).' }),
  now: z.string().optional().meta({ description: 'Time of the decisions (default: each application at its own submittedAt).' }),
  cases: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        application: z.union([z.string(), z.record(z.string(), z.unknown())]),
        expect: z.strictObject({
          outcome: z.enum(['pass', 'reject', 'review']),
          unmet: z.array(z.string()).optional(),
          missing: z.array(z.string()).optional(),
          nearMiss: z.boolean().optional(),
          message: z.array(z.string()).optional().meta({ description: 'Substrings expected in the rendered candidate message.' }),
        }),
      }),
    )
    .min(0),
})

/**
 * One failed expectation of a case, with expected and actual side by side.
 *
 * @example
 * ```ts
 * const f: Expectation = { field: 'outcome', expected: 'pass', actual: 'reject' }
 * ```
 * @category Rule-set testing
 */
export interface Expectation {
  field: 'outcome' | 'unmet' | 'missing' | 'nearMiss' | 'message'
  expected: unknown
  actual: unknown
}

/**
 * The result of one test case.
 *
 * @example
 * ```ts
 * const c: CaseResult = { name: 'late application', passed: true, failures: [], explanations: {} }
 * ```
 * @category Rule-set testing
 */
export interface CaseResult {
  name: string
  passed: boolean
  failures: Expectation[]
  /** Recruiter-facing explanation of each unmet criterion. */
  explanations: Record<string, string>
}

/** Per criterion: whether the cases made it met, unmet and missing at least once.
 * @example
 * ```ts
 * report.coverage.experience // { met: true, unmet: true, missing: false, applicable: ['met', 'unmet', 'missing'] }
 * ```
 * @category Rule-set testing
 */
export type Coverage = Record<string, { met: boolean; unmet: boolean; missing: boolean; applicable: ('met' | 'unmet' | 'missing')[] }>

/**
 * The report of one rule-set test file.
 *
 * @example
 * ```ts
 * const report = await runRuleTests('rules/lagerarbetare.test.yaml')
 * report.passed // 6
 * ```
 * @category Rule-set testing
 */
export interface RuleTestReport {
  file: string
  criteriaFile: string
  cases: CaseResult[]
  passed: number
  failed: number
  coverage: Coverage
  /** Covered share of (criterion, status) pairs, 0–100. */
  coveragePercent: number
}

/**
 * Options of {@link runRuleTests}.
 *
 * @example
 * ```ts
 * await runRuleTests('rules/x.test.yaml', { run: /late/ })
 * ```
 * @category Rule-set testing
 */
export interface RuleTestOptions {
  /** Only cases whose name matches. */
  run?: RegExp
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i])

/**
 * Runs the cases of a rule-set test file (YAML or JSON) against its criteria: each case's
 * application is screened and compared with the expected outcome, unmet and missing
 * criteria, near miss and message substrings. Also measures coverage: per criterion, whether
 * some case made it met, unmet and missing. Throws a {@link CriteriaError} when the test file
 * or its criteria do not load.
 *
 * @example
 * ```ts
 * import { runRuleTests } from 'autoscreen'
 * it('lagerarbetare rules', async () => {
 *   const report = await runRuleTests('rules/lagerarbetare.test.yaml')
 *   expect(report.failed).toBe(0)
 * })
 * ```
 * @category Rule-set testing
 */
export async function runRuleTests(file: string, options: RuleTestOptions = {}): Promise<RuleTestReport> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    throw new CriteriaError([{ code: 'file_unreadable', path: [], file, message: 'file not found' }])
  }
  const { value, index } = parseSource(text, { file, format: file.endsWith('.json') ? 'json' : 'yaml' })
  const parsed = TestFileSchema.safeParse(value)
  if (!parsed.success) throw new CriteriaError(sortIssues(zodIssues(parsed.error, index, [], value)))
  const spec = parsed.data
  const criteriaFile = resolve(dirname(file), spec.criteria ?? basename(file).replace(/\.test\.(ya?ml|json)$/i, '.$1'))
  const screener = compileCriteria(await loadCriteria(criteriaFile))
  const fixedNow = spec.now ? new Date(spec.now) : null
  const coverage: Coverage = {}
  const ids = [...(screener.criteria.job.closesAt ? ['deadline'] : []), ...screener.criteria.criteria.map((c) => c.id)]
  for (const id of ids) coverage[id] = { met: false, unmet: false, missing: false, applicable: id === 'deadline' ? ['met', 'unmet'] : ['met', 'unmet', 'missing'] }
  const cases: CaseResult[] = []
  for (const [i, c] of spec.cases.entries()) {
    if (options.run && !options.run.test(c.name)) continue
    let application: Application
    if (typeof c.application === 'string') {
      try {
        application = JSON.parse(await readFile(resolve(dirname(file), c.application), 'utf8')) as Application
      } catch (e) {
        throw new CriteriaError([{ code: 'application_unreadable', path: ['cases', i, 'application'], message: `cannot read ${c.application}: ${e instanceof Error ? e.message : String(e)}`, ...index.locate(['cases', i, 'application']) }])
      }
    } else application = c.application as unknown as Application
    const now = fixedNow ?? new Date(Date.parse(String(application.submittedAt)))
    const result = screener.screen(application, { now })
    for (const r of result.criteria) {
      const cov = coverage[r.id]
      if (cov && (r.status === 'met' || r.status === 'unmet' || r.status === 'missing')) cov[r.status] = true
    }
    const failures: Expectation[] = []
    const e = c.expect
    if (result.outcome !== e.outcome) failures.push({ field: 'outcome', expected: e.outcome as Outcome, actual: result.outcome })
    if (e.unmet && !sameSet(e.unmet, result.unmet)) failures.push({ field: 'unmet', expected: e.unmet, actual: result.unmet })
    if (e.missing && !sameSet(e.missing, result.missing)) failures.push({ field: 'missing', expected: e.missing, actual: result.missing })
    if (e.nearMiss !== undefined && e.nearMiss !== result.nearMiss) failures.push({ field: 'nearMiss', expected: e.nearMiss, actual: result.nearMiss })
    if (e.message) {
      const m = renderMessage(result, { screener, now })
      const full = `${m.subject}\n${m.text}`
      for (const want of e.message) if (!full.includes(want)) failures.push({ field: 'message', expected: want, actual: m.text })
    }
    const explanations = Object.fromEntries(result.criteria.filter((r) => r.detail).map((r) => [r.id, formatExplanation(r.detail!)]))
    cases.push({ name: c.name, passed: failures.length === 0, failures, explanations })
  }
  const total = Object.values(coverage).reduce((s, c) => s + c.applicable.length, 0)
  const covered = Object.values(coverage).reduce((s, c) => s + c.applicable.filter((k) => c[k]).length, 0)
  const passed = cases.filter((c) => c.passed).length
  return { file, criteriaFile, cases, passed, failed: cases.length - passed, coverage, coveragePercent: total ? Math.round((covered / total) * 1000) / 10 : 100 }
}

const xml = (s: string) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)

/**
 * Renders reports as JUnit XML, which CI systems (GitHub Actions, GitLab, Jenkins) display.
 *
 * @example
 * ```ts
 * fs.writeFileSync('rules-junit.xml', toJUnit([await runRuleTests('rules/x.test.yaml')]))
 * ```
 * @category Rule-set testing
 */
export function toJUnit(reports: readonly RuleTestReport[]): string {
  const suites = reports.map((r) => {
    const cases = r.cases.map((c) => {
      const failure = c.failures.length
        ? `<failure message="${xml(c.failures.map((f) => `${f.field}: expected ${JSON.stringify(f.expected)}, got ${JSON.stringify(f.actual)}`).join('; ').slice(0, 2000))}">${xml(Object.entries(c.explanations).map(([k, v]) => `${k}: ${v}`).join('\n'))}</failure>`
        : ''
      return `    <testcase classname="${xml(basename(r.file))}" name="${xml(c.name)}">${failure}</testcase>`
    })
    return `  <testsuite name="${xml(r.file)}" tests="${r.cases.length}" failures="${r.failed}">\n${cases.join('\n')}\n  </testsuite>`
  })
  const tests = reports.reduce((s, r) => s + r.cases.length, 0)
  const failures = reports.reduce((s, r) => s + r.failed, 0)
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="autoscreen" tests="${tests}" failures="${failures}">\n${suites.join('\n')}\n</testsuites>\n`
}
