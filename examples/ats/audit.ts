// The audit re-check: every stored result of an application is what the library says it is.
// A program's result is re-run with the criteria it names, at the time it records, and must
// come out byte for byte as stored; a person's decision must name the hash of the result it was
// made on. Run it on a complaint, a GDPR art. 22 request, or after an upgrade.
import { hashJson, resultJson, type Application, type ScreeningResult } from 'autoscreen'
import type { Ats } from './ats.js'

export async function recheck(
  ats: Ats,
  jobId: string,
  applicationId: string,
): Promise<{ id: number; why: string; ok: boolean }[]> {
  const { rows } = await ats.pool.query<{ id: string; why: string; text: string; body: string }>(
    'select r.id, r.why, r.result::text as text, a.body::text as body from results r join applications a on a.job_id = r.job_id and a.id = r.application_id where a.job_id = $1 and a.id = $2 order by r.id',
    [jobId, applicationId],
  )
  return Promise.all(
    rows.map(async (row, i) => {
      const stored = JSON.parse(row.text) as ScreeningResult
      let ok: boolean
      if (row.why === 'decision') {
        ok = i > 0 && stored.decision?.previous.hash === hashJson(JSON.parse(rows[i - 1]!.text))
      } else {
        const { screener } = await ats.criteria.byHash(ats.pool, jobId, stored.audit.criteriaHash)
        ok =
          resultJson(
            screener.screen(JSON.parse(row.body) as Application, { now: new Date(stored.audit.evaluatedAt) }),
          ) === row.text
      }
      return { id: Number(row.id), why: row.why, ok }
    }),
  )
}
