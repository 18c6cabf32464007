import type { IssueParams } from '../issues/issue-code.js'

/**
 * Why a date or date-time written in the ISO form cannot exist, as the arguments of the
 * `impossible_date` issue: the day past the month's length ("2027-02-30": February 2027 has 28
 * days), month 13, hour 25, minute 60. Undefined when the text is not in the ISO form or is a
 * real date: then the ordinary "must be a date" words fit better.
 * @example
 * ```ts
 * impossibleDate('2027-02-30') // { value: '2027-02-30', part: 'day', year: 2027, month: 2, days: 28 }
 * ```
 * @category Criteria files
 */
export function impossibleDate(text: string): IssueParams | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i.exec(
    text.trim(),
  )
  if (!m) return undefined
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (month < 1 || month > 12) return { value: text, part: 'month', year, month }
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31
  if (day < 1 || day > days) return { value: text, part: 'day', year, month, days }
  if (m[4] !== undefined && Number(m[4]) > 23) return { value: text, part: 'hour', year, month }
  if (m[5] !== undefined && (Number(m[5]) > 59 || Number(m[6] ?? 0) > 59))
    return { value: text, part: 'minute', year, month }
  return undefined
}
