import * as z from 'zod'
import { buildSchemasJitless } from '../criteria/zod-jitless.js'
import { parseSource, sortIssues, zodIssues } from '../criteria/parse.js'
import type { Outcome } from '../screen/result.js'
import { ApplicationError, CriteriaError, ScreeningError, type Issue } from '../errors.js'
// slips
import { suggest } from '../criteria/suggest.js'
import { en } from '../issues/wording-en.js'
import { RESULT_VOCABULARY } from '../issues/result-vocabulary.js'
import { parseInstant } from '../time/dates.js'
import { formatExplanation } from '../logic/explain.js'
import { prepareMessages, type PreparedMessages } from '../messages/prepare-messages.js'
import { compileCriteria } from '../screen/compile-criteria.js'
import type { CriteriaDocument } from '../criteria/parse.js'
import type { Application } from '../screen/application.js'

// The schemas below are built with zod's jitless set: building them tries no code generation (zod-jitless.ts).
const zodSettingsBack = buildSchemasJitless()

const TestFileSchema = z.strictObject({
  criteria: z
    .string()
    .optional()
    .meta({ description: 'The criteria file, relative to this file (default: the same name without .test).' }),
  now: z
    .string()
    .optional()
    .refine(
      (v) => v === undefined || v === 'arrival' || parseInstant(v, 'UTC') !== null,
      'must be an ISO 8601 date-time such as 2026-11-20T10:00:00+01:00, or arrival',
    )
    .meta({ description: 'Time of the decisions (default: arrival, each application at its own submittedAt).' }),
  cases: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        application: z.union([z.string(), z.record(z.string(), z.unknown())]),
        expect: z.strictObject({
          outcome: z.enum(['pass', 'reject', 'review']),
          unmet: z.array(z.string()).optional(),
          missing: z.array(z.string()).optional(),
          invalid: z.array(z.string()).optional(),
          review: z.array(z.string()).optional().meta({ description: 'Criteria a person must judge.' }),
          skipped: z.array(z.string()).optional().meta({
            description: 'Criteria whose condition (when) did not hold, or left unanswered with onMissing: skip.',
          }),
          score: z.number().optional(),
          nearMiss: z.boolean().optional(),
          message: z
            .array(z.string())
            .optional()
            .meta({ description: 'Substrings expected in the rendered candidate message.' }),
        }),
      }),
    )
    .min(0),
})

zodSettingsBack()

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
  field: 'outcome' | 'unmet' | 'missing' | 'invalid' | 'review' | 'skipped' | 'score' | 'nearMiss' | 'message'
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
  /** Recruiter-facing explanation of each criterion that has one (unmet, skipped, or decided despite unanswered fields). */
  explanations: Record<string, string>
  /** How the application came out, criterion by criterion: what a failing case is read against. */
  actual: CaseSummary
  /** Where the case starts in its test file (1-based), when the file was read with positions. */
  line?: number
}

/**
 * What a case's application came out as: the outcome, the score against `minScore`, and the
 * criteria by status, requirements apart from preferences.
 *
 * @example
 * ```ts
 * const s: CaseSummary = { outcome: 'reject', score: 1, minScore: 2, maxScore: 4, nearMiss: false, unmetRequired: ['experience'], unmetPreferred: ['testing'], missing: [], invalid: [], review: [], skipped: [] }
 * ```
 * @category Rule-set testing
 */
export interface CaseSummary {
  outcome: Outcome
  score: number
  minScore: number
  maxScore: number
  nearMiss: boolean
  unmetRequired: string[]
  unmetPreferred: string[]
  missing: string[]
  invalid: string[]
  review: string[]
  skipped: string[]
  /** Why each undecided criterion is undecided (missing, invalid, review, error). */
  problems?: Record<string, string>
}

/**
 * A status coverage counts: each criterion should be seen in each that applies to it.
 * @example
 * ```ts
 * const s: CoverageStatus = 'skipped'
 * ```
 * @category Rule-set testing
 */
export type CoverageStatus = 'met' | 'unmet' | 'missing' | 'review' | 'skipped'

