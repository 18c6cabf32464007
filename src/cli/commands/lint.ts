import { CriteriaError, type Issue, lintCriteria, compileCriteria, loadCriteria } from '../../node/index.js'
import { resolve } from 'node:path'
import { args, formatOf } from '../args.js'
import { formatIssues, issuesJson, summary } from '../diagnostics.js'
import { langOf } from '../lang.js'
import { criteriaFiles } from '../files.js'
import { colours, emit, UsageError, type CliIO } from '../io.js'
import { jsonBlock } from '../safe-json.js'


export async function lint(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = args(argv, { format: { type: 'string' }, output: { type: 'string' }, quiet: { type: 'boolean' }, 'max-warnings': { type: 'string' } })
  const format = formatOf(values.format, ['text', 'json'] as const, 'text')
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings'])
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) throw new UsageError('--max-warnings takes a whole number of warnings, 0 or more')
  const files = await criteriaFiles(positionals.length ? positionals : ['rules'], io.cwd)
  const all: Issue[] = []
  const acknowledged: Issue[] = []
  for (const file of files) {
    try {
      const doc = await loadCriteria(resolve(io.cwd, file))
      for (const f of lintCriteria(doc, compileCriteria(doc), { includeAcknowledged: true })) (f.acknowledged === undefined ? all : acknowledged).push({ ...f, file })
    } catch (e) {
      if (!(e instanceof CriteriaError)) throw e
      all.push(...e.issues.map((i) => ({ ...i, file: i.file ?? file })))
    }
  }
  const errors = all.filter((i) => i.severity !== 'warning').length
  const warnings = all.length - errors
  // --quiet reports errors only, as ESLint's does; --max-warnings still counts every warning.
  const shown = values.quiet ? all.filter((i) => i.severity !== 'warning') : all
  const c = colours(values.output === undefined ? io.stdout : {}, io.env)
  const text =
    format === 'json'
      ? jsonBlock({ files, errorCount: errors, warningCount: warnings, issues: issuesJson(shown, langOf(io.env)), acknowledged: issuesJson(acknowledged, langOf(io.env)) })
      : shown.length
        ? `${formatIssues(shown, io)}\n\n${c.bold(summary(all, langOf(io.env)))}${acknowledgedNote(acknowledged)}\n`
        : `${files.length} file${files.length === 1 ? '' : 's'}: ${all.length ? summary(all) : 'no problems'}${acknowledgedNote(acknowledged)}\n`
  await emit(io, values.output, text)
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(`autoscreen lint: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings}\n`)
    return 1
  }
  return errors > 0 ? 1 : 0
}

const acknowledgedNote = (a: readonly Issue[]): string => (a.length ? ` (${a.length} acknowledged finding${a.length === 1 ? '' : 's'} not shown; --format json lists them)` : '')
