/**
 * `autoscreen`: rule-based screening of job applications. Runs wherever JavaScript runs; file
 * loading is in `autoscreen/node`.
 * @module autoscreen
 */
// Public API of autoscreen, exported by name. Layers: criteria -> logic -> screen -> messages,
// schedule, report, testing, lint. Runs wherever JavaScript runs: no Node built-ins here (file
// loading is in ./node, the 'autoscreen/node' entry). The CLI is built only from these exports.

export {
  ScreeningError,
  CriteriaError,
  RuleError,
  EvaluationError,
  ApplicationError,
  DemographicsError,
  SurveyError,
  DecisionError,
  isScreeningError,
  isCriteriaError,
  isRuleError,
  isEvaluationError,
  isApplicationError,
  isDemographicsError,
  isSurveyError,
  isDecisionError,
} from './errors.js'
export type {
  Issue,
  SourceLocation,
  ApplicationIssue,
  ApplicationIssueCode,
  BatchIssueCode,
  CsvIssueCode,
  DemographicsIssue,
  DemographicsIssueCode,
  SurveyIssue,
  SurveyIssueCode,
  DecisionIssue,
  DecisionIssueCode,
  ScreeningErrorCode,
  RuleErrorCode,
  EvaluationErrorCode,
} from './errors.js'
export { formatIssue } from './issues/format-issue.js'
export type { IssueCode, IssueParams, LintCode, RuleIssueCode } from './issues/issue-code.js'
export { VERSION } from './version.js'

// criteria/
export { LOCALES, STAGES } from './criteria/schema.js'
export type {
  Criteria,
  CriteriaInput,
  Criterion,
  Field,
  DeliveryPolicy,
  Locale,
  Stage,
  Localized,
  LintAcknowledgement,
  FieldBase,
  FieldOptions,
  Weekday,
} from './criteria/schema.js'
export { pathText } from './criteria/parse.js'
export type { CriteriaDocument } from './criteria/parse.js'
export { criteriaJsonSchema } from './criteria/json-schema.js'
export { addCriterionToText, composeCriterion, composeRule, conditionsFor } from './criteria/compose-criterion.js'
export type { CriterionChoice, CriterionCondition } from './criteria/compose-criterion.js'
// criteria editing (the Studio's Criteria tab)
export { CHOICE_KEYS } from './criteria/compose-criterion.js'
export type { CriterionWhen } from './criteria/compose-criterion.js'
export { choiceOf, conditionOf, placeholdersFor, proposeCriterionId } from './criteria/criterion-choice.js'
export { readCriteria, setCriterion, moveCriterion, removeCriterion } from './criteria/edit-criteria.js'
export type { CriteriaListing, ListedCriterion } from './criteria/edit-criteria.js'
export { canonicalJson } from './criteria/canonical-json.js'
export { hashJson } from './criteria/hash.js'
export { decodeText } from './criteria/decode-text.js'

// logic/
export { createEngine } from './logic/engine.js'
export type { Engine, EngineOptions, CompiledRule } from './logic/engine.js'
export type { EvaluationContext, OperatorDefinition, PreparedArgument, ValueKind } from './logic/context.js'
export type { CompileLimits, RuntimeLimits, RulePath } from './logic/ast.js'
export { SCREENING_OPERATORS, CEFR_LEVELS } from './logic/screening-operators.js'
export { analyseRule, foldRule } from './logic/analyse.js'
export type { FieldShape, RuleIssue } from './logic/analyse.js'
export { explainRule, formatExplanation } from './logic/explain.js'
export type { Explanation, Condition, ExplainOptions, FormatExplanationOptions } from './logic/explain.js'
export { testThreeValued, answerDomains } from './logic/three-valued.js'
export type { FieldGap, ThreeValuedOptions, AnswerShape } from './logic/three-valued.js'
export { Unknown } from './logic/unknown.js'
export { normaliseTerm } from './logic/terms.js'
export { parseInstant, isValidTimeZone } from './time/dates.js'

