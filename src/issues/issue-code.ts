// One catalogue of every issue code the library reports (loading, compiling, linting, testing,
// applications, CSV files, decisions), with the arguments each one's wording needs. Codes are
// data; the words live apart, one file per language (wording-sv.ts, wording-en.ts), so that a
// missing translation is a compile error and a wording change shows in one diff.

/**
 * The arguments an issue's wording reads: names, values, counts, suggestions. Plain data, so an
 * issue survives JSON and can be worded again in another language.
 * @example
 * ```ts
 * const params: IssueParams = { id: 'experience', first: 0 }
 * ```
 * @category Errors and version
 */
export type IssueParams = Readonly<Record<string, string | number | boolean | null | readonly (string | number)[]>>

/**
 * What can be wrong with any CSV file a report reads, keyed by an id column (demographics,
 * survey answers, consents): the encoding, the quoting, the shape of the rows and the id.
 * @example
 * ```ts
 * const code: CsvIssueCode = 'unclosed_quote'
 * ```
 * @category Errors and version
 */
export type CsvIssueCode =
  | 'empty_file'
  | 'invalid_utf8'
  | 'not_utf8'
  | 'invalid_quote'
  | 'unclosed_quote'
  | 'text_after_quote'
  | 'short_row'
  | 'long_row'
  | 'empty_column'
  | 'duplicate_column'
  | 'missing_id_column'
  | 'empty_id'

/**
 * Codes of the issues of an {@link ApplicationError}: what is wrong with an application envelope.
 * @example
 * ```ts
 * const code: ApplicationIssueCode = 'missing_key'
 * ```
 * @category Errors and version
 */
export type ApplicationIssueCode =
  | 'missing_key'
  | 'invalid_type'
  | 'invalid_value'
  | 'invalid_format'
  | 'out_of_range'
  | 'unknown_key'
  | 'cyclic_value'
  | 'invalid_date'
  | 'invalid_text'

/**
 * Codes of a bad entry of a batch read by `readApplications` or `readJsonObjects` (a line of
 * JSON Lines, or an item of one JSON document): what kept it from being read.
 * @example
 * ```ts
 * const code: BatchIssueCode = 'batch_not_json'
 * ```
 * @category Errors and version
 */
export type BatchIssueCode =
  | 'batch_utf16'
  | 'batch_line_too_long'
  | 'batch_not_json'
  | 'batch_not_an_object'
  | 'batch_document_too_long'
  | 'batch_item_not_an_object'

/**
 * Codes of the issues of a {@link DemographicsError}: what is wrong with a demographics CSV.
 * @example
 * ```ts
 * const code: DemographicsIssueCode = 'unclosed_quote'
 * ```
 * @category Errors and version
 */
export type DemographicsIssueCode = CsvIssueCode | 'conflicting_id'

/**
 * Codes of the issues of a {@link SurveyError}, and of the warnings the survey and consent
 * readers return: what is wrong with a file of survey answers or of talent-pool consents.
 * `duplicate_answer` and `no_score` are warnings (the file is read); the others are errors.
 * @example
 * ```ts
 * const code: SurveyIssueCode = 'score_out_of_range'
 * ```
 * @category Errors and version
 */
export type SurveyIssueCode =
  | CsvIssueCode
  | 'missing_score_column'
  | 'invalid_json'
  | 'not_an_object'
  | 'invalid_score'
  | 'score_out_of_range'
  | 'invalid_text'
  | 'invalid_date'
  | 'no_score'
  | 'duplicate_answer'

/**
 * Codes of the issue of a {@link DecisionError}: what is wrong with a person's decision as
 * `recordDecision` was given it.
 * @example
 * ```ts
 * const code: DecisionIssueCode = 'missing_language'
 * ```
 * @category Errors and version
 */
export type DecisionIssueCode =
  | 'not_a_result'
  | 'other_criteria'
  | 'not_an_object'
  | 'invalid_outcome'
  | 'no_one'
  | 'invalid_text'
  | 'invalid_date'
  | 'before_submission'
  | 'before_previous'
  | 'after_decision'
  | 'reasons_on_pass'
  | 'no_reasons'
  | 'unknown_criterion'
  | 'unknown_language'
  | 'empty_text'
  | 'too_long'
  | 'missing_language'

/**
 * Codes of a lint finding (`LintFinding.code`): what a compile cannot call an error. The
 * finding an acknowledgement names (`protected-ground:age`) stays as files write it.
 * @example
 * ```ts
 * const code: LintCode = 'protected_ground'
 * ```
 * @category Lint
 */
