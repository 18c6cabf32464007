import { describeCriterion, formatExplanation, formatProblem, type ScreeningResult, type Screener } from '../index.js'
import { h } from './dom.js'
import { criterionName, statusText, t, tf, type UiLocale } from './i18n.js'

// What each panel shows, as one text: the result (whose audit record holds the hash of the
// whole criteria, labels and reasons included) and the language. A keystroke that changes
// neither (a comment, a blank line, the order of keys) leaves the panel as it is, instead of
// building every criterion's row again (about 10 ms for 200 criteria in Chromium).
const shown = new WeakMap<HTMLElement, string>()

/** The decision on the form's answers: outcome, score against minScore, near miss, and every criterion with why. */
export function renderResult(
  container: HTMLElement,
  result: ScreeningResult,
  screener: Screener,
  locale: UiLocale,
): void {
  const key = `${locale}\n${JSON.stringify(result)}`
  if (shown.get(container) === key && container.hasChildNodes()) return
  shown.set(container, key)
  const criteria = screener.criteria
  const words = { locale, fields: criteria.fields, timezone: criteria.job.timezone }
  const outcome =
    result.outcome === 'pass'
      ? t('pass', locale)
      : result.outcome === 'reject'
        ? t('reject', locale)
        : t('review', locale)
  const parts: (Node | null)[] = [
    h('h3', {}, t('decision', locale)),
    h('p', { class: `outcome outcome-${result.outcome}`, 'data-outcome': result.outcome }, outcome),
    result.nearMiss ? h('p', { class: 'near-miss' }, t('nearMiss', locale)) : null,
    // A job of requirements only has no score to speak of ("0 av 0 poäng" said nothing).
    result.maxScore > 0
      ? h(
          'p',
          { class: 'score' },
          tf('scoreLine', locale, { score: result.score, max: result.maxScore, min: result.minScore }),
        )
      : null,
    h(
      'ul',
      { class: 'criteria' },
      ...result.criteria.map((c) => {
        // A merit's rule gives points ("minst 6 ger poäng"); only a requirement's is required.
        const why =
          c.status === 'unmet' || c.status === 'skipped'
            ? formatExplanation(c.detail, { ...words, scored: !c.required })
            : c.status === 'missing' || c.status === 'invalid' || c.status === 'review' || c.status === 'error'
              ? formatProblem(c.problem, { ...words, settled: result.outcome !== 'review' })
              : null
        // The rule read aloud, in the page's language (the deadline the screening adds has none in the file).
        const own = criteria.criteria.find((x) => x.id === c.id)
        const rule = own ? describeCriterion(own, criteria, locale).text : null
        return h(
          'li',
          { class: `criterion status-${c.status}`, 'data-criterion': c.id, 'data-status': c.status },
          h('span', { class: 'badge' }, statusText(c.status, locale)),
          ' ',
          h('strong', {}, criterionName(c.id, locale)),
          ` (${c.required ? t('required', locale) : `${c.weight} ${t('points', locale)}`}): `,
          screener.reason(c.id, locale) ?? c.reason,
          why ? h('div', { class: 'why' }, why) : null,
          rule ? h('div', { class: 'rule-text' }, rule) : null,
        )
      }),
    ),
  ]
  container.replaceChildren(...parts.filter((p): p is Node => p !== null))
}
