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
  | 'unclosed_quote'
  | 'colon_in_text'
  | 'wrong_indent'
  | 'comma_in_text'
  | 'split_decimal'
  | 'impossible_date'
  | 'unknown_criterion'
  | 'constant_condition'
  | 'unclosed_bracket'
