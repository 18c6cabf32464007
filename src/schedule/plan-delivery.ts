import { DeliveryPolicySchema, type Criteria, type DeliveryPolicy, type Stage } from '../criteria/schema.js'
import { ScreeningError } from '../errors.js'
import { parseEpoch } from '../time/dates.js'
import { isoInstant } from '../time/iso-instant.js'
import type { Outcome, ScreeningResult } from '../screen/result.js'
import { createCalendar, type Calendar } from './calendar.js'
import { currentOutcome } from '../screen/record-decision.js'
import { checkStage, stageFor } from './stages.js'
import { DELIVERY_WORDS } from './delivery-wording.js'

/**
 * A send-time policy with the job's time zone, holidays resolved (`se` by default for jobs in
 * Europe/Stockholm, none elsewhere). Read as immutable: a prepared planner ({@link prepareDelivery})
 * remembers the working days of its policy, so build a new one rather than change one
 * (`deliveryPolicy` freezes its own).
 *
 * @example
 * ```ts
 * const policy: ResolvedPolicy = { ...deliveryPolicy(screener.criteria) } // 08:00–17:00 Mon–Fri, Swedish holidays, 4 h minimum, 48 h SLA on working days
 * ```
 * @category Send times
 */
export type ResolvedPolicy = Omit<DeliveryPolicy, 'holidays'> & { timeZone: string; holidays: 'se' | 'none' | string[] }

/**
 * The send-time policy of a criteria file, defaults applied: working hours 08:00–17:00
 * Monday to Friday; Swedish public holidays and eves for jobs in Europe/Stockholm; the
 * acknowledgement at once; good news without delay; a rejection no earlier than 4 hours after
 * submission, not after Friday 12:00 nor after 12:00 on the last working day before days off,
 * and no later than 48 hours counted on working days; a rejection after an interview no
 * earlier than 24 hours after it; nothing later than 10 days; human review decided within 5
 * working days. In the job's time zone.
 *
 * @example
 * ```ts
 * const policy = deliveryPolicy(screener.criteria)
 * policy.timeZone // 'Europe/Stockholm'
 * ```
 * @category Send times
 */
export function deliveryPolicy(criteria: Criteria): ResolvedPolicy {
  if (typeof criteria !== 'object' || criteria === null || typeof criteria.job !== 'object')
    throw new ScreeningError(
      'invalid_option',
      'deliveryPolicy() needs the criteria of a screener: deliveryPolicy(screener.criteria)',
    )
  // Resolved once per prepared path (prepareMessages, prepareDelivery), not per application.
  const parsed = DeliveryPolicySchema.parse(criteria.delivery ?? {})
  const holidays = parsed.holidays ?? (criteria.job.timezone === 'Europe/Stockholm' ? 'se' : 'none')
  return Object.freeze({ ...parsed, holidays, timeZone: criteria.job.timezone })
}

/**
 * For an application in human review: when a person must have decided, and when to remind the
 * recruiter. Both are dates an ATS can schedule.
 *
 * @example
 * ```ts
 * const review: ReviewPlan = { by: '2026-11-25T16:00:00.000Z', remindAt: '2026-11-23T07:00:00.000Z' } // Wednesday 17:00, Monday 08:00 in Stockholm
 * ```
 * @category Send times
 */
export interface ReviewPlan {
  /**
   * The review deadline: the end of working hours on the `reviewWorkingDays`-th working day
   * after the day of submission (never later than `maxDays`). The acknowledgement promises
   * this date (`replyBy`), and the decision's message must go out by then.
   */
  by: string
  /**
   * When to remind the recruiter: the start of working hours two working days before the day
   * of `by` (so that two working days remain), or the first working time after submission
   * when the review time is shorter.
   */
  remindAt: string
}

/**
 * What every {@link DeliveryPlan} holds.
 *
 * @example
 * ```ts
 * const base: DeliveryPlanBase = { stage: 'rejected', sendAt: '2026-11-23T07:00:00.000Z', earliest: '2026-11-20T12:14:00.000Z', deadline: '2026-11-23T16:00:00.000Z', slaBreached: false, reason: '…' }
 * ```
 * @category Send times
 */
