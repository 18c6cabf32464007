import type {
  ApplicationIssueCode,
  DecisionIssueCode,
  DemographicsIssueCode,
  IssueCode,
  IssueParams,
  SurveyIssueCode,
} from './issues/issue-code.js'

// The narrower code unions are defined in the catalogue (src/issues), subsets of IssueCode.
export type {
  ApplicationIssueCode,
  BatchIssueCode,
  CsvIssueCode,
  DecisionIssueCode,
  DemographicsIssueCode,
  SurveyIssueCode,
} from './issues/issue-code.js'

/**
 * Where a problem sits in an authored file: the file, a 1-based line and column, and the
 * path of the field inside the document.
 * @example
 * ```ts
 * const at: SourceLocation = { file: 'rules/x.yaml', line: 12, column: 9 }
 * ```
 * @category Errors and version
 */
export interface SourceLocation {
  /** File the problem is in, as given to the loader (absent for in-memory input). */
  file?: string
  /** 1-based line. */
  line?: number
  /** 1-based column. */
  column?: number
}

/**
 * One problem found while loading or compiling an authored file.
 *
 * @example
 * ```ts
 * const issue: Issue = { path: ['criteria', 0, 'id'], message: 'duplicate criterion id "experience"', file: 'rules/x.yaml', line: 12, column: 9, code: 'duplicate_id' }
 * ```
 * @category Errors and version
 */
export interface Issue extends SourceLocation {
  /** Stable machine-readable code from the one catalogue, e.g. `unknown_key`, `duplicate_id`, `unknown_operator`. */
  code: IssueCode
  /** Path of the offending value inside the document. */
  path: (string | number)[]
  /** The arguments of its wording (see `formatIssue`): plain data, so it can be worded again in another language. */
  params?: IssueParams
  /** What is wrong, in English (`formatIssue(issue, 'sv')` words it in Swedish). */
  message: string
  /** `error` blocks loading; `warning` is reported but does not. */
  severity?: 'error' | 'warning'
}

/**
 * Codes of {@link RuleError}: why the engine does not accept a rule.
 * @example
 * ```ts
 * const code: RuleErrorCode = 'unknown_operator'
 * ```
 * @category Errors and version
 */
export type RuleErrorCode =
  | 'ambiguous_operation'
  | 'dynamic_path'
  | 'forbidden_operator'
  | 'forbidden_path'
  | 'invalid_operator'
  | 'invalid_value'
  | 'operator_exists'
  | 'rule_too_deep'
  | 'rule_too_large'
  | 'unknown_operator'

/**
 * Codes of {@link EvaluationError}: why a rule failed while evaluating.
 * @example
 * ```ts
 * const code: EvaluationErrorCode = 'limit_steps'
 * ```
 * @category Errors and version
 */
export type EvaluationErrorCode =
  | 'evaluation_failed'
  | 'forbidden_path'
  | 'invalid_arguments'
  | 'invalid_cefr'
  | 'invalid_date'
  | 'limit_array_length'
  | 'limit_steps'
  | 'limit_string_length'
  | 'no_clock'
  | 'no_submission'
  | 'not_finite'
  | 'review_requested'

/**
 * Every code a {@link ScreeningError} can carry: safe to `switch` on, checked by the compiler.
 * @example
 * ```ts
 * function advice(e: ScreeningError) { if (e.code === 'template_not_loaded') return 'load the templates first' }
 * ```
 * @category Errors and version
 */
export type ScreeningErrorCode =
  | 'criteria_invalid'
  | 'criteria_hash_mismatch'
  | 'application_invalid'
  | 'cyclic_value'
  | 'demographics_invalid'
  | 'foreign_engine'
  | 'foreign_rule'
  | 'invalid_decision'
  | 'invalid_option'
  | 'invalid_result'
  | 'no_working_time'
  | 'stage_mismatch'
  | 'survey_invalid'
  | 'template_not_loaded'
  | 'unsafe_header'
  | RuleErrorCode
  | EvaluationErrorCode

