import { renderMessage, deliveryPolicy, planDelivery, type Screener, type ScreeningResult } from '../node/index.js'

/** What `--messages` needs. */
export interface MessageOptions {
  screener: Screener
  now: Date
}

/** The rendered message and its planned send time, added to a result by `screen --messages`. */
export function messagesFor(result: ScreeningResult, options: MessageOptions): Record<string, unknown> {
  const message = renderMessage(result, { screener: options.screener, now: options.now })
  const plan = planDelivery(result, deliveryPolicy(options.screener.criteria), { now: options.now, stage: message.stage })
  return { message: { ...message, sendAt: plan.sendAt, deadline: plan.deadline, slaBreached: plan.slaBreached, reason: plan.reason, ...(plan.review ? { review: plan.review } : {}) } }
}