// screen/
export { loadCriteriaText } from './screen/load-criteria.js'
export { loadTemplates } from './criteria/load-templates.js'
export type { TemplateSources } from './criteria/load-templates.js'
export type { LoadCriteriaOptions } from './screen/load-criteria.js'
export { compileCriteria } from './screen/compile-criteria.js'
export type { Screener, ScreenOptions, CompileCriteriaOptions } from './screen/compile-criteria.js'
export type { Application } from './screen/application.js'
export type { AnswersOf, FieldAnswer, FieldShapeOf } from './screen/answers-of.js'
export type { ParsedApplication, AnswerCheck } from './screen/parse-application.js'
export { readApplications, readJsonObjects } from './screen/read-applications.js'
export type {
  BatchEntry,
  BatchProblem,
  JsonLine,
  ReadApplicationsOptions,
  TextSource,
} from './screen/read-applications.js'
export type {
  ScreeningResult,
  CriterionResult,
  CriterionBase,
  CriterionProblem,
  CriterionStatus,
  Outcome,
  Audit,
  AuditNote,
  PersonDecision,
  PersonReasons,
} from './screen/result.js'
export { recordDecision, currentOutcome, decidedBy } from './screen/record-decision.js'
export type { DecisionInput } from './screen/record-decision.js'
export { resultJson } from './screen/result-json.js'
export { escapeControls } from './screen/escape-controls.js'
// screen/: what an ATS keeps around screening (issue #25): compiled screeners by hash, the check after an upgrade, idempotency
export { createScreenerCache } from './screen/screener-cache.js'
export type {
  ScreenerCache,
  ScreenerCacheOptions,
  ScreenerCacheGetOptions,
  ScreenerCacheStats,
} from './screen/screener-cache.js'
export { checkUpgrade } from './screen/check-upgrade.js'
export type {
  UpgradeCheckInput,
  UpgradeReport,
  UpgradeChange,
  UpgradeSkip,
  StoredResult,
} from './screen/check-upgrade.js'
export { applicationHash, APPLICATION_HASH_SCHEME } from './screen/application-hash.js'
export type { EscapeControlsOptions } from './screen/escape-controls.js'

// report/
export { formatResult } from './report/format-result.js'
export { formatProblem } from './report/format-problem.js'
export { RESULT_WORDING, type ResultWording } from './report/result-wording.js'
export { RESULT_VOCABULARY, CRITERION_STATUSES, OUTCOMES, type ResultVocabulary } from './issues/result-vocabulary.js'
export { summarize, createSummarizer } from './report/summarize.js'
export type {
  Summary,
  SummarizeOptions,
  Summarizer,
  ReportEntry,
  OutcomeCounts,
  OtherCounts,
  CriterionSummary,
  GroupRate,
  OtherGroups,
  AdverseImpact,
} from './report/summarize.js'
export { parseDemographicsCsv } from './report/demographics-csv.js'
export type { DemographicsCsvOptions } from './report/demographics-csv.js'
export { parseSurveyAnswers } from './report/survey-answers.js'
export type { SurveyAnswer, SurveyAnswers, SurveyFileOptions } from './report/survey-answers.js'
export { parseConsents } from './report/consents.js'
export type { Consent } from './report/consents.js'
export type {
  CandidateExperience,
  ConsentCounts,
  NpsBreakdown,
  NpsCounts,
  NpsGroup,
  OtherNps,
  ResponseBand,
} from './report/candidate-nps.js'
export { formatSummaryMarkdown, formatSummaryHtml } from './report/format-summary.js'
export { diffOutcomes } from './report/diff-outcomes.js'
export { readResults } from './report/read-results.js'
export type { ResultLine } from './report/read-results.js'
export type { OutcomeDiff } from './report/diff-outcomes.js'
export type { FormatResultOptions } from './report/format-result.js'

