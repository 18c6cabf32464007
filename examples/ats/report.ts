// Survey answers stored, and the job's report built from the database: the current results, the
// message that carried each decision, and the candidates' answers (candidate NPS).
import {
  parseSurveyAnswers,
  summarize,
  type ReportEntry,
  type ScreeningResult,
  type Summary,
  type SurveyIssue,
} from 'autoscreen'
import type { Ats } from './ats.js'

/** Stores one survey answer to a job (a JSON object as the job's survey tool posts it); a later answer replaces an earlier one. */
export async function storeSurveyAnswer(
  ats: Ats,
  jobId: string,
  body: string,
): Promise<
  { status: 201 } | { status: 400; issues: readonly SurveyIssue[] | string[] } | { status: 404; error: string }
> {
  let answers
  try {
    // The library's reader checks it as the report will read it: a whole score from 0 to 10, an id.
    answers = parseSurveyAnswers(body, { format: 'jsonl' }).answers
  } catch (e) {
    return { status: 400, issues: (e as { issues?: readonly SurveyIssue[] }).issues ?? [String(e)] }
  }
  for (const a of answers) {
    const stored = await ats.pool.query(
      `insert into survey_answers (job_id, application_id, score, comment, stage, answered_at) select $1, $2, $3, $4, $5, $6 where exists (select 1 from applications where job_id = $1 and id = $2)
       on conflict (job_id, application_id) do update set score = $3, comment = $4, stage = $5, answered_at = $6`,
      [jobId, a.applicationId, a.score, a.comment ?? null, a.stage ?? null, ats.clock.now()],
    )
    if (!stored.rowCount) return { status: 404, error: `no application ${a.applicationId} to job ${jobId}` }
  }
  return { status: 201 }
}

export async function jobReport(ats: Ats, jobId: string): Promise<Summary> {
  // Each current result with the last message that carried a decision (not the acknowledgement).
  const { rows } = await ats.pool.query<{ result: string; stage: string | null; send_at: Date | null }>(
    `select r.result::text as result, m.stage, m.send_at
     from applications a join results r on r.job_id = a.job_id and r.application_id = a.id and r.superseded_at is null
     left join lateral (select stage, send_at from outbox o where o.job_id = a.job_id and o.application_id = a.id and o.state <> 'cancelled' and o.stage <> 'received' order by o.id desc limit 1) m on true
     where a.job_id = $1 order by a.id`,
    [jobId],
  )
  const entries: ReportEntry[] = rows.map((r) => ({
    ...(JSON.parse(r.result) as ScreeningResult),
    ...(r.stage && r.send_at ? { message: { stage: r.stage, sendAt: r.send_at.toISOString() } } : {}),
  }))
  const survey = await ats.pool.query<{
    applicationId: string
    score: number
    comment: string | null
    stage: string | null
  }>(`select application_id as "applicationId", score, comment, stage from survey_answers where job_id = $1`, [jobId])
  return summarize(entries, {
    survey: survey.rows.map((s) => ({
      applicationId: s.applicationId,
      score: s.score,
      ...(s.comment ? { comment: s.comment } : {}),
      ...(s.stage ? { stage: s.stage } : {}),
    })),
  })
}
