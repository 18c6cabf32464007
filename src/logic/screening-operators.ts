import type { OperatorDefinition } from './context.js'
import { SCREENING_SPECS } from './operators/index.js'

export { CEFR_LEVELS } from './operators/screening.js'
export { normaliseTerm } from './terms.js'

/**
 * Operators for real screening criteria, registered on every engine by default (their full
 * definitions, with arity, explanation and three-valued behaviour, live in `logic/operators/`).
 *
 * - `includesAny` / `includesAll`: `{"includesAny": [{"var": "skills"}, ["react", "vue"]]}`; case and accents do not matter.
 * - `includesWord`: `{"includesWord": [{"var": "title"}, ["Java", "React Native"]]}`: whole words and phrases in a text ("Java" is not in "JavaScript").
 * - `atLeast`: `{"atLeast": [2, {"var": "systems"}, ["Fortnox", "Visma", "Excel"]]}`, or `{"atLeast": [2, [cond, cond, cond]]}`.
 * - `cefrAtLeast`: `{"cefrAtLeast": [{"var": "swedishLevel"}, "B2"]}`; A1 < A2 < B1 < B2 < C1 < C2.
 * - `daysSince`, `monthsSince`, `yearsSince`, `daysUntil`, `monthsUntil`: whole calendar units between a date and now (or a second date), in the job's time zone.
 * - `dateBefore`, `dateAfter`, `dateOnOrBefore`, `dateOnOrAfter`: compare two ISO dates or date-times.
 * - `submittedAt`, `addDays`, `addMonths`: the application's submission time, and date arithmetic.
 * - `review`: `{"review": "check the equivalent education"}` hands the decision to a person.
 *
 * @example
 * ```ts
 * const engine = createEngine()
 * engine.compile({ includesAny: [{ var: 'skills' }, ['React', 'Vue']] }).evaluate({ skills: ['react'] }) // true
 * ```
 * @category Rules engine
 */
export const SCREENING_OPERATORS: Readonly<Record<string, OperatorDefinition>> = Object.freeze(
  Object.fromEntries(
    Object.entries(SCREENING_SPECS).map(([name, s]) => [
      name,
      Object.freeze({
        evaluate: s.evaluate as OperatorDefinition['evaluate'],
        returns: s.returns,
        ...(s.args ? { args: [...s.args] } : {}),
        arity: s.arity,
        description: s.description,
        ...(s.prepare ? { prepare: s.prepare } : {}),
      }),
    ]),
  ),
)
