import type { IssueParams } from '../issues/issue-code.js'
import { textProblem } from '../criteria/control-characters.js'
import { hashJson } from '../criteria/hash.js'
import type { Locale } from '../criteria/schema.js'
import { DecisionError, ScreeningError, type DecisionIssue, type DecisionIssueCode } from '../errors.js'
import { parseEpoch } from '../logic/index.js'
import type { Screener } from './compile-criteria.js'
import { DEADLINE_ID } from './deadline.js'
import type { Outcome, PersonDecision, ScreeningResult } from './result.js'

/**
 * What a person decided, as {@link recordDecision} takes it.
 *
 * @example
 * ```ts
 * const input: DecisionInput = { outcome: 'reject', reasons: { criteria: ['english'] }, by: 'Sara Lind', at: new Date() }
 * ```
 * @category Screening
 */
export interface DecisionInput {
  outcome: 'pass' | 'reject'
  /**
   * For a rejection, at least one: criteria of the file (by id) that the person found unmet,
   * and/or a reason in the person's words in every language the job's messages are sent in
   * (`screener.locales`). This is what the candidate is told; nothing else is.
   */
  reasons?: { criteria?: readonly string[]; text?: { sv?: string; en?: string } }
  /** Who decided (a name or a user id). */
  by: string
  /** When (a Date or an ISO 8601 date-time). */
  at: Date | string
  /** An internal note for the audit record; never sent to the candidate. */
  note?: string
  /** When the interview this decision follows was held: a rejection is then `rejected-after-interview`. */
  interviewAt?: Date | string
}

/** Longest free reason: a sentence or two, not a letter. */
const MAX_REASON = 600

/**
 * Records what a person decided about a screened application. Returns a new, frozen result: the
 * program's outcome, criteria and explanations as they were, the person's decision in
 * `decision`, and the audit record extended with it (who, when, what it replaced, and the
 * SHA-256 of the result it was made on, so the chain can be checked). Decisions can follow one
 * another (a pass after review, then a rejection after the interview).
 *
 * A rejection needs its reasons: criteria of the file and/or a free reason in every language the
 * messages are sent in; messages then name exactly these ({@link renderMessage}), never the
 * program's, never as automatic. Anything wrong is a {@link DecisionError} (a `ScreeningError`
 * with code `invalid_decision`) that says what and where: its issue has a code and a path, for a
 * page or a command to word in its user's language.
 *
 * @example
 * ```ts
 * const decided = recordDecision(result, { outcome: 'reject', reasons: { criteria: ['english'] }, by: 'Sara Lind', at: new Date() }, { screener })
 * renderMessage(decided, { screener, now: new Date() }).stage // 'rejected-by-person'
 * ```
 * @category Screening
 */
