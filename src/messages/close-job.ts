import { STAGES, type Locale, type Stage } from '../criteria/constants.js'
import { ScreeningError } from '../errors.js'
import type { Screener } from '../screen/compile-criteria.js'
import { currentOutcome } from '../screen/record-decision.js'
import type { ScreeningResult } from '../screen/result.js'
import type { DeliveryPlan } from '../schedule/plan-delivery.js'
import { FINAL_STAGES, stageFor } from '../schedule/stages.js'
import { prepareMessages } from './prepare-messages.js'
import type { RenderedMessage } from './render-message.js'

/**
 * An application of a job as the ATS knows it when the job closes: its result (with any
 * person's decision recorded on it) and the message stages already sent to the candidate.
 *
 * @example
 * ```ts
 * const open: JobApplication = { result, sent: ['received'] }
 * ```
 * @category Messages
 */
export interface JobApplication {
  result: ScreeningResult<boolean>
  /** Stages already sent to this candidate (in any order); an unknown stage is an error. */
  sent: readonly Stage[]
  /** The candidate's language, if not the result's. */
  locale?: Locale
}

/**
 * What {@link closeJob} decided for one application: the one final answer to send now, with its
 * send time.
 *
 * @example
 * ```ts
 * const a: ClosingAnswer = { id: 'fe-1004', stage: 'job-closed', message, plan }
 * ```
 * @category Messages
 */
export interface ClosingAnswer {
  id: string
  stage: Stage
  message: RenderedMessage
  plan: DeliveryPlan
}

/**
 * The answers {@link closeJob} plans, and the applications that already had their final answer.
 *
 * @example
 * ```ts
 * const { answers, alreadyAnswered } = closeJob(applications, { screener, now })
 * ```
 * @category Messages
 */
export interface JobClosing {
  /** One final answer for every application that had none, in input order. */
  answers: ClosingAnswer[]
  /** Applications that already had a final answer, with the stage that gave it. */
  alreadyAnswered: { id: string; stage: Stage }[]
}

/**
 * Options of {@link closeJob}.
 *
 * @example
 * ```ts
 * closeJob(applications, { screener, now: new Date(), reason: 'closed' })
 * ```
 * @category Messages
 */
export interface CloseJobOptions {
  screener: Screener
  /** When the job closes (injected clock): no answer is planned before it. */
  now: Date
  /** `filled` (default): the position is filled; `closed`: the job closed without being filled. */
  reason?: 'filled' | 'closed'
}

/**
 * Closes a job so that nobody is left without an answer. For every application without a final
 * answer yet it returns the right one: a rejection that was decided but not sent goes out as that
 * rejection (the program's or the person's, with its reasons); an application still in review,
 * or one that went on and was never turned down, gets `job-closed` ("the position is filled").
 * An application that already had a final answer (`rejected`, `late`, `talent-pool`,
 * `rejected-by-person`, `rejected-after-interview`, `job-closed`) gets none and is listed in
 * `alreadyAnswered`. The same application twice is an error, so nobody gets two answers.
 *
 * @example
 * ```ts
 * const { answers } = closeJob(applications, { screener, now: new Date() })
 * for (const a of answers) queue.send(a.message, { at: a.plan.sendAt })
 * ```
 * @category Messages
 */
export function closeJob(applications: Iterable<JobApplication>, options: CloseJobOptions): JobClosing {
  const { screener, now } = options
  if (!(now instanceof Date) || Number.isNaN(now.getTime()))
    throw new ScreeningError('invalid_option', 'closeJob() needs { now: Date }')
  if (options.reason !== undefined && options.reason !== 'filled' && options.reason !== 'closed')
    throw new ScreeningError('invalid_option', 'reason must be "filled" or "closed"')
  // One prepared path for every application of the job.
  const path = prepareMessages(screener)
  // The policy is resolved before any message, so that one that does not parse fails at once.
  void path.policy
  const seen = new Set<string>()
  const answers: ClosingAnswer[] = []
  const alreadyAnswered: JobClosing['alreadyAnswered'] = []
  let index = 0
  for (const entry of applications) {
    const where = `application ${index++}`
    const result = entry?.result
    if (!result || typeof result !== 'object' || !result.application || typeof result.application.id !== 'string')
      throw new ScreeningError('invalid_option', `closeJob: ${where} has no result with application.id`)
    const id = result.application.id
    if (seen.has(id))
      throw new ScreeningError(
        'invalid_option',
        `closeJob: application ${id} is listed twice; each application gets exactly one final answer`,
      )
    seen.add(id)
    if (result.audit?.criteriaHash !== screener.hash)
      throw new ScreeningError(
        'invalid_option',
        `closeJob: application ${id} was screened with other criteria than the screener given`,
      )
    if (!Array.isArray(entry.sent))
      throw new ScreeningError(
        'invalid_option',
        `closeJob: application ${id}: sent must be the list of stages already sent ([] for none)`,
      )
    for (const s of entry.sent)
      if (!STAGE_SET.has(s))
        throw new ScreeningError(
          'invalid_option',
          `closeJob: application ${id}: ${JSON.stringify(s)} is not a message stage`,
        )
    const final = entry.sent.find((s) => FINAL_STAGES.includes(s))
    if (final) {
      alreadyAnswered.push({ id, stage: final })
      continue
    }
    // A decided rejection not yet sent goes out as itself; anyone else still waiting hears the job closed.
    const stage: Stage = currentOutcome(result) === 'reject' ? stageFor(result) : 'job-closed'
    const message = path.renderMessage(result, {
      now,
      stage,
      ...(entry.locale ? { locale: entry.locale } : {}),
      ...(options.reason ? { jobClosed: options.reason } : {}),
    })
    const plan = path.planDelivery(result, { now, stage })
    answers.push({ id, stage, message, plan })
  }
  return { answers, alreadyAnswered }
}

const STAGE_SET = new Set<string>(STAGES)
