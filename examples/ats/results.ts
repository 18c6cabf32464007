// Results in the database: stored as the library wrote them, each new one superseding the last.
import { resultJson, type ScreeningResult, type Stage } from 'autoscreen'
import type { Tx } from './db.js'

/** The current result of an application, with what the ATS keeps beside it; locked for the transaction. */
export interface Current {
  result: ScreeningResult
  jobId: string
  email: string
  /** The application as posted. */
  body: unknown
  /** Stages sent or queued (not cancelled): what closeJob calls `sent`. */
  sent: Stage[]
  /** Stages actually sent. */
  delivered: Stage[]
}

/** Stores a result as the current one of the job's application; the one before is kept, superseded. */
export async function storeResult(
  tx: Tx,
  jobId: string,
  result: ScreeningResult<boolean>,
  why: 'screened' | 'decision' | 'rescreened',
  now: Date,
): Promise<void> {
  const id = result.application.id
  await tx.query(
    'update results set superseded_at = $3 where job_id = $1 and application_id = $2 and superseded_at is null',
    [jobId, id, now],
  )
  // resultJson is JSON.stringify's text of the result: stored as it is (a json column keeps it).
  await tx.query(
    'insert into results (job_id, application_id, criteria_hash, why, result, created_at) values ($1, $2, $3, $4, $5, $6)',
    [jobId, id, result.audit.criteriaHash, why, resultJson(result), now],
  )
}

const CURRENT = `
  select r.result::text as result, a.id, a.job_id, a.email, a.body::text as body,
    coalesce(array_agg(o.stage order by o.id) filter (where o.state <> 'cancelled'), '{}') as sent,
    coalesce(array_agg(o.stage order by o.id) filter (where o.state = 'sent'), '{}') as delivered
  from applications a join results r on r.job_id = a.job_id and r.application_id = a.id and r.superseded_at is null
  left join outbox o on o.job_id = a.job_id and o.application_id = a.id`

function current(row: {
  result: string
  job_id: string
  email: string
  body: string
  sent: Stage[]
  delivered: Stage[]
}): Current {
  return {
    result: JSON.parse(row.result) as ScreeningResult,
    jobId: row.job_id,
    email: row.email,
    body: JSON.parse(row.body),
    sent: row.sent,
    delivered: row.delivered,
  }
}

/** The current result of a job's application, its row locked until the transaction ends (decisions queue up, one at a time). */
export async function currentResult(tx: Tx, jobId: string, applicationId: string): Promise<Current | undefined> {
  await tx.query('select 1 from applications where job_id = $1 and id = $2 for update', [jobId, applicationId])
  const { rows } = await tx.query(`${CURRENT} where a.job_id = $1 and a.id = $2 group by r.id, a.job_id, a.id`, [
    jobId,
    applicationId,
  ])
  return rows[0] && current(rows[0])
}

/** Every application of a job with its current result (the caller holds the job's lock). */
export async function jobResults(tx: Tx, jobId: string): Promise<Current[]> {
  const { rows } = await tx.query(`${CURRENT} where a.job_id = $1 group by r.id, a.job_id, a.id order by a.id`, [jobId])
  return rows.map(current)
}