/**
 * One problem with an application envelope.
 * @example
 * ```ts
 * const issue: ApplicationIssue = { code: 'missing_key', path: ['submittedAt'], message: 'is required' }
 * ```
 * @category Errors and version
 */
export interface ApplicationIssue extends Issue {
  code: ApplicationIssueCode
}

/**
 * One problem with a demographics CSV: the physical line and column in the file (a quoted cell
 * can span lines), and the column name in `path` when there is one.
 * @example
 * ```ts
 * const issue: DemographicsIssue = { code: 'short_row', path: [], line: 10, column: 9, message: 'this row has 2 cells, the header has 3' }
 * ```
 * @category Errors and version
 */
export interface DemographicsIssue extends Issue {
  code: DemographicsIssueCode
}

/**
 * One problem with a file of survey answers or consents: the physical line and column in the
 * file, and the column (CSV) or key (JSON Lines) in `path` when there is one.
 * @example
 * ```ts
 * const issue: SurveyIssue = { code: 'score_out_of_range', file: 'answers.csv', path: ['score'], line: 4, column: 7, message: 'the score 11 is not on the scale 0–10' }
 * ```
 * @category Errors and version
 */
export interface SurveyIssue extends Issue {
  code: SurveyIssueCode
}

/**
 * What is wrong with a person's decision: a code, the path of the value in the decision
 * (`['reasons', 'text', 'sv']`; empty for the result or the screener), and the message. A
 * missing language lists the languages (`languages`); a text too long gives the longest
 * allowed (`max`). A page or a command words it from these in its user's language.
 * @example
 * ```ts
 * const issue: DecisionIssue = { code: 'missing_language', path: ['reasons', 'text'], languages: ['en'], message: 'has no en version; …' }
 * ```
 * @category Errors and version
 */
export interface DecisionIssue extends Issue {
  code: DecisionIssueCode
  /** The languages a free reason is missing (`missing_language`). */
  languages?: ('sv' | 'en')[]
  /** The most characters a free reason may have (`too_long`). */
  max?: number
}

// instanceof across copies: an application can end up with two copies of autoscreen (the ESM
// and the CommonJS build, or two versions). Each error carries the kinds it is, under a global
// symbol, so `e instanceof CriteriaError` holds whichever copy threw it.
const KINDS = Symbol.for('autoscreen.error.kinds')
type Kind =
  | 'ScreeningError'
  | 'CriteriaError'
  | 'RuleError'
  | 'EvaluationError'
  | 'ApplicationError'
  | 'DemographicsError'
  | 'SurveyError'
  | 'DecisionError'
const isKind = (value: unknown, kind: Kind): boolean =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as Record<symbol, unknown>)[KINDS]) &&
  ((value as Record<symbol, Kind[]>)[KINDS] as Kind[]).includes(kind)
function mark(error: Error, kind: Kind): void {
  const kinds = (error as unknown as Record<symbol, Kind[] | undefined>)[KINDS]
  if (kinds) kinds.push(kind)
  else Object.defineProperty(error, KINDS, { value: [kind] })
}
const ownInstance = (cls: unknown, value: unknown): boolean =>
  Function.prototype[Symbol.hasInstance].call(cls as () => void, value)

/**
 * Base class of every error autoscreen throws. Outcomes (a rejected candidate) are never
 * errors; these are for authoring and runtime faults. `code` is stable and safe to branch on;
 * `cause` keeps the error that led to it. `instanceof` works across copies of the library.
 *
 * @example
 * ```ts
 * try { await loadCriteria('rules/x.yaml') } catch (e) {
 *   if (e instanceof ScreeningError) console.error(e.code, e.message)
 * }
 * ```
 * @category Errors and version
 */
export class ScreeningError extends Error {
  /** Stable error code. */
  readonly code: ScreeningErrorCode
  constructor(code: ScreeningErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'ScreeningError'
    this.code = code
    mark(this, 'ScreeningError')
  }
  static override [Symbol.hasInstance](value: unknown): boolean {
    return ownInstance(this, value) || (this === ScreeningError && isKind(value, 'ScreeningError'))
  }
}

