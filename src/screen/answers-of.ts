import type { Field } from '../criteria/schema.js'

/**
 * What {@link AnswersOf} reads of a field: its type and, for `enum` and `list`, its values
 * (written `as const`, they become the answer's type).
 *
 * @example
 * ```ts
 * const licence = { type: 'enum', values: ['B', 'C', 'CE'], label: { sv: 'Körkort' } } as const satisfies FieldShapeOf
 * ```
 * @category Screening
 */
export interface FieldShapeOf {
  readonly type: Field['type']
  readonly values?: readonly string[] | undefined
}

/**
 * The answer a field of a criteria file takes, as a TypeScript type: a number for `number` and
 * `integer`, a boolean for `boolean`, a text for `string`, `date` and `date-time` (ISO 8601),
 * one of its values for `enum` and a list of them for `list` (any text when the values are not
 * known to the compiler).
 *
 * @example
 * ```ts
 * type Licence = FieldAnswer<{ type: 'enum'; values: readonly ['B', 'C'] }> // 'B' | 'C'
 * ```
 * @category Screening
 */
export type FieldAnswer<F extends FieldShapeOf> = F['type'] extends 'number' | 'integer'
  ? number
  : F['type'] extends 'boolean'
    ? boolean
    : F['type'] extends 'enum'
      ? F extends { readonly values: readonly (infer V extends string)[] }
        ? V
        : string
      : F['type'] extends 'list'
        ? F extends { readonly values: readonly (infer V extends string)[] }
          ? V[]
          : string[]
        : string

/**
 * The answers of an application typed against a job's fields: every field optional (a candidate
 * may leave any unanswered), each with the type {@link FieldAnswer} gives it. Opt in by naming
 * it when compiling, `compileCriteria<AnswersOf<typeof fields>>(doc)`: the screener's `screen`
 * then takes applications with those answers, and a misspelt field or a wrong type is a compile
 * error in the ATS's own code. Screening still checks every answer as it runs (an answer of the
 * wrong type from outside is `invalid`, never trusted for its type).
 *
 * @example
 * ```ts
 * const fields = { experienceYears: { type: 'integer' }, licence: { type: 'enum', values: ['B', 'C'] } } as const
 * type JobAnswers = AnswersOf<typeof fields> // { experienceYears?: number; licence?: 'B' | 'C' }
 * const screener = compileCriteria<JobAnswers>(loadCriteriaText(text))
 * screener.screen({ id: 'a-1', submittedAt, answers: { experienceYears: 3, licence: 'B' } }, { now })
 * ```
 * @category Screening
 */
export type AnswersOf<Fields extends { readonly [name: string]: FieldShapeOf }> = {
  -readonly [K in keyof Fields]?: FieldAnswer<Fields[K]>
}
