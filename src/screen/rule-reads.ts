import type { Criteria } from '../criteria/schema.js'
import { countsCalendar, dateOrder } from '../logic/index.js'
import { looseAnswer } from './non-answers.js'

// How the rules of a file read each field, for the checks of answers that depend on meaning:
// - the texts a field is compared with: such a text is an answer, never a non-answer;
// - dates read as events that have passed: the time since them is counted (yearsSince), or the
//   rule asks whether they were before a date that has itself passed. A date after the day of
//   the decision there contradicts the application (a degree completed next year), and goes to
//   a person instead of deciding;
// - two dates read as a span (daysSince from a start to an end): an end before its start
//   contradicts itself, and goes to a person.

/** What the rules say about one field. */
export interface FieldReading {
  /** Loose forms of the texts the rules compare the field with. */
  texts: Set<string>
  /** A criterion that counts the time since this date up to the day of the decision. */
  countedSince?: { criterion: string; op: string }
  /** Dates a criterion asks this date to be before (or on or before): past ones make a later answer a contradiction. */
  before: { criterion: string; date: string }[]
  /**
   * A date field this one must not be before, as a criterion reads them: the end of a span it
   * counts (`daysSince: [start, end]`, `yearsSince(start) - yearsSince(end)`), or a date it asks
   * to be after the other (`dateAfter: [end, start]`).
   */
  endOf?: { start: string; criterion: string; op: string; asks?: 'after' | 'on or after' }
}

const SCOPED = new Set(['some', 'all', 'none', 'filter', 'map', 'reduce'])

/**
 * The day a date is asked to be before, when that day can only have passed by the time of the
 * decision: a written date (checked against the day of the decision when screening), the
 * submission, or the submission moved back (`addDays` / `addMonths` by 0 or less). Written
 * dates come back as themselves; the submission as "submission".
 */
function pastAnchor(v: unknown): string | undefined {
  if (typeof v === 'string') return ISO_DAY.test(v) ? v : undefined
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined
  const [entry, ...more] = Object.entries(v as Record<string, unknown>)
  if (!entry || more.length) return undefined
  const [op, raw] = entry
  if (op === 'submittedAt') return SUBMISSION
  const args = Array.isArray(raw) ? raw : [raw]
  if (
    (op === 'addDays' || op === 'addMonths') &&
    typeof args[1] === 'number' &&
    args[1] <= 0 &&
    pastAnchor(args[0]) === SUBMISSION
  )
    return SUBMISSION
  return undefined
}
/** The anchor that is the application's submission (always on or before the day of the decision). */
export const SUBMISSION = 'submission'

/** Every text literal inside a part of a rule. */
function textsIn(v: unknown): string[] {
  const out: string[] = []
  const stack = [v]
  while (stack.length) {
    const x = stack.pop()
    if (typeof x === 'string') out.push(x)
    else if (Array.isArray(x)) stack.push(...x)
    else if (x && typeof x === 'object') for (const [k, y] of Object.entries(x)) if (k !== 'var') stack.push(y)
  }
  return out
}
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

const fieldOf = (v: unknown): string | undefined => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined
  const keys = Object.keys(v)
  if (keys.length !== 1 || keys[0] !== 'var') return undefined
  const arg = (v as { var: unknown }).var
  const path = Array.isArray(arg) ? arg[0] : arg
  return typeof path === 'string' ? path.split('.')[0] : undefined
}

