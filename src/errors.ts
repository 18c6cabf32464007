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
  /** Stable machine-readable code, e.g. `unknown_key`, `duplicate_id`, `unknown_operator`. */
  code: string
  /** Path of the offending value inside the document. */
  path: (string | number)[]
  /** What is wrong, in words a recruiter understands. */
  message: string
  /** `error` blocks loading; `warning` is reported but does not. */
  severity?: 'error' | 'warning'
}

/**
 * Base class of every error autoscreen throws. Outcomes (a rejected candidate) are never
 * errors; these are for authoring and runtime faults. `code` is stable and safe to branch on.
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
  readonly code: string
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'ScreeningError'
    this.code = code
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
  constructor(issues: Issue[], message?: string) {
    const first = issues[0]
    super(
      'criteria_invalid',
      message ??
        `${issues.length} problem${issues.length === 1 ? '' : 's'} in criteria${first?.file ? ` ${first.file}` : ''}: ${issues
          .slice(0, 3)
          .map((i) => `${i.line ? `${i.line}:${i.column ?? 1} ` : ''}${i.message}`)
          .join('; ')}${issues.length > 3 ? '; …' : ''}`,
    )
    this.name = 'CriteriaError'
    this.issues = issues
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
  /** Path of the offending node inside the rule. */
  readonly path: (string | number)[]
  constructor(code: string, message: string, path: (string | number)[] = []) {
    super(code, message)
    this.name = 'RuleError'
    this.path = path
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
  constructor(code: string, message: string) {
    super(code, message)
    this.name = 'EvaluationError'
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
  /** Every problem found in the envelope. */
  readonly issues: Issue[]
  constructor(issues: Issue[]) {
    super('application_invalid', `application is not usable: ${issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`)
    this.name = 'ApplicationError'
    this.issues = issues
  }
}
