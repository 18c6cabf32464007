import { impossibleDate } from '../criteria/impossible-date.js'
import type { Field } from '../criteria/types.js'
import { formatIssue } from '../issues/format-issue.js'
import { describeValue, describeValues, fieldLabel } from '../logic/describe-rule.js'
import type { FormatExplanationOptions } from '../logic/explain.js'
import type { CriterionProblem } from '../screen/result.js'
import { RESULT_WORDING, type ResultWording } from './result-wording.js'

/**
 * Why a criterion could not be decided (an answer missing, one that cannot be used, one a person
 * judges, a rule that failed), for a recruiter in Swedish or English with the file's questions:
 * an answer over a question's `max` says the max, an answer among `reviewValues` says the answer
 * and the file's `reviewNote`. The problem's own `message` is technical English with field ids.
 *
 * @example
 * ```ts
 * formatProblem(result.criteria[1]!.problem!, { locale: 'sv', fields: screener.criteria.fields })
 * // 'Svaret 700 på ”Hur många månader …?” går inte att använda: frågan tar emot högst 600. En person tittar på ansökan.'
 * ```
 * @category Reports
 */
export function formatProblem(
  problem: CriterionProblem,
  options: FormatExplanationOptions & {
    /** The result's decision stands whatever the answer (an unmet requirement rejects): no person looks. */
    settled?: boolean
  },
): string {
  const all = RESULT_WORDING[options.locale]
  const w = options.settled ? { ...all, problem: { ...all.problem, ...all.problem.settled } } : all
  const d = { locale: options.locale, fields: options.fields, timezone: options.timezone }
  const question = (id: string) => w.quote(fieldLabel(options.fields, id, options.locale) ?? id)
  const questions = (ids: readonly string[]) => joined(ids.map(question), w)
  const about = problem.fields?.length ? problem.fields : problem.path ? [problem.path] : []
  // A list answered is its items ("svaret ”Hund” och ”Exotiska djur”"), not "svaret listan …".
  const answer = (v: unknown, field: string | undefined): string =>
    typeof v === 'string'
      ? w.quote(describeValue(v, d, field).replace(/^["“”]|["“”]$/g, ''))
      : Array.isArray(v) && v.length > 0 && v.length <= 20
        ? joined(
            v.map((x) => answer(x, field)),
            w,
          )
        : describeValue(v, d, field)
  switch (problem.code) {
    case 'missing_answer':
      return (
        w.problem.missing(
          questions(about),
          problem.actual === undefined ? undefined : w.quote(String(problem.actual)),
          about.length > 1,
        ) +
        (problem.undeclared?.length
          ? w.problem.undeclared(joined(problem.undeclared.map(w.quote), w), problem.undeclared.length > 1)
          : '')
      )
    case 'invalid_answer': {
      const field = problem.path ?? about[0]
      if (field === undefined) return w.problem.invalid('', questions(about), undefined)
      return w.problem.invalid(
        answer(problem.actual, undefined),
        question(field),
        accepts(options.fields?.[field], problem.actual, w, d, field),
      )
    }
    case 'needs_review': {
      const field = problem.path
      const f = field === null ? undefined : options.fields?.[field]
      if (field === null || !f || problem.actual === undefined) return w.problem.reviewRule(questions(about))
      return w.problem.review(
        answer(problem.actual, field),
        question(field),
        'reviewNote' in f ? f.reviewNote : undefined,
      )
    }
    default:
      return w.problem.error(problem.code, problem.message)
  }
}

/** What the question accepts, when the answer breaks one of its bounds the file states. */
function accepts(
  field: Field | undefined,
  given: unknown,
  w: ResultWording,
  d: FormatExplanationOptions,
  id: string,
): string | undefined {
  if (!field) return undefined
  const a = w.problem.accepts
  switch (field.type) {
    case 'number':
    case 'integer':
      if (typeof given !== 'number' || !Number.isFinite(given)) return a.number
      if (field.max !== undefined && given > field.max) return a.max(describeValue(field.max, d))
      if (field.min !== undefined && given < field.min) return a.min(describeValue(field.min, d))
      if (field.type === 'integer' && !Number.isInteger(given)) return a.integer
      return undefined
    case 'boolean':
      return typeof given === 'boolean' ? undefined : a.yesNo
    case 'enum':
    case 'list':
      return field.values && field.values.length <= 12
        ? a.oneOf(describeValues(field.values.map(String), 'or', d, id))
        : undefined
    case 'string':
      return field.maxLength !== undefined && typeof given === 'string' && given.length > field.maxLength
        ? a.maxLength(field.maxLength)
        : undefined
    case 'date':
    case 'date-time': {
      // A day that does not exist says why, as validate does ("februari 2026 har 28 dagar"):
      // the impossible_date issue's reason, after the value it quotes.
      const impossible = typeof given === 'string' ? impossibleDate(given) : undefined
      if (impossible) {
        const text = formatIssue({ code: 'impossible_date', params: impossible, message: '' }, d.locale)
        return text.slice(text.indexOf(': ') + 2)
      }
      return typeof given === 'string' && /^\d{4}-\d{2}-\d{2}/.test(given) ? undefined : a.date
    }
    default:
      return undefined
  }
}

function joined(items: string[], w: ResultWording): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${w.and} ${items.at(-1)!}`
}