/** How the rules (and `when` conditions) of a file read its fields. Iterative, linear in the size of the rules. */
export function ruleReadings(criteria: Criteria): Map<string, FieldReading> {
  const out = new Map<string, FieldReading>()
  const of = (name: string): FieldReading => {
    let r = out.get(name)
    if (!r) out.set(name, (r = { texts: new Set(), before: [] }))
    return r
  }
  const dateField = (name: string | undefined): name is string =>
    name !== undefined &&
    Object.hasOwn(criteria.fields, name) &&
    (criteria.fields[name]!.type === 'date' || criteria.fields[name]!.type === 'date-time')
  for (const c of criteria.criteria ?? []) {
    // Each part with its polarity: 1 as written, -1 under a "!", 0 where it cannot be told (the
    // condition of an "if", a value compared with something else).
    const stack: [unknown, number][] = [
      [c.rule, 1],
      ...(c.when === undefined ? [] : [[c.when, 1] as [unknown, number]]),
    ]
    while (stack.length) {
      const [v, polarity] = stack.pop()!
      if (Array.isArray(v)) {
        for (const x of v) stack.push([x, 0])
        continue
      }
      if (!v || typeof v !== 'object') continue
      const keys = Object.keys(v)
      if (keys.length !== 1 || keys[0] === 'var') continue
      const op = keys[0]!
      const raw = (v as Record<string, unknown>)[op]
      const args = Array.isArray(raw) ? raw : [raw]
      args.forEach((a, i) =>
        stack.push([
          a,
          op === '!'
            ? -polarity
            : op === '!!' || op === 'and' || op === 'or'
              ? polarity
              : (op === 'if' || op === '?:') && (i % 2 === 1 || i === args.length - 1)
                ? polarity
                : 0,
        ]),
      )
      // Texts compared with a field, directly or in a literal list.
      const fields = args.map(fieldOf).filter((f): f is string => f !== undefined)
      if (fields.length) {
        const texts = args.flatMap((a) =>
          typeof a === 'string' ? [a] : Array.isArray(a) ? a.filter((x): x is string => typeof x === 'string') : [],
        )
        for (const f of fields) for (const t of texts) of(f).texts.add(looseAnswer(t))
      }
      // The items of a list field, compared inside some/all/none/filter/map: every text there.
      const list = SCOPED.has(op) ? fieldOf(args[0]) : undefined
      if (list !== undefined) for (const t of textsIn(args[1])) of(list).texts.add(looseAnswer(t))
      const counts = countsCalendar(op)
      const order = dateOrder(op)
      if (counts === 'since') {
        // The time since a date, up to now or up to the submission: the date has passed. From one answer to another: a span.
        const start = fieldOf(args[0])
        if (!dateField(start)) continue
        const end = args[1]
        if (end === undefined || end === null || pastAnchor(end) === SUBMISSION)
          of(start).countedSince ??= { criterion: c.id, op }
        else {
          const endField = fieldOf(end)
          if (dateField(endField) && endField !== start) of(endField).endOf ??= { start, criterion: c.id, op }
        }
      } else if (counts === 'until') {
        // The time from an answer until the submission: the answer has passed.
        const from = fieldOf(args[1])
        if (dateField(from) && pastAnchor(args[0]) === SUBMISSION) of(from).countedSince ??= { criterion: c.id, op }
      } else if (order && polarity !== 0) {
        // What the rule asks, with its "!" taken into account: "earlier before later".
        const { earlier: first, later: second, strict } = order
        const [earlier, later, isStrict] =
          polarity > 0 ? [args[first], args[second], strict] : [args[second], args[first], !strict]
        const f = fieldOf(earlier)
        const anchor = pastAnchor(later)
        if (dateField(f) && anchor) of(f).before.push({ criterion: c.id, date: anchor })
        // Two answered dates in an order ("an end after its start"): the later one must not be before the earlier.
        const g = fieldOf(later)
        if (dateField(f) && dateField(g) && g !== f)
          of(g).endOf ??= {
            start: f,
            criterion: c.id,
            op: polarity > 0 ? op : `! ${op}`,
            asks: isStrict ? 'after' : 'on or after',
          }
      } else if (op === '-' && args.length === 2) {
        // yearsSince(start) - yearsSince(end): the span from start to end.
        const [a, b] = args.map((x) => {
          const inner =
            x && typeof x === 'object' && !Array.isArray(x) ? Object.entries(x as Record<string, unknown>) : []
          if (inner.length !== 1 || countsCalendar(inner[0]![0]) !== 'since') return undefined
          const sinceArgs = Array.isArray(inner[0]![1]) ? (inner[0]![1] as unknown[]) : [inner[0]![1]]
          return sinceArgs.length === 1 || sinceArgs[1] === undefined || sinceArgs[1] === null
            ? { field: fieldOf(sinceArgs[0]), op: inner[0]![0] }
            : undefined
        })
        if (a && b && dateField(a.field) && dateField(b.field) && a.field !== b.field)
          of(b.field).endOf ??= { start: a.field, criterion: c.id, op: `${a.op} - ${b.op}` }
      }
    }
  }
  return out
}