/**
 * Per criterion: whether the cases made it met, unmet and missing at least once, and where
 * they apply, `review` (its rule reads an option for a person, or can ask for one) and
 * `skipped` (it has a `when`, or `onMissing: skip`, which takes the place of `missing`).
 * @example
 * ```ts
 * report.coverage.experience // { met: true, unmet: true, missing: false, review: false, skipped: false, applicable: ['met', 'unmet', 'missing'] }
 * ```
 * @category Rule-set testing
 */
export type Coverage = Record<string, Record<CoverageStatus, boolean> & { applicable: CoverageStatus[] }>

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
  /** CoverageStatus share of (criterion, status) pairs, 0–100. */
  coveragePercent: number
}

/**
 * Options of {@link runRuleTestSource} (and `runRuleTests` from `autoscreen/node`).
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

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i])

/**
 * A rule-set test file from anywhere: its text, and how to load what it names.
 * @example
 * ```ts
 * const source: RuleTestSource = { text: testYaml, file: 'x.test.yaml', criteria: () => loadCriteriaText(criteriaYaml) }
 * ```
 * @category Rule-set testing
 */
export interface RuleTestSource {
  /** The test file's text (YAML or JSON). */
  text: string
  /** Its name, for locations and reports; a name ending in `.json` is read as strict JSON. */
  file?: string
  /** Loads the criteria the test file names: its `criteria:`, or by default its own name without `.test`. */
  criteria: (name: string) => CriteriaDocument | Promise<CriteriaDocument>
  /** Reads an application file a case names (`application: cases/late.json`). Without it such cases are errors. */
  readText?: (name: string) => string | Promise<string>
}

const baseName = (file: string): string => file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1)

/**
 * Runs the cases of a rule-set test (YAML or JSON) against its criteria, from text: each
 * case's application is screened and compared with the expected outcome, unmet and missing
 * criteria, near miss and message substrings. Also measures coverage: per criterion, whether
 * some case made it met, unmet and missing. Throws a {@link CriteriaError} when the test or
 * its criteria do not load. `runRuleTests` from `autoscreen/node` reads the files.
 *
 * @example
 * ```ts
 * const report = await runRuleTestSource({ text: testYaml, file: 'x.test.yaml', criteria: () => loadCriteriaText(criteriaYaml) })
 * report.failed // 0
 * ```
 * @category Rule-set testing
 */
