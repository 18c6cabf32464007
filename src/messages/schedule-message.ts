import type { Stage } from '../criteria/schema.js'
import type { ScreeningResult } from '../screen/result.js'
import type { DeliveryPlan, ReviewPlan } from '../schedule/plan-delivery.js'
import type { PreparedMessages, PreparedRenderOptions } from './prepare-messages.js'
import type { RenderedMessage } from './render-message.js'
import type { Email } from './to-email.js'

/**
 * Options of {@link scheduleMessage}: those of {@link PreparedMessages.renderMessage} (the
 * injected `now`, the stage, the language …), the addresses of {@link toEmail}, and the time
 * of the interview a rejection after one is planned from.
 *
 * @example
 * ```ts
 * const options: ScheduleMessageOptions = { now: new Date(), from: 'Acme rekrytering <jobb@acme.se>', to: 'maja@example.se' }
 * ```
 * @category Messages
 */
export interface ScheduleMessageOptions extends PreparedRenderOptions {
  /** The sender, as {@link toEmail} takes it. */
  from: string
  /** The candidate's one address. */
  to: string
  /** Where replies go (default: the message's own, `messages.replyTo` of the criteria). */
  replyTo?: string
  /** When the interview was held, for `rejected-after-interview` (default: the one recorded with the person's decision). */
  interviewAt?: Date
}

/**
 * What every {@link ScheduledMessage} holds, whatever the outcome.
 *
 * @example
 * ```ts
 * const { stage, sendAt, message, email }: ScheduledMessageBase = scheduleMessage(path, result, { now, from, to })
 * ```
 * @category Messages
 */
export interface ScheduledMessageBase {
  /** The stage of the message (the one the result calls for, or the one asked for). */
  stage: Stage
  /** When to send it (ISO 8601, UTC): `plan.sendAt`, for a delayed job or an outbox row. */
  sendAt: string
  /** The rendered message. */
  message: RenderedMessage
  /** The email, ready for a mail library. */
  email: Email
}

/**
 * A message ready to queue ({@link scheduleMessage}): the rendered message, the email and the
 * plan of when to send it. A union on `outcome` (the outcome that stands: a person's decision,
 * else the program's): when it is `review`, `review` and `plan.review` are always there, with
 * the date a person must decide by and the date to remind the recruiter.
 *
 * @example
 * ```ts
 * const s: ScheduledMessage = scheduleMessage(path, result, { now, from, to })
 * await outbox.insert({ sendAt: s.sendAt, email: s.email })
 * if (s.outcome === 'review') await tasks.insert({ dueAt: s.review.by, remindAt: s.review.remindAt }) // no `!`
 * ```
 * @category Messages
 */
export type ScheduledMessage =
  | (ScheduledMessageBase & {
      outcome: 'review'
      plan: Extract<DeliveryPlan, { outcome: 'review' }>
      review: ReviewPlan
    })
  | (ScheduledMessageBase & {
      outcome: 'pass' | 'reject'
      plan: Extract<DeliveryPlan, { outcome: 'pass' | 'reject' }>
      review?: never
    })

/**
 * Renders a result's message, plans when it goes out and makes its email, in one call on a
 * prepared path ({@link prepareMessages}): exactly what `path.renderMessage`, then
 * `path.planDelivery` in the message's stage, then `path.toEmail` give (a test compares them),
 * at the same cost. Pure: `now` is injected, and the plan is in the job's time zone (the
 * criteria's `job.timezone`), whatever the server's. Throws what those throw: a
 * {@link ScreeningError} `stage_mismatch` for a stage the result does not call for,
 * `unsafe_header` for an address that is not one.
 *
 * @example
 * ```ts
 * const path = prepareMessages(screener) // once, beside the screener
 * const { sendAt, email, plan } = scheduleMessage(path, result, { now, from: 'Acme rekrytering <jobb@acme.se>', to: candidate.email })
 * await boss.send('send-email', { email }, { startAfter: new Date(sendAt) })
 * if (plan.slaBreached) alertRecruiter(plan.reason)
 * ```
 * @category Messages
 */
export function scheduleMessage(
  path: PreparedMessages,
  result: ScreeningResult<boolean>,
  options: ScheduleMessageOptions,
): ScheduledMessage {
  // The render options are read by name, so the addresses riding along change nothing. No object
  // rest (it costs about as much as planning); the common call, now alone, renders with an options
  // object of the same shape as a direct call's, which the prepared path copies per message.
  const alone =
    options.stage === undefined &&
    options.locale === undefined &&
    options.jobClosed === undefined &&
    options.meetingAt === undefined &&
    options.talentPoolUrl === undefined
  const message = path.renderMessage(result, alone ? { now: options.now } : options)
  const plan = path.planDelivery(
    result,
    options.interviewAt
      ? { now: options.now, stage: message.stage, interviewAt: options.interviewAt }
      : { now: options.now, stage: message.stage },
  )
  const email = path.toEmail(message, options)
  return plan.outcome === 'review'
    ? { outcome: plan.outcome, stage: message.stage, sendAt: plan.sendAt, message, email, plan, review: plan.review }
    : { outcome: plan.outcome, stage: message.stage, sendAt: plan.sendAt, message, email, plan }
}
