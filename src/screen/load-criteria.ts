import { issue } from '../issues/issue.js'
import { fileLocale } from '../criteria/file-locale.js'
import { criteriaDocument, parseSource, sortIssues, type CriteriaDocument } from '../criteria/parse.js'
import { CriteriaError, ScreeningError, type Issue } from '../errors.js'
import { createEngine, type Engine, type EngineOptions } from '../logic/index.js'
import { hashJson } from '../criteria/hash.js'
import { ruleIssues, semanticIssues } from './check-criteria.js'
import { attachChecks } from './loaded-checks.js'

/**
 * Options of {@link loadCriteriaText} (and `loadCriteria` from `autoscreen/node`).
 *
 * @example
 * ```ts
 * loadCriteriaText(text, { engine: { operators: { myOp: { evaluate: () => true } } } })
 * ```
 * @category Screening
 */
export interface LoadCriteriaOptions {
  /** The engine whose operators rules may use (default: a new engine with the screening operators). */
  engine?: Engine | EngineOptions
  /** `yaml` (default; also reads JSON) or `json` (strict JSON syntax); `loadCriteria` goes by the file extension. */
  format?: 'yaml' | 'json'
}

/**
 * Parses and fully checks criteria from text (YAML or JSON): syntax, schema, ids, reasons,
 * and every rule (operators, declared fields, types). Throws a {@link CriteriaError} that lists
 * every problem with line, column and path (and `file`, when given). Runs anywhere: custom
 * message templates the text names are loaded with {@link loadTemplates} (until then
 * `renderMessage` refuses the stages they cover, and `warnings` says so); `loadCriteria` from
 * `autoscreen/node` reads a file and its templates in one step.
 *
 * @example
 * ```ts
 * const doc = loadCriteriaText(yamlText, { file: 'inline.yaml' })
 * ```
 * @category Screening
 */
export function loadCriteriaText(
  text: string,
  options: LoadCriteriaOptions & { file?: string } = {},
): CriteriaDocument {
  if (typeof text !== 'string')
    throw new ScreeningError(
      'invalid_option',
      `loadCriteriaText() needs the text of a criteria file, got ${text === null ? 'null' : typeof text}`,
    )
  try {
    return load(text, options)
  } catch (e) {
    // A file that does not load is still answered in its own language, when it says one.
    if (e instanceof CriteriaError && e.locale === undefined) {
      const locale = fileLocale(text)
      if (locale) throw new CriteriaError(e.issues, e.message, { cause: e.cause, locale })
    }
    throw e
  }
}

function load(text: string, options: LoadCriteriaOptions & { file?: string }): CriteriaDocument {
  const engine =
    options.engine && 'compile' in options.engine
      ? (options.engine as Engine)
      : createEngine({ finiteNumbers: true, ...(options.engine as EngineOptions | undefined) })
  const file = options.file
  const {
    value,
    index,
    warnings: parseWarnings = [],
  } = parseSource(text, {
    ...(file === undefined ? {} : { file }),
    ...(options.format ? { format: options.format } : {}),
  })
  const { document, issues } = criteriaDocument(value, index, file)
  const raw = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>
  const checked = ruleIssues(raw.criteria, raw.fields, engine, index)
  const found: Issue[] = [...parseWarnings, ...issues, ...semanticIssues(raw, index), ...checked.issues]
  const located = found.map((i) => ({ ...i, ...(file === undefined ? {} : { file }) }))
  const errors = located.filter((i) => i.severity !== 'warning')
  if (errors.length) throw new CriteriaError(dedupe(sortIssues(errors)))
  const warnings = located.filter((i) => i.severity === 'warning')
  if (document!.criteria.messages?.templates) {
    const path = ['messages', 'templates']
    warnings.push({
      ...issue('templates_not_loaded', path),
      severity: 'warning',
      ...document!.locate(path),
      ...(file === undefined ? {} : { file }),
    })
  }
  // Every rule is checked once: compiling takes the compiled rules from here (loaded-checks.ts).
  const checks = {
    engine,
    ownEngine: options.engine === undefined,
    rules: checked.rules,
    whens: checked.whens,
    hash: hashJson(document!.criteria),
  }
  return Object.freeze(attachChecks({ ...document!, locate: document!.locate, warnings: sortIssues(warnings) }, checks))
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