export function recordDecision<R extends ScreeningResult<boolean>>(
  result: R,
  input: DecisionInput,
  options: { screener: Screener },
): R {
  if (typeof options !== 'object' || options === null || typeof options.screener?.screen !== 'function')
    throw new ScreeningError('invalid_option', 'recordDecision() needs { screener } as its third argument')
  // Each problem is a code and a path in the decision (for a page to word), and a message.
  // The params are what the catalogue (src/issues) words it from, in Swedish or English.
  const fail = (
    where: string,
    what: string,
    code: DecisionIssueCode,
    extra: Pick<DecisionIssue, 'languages' | 'max'> = {},
    params: IssueParams = {},
  ): never => {
    const message = `${where} ${what}`
    const path =
      where === 'result' || where === 'the decision'
        ? []
        : where
            .split(/[.[\]]+/)
            .filter(Boolean)
            .map((p) => (/^\d+$/.test(p) ? Number(p) : p))
    throw new DecisionError(
      { code, path, params: { at: where, ...extra, ...params }, message, ...extra },
      `decision for application ${result?.application?.id ?? '?'}: ${message}`,
    )
  }
  if (!result || typeof result !== 'object' || !result.application || !result.audit)
    fail('result', 'is not a screening result', 'not_a_result')
  if (!input || typeof input !== 'object')
    fail('the decision', 'must be an object { outcome, by, at, reasons }', 'not_an_object')
  const { screener } = options
  if (result.audit.criteriaHash !== screener.hash)
    fail(
      'result',
      `was screened with other criteria (${result.audit.criteriaId}, hash ${result.audit.criteriaHash.slice(0, 12)}…) than the screener given`,
      'other_criteria',
      {},
      { criteria: result.audit.criteriaId, hash: result.audit.criteriaHash.slice(0, 12) },
    )
  if (input.outcome !== 'pass' && input.outcome !== 'reject')
    fail(
      'outcome',
      `must be "pass" or "reject", not ${JSON.stringify(input.outcome)}`,
      'invalid_outcome',
      {},
      { value: JSON.stringify(input.outcome) ?? 'undefined' },
    )
  if (typeof input.by !== 'string' || !input.by.trim()) fail('by', 'must name who decided', 'no_one')
  if (textProblem(input.by, true))
    fail('by', textProblem(input.by, true)!, 'invalid_text', {}, { detail: textProblem(input.by, true)! })
  const zone = result.audit.timeZone
  const at = instant(input.at, zone, 'at', fail)
  const submitted = parseEpoch(result.application.submittedAt, zone)
  if (!Number.isNaN(submitted) && at < submitted)
    fail(
      'at',
      `(${new Date(at).toISOString()}) is before the application was submitted (${result.application.submittedAt})`,
      'before_submission',
      {},
      { value: new Date(at).toISOString(), submitted: result.application.submittedAt },
    )
  const earlier = result.decision
  if (earlier && at < Date.parse(earlier.at))
    fail(
      'at',
      `(${new Date(at).toISOString()}) is before the decision it follows (${earlier.at})`,
      'before_previous',
      {},
      { value: new Date(at).toISOString(), previous: earlier.at },
    )
  let interviewAt: number | undefined
  if (input.interviewAt !== undefined) {
    interviewAt = instant(input.interviewAt, zone, 'interviewAt', fail)
    if (interviewAt > at)
      fail(
        'interviewAt',
        `(${new Date(interviewAt).toISOString()}) is after the decision (${new Date(at).toISOString()}): record the decision after the interview`,
        'after_decision',
        {},
        { value: new Date(interviewAt).toISOString(), decided: new Date(at).toISOString() },
      )
    if (!Number.isNaN(submitted) && interviewAt < submitted)
      fail('interviewAt', 'is before the application was submitted', 'before_submission')
  }
  if (input.note !== undefined && (typeof input.note !== 'string' || textProblem(input.note, false)))
    fail('note', typeof input.note === 'string' ? textProblem(input.note, false)! : 'must be a text', 'invalid_text')

  const criteria: string[] = []
  const text: { sv?: string; en?: string } = {}
  const given = input.reasons ?? {}
  if (input.outcome === 'pass') {
    if ((given.criteria?.length ?? 0) > 0 || Object.values(given.text ?? {}).some((t) => t !== undefined))
      fail(
        'reasons',
        'are for a rejection: a pass names no unmet requirement (use note for what the person wants on record)',
        'reasons_on_pass',
      )
  } else {
    const known = new Set(screener.criteria.criteria.map((c) => c.id))
    for (const [i, id] of (given.criteria ?? []).entries()) {
      // The closing date is the program's check, answered by the late message; a message that
      // named it as a person's reason would say nothing the candidate can read.
      if (id === DEADLINE_ID)
        fail(
          `reasons.criteria[${i}]`,
          `"${DEADLINE_ID}" is the program's check of the closing date (its answer is the late message): name a criterion of the file, or write the reason in reasons.text`,
          'unknown_criterion',
          {},
          { id: DEADLINE_ID, deadline: true },
        )
      if (typeof id !== 'string' || !known.has(id))
        fail(
          `reasons.criteria[${i}]`,
          `${JSON.stringify(id)} is not a criterion of ${screener.criteria.id} (${[...known].join(', ')})`,
          'unknown_criterion',
          {},
          {
            id: typeof id === 'string' ? id : (JSON.stringify(id) ?? 'undefined'),
            criteria: screener.criteria.id,
            known: [...known],
          },
        )
      if (!criteria.includes(id)) criteria.push(id)
    }
    for (const [locale, value] of Object.entries(given.text ?? {})) {
      if (value === undefined) continue
      if (locale !== 'sv' && locale !== 'en')
        fail(`reasons.text.${locale}`, 'is not a language messages are written in (sv, en)', 'unknown_language')
      if (typeof value !== 'string' || !value.trim())
        fail(`reasons.text.${locale}`, 'must be a non-empty text', 'empty_text')
      const problem = textProblem(value, false)
      if (problem) fail(`reasons.text.${locale}`, problem, 'invalid_text')
      if (value.length > MAX_REASON)
        fail(
          `reasons.text.${locale}`,
          `is ${value.length} characters; a reason is a sentence or two (at most ${MAX_REASON})`,
          'too_long',
          { max: MAX_REASON },
          { length: value.length },
        )
      text[locale as Locale] = value.trim()
    }
    const written = Object.keys(text) as Locale[]
    if (criteria.length === 0 && written.length === 0)
      fail(
        'reasons',
        'are needed for a rejection: the criteria the person found unmet (reasons.criteria) and/or a reason in their own words (reasons.text); the candidate is told these and nothing else',
        'no_reasons',
      )
    // A free reason is sent as written: it must exist in every language the messages go out in.
    const missing = screener.locales.filter((l) => written.length > 0 && text[l] === undefined)
    if (missing.length)
      fail(
        'reasons.text',
        `has no ${missing.join(' or ')} version; messages for this job are sent in ${screener.locales.join(' and ')}`,
        'missing_language',
        { languages: missing },
        { locales: [...screener.locales] },
      )
  }

  const decision: PersonDecision = {
    outcome: input.outcome,
    reasons: { criteria, text },
    by: input.by.trim(),
    at: new Date(at).toISOString(),
    previous: {
      outcome: (earlier?.outcome ?? result.outcome) as Outcome,
      decidedBy: earlier ? 'person' : 'program',
      hash: hashJson(result),
    },
  }
  if (input.note !== undefined) decision.note = input.note
  if (interviewAt !== undefined) decision.interviewAt = new Date(interviewAt).toISOString()
  deepFreeze(decision)
  const audit = Object.freeze({
    ...result.audit,
    decisions: Object.freeze([...(result.audit.decisions ?? []), decision]),
  })
  return Object.freeze({ ...result, decision, audit }) as R
}

