// The one entry of logic/ for the layers above (screen/, lint/, messages/, …): what they may use
// of the engine, its operators and their explanations. What an operator is (impure, reads the
// clock, counts calendar units, orders dates, which literals a reason may quote) is asked here,
// of its spec (operator-traits.ts, reasons), never kept as a list of operator names above.

export { createEngine, internalsOf, nodeOf } from './engine.js'
export type { CompiledRule, Engine, EngineOptions } from './engine.js'
export type { EvaluationContext } from './context.js'
export type { Node } from './ast.js'
export type { Quote } from './operators/spec.js'
export { ReviewRequest } from './operators/screening.js'
export { readsMoreThanAnswers, ruleReadsMoreThanAnswers, countsCalendar, dateOrder } from './operator-traits.js'
export { pureFields, readsByName, soleField } from './reads-by-name.js'
export { bareRecord } from './bare-record.js'
export { analyseRule, foldRule, type FieldShape } from './analyse.js'
export { answerDomains, testThreeValued, type AnswerShape, type FieldGap } from './three-valued.js'
export { Unknown } from './unknown.js'
export { explainRule, formatExplanation, prepareExplainer, type FormatExplanationOptions } from './explain.js'
export type { Explanation } from './explanation.js'
export { formatDate } from '../time/format-date.js'
export { isoDay, offsetAt } from '../time/zoned-calendar.js'
export { isValidTimeZone, parseEpoch, parseInstant } from '../time/dates.js'
export { normaliseTerm, optionMatcher } from './terms.js'
export { truthy } from './runtime.js'
