import {
  CriteriaError,
  escapeControls,
  failureDetails,
  formatCaseSummary,
  RESULT_VOCABULARY,
  runRuleTests,
  toJUnit,
  type RuleTestReport,
} from '../../node/index.js'
import { resolve } from 'node:path'
import { args, formatOf } from '../args.js'
import { formatIssues } from '../diagnostics.js'
import { testFiles } from '../files.js'
import { colours, emit, UsageError, type CliIO } from '../io.js'
import { type Lang, langOf } from '../lang.js'
import { noticeWording } from '../notice-wording.js'
import { safeJson, jsonBlock } from '../safe-json.js'

export async function test(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = args(argv, {
    run: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
    coverage: { type: 'boolean' },
    'coverage-threshold': { type: 'string' },
    'fail-on-empty': { type: 'boolean' },
    'pass-with-no-tests': { type: 'boolean' },
    quiet: { type: 'boolean' },
  })
  const format = formatOf(values.format, ['text', 'json', 'junit'] as const, 'text')
  let run: RegExp | undefined
  try {
    run = values.run ? new RegExp(values.run) : undefined
  } catch {
    throw new UsageError('run-pattern', { pattern: values.run! })
  }
  const threshold = values['coverage-threshold'] === undefined ? undefined : Number(values['coverage-threshold'])
  if (threshold !== undefined && !(threshold >= 0 && threshold <= 100)) throw new UsageError('coverage-threshold')
  const coverage = values.coverage === true || threshold !== undefined
  const files = await testFiles(positionals.length ? positionals : ['rules'], io.cwd)
  const reports: RuleTestReport[] = []
  for (const file of files) {
    try {
      reports.push(await runRuleTests(resolve(io.cwd, file), run ? { run } : {}))
      reports.at(-1)!.file = file
    } catch (e) {
      if (!(e instanceof CriteriaError)) throw e
      io.stderr.write(
        `${formatIssues(
          e.issues.map((i) => ({ ...i, file: i.file ?? file })),
          io,
          e instanceof CriteriaError ? e.locale : undefined,
        )}\n`,
      )
      return 2
    }
  }
  const passed = reports.reduce((s, r) => s + r.passed, 0)
  const failed = reports.reduce((s, r) => s + r.failed, 0)
  const low = coverage && threshold !== undefined ? reports.filter((r) => r.coveragePercent < threshold) : []
  if (format === 'junit' || format === 'json') {
    const body =
      format === 'junit'
        ? escapeControls(toJUnit(reports, threshold === undefined ? {} : { coverageThreshold: threshold }), {
            lines: true,
          })
        : jsonBlock({ passed, failed, reports })
    await emit(io, values.output, body, format === 'junit' ? 'junit' : 'report')
  }
  // The text report: to -o in text format (as ESLint's -o takes any format), and beside a json
  // or junit file on stdout, so that a CI log shows the cases too.
  // The report does not carry the criteria file's locale: the language is --lang's or the environment's.
  const lang = langOf(io.env)
  if (format === 'text' || values.output) {
    const toFile = format === 'text' && values.output !== undefined
    const text = textReport(reports, {
      passed,
      failed,
      coverage,
      quiet: values.quiet === true,
      lang,
      c: colours(toFile ? {} : io.stdout, io.env),
    })
    await emit(io, toFile ? values.output : undefined, text)
  }
  const notice = noticeWording(lang)
  for (const r of low)
    io.stderr.write(`${escapeControls(r.file)}: ${notice.belowThreshold(r.coveragePercent, threshold!)}\n`)
  // As vitest and jest do: no test files, or a --run that matches no case, fails unless allowed.
  if (passed + failed === 0 && !values['pass-with-no-tests']) {
    io.stderr.write(
      `${files.length ? notice.noCaseRan : notice.noTestFiles(escapeControls(positionals.join(', ') || 'rules'))}\n`,
    )
    return 1
  }
  return failed > 0 || low.length > 0 ? 1 : 0
}

/**
 * The text report in the language: each file's cases, their failures and coverage, and the count
 * of passes and failures. The explanations of a failing case's criteria are English (the
 * report carries them as text): a Swedish report leaves them out rather than mix languages.
 */
function textReport(
  reports: readonly RuleTestReport[],
  o: { passed: number; failed: number; coverage: boolean; quiet: boolean; lang: Lang; c: ReturnType<typeof colours> },
): string {
  const { c } = o
  const w = noticeWording(o.lang).testReport
  const v = RESULT_VOCABULARY[o.lang]
  // Names, answers and messages come from the test files: their control characters are shown escaped.
  const t = (text: string) => escapeControls(text)
  const json = (value: unknown) => safeJson(JSON.stringify(value))
  const mark = Math.max(w.pass.length, w.fail.length)
  const label = Math.max(w.expected.length, w.actual.length) + 2
  const gotIndent = `\n${' '.repeat(8 + w.got.length + 2)}`
  let out = ''
  for (const r of reports) {
    out += `${c.bold(t(r.file))}\n`
    for (const k of r.cases) {
      if (o.quiet && k.passed) continue
      out += `  ${k.passed ? c.green(w.pass.padEnd(mark)) : c.red(w.fail.padEnd(mark))}  ${t(k.name)}\n`
      // The same details the Studio words for a failing case.
      const d = failureDetails(k)
      for (const f of d.expectations) {
        const value = (x: unknown) =>
          f.field === 'message'
            ? json(String(x).slice(0, 300))
            : f.field === 'outcome' && typeof x === 'string' && x in v.outcome
              ? json(w.outcome(x as keyof typeof v.outcome, v))
              : json(x)
        out += `        ${t(w.field(f.field, v))}\n          ${`${w.expected}:`.padEnd(label)}${f.field === 'message' ? json(f.expected) : value(f.expected)}\n          ${`${w.actual}:`.padEnd(label)}${value(f.actual)}\n`
      }
      if (!d.passed) {
        out += `        ${w.got}: ${escapeControls(formatCaseSummary(d.actual, o.lang), { lines: true }).replace(/\n/g, gotIndent)}\n`
        if (o.lang === 'en')
          for (const [id, text] of Object.entries(d.explanations)) out += c.dim(`        ${t(id)}: ${t(text)}\n`)
      }
    }
    if (o.coverage) {
      out += `  ${w.coverage(r.coveragePercent)}\n`
      for (const [id, cov] of Object.entries(r.coverage)) {
        const marks = cov.applicable
          .map((k) => (cov[k] ? c.green(w.covered(k, v)) : c.red(w.uncovered(k, v))))
          .join(', ')
        out += `    ${t(id).padEnd(18)} ${marks}\n`
      }
    }
  }
  return `${out}\n${c.bold(w.counts(o.passed, o.failed))}\n`
}
