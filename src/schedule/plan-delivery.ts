import { TZDate } from '@date-fns/tz'
import { DeliveryPolicySchema, type Criteria, type DeliveryPolicy, type Stage } from '../criteria/schema.js'
import { ScreeningError } from '../errors.js'
import { parseEpoch } from '../logic/dates.js'
import { DEADLINE_ID } from '../screen/deadline.js'
import type { ScreeningResult } from '../screen/result.js'

/**
 * A send-time policy with the job's time zone.
 *
 * @example
 * ```ts
 * const policy: ResolvedPolicy = { ...deliveryPolicy(screener.criteria) } // 08:00–17:00 Mon–Fri, 4 h minimum, 48 h SLA, 10 days cap
 * ```
 * @category Send times
 */
export type ResolvedPolicy = DeliveryPolicy & { timeZone: string }

/**
 * The send-time policy of a criteria file, defaults applied (working hours 08:00–17:00
 * Monday to Friday, a screening decision no earlier than 4 hours and no later than 48 hours
 * after submission, a rejection after an interview no earlier than 24 hours after it, and
 * nothing later than 10 days), in the job's time zone.
 *
 * @example
 * ```ts
 * const policy = deliveryPolicy(screener.criteria)
 * policy.timeZone // 'Europe/Stockholm'
 * ```
 * @category Send times
 */
export function deliveryPolicy(criteria: Criteria): ResolvedPolicy {
  // Called per application when messages are planned: resolve each criteria object once.
  let policy = policies.get(criteria)
  if (!policy) policies.set(criteria, (policy = Object.freeze({ ...DeliveryPolicySchema.parse(criteria.delivery ?? {}), timeZone: criteria.job.timezone })))
  return policy
}

const policies = new WeakMap<Criteria, ResolvedPolicy>()

/**
 * When a message should go out, and why.
 *
 * @example
 * ```ts
 * const plan: DeliveryPlan = { stage: 'rejected', sendAt: '2026-11-23T07:00:00.000Z', earliest: '2026-11-20T12:14:00.000Z', deadline: '2026-11-22T08:14:00.000Z', slaBreached: true, reason: '…' }
 * ```
 * @category Send times
 */
export interface DeliveryPlan {
  /** The message stage planned. */
  stage: Stage
  /** When to send (ISO 8601, UTC). */
  sendAt: string
  /** Not before this: the minimum delay after submission (or interview), or now. */
  earliest: string
  /** The SLA: the message must go out by then. */
  deadline: string
  /** True when no working time between `earliest` and `deadline` exists (or it has passed). */
  slaBreached: boolean
  /** Why this time, in words for recruiters. */
  reason: string
}

/**
 * Options of {@link planDelivery}.
 *
 * @example
 * ```ts
 * planDelivery(result, policy, { now: new Date(), stage: 'rejected-after-interview', interviewAt: new Date('2026-11-25T10:00:00+01:00') })
 * ```
 * @category Send times
 */
export interface PlanOptions {
  /** The current time (injected). */
  now: Date
  /** The stage to plan; by default the one the result calls for ({@link stageFor}). */
  stage?: Stage
  /** When the interview was held (for `rejected-after-interview`). */
  interviewAt?: Date
}

/**
 * The message stage a screening result calls for: `advance` for a pass, `late` for an
 * application after the closing date, `talent-pool` for a near miss, `rejected` for other
 * rejections, and `received` (an acknowledgement) while a human reviews.
 *
 * @example
 * ```ts
 * stageFor(result) // 'talent-pool'
 * ```
 * @category Send times
 */
export function stageFor(result: ScreeningResult): Stage {
  if (result.outcome === 'pass') return 'advance'
  if (result.outcome === 'review') return 'received'
  if (result.unmet.includes(DEADLINE_ID)) return 'late'
  return result.nearMiss ? 'talent-pool' : 'rejected'
}

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const
const HOUR = 3_600_000
const pad = (n: number) => String(n).padStart(2, '0')

