import { prepareMessages, type Screener, type ScreeningResult } from '../node/index.js'

/**
 * What `screen --messages` adds to each result: the rendered message and its planned send time,
 * through one message path prepared for the whole batch (templates, texts and calendar resolved once);
 * the send time's reason, which the recruiter reads, in the language `localeOf` gives (the run's,
 * or the block's in a table).
 */
export function messagesFor(
  screener: Screener,
  localeOf: (result: ScreeningResult) => 'sv' | 'en',
): (result: ScreeningResult, now: Date) => Record<string, unknown> {
  const path = prepareMessages(screener)
  return (result, now) => {
    const message = path.renderMessage(result, { now })
    const plan = path.planDelivery(result, { now, stage: message.stage, locale: localeOf(result) })
    return {
      message: {
        ...message,
        sendAt: plan.sendAt,
        deadline: plan.deadline,
        slaBreached: plan.slaBreached,
        reason: plan.reason,
        ...(plan.review ? { review: plan.review } : {}),
      },
    }
  }
}
