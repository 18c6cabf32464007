import {
  compileCriteria,
  formatFinding,
  formatIssue,
  isCriteriaError,
  lintCriteria,
  loadCriteriaText,
  type CriteriaDocument,
  type Issue,
  type LintFinding,
  type LintMemo,
  type Screener,
} from '../index.js'

/** One problem to show at its place in the editor. */
export interface Problem {
  line: number
  column: number
  severity: 'error' | 'warning'
  /** The first line: what, where and, for a fairness finding, which ground. */
  message: string
  code: string
  /** What to do instead, for a lint finding that says. */
  advice?: string
  /** For a fairness finding: where an acknowledgement goes and which finding it names, and the words and lines of how. */
  acknowledge?: { path: (string | number)[]; finding: string; how: string; yaml: string; instead?: string }
}

/** What the page knows about the text in the editor: the loaded file (when it loads), its screener, and every problem. */
export interface Analysis {
  doc: CriteriaDocument | null
  screener: Screener | null
  problems: Problem[]
}

const toProblem =
  (locale: 'sv' | 'en') =>
  (i: Issue | LintFinding): Problem => {
    const base = {
      line: i.line ?? 1,
      column: i.column ?? 1,
      severity: i.severity === 'warning' ? ('warning' as const) : ('error' as const),
      code: 'finding' in i && typeof i.finding === 'string' ? i.finding : i.code,
    }
    // Worded from the issue's code and arguments in the page's language, again when it changes.
    if (!('finding' in i)) return { ...base, message: formatIssue(i, locale) }
    const parts = formatFinding(i, locale)
    return {
      ...base,
      message: parts.headline,
      ...(parts.advice ? { advice: parts.advice } : {}),
      ...(parts.acknowledge && i.acknowledgeAt
        ? { acknowledge: { path: i.acknowledgeAt, finding: i.finding, ...parts.acknowledge } }
        : {}),
    }
  }

/**
 * Loads, compiles and lints the editor's text exactly as `autoscreen validate` and `autoscreen
 * lint` do, with the same texts: errors when it does not load, warnings and lint findings when
 * it does. Problems are worded in `locale`, the page's language. `memo` keeps the lint's checks of
 * the texts that did not change since the last analysis (the same problems, sooner); `mark` is
 * told when each step ends.
 */
export function analyse(
  text: string,
  file: string,
  locale: 'sv' | 'en' = 'en',
  mark: (step: AnalysisStep) => void = () => {},
  memo?: LintMemo,
): Analysis {
  let doc: CriteriaDocument
  try {
    doc = loadCriteriaText(text, { file, format: file.endsWith('.json') ? 'json' : 'yaml' })
  } catch (e) {
    if (!isCriteriaError(e)) throw e
    mark('compiled')
    return { doc: null, screener: null, problems: e.issues.map(toProblem(locale)) }
  }
  const screener = compileCriteria(doc)
  mark('compiled')
  const findings = lintCriteria(doc, screener, memo ? { memo } : {})
  mark('linted')
  const problems = [...(doc.warnings ?? []).filter((w) => w.code !== 'templates_not_loaded'), ...findings].map(
    toProblem(locale),
  )
  return { doc, screener, problems: problems.sort((a, b) => a.line - b.line || a.column - b.column) }
}

/** The steps `analyse` says it has finished, for the page's performance marks (main.ts): the text loaded and compiled (or refused), then linted. */
export type AnalysisStep = 'compiled' | 'linted'
