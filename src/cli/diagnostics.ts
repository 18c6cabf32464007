import { escapeControls as shown, formatIssue, pathText } from '../node/index.js'
import { isAbsolute, relative } from 'node:path'
import type { Issue } from '../errors.js'
import type { CliIO } from './io.js'
import { colours } from './io.js'
import { langOf, type Lang } from './lang.js'

/**
 * `file:line:col  error  message  (code)`: the form ESLint and compilers use, clickable in
 * editors. Paths read as the user typed them: relative to the working directory. A message
 * quotes the file (a key, a value): its control characters are shown escaped, never raw. The
 * message is worded from the issue's code and arguments in the user's language: `--lang`, else
 * the file's own (`file`), else the environment's.
 */
export function formatIssues(issues: readonly Issue[], io: CliIO, file?: Lang): string {
  const lang = langOf(io.env, file)
  return issues.map((i) => issueLine(i, formatIssue(i, lang), io)).join('\n')
}

/** One issue's line, `file:line:col  severity  message  code`, with the message already worded. */
export function issueLine(i: Issue, message: string, io: CliIO): string {
  const c = colours(io.stdout, io.env)
  const file = i.file && isAbsolute(i.file) ? relative(io.cwd, i.file) || i.file : i.file
  const where = `${shown(file ?? '<input>')}:${i.line ?? 1}:${i.column ?? 1}`
  const sev = i.severity === 'warning' ? c.yellow('warning') : c.red('error')
  // A lint finding shows the name an acknowledgement uses (protected-ground:age).
  const code = 'finding' in i && typeof i.finding === 'string' ? i.finding : i.code
  return `${where}  ${sev}  ${shown(message)}  ${c.dim(shown(code))}`
}

/** Issues as JSON for machines: the code and its arguments, and the message in the chosen language. */
export function issuesJson(issues: readonly Issue[], lang: Lang = 'en'): object[] {
  return issues.map((i) => ({
    file: i.file ?? null,
    line: i.line ?? null,
    column: i.column ?? null,
    severity: i.severity ?? 'error',
    code: i.code,
    path: pathText(i.path),
    params: i.params ?? {},
    message: formatIssue(i, lang),
    // Lint findings carry more: what an acknowledgement names, the ground, the words, where.
    ...Object.fromEntries(
      (['finding', 'ground', 'matched', 'source', 'acknowledged'] as const).flatMap((k) =>
        k in i ? [[k, (i as unknown as Record<string, unknown>)[k]]] : [],
      ),
    ),
  }))
}

/** `3 problems (2 errors, 1 warning)` */
export function summary(issues: readonly Issue[], lang: Lang = 'en'): string {
  const errors = issues.filter((i) => i.severity !== 'warning').length
  const warnings = issues.length - errors
  if (lang === 'sv')
    return `${issues.length} problem (${errors} fel, ${warnings} ${warnings === 1 ? 'varning' : 'varningar'})`
  return `${issues.length} problem${issues.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`
}