export async function runRuleTestSource(
  source: RuleTestSource,
  options: RuleTestOptions = {},
): Promise<RuleTestReport> {
  const file = source.file ?? 'test.yaml'
  const { value, index } = parseSource(source.text, {
    ...(source.file === undefined ? {} : { file: source.file }),
    format: file.endsWith('.json') ? 'json' : 'yaml',
  })
  const parsed = TestFileSchema.safeParse(value)
  if (!parsed.success)
    throw new CriteriaError(
      sortIssues(zodIssues(parsed.error, index, [], value, TestFileSchema).map((i) => ({ ...i, file }))),
    )
  const spec = parsed.data
  const criteriaName = spec.criteria ?? baseName(file).replace(/\.test\.(ya?ml|json)$/i, '.$1')
  const doc = await source.criteria(criteriaName)
  const screener = compileCriteria(doc)
  // Cases that expect message words share one prepared message path.
  let messages: PreparedMessages | undefined
  const tzName = screener.criteria.job.timezone
  const fixedNow = spec.now && spec.now !== 'arrival' ? parseInstant(spec.now, tzName)! : 'arrival'
  const coverage = coverageOf(screener)
  const cases: CaseResult[] = []
  const broken: Issue[] = []
  const at = (i: number, ...path: (string | number)[]) => ({
    path: ['cases', i, ...path],
    file,
    ...index.locate(['cases', i, ...path]),
  })
  // slips: an expectation naming no criterion (`unmet: [korkort_ce]` for `korkort-ce`) can never hold: say so, with did-you-mean.
  broken.push(...unknownCriteria(spec.cases, Object.keys(coverage), at))
  for (const [i, c] of spec.cases.entries()) {
    if (options.run && !options.run.test(c.name)) continue
    let application: Application
    if (typeof c.application === 'string') {
      try {
        if (!source.readText) throw new Error('no reader for application files was given')
        application = JSON.parse(await source.readText(c.application)) as Application
      } catch (e) {
        broken.push({
          code: 'application_unreadable',
          message: `case "${c.name}": cannot read ${c.application}: ${e instanceof Error ? e.message : String(e)}`,
          ...at(i, 'application'),
        })
        continue
      }
    } else application = c.application as unknown as Application
    let result: ReturnType<typeof screener.screen>
    try {
      result = screener.screen(application, { now: fixedNow })
    } catch (e) {
      // A case the screener cannot read (no submittedAt, no id) is a mistake in the test file: say which and where.
      if (!(e instanceof ApplicationError || e instanceof ScreeningError)) throw e
      const detail =
        e instanceof ApplicationError
          ? e.issues.map((x) => `${x.path.join('.') || 'application'}: ${x.message}`).join('; ')
          : e.message
      broken.push({
        code: 'case_invalid',
        message: `case "${c.name}": the application cannot be screened: ${detail}`,
        ...at(i, 'application'),
      })
      continue
    }
    for (const r of result.criteria) {
      const cov = coverage[r.id]
      if (
        cov &&
        (r.status === 'met' ||
          r.status === 'unmet' ||
          r.status === 'missing' ||
          r.status === 'review' ||
          r.status === 'skipped')
      )
        cov[r.status] = true
    }
    const failures: Expectation[] = []
    const e = c.expect
    if (result.outcome !== e.outcome)
      failures.push({ field: 'outcome', expected: e.outcome as Outcome, actual: result.outcome })
    for (const key of ['unmet', 'missing', 'invalid', 'review', 'skipped'] as const) {
      const want = e[key]
      if (want && !sameSet(want, result[key])) failures.push({ field: key, expected: want, actual: result[key] })
    }
    if (e.score !== undefined && e.score !== result.score)
      failures.push({ field: 'score', expected: e.score, actual: result.score })
    if (e.nearMiss !== undefined && e.nearMiss !== result.nearMiss)
      failures.push({ field: 'nearMiss', expected: e.nearMiss, actual: result.nearMiss })
    if (e.message) {
      const m = (messages ??= prepareMessages(screener)).renderMessage(result, {
        now: new Date(result.audit.evaluatedAt),
      })
      const full = `${m.subject}\n${m.text}`
      for (const want of e.message)
        if (!full.includes(want)) failures.push({ field: 'message', expected: want, actual: m.text })
    }
    const explanations = Object.fromEntries(
      result.criteria.filter((r) => r.detail).map((r) => [r.id, formatExplanation(r.detail!)]),
    )
    const line = index.locate(['cases', i]).line
    cases.push({
      name: c.name,
      passed: failures.length === 0,
      failures,
      explanations,
      actual: summaryOf(result),
      ...(line === undefined ? {} : { line }),
    })
  }
  if (broken.length) throw new CriteriaError(broken)
  const total = Object.values(coverage).reduce((s, c) => s + c.applicable.length, 0)
  const covered = Object.values(coverage).reduce((s, c) => s + c.applicable.filter((k) => c[k]).length, 0)
  const passed = cases.filter((c) => c.passed).length
  return {
    file,
    criteriaFile: doc.file ?? criteriaName,
    cases,
    passed,
    failed: cases.length - passed,
    coverage,
    coveragePercent: total ? Math.round((covered / total) * 1000) / 10 : 100,
  }
}

/** The statuses each criterion can take, none seen yet. */
function coverageOf(screener: ReturnType<typeof compileCriteria>): Coverage {
  const coverage: Coverage = {}
  const blank = (applicable: CoverageStatus[]) => ({
    met: false,
    unmet: false,
    missing: false,
    review: false,
    skipped: false,
    applicable,
  })
  if (screener.criteria.job.closesAt) coverage.deadline = blank(['met', 'unmet'])
  const forPerson = new Set(
    Object.entries(screener.criteria.fields)
      .filter(([, f]) => 'reviewValues' in f && f.reviewValues?.length)
      .map(([k]) => k),
  )
  for (const c of screener.criteria.criteria) {
    const rule = screener.rules.get(c.id)!
    // onMissing: skip makes an unanswered criterion skipped, never missing.
    const skipsMissing = c.onMissing === 'skip'
    const applicable: CoverageStatus[] = skipsMissing ? ['met', 'unmet'] : ['met', 'unmet', 'missing']
    if (rule.fields.some((f) => forPerson.has(f)) || rule.operators.includes('review')) applicable.push('review')
    if (c.when !== undefined || skipsMissing) applicable.push('skipped')
    coverage[c.id] = blank(applicable)
  }
  return coverage
}

