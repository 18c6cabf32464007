// Closing a job: no more applications, and everyone still waiting gets exactly one final answer.
import { closeJob, FINAL_STAGES, type JobApplication } from 'autoscreen'
import type { Ats } from './ats.js'
import { inTransaction } from './db.js'
import { jobResults, type Current } from './results.js'
import { closeReviewTask } from './review.js'
import { cancelMessages, enqueue, plannedMessages } from './schedule.js'

export async function closeJobAndAnswer(
  ats: Ats,
  jobId: string,
  reason: 'filled' | 'closed' = 'filled',
): Promise<{ status: 200; answered: string[]; alreadyAnswered: string[] } | { status: 404; error: string }> {
  const now = ats.clock.now()
  return inTransaction(ats.pool, async (tx) => {
    // Locking the job's row waits for applications being received right now (receive.ts), and keeps new ones out.
    const closed = await tx.query(
      'update jobs set closed_at = coalesce(closed_at, $2), close_reason = coalesce(close_reason, $3) where id = $1 returning id',
      [jobId, now, reason],
    )
    if (!closed.rowCount) return { status: 404, error: `no job ${jobId}` }
    for (const a of await jobResults(tx, jobId)) {
      const id = a.result.application.id
      // A step on the way planned and not yet sent ("you go on") is no longer right: the closing
      // answer replaces it. A final answer already queued stays: it is the candidate's answer.
      const stale = (await plannedMessages(tx, jobId, id)).filter((m) => !FINAL_STAGES.includes(m.stage))
      await cancelMessages(
        ats,
        tx,
        stale.map((m) => m.id),
        'the job closed',
      )
      await closeReviewTask(ats, tx, jobId, id, 'the job closed')
    }
    // closeJob takes one screener: results decided with earlier criteria are answered with theirs.
    const byHash = new Map<string, Current[]>()
    for (const a of await jobResults(tx, jobId))
      byHash.set(a.result.audit.criteriaHash, [...(byHash.get(a.result.audit.criteriaHash) ?? []), a])
    const answered: string[] = []
    const alreadyAnswered: string[] = []
    for (const [hash, group] of byHash) {
      const { screener, path } = await ats.criteria.byHash(tx, jobId, hash)
      const applications: JobApplication[] = group.map((a) => ({ result: a.result, sent: a.sent }))
      const closing = closeJob(applications, { screener, now, reason })
      for (const a of closing.answers) {
        const to = group.find((g) => g.result.application.id === a.id)!.email
        await enqueue(
          ats,
          tx,
          jobId,
          a.id,
          a.stage,
          path.toEmail(a.message, { from: ats.mail.from, to }),
          a.plan.sendAt,
        )
        answered.push(a.id)
      }
      alreadyAnswered.push(...closing.alreadyAnswered.map((a) => a.id))
    }
    return { status: 200, answered: answered.sort(), alreadyAnswered: alreadyAnswered.sort() }
  })
}
