// Schedule: a candidate's message rendered, planned and put in the outbox, with a queued job that
// sends it at its planned time; messages that are no longer right cancelled.
import { scheduleMessage, type Email, type ScheduledMessage, type ScreeningResult, type Stage } from 'autoscreen'
import type { Ats } from './ats.js'
import type { Compiled } from './criteria-registry.js'
import { inTransaction, inTx, type Tx } from './db.js'

export const SEND = 'send-message'

/** The message of a stage, when it goes out, and the email to send (scheduleMessage, on the version's prepared path). */
export const compose = (
  ats: Ats,
  { path }: Compiled,
  result: ScreeningResult<boolean>,
  stage: Stage,
  now: Date,
  to: string,
): ScheduledMessage => scheduleMessage(path, result, { now, stage, from: ats.mail.from, to })

/** Puts a message to a job's applicant in the outbox and queues its sending at `sendAt`, in the caller's transaction. */
export async function enqueue(
  ats: Ats,
  tx: Tx,
  jobId: string,
  applicationId: string,
  stage: Stage,
  email: Email,
  sendAt: string,
): Promise<number> {
  const { rows } = await tx.query<{ id: string }>(
    'insert into outbox (job_id, application_id, stage, email, send_at) values ($1, $2, $3, $4, $5) returning id',
    [jobId, applicationId, stage, JSON.stringify(email), sendAt],
  )
  const id = Number(rows[0]!.id)
  const job = await ats.boss.send(
    SEND,
    { outboxId: id },
    { startAfter: ats.clock.realTime(new Date(sendAt)), ...inTx(tx) },
  )
  await tx.query('update outbox set send_job = $2 where id = $1', [id, job])
  return id
}

/** Renders, plans and queues the message of a stage. */
export async function planMessage(
  ats: Ats,
  tx: Tx,
  jobId: string,
  compiled: Compiled,
  result: ScreeningResult<boolean>,
  stage: Stage,
  now: Date,
  to: string,
): Promise<ScheduledMessage> {
  const scheduled = compose(ats, compiled, result, stage, now, to)
  await enqueue(ats, tx, jobId, result.application.id, stage, scheduled.email, scheduled.sendAt)
  return scheduled
}

/** Planned messages of a job's application, oldest first. */
export async function plannedMessages(
  tx: Tx,
  jobId: string,
  applicationId: string,
): Promise<{ id: number; stage: Stage; text: string }[]> {
  const { rows } = await tx.query<{ id: string; stage: Stage; text: string }>(
    `select id, stage, email->>'text' as text from outbox where job_id = $1 and application_id = $2 and state = 'planned' order by id for update`,
    [jobId, applicationId],
  )
  return rows.map((r) => ({ ...r, id: Number(r.id) }))
}

/** Cancels planned messages (and their jobs): a person decided otherwise, the criteria changed, the job closed. */
export async function cancelMessages(ats: Ats, tx: Tx, ids: number[], why: string): Promise<void> {
  if (!ids.length) return
  const { rows } = await tx.query<{ send_job: string | null }>(
    `update outbox set state = 'cancelled', cancelled_why = $2 where id = any($1) and state = 'planned' returning send_job`,
    [ids, why],
  )
  const jobs = rows.flatMap((r) => (r.send_job ? [r.send_job] : []))
  if (jobs.length) await ats.boss.cancel(SEND, jobs, inTx(tx))
}

/** The Message-ID of an outbox message: the same on every attempt. */
export const messageId = (ats: Ats, outboxId: number): string => `<outbox-${outboxId}@${ats.mail.domain}>`

/**
 * The queue's worker: sends one outbox message through SMTP and marks it sent. A message cancelled
 * after its job was queued is skipped. The row stays locked while the mail goes out, so two
 * workers never send it twice; a crash between sending and committing sends it again on retry
 * (at least once), and the Message-ID, the same each time, lets mail systems drop the copy.
 */
export async function send(ats: Ats, outboxId: number): Promise<void> {
  await inTransaction(ats.pool, async (tx) => {
    const { rows } = await tx.query<{ email: Email; state: string }>(
      'select email, state from outbox where id = $1 for update',
      [outboxId],
    )
    if (rows[0]?.state !== 'planned') return
    const { email } = rows[0]
    await ats.mail.transport.sendMail({ ...email, messageId: messageId(ats, outboxId) })
    await tx.query(`update outbox set state = 'sent', sent_at = $2 where id = $1`, [outboxId, ats.clock.now()])
  })
}

/**
 * For a clock that jumps (TestClock): queued jobs were timed for the old setting, so each is
 * queued again at the real instant that now shows its planned time. A real clock never needs it.
 */
export async function retimeMessages(ats: Ats, tx: Tx): Promise<void> {
  const { rows } = await tx.query<{ id: string; send_at: Date; send_job: string | null }>(
    `select id, send_at, send_job from outbox where state = 'planned' for update`,
  )
  for (const row of rows) {
    if (row.send_job) await ats.boss.cancel(SEND, row.send_job, inTx(tx))
    const job = await ats.boss.send(
      SEND,
      { outboxId: Number(row.id) },
      { startAfter: ats.clock.realTime(row.send_at), ...inTx(tx) },
    )
    await tx.query('update outbox set send_job = $2 where id = $1', [row.id, job])
  }
}
