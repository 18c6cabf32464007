import { formatExplanation, type FormatExplanationOptions } from '../logic/explain.js'
import { escapeControls as shown } from '../screen/escape-controls.js'
import { DEADLINE_ID } from '../screen/deadline.js'
import type { ScreeningResult } from '../screen/result.js'
import { formatProblem } from './format-problem.js'
import { RESULT_WORDING } from './result-wording.js'

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
  /** The table and its explanations in this language, with the file's questions and option labels (default: technical English with field ids). */
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
 * // a-1042  REJECTED  near miss (talent pool)  score 3/5 (pass at 2)
 * //   ✓ work-permit   the right to work in Sweden
 * //   ✗ experience    at least three years …  — experienceYears is 2; at least 3 required
 * ```
 * @category Reports
 */
export function formatResult(result: ScreeningResult, options: FormatResultOptions = {}): string {
  const on = options.colour === true
  const paint = (code: number, s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s)
  const w = options.words
  // Without words, the technical English of field ids (logs and rule tests compare it).
  const say = RESULT_WORDING[w?.locale ?? 'en']
  const outcome = paint(
    result.outcome === 'pass' ? 32 : result.outcome === 'reject' ? 31 : 33,
    say.outcome[result.outcome].toUpperCase(),
  )
  const name = (id: string) => (w && id === DEADLINE_ID ? say.deadline : shown(id))
  const width = Math.max(...result.criteria.map((c) => name(c.id).length), 8)
  const kindWidth = Math.max(say.required.length, ...result.criteria.map((c) => `+${c.weight}`.length))
  const statusWidth = Math.max(...result.criteria.map((c) => say.status[c.status].length))
  const lines = [
    `${paint(1, shown(result.application.id))}  ${outcome}${result.nearMiss ? `  ${say.nearMiss}` : ''}${result.maxScore > 0 ? `  ${say.score(result.score, result.maxScore, result.minScore)}` : ''}`,
  ]
  for (const c of result.criteria) {
    const mark =
      c.status === 'met'
        ? paint(32, MARK.met)
        : c.status === 'unmet'
          ? paint(31, MARK.unmet)
          : c.status === 'skipped'
            ? paint(2, MARK.skipped)
            : paint(33, MARK[c.status])
    const kind = c.required ? say.required : `+${c.weight}`
    let line = `  ${mark} ${name(c.id).padEnd(width)}  ${paint(2, kind.padEnd(Math.max(8, kindWidth)))}  ${say.status[c.status].padEnd(Math.max(7, statusWidth))}  ${shown(c.reason)}`
    if (c.problem)
      line += paint(
        2,
        ` — ${shown(w ? formatProblem(c.problem, { ...w, settled: result.outcome !== 'review' }) : c.problem.message)}`,
      )
    else if (options.explain && c.detail) {
      const gaps = c.gaps ? say.gaps(shown(c.gaps.join(', '))) : ''
      line += paint(
        2,
        ` — ${shown(w ? formatExplanation(c.detail, { ...w, scored: !c.required }) : formatExplanation(c.detail))}${gaps}`,
      )
    }
    lines.push(line)
  }
  return lines.join('\n')
}