export interface DeliveryPlanBase {
  /** The message stage planned. */
  stage: Stage
  /** When to send (ISO 8601, UTC). */
  sendAt: string
  /** Not before this: the minimum delay after submission (or interview), or now. */
  earliest: string
  /**
   * The message must go out by then: for a decision, the date the acknowledgement promised
   * (the end of working hours on the last working day within the SLA, or `review.by`).
   */
  deadline: string
  /** True when no allowed sending time between `earliest` and `deadline` exists (or it has passed). */
  slaBreached: boolean
  /** Why this time, in words for recruiters. */
  reason: string
  /**
   * The date the candidate can plan by, for the message to state, always the end of working
   * hours on a working day that is no holiday: for `received`, when the decision is due (the
   * review deadline for an application in review, otherwise the last working day within the
   * SLA, never after it); for `advance`, when the contact person will have been in touch.
   * Absent when the policy leaves no working day to promise (an SLA shorter than the time
   * to the end of the next working day).
   */
  replyBy?: string
}

/**
 * When a message should go out, and why. `outcome` is the one that stands (a person's decision, else the program's): when it is `review`,
 * `review` says by when a person must decide and when to remind the recruiter.
 *
 * @example
 * ```ts
 * const plan: DeliveryPlan = planDelivery(result, policy, { now })
 * if (plan.outcome === 'review') scheduleReminder(plan.review.remindAt)
 * ```
 * @category Send times
 */
export type DeliveryPlan =
  | (DeliveryPlanBase & { outcome: Exclude<Outcome, 'review'>; review?: never })
  | (DeliveryPlanBase & { outcome: 'review'; review: ReviewPlan })

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
  /** When the interview was held (for `rejected-after-interview`); by default the one recorded with the person's decision. */
  interviewAt?: Date
  /** The language of the plan's `reason`, which a recruiter reads; English by default. */
  locale?: 'sv' | 'en'
}

// Which stage a result calls for, and which fit it, live in stages.ts; re-exported for old deep imports.
export { stageFor } from './stages.js'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const REJECTIONS = new Set<Stage>([
  'rejected',
  'late',
  'talent-pool',
  'rejected-by-person',
  'rejected-after-interview',
  'job-closed',
])

/**
 * Plans when a message goes out. The acknowledgement (`received`) goes out at once (or in
 * working hours, if the policy says so); good news (`advance`) at the next working moment;
 * a rejection no earlier than the minimum delay after submission (or after the interview),
 * inside working hours on a working day that is no holiday, not after the weekly cut-off
 * (Friday 12:00 by default) and not after the cut-off on the last working day before days off
 * (12:00 by default, before a weekend, a holiday or an eve). The SLA is counted on the
 * policy's clock (working days by default, so a weekend does not eat it) and capped at
 * `maxDays`; what the candidate is promised (`replyBy`) is the end of working hours on the
 * last working day within it, and the decision must go out by then. An application in human
 * review is promised `review.by`, `reviewWorkingDays` working days away, and gets a date to
 * remind the recruiter. Works on wall-clock time in the job's time zone, so it is right across
 * daylight-saving changes. Pure: the clock is injected.
 *
 * @example
 * ```ts
 * const plan = planDelivery(result, deliveryPolicy(screener.criteria), { now: new Date() })
 * plan.sendAt // '2026-11-23T07:00:00.000Z' (Monday 08:00 in Stockholm)
 * ```
 * @category Send times
 */
export function planDelivery(
  result: ScreeningResult<boolean>,
  policy: ResolvedPolicy,
  options: PlanOptions,
): DeliveryPlan {
  checkNow(options)
  checkPolicy(policy)
  return planOn(createCalendar(policy), result, options)
}

/**
 * A delivery policy prepared for planning many messages: its calendar (the days of its zone,
 * working days, holidays per year, working hours) is worked out once and kept in this object,
 * so that each plan costs only what depends on the result. Returns what {@link planDelivery}
 * returns for the same arguments.
 *
 * @example
 * ```ts
 * const delivery = prepareDelivery(deliveryPolicy(screener.criteria))
 * for (const result of results) queue.at(delivery.planDelivery(result, { now }).sendAt, result)
 * ```
 * @category Send times
 */
export interface PreparedDelivery {
  /** The policy planned by. */
  readonly policy: ResolvedPolicy
  /** {@link planDelivery} with this policy. */
  planDelivery(result: ScreeningResult<boolean>, options: PlanOptions): DeliveryPlan
  /** {@link nextWorkingMoment} with this policy. */
  nextWorkingMoment(t: number): number
  /**
   * The `replyBy` of {@link PreparedDelivery.planDelivery}'s plan alone, for the same arguments
   * (undefined where the plan has none), with the same checks and errors: what a message states
   * as the date to plan by, without writing out the rest of the plan.
   *
   * @example
   * ```ts
   * delivery.replyBy(result, { now: new Date(), stage: 'received' }) // '2026-11-25T16:00:00.000Z'
   * ```
   */
  replyBy(result: ScreeningResult<boolean>, options: PlanOptions): string | undefined
}

