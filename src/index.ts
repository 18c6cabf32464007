/**
 * `autoscreen`: rule-based screening of job applications. Runs wherever JavaScript runs; file
 * loading is in `autoscreen/node`.
 * @module autoscreen
 */
// Public API of autoscreen, exported by name. Layers: criteria -> logic -> screen -> messages,
// schedule, report, testing, lint. Runs wherever JavaScript runs: no Node built-ins here (file
// loading is in ./node, the 'autoscreen/node' entry). The CLI is built only from these exports.

export { ScreeningError, CriteriaError, RuleError, EvaluationError, ApplicationError, isScreeningError, isCriteriaError, isRuleError, isEvaluationError, isApplicationError } from './errors'
export type { Issue, SourceLocation, ApplicationIssue, ApplicationIssueCode, ScreeningErrorCode, RuleErrorCode, EvaluationErrorCode } from './errors'
export { VERSION } from './version'

// criteria/
export { CriteriaSchema, FieldSchema, CriterionSchema, DeliveryPolicySchema, LOCALES, STAGES } from './criteria/schema'
export type { Criteria, CriteriaInput, Criterion, Field, DeliveryPolicy, Locale, Stage } from './criteria/schema'
export { pathText } from './criteria/parse'
export type { CriteriaDocument } from './criteria/parse'
export { criteriaJsonSchema } from './criteria/json-schema'
export { canonicalJson } from './criteria/canonical-json'
export { hashJson } from './criteria/hash'

// logic/
export { createEngine } from './logic/engine'
export type { Engine, EngineOptions, CompiledRule } from './logic/engine'
export type { EvaluationContext, OperatorDefinition, PreparedArgument, ValueKind } from './logic/context'
export type { CompileLimits, RuntimeLimits, RulePath } from './logic/ast'
export { SCREENING_OPERATORS, CEFR_LEVELS } from './logic/screening-operators'
export { analyseRule, foldRule } from './logic/analyse'
export type { FieldShape, RuleIssue } from './logic/analyse'
export { explainRule, formatExplanation } from './logic/explain'
export type { Explanation, Condition, ExplainOptions } from './logic/explain'
export { testThreeValued, answerDomains } from './logic/three-valued'
export type { FieldGap, ThreeValuedOptions, AnswerShape } from './logic/three-valued'
export { Unknown } from './logic/unknown'
export { normaliseTerm } from './logic/terms'
export { parseInstant, isValidTimeZone } from './logic/dates'

// screen/
export { loadCriteriaText } from './screen/load-criteria'
export { loadTemplates } from './criteria/load-templates'
export type { TemplateSources } from './criteria/load-templates'
export type { LoadCriteriaOptions } from './screen/load-criteria'
export { compileCriteria } from './screen/compile-criteria'
export type { Screener, ScreenOptions, CompileCriteriaOptions } from './screen/compile-criteria'
export type { Application } from './screen/application'
export { applicationSchema } from './screen/answers'
export { readApplications, readJsonObjects } from './screen/read-applications'
export type { BatchEntry, JsonLine, ReadApplicationsOptions, TextSource } from './screen/read-applications'
export type { ScreeningResult, CriterionResult, CriterionStatus, Outcome, Audit } from './screen/result'
export { resultJson } from './screen/result-json'

// report/
export { formatResult } from './report/format-result'
export { summarize, parseDemographicsCsv } from './report/summarize'
export type { Summary, SummarizeOptions, ReportEntry, OutcomeCounts, CriterionSummary, GroupRate, AdverseImpact } from './report/summarize'
export { formatSummaryMarkdown, formatSummaryHtml } from './report/format-summary'
export { diffOutcomes } from './report/diff-outcomes'
export { readResults } from './report/read-results'
export type { ResultLine } from './report/read-results'
export type { OutcomeDiff } from './report/diff-outcomes'
export type { FormatResultOptions } from './report/format-result'

// messages/
export { renderMessage, messageContext } from './messages/render-message'
export type { RenderedMessage, RenderOptions, MessageContext } from './messages/render-message'
export { BUILT_IN_TEMPLATES } from './messages/templates'
export type { MessageTemplate } from './messages/templates'

// schedule/
export { planDelivery, deliveryPolicy, stageFor, nextWorkingMoment } from './schedule/plan-delivery'
export type { DeliveryPlan, PlanOptions, ResolvedPolicy } from './schedule/plan-delivery'

// testing/
export { runRuleTestSource, toJUnit, formatCaseSummary } from './testing/run-rule-tests'
export type { RuleTestReport, RuleTestOptions, RuleTestSource, CaseResult, CaseSummary, Expectation, Coverage, CoverageStatus } from './testing/run-rule-tests'

// lint/
export { lintCriteria, type LintFinding, type LintOptions } from './lint/lint-criteria'
export { findProtectedGrounds, PROTECTED_GROUNDS, type GroundId, type GroundMatch, type GroundTextOptions, type TextKind } from './lint/grounds'
export { findPersonalWording } from './lint/personal-wording'