export type LintCode =
  | 'protected_ground'
  | 'protected_question'
  | 'personal_reason'
  | 'reason_frame'
  | 'reason_render'
  | 'missing_reason'
  | 'constant_rule'
  | 'duplicate_rule'
  | 'missing_title'
  | 'holidays_without_se'
  | 'unused_field'
  | 'unused_acknowledgement'
  | 'unexplained_acknowledgement'
  | 'unexplained_justification'
  | 'non_finite'
  | 'substring_in'

/**
 * Codes of the problems the rule analyser finds in a rule (`RuleIssue.code`), and of the rules
 * the engine refuses (`RuleErrorCode`).
 * @example
 * ```ts
 * const code: RuleIssueCode = 'type_mismatch'
 * ```
 * @category Rules engine
 */
export type RuleIssueCode =
  | 'unknown_field'
  | 'unknown_value'
  | 'type_mismatch'
  | 'wrong_arity'
  | 'invalid_value'
  | 'fractional_threshold'
  | 'null_threshold'
  | 'empty_rule'
  | 'ambiguous_operation'
  | 'dynamic_path'
  | 'forbidden_operator'
  | 'forbidden_path'
  | 'invalid_operator'
  | 'operator_exists'
  | 'rule_too_deep'
  | 'rule_too_large'
  | 'unknown_operator'
  | 'not_a_field'

/**
 * Every issue code, in one naming style (snake_case, what is wrong rather than where).
 * @example
 * ```ts
 * const code: IssueCode = 'duplicate_id'
 * ```
 * @category Errors and version
 */
export type IssueCode =
  // criteria: loading and compiling
  | 'duplicate_id'
  // criteria editing (readCriteria, setCriterion, moveCriterion, removeCriterion)
  | 'criteria_text_unparsable'
  | 'criteria_text_not_map'
  | 'criteria_list_invalid'
  | 'criterion_not_found'
  | 'criterion_id_taken'
  | 'criterion_id_invalid'
  | 'criterion_position_invalid'
  // job and questions: editing a criteria file's text from the Studio's forms (criteria/edit-*.ts)
  | 'edit_alias'
  | 'edit_not_a_map'
  | 'edit_failed'
  | 'edit_invalid_value'
  | 'invalid_field_name'
  | 'field_not_found'
  | 'field_exists'
  | 'field_in_use'
  // slips: the recruiter's slips caught at load, lint or test, with what to write instead
  | 'tab_indent'
  | 'quote_not_closed'
  | 'colon_in_text'
  | 'wrong_indent'
  | 'comma_in_text'
  | 'split_decimal'
  | 'impossible_date'
  | 'unknown_expected_criterion'
  | 'constant_condition'
  | 'unclosed_bracket'
  | 'syntax'
  | 'too_deep'
  | 'duplicate_key'
  | 'cyclic_alias'
  | 'collection_key'
  | 'yaml_warning'
  | 'unknown_key'
  | 'missing_key'
  | 'invalid_type_name'
  | 'invalid_type'
  | 'not_localized'
  | 'invalid_value'
  | 'invalid_format'
  | 'empty_value'
  | 'too_few'
  | 'too_small'
  | 'too_large'
  | 'not_whole'
  | 'not_finite'
  | 'cyclic_value'
  | 'control_character'
  | 'weight_on_required'
  | 'required_or_weight'
  | 'near_miss_on_preferred'
  | 'template_path'
  | 'not_a_date'
  | 'reserved_name'
  | 'not_https'
  | 'survey_address'
  | 'not_utf8'
  | 'invalid_utf8'
  | 'file_unreadable'
  | 'invalid_timezone'
  | 'insecure_url'
  | 'unsafe_url'
  | 'invalid_date'
  | 'reserved_id'
  | 'missing_reason'
  | 'reserved_key'
  | 'invalid_bounds'
  | 'duplicate_value'
  | 'labels_without_values'
  | 'unreachable_min_score'
  | 'reads_no_field'
  | 'never_met'
  | 'unknown_placeholder'
  // rules
  | RuleIssueCode
  // templates
  | 'templates_not_loaded'
  | 'templates_unsupported'
  | 'template_unreadable'
  | 'template_missing'
  | 'template_invalid'
  | 'template_warning'
  // rule-set tests
  | 'application_unreadable'
  | 'case_invalid'
  // applications
  | ApplicationIssueCode
  | BatchIssueCode
  | 'out_of_range'
  | 'invalid_text'
  // CSV files, survey answers, consents, demographics
  | DemographicsIssueCode
  | SurveyIssueCode
  // a person's decision
  | DecisionIssueCode
  // lint
  | LintCode
