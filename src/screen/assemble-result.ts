import { hashJson, sha256Hex } from '../criteria/hash.js'
import type { Locale } from '../criteria/schema.js'
import { VERSION } from '../version.js'
import type { CheckedEnvelope } from './application.js'
import { decide } from './decide.js'
import type { AuditNote, CriterionDraft, CriterionResult, ScreeningResult } from './result.js'
import { isoOf, type ScreeningPlan } from './screening-plan.js'

/**
 * The result of one application from its criterion results: the decision, the criteria by
 * status, and the audit record (the hashes of the criteria and of the answers, the engine
 * version, the time of the decision, its zone, and notes a later reader must know).
 */
export function assembleResult(
  plan: ScreeningPlan,
  env: CheckedEnvelope,
  drafts: CriterionDraft[],
  run: { now: Date; locale: Locale; notes: AuditNote[] | undefined },
): ScreeningResult {
  const criteria = plan.criteria
  const decision = decide(drafts as CriterionResult<boolean>[], plan.byId, criteria.decision)
  const app: ScreeningResult['application'] = { id: env.id, submittedAt: env.submittedAt }
  if (env.source !== undefined) app.source = env.source
  if (env.firstName !== undefined) app.firstName = env.firstName
  if (env.locale !== undefined) app.locale = env.locale
  const unmet: string[] = []
  const missing: string[] = []
  const invalid: string[] = []
  const review: string[] = []
  const skipped: string[] = []
  for (const r of drafts) {
    const st = r.status
    if (st === 'unmet') unmet.push(r.id)
    else if (st === 'missing') missing.push(r.id)
    else if (st === 'invalid' || st === 'error') invalid.push(r.id)
    else if (st === 'review') review.push(r.id)
    else if (st === 'skipped') skipped.push(r.id)
  }
  return {
    application: app,
    outcome: decision.outcome,
    nearMiss: decision.nearMiss,
    score: decision.score,
    maxScore: plan.maxScore,
    minScore: plan.minScore,
    locale: run.locale,
    // The draft holds exactly what the status calls for (evaluate-criterion), so it is the union.
    criteria: drafts as CriterionResult[],
    unmet,
    missing,
    invalid,
    review,
    skipped,
    audit: {
      criteriaId: criteria.id,
      criteriaVersion: criteria.version,
      criteriaHash: plan.hash,
      applicationHash: env.answersJson === undefined ? hashJson(env.answers) : sha256Hex(env.answersJson),
      engineVersion: VERSION,
      evaluatedAt: isoOf(plan, run.now),
      timeZone: plan.timeZone,
      ...(run.notes ? { notes: run.notes } : {}),
    },
  }
}