/**
 * A criteria file (or template or test file) could not be loaded. Holds every issue found,
 * not only the first, each with its file, line, column and path.
 *
 * @example
 * ```ts
 * try { await loadCriteria('rules/x.yaml') } catch (e) {
 *   if (e instanceof CriteriaError) for (const i of e.issues) console.error(`${i.file}:${i.line}:${i.column} ${i.message}`)
 * }
 * ```
 * @category Errors and version
 */
export class CriteriaError extends ScreeningError {
  /** Every problem found. */
  readonly issues: Issue[]
  /** The file's own language (its `locale:`), when the file says one: a tool words the issues in it. */
  readonly locale?: 'sv' | 'en'
  constructor(issues: Issue[], message?: string, options?: { cause?: unknown; locale?: 'sv' | 'en' | undefined }) {
    const first = issues[0]
    super(
      'criteria_invalid',
      message ??
        `${issues.length} problem${issues.length === 1 ? '' : 's'} in criteria${first?.file ? ` ${first.file}` : ''}: ${issues
          .slice(0, 3)
          .map((i) => `${i.line ? `${i.line}:${i.column ?? 1} ` : ''}${i.message}`)
          .join('; ')}${issues.length > 3 ? '; …' : ''}`,
      options,
    )
    this.name = 'CriteriaError'
    this.issues = issues
    if (options?.locale !== undefined) this.locale = options.locale
    mark(this, 'CriteriaError')
  }
  static override [Symbol.hasInstance](value: unknown): boolean {
    return ownInstance(this, value) || (this === CriteriaError && isKind(value, 'CriteriaError'))
  }
}

/**
 * A JSON Logic rule is not accepted by the engine: an unknown or forbidden operator,
 * a computed `var` path, a prototype key, or a rule beyond the depth or size limits.
 *
 * @example
 * ```ts
 * try { createEngine().compile({ log: 1 }) } catch (e) {
 *   if (e instanceof RuleError) console.error(e.code, e.path) // 'forbidden_operator', []
 * }
 * ```
 * @category Errors and version
 */
export class RuleError extends ScreeningError {
  declare readonly code: RuleErrorCode
  /** Path of the offending node inside the rule. */
  readonly path: (string | number)[]
  /** The arguments of its wording in the catalogue (see `formatIssue`). */
  readonly params: IssueParams
  constructor(
    code: RuleErrorCode,
    message: string,
    path: (string | number)[] = [],
    options?: { cause?: unknown; params?: IssueParams },
  ) {
    super(code, message, options)
    this.name = 'RuleError'
    this.path = path
    this.params = options?.params ?? {}
    mark(this, 'RuleError')
  }
  static override [Symbol.hasInstance](value: unknown): boolean {
    return ownInstance(this, value) || (this === RuleError && isKind(value, 'RuleError'))
  }
}

/**
 * A rule failed while evaluating: a runtime limit was hit (a string or array grew too
 * large) or an operator received a value it cannot work with. In screening this makes the
 * criterion's status `error` and the outcome `review`; it never escapes `screen()`.
 *
 * @example
 * ```ts
 * const rule = createEngine({ limits: { maxArrayLength: 10 } }).compile({ merge: [[1,2,3,4,5,6],[7,8,9,10,11]] })
 * try { rule.evaluate({}) } catch (e) { if (e instanceof EvaluationError) console.log(e.code) } // 'limit_array_length'
 * ```
 * @category Errors and version
 */
export class EvaluationError extends ScreeningError {
  declare readonly code: EvaluationErrorCode
  constructor(code: EvaluationErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options)
    this.name = 'EvaluationError'
    mark(this, 'EvaluationError')
  }
  static override [Symbol.hasInstance](value: unknown): boolean {
    return ownInstance(this, value) || (this === EvaluationError && isKind(value, 'EvaluationError'))
  }
}

/**
 * An application envelope is not usable (not an object, no `id`, no parseable
 * `submittedAt`). Problems with the candidate's answers are never thrown: they become
 * `missing` or `invalid` criterion statuses.
 *
 * @example
 * ```ts
 * try { screener.screen({} as never, { now: new Date() }) } catch (e) {
 *   if (e instanceof ApplicationError) console.error(e.issues)
 * }
 * ```
 * @category Errors and version
 */