/**
 * Prepares a delivery policy for planning many messages ({@link PreparedDelivery}): the
 * calendar is built once, in the returned object (nothing is kept anywhere else), and each
 * plan is the same as {@link planDelivery}'s. Keep one per policy, for as long as the policy
 * is used; read the policy as immutable.
 *
 * @example
 * ```ts
 * const delivery = prepareDelivery(deliveryPolicy(screener.criteria))
 * delivery.planDelivery(result, { now: new Date() }).sendAt // '2026-11-23T07:00:00.000Z'
 * ```
 * @category Send times
 */
export function prepareDelivery(policy: ResolvedPolicy): PreparedDelivery {
  checkPolicy(policy)
  const cal = createCalendar(policy)
  return {
    policy,
    planDelivery: (result, options) => {
      checkNow(options)
      return planOn(cal, result, options)
    },
    nextWorkingMoment: (t) => nextMoment(t, cal),
    replyBy: (result, options) => {
      checkNow(options)
      return planOn(cal, result, options, true)
    },
  }
}

function checkNow(options: PlanOptions | undefined): void {
  // Called from JavaScript, the options may be missing: a typed error, not a TypeError.
  const now = options?.now
  if (!(now instanceof Date) || Number.isNaN(now.getTime()))
    throw new ScreeningError('invalid_option', 'planDelivery() needs { now: Date } as its third argument')
}

/** The policy is what deliveryPolicy(criteria) returns; anything else is a typed error. */
function checkPolicy(policy: ResolvedPolicy | undefined): void {
  if (typeof policy !== 'object' || policy === null || typeof policy.timeZone !== 'string')
    throw new ScreeningError(
      'invalid_option',
      'planDelivery() needs a delivery policy as its second argument: deliveryPolicy(screener.criteria)',
    )
}

/**
 * {@link planDelivery} on a calendar of the policy; with `replyByOnly`, the plan's `replyBy`
 * alone (what a message states), with the same checks and errors and nothing else written out.
 */
