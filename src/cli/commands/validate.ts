import { CriteriaError, type Issue, loadCriteria } from '../../node/index'
import { resolve } from 'node:path'
import { args, formatOf } from '../args'
import { formatIssues, issuesJson, summary } from '../diagnostics'
import { criteriaFiles } from '../files'
import { colours, UsageError, type CliIO } from '../io'


export async function validate(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = args(argv, { format: { type: 'string' } })
  const format = formatOf(values.format, ['text', 'json'] as const, 'text')
  if (positionals.length === 0) throw new UsageError('name at least one criteria file, e.g. autoscreen validate rules/*.yaml')
  const files = await criteriaFiles(positionals, io.cwd)
  const results: { file: string; issues: Issue[] }[] = []
  for (const file of files) {
    try {
      const doc = await loadCriteria(resolve(io.cwd, file))
      results.push({ file, issues: (doc.warnings ?? []).map((i) => ({ ...i, file: i.file === resolve(io.cwd, file) ? file : (i.file ?? file) })) })
    } catch (e) {
      if (!(e instanceof CriteriaError)) throw e
      results.push({ file, issues: e.issues.map((i) => ({ ...i, file })) })
    }
  }
  const all = results.flatMap((r) => r.issues)
  const errors = all.filter((i) => i.severity !== 'warning').length
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify({ files: results.map((r) => ({ file: r.file, valid: !r.issues.some((i) => i.severity !== 'warning'), issues: issuesJson(r.issues) })), errorCount: errors }, null, 2)}\n`)
  } else {
    const c = colours(io.stdout, io.env)
    for (const r of results) if (!r.issues.some((i) => i.severity !== 'warning')) io.stdout.write(`${r.file}: ${c.green('ok')}\n`)
    if (all.length) io.stdout.write(`${formatIssues(all, io)}\n\n${c.bold(summary(all))}\n`)
  }
  return errors > 0 ? 1 : 0
}