/**
 * The outcome that stands: the latest person's decision, or else the program's.
 *
 * @example
 * ```ts
 * currentOutcome(recordDecision(result, { outcome: 'pass', by: 'Sara', at: new Date() }, { screener })) // 'pass'
 * ```
 * @category Screening
 */
export function currentOutcome(result: ScreeningResult<boolean>): Outcome {
  return result.decision?.outcome ?? result.outcome
}

/**
 * Who made the decision that stands: `person` once a decision was recorded, else `program`.
 *
 * @example
 * ```ts
 * decidedBy(result) // 'program'
 * ```
 * @category Screening
 */
export function decidedBy(result: ScreeningResult<boolean>): 'program' | 'person' {
  return result.decision ? 'person' : 'program'
}

function instant(
  value: unknown,
  zone: string,
  where: string,
  fail: (where: string, what: string, code: DecisionIssueCode, extra: object, params: IssueParams) => never,
): number {
  const t = value instanceof Date ? value.getTime() : typeof value === 'string' ? parseEpoch(value, zone) : Number.NaN
  if (Number.isNaN(t))
    fail(
      where,
      `must be a Date or an ISO 8601 date-time, not ${JSON.stringify(value instanceof Date ? 'Invalid Date' : value)}`,
      'invalid_date',
      {},
      { format: 'decision', value: JSON.stringify(value instanceof Date ? 'Invalid Date' : value) ?? 'undefined' },
    )
  return t
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}
