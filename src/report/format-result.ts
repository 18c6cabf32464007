import { formatExplanation, type FormatExplanationOptions } from '../logic/explain.js'
import { escapeControls as shown } from '../screen/escape-controls.js'
import type { ScreeningResult } from '../screen/result.js'

/**
 * Options of {@link formatResult}.
 *
 * @example
 * ```ts
 * formatResult(result, { explain: true, colour: false })
 * ```
 * @category Reports
 */
export interface FormatResultOptions {
  /** Add the recruiter-facing explanation of each unmet criterion. */
  explain?: boolean
  /** ANSI colours (default false). */
  colour?: boolean
  /** Explanations in this language with the file's questions and option labels (default: technical English with field ids). */
  words?: FormatExplanationOptions
}

const MARK = { met: '✓', unmet: '✗', missing: '?', invalid: '!', error: '!', review: '?', skipped: '-' } as const

/**
 * Renders a result as a short block of text for recruiters: the outcome, the score and one
 * line per criterion. Control characters in the application's data (an id that would set a
 * terminal's title or clear its screen) are shown escaped, never raw.
 *
 * @example
 * ```ts
 * console.log(formatResult(screener.screen(application, { now }), { explain: true }))
 * // a-1042  REJECT  near miss  score 3/5 (pass at 2)
 * //   ✓ work-permit   the right to work in Sweden
 * //   ✗ experience    at least three years …  — experienceYears is 2; at least 3 required
 * ```
 * @category Reports
 */
export function formatResult(result: ScreeningResult, options: FormatResultOptions = {}): string {
  const on = options.colour === true
  const paint = (code: number, s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s)
  const outcome = result.outcome === 'pass' ? paint(32, 'PASS') : result.outcome === 'reject' ? paint(31, 'REJECT') : paint(33, 'REVIEW')
  const width = Math.max(...result.criteria.map((c) => shown(c.id).length), 8)
  const lines = [
    `${paint(1, shown(result.application.id))}  ${outcome}${result.nearMiss ? '  near miss (talent pool)' : ''}  score ${result.score}/${result.maxScore} (pass at ${result.minScore})`,
  ]
  for (const c of result.criteria) {
    const mark = c.status === 'met' ? paint(32, MARK.met) : c.status === 'unmet' ? paint(31, MARK.unmet) : c.status === 'skipped' ? paint(2, MARK.skipped) : paint(33, MARK[c.status])
    const kind = c.required ? 'required' : `+${c.weight}`
    let line = `  ${mark} ${shown(c.id).padEnd(width)}  ${paint(2, kind.padEnd(8))}  ${c.status.padEnd(7)}  ${shown(c.reason)}`
    if (c.problem) line += paint(2, ` — ${shown(c.problem.message)}`)
    else if (options.explain && c.detail) {
      const w = options.words
      const sv = w?.locale === 'sv'
      const skipped = c.status === 'skipped' ? (sv ? 'gäller inte: ' : 'does not apply: ') : ''
      const gaps = c.gaps ? (sv ? ` (obesvarat, behövs inte: ${shown(c.gaps.join(', '))})` : ` (unanswered, not needed: ${shown(c.gaps.join(', '))})`) : ''
      line += paint(2, ` — ${skipped}${shown(w ? formatExplanation(c.detail, w) : formatExplanation(c.detail))}${gaps}`)
    }
    lines.push(line)
  }
  return lines.join('\n')
}
