import { describeCriterion, formatExplanation, type ScreeningResult, type Screener } from '../index.js'
import { h } from './dom.js'
import { problemText, statusText, t, type UiLocale } from './i18n.js'

/** The decision on the form's answers: outcome, score against minScore, near miss, and every criterion with why. */
export function renderResult(container: HTMLElement, result: ScreeningResult, screener: Screener, locale: UiLocale): void {
  const criteria = screener.criteria
  const words = { locale, fields: criteria.fields, timezone: criteria.job.timezone }
  // The questions as the form asks them, in the page's language (the name the rules read when there is no label).
  const questions = (names: string[]) => names.map((n) => criteria.fields[n]?.label[locale] ?? criteria.fields[n]?.label.sv ?? criteria.fields[n]?.label.en ?? n)
  const outcome = result.outcome === 'pass' ? t('pass', locale) : result.outcome === 'reject' ? t('reject', locale) : t('review', locale)
  const parts: (Node | null)[] = [
    h('h3', {}, t('decision', locale)),
    h('p', { class: `outcome outcome-${result.outcome}`, 'data-outcome': result.outcome }, outcome),
    result.nearMiss ? h('p', { class: 'near-miss' }, t('nearMiss', locale)) : null,
    h('p', { class: 'score' }, `${t('score', locale)}: ${result.score} / ${result.maxScore} (${t('passAt', locale)} ${result.minScore})`),
    h(
      'ul',
      { class: 'criteria' },
      ...result.criteria.map((c) => {
        const why = c.status === 'unmet' || c.status === 'skipped' ? formatExplanation(c.detail, words) : c.status === 'missing' || c.status === 'invalid' || c.status === 'review' || c.status === 'error' ? problemText(c.problem, questions(c.problem.fields ?? (c.problem.path ? [c.problem.path] : [])), locale) : null
        // The rule read aloud, in the page's language (the deadline the screening adds has none in the file).
        const own = criteria.criteria.find((x) => x.id === c.id)
        const rule = own ? describeCriterion(own, criteria, locale).text : null
        return h(
          'li',
          { class: `criterion status-${c.status}`, 'data-criterion': c.id, 'data-status': c.status },
          h('span', { class: 'badge' }, statusText(c.status, locale)),
          ' ',
          h('strong', {}, c.id),
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
