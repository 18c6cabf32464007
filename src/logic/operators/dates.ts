import { EvaluationError } from '../../errors.js'
import {
  addDaysIn,
  addMonthsIn,
  calendarDays,
  isoDay,
  isoMinute,
  monthsBetween,
  yearsBetween,
} from '../../time/zoned-calendar.js'
import { countWord } from '../../criteria/number-words.js'
import type { EvaluationContext } from '../context.js'
import { parseEpoch, rememberEpoch } from '../../time/dates.js'
import { plain, primitive, type OperatorSpec } from './spec.js'

// Dates, in the job's time zone: calendar units between a date and now (or another date),
// comparisons, the application's own submission time, and date arithmetic.

type Diff = (later: number, earlier: number, zone: string) => number

function epochIn(v: unknown, timeZone: string, op: string): number {
  const t = parseEpoch(v, timeZone)
  if (Number.isNaN(t))
    throw new EvaluationError(
      'invalid_date',
      `"${op}" expects an ISO date such as 2026-11-23, got ${JSON.stringify(v)}`,
    )
  return t
}

function clock(ctx: EvaluationContext | undefined, op: string): EvaluationContext {
  if (!ctx || !(ctx.now instanceof Date) || Number.isNaN(ctx.now.getTime()))
    throw new EvaluationError('no_clock', `"${op}" needs the evaluation time: pass { now } in the context`)
  return ctx
}

