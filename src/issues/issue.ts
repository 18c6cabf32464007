import type { IssueParams } from './issue-code.js'
// English only, and only the codes a screen-only program meets, not formatIssue: that would pull
// the Swedish wording and the tools' codes into every browser bundle of the core.
import { enScreen, type ScreenIssueCode } from './wording-en.js'

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
export function issue<C extends ScreenIssueCode>(
  code: C,
  path: (string | number)[],
  params: IssueParams = {},
): { code: C; path: (string | number)[]; params: IssueParams; message: string } {
  return { code, path, params, message: enScreen[code](params) }
}
