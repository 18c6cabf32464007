import { CriteriaError, lintCriteria, compileCriteria, loadCriteria } from '../../node/index.js'
import { resolve } from 'node:path'
import { args, formatOf } from '../args.js'
import { summary } from '../diagnostics.js'
import { LANG_VAR, langOf, type Lang } from '../lang.js'
import { noticeWording } from '../notice-wording.js'
import { criteriaFiles } from '../files.js'
import { colours, emit, UsageError, type CliIO } from '../io.js'
import { formatLintText, lintJson, type Worded } from '../lint-output.js'
import { jsonBlock } from '../safe-json.js'

export async function lint(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = args(argv, {
    format: { type: 'string' },
    output: { type: 'string' },
    quiet: { type: 'boolean' },
    'max-warnings': { type: 'string' },
  })
  const format = formatOf(values.format, ['text', 'json'] as const, 'text')
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings'])
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0))
    throw new UsageError('max-warnings')
  const files = await criteriaFiles(positionals.length ? positionals : ['rules'], io.cwd)
  // Findings are worded in the file's language (its locale), unless --lang chose one: the
  // recruiter who wrote a Swedish file reads Swedish whatever the CI machine's locale is.
  const chosen = io.env[LANG_VAR] === 'sv' || io.env[LANG_VAR] === 'en' ? (io.env[LANG_VAR] as Lang) : undefined
  const all: Worded[] = []
  const acknowledged: Worded[] = []
  let first: Lang | undefined
  for (const file of files) {
    try {
      const doc = await loadCriteria(resolve(io.cwd, file))
      const lang = chosen ?? doc.criteria.locale
      first ??= lang
      for (const f of lintCriteria(doc, compileCriteria(doc), { includeAcknowledged: true }))
        (f.acknowledged === undefined ? all : acknowledged).push({ issue: { ...f, file }, lang })
    } catch (e) {
      if (!(e instanceof CriteriaError)) throw e
      // A file that does not load is answered in the language it says it is in, if it says one.
      const lang = chosen ?? e.locale ?? langOf(io.env)
      first ??= e.locale
      all.push(...e.issues.map((i) => ({ issue: { ...i, file: i.file ?? file }, lang })))
    }
  }
  const lang = chosen ?? first ?? langOf(io.env)
  const issues = all.map((w) => w.issue)
  const errors = issues.filter((i) => i.severity !== 'warning').length
  const warnings = issues.length - errors
  // --quiet reports errors only, as ESLint's does; --max-warnings still counts every warning.
  const shown = values.quiet ? all.filter((w) => w.issue.severity !== 'warning') : all
  const c = colours(values.output === undefined ? io.stdout : {}, io.env)
  const text =
    format === 'json'
      ? jsonBlock({
          files,
          errorCount: errors,
          warningCount: warnings,
          issues: lintJson(shown),
          acknowledged: lintJson(acknowledged),
        })
      : shown.length
        ? `${formatLintText(shown, io)}\n\n${c.bold(summary(issues, lang))}${acknowledgedNote(acknowledged.length, lang)}\n`
        : `${files.length} ${lang === 'sv' ? (files.length === 1 ? 'fil' : 'filer') : files.length === 1 ? 'file' : 'files'}: ${issues.length ? summary(issues, lang) : lang === 'sv' ? 'inga problem' : 'no problems'}${acknowledgedNote(acknowledged.length, lang)}\n`
  await emit(io, values.output, text)
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(`autoscreen lint: ${noticeWording(lang).tooManyWarnings(warnings, maxWarnings)}\n`)
    return 1
  }
  return errors > 0 ? 1 : 0
}

const acknowledgedNote = (n: number, lang: Lang): string =>
  !n
    ? ''
    : lang === 'sv'
      ? ` (${n} ${n === 1 ? 'godkänt fynd visas' : 'godkända fynd visas'} inte; --format json listar dem)`
      : ` (${n} acknowledged finding${n === 1 ? '' : 's'} not shown; --format json lists them)`