// messages/
export { renderMessage, messageContext } from './messages/render-message.js'
export { closeJob } from './messages/close-job.js'
export type { JobApplication, ClosingAnswer, JobClosing, CloseJobOptions } from './messages/close-job.js'
export type { RenderedMessage, RenderOptions, MessageContext } from './messages/render-message.js'
export { toEmail } from './messages/to-email.js'
export { prepareMessages } from './messages/prepare-messages.js'
export type { PreparedMessages, PreparedRenderOptions } from './messages/prepare-messages.js'
export { scheduleMessage } from './messages/schedule-message.js'
export type { ScheduledMessage, ScheduledMessageBase, ScheduleMessageOptions } from './messages/schedule-message.js'
export type { Email } from './messages/to-email.js'
export { BUILT_IN_TEMPLATES } from './messages/templates.js'
export type { MessageTemplate } from './messages/templates.js'

// schedule/
export { planDelivery, deliveryPolicy, nextWorkingMoment, prepareDelivery } from './schedule/plan-delivery.js'
export { stageFor, stageProblem, checkStage, FINAL_STAGES } from './schedule/stages.js'
export { formatStageMismatch, stageMismatchText, stageName, type DecisionWords } from './schedule/stage-wording.js'
export { swedishHolidays, isHoliday } from './schedule/holidays.js'
export type {
  DeliveryPlan,
  DeliveryPlanBase,
  PlanOptions,
  PreparedDelivery,
  ResolvedPolicy,
  ReviewPlan,
} from './schedule/plan-delivery.js'
export { reviewTask } from './schedule/review-task.js'
export type { ReviewTask, ReviewCheck } from './schedule/review-task.js'

// testing/
export { runRuleTestSource, toJUnit, formatCaseSummary } from './testing/run-rule-tests.js'
export { addTestCaseToText, testCaseFromResult } from './testing/test-case.js'
export type { TestCase } from './testing/test-case.js'
export type {
  RuleTestReport,
  RuleTestOptions,
  JUnitOptions,
  RuleTestSource,
  CaseResult,
  CaseSummary,
  Expectation,
  Coverage,
  CoverageStatus,
} from './testing/run-rule-tests.js'
// testing/: test cases as a recruiter keeps them (the Studio), and why a case failed (CLI and Studio)
export {
  readTestCases,
  setTestCase,
  removeTestCase,
  testCaseId,
  submissionTime,
  localDateTime,
} from './testing/edit-test-file.js'
export type { TestCaseEntry, TestFileEdit } from './testing/edit-test-file.js'
export { failureDetails } from './testing/failure-details.js'
export type { FailureDetails, CriterionDifference, CaseStatus } from './testing/failure-details.js'

// lint/
export {
  createLintMemo,
  lintCriteria,
  type LintFinding,
  type LintMemo,
  type LintOptions,
} from './lint/lint-criteria.js'
export {
  findProtectedGrounds,
  PROTECTED_GROUNDS,
  type GroundId,
  type GroundMatch,
  type GroundTextOptions,
  type TextKind,
} from './lint/grounds.js'
export { findPersonalWording } from './lint/personal-wording.js'
export { personalReason } from './lint/model/personal.js'
export { formatFinding, acknowledgementYaml, type FindingParts } from './issues/format-finding.js'
// Rules read aloud (describe): a rule or a criterion in plain Swedish or English.
export { describeRule, type DescribeOptions } from './logic/describe-rule.js'
export { describeCriterion, type CriterionDescription } from './logic/describe-criterion.js'

// job and questions: a criteria file's text edited by forms (the Studio's, or a program's)
export { readJobSettings, setJobSettings } from './criteria/edit-job.js'
export type { JobSettings, JobSettingsChange, ClosingTime } from './criteria/edit-job.js'
export { readFields, setField, moveField, removeField, fieldUses } from './criteria/edit-fields.js'
export type { FieldEntry } from './criteria/edit-fields.js'
export { acknowledgeFinding, type FindingAcknowledgement } from './criteria/acknowledge-finding.js'
export { readDecisionSettings, setDecisionSettings } from './criteria/edit-decision.js'
export type { DecisionSettings } from './criteria/edit-decision.js'
export { newCriteriaText } from './criteria/new-criteria-text.js'
export type { NewCriteriaOptions } from './criteria/new-criteria-text.js'

// slips: the YAML slips worded in the recruiter's terms (tab, open quote, colon in a text, indentation)
export { YAML_SLIP_CODES } from './criteria/yaml-slips.js'
