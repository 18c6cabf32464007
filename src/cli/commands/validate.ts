import { CriteriaError, describeCriterion, escapeControls, type Issue, loadCriteria } from '../../node/index.js'
import { resolve } from 'node:path'
import { args, formatOf } from '../args.js'
import { formatIssues, issuesJson, summary } from '../diagnostics.js'
import { langOf } from '../lang.js'
import { criteriaFiles } from '../files.js'
import { colours, emit, UsageError, type CliIO } from '../io.js'
import { jsonBlock } from '../safe-json.js'

export async function validate(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = args(argv, {
    format: { type: 'string' },
    output: { type: 'string' },
    quiet: { type: 'boolean' },
    explain: { type: 'boolean' },
  })
  const format = formatOf(values.format, ['text', 'json'] as const, 'text')
  if (positionals.length === 0) throw new UsageError('criteria-files-required')
  const files = await criteriaFiles(positionals, io.cwd)
  // With --explain, every criterion of a file that loads, read aloud in the file's language.
  const results: { file: string; issues: Issue[]; lang: 'sv' | 'en'; descriptions?: { id: string; text: string }[] }[] =
    []
  for (const file of files) {
    // An issue in a template the file names is at the template's file and line, not the criteria file's.
    const own = (i: Issue): Issue => ({
      ...i,
      file: i.file === undefined || i.file === resolve(io.cwd, file) ? file : i.file,
    })
    try {
      const doc = await loadCriteria(resolve(io.cwd, file))
      const c = doc.criteria
      const descriptions = values.explain
        ? c.criteria.map((x) => ({ id: x.id, text: describeCriterion(x, c, c.locale).text }))
        : undefined
      results.push({
        file,
        issues: (doc.warnings ?? []).map(own),
        lang: langOf(io.env, c.locale),
        ...(descriptions ? { descriptions } : {}),
      })
    } catch (e) {
      if (!(e instanceof CriteriaError)) throw e
      results.push({ file, issues: e.issues.map(own), lang: langOf(io.env, e.locale) })
    }
  }
  const all = results.flatMap((r) => r.issues)
  const errors = all.filter((i) => i.severity !== 'warning').length
  const shown = values.quiet ? all.filter((i) => i.severity !== 'warning') : all
  let text = ''
  if (format === 'json') {
    text = jsonBlock({
      files: results.map((r) => ({
        file: r.file,
        valid: !r.issues.some((i) => i.severity !== 'warning'),
        issues: issuesJson(values.quiet ? r.issues.filter((i) => i.severity !== 'warning') : r.issues, r.lang),
        ...(r.descriptions ? { descriptions: r.descriptions } : {}),
      })),
      errorCount: errors,
    })
  } else {
    const c = colours(values.output === undefined ? io.stdout : {}, io.env)
    if (!values.quiet)
      for (const r of results)
        if (!r.issues.some((i) => i.severity !== 'warning')) text += `${escapeControls(r.file)}: ${c.green('ok')}\n`
    // Each file's issues in its own language; the summary in the first file's.
    const lang = results[0]?.lang ?? langOf(io.env)
    const worded = results
      .map((r) => formatIssues(values.quiet ? r.issues.filter((i) => i.severity !== 'warning') : r.issues, io, r.lang))
      .filter(Boolean)
    if (shown.length) text += `${worded.join('\n')}\n\n${c.bold(summary(all, lang))}\n`
    for (const r of results) {
      if (!r.descriptions) continue
      const width = Math.max(...r.descriptions.map((d) => escapeControls(d.id).length), 0)
      text += `\n${c.bold(escapeControls(r.file))}\n${r.descriptions.map((d) => `  ${escapeControls(d.id).padEnd(width)}  ${escapeControls(d.text)}`).join('\n')}\n`
    }
  }
  await emit(io, values.output, text)
  return errors > 0 ? 1 : 0
}