export class ApplicationError extends ScreeningError {
  declare readonly code: 'application_invalid'
  /** Every problem found in the envelope. */
  readonly issues: ApplicationIssue[]
  constructor(issues: ApplicationIssue[], options?: { cause?: unknown }) {
    super(
      'application_invalid',
      `application is not usable: ${issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`,
      options,
    )
    this.name = 'ApplicationError'
    this.issues = issues
    mark(this, 'ApplicationError')
  }
  static override [Symbol.hasInstance](value: unknown): boolean {
    return ownInstance(this, value) || (this === ApplicationError && isKind(value, 'ApplicationError'))
  }
}

/**
 * A demographics CSV cannot be used: malformed CSV (a stray or unclosed quote), a row with
 * more or fewer cells than the header, a duplicated or empty column name, no id column, or one
 * application listed twice with different values. Holds every issue found, each located. No
 * partial result: figures computed on a file read wrongly would look right and be wrong.
 *
 * @example
 * ```ts
 * try { parseDemographicsCsv(text, { file: 'groups.csv' }) } catch (e) {
 *   if (e instanceof DemographicsError) for (const i of e.issues) console.error(`${i.file}:${i.line}:${i.column}  ${i.message}`)
 * }
 * ```
 * @category Errors and version
 */
export class DemographicsError extends ScreeningError {
  declare readonly code: 'demographics_invalid'
  /** Every problem found. */
  readonly issues: DemographicsIssue[]
  constructor(issues: DemographicsIssue[], options?: { cause?: unknown }) {
    const first = issues[0]
    super(
      'demographics_invalid',
      `${issues.length} problem${issues.length === 1 ? '' : 's'} in the demographics CSV${first?.file ? ` ${first.file}` : ''}: ${issues
        .slice(0, 3)
        .map((i) => `${i.line ? `${i.line}:${i.column ?? 1} ` : ''}${i.message}`)
        .join('; ')}${issues.length > 3 ? '; …' : ''}`,
      options,
    )
    this.name = 'DemographicsError'
    this.issues = issues
    mark(this, 'DemographicsError')
  }
  static override [Symbol.hasInstance](value: unknown): boolean {
    return ownInstance(this, value) || (this === DemographicsError && isKind(value, 'DemographicsError'))
  }
}

/**
 * A file of survey answers (or of talent-pool consents) cannot be used: malformed CSV or JSON,
 * a row with more or fewer cells than the header, no id or score column, a row without an id,
 * a score that is not a whole number from 0 to 10, a comment or stage that is not text, a
 * consent time that is not a date. Holds every error found, each located; no partial result,
 * since a score read from the wrong column gives figures that look right.
 *
 * @example
 * ```ts
 * try { parseSurveyAnswers(text, { file: 'answers.csv' }) } catch (e) {
 *   if (e instanceof SurveyError) for (const i of e.issues) console.error(`${i.file}:${i.line}:${i.column}  ${i.message}`)
 * }
 * ```
 * @category Errors and version
 */
export class SurveyError extends ScreeningError {
  declare readonly code: 'survey_invalid'
  /** Every problem found. */
  readonly issues: SurveyIssue[]
  constructor(issues: SurveyIssue[], options?: { cause?: unknown }) {
    const first = issues[0]
    super(
      'survey_invalid',
      `${issues.length} problem${issues.length === 1 ? '' : 's'} in the file${first?.file ? ` ${first.file}` : ''}: ${issues
        .slice(0, 3)
        .map((i) => `${i.line ? `${i.line}:${i.column ?? 1} ` : ''}${i.message}`)
        .join('; ')}${issues.length > 3 ? '; …' : ''}`,
      options,
    )
    this.name = 'SurveyError'
    this.issues = issues
    mark(this, 'SurveyError')
  }
  static override [Symbol.hasInstance](value: unknown): boolean {
    return ownInstance(this, value) || (this === SurveyError && isKind(value, 'SurveyError'))
  }
}

