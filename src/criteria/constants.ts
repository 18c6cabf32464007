// The fixed vocabularies of criteria files, in a module of their own: the CLI's help reads them
// without loading the schema and zod.

/** Languages that messages and reasons can be written in.
 * @example
 * ```ts
 * LOCALES.includes('sv') // true
 * ```
 * @category Criteria files
 */
export const LOCALES = ['sv', 'en'] as const
/** A message language.
 * @example
 * ```ts
 * const locale: Locale = 'sv'
 * ```
 * @category Criteria files
 */
export type Locale = (typeof LOCALES)[number]

/** The language levels of the Common European Framework of Reference (GERS in Swedish), lowest
 * first: what `cefrAtLeast` compares, the Studio offers and criteria files are checked against.
 * @example
 * ```ts
 * CEFR_LEVELS.indexOf('B2') // 3
 * ```
 * @category Criteria files
 */
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const

/** The message stages with built-in templates. After screening: `received` (at once),
 * `advance` (a pass), `rejected` (the program rejected), `late` (after the closing date),
 * `talent-pool` (a near miss); after a person decided: `rejected-by-person` (after review) and
 * `rejected-after-interview`; and `job-closed`, for everyone still waiting when the position is
 * filled or the job is closed ({@link closeJob}).
 * @example
 * ```ts
 * for (const stage of STAGES) renderMessage(result, { screener, now, stage })
 * ```
 * @category Criteria files
 */
export const STAGES = [
  'received',
  'rejected',
  'late',
  'talent-pool',
  'advance',
  'rejected-by-person',
  'rejected-after-interview',
  'job-closed',
] as const
/** A message stage.
 * @example
 * ```ts
 * const stage: Stage = 'talent-pool'
 * ```
 * @category Criteria files
 */
export type Stage = (typeof STAGES)[number]
