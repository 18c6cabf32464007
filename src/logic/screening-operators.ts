import { differenceInCalendarDays, differenceInMonths, differenceInYears } from 'date-fns'
import { tz } from '@date-fns/tz'
import { EvaluationError } from '../errors'
import type { EvaluationContext, OperatorDefinition, PreparedArgument } from './context'
import { parseEpoch } from './dates'

/** CEFR levels in order, A1 lowest.
 * @example
 * ```ts
 * CEFR_LEVELS.indexOf('B2') // 3
 * ```
 * @category Rules engine
 */
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const

// Answers mostly hold a level exactly as written on the scale: those need no normalising.
const EXACT_CEFR = new Map<unknown, number>(CEFR_LEVELS.flatMap((l, i) => [[l, i] as const, [l.toLowerCase(), i] as const]))

function cefrRank(level: unknown): number {
  const exact = EXACT_CEFR.get(level)
  if (exact !== undefined) return exact
  const i = typeof level === 'string' ? CEFR_LEVELS.indexOf(level.trim().toUpperCase() as (typeof CEFR_LEVELS)[number]) : -1
  if (i < 0) throw new EvaluationError('invalid_cefr', `${JSON.stringify(level)} is not a CEFR level (A1, A2, B1, B2, C1, C2)`)
  return i
}

const termMemo = new Map<string, string>()

/** Case-insensitive, Unicode-normalised form used for list membership ("ReactJS " ~ "reactjs").
 * @category Rules engine
 */
export function normaliseTerm(v: unknown): string {
  const s = String(v)
  // Answers repeat a small vocabulary (skills, cities); NFKC is the costly part, so remember it.
  let n = s.length <= 64 ? termMemo.get(s) : undefined
  if (n === undefined) {
    n = s.normalize('NFKC').trim().toLowerCase()
    if (s.length <= 64) {
      if (termMemo.size >= 10_000) termMemo.clear()
      termMemo.set(s, n)
    }
  }
  return n
}

// Literal lists in compiled rules are frozen constants with a stable identity, so their
// normalised form is computed once, not on every application.
const normalisedLiterals = new WeakMap<readonly unknown[], string[]>()

function terms(v: unknown, op: string): string[] {
  if (v === null || v === undefined) return []
  if (typeof v === 'string') return [normaliseTerm(v)]
  if (Array.isArray(v)) {
    if (!Object.isFrozen(v)) return v.map(normaliseTerm)
    let cached = normalisedLiterals.get(v)
    if (!cached) normalisedLiterals.set(v, (cached = v.map(normaliseTerm)))
    return cached
  }
  throw new EvaluationError('invalid_arguments', `"${op}" expects a list, got ${typeof v}`)
}

// The candidate's list is usually tested by several criteria in a row (skills against
// frameworks, against testing tools, ...): its normalised form is kept for the next test while
// the same array still holds the same items (compared one by one, so a changed array is seen).
let lastList: readonly unknown[] | undefined
let lastItems: unknown[] = []
let lastTerms: string[] = []

function candidateTerms(v: unknown, op: string): string[] {
  if (!Array.isArray(v) || Object.isFrozen(v)) return terms(v, op)
  if (v === lastList && v.length === lastItems.length) {
    let same = true
    for (let i = 0; i < v.length && same; i++) same = v[i] === lastItems[i]
    if (same) return lastTerms
  }
  const out = v.map(normaliseTerm)
  lastList = v
  lastItems = v.slice()
  lastTerms = out
  return out
}

/** A literal list of wanted terms, normalised once at compile time; undefined when not literal or not a list. */
function literalTerms(arg: PreparedArgument | undefined, op: string): string[] | undefined {
  if (!arg?.literal) return undefined
  try {
    return terms(arg.value, op)
  } catch {
    // Not a list: the general evaluate reports it at run time, as it would have.
    return undefined
  }
}

const instant = (v: unknown, ctx: EvaluationContext, op: string): Date => new Date(epochIn(v, ctx.timeZone, op))

function epochIn(v: unknown, timeZone: string, op: string): number {
  const t = parseEpoch(v, timeZone)
  if (Number.isNaN(t)) throw new EvaluationError('invalid_date', `"${op}" expects an ISO date such as 2026-11-23, got ${JSON.stringify(v)}`)
  return t
}

function clock(ctx: EvaluationContext | undefined, op: string): EvaluationContext {
  if (!ctx || !(ctx.now instanceof Date) || Number.isNaN(ctx.now.getTime()))
    throw new EvaluationError('no_clock', `"${op}" needs the evaluation time: pass { now } in the context`)
  return ctx
}

