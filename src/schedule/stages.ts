import type { Stage } from '../criteria/schema.js'
import { ScreeningError } from '../errors.js'
import { DEADLINE_ID } from '../screen/deadline.js'
import { currentOutcome } from '../screen/record-decision.js'
import type { ScreeningResult } from '../screen/result.js'

/**
 * The message stage a screening result calls for. The program decided: `advance` for a pass,
 * `late` for an application after the closing date, `talent-pool` for a near miss, `rejected`
 * for other rejections, and `received` (an acknowledgement) while a human reviews. A person
 * decided ({@link recordDecision}): `advance` for a pass, `rejected-after-interview` for a
 * rejection after an interview, `rejected-by-person` for other rejections.
 *
 * @example
 * ```ts
 * stageFor(result) // 'talent-pool'
 * ```
 * @category Send times
 */
export function stageFor(result: ScreeningResult<boolean>): Stage {
  const person = result.decision
  if (person)
    return person.outcome === 'pass'
      ? 'advance'
      : person.interviewAt
        ? 'rejected-after-interview'
        : 'rejected-by-person'
  if (result.outcome === 'pass') return 'advance'
  if (result.outcome === 'review') return 'received'
  if (result.unmet.includes(DEADLINE_ID)) return 'late'
  return result.nearMiss ? 'talent-pool' : 'rejected'
}

/**
 * The stages that end a candidate's process: once one is sent, nobody sends another answer
 * ({@link closeJob} skips them).
 *
 * @example
 * ```ts
 * FINAL_STAGES.includes('talent-pool') // true
 * ```
 * @category Send times
 */
export const FINAL_STAGES: readonly Stage[] = Object.freeze([
  'rejected',
  'late',
  'talent-pool',
  'rejected-by-person',
  'rejected-after-interview',
  'job-closed',
] as const)

/**
 * Why a message stage does not fit a result, or null when it does. A message must not say
 * something the decision was not: `rejected` is the program's rejection (a passing result that no
 * person rejected gets none), `rejected-by-person` and `rejected-after-interview` need a person's
 * rejection (with an interview for the latter), `advance` a pass, `job-closed` an application
 * nobody has rejected. `received` fits every result.
 *
 * @example
 * ```ts
 * stageProblem(passingResult, 'rejected') // 'the rejected message is for an application the program rejected; …'
 * ```
 * @category Send times
 */
export function stageProblem(result: ScreeningResult<boolean>, stage: Stage): string | null {
  const person = result.decision
  const now = currentOutcome(result)
  // Every message asks this: the explanation is only written for a refusal.
  const refuse = (needs: string, hint = '') => {
    const was = person
      ? `a person (${person.by}) ${person.outcome === 'pass' ? 'passed' : person.interviewAt ? 'rejected it after an interview' : 'rejected'} it`
      : `the program's outcome is ${result.outcome}${result.outcome === 'reject' && result.unmet.includes(DEADLINE_ID) ? ' (late)' : result.nearMiss ? ' (a near miss)' : ''}`
    const suggested = stageFor(result)
    const use = [suggested === stage ? '' : `the stage for this result is ${suggested}`, hint]
      .filter(Boolean)
      .join('; ')
    return `the ${stage} message is for ${needs}; here ${was}${use ? `: ${use}` : ''}`
  }
  switch (stage) {
    case 'received':
      return null
    case 'advance':
      return now === 'pass' ? null : refuse('an application that goes on (a pass)')
    case 'rejected':
    case 'late':
    case 'talent-pool': {
      if (person) return refuse("the program's rejection, with no person's decision after it")
      if (result.outcome !== 'reject')
        return refuse('an application the program rejected', 'if a person rejects it, record that with recordDecision')
      const late = result.unmet.includes(DEADLINE_ID)
      if (stage === 'late' && !late) return refuse('an application that came in after the closing date')
      if (stage !== 'late' && late) return refuse('an application that came in before the closing date')
      if (stage === 'talent-pool' && !result.nearMiss) return refuse('a near miss')
      return null
    }
    case 'rejected-by-person':
    case 'rejected-after-interview':
      if (person?.outcome !== 'reject') return refuse("a person's rejection (recorded with recordDecision)")
      if (stage === 'rejected-after-interview' && !person.interviewAt)
        return refuse('a rejection after an interview (recordDecision with interviewAt)')
      if (stage === 'rejected-by-person' && person.interviewAt) return refuse('a rejection without an interview')
      return null
    case 'job-closed':
      return now === 'reject'
        ? refuse('an application still open when the job closes', 'it already has its answer')
        : null
  }
}

/**
 * Throws a `ScreeningError` with code `stage_mismatch` when a stage does not fit a result
 * ({@link stageProblem}): a message must never tell a candidate something that was not decided.
 *
 * @example
 * ```ts
 * checkStage(result, 'rejected') // throws for a pass
 * ```
 * @category Send times
 */
export function checkStage(result: ScreeningResult<boolean>, stage: Stage): void {
  const problem = stageProblem(result, stage)
  if (problem) throw new ScreeningError('stage_mismatch', `application ${result.application.id}: ${problem}`)
}
