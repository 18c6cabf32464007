import {
  readJsonObjects,
  type BatchProblem,
  type JsonLine,
  type ReadApplicationsOptions,
  type TextSource,
} from '../screen/read-applications.js'
import type { ReportEntry } from './summarize.js'

/**
 * One screening result read back from JSON Lines (as `autoscreen screen` writes them), or a
 * problem with its line (a line that could not be read carries its `code` and `params`).
 *
 * @example
 * ```ts
 * const entry: ResultLine = { line: 2, ok: false, message: 'not a screening result: no outcome' }
 * ```
 * @category Reports
 */
export type ResultLine = { line: number; ok: true; result: ReportEntry } | BatchProblem

/** What a stored result must have for a report to count it. */
function problemOf(v: Record<string, unknown>): string | null {
  const app = v.application as Record<string, unknown> | undefined
  if (!app || typeof app !== 'object' || typeof app.id !== 'string') return 'not a screening result: no application.id'
  if (typeof app.submittedAt !== 'string') return 'not a screening result: no application.submittedAt'
  if (v.outcome !== 'pass' && v.outcome !== 'reject' && v.outcome !== 'review')
    return 'not a screening result: no outcome (pass, reject or review)'
  if (
    !Array.isArray(v.criteria) ||
    v.criteria.some(
      (c) =>
        !c ||
        typeof c !== 'object' ||
        typeof (c as { id?: unknown }).id !== 'string' ||
        typeof (c as { status?: unknown }).status !== 'string',
    )
  )
    return 'not a screening result: criteria must be a list of { id, status }'
  const audit = v.audit as Record<string, unknown> | undefined
  if (!audit || typeof audit !== 'object' || typeof audit.criteriaId !== 'string')
    return 'not a screening result: no audit.criteriaId'
  return null
}

/**
 * Reads screening results from JSON Lines for a report: each line one result, or one error
 * naming the line (a line that is not JSON, not a result, or too long), never a crash.
 *
 * @example
 * ```ts
 * const results = []
 * for await (const e of readResults(fs.createReadStream('results.jsonl'))) if (e.ok) results.push(e.result)
 * ```
 * @category Reports
 */
export async function* readResults(
  source: TextSource,
  options: ReadApplicationsOptions = {},
): AsyncGenerator<ResultLine> {
  for await (const e of readJsonObjects(
    source,
    { format: 'jsonl', ...options },
    'result',
  ) as AsyncGenerator<JsonLine>) {
    if (!e.ok) yield e
    else {
      const problem = problemOf(e.value)
      yield problem
        ? { line: e.line, ok: false, message: problem }
        : { line: e.line, ok: true, result: e.value as unknown as ReportEntry }
    }
  }
}