function planOn(cal: Calendar, result: ScreeningResult<boolean>, options: PlanOptions): DeliveryPlan
function planOn(
  cal: Calendar,
  result: ScreeningResult<boolean>,
  options: PlanOptions,
  replyByOnly: true,
): string | undefined
function planOn(
  cal: Calendar,
  result: ScreeningResult<boolean>,
  options: PlanOptions,
  replyByOnly = false,
): DeliveryPlan | string | undefined {
  const say = DELIVERY_WORDS[options.locale ?? 'en']
  const policy = cal.policy
  const now = options.now
  const stage = options.stage ?? stageFor(result)
  // A plan for a message that does not fit the decision would send it.
  checkStage(result, stage)
  // In the job's zone, as screen() read it: the server's TZ never moves a send time.
  const submitted = parseEpoch(result.application.submittedAt, policy.timeZone)
  if (Number.isNaN(submitted))
    throw new ScreeningError('invalid_result', `submittedAt "${result.application.submittedAt}" is not a date-time`)
  const sla = Math.min(
    addOnClock(submitted, policy.slaHours * HOUR, policy.slaClock, cal),
    submitted + policy.maxDays * DAY,
  )
  // What a candidate is told is a working day, never after the real deadline: the end of
  // working hours on the last working day within the SLA (none when no working day ends in it).
  const slaPromise = promiseBy(submitted, sla, cal)
  // An application the program sent to review was promised the review date: a person's
  // decision on it (pass or reject) goes out by then too.
  const review = result.outcome === 'review' ? reviewPlan(submitted, cal) : undefined
  // The decision must go out by the date the candidate was promised.
  const decisionBy = review ? review.by : (slaPromise ?? sla)
  let from: number
  let deadline: number
  let why: string
  let inWorkingHours = true
  if (stage === 'received') {
    from = submitted
    deadline = policy.acknowledgeInWorkingHours ? Math.min(slaPromise ?? sla, decisionBy) : submitted + HOUR
    inWorkingHours = policy.acknowledgeInWorkingHours
    why = inWorkingHours ? say.acknowledgeWorking : say.acknowledgeAtOnce
  } else if (stage === 'advance') {
    from = submitted
    deadline = decisionBy
    why = say.advance
  } else if (stage === 'rejected-after-interview') {
    const interview =
      options.interviewAt?.getTime() ??
      (result.decision?.interviewAt ? Date.parse(result.decision.interviewAt) : Number.NaN)
    if (Number.isNaN(interview))
      throw new ScreeningError('invalid_option', 'rejected-after-interview needs { interviewAt }')
    from = Math.max(interview + policy.afterInterviewMinHours * HOUR, Date.parse(result.decision!.at))
    deadline = interview + policy.maxDays * DAY
    why = say.afterInterview(policy.afterInterviewMinHours)
  } else if (stage === 'rejected-by-person') {
    // A person decided: the answer goes out in working time, within the SLA counted from the decision.
    const at = Date.parse(result.decision!.at)
    from = at
    deadline = review ? review.by : addOnClock(at, policy.slaHours * HOUR, policy.slaClock, cal)
    why = say.personDecided
  } else if (stage === 'job-closed') {
    // Nobody is left without an answer: from the moment the job closes, within the SLA.
    from = now.getTime()
    deadline = addOnClock(now.getTime(), policy.slaHours * HOUR, policy.slaClock, cal)
    why = say.jobClosed
  } else {
    from = submitted + policy.minDelayHours * HOUR
    deadline = decisionBy
    why = say.minDelay(policy.minDelayHours)
  }
  const earliest = Math.max(from, now.getTime())
  let send = inWorkingHours ? nextMoment(earliest, cal) : earliest
  // A rejection waits out the weekly cut-off and the cut-off before days off, which may
  // follow each other (Thursday before a Friday holiday, then the weekend).
  let cutOff: string | undefined
  if (REJECTIONS.has(stage))
    for (let i = 0; ; i++) {
      const weekly = policy.rejectionsNotAfter ? blockedUntil(send, cal) : null
      const dayOff = weekly === null ? beforeDaysOff(send, cal) : null
      const until = weekly ?? dayOff
      if (until === null) break
      if (i === 800)
        throw new ScreeningError(
          'no_working_time',
          'the delivery policy leaves no working time before its cut-offs for rejections',
        )
      cutOff =
        weekly !== null
          ? say.weeklyCutOff(policy.rejectionsNotAfter!.day, policy.rejectionsNotAfter!.time)
          : say.daysOffCutOff(String(policy.rejectionsBeforeDaysOff))
      send = nextMoment(until, cal)
    }
  const replyBy =
    stage === 'received'
      ? review
        ? review.by
        : (slaPromise ?? undefined)
      : stage === 'advance'
        ? endOfWorkingDay(addWorkingDays(send, policy.followUpWorkingDays, cal), cal)
        : undefined
  if (replyByOnly) return replyBy === undefined ? undefined : isoInstant(replyBy)
  // "wed 2026-12-16 08:00", the weekday in the reason's language.
  const local = (t: number): string => cal.local(t, say.days)
  const breached = send > deadline
  const moved =
    cutOff ?? (send === earliest ? (inWorkingHours ? say.withinWorkingHours : say.atOnce) : say.nextWorkingTime)
  // "the acknowledgement goes out at once: sat …", not "…at once; at once: sat …".
  let reason = `${why}${moved === say.atOnce && why === say.acknowledgeAtOnce ? '' : `; ${moved}`}: ${local(send)} ${policy.timeZone}`
  if (breached) reason += `; ${say.breached(local(deadline), now.getTime() > deadline)}`
  const plan = {
    stage,
    sendAt: isoInstant(send),
    earliest: isoInstant(earliest),
    deadline: isoInstant(deadline),
    slaBreached: breached,
    reason,
  } as DeliveryPlanBase & { outcome: Outcome; review?: ReviewPlan }
  if (replyBy !== undefined) plan.replyBy = isoInstant(replyBy)
  // Once a person has decided, the review is over: the plan carries the outcome that stands.
  const outcome = currentOutcome(result)
  plan.outcome = outcome
  // A person decides pass or reject, so an outcome still in review is the program's, and has its plan.
  if (outcome === 'review') plan.review = { by: isoInstant(review!.by), remindAt: isoInstant(review!.remindAt) }
  return plan as DeliveryPlan
}

/**
 * The review deadline of an application submitted at `submitted` (the end of working hours on
 * the `reviewWorkingDays`-th working day after its day, but no later than the last working day
 * within `maxDays`), and when to remind the recruiter (the start of working hours two working
 * days before that day, but not before the first working time after submission).
 */
function reviewPlan(submitted: number, cal: Calendar): { by: number; remindAt: number } {
  const policy = cal.policy
  let by = endOfWorkingDay(addWorkingDays(submitted, policy.reviewWorkingDays, cal), cal)
  const cap = promiseBy(submitted, submitted + policy.maxDays * DAY, cal)
  if (cap !== null && cap < by) by = cap
  const [sh, sm] = cal.start
  const remindAt = Math.max(cal.dayOf(subtractWorkingDays(by, 2, cal)).at(sh, sm), nextMoment(submitted, cal))
  return { by, remindAt: Math.min(remindAt, by) }
}

