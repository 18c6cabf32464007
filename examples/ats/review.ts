// Review tasks: an application the program could not decide goes to a person, with what to
// check, the date the candidate was promised an answer by, and a reminder before it.
import type { ReviewCheck, ReviewTask } from 'autoscreen'
import type { Ats } from './ats.js'
import { inTransaction, inTx, type Tx } from './db.js'
import { reminderMail } from './review-wording.js'

export const REMIND = 'remind-reviewer'

/**
 * Opens (or, after a re-screen, renews) a review task (reviewTask: what to check, the date the
 * candidate was promised, when to remind), and queues the reminder at `remindAt`. Its checks
 * are stored as the recruiter reads them, in the job's language (checksForRecruiter).
 */
export async function openReviewTask(ats: Ats, tx: Tx, jobId: string, task: ReviewTask): Promise<void> {
  const id = task.applicationId
  const { rows } = await tx.query<{ reminder_job: string | null }>(
    'select reminder_job from review_tasks where job_id = $1 and application_id = $2 for update',
    [jobId, id],
  )
  if (rows[0]?.reminder_job) await ats.boss.cancel(REMIND, rows[0].reminder_job, inTx(tx))
  const job = await ats.boss.send(
    REMIND,
    { jobId, applicationId: id },
    { startAfter: ats.clock.realTime(new Date(task.remindAt)), ...inTx(tx) },
  )
  await tx.query(
    `insert into review_tasks (job_id, application_id, checks, due_at, remind_at, reminder_job) values ($1, $2, $3, $4, $5, $6)
     on conflict (job_id, application_id) do update set checks = $3, due_at = $4, remind_at = $5, reminder_job = $6, reminded_at = null, closed_at = null, closed_why = null`,
    [jobId, id, JSON.stringify(task.checks), task.dueAt, task.remindAt, job],
  )
}

/** Closes an open review task (decided, re-screened out of review, the job closed) and drops its reminder. */
export async function closeReviewTask(
  ats: Ats,
  tx: Tx,
  jobId: string,
  applicationId: string,
  why: string,
): Promise<void> {
  const { rows } = await tx.query<{ reminder_job: string | null }>(
    'update review_tasks set closed_at = $3, closed_why = $4 where job_id = $1 and application_id = $2 and closed_at is null returning reminder_job',
    [jobId, applicationId, ats.clock.now(), why],
  )
  if (rows[0]?.reminder_job) await ats.boss.cancel(REMIND, rows[0].reminder_job, inTx(tx))
}

/** The review queue: open tasks, the most urgent first. */
export async function openTasks(
  ats: Ats,
): Promise<{ applicationId: string; jobId: string; checks: ReviewCheck[]; dueAt: Date; remindAt: Date }[]> {
  const { rows } = await ats.pool.query(
    `select application_id as "applicationId", job_id as "jobId", checks, due_at as "dueAt", remind_at as "remindAt"
     from review_tasks where closed_at is null order by due_at`,
  )
  return rows
}

/** The queue's worker: reminds the job's contact person of an undecided application, once. */
export async function remind(ats: Ats, jobId: string, applicationId: string): Promise<void> {
  await inTransaction(ats.pool, async (tx) => {
    const { rows } = await tx.query<{ due_at: Date }>(
      'select due_at from review_tasks where job_id = $1 and application_id = $2 and closed_at is null and reminded_at is null for update',
      [jobId, applicationId],
    )
    const task = rows[0]
    if (!task) return // decided, or reminded already
    const { screener } = (await ats.criteria.active(tx, jobId))!
    const { job } = screener.criteria
    // In the job's language (its criteria's locale), the date in the job's time zone.
    const { subject, text } = reminderMail(screener, applicationId, task.due_at, `${ats.publicUrl}/review`)
    await ats.mail.transport.sendMail({
      from: ats.mail.from,
      to: `${job.contact.name} <${job.contact.email}>`,
      subject,
      text,
      headers: { 'X-ATS-Reminder': applicationId, 'Auto-Submitted': 'auto-generated' },
    })
    await tx.query('update review_tasks set reminded_at = $3 where job_id = $1 and application_id = $2', [
      jobId,
      applicationId,
      ats.clock.now(),
    ])
  })
}

/** See retimeMessages: the same for reminders, after a TestClock jump. */
export async function retimeReminders(ats: Ats, tx: Tx): Promise<void> {
  const { rows } = await tx.query<{
    job_id: string
    application_id: string
    remind_at: Date
    reminder_job: string | null
  }>(
    'select job_id, application_id, remind_at, reminder_job from review_tasks where closed_at is null and reminded_at is null for update',
  )
  for (const row of rows) {
    if (row.reminder_job) await ats.boss.cancel(REMIND, row.reminder_job, inTx(tx))
    const job = await ats.boss.send(
      REMIND,
      { jobId: row.job_id, applicationId: row.application_id },
      { startAfter: ats.clock.realTime(row.remind_at), ...inTx(tx) },
    )
    await tx.query('update review_tasks set reminder_job = $3 where job_id = $1 and application_id = $2', [
      row.job_id,
      row.application_id,
      job,
    ])
  }
}