/**
 * Plans when a message goes out: the first moment inside working hours on a working day
 * (not a holiday) that is at or after the earliest allowed time, checked against the SLA.
 * Works on wall-clock time in the job's time zone, so it is right across daylight-saving
 * changes, weekends and holidays. Pure: the clock is injected.
 *
 * @example
 * ```ts
 * const plan = planDelivery(result, deliveryPolicy(screener.criteria), { now: new Date() })
 * plan.sendAt // '2026-11-23T07:00:00.000Z' (Monday 08:00 in Stockholm)
 * ```
 * @category Send times
 */
export function planDelivery(result: ScreeningResult, policy: ResolvedPolicy, options: PlanOptions): DeliveryPlan {
  const now = options.now
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new ScreeningError('invalid_option', 'planDelivery() needs { now: Date }')
  const stage = options.stage ?? stageFor(result)
  // In the job's zone, as screen() read it: the server's TZ never moves a send time.
  const submitted = parseEpoch(result.application.submittedAt, policy.timeZone)
  if (Number.isNaN(submitted)) throw new ScreeningError('invalid_result', `submittedAt "${result.application.submittedAt}" is not a date-time`)
  let from: number
  let deadline: number
  let why: string
  if (stage === 'received') {
    from = submitted
    deadline = submitted + policy.slaHours * HOUR
    why = 'an acknowledgement goes out as soon as working hours allow'
  } else if (stage === 'rejected-after-interview') {
    if (!options.interviewAt) throw new ScreeningError('invalid_option', 'rejected-after-interview needs { interviewAt }')
    from = options.interviewAt.getTime() + policy.afterInterviewMinHours * HOUR
    deadline = options.interviewAt.getTime() + policy.maxDays * 24 * HOUR
    why = `not earlier than ${policy.afterInterviewMinHours} h after the interview`
  } else {
    from = submitted + policy.minDelayHours * HOUR
    deadline = Math.min(submitted + policy.slaHours * HOUR, submitted + policy.maxDays * 24 * HOUR)
    why = `not earlier than ${policy.minDelayHours} h after submission, so it does not feel automatic`
  }
  const earliest = Math.max(from, now.getTime())
  const send = nextWorkingMoment(earliest, policy)
  const breached = send > deadline
  const local = (t: number) => {
    const d = new TZDate(t, policy.timeZone)
    return `${DAYS[d.getDay()]} ${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
  }
  let reason = `${why}; ${send === earliest ? 'within working hours' : 'moved to the next working time'}: ${local(send)} ${policy.timeZone}`
  if (breached) reason += `; SLA breached: the deadline was ${local(deadline)}${now.getTime() > deadline ? ', already past' : ', with no working time before it'}`
  return { stage, sendAt: new Date(send).toISOString(), earliest: new Date(earliest).toISOString(), deadline: new Date(deadline).toISOString(), slaBreached: breached, reason }
}

/**
 * The first instant at or after `t` (ms since epoch) inside working hours on a working day
 * that is no holiday, in the policy's time zone.
 *
 * @example
 * ```ts
 * new Date(nextWorkingMoment(Date.parse('2026-11-21T10:00:00+01:00'), deliveryPolicy(criteria))) // Monday 08:00 local
 * ```
 * @category Send times
 */
export function nextWorkingMoment(t: number, policy: ResolvedPolicy): number {
  const [sh, sm] = policy.workingHours.start.split(':').map(Number) as [number, number]
  const [eh, em] = policy.workingHours.end.split(':').map(Number) as [number, number]
  const holidays = new Set(policy.holidays)
  const days = new Set(policy.workingDays)
  let day = new TZDate(t, policy.timeZone)
  for (let i = 0; i < 800; i++) {
    const y = day.getFullYear()
    const m = day.getMonth()
    const d = day.getDate()
    const ymd = `${y}-${pad(m + 1)}-${pad(d)}`
    if (days.has(DAYS[day.getDay()]!) && !holidays.has(ymd)) {
      // Wall-clock times built in the zone: 08:00 is 08:00 on both sides of a DST change.
      const open = new TZDate(y, m, d, sh, sm, 0, policy.timeZone).getTime()
      const close = new TZDate(y, m, d, eh, em, 0, policy.timeZone).getTime()
      if (t < close) return Math.max(t, open)
    }
    day = new TZDate(y, m, d + 1, 0, 0, 0, policy.timeZone)
    t = day.getTime()
  }
  throw new ScreeningError('no_working_time', 'the delivery policy has no working time in the next two years')
}
