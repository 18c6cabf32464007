/**
 * What an operator may know besides the data: the injected clock and the job's time zone.
 * Rules never read the system clock.
 *
 * @example
 * ```ts
 * const ctx: EvaluationContext = { now: new Date('2026-11-23T10:00:00Z'), timeZone: 'Europe/Stockholm' }
 * ```
 * @category Rules engine
 */
export interface EvaluationContext {
  /** The instant the evaluation happens at. */
  now: Date
  /** IANA time zone that dates without an offset, and calendar arithmetic, refer to. */
  timeZone: string
  /** When the application was submitted (ISO 8601), for `{"submittedAt": []}`. */
  submittedAt?: string
}

/**
 * A custom operator registered on one engine instance (never process-wide).
 *
 * @example
 * ```ts
 * const engine = createEngine({ operators: { startsWith: { evaluate: ([s, p]) => String(s).startsWith(String(p)), returns: 'boolean' } } })
 * ```
 * @category Rules engine
 */
export interface OperatorDefinition {
  /** Computes the result from the already evaluated arguments. Throw an `EvaluationError` for bad input. */
  evaluate: (args: unknown[], context: EvaluationContext) => unknown
  /** Kind of value returned, for load-time type checks. */
  returns?: ValueKind
  /** Kinds of the arguments, for load-time type checks (`any` accepts everything). */
  args?: ValueKind[]
  /** How many arguments a criteria file may give, `[min, max]` (default: any number). */
  arity?: readonly [number, number]
  /** One-line description shown in documentation and lint output. */
  description?: string
  /**
   * Optional specialisation, called once per use in a rule at compile time with what is
   * known of each argument: `{ literal: true, value }` for a literal, `{ literal: false }` for
   * anything computed. Returns an `evaluate` for that use (for example with a literal list
   * normalised once), or `undefined` to keep the general one. Must give the same results.
   */
  prepare?: (args: readonly PreparedArgument[]) => OperatorDefinition['evaluate'] | undefined
}

/**
 * What {@link OperatorDefinition.prepare} knows of an argument at compile time.
 *
 * @example
 * ```ts
 * const known: PreparedArgument = { literal: true, value: ['react', 'vue'] }
 * ```
 * @category Rules engine
 */
export type PreparedArgument = { readonly literal: true; readonly value: unknown } | { readonly literal: false }

/** Kinds of value the analyser reasons about.
 * @example
 * ```ts
 * const kind: ValueKind = 'date'
 * ```
 * @category Rules engine
 */
export type ValueKind = 'number' | 'string' | 'boolean' | 'date' | 'list' | 'null' | 'object' | 'any'