/** The instant a count is made from: the optional second argument, else now. */
function reference(
  ref: unknown,
  given: boolean,
  ctx: EvaluationContext | undefined,
  op: string,
): { at: number; zone: string } {
  if (given) {
    const zone = ctx?.timeZone ?? 'UTC'
    return { at: epochIn(ref, zone, op), zone }
  }
  const c = clock(ctx, op)
  return { at: c.now.getTime(), zone: c.timeZone }
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/** A count of whole calendar units between a date and now (or a second date). */
function count(diff: Diff, op: string, until: boolean, unit: string, said: readonly [string, string]): OperatorSpec {
  return {
    // Without a second date the count runs to the time of the decision.
    describe(s, args) {
      const u = s.t(...said)
      const [d, ref] = [s.term(args[0]), args[1] ? s.term(args[1]) : s.t('beslutsdagen', 'the day of the decision')]
      return {
        text: until
          ? s.t(`antal ${u} från ${ref} till ${d}`, `the number of ${u} from ${ref} until ${d}`)
          : s.t(`antal ${u} från ${d} till ${ref}`, `the number of ${u} from ${d} to ${ref}`),
        clause: false,
      }
    },
    description: until
      ? `${unit} from now (or from the second date) until a date; negative when it has passed`
      : `${unit} from a date until now (or until the second date)`,
    arity: [1, 2],
    args: ['date', 'date'],
    returns: 'number',
    whole: true,
    impure: true,
    // Without a second date the count runs to the time of the decision.
    readsClock: true,
    counts: until ? 'until' : 'since',
    evaluate(args, ctx) {
      const { at, zone } = reference(args[1], args.length > 1, ctx, op)
      const d = epochIn(args[0], zone, op)
      return until ? diff(d, at, zone) : diff(at, d, zone)
    },
  }
}

/** Compares two dates. */
function compare(
  test: (a: number, b: number) => boolean,
  op: string,
  words: string,
  said: readonly [string, string],
  orders: NonNullable<OperatorSpec['orders']>,
): OperatorSpec {
  return {
    orders,
    describe: (s, args) => ({
      text: `${s.term(args[0])} ${s.t(`är ${said[0]}`, `is ${said[1]}`)} ${s.term(args[1])}`,
      clause: true,
    }),
    description: `true when the first date is ${words} the second`,
    arity: [2, 2],
    args: ['date', 'date'],
    returns: 'boolean',
    boolean: true,
    evaluate([a, b], ctx) {
      const zone = ctx?.timeZone ?? 'UTC'
      return test(epochIn(a, zone, op), epochIn(b, zone, op))
    },
    wording: {
      [op]: {
        statement: (c) => `${c.subject} is ${words} ${plain(c.expected)}`,
        required: (c) => `${words} ${plain(c.expected)} required`,
        say: (c, s) => `${s.subject} ${s.t(`är ${said[0]}`, `is ${said[1]}`)} ${s.value(c.expected)}`,
        sayRequired: (c, s) =>
          s.t(`${said[0]} ${s.value(c.expected)} krävs`, `${said[1]} ${s.value(c.expected)} required`),
      },
    },
    quotes: (args) =>
      primitive(args[1]) ? { date: { value: args[1].v } } : primitive(args[0]) ? { date: { value: args[0].v } } : {},
  }
}

/** A shifted date: its text, its instant, and whether its text reads back as that instant (to the minute). */
interface Shifted {
  readonly text: string
  readonly t: number
  readonly remember: boolean
}

/** Texts kept per use of `addDays` or `addMonths` (a batch's submission minutes), before starting over. */
const SHIFTS_KEPT = 10_000

/** Adds whole days or months to a date, in the job's time zone: a date stays a date, a date-time stays a date-time (with the zone's offset). */
function shift(
  add: (t: number, n: number, zone: string) => number,
  op: string,
  unit: string,
  said: readonly [string, string, string, string],
): OperatorSpec {
  /** The date `n` units after `d`, written as `d` is (a date, or a date-time to the minute with the zone's offset). */
  function shifted(d: unknown, n: unknown, zone: string): Shifted {
    if (typeof n !== 'number' || !Number.isInteger(n))
      throw new EvaluationError('invalid_arguments', `"${op}" adds a whole number of ${unit}, got ${JSON.stringify(n)}`)
    const t = add(epochIn(d, zone, op), n, zone)
    // Years 1 to 9999: an answer of a million months is no date, and is said so, not written as "NaN-NaN".
    if (!(t >= -62_135_596_800_000 && t <= 253_402_300_799_999))
      throw new EvaluationError(
        'invalid_arguments',
        `"${op}" adds ${n} ${unit}, which gives no date (the years 1 to 9999)`,
      )
    const dateOnly = typeof d === 'string' && DATE_ONLY.test(d)
    const text = dateOnly ? isoDay(t, zone) : isoMinute(t, zone)
    // A date-time written with its offset, to the minute, reads back as this very instant.
    const remember = !dateOnly && t % 60_000 === 0
    if (remember) rememberEpoch(text, zone, t)
    return { text, t, remember }
  }
  return {
    // [sv one, sv many, en one, en many]: "en månad efter ansökningsdagen", "three days before …".
    describe(s, args) {
      const [d, n] = args
      const date = s.term(d)
      if (primitive(n) && typeof n.v === 'number') {
        const k = Math.abs(n.v)
        const u = k === 1 ? s.t(said[0], said[2]) : s.t(said[1], said[3])
        // One to twelve in words, as running text writes them ("en månad", "tre dagar").
        const count = Number.isInteger(k) && k >= 1 && k <= 12 ? countWord(k, s.locale) : s.term({ ...n, v: k })
        return {
          text:
            n.v < 0
              ? s.t(`${count} ${u} före ${date}`, `${count} ${u} before ${date}`)
              : s.t(`${count} ${u} efter ${date}`, `${count} ${u} after ${date}`),
          clause: false,
        }
      }
      return {
        text: s.t(`${date} plus ${s.term(n)} ${said[1]}`, `${date} plus ${s.term(n)} ${said[3]}`),
        clause: false,
        group: true,
      }
    },
    description: `a date ${unit} later (negative: earlier), e.g. {"${op}": [{"submittedAt": []}, 1]}`,
    arity: [2, 2],
    args: ['date', 'number'],
    returns: 'date',
    evaluate: ([d, n], ctx) => shifted(d, n, ctx?.timeZone ?? 'UTC').text,
    // With a literal count (`{"addMonths": [{"submittedAt": []}, 1]}`) the result depends on the
    // date's text and the zone only: kept per text for this use, as every application sent on
    // the same minute asks the same (and an unmet criterion asks again to explain it).
    prepare([, n]) {
      if (!n?.literal) return undefined
      let zoneOf: string | undefined
      let kept: Map<string, Shifted> | undefined
      // The last date asked for, at hand: screening asks again for the same application's
      // date to explain a criterion it found unmet.
      let lastDate: string | undefined
      let last: Shifted | undefined
      return ([d, count], ctx) => {
        const zone = ctx?.timeZone ?? 'UTC'
        if (typeof d !== 'string' || count !== n.value) return shifted(d, count, zone).text
        if (d !== lastDate || zone !== zoneOf) {
          if (zone !== zoneOf || !kept || kept.size >= SHIFTS_KEPT) {
            zoneOf = zone
            kept = new Map()
          }
          // Kept as the last date only once shifted (a date that is no date throws, every time).
          let r = kept.get(d)
          const fresh = r === undefined
          if (fresh) kept.set(d, (r = shifted(d, count, zone)))
          lastDate = d
          last = r!
          // A new date's text is remembered by shifted() as it is written.
          if (fresh) return last.text
        }
        if (last!.remember) rememberEpoch(last!.text, zone, last!.t)
        return last!.text
      }
    },
    check: (args) =>
      primitive(args[1]) && !Number.isInteger(args[1].v)
        ? [{ message: `"${op}" adds a whole number of ${unit}`, arg: 1, params: { check: 'whole_units', op, unit } }]
        : [],
  }
}

/** The date operators. */
export const DATES: Readonly<Record<string, OperatorSpec>> = {
  daysSince: count(calendarDays, 'daysSince', false, 'calendar days', ['dagar', 'days']),
  monthsSince: count(monthsBetween, 'monthsSince', false, 'whole months', ['hela månader', 'whole months']),
  yearsSince: count(yearsBetween, 'yearsSince', false, 'whole years', ['hela år', 'whole years']),
  daysUntil: count(calendarDays, 'daysUntil', true, 'calendar days', ['dagar', 'days']),
  monthsUntil: count(monthsBetween, 'monthsUntil', true, 'whole months', ['hela månader', 'whole months']),
  dateBefore: compare((a, b) => a < b, 'dateBefore', 'before', ['före', 'before'], {
    earlier: 0,
    later: 1,
    strict: true,
  }),
  dateAfter: compare((a, b) => a > b, 'dateAfter', 'after', ['efter', 'after'], { earlier: 1, later: 0, strict: true }),
  dateOnOrBefore: compare((a, b) => a <= b, 'dateOnOrBefore', 'on or before', ['senast', 'no later than'], {
    earlier: 0,
    later: 1,
    strict: false,
  }),
  dateOnOrAfter: compare((a, b) => a >= b, 'dateOnOrAfter', 'on or after', ['tidigast', 'no earlier than'], {
    earlier: 1,
    later: 0,
    strict: false,
  }),
  addDays: shift(addDaysIn, 'addDays', 'days', ['dag', 'dagar', 'day', 'days']),
  addMonths: shift(addMonthsIn, 'addMonths', 'months', ['månad', 'månader', 'month', 'months']),
  submittedAt: {
    description: 'when the application was submitted: {"submittedAt": []}',
    describe: (s) => ({ text: s.t('ansökningsdagen', 'the day of the application'), clause: false }),
    arity: [0, 0],
    returns: 'date',
    impure: true,
    readsApplication: true,
    evaluate(_args, ctx) {
      const at = ctx?.submittedAt
      if (at === undefined)
        throw new EvaluationError(
          'no_submission',
          '"submittedAt" needs the time the application was submitted: pass { submittedAt } in the context',
        )
      return at
    },
  },
}
