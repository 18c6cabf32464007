import { prepareMessages, type PreparedMessages, type ScreeningResult } from '../node/index.js'

/** What `--messages` needs: the screener's message path, prepared once for the whole batch. */
export interface MessageOptions {
  path: PreparedMessages
  now: Date
}

/** The message path of a screener, prepared once per batch (templates, texts and calendar resolved once). */
export { prepareMessages }

/** The rendered message and its planned send time, added to a result by `screen --messages`. */
export function messagesFor(result: ScreeningResult, options: MessageOptions): Record<string, unknown> {
  const message = options.path.renderMessage(result, { now: options.now })
  const plan = options.path.planDelivery(result, { now: options.now, stage: message.stage })
  return { message: { ...message, sendAt: plan.sendAt, deadline: plan.deadline, slaBreached: plan.slaBreached, reason: plan.reason, ...(plan.review ? { review: plan.review } : {}) } }
}
