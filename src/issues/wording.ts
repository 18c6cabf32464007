import type { IssueCode, IssueParams } from './issue-code.js'

/** The words of one issue in one language, from its arguments. */
export type Words = (params: IssueParams) => string

/** Every code worded: the compiler refuses a language that lacks one. */
export type Wording = { readonly [C in IssueCode]: Words }

/** Quotes a value the way the recruiter typed it. */
export const q = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v) ?? String(v))

/** A list of values, quoted and comma-separated. */
export const list = (v: unknown): string => (Array.isArray(v) ? v.map((x) => q(x)).join(', ') : q(v))

/** A list of names, comma-separated as written. */
export const names = (v: unknown, and: string): string => {
  const xs = Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} ${and} ${xs.at(-1)}`
}

/** "criteria[2].reason: " before a message when the issue names where, else nothing. */
export const at = (p: IssueParams): string => (typeof p.at === 'string' && p.at ? `${p.at}: ` : '')

/** `criterion "x": ` before a message about one criterion's rule. */
export const of = (p: IssueParams, word: string): string => (typeof p.id === 'string' ? `${word} ${q(p.id)}${p.when ? ' (when)' : ''}: ` : '')

/** A text as a parameter shows it: at most 40 characters. */
export const clip = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}…` : s)