/**
 * Type guards for autoscreen's errors that hold across copies of the library (ESM and
 * CommonJS builds, or two versions in one program), like `instanceof` does here.
 * @example
 * ```ts
 * try { loadCriteriaText(text) } catch (e) { if (isCriteriaError(e)) console.error(e.issues) }
 * ```
 * @category Errors and version
 */
export const isScreeningError = (e: unknown): e is ScreeningError => isKind(e, 'ScreeningError')
/**
 * A person's decision cannot be recorded (`recordDecision`): a rejection without reasons, a free
 * reason missing a language the messages go out in, a criterion the file does not have, a time
 * before the submission, an interview after the decision. Its code is `invalid_decision`; its one
 * issue says what and where, so that a page can word it in its user's language.
 *
 * @example
 * ```ts
 * try { recordDecision(result, { outcome: 'reject', by: 'Sara', at: new Date() }, { screener }) } catch (e) {
 *   if (isDecisionError(e)) console.error(e.issues[0].code, e.issues[0].path) // 'no_reasons', ['reasons']
 * }
 * ```
 * @category Errors and version
 */
export class DecisionError extends ScreeningError {
  declare readonly code: 'invalid_decision'
  /** The problem found (one: the first). */
  readonly issues: [DecisionIssue]
  constructor(issue: DecisionIssue, message: string, options?: { cause?: unknown }) {
    super('invalid_decision', message, options)
    this.name = 'DecisionError'
    this.issues = [issue]
    mark(this, 'DecisionError')
  }
  static override [Symbol.hasInstance](value: unknown): boolean {
    return ownInstance(this, value) || (this === DecisionError && isKind(value, 'DecisionError'))
  }
}

/**
 * True for a {@link CriteriaError} from any copy of the library.
 * @example
 * ```ts
 * if (isCriteriaError(e)) for (const i of e.issues) console.error(i.message)
 * ```
 * @category Errors and version
 */
export const isCriteriaError = (e: unknown): e is CriteriaError => isKind(e, 'CriteriaError')
/**
 * True for a {@link RuleError} from any copy of the library.
 * @example
 * ```ts
 * if (isRuleError(e)) console.error(e.code, e.path)
 * ```
 * @category Errors and version
 */
export const isRuleError = (e: unknown): e is RuleError => isKind(e, 'RuleError')
/**
 * True for an {@link EvaluationError} from any copy of the library.
 * @example
 * ```ts
 * if (isEvaluationError(e)) console.error(e.code)
 * ```
 * @category Errors and version
 */
export const isEvaluationError = (e: unknown): e is EvaluationError => isKind(e, 'EvaluationError')
/**
 * True for an {@link ApplicationError} from any copy of the library.
 * @example
 * ```ts
 * if (isApplicationError(e)) console.error(e.issues)
 * ```
 * @category Errors and version
 */
export const isApplicationError = (e: unknown): e is ApplicationError => isKind(e, 'ApplicationError')
/**
 * True for a {@link DemographicsError} from any copy of the library.
 * @example
 * ```ts
 * if (isDemographicsError(e)) for (const i of e.issues) console.error(i.line, i.message)
 * ```
 * @category Errors and version
 */
export const isDemographicsError = (e: unknown): e is DemographicsError => isKind(e, 'DemographicsError')
/**
 * True for a {@link SurveyError} from any copy of the library.
 * @example
 * ```ts
 * if (isSurveyError(e)) for (const i of e.issues) console.error(i.line, i.message)
 * ```
 * @category Errors and version
 */
export const isSurveyError = (e: unknown): e is SurveyError => isKind(e, 'SurveyError')

/**
 * True for a {@link DecisionError} from any copy of the library.
 * @example
 * ```ts
 * if (isDecisionError(e)) console.error(e.issues[0].code, e.issues[0].path.join('.'))
 * ```
 * @category Errors and version
 */
export const isDecisionError = (e: unknown): e is DecisionError => isKind(e, 'DecisionError')
