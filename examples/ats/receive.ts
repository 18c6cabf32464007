// Receive: an application posted to the webhook is checked, screened, stored and answered in one
// transaction. Posting it again is safe: the same id with the same answers is a duplicate (the
// stored outcome is returned, nothing is screened or sent again); the same id with other answers
// is a conflict.
import {
  applicationHash,
  reviewTask,
  stageFor,
  type Application,
  type ApplicationIssue,
  type Outcome,
  type ScreeningResult,
} from 'autoscreen'
import type { Ats } from './ats.js'
import type { Compiled } from './criteria-registry.js'
import { inTransaction, type Tx } from './db.js'
import { storeResult } from './results.js'
import { openReviewTask } from './review.js'
import { checksForRecruiter } from './review-wording.js'
import { planMessage } from './schedule.js'

export type Received =
  | { status: 201; outcome: Outcome; stage: string; sendAt: string }
  | { status: 200; duplicate: true; outcome: Outcome }
  | { status: 400; issues: readonly (ApplicationIssue | { code: string; message: string })[] }
  | { status: 404 | 409 | 410; error: string }

/** The message a result calls for, and the review task when a person must decide. */
export async function answer(
  ats: Ats,
  tx: Tx,
  jobId: string,
  compiled: Compiled,
  result: ScreeningResult<boolean>,
  now: Date,
  email: string,
): Promise<{ stage: string; sendAt: string }> {
  const { stage, sendAt } = await planMessage(ats, tx, jobId, compiled, result, stageFor(result), now, email)
  const task = reviewTask(result, compiled.path.delivery, { now })
  if (task)
    await openReviewTask(ats, tx, jobId, { ...task, checks: checksForRecruiter(task, result, compiled.screener) })
  return { stage, sendAt }
}

export async function receive(ats: Ats, jobId: string, body: unknown): Promise<Received> {
  const now = ats.clock.now() // read once, at the edge: the decision, the audit and the plan share it
  return inTransaction(ats.pool, async (tx) => {
    // A share lock on the job: applications arrive side by side, but closing the job or re-screening
    // it (which lock it for update) waits for this one, and sees it.
    const job = await tx.query<{ closed_at: Date | null }>('select closed_at from jobs where id = $1 for share', [
      jobId,
    ])
    if (!job.rows[0]) return { status: 404, error: `no job ${jobId}` }
    if (job.rows[0].closed_at) return { status: 410, error: `job ${jobId} is closed` }
    const compiled = await ats.criteria.active(tx, jobId)
    if (!compiled) return { status: 404, error: `job ${jobId} has no criteria` }

    // The envelope and every answer as screen() reads them: an unusable envelope is the sender's error.
    const parsed = compiled.screener.parseApplication(body, { now })
    if (!parsed.ok) return { status: 400, issues: parsed.issues }
    const application = parsed.application
    const email = application.candidate?.email
    if (!email)
      return {
        status: 400,
        issues: [{ code: 'no_email', message: 'candidate.email is needed: the answer goes there' }],
      }

    // What makes two posts "the same": the job, the id and the answers (a retry may resend
    // them with another submittedAt or candidate details; it is still the same application).
    const requestHash = applicationHash(jobId, application)
    // The primary key, (job_id, id), decides between concurrent posts of one application: the
    // first insert wins, the others wait for its transaction and then find the row (screened
    // once, answered once). The same id under another job is another application.
    const inserted = await tx.query(
      'insert into applications (job_id, id, request_hash, body, email, received_at) values ($1, $2, $3, $4, $5, $6) on conflict (job_id, id) do nothing',
      [jobId, application.id, requestHash, JSON.stringify(body), email, now],
    )
    if (inserted.rowCount === 0) {
      const { rows } = await tx.query<{ request_hash: string; outcome: Outcome }>(
        `select a.request_hash, r.result->>'outcome' as outcome from applications a join results r on r.job_id = a.job_id and r.application_id = a.id and r.superseded_at is null where a.job_id = $1 and a.id = $2`,
        [jobId, application.id],
      )
      const stored = rows[0]!
      return stored.request_hash === requestHash
        ? { status: 200, duplicate: true, outcome: stored.outcome }
        : { status: 409, error: `application ${application.id} to job ${jobId} was received before with other answers` }
    }

    // The body as posted (what the audit re-check re-screens), now known to be a usable application.
    const result = compiled.screener.screen(body as Application, { now })
    await storeResult(tx, jobId, result, 'screened', now)
    return { status: 201, outcome: result.outcome, ...(await answer(ats, tx, jobId, compiled, result, now, email)) }
  })
}