/**
 * The end of working hours on the last working day that ends at or before `deadline` (and
 * after `from`): the date a candidate can be promised. Null when no working day ends between.
 */
function promiseBy(from: number, deadline: number, cal: Calendar): number | null {
  const [eh, em] = cal.end
  let d = cal.dayOf(deadline)
  for (let i = 0; i < 3660 && d.next > from; i++) {
    if (d.working) {
      const end = d.at(eh, em)
      if (end <= deadline) return end > from ? end : null
    }
    d = cal.dayOf(d.start - 1)
  }
  return null
}

/**
 * `amount` ms after `t` on a clock: calendar time, only the hours of working days
 * (weekends and holidays stand still), or only working hours.
 */
function addOnClock(t: number, amount: number, clock: ResolvedPolicy['slaClock'], cal: Calendar): number {
  if (clock === 'calendar') return t + amount
  const [sh, sm] = cal.start
  const [eh, em] = cal.end
  let left = amount
  for (let i = 0; i < 3660; i++) {
    const d = cal.dayOf(t)
    if (d.working) {
      const open = clock === 'working-hours' ? Math.max(t, d.at(sh, sm)) : t
      const close = clock === 'working-hours' ? d.at(eh, em) : d.next
      if (open < close) {
        if (open + left <= close) return open + left
        left -= close - open
      }
    }
    t = d.next
  }
  throw new ScreeningError('no_working_time', 'the delivery policy has no working time in the next ten years')
}

/** The start of the working day `n` working days after the day of `t` (the same time of day when it is one). */
function addWorkingDays(t: number, n: number, cal: Calendar): number {
  let left = n
  for (let i = 0; i < 3660 && left > 0; i++) {
    t = cal.dayOf(t).next
    if (cal.dayOf(t).working) left--
  }
  return t
}

/** The start of the working day `n` working days before the day of `t`. */
function subtractWorkingDays(t: number, n: number, cal: Calendar): number {
  let left = n
  let d = cal.dayOf(t)
  for (let i = 0; i < 3660 && left > 0; i++) {
    d = cal.dayOf(d.start - 1)
    if (d.working) left--
  }
  return d.start
}

/** The end of working hours on the day of `t`. */
function endOfWorkingDay(t: number, cal: Calendar): number {
  const [eh, em] = cal.end
  return cal.dayOf(t).at(eh, em)
}

/**
 * When `t` falls after the weekly cut-off for rejections (and before the next week starts,
 * Monday 00:00), the start of the next week; otherwise null.
 */
function blockedUntil(t: number, cal: Calendar): number | null {
  const cut = cal.weeklyCutOff!
  let d = cal.dayOf(t)
  // Days since Monday: Monday 0 … Sunday 6.
  const sinceMonday = (d.weekday + 6) % 7
  if (sinceMonday < cut.sinceMonday) return null
  if (sinceMonday === cut.sinceMonday && t < d.at(cut.h, cut.m)) return null
  // The next Monday 00:00 in the zone.
  for (let i = sinceMonday; i < 7; i++) d = cal.dayOf(d.next)
  return d.start
}

/**
 * When `t` is after the cut-off before days off (`rejectionsBeforeDaysOff`) on a working day
 * whose next day is not a working day (a weekend, a holiday, an eve), the start of the day after
 * it; otherwise null. The caller moves on to the next working moment from there.
 */
function beforeDaysOff(t: number, cal: Calendar): number | null {
  const cut = cal.daysOffCutOff
  if (!cut) return null
  const d = cal.dayOf(t)
  if (!d.working || t < d.at(cut[0], cut[1]) || cal.dayOf(d.next).working) return null
  return d.next
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
  return nextMoment(t, createCalendar(policy))
}

function nextMoment(t: number, cal: Calendar): number {
  const [sh, sm] = cal.start
  const [eh, em] = cal.end
  for (let i = 0; i < 800; i++) {
    const d = cal.dayOf(t)
    // Wall-clock times built in the zone: 08:00 is 08:00 on both sides of a DST change.
    if (d.working) {
      const open = d.at(sh, sm)
      const close = d.at(eh, em)
      if (t < close) return Math.max(t, open)
    }
    t = d.next
  }
  throw new ScreeningError('no_working_time', 'the delivery policy has no working time in the next two years')
}
