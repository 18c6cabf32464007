import { CriteriaError, type Issue, lintCriteria, compileCriteria, loadCriteria } from '../../node/index'
import { resolve } from 'node:path'
import { args, formatOf } from '../args'
import { formatIssues, issuesJson, summary } from '../diagnostics'
import { criteriaFiles } from '../files'
import { colours, type CliIO } from '../io'


export async function lint(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = args(argv, { format: { type: 'string' } })
  const format = formatOf(values.format, ['text', 'json'] as const, 'text')
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
  if (format === 'json') io.stdout.write(`${JSON.stringify({ files, errorCount: errors, issues: issuesJson(all), acknowledged: issuesJson(acknowledged) }, null, 2)}\n`)
  else if (all.length) io.stdout.write(`${formatIssues(all, io)}\n\n${colours(io.stdout, io.env).bold(summary(all))}${acknowledgedNote(acknowledged)}\n`)
  else io.stdout.write(`${files.length} file${files.length === 1 ? '' : 's'}: no problems${acknowledgedNote(acknowledged)}\n`)
  return errors > 0 ? 1 : 0
}

const acknowledgedNote = (a: readonly Issue[]): string => (a.length ? ` (${a.length} acknowledged finding${a.length === 1 ? '' : 's'} not shown; --format json lists them)` : '')
