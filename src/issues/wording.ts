import type { IssueCode, IssueParams } from './issue-code.js'

/** The words of one issue in one language, from its arguments. */
export type Words = (params: IssueParams) => string

/** Every code worded: the compiler refuses a language that lacks one. */
export type Wording = { readonly [C in IssueCode]: Words }

/** Quotes a value the way the recruiter typed it. */
export const q = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v) ?? String(v))

/** slips: a list of values joined for reading ("2, 4 and 6"). */
export const list = (v: unknown, and: string): string => {
  const items = Array.isArray(v) ? v.map(String) : [String(v)]
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}` : (items[0] ?? '')
}
