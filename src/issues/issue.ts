import { formatIssue } from './format-issue.js'
import type { IssueCode, IssueParams } from './issue-code.js'

/**
 * An issue's data with its English message worded from the catalogue, so that a site names a
 * code and its arguments and never writes the words itself. Spread the location into it.
 * @example
 * ```ts
 * const i = issue('duplicate_id', ['criteria', 1, 'id'], { id: 'experience', first: 0 })
 * i.message // 'duplicate criterion id "experience" (first used by criteria[0])'
 * ```
 * @category Errors and version
 */
export function issue<C extends IssueCode>(code: C, path: (string | number)[], params: IssueParams = {}): { code: C; path: (string | number)[]; params: IssueParams; message: string } {
  return { code, path, params, message: formatIssue({ code, params, message: '' }, 'en') }
}
