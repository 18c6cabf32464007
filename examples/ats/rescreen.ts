// Re-screening after a criteria change: every application still waiting for its answer is
// screened again with the job's new active criteria. The new result supersedes the old one
// (kept, with its audit record); planned messages that no longer say the right thing are
// cancelled and the right one is planned; review tasks open or close with the new outcome.
import { FINAL_STAGES, reviewTask, stageFor } from 'autoscreen'
import type { Application } from 'autoscreen'
import type { Ats } from './ats.js'
import { inTransaction } from './db.js'
import { jobResults, storeResult } from './results.js'
import { closeReviewTask, openReviewTask } from './review.js'
import { checksForRecruiter } from './review-wording.js'
import { cancelMessages, compose, enqueue, plannedMessages } from './schedule.js'

export interface Rescreened {
  /** Screened again; the stage its answer now has. */
  rescreened: { id: string; from: string; to: string }[]
  /** Not screened again: a final answer went out, or a person decided (that decision stands). */
  kept: string[]
}

export async function rescreenJob(ats: Ats, jobId: string): Promise<Rescreened> {
  const now = ats.clock.now()
  return inTransaction(ats.pool, async (tx) => {
    await tx.query('select 1 from jobs where id = $1 for update', [jobId]) // no application arrives half way
    const compiled = await ats.criteria.active(tx, jobId)
    if (!compiled) throw new Error(`job ${jobId} has no criteria`)
    const out: Rescreened = { rescreened: [], kept: [] }
    for (const a of await jobResults(tx, jobId)) {
      const id = a.result.application.id
      if (a.result.audit.criteriaHash === compiled.screener.hash) continue
      if (a.result.decision || a.delivered.some((s) => FINAL_STAGES.includes(s))) {
        out.kept.push(id)
        continue
      }
      const result = compiled.screener.screen(a.body as Application, { now })
      await storeResult(tx, jobId, result, 'rescreened', now)
      const stage = stageFor(result)
      const { email, sendAt } = compose(ats, compiled, result, stage, now, a.email)
      // A planned message of the same stage and words stays as it is; any other is no longer right.
      const planned = await plannedMessages(tx, jobId, id)
      const same = planned.find((m) => m.stage === stage && m.text === email.text)
      await cancelMessages(
        ats,
        tx,
        planned.filter((m) => m !== same).map((m) => m.id),
        `criteria changed to version ${compiled.screener.criteria.version}`,
      )
      // An acknowledgement (or "you go on") the candidate already has is not sent twice.
      if (!same && !a.delivered.includes(stage)) await enqueue(ats, tx, jobId, id, stage, email, sendAt)
      const task = reviewTask(result, compiled.path.delivery, { now })
      if (task)
        await openReviewTask(ats, tx, jobId, { ...task, checks: checksForRecruiter(task, result, compiled.screener) })
      else await closeReviewTask(ats, tx, jobId, id, 'no longer in review after a criteria change')
      out.rescreened.push({ id, from: stageFor(a.result), to: stage })
    }
    return out
  })
}
