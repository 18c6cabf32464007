import type { IssueParams } from './issue-code.js'
import { formatIssue } from './format-issue.js'
import { acknowledgeEn, ACK_REASON_EN, findingEn, justifyInsteadEn } from './wording-en.js'
import { acknowledgeSv, ACK_REASON_SV, findingSv, justifyInsteadSv } from './wording-sv.js'
import type { FindingCode } from './wording.js'

/**
 * A lint finding worded in parts for a recruiter to act on: the first line (what, where, which
 * ground; under 120 characters for fairness findings), the advice on its own lines, and how to
 * acknowledge the finding when the text is about something else, with the YAML lines to add.
 * @example
 * ```ts
 * const { headline, advice, acknowledge } = formatFinding(finding, 'sv')
 * console.log(`${headline}\n  ${advice}\n  ${acknowledge?.how}\n${acknowledge?.yaml}`)
 * ```
 * @category Lint
 */
export interface FindingParts {
  /** The first line. */
  headline: string
  /** What to do instead; empty when the first line says it all. */
  advice: string
  /**
   * How to accept the finding: a sentence saying where, and the lines to add there; and, for a
   * ground a criterion reads, the way when the text really is about the applicant (the
   * criterion's justification, which no acknowledgement replaces).
   */
  acknowledge?: { how: string; yaml: string; instead?: string }
}

/**
 * Words a lint finding in Swedish or English in parts, from its code and arguments. A finding
 * that is not worded in parts gives its whole message as the first line (or the first line of
 * it, the rest as advice).
 * @example
 * ```ts
 * for (const f of lintCriteria(doc, screener)) console.log(formatFinding(f, doc.criteria.locale).headline)
 * ```
 * @category Lint
 */
export function formatFinding(
  finding: { readonly code: string; readonly params?: IssueParams; readonly message: string },
  locale: 'sv' | 'en',
): FindingParts {
  const p = finding.params ?? {}
  const parts = (locale === 'sv' ? findingSv : findingEn)[finding.code as FindingCode]
  let headline: string
  let advice: string
  if (parts && finding.params !== undefined) {
    headline = parts.headline(p)
    advice = parts.advice(p)
  } else {
    const [first = '', ...rest] = formatIssue(finding, locale).split('\n')
    headline = first
    advice = rest.join('\n')
  }
  if (typeof p.finding !== 'string' || typeof p.ackOn !== 'string') return { headline, advice }
  const how = (locale === 'sv' ? acknowledgeSv : acknowledgeEn)({ ...p, code: finding.code })
  const instead =
    finding.code === 'protected_ground' && p.criterion !== undefined
      ? (locale === 'sv' ? justifyInsteadSv : justifyInsteadEn)(p)
      : undefined
  return {
    headline,
    advice,
    acknowledge: {
      how,
      yaml: acknowledgementYaml(p.finding, locale === 'sv' ? ACK_REASON_SV : ACK_REASON_EN),
      ...(instead ? { instead } : {}),
    },
  }
}

/**
 * The lines that accept a finding, to add to the field, criterion or job it concerns, indented
 * as the keys beside them are.
 * @example
 * ```ts
 * acknowledgementYaml('protected-ground:religion', 'the title names the subject taught')
 * // 'lintAcknowledge:\n  - finding: protected-ground:religion\n    reason: the title names the subject taught'
 * ```
 * @category Lint
 */
export function acknowledgementYaml(finding: string, reason: string): string {
  return acknowledgementBlock([{ finding, reason }])
}

/**
 * A `lintAcknowledge` list in block style, one item per acknowledgement: the lines the CLI and
 * the Studio's advice show, and the lines the Studio's acknowledgeFinding writes.
 * @internal
 */
export function acknowledgementBlock(entries: readonly { finding: string; reason: string }[]): string {
  // A text with YAML's own characters is quoted, so the pasted lines read back as written.
  const text = (s: string) =>
    /^[^\s\-?:,[\]{}#&*!|>'"%@`]/.test(s) && !/: |\s#|[\n\r]|\s$/.test(s) ? s : JSON.stringify(s)
  return [
    'lintAcknowledge:',
    ...entries.flatMap((e) => [`  - finding: ${text(e.finding)}`, `    reason: ${text(e.reason)}`]),
  ].join('\n')
}