const since = (diff: (a: Date, b: Date, o: { in: ReturnType<typeof tz> }) => number, op: string): OperatorDefinition => ({
  args: ['date'],
  returns: 'number',
  evaluate([d], ctx) {
    const c = clock(ctx, op)
    return diff(c.now, instant(d, c, op), { in: tz(c.timeZone) })
  },
})

const compare = (test: (a: number, b: number) => boolean, op: string): OperatorDefinition => ({
  args: ['date', 'date'],
  returns: 'boolean',
  evaluate([a, b], ctx) {
    const zone = ctx?.timeZone ?? 'UTC'
    return test(epochIn(a, zone, op), epochIn(b, zone, op))
  },
})

/**
 * Operators for real screening criteria, registered on every engine by default.
 *
 * - `includesAny` / `includesAll`: `{"includesAny": [{"var": "skills"}, ["react", "vue"]]}`; case-insensitive, Unicode-normalised.
 * - `cefrAtLeast`: `{"cefrAtLeast": [{"var": "swedishLevel"}, "B2"]}`; A1 < A2 < B1 < B2 < C1 < C2.
 * - `daysSince`, `monthsSince`, `yearsSince`, `daysUntil`: whole calendar units between a date and `now`, in the job's time zone.
 * - `dateBefore`, `dateAfter`, `dateOnOrBefore`, `dateOnOrAfter`: compare two ISO dates or date-times.
 *
 * @example
 * ```ts
 * const engine = createEngine()
 * engine.compile({ includesAny: [{ var: 'skills' }, ['React', 'Vue']] }).evaluate({ skills: ['react'] }) // true
 * ```
 * @category Rules engine
 */
export const SCREENING_OPERATORS: Readonly<Record<string, OperatorDefinition>> = Object.freeze({
  includesAny: {
    args: ['list', 'list'],
    returns: 'boolean',
    description: 'true when the list holds at least one of the values (case-insensitive)',
    evaluate([list, wanted]) {
      const have = candidateTerms(list, 'includesAny')
      return terms(wanted, 'includesAny').some((w) => have.includes(w))
    },
    prepare([, wanted]) {
      const want = literalTerms(wanted, 'includesAny')
      if (!want) return undefined
      const set = new Set(want)
      return ([list]) => {
        const have = candidateTerms(list, 'includesAny')
        for (let i = 0; i < have.length; i++) if (set.has(have[i]!)) return true
        return false
      }
    },
  },
  includesAll: {
    args: ['list', 'list'],
    returns: 'boolean',
    description: 'true when the list holds every one of the values (case-insensitive)',
    evaluate([list, wanted]) {
      const have = candidateTerms(list, 'includesAll')
      return terms(wanted, 'includesAll').every((w) => have.includes(w))
    },
    prepare([, wanted]) {
      const want = literalTerms(wanted, 'includesAll')
      if (!want) return undefined
      return ([list]) => {
        const have = candidateTerms(list, 'includesAll')
        for (let i = 0; i < want.length; i++) if (!have.includes(want[i]!)) return false
        return true
      }
    },
  },
  cefrAtLeast: {
    args: ['string', 'string'],
    returns: 'boolean',
    description: 'true when a CEFR language level is at least the given level',
    evaluate: ([level, min]) => cefrRank(level) >= cefrRank(min),
    prepare([, min]) {
      if (!min?.literal || !EXACT_CEFR.has(min.value)) return undefined
      const least = EXACT_CEFR.get(min.value)!
      return ([level]) => cefrRank(level) >= least
    },
  },
  daysSince: { ...since(differenceInCalendarDays, 'daysSince'), description: 'calendar days from a date until now' },
  monthsSince: { ...since(differenceInMonths, 'monthsSince'), description: 'whole months from a date until now' },
  yearsSince: { ...since(differenceInYears, 'yearsSince'), description: 'whole years from a date until now' },
  daysUntil: {
    args: ['date'],
    returns: 'number',
    description: 'calendar days from now until a date (negative when it has passed)',
    evaluate([d], ctx) {
      const c = clock(ctx, 'daysUntil')
      return differenceInCalendarDays(instant(d, c, 'daysUntil'), c.now, { in: tz(c.timeZone) })
    },
  },
  dateBefore: { ...compare((a, b) => a < b, 'dateBefore'), description: 'true when the first date is before the second' },
  dateAfter: { ...compare((a, b) => a > b, 'dateAfter'), description: 'true when the first date is after the second' },
  dateOnOrBefore: { ...compare((a, b) => a <= b, 'dateOnOrBefore'), description: 'true when the first date is on or before the second' },
  dateOnOrAfter: { ...compare((a, b) => a >= b, 'dateOnOrAfter'), description: 'true when the first date is on or after the second' },
})
