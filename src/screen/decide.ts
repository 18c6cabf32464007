import type { Criteria, Criterion } from '../criteria/schema.js'
import { DEADLINE_ID } from './deadline.js'
import type { CriterionResult, Outcome } from './result.js'

/**
 * Turns criterion statuses into an outcome. A candidate is rejected only on what is known:
 * an unmet requirement, or a score that missing answers could not lift to `minScore`. When
 * missing, invalid or failed data, or an answer for a person to judge, could change the
 * outcome, or whether a rejection is a near miss, a human decides (`review`). A skipped
 * criterion (its `when` did not hold, or it was left unanswered with `onMissing: skip`) counts
 * neither way.
 * @category Screening
 */
export function decide(
  results: readonly CriterionResult<boolean>[],
  /** The file's criteria by id (a plan keeps this index). */
  byId: ReadonlyMap<string, Criterion>,
  decision: Criteria['decision'],
): { outcome: Outcome; nearMiss: boolean; score: number } {
  let score = 0
  let uncertainWeight = 0
  const unmetRequired: CriterionResult<boolean>[] = []
  let uncertainRequired = 0
  for (const r of results) {
    if (r.status === 'skipped') continue
    const uncertain =
      r.status === 'invalid' ||
      r.status === 'error' ||
      r.status === 'review' ||
      (r.status === 'missing' && onMissing(byId, r.id) === 'review')
    const unmet = r.status === 'unmet' || (r.status === 'missing' && onMissing(byId, r.id) === 'reject')
    if (r.required) {
      if (unmet) unmetRequired.push(r)
      else if (uncertain) uncertainRequired++
    } else if (r.status === 'met') score += r.weight
    else if (uncertain) uncertainWeight += r.weight
  }
  const min = decision.minScore
  let outcome: Outcome
  if (unmetRequired.length > 0) outcome = 'reject'
  else if (uncertainRequired > 0) outcome = 'review'
  else if (score >= min) outcome = 'pass'
  else outcome = score + uncertainWeight >= min ? 'review' : 'reject'

  let nearMiss = false
  if (outcome === 'reject' && !unmetRequired.some((r) => r.id === DEADLINE_ID)) {
    const margin = decision.nearMissMargin
    // A near miss on the score, or on the one unmet requirement that allows it. Whether a
    // rejection is a near miss (the talent-pool message, not a plain no) is part of the result:
    // when unknown answers could make it one, a person decides, as for any other outcome.
    const allowed =
      unmetRequired.length === 0
        ? margin > 0
        : unmetRequired.length === 1 && byId.get(unmetRequired[0]!.id)?.nearMissAllowed === true
    if (allowed) {
      nearMiss = uncertainRequired === 0 && score >= min - margin
      if (!nearMiss && score + uncertainWeight >= min - margin) outcome = 'review'
    }
  }
  return { outcome, nearMiss, score }
}

/** What a criterion's missing answer counts as (no closure per decision: every application is decided). */
function onMissing(byId: ReadonlyMap<string, Criterion>, id: string): 'review' | 'reject' | 'skip' {
  return byId.get(id)?.onMissing ?? 'review'
}
