import { escapeControls as shown, formatFinding, type Issue } from '../node/index.js'
import { issueLine, issuesJson } from './diagnostics.js'
import type { CliIO } from './io.js'
import type { Lang } from './lang.js'

/** A lint finding or a load error of one file, with the language it is worded in (the file's, or `--lang`). */
export interface Worded {
  issue: Issue
  lang: Lang
}

/**
 * The lint's text report: each finding's first line as `file:line:col  severity  message  code`,
 * and under it, indented, the advice and how to acknowledge the finding with the lines to add.
 */
export function formatLintText(items: readonly Worded[], io: CliIO): string {
  return items
    .map(({ issue, lang }) => {
      const parts = formatFinding(issue, lang)
      const under = [
        ...(parts.advice ? parts.advice.split('\n') : []),
        ...(parts.acknowledge
          ? [parts.acknowledge.how, ...parts.acknowledge.yaml.split('\n').map((l) => `  ${l}`)]
          : []),
      ]
      return [issueLine(issue, parts.headline, io), ...under.map((l) => `    ${shown(l)}`)].join('\n')
    })
    .join('\n')
}

/** The findings as JSON: the code, its arguments and the message, and the parts in the finding's language. */
export function lintJson(items: readonly Worded[]): object[] {
  return items.map(({ issue, lang }) => {
    const [json] = issuesJson([issue], lang) as [Record<string, unknown>]
    const parts = formatFinding(issue, lang)
    const at = 'acknowledgeAt' in issue && Array.isArray(issue.acknowledgeAt) ? issue.acknowledgeAt : undefined
    return {
      ...json,
      lang,
      headline: parts.headline,
      advice: parts.advice,
      ...(parts.acknowledge ? { acknowledge: { ...parts.acknowledge, ...(at ? { at } : {}) } } : {}),
    }
  })
}