/** A result as a failing case is read against. */
function summaryOf(r: ReturnType<ReturnType<typeof compileCriteria>['screen']>): CaseSummary {
  const ids = (test: (c: (typeof r.criteria)[number]) => boolean) => r.criteria.filter(test).map((c) => c.id)
  const problems = Object.fromEntries(r.criteria.filter((c) => c.problem).map((c) => [c.id, c.problem!.message]))
  return {
    outcome: r.outcome,
    score: r.score,
    minScore: r.minScore,
    maxScore: r.maxScore,
    nearMiss: r.nearMiss,
    unmetRequired: ids((c) => c.status === 'unmet' && c.required),
    unmetPreferred: ids((c) => c.status === 'unmet' && !c.required),
    missing: r.missing,
    invalid: r.invalid,
    review: r.review,
    skipped: r.skipped,
    ...(Object.keys(problems).length ? { problems } : {}),
  }
}

/** The labels of a summary's lists, in each language: the statuses are the vocabulary's words. */
const SUMMARY_LABELS = {
  en: {
    unmetRequired: 'unmet requirements',
    unmetPreferred: 'unmet preferences',
    missing: 'missing',
    invalid: 'invalid',
    review: 'for a person',
    skipped: 'skipped',
  },
  sv: {
    unmetRequired: 'skallkrav som inte är uppfyllda',
    unmetPreferred: 'meriterande krav som inte är uppfyllda',
    missing: RESULT_VOCABULARY.sv.status.missing,
    invalid: RESULT_VOCABULARY.sv.status.invalid,
    review: RESULT_VOCABULARY.sv.status.review,
    skipped: RESULT_VOCABULARY.sv.status.skipped,
  },
} as const

/**
 * A failing case's result in a few lines: the outcome, the score against minScore (nothing of
 * points when the criteria give none), and the criteria that were unmet (requirements apart
 * from preferences), missing, invalid, for a person, or skipped. In English each undecided
 * criterion carries its problem's technical message; in Swedish the outcome and statuses are
 * the words of {@link RESULT_VOCABULARY} and the problem's message, English, is left out.
 *
 * @example
 * ```ts
 * formatCaseSummary(report.cases[0]!.actual)
 * // 'reject, score 1 of 4 (pass at 2)\nunmet requirements: experience\nunmet preferences: testing'
 * formatCaseSummary(report.cases[0]!.actual, 'sv')
 * // 'avböjs, poäng 1 av 4 (går vidare från 2)\nskallkrav som inte är uppfyllda: experience\nmeriterande krav som inte är uppfyllda: testing'
 * ```
 * @category Rule-set testing
 */
export function formatCaseSummary(s: CaseSummary, locale: 'sv' | 'en' = 'en'): string {
  const sv = locale === 'sv'
  const outcome = sv
    ? `${RESULT_VOCABULARY.sv.outcome[s.outcome]}${s.nearMiss ? ' (nära ja)' : ''}`
    : `${s.outcome}${s.nearMiss ? ' (near miss)' : ''}`
  const points = sv
    ? `poäng ${s.score} av ${s.maxScore} (går vidare från ${s.minScore})`
    : `score ${s.score} of ${s.maxScore} (pass at ${s.minScore})`
  const lines = [s.maxScore > 0 ? `${outcome}, ${points}` : outcome]
  const labels = SUMMARY_LABELS[locale]
  const add = (list: keyof typeof labels) =>
    s[list].length &&
    lines.push(
      `${labels[list]}: ${s[list].map((id) => (!sv && s.problems?.[id] ? `${id} (${s.problems[id]})` : id)).join(', ')}`,
    )
  add('unmetRequired')
  add('unmetPreferred')
  add('missing')
  add('invalid')
  add('review')
  add('skipped')
  return lines.join('\n')
}

