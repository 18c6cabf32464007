import type { Stage } from '../../src/criteria/schema'
import type { Screener } from '../../src/screen/compile-criteria'
import { recordDecision } from '../../src/screen/record-decision'
import type { PersonDecision, ScreeningResult } from '../../src/screen/result'

// Messages refuse a stage that does not fit the decision (stage_mismatch). Tests that show a
// stage with the unmet requirements of one application turn its result into one the stage fits:
// the program's outcome that stage is for, or a person's decision naming the same requirements.
const DAY = 86_400_000
export function fitStage<R extends ScreeningResult<boolean>>(screener: Screener, result: R, stage: Stage): R {
  const submitted = Date.parse(result.audit.evaluatedAt)
  const unmet = result.unmet.filter((id) => id !== 'deadline')
  const as = (patch: Partial<ScreeningResult<boolean>>) =>
    ({ ...result, ...patch, audit: { ...result.audit, criteriaHash: screener.hash } }) as R
  const person = (interview: boolean) =>
    recordDecision(
      as({ outcome: interview ? 'pass' : 'review' }),
      {
        outcome: 'reject',
        reasons: unmet.length
          ? { criteria: unmet }
          : {
              text: {
                sv: 'Vi gick vidare med kandidater med längre erfarenhet.',
                en: 'We went on with candidates with longer experience.',
              },
            },
        by: 'Sara Lind',
        at: new Date(submitted + 2 * DAY),
        ...(interview ? { interviewAt: new Date(submitted + DAY) } : {}),
      },
      { screener },
    )
  switch (stage) {
    case 'received':
    case 'job-closed':
      return as({ outcome: 'review', nearMiss: false })
    case 'advance':
      return as({ outcome: 'pass', nearMiss: false })
    case 'rejected':
      return as({ outcome: 'reject', nearMiss: false, unmet })
    case 'late':
      return as({ outcome: 'reject', nearMiss: false, unmet: ['deadline', ...unmet] })
    case 'talent-pool':
      return as({ outcome: 'reject', nearMiss: true, unmet })
    case 'rejected-by-person':
      return person(false)
    case 'rejected-after-interview':
      return person(true)
  }
}

/**
 * A person's decision on a bare result (built by hand, no screener), as recordDecision records
 * it: for plans, which read only the outcome, the times and the interview.
 */
export function withDecision<R extends ScreeningResult<boolean>>(
  r: R,
  outcome: 'pass' | 'reject',
  at: string | Date,
  interviewAt?: string | Date,
): R {
  const iso = (t: string | Date) => new Date(t).toISOString()
  const decision: PersonDecision = {
    outcome,
    by: 'Sara',
    at: iso(at),
    reasons: { criteria: outcome === 'reject' ? ['x'] : [], text: {} },
    previous: { outcome: r.outcome, decidedBy: 'program', hash: '' },
  }
  if (interviewAt !== undefined) decision.interviewAt = iso(interviewAt)
  return { ...r, decision }
}
