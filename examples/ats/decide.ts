// A person's decision and its message: recorded on the result the program made (never over it),
// the review task closed, messages planned before that no longer fit cancelled, and the message
// of the decision queued.
import { FINAL_STAGES, isDecisionError, recordDecision, stageFor, type DecisionInput, type Stage } from 'autoscreen'
import type { Ats } from './ats.js'
import { inTransaction } from './db.js'
import { currentResult, storeResult } from './results.js'
import { closeReviewTask } from './review.js'
import { cancelMessages, planMessage, plannedMessages } from './schedule.js'

export type Decided =
  | { status: 200; stage: Stage; sendAt: string }
  | { status: 422; field: string; problem: string; message: string }
  | { status: 404 | 409; error: string }

/** What the reviewer's form posts: the decision without its time (the server's clock says when). */
export type DecisionForm = Omit<DecisionInput, 'at'>

export async function decide(ats: Ats, jobId: string, applicationId: string, form: DecisionForm): Promise<Decided> {
  const now = ats.clock.now()
  return inTransaction(ats.pool, async (tx) => {
    const current = await currentResult(tx, jobId, applicationId)
    if (!current) return { status: 404, error: `no application ${applicationId} to job ${jobId}` }
    const job = await tx.query('select 1 from jobs where id = $1 and closed_at is not null', [current.jobId])
    if (job.rowCount) return { status: 409, error: `job ${current.jobId} is closed: everyone was answered` }
    if (current.delivered.some((s) => FINAL_STAGES.includes(s)))
      return { status: 409, error: `application ${applicationId} has had its final answer` }
    // The decision is recorded with the criteria the result was screened with.
    const compiled = await ats.criteria.byHash(tx, current.jobId, current.result.audit.criteriaHash)
    let decided
    try {
      decided = recordDecision(current.result, { ...form, at: now }, { screener: compiled.screener })
    } catch (e) {
      // No reasons for a rejection, a reason in one language only, a criterion the file lacks:
      // the reviewer's form shows it at the field (issue.path) and nothing is stored.
      if (!isDecisionError(e)) throw e
      const issue = e.issues[0]!
      return { status: 422, field: issue.path.join('.'), problem: issue.code, message: issue.message }
    }
    await storeResult(tx, jobId, decided, 'decision', now)
    await closeReviewTask(ats, tx, jobId, applicationId, `decided by ${decided.decision!.by}`)
    // A program's answer still waiting (a planned rejection the person overturned) is no longer right.
    await cancelMessages(
      ats,
      tx,
      (await plannedMessages(tx, jobId, applicationId)).filter((m) => m.stage !== 'received').map((m) => m.id),
      'a person decided',
    )
    const stage = stageFor(decided) // advance, rejected-by-person or rejected-after-interview
    const { sendAt } = await planMessage(ats, tx, jobId, compiled, decided, stage, now, current.email)
    return { status: 200, stage, sendAt }
  })
}