const xml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)

/**
 * Options of {@link toJUnit}.
 *
 * @example
 * ```ts
 * const options: JUnitOptions = { coverageThreshold: 100 }
 * ```
 * @category Rule-set testing
 */
export interface JUnitOptions {
  /**
   * The coverage a report must reach (0–100, as `autoscreen test --coverage-threshold`): a
   * report below it gets one more test case, `coverage`, that fails, counted in `failures`.
   */
  coverageThreshold?: number
}

/**
 * Renders reports as JUnit XML, which CI systems (GitHub Actions, GitLab, Jenkins) display.
 * Every test case carries its test file and the line the case starts on (`file`, `line`), so
 * a report annotates the case where it is written; a coverage below `coverageThreshold` is a
 * failing case of its own, so the counts agree with the exit code of `autoscreen test`.
 *
 * @example
 * ```ts
 * fs.writeFileSync('rules-junit.xml', toJUnit([await runRuleTests('rules/x.test.yaml')], { coverageThreshold: 100 }))
 * ```
 * @category Rule-set testing
 */
export function toJUnit(reports: readonly RuleTestReport[], options: JUnitOptions = {}): string {
  const threshold = options.coverageThreshold
  let tests = 0
  let failures = 0
  const suites = reports.map((r) => {
    const where = (line: number | undefined) => ` file="${xml(r.file)}"${line === undefined ? '' : ` line="${line}"`}`
    const cases = r.cases.map((c) => {
      const failure = c.failures.length
        ? `<failure message="${xml(
            c.failures
              .map((f) => `${f.field}: expected ${JSON.stringify(f.expected)}, got ${JSON.stringify(f.actual)}`)
              .join('; ')
              .slice(0, 2000),
          )}">${xml([formatCaseSummary(c.actual), ...Object.entries(c.explanations).map(([k, v]) => `${k}: ${v}`)].join('\n'))}</failure>`
        : ''
      return `    <testcase classname="${xml(baseName(r.file))}" name="${xml(c.name)}"${where(c.line)}>${failure}</testcase>`
    })
    let failed = r.failed
    if (threshold !== undefined) {
      const low = r.coveragePercent < threshold
      const uncovered = Object.entries(r.coverage).flatMap(([id, cov]) =>
        cov.applicable.filter((k) => !cov[k]).map((k) => `${id}: never ${k}`),
      )
      const failure = low
        ? `<failure message="${xml(`coverage ${r.coveragePercent}% is below the threshold of ${threshold}%`)}">${xml(uncovered.join('\n'))}</failure>`
        : ''
      cases.push(
        `    <testcase classname="${xml(baseName(r.file))}" name="coverage"${where(undefined)}>${failure}</testcase>`,
      )
      if (low) failed++
    }
    tests += cases.length
    failures += failed
    return `  <testsuite name="${xml(r.file)}" tests="${cases.length}" failures="${failed}">\n${cases.join('\n')}\n  </testsuite>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="autoscreen" tests="${tests}" failures="${failures}">\n${suites.join('\n')}\n</testsuites>\n`
}

/** slips: every criterion id an expectation names that the criteria do not have, located, with the nearest id. */
function unknownCriteria(
  cases: readonly {
    expect: Partial<Record<'unmet' | 'missing' | 'invalid' | 'review' | 'skipped', string[] | undefined>>
  }[],
  known: string[],
  at: (i: number, ...path: (string | number)[]) => Omit<Issue, 'code' | 'message'>,
): Issue[] {
  const out: Issue[] = []
  cases.forEach((c, i) => {
    for (const list of ['unmet', 'missing', 'invalid', 'review', 'skipped'] as const)
      (c.expect[list] ?? []).forEach((id, j) => {
        if (known.includes(id)) return
        const params = {
          id,
          list,
          suggestion: suggest(id.replace(/_/g, '-'), known) ?? suggest(id, known) ?? null,
          known,
        }
        out.push({
          code: 'unknown_expected_criterion',
          params,
          message: en.unknown_expected_criterion(params),
          ...at(i, 'expect', list, j),
        })
      })
  })
  return out
}
