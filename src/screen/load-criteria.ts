import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import type { Locale, Stage } from '../criteria/schema'
import { criteriaDocument, parseSource, sortIssues, type CriteriaDocument } from '../criteria/parse'
import { CriteriaError, type Issue } from '../errors'
import { createEngine, type Engine, type EngineOptions } from '../logic/engine'
import { ruleIssues, semanticIssues } from './check-criteria'

/**
 * Options of {@link loadCriteria} and {@link loadCriteriaText}.
 *
 * @example
 * ```ts
 * await loadCriteria('rules/x.yaml', { engine: { operators: { myOp: { evaluate: () => true } } } })
 * ```
 * @category Screening
 */
export interface LoadCriteriaOptions {
  /** The engine whose operators rules may use (default: a new engine with the screening operators). */
  engine?: Engine | EngineOptions
  /** `yaml` or `json`; by default from the file extension (`.json` is JSON, anything else YAML). */
  format?: 'yaml' | 'json'
}

/**
 * Loads and fully checks a criteria file (YAML or JSON): syntax, schema, ids, reasons, and
 * every rule (operators, declared fields, types). Throws a {@link CriteriaError} that lists
 * every problem with file, line, column and path.
 *
 * @example
 * ```ts
 * const doc = await loadCriteria('rules/frontend-developer.yaml')
 * const screener = compileCriteria(doc)
 * ```
 * @category Screening
 */
export async function loadCriteria(file: string, options: LoadCriteriaOptions = {}): Promise<CriteriaDocument> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new CriteriaError([{ code: 'file_unreadable', path: [], file, message: code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? String(e)})` }])
  }
  const doc = loadCriteriaText(text, { ...options, file, format: options.format ?? (file.toLowerCase().endsWith('.json') ? 'json' : 'yaml') })
  const refs = doc.criteria.messages?.templates
  if (!refs) return doc
  // Custom templates are read and compiled now, so a mistake names its file and line at load
  // (Handlebars is loaded only for files that have templates).
  const { checkTemplate, templateProblems } = await import('../criteria/templates')
  const templates: NonNullable<CriteriaDocument['templates']> = {}
  const issues: Issue[] = []
  const warnings: Issue[] = [...(doc.warnings ?? [])]
  for (const [stage, byLocale] of Object.entries(refs) as [Stage, Partial<Record<Locale, string>>][]) {
    for (const [locale, rel] of Object.entries(byLocale ?? {}) as [Locale, string][]) {
      const path = resolve(dirname(file), rel)
      const at = doc.locate(['messages', 'templates', stage, locale])
      let source: string
      try {
        source = await readFile(path, 'utf8')
      } catch {
        issues.push({ code: 'template_unreadable', path: ['messages', 'templates', stage, locale], message: `template file ${rel} cannot be read`, ...at })
        continue
      }
      const problems = templateProblems(source)
      for (const p of problems)
        (p.severity === 'error' ? issues : warnings).push({ code: p.severity === 'error' ? 'template_invalid' : 'template_warning', severity: p.severity, path: [], file: path, line: p.line, column: p.column, message: `template ${stage}.${locale}: ${p.message}` })
      if (problems.some((p) => p.severity === 'error')) continue
      const compiled = checkTemplate(source)
      if (compiled) {
        issues.push({ code: 'template_invalid', path: [], file: path, line: compiled.line, column: compiled.column, message: `template ${stage}.${locale}: ${compiled.message}` })
        continue
      }
      const [first, ...rest] = source.split(/\r?\n/)
      ;(templates[stage] ??= {})[locale] = { subject: (first ?? '').replace(/^subject:\s*/i, ''), body: rest.join('\n').replace(/^\s*\n/, ''), file: path }
    }
  }
  if (issues.length) throw new CriteriaError(issues)
  return Object.freeze({ ...doc, locate: doc.locate, templates, warnings })
}

/**
 * Like {@link loadCriteria}, for text already in memory.
 *
 * @example
 * ```ts
 * const doc = loadCriteriaText(yamlText, { file: 'inline.yaml' })
 * ```
 * @category Screening
 */
export function loadCriteriaText(text: string, options: LoadCriteriaOptions & { file?: string } = {}): CriteriaDocument {
  const engine = options.engine && 'compile' in options.engine ? (options.engine as Engine) : createEngine((options.engine as EngineOptions | undefined) ?? {})
  const file = options.file
  const { value, index } = parseSource(text, { ...(file === undefined ? {} : { file }), ...(options.format ? { format: options.format } : {}) })
  const { document, issues } = criteriaDocument(value, index, file)
  const raw = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>
  const found: Issue[] = [...issues, ...semanticIssues(raw, index), ...ruleIssues(raw.criteria, raw.fields, engine, index).issues]
  const located = found.map((i) => ({ ...i, ...(file === undefined ? {} : { file }) }))
  const errors = located.filter((i) => i.severity !== 'warning')
  if (errors.length) throw new CriteriaError(dedupe(sortIssues(errors)))
  return Object.freeze({ ...document!, locate: document!.locate, warnings: sortIssues(located.filter((i) => i.severity === 'warning')) })
}

function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>()
  return issues.filter((i) => {
    const k = `${i.line}:${i.column}:${i.message}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}
