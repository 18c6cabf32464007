import { ScreeningError } from '../errors.js'
import type { CriterionStatus, ScreeningResult } from '../screen/result.js'
import { prepareDelivery, type PreparedDelivery, type ResolvedPolicy } from './plan-delivery.js'

/**
 * One thing a reviewer must look at: a criterion the program could not decide, the answers
 * that would decide it, and the note for the reviewer.
 *
 * @example
 * ```ts
 * const check: ReviewCheck = { criterion: 'licence', status: 'review', reason: 'B-körkort', fields: ['licence'], note: 'licence is marked for a person: check the foreign licence' }
 * ```
 * @category Send times
 */
export interface ReviewCheck {
  /** The criterion's id. */
  criterion: string
  /** Why the program could not decide it. */
  status: Extract<CriterionStatus, 'missing' | 'invalid' | 'review' | 'error'>
  /** The candidate-facing requirement, in the result's language. */
  reason: string
  /** The answers that would decide it. */
  fields: string[]
  /** What the reviewer is told: the problem's message (for an answer marked for a person, the field's `reviewNote` when it has one). */
  note: string
}

/**
 * A task for a person: an application in review, what to check, the date to decide by and a
 * concrete date to remind the recruiter, both instants a queue can schedule ({@link reviewTask}).
 *
 * @example
 * ```ts
 * const task: ReviewTask = { applicationId: 'a-1', criteriaId: 'frontend-developer', criteriaVersion: 3, dueAt: '2026-11-25T16:00:00.000Z', remindAt: '2026-11-23T07:00:00.000Z', overdue: false, checks: [] }
 * ```
 * @category Send times
 */
export interface ReviewTask {
  applicationId: string
  criteriaId: string
  criteriaVersion: string | number
  /**
   * When a person must have decided (ISO 8601, UTC): the review deadline the acknowledgement
   * promised the candidate (`plan.review.by`), the end of working hours on a working day.
   */
  dueAt: string
  /**
   * When to remind the recruiter (ISO 8601, UTC), never in the past and always in working time:
   * the plan's reminder (`plan.review.remindAt`, the start of working hours two working days
   * before `dueAt`) when it is still ahead, else the first working time from `now` (never after
   * `dueAt` unless the task is overdue).
   */
  remindAt: string
  /** True when `now` is past `dueAt`: the promise to the candidate is already broken. */
  overdue: boolean
  /** What to check, in the order of the criteria. */
  checks: ReviewCheck[]
}

const TO_CHECK = new Set<CriterionStatus>(['missing', 'invalid', 'review', 'error'])

/**
 * The review task of a result a person must decide: the criteria to check with the answers that
 * would decide them, the date to decide by (the date the candidate was promised) and a date to
 * remind the recruiter, computed from the injected `now` and the delivery policy's business
 * calendar (working hours, working days, holidays). Null when nobody needs to review: the
 * outcome is not `review`, or a person has already decided. `delivery` is a prepared planner
 * ({@link prepareDelivery}, or `path.delivery` of {@link prepareMessages}) or a policy.
 *
 * @example
 * ```ts
 * const task = reviewTask(result, path.delivery, { now })
 * if (task) {
 *   await db.insertReviewTask(task)
 *   await boss.send('remind-recruiter', { applicationId: task.applicationId }, { startAfter: new Date(task.remindAt) })
 * }
 * ```
 * @category Send times
 */
export function reviewTask(
  result: ScreeningResult<boolean>,
  delivery: PreparedDelivery | ResolvedPolicy,
  options: { now: Date },
): ReviewTask | null {
  if (result.outcome !== 'review' || result.decision) return null
  const prepared = 'planDelivery' in delivery ? delivery : prepareDelivery(delivery)
  const plan = prepared.planDelivery(result, { now: options.now, stage: 'received' })
  if (plan.outcome !== 'review')
    throw new ScreeningError(
      'invalid_result',
      `application ${result.application.id}: a result in review without a review plan`,
    )
  const now = options.now.getTime()
  const due = Date.parse(plan.review.by)
  const planned = Date.parse(plan.review.remindAt)
  const overdue = now > due
  const next = prepared.nextWorkingMoment(now)
  const remind = planned >= now ? planned : overdue ? next : Math.min(next, due)
  const checks: ReviewCheck[] = []
  for (const c of result.criteria)
    if (TO_CHECK.has(c.status) && c.problem)
      checks.push({
        criterion: c.id,
        status: c.status as ReviewCheck['status'],
        reason: c.reason,
        fields: [...(c.problem.fields ?? (c.problem.path ? [c.problem.path] : c.fields))],
        note: c.problem.message,
      })
  return {
    applicationId: result.application.id,
    criteriaId: result.audit.criteriaId,
    criteriaVersion: result.audit.criteriaVersion,
    dueAt: plan.review.by,
    remindAt: new Date(remind).toISOString(),
    overdue,
    checks,
  }
}
