import type { IssueCode, IssueParams } from './issue-code.js'
import { en } from './wording-en.js'
import { sv } from './wording-sv.js'

/**
 * Words an issue in Swedish or English from its code and arguments, like publint's
 * `formatMessage`: the issue is data, the words are chosen where they are shown.
 * @example
 * ```ts
 * formatIssue({ code: 'duplicate_id', path: ['criteria', 1, 'id'], params: { id: 'experience', first: 0 }, message: '' }, 'sv')
 * ```
 * @category Errors and version
 */
export function formatIssue(
  issue: { readonly code: string; readonly params?: IssueParams; readonly message: string },
  locale: 'sv' | 'en',
): string {
  const words = (locale === 'sv' ? sv : en)[issue.code as IssueCode]
  // An issue made without arguments (by an older copy, or by hand) keeps its own English words.
  if (!words || (locale === 'en' && issue.params === undefined)) return issue.message
  return words(issue.params ?? {})
}
