import {
  at,
  clip,
  fit,
  HEADLINE_MAX,
  list,
  names,
  of,
  q,
  type FindingCode,
  type FindingWords,
  type GroundWords,
  type Wording,
  type Words,
} from './wording.js'
import type { IssueCode, IssueParams } from './issue-code.js'
import { statusWord } from './result-vocabulary.js'

const KIND: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of keys and values',
  date: 'a date',
  null: 'empty',
}
const kind = (k: unknown): string => KIND[String(k)] ?? String(k)
/** What was found, as the file shows it. */
const found = (p: IssueParams): string =>
  p.found === 'text'
    ? `the text "${clip(String(p.value ?? ''))}"`
    : p.found === 'list'
      ? 'a list'
      : p.found === 'map'
        ? 'a map'
        : p.found === 'empty'
          ? 'empty'
          : String(p.value ?? p.found)
const where = (p: IssueParams): string => (p.in ? ` in ${p.in}` : '')
const ENVELOPE: Record<string, string> = {
  id: " (the ATS's id of the application)",
  submittedAt: ' (when the application was submitted, e.g. 2026-11-20T09:14:00+01:00)',
  answers: ' (the answers to the form, by field name)',
}
/** What a part of an application's envelope is, after what is wrong with it. */
const envelope = (p: IssueParams): string => ENVELOPE[String(p.envelope)] ?? ''
/** A side of a rule's comparison, from its params (see `Analyse.side`): `number field "ar"`, `the text "3"`, `a list value`. */
const value = (p: IssueParams, side: string): string => {
  const k = String(p[`${side}Kind`] ?? 'any')
  const field = p[`${side}Field`]
  const text = p[`${side}Text`]
  return field !== undefined
    ? `${k} field "${field}"`
    : text !== undefined
      ? `the ${k === 'string' ? 'text' : k} ${text}`
      : `a ${k} value`
}
/** ": write the number 1.5, with a decimal point and without quotes" after a number compared with a text. */
const fix = (p: IssueParams): string =>
  p.suggest === undefined
    ? ''
    : p.decimal
      ? `: write the number ${p.suggest}, with a decimal point and without quotes`
      : `: write the number ${p.suggest} without quotes`
/** A rule's values of the wrong kind, by the check that found them (`variant`). */
const MISMATCH_EN: Record<string, (p: IssueParams) => string> = {
  sizes: (p) => `"${p.op}" compares sizes, but gets ${value(p, 'got')}`,
  kinds: (p) =>
    `"${p.op}" compares ${value(p, 'left')} with ${value(p, 'right')}; compare values of the same kind${fix(p)}`,
  list: (p) => `"${p.op}" cannot compare a list; use "in", "includesAny" or "includesAll"`,
  never_equal: (p) =>
    `"${p.op}" compares ${value(p, 'left')} with ${value(p, 'right')}; they can never be equal as intended${fix(p)}`,
  not_list: (p) => `"${p.op}" goes through a list, but gets ${value(p, 'got')}`,
  in_container: (p) => `"in" looks inside a list or a text, but gets ${value(p, 'got')}`,
  in_value: (p) => `"in" looks for one value, but gets ${value(p, 'got')}; use "includesAny"`,
  words: (p) => `"includesWord" looks for words in a text, but gets ${value(p, 'got')}`,
  cefr: (p) =>
    `"cefrAtLeast" compares CEFR levels, but field "${p.field}" offers ${(Array.isArray(p.values) ? p.values : []).map((v) => JSON.stringify(v)).join(', ')}, which are not levels; offer A1, A2, B1, B2, C1, C2, and if you like an option for no knowledge ("Inga kunskaper", "None"), which ranks below A1`,
  arithmetic: (p) => `"${p.op}" does arithmetic, but gets ${value(p, 'got')}`,
  argument: (p) => `"${p.op}" expects a ${p.want} as argument ${p.arg}, but gets ${value(p, 'got')}`,
}
/** `2 arguments`, `at least 1 argument`, `2 to 3 arguments`. */
const arity = (min: number, max: number | null): string =>
  min === max
    ? `${min} argument${min === 1 ? '' : 's'}`
    : max === null
      ? `at least ${min} argument${min === 1 ? '' : 's'}`
      : `${min} to ${max} arguments`
/** What a whole-number value compared with a fraction does (`fractional_threshold`). */
const fraction = (p: IssueParams): string =>
  `${p.field !== undefined ? `field "${p.field}" holds whole numbers` : p.from !== undefined ? `"${p.from}" counts in whole units` : 'the value is always a whole number'}, ${
    p.works !== undefined ? `so "${p.op}" ${p.value} works as "${p.works}"` : `so it can never be equal to ${p.value}`
  }; write a whole number${p.field !== undefined ? '' : ' (or count in a smaller unit: monthsSince instead of yearsSince, daysSince instead of monthsSince)'}`
/** A part of a field a rule reads (`not_a_field`). */
const part = (p: IssueParams): string =>
  `reads "${p.read}", but "${p.part}" is not part of ${p.kind} field "${p.field}"${
    p.kind === 'list' && p.part === 'length'
      ? `; to count items, use {"reduce": [{"var": "${p.field}"}, {"+": [{"var": "accumulator"}, 1]}, 0]}, or "atLeast" to count listed values`
      : p.kind === 'list'
        ? `; a list's parts are its items by position, e.g. "${p.field}.0"`
        : ''
  }`
/** The reading of a file that failed (`syntax`), from its params; the reader's own words quoted as it said them. */
const syntaxEn = (p: IssueParams): string =>
  p.documents
    ? 'the file holds more than one YAML document (a line --- between them): a criteria file is one document; remove the --- line, or put the second job in a file of its own'
    : p.reason === 'json'
      ? `not valid JSON: ${p.said}`
      : p.reason === 'unreadable'
        ? `the file could not be read: ${p.said}`
        : p.said !== undefined
          ? String(p.said)
          : p.detail
            ? String(p.detail)
            : `the file cannot be read here (line ${p.line ?? 1})`

/** The sentence a reason is read in, and requirements worded to fit it, per language of the reason. */
const REASON_FRAME = { sv: 'För tjänsten krävs', en: 'The role requires' } as const
const REASON_EXAMPLE = {
  sv: '"svenska på minst nivå B1", "möjlighet att arbeta helger"',
  en: '"Swedish at level B1 or higher", "availability to work weekends"',
} as const
/** What keeps a reason from reading well after its frame (reasonFrameFindings), and how to rewrite it. */
const REASON_FRAME_EN: Record<string, (word: string, l: 'sv' | 'en') => string> = {
  'full-stop': (w, l) =>
    `it ends with "${w}": the reason goes inside a sentence ("${REASON_FRAME[l]} …"), so leave the punctuation out`,
  capital: (w, l) =>
    `it starts with a capital letter ("${w}") in the middle of a sentence ("${REASON_FRAME[l]} ${w.toLowerCase()} …"): write "${w.toLowerCase()}"`,
  verb: (w, l) =>
    `it starts with a verb ("${w}"): after "${REASON_FRAME[l]}" a noun phrase reads right, such as ${REASON_EXAMPLE[l]}`,
  att: () => `it starts with "att": after "${REASON_FRAME.sv}" a noun phrase reads right, such as ${REASON_EXAMPLE.sv}`,
  to: (w) =>
    `it starts with "${w}": after "${REASON_FRAME.en}" a noun phrase reads right, such as ${REASON_EXAMPLE.en}`,
  because: (w) =>
    `it carries its own justification ("${w} …"): put that part in the criterion's \`why\`, which a rejection shows after the requirement and the talent-pool message leaves out`,
}

/** A lint finding's words: composed where the finding is made, in both languages. */
// No side effects: the tools' catalogue calls it, and must stay droppable from a screen-only bundle.
/* @__NO_SIDE_EFFECTS__ */ function advice(fallback: string): Words {
  return (p) => String(p.en ?? fallback)
}

/**
 * English of the issues only the tools meet (criteria editing, rule-set tests, CSV reports, a
 * person's decision, lint): kept apart so that a screen-only bundle, which words its issues from
 * {@link enScreen} alone, does not carry them.
 */
const enTools = {
  // criteria editing
  criteria_text_unparsable: (p) =>
    `the text is not valid YAML at line ${p.line}, column ${p.column}: fix it in the editor, then the criteria can be edited in the form again`,
  criteria_text_not_map: () =>
    'the file is not a criteria file: it should be keys such as id, job, fields and criteria, each on its own line',
  criteria_list_invalid: () => 'criteria is not a list: write each criterion as an item starting with "- id:"',
  criterion_not_found: (p) =>
    `there is no criterion ${q(p.id)} in the file${Array.isArray(p.ids) && p.ids.length ? ` (it has ${p.ids.join(', ')})` : ''}`,
  criterion_id_taken: (p) =>
    `criterion ${q(p.id)} already exists (criteria[${p.first}]): give this one an id of its own`,
  criterion_id_invalid: (p) =>
    `${q(p.id)} cannot be an id: an id starts with a lowercase letter and holds only letters, digits, - and _, such as work-permit`,
  criterion_position_invalid: (p) =>
    `there is no place ${p.position} among ${p.count} criteria: places are counted from 0 to ${Number(p.count) - 1}`,
  // job and questions
  edit_alias: (p) =>
    `the file uses a YAML alias (*${p.alias}), and the forms cannot change a file with aliases: write the values out in full instead of *${p.alias}`,
  edit_not_a_map: (p) =>
    `${p.path ? `${p.path} is` : 'the file is'} not a map of keys (such as ${p.path ? 'name: value' : 'id, job, fields and criteria'}), so the forms cannot change it: fix it in the editor`,
  edit_failed: (p) => `${p.path} could not be changed in this file as it is written: change it in the editor`,
  edit_invalid_value: (p) =>
    `${p.path}: ${q(p.value)} is not ${({ date: 'a date such as 2026-12-01', time: 'a time such as 23:59', timezone: 'a time zone such as Europe/Stockholm', number: 'a number of 0 or more', holidays: 'se, none or a list of dates such as 2026-12-24', index: 'a place in the list', acknowledgement: 'a field, a criterion or the job (fields.<name>, criteria.<place>, job)' } as Record<string, string>)[String(p.kind)] ?? String(p.kind)}`,
  invalid_field_name: (p) =>
    `${q(p.name)} cannot name a question: a name starts with a letter and holds only letters, digits and _ (such as workPermit)`,
  field_not_found: (p) => `there is no question named ${q(p.name)} in the file`,
  field_exists: (p) => `there is already a question named ${q(p.name)}: choose another name`,
  field_in_use: (p) =>
    `the question ${q(p.name)} is read by ${[...(Array.isArray(p.criteria) ? p.criteria.map((c) => `the criterion ${q(c)}`) : []), ...(Array.isArray(p.fields) ? p.fields.map((f) => `the question ${q(f)}`) : [])].join(', ')}: ${p.rename ? 'rename' : 'remove'} it there first`,
  unknown_expected_criterion: (p) =>
    `the test expects ${q(statusWord('en', p.list))} for ${q(p.id)}, but no criterion has that id${p.suggestion ? `; did you mean ${q(p.suggestion)}?` : `; the criteria are ${names(p.known, 'and')}`}`,
  constant_condition: (p) =>
    `${p.part === 'when' ? `the when of "${p.id}"` : `the rule of requirement "${p.id}"`} is ${p.value ? 'true' : 'false'} for every possible answer, so ${
      p.part === 'when'
        ? p.value
          ? 'it never skips the criterion'
          : 'the criterion is always skipped'
        : p.value
          ? 'every candidate meets it'
          : 'no candidate can meet it'
    }${p.or ? '; did you write or where you meant and?' : p.and ? '; did you write and where you meant or?' : ''}`,
  // rule-set tests
  application_unreadable: (p) => `case ${q(p.case)}: cannot read ${p.application}${p.reason ? `: ${p.reason}` : ''}`,
  case_invalid: (p) => `case ${q(p.case)}: the application cannot be screened${p.detail ? `: ${p.detail}` : ''}`,
  // CSV files
  empty_file: (p) =>
    `the file has no header row: it needs an applicationId (or id) column${Array.isArray(p.required) && p.required.length ? ` and a ${p.required.join(' and a ')} column` : ''}`,
  invalid_quote: () =>
    'a quote in the middle of a field: a field with a quote is written in quotes, the quote twice ("")',
  unclosed_quote: () => 'this quote opens a field that is never closed: everything after it would be read as one value',
  text_after_quote: () =>
    'text after the closing quote of a field: a quote inside a quoted field is written twice ("")',
  short_row: (p) => `this row has ${p.cells} cell${p.cells === 1 ? '' : 's'}, the header has ${p.columns}`,
  long_row: (p) => `this row has ${p.cells} cells, the header has ${p.columns}`,
  empty_column: (p) => `column ${p.column} of the header has no name`,
  duplicate_column: (p) =>
    p.first === undefined
      ? 'the header has both an applicationId and an id column: keep one'
      : `the column ${q(p.name)} is named twice (columns ${p.first} and ${p.second}): which one holds the ${p.noun ?? 'data'} is unclear`,
  missing_id_column: (p) =>
    `the header has no applicationId (or id) column: the ${p.noun ?? 'rows'} cannot be joined to results${p.separator ? ' (the columns are separated by commas, or by semicolons)' : ''}`,
  empty_id: () => 'this row has no application id: it cannot be joined to a result',
  conflicting_id: (p) => `the application ${q(p.id)} is listed twice with different values (first on line ${p.first})`,
  missing_score_column: (p) => `the header has no ${p.column} column`,
  invalid_json: (p) =>
    `this line is not JSON: one JSON object per line is expected, such as {"applicationId": "a-1"${(Array.isArray(p.required) ? p.required : []).map((k) => `, "${k}": 9`).join('')}}`,
  not_an_object: (p) =>
    p.found === undefined
      ? 'the decision must be an object { outcome, by, at, reasons }'
      : `this line is ${p.found === 'list' ? 'a list' : p.found === 'null' ? 'null' : `a ${p.found}`}, not an object: one object per line is expected`,
  invalid_score: (p) =>
    p.whole
      ? `the score ${p.value} is not a whole number: a score is a whole number from 0 to 10 (is this column an average, or another question?)`
      : `the score ${p.value} is not a number: a score is a whole number from 0 to 10`,
  score_out_of_range: (p) =>
    `the score ${p.value} is not on the scale 0–10${p.percent ? ' (a percentage, or another scale?)' : ''}`,
  no_score: () => 'this answer has no score (the question was skipped): it is not counted',
  duplicate_answer: (p) =>
    `a second answer for the application ${q(p.id)} (the first is on line ${p.first}): the later answer counts`,
  // a person's decision
  not_a_result: () => 'result is not a screening result',
  other_criteria: (p) =>
    `result was screened with other criteria (${p.criteria}, hash ${p.hash}…) than the screener given`,
  invalid_outcome: (p) => `outcome must be "pass" or "reject", not ${p.value}`,
  no_one: () => 'by must name who decided',
  before_submission: (p) =>
    p.at === 'interviewAt'
      ? 'interviewAt is before the application was submitted'
      : `at (${p.value}) is before the application was submitted (${p.submitted})`,
  before_previous: (p) => `at (${p.value}) is before the decision it follows (${p.previous})`,
  after_decision: (p) =>
    `interviewAt (${p.value}) is after the decision (${p.decided}): record the decision after the interview`,
  reasons_on_pass: () =>
    'reasons are for a rejection: a pass names no unmet requirement (use note for what the person wants on record)',
  no_reasons: () =>
    'reasons are needed for a rejection: the criteria the person found unmet (reasons.criteria) and/or a reason in their own words (reasons.text); the candidate is told these and nothing else',
  unknown_criterion: (p) =>
    p.deadline
      ? `${p.at} ${q(p.id)} is the program's check of the closing date (its answer is the late message): name a criterion of the file, or write the reason in reasons.text`
      : `${p.at} ${q(p.id)} is not a criterion of ${p.criteria} (${names(p.known, 'and').replace(/ and /, ', ')})`,
  unknown_language: (p) => `${p.at} is not a language messages are written in (sv, en)`,
  empty_text: (p) => `${p.at} must be a non-empty text`,
  too_long: (p) => `${p.at} is ${p.length} characters; a reason is a sentence or two (at most ${p.max})`,
  missing_language: (p) =>
    `reasons.text has no ${names(p.languages, 'or')} version; messages for this job are sent in ${names(p.locales, 'and')}`,
  // lint
  protected_ground: (p) => `${findingEn.protected_ground.headline(p)}\n${findingEn.protected_ground.advice(p)}`,
  protected_question: (p) => `${findingEn.protected_question.headline(p)}\n${findingEn.protected_question.advice(p)}`,
  personal_reason: (p) => `${findingEn.personal_reason.headline(p)}\n${findingEn.personal_reason.advice(p)}`,
  reason_frame: (p) => {
    const kinds = Array.isArray(p.problems) ? p.problems.map(String) : []
    const words = Array.isArray(p.words) ? p.words.map(String) : []
    if (!kinds.length)
      return String(p.en ?? 'the reason does not read well after "The role requires"; write it as a requirement')
    const l = p.locale === 'sv' ? 'sv' : 'en'
    return `the ${l} reason of ${q(p.criterion)} does not read well after "${REASON_FRAME[l]}": ${kinds.map((k, i) => REASON_FRAME_EN[k]?.(words[i] ?? '', l) ?? k).join('; ')}`
  },
  reason_render: advice('the reason reads badly as rendered; read it in the preview and reword it'),
  constant_rule: (p) =>
    p.what !== undefined
      ? `criterion ${q(p.id)} compares ${p.what} with itself ("${p.op}"), which is always ${p.value}; compare it with a value instead`
      : p.id !== undefined
        ? `the rule of ${q(p.id)} is always ${p.value ? 'true' : 'false'}, whatever the application says${p.value ? '' : p.required ? ', so every candidate is rejected' : ', so it never adds points'}`
        : String(p.en ?? 'the rule gives the same answer for everyone; compare an answer with a value instead'),
  duplicate_rule: (p) => `criterion ${q(p.id)} has the same rule as ${q(p.twin)}`,
  missing_title: (p) => {
    if (!Array.isArray(p.given) || !Array.isArray(p.untitled))
      return String(p.en ?? 'the job title is missing in a language the messages go out in')
    const name: Record<string, string> = { sv: 'Swedish', en: 'English' }
    return `the job title is given in ${p.given.join(' and ')} only, and this file's messages are also sent in ${p.untitled.join(' and ')}: a candidate would read ${q(p.title)} in a message in ${p.untitled.map((l) => name[String(l)] ?? l).join(' and ')}. Give the title per language, { ${[...p.given, ...p.untitled].map((l) => `${l}: …`).join(', ')} } (the same words twice where they are the same)`
  },
  holidays_without_se: (p) => {
    if (!Array.isArray(p.days))
      return String(p.en ?? 'the holidays do not include se, so Swedish public holidays count as working days')
    const n = Number(p.count ?? p.days.length)
    return `delivery.holidays lists ${n ? 'its own days' : 'no day'} without se, so this job in Europe/Stockholm loses the Swedish calendar: messages go out on every public holiday and eve not on the list (långfredagen, Kristi himmelsfärds dag, midsommarafton, julafton, nyårsafton …, every year). Write [se${n ? `, ${p.days.join(', ')}${n > 2 ? ', …' : ''}` : ''}] to keep the Swedish calendar and add your own days`
  },
  unused_field: (p) => `field ${q(p.name)} is declared but no criterion reads it`,
  unused_acknowledgement: (p) =>
    p.name !== undefined
      ? `the acknowledgement of ${q(p.name)} matches no finding here: remove it (findings are named like protected-ground:age, personal-reason, unused-field)`
      : String(p.en ?? 'the acknowledgement accepts no finding any more; remove it'),
  // A first line under 120 characters, then the advice on the next: where the acknowledgement is the wrong tool too.
  unexplained_acknowledgement: (p) =>
    `${fit([(quote, n) => `the acknowledgement of ${n(p.name)} gives no reason a reviewer can read ("${quote}"), so it accepts nothing`, (_, n) => `the acknowledgement of ${n(p.name)} gives no reason a reviewer can read, so it accepts nothing`], String(p.text ?? ''))}\n${ACK_ADVICE_EN}`,
  unexplained_justification: (p) =>
    `the justification of criterion ${q(p.criterion)} does not say why (${q(p.text)}): name the law or the need that makes the requirement lawful, e.g. "Alkohollagen (2010:1622) 3 kap. 9 § requires 18 years for serving alcohol"`,
  non_finite: advice('the rule can reach a value that is not a number; make sure the answer is always a number'),
  substring_in: advice('"in" with a text looks for part of the text, not a whole word; use "includesWord" or a list'),
} satisfies Partial<Wording>

/** A JSON value that is not an object, as a batch's error names it. */
const FOUND_EN: Record<string, string> = {
  null: 'null',
  list: 'a list',
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
}

/** The codes a program that only loads, compiles, screens and renders can meet. */
export type ScreenIssueCode = Exclude<IssueCode, keyof typeof enTools>

/** English of the codes a screen-only program meets: all that issue() needs, so all a browser bundle carries. */
export const enScreen: { readonly [C in ScreenIssueCode]: Words } = {
  // a batch's bad lines (readApplications, readJsonObjects)
  batch_utf16: () =>
    'the input is saved as UTF-16 (in Notepad: "Unicode"); save it as UTF-8 (one application per line)',
  batch_line_too_long: (p) =>
    `the line is ${Number(p.length ?? 0).toLocaleString('en')} characters long; the limit is ${Number(p.max ?? 0).toLocaleString('en')} (one application per line)`,
  batch_not_json: (p) => `not valid JSON${p.parser ? `: ${p.parser}` : ''}`,
  batch_not_an_object: (p) =>
    `expected one ${p.noun ?? 'application'} object per line, found ${FOUND_EN[String(p.found)] ?? 'something else'}`,
  batch_document_too_long: (p) =>
    `the JSON document is over ${Number(p.max ?? 0).toLocaleString('en')} characters; send JSON Lines (one application per line) instead`,
  batch_item_not_an_object: (p) =>
    `item ${p.item ?? '?'} of the list: expected ${p.noun === 'result' ? 'a result' : 'an application'} object, found ${FOUND_EN[String(p.found)] ?? 'something else'}`,
  duplicate_id: (p) => `duplicate criterion id ${q(p.id)} (first used by criteria[${p.first}])`,
  // slips: the recruiter's slips caught at load, lint or test, with what to write instead
  tab_indent: (p) =>
    `line ${p.line} is indented with a tab: YAML indents with spaces only; replace the tab with spaces (two for each level)`,
  quote_not_closed: (p) =>
    `the quote ${p.quote} that opens here on line ${p.line} is never closed, so everything after it became part of the text: end the text with ${p.quote} on the same line`,
  colon_in_text: (p) =>
    `a colon followed by a space inside a text without quotes reads as the start of a new key. Put the text in quotes, like this: ${p.fixed}`,
  wrong_indent: (p) =>
    `line ${p.line} is indented ${p.spaces} spaces, which lines it up with no key above it (they are at ${names(p.above, 'and')} spaces): indent it exactly as far as the key it belongs beside`,
  comma_in_text: (p) =>
    `the text after a comma became a key of its own (${q(p.key)}): in a one-line { … } map a comma ends the text, so put the whole text in quotes, like this: ${p.fixed}`,
  split_decimal: (p) =>
    `${p.count === undefined || p.count === null ? `${q(p.op)}: ` : `${q(p.op)} got ${p.count} arguments where it takes ${p.takes}: `}did you write ${p.whole},${p.fraction}? In a one-line [ … ] list or { … } map a comma separates values, so the number was split in two; write ${p.whole}.${p.fraction}, with a decimal point`,
  impossible_date: (p) =>
    `${q(p.value)} is not a ${p.part === 'hour' || p.part === 'minute' ? 'time' : 'date'}: ${
      p.part === 'day'
        ? `${MONTHS_EN[Number(p.month) - 1]} ${p.year} has ${p.days} days`
        : p.part === 'month'
          ? 'a year has 12 months (01 to 12)'
          : p.part === 'hour'
            ? 'hours run from 00 to 23'
            : 'minutes run from 00 to 59'
    }`,
  unclosed_bracket: (p) =>
    `the bracket ${p.open} that opens here on line ${p.line} is never closed: end it with ${p.close} on the same line (or put each value on a line of its own)`,
  // reading the file
  syntax: syntaxEn,
  too_deep: (p) =>
    p.max
      ? `the file is nested more than ${p.max} levels deep here; criteria files never need that (a rule may nest 128 levels)`
      : 'the file is nested too deep to read',
  duplicate_key: (p) => `duplicate key ${q(p.key)}: a key may appear only once in the same map`,
  cyclic_alias: (p) =>
    `the alias *${p.alias} is inside the value it names (&${p.alias}), so that value would contain itself without end; write the values out instead`,
  collection_key: () => 'a key must be a plain name or text, not a list or a map',
  yaml_warning: (p) => String(p.said ?? p.detail ?? 'the YAML reader has a warning here'),
  not_utf8: (p) =>
    p.excel
      ? 'the file is saved as UTF-16 (in Excel: "Unicode Text"); save it as UTF-8 (in Excel: Save As > "CSV UTF-8")'
      : 'the file is saved as UTF-16 (in Notepad: "Unicode"); save it as UTF-8 (in Notepad: Save as… > Encoding: UTF-8)',
  invalid_utf8: (p) =>
    `the byte 0x${p.byte} here is not UTF-8 text (was the file saved as Latin-1 or Windows-1252?); save the file as UTF-8${p.excel ? ' (in Excel: Save As > "CSV UTF-8")' : ''}`,
  file_unreadable: (p) =>
    p.reason === 'not_found'
      ? 'file not found'
      : p.reason === 'folder'
        ? 'is a folder, not a file'
        : `cannot read the file (${p.reason})`,
  // the schema
  unknown_key: (p) =>
    p.whole !== undefined
      ? `the text after a comma became a key of its own (${q(p.key)}): in a one-line { … } map a comma ends the text, so put the whole text in quotes${p.whole ? `: ${p.whole}` : ''}`
      : p.key === undefined
        ? `holds a key that is not known here${envelope(p)}`
        : `unknown key ${q(p.key)}${where(p)}${p.retired ? `: ${p.retired}` : p.hint ? `; ${p.translated ? 'keys are written in English: ' : ''}did you mean ${q(p.hint)}?` : ''}`,
  missing_key: (p) =>
    p.in === undefined && p.key === undefined ? `is required${envelope(p)}` : `${q(p.key)} is required${where(p)}`,
  invalid_type_name: (p) =>
    `${at(p)}type must be one of: number, integer, string, boolean, date, date-time, enum, list`,
  invalid_type: (p) =>
    `${at(p)}must be ${kind(p.expected)}${envelope(p)}${p.found === undefined ? '' : `, not ${found(p)}`}${p.suggest !== undefined ? `; write ${p.suggest}${p.unquote ? (p.decimal ? ', with a decimal point and without quotes' : ' without quotes') : ''}` : ''}`,
  not_localized: (p) =>
    p.value === undefined
      ? `${at(p)}must be a text, or one text per language such as { sv: "…", en: "…" }, not ${p.found}`
      : `${at(p)}needs one text per language, e.g. ${p.key}: { sv: "${p.value}", en: "…" }`,
  invalid_value: (p) =>
    p.values !== undefined
      ? `${at(p)}must be one of: ${list(p.values)}`
      : p.check === 'empty_values'
        ? `"${p.op}" has an empty list of values, so it is always ${p.op === 'includesAll' ? 'true' : 'false'}; list the values`
        : p.check === 'at_least_count'
          ? '"atLeast" starts with how many are needed: a whole number of 1 or more, e.g. {"atLeast": [2, {"var": "systems"}, ["Fortnox", "Visma", "Excel"]]}'
          : p.check === 'at_least_empty'
            ? '"atLeast" has an empty list of values; list the values'
            : p.check === 'at_least_too_many'
              ? `"atLeast" asks for ${p.wanted} of a list of ${p.count}, so it can never hold`
              : p.check === 'at_least_conditions'
                ? '"atLeast" with two arguments counts conditions written in a list: {"atLeast": [2, [condition, condition, condition]]}; to count values in an answer, give the answer and then the values'
                : p.check === 'no_words'
                  ? '"includesWord" has no word to look for; list the words, e.g. {"includesWord": [{"var": "title"}, ["Java", "Kotlin"]]}'
                  : p.check === 'not_cefr'
                    ? `${q(p.value)} is not a CEFR level; write one of A1, A2, B1, B2, C1, C2`
                    : p.check === 'review_note'
                      ? '"review" takes a note for the reviewer, as text: {"review": "check whether the education is equivalent"}'
                      : p.check === 'divide_by_zero'
                        ? `"${p.op}" by 0 gives ${p.op === '/' ? 'Infinity' : 'NaN'} for every answer, and no comparison can use that`
                        : p.check === 'whole_units'
                          ? `"${p.op}" adds a whole number of ${p.unit}`
                          : p.check === 'json_only'
                            ? `a rule may only hold JSON values, found a ${p.found}`
                            : `${at(p)}is not a value this place takes${envelope(p)}`,
  invalid_format: (p) =>
    `${at(p)}${FORMAT_EN[String(p.format)] ?? 'is not written the way this place needs'}${envelope(p)}`,
  empty_value: (p) => `${at(p)}must not be empty`,
  too_few: (p) =>
    `${at(p)}${p.at === 'criteria' ? 'at least one criterion is needed' : `needs at least ${p.min} item${p.min === 1 ? '' : 's'}`}`,
  too_small: (p) => `${at(p)}must be ${p.inclusive === false ? 'more than' : 'at least'} ${p.min}`,
  too_large: (p) => `${at(p)}must be at most ${p.max}`,
  not_whole: (p) => `${at(p)}must be a whole number${p.unit ? ` of ${p.unit}` : ''}`,
  not_finite: (p) =>
    `${p.at} is not a number that can be compared (.nan, .inf and numbers beyond ±1.8e308 are not); write an ordinary number`,
  cyclic_value: (p) =>
    p.at
      ? `${p.at} contains itself (a cycle): criteria must be plain data`
      : 'contains itself (a cycle): answers must be plain JSON data',
  control_character: (p) =>
    `${at(p)}${p.detail ? String(p.detail) : p.bidi ? 'holds an invisible character that reorders the text around it; delete it and type the text again' : p.line ? 'must be one line; remove the line break' : 'holds an invisible control character; delete it and type the text again'}`,
  weight_on_required: () =>
    'a required criterion has no weight: remove weight, or remove required: true to make it preferred',
  required_or_weight: () =>
    'a criterion needs either required: true (a knockout) or a weight (preferred, adds to the score)',
  near_miss_on_preferred: () => 'nearMissAllowed applies to required criteria only',
  template_path: (p) =>
    `${at(p)}${p.ext ? 'must name a template file ending in .hbs' : 'must be a path relative to the criteria file, inside its folder, such as templates/rejected.sv.hbs'}`,
  not_a_date: (p) => `${at(p)}is not a real calendar date`,
  reserved_name: (p) => `${at(p)}this name is reserved`,
  not_https: (p) => `${at(p)}must be an https: address, such as https://acme.se/integritet`,
  survey_address: (p) =>
    `${at(p)}must hold {applicationId} where the application id goes, so that answers can be joined with results`,
  // what the schema cannot check
  invalid_timezone: (p) => `job.timezone: ${q(p.value)} is not an IANA time zone such as Europe/Stockholm`,
  insecure_url: () => 'job.url uses http: candidates are better served by https',
  unsafe_url: (p) =>
    p.scheme === undefined
      ? 'job.url: an address with a name before "@" leads somewhere other than it reads (https://a.example@b.example goes to b.example); write the address without it'
      : `job.url: ${q(p.scheme)} links are not allowed in messages; use an https: (or mailto:) address`,
  invalid_date: (p) =>
    p.at === 'job.closesAt'
      ? `job.closesAt: ${q(p.value)} is not a real date`
      : p.format === 'consent'
        ? `${q(clip(String(p.value)))} is not a date: write it as ISO 8601 (2026-11-24 or 2026-11-24T09:12:00+01:00)`
        : p.format === 'decision'
          ? `${p.at ? `${p.at} ` : ''}must be a Date or an ISO 8601 date-time, not ${p.value}`
          : `${q(p.value)} is not an ISO 8601 date-time such as 2026-11-20T09:14:00+01:00`,
  reserved_id: (p) => `criterion id ${q(p.id)} is reserved for the built-in closing-date check (job.closesAt)`,
  missing_reason: (p) =>
    p.required
      ? `required criterion ${q(p.id)} has no reason in ${p.locale}, a language this file offers; add reason.${p.locale}`
      : `criterion ${q(p.id)} has no reason in the file's default language (${p.locale}); add reason.${p.locale}`,
  reserved_key: (p) => `${q(p.key)} is a reserved name and cannot be used as a key${where(p)}`,
  invalid_bounds: (p) => `${p.at}: min (${p.min}) is larger than max (${p.max})`,
  duplicate_value: (p) =>
    p.twin === undefined
      ? `${p.at}: ${q(p.value)} is listed twice`
      : `${p.at}: ${q(p.twin)} and ${q(p.value)} differ only in case, accents or spaces, so an answer cannot tell them apart`,
  labels_without_values: (p) => `${p.at}: valueLabels name options, but the field lists no values`,
  unreachable_min_score: (p) =>
    `decision.minScore is ${p.minScore}, but the weights of the preferred criteria add up to ${p.weights}, so no application can pass; lower minScore or add weights`,
  reads_no_field: (p) => `criterion ${q(p.id)}: the rule reads no field, so it gives the same answer for everyone`,
  never_met: (p) =>
    `criterion ${q(p.id)} is required, but its rule is false whatever the application says, so every candidate would be rejected`,
  unknown_placeholder: (p) =>
    `${of(p, 'criterion')}${
      p.unmatched
        ? 'the reason has an unmatched {{ or }}; a placeholder is written {{min}}'
        : p.values !== undefined
          ? `the reason quotes {{${p.name}}}, but the rule has several: ${(Array.isArray(p.values) ? p.values : []).join(' and ')}; write the value in the text instead`
          : `the reason quotes {{${p.name}}}, but the rule has no such value${Array.isArray(p.offered) && p.offered.length ? `; it offers ${p.offered.map((k) => `{{${k}}}`).join(', ')}` : '; write the value in the text instead'}`
    }`,
  // rules
  unknown_field: (p) =>
    p.at !== undefined
      ? `${p.at}: no field ${q(p.name)} is declared${p.suggestion ? `; did you mean ${q(p.suggestion)}?` : ''}`
      : `${of(p, 'criterion')}${p.verb ?? 'reads'} ${q(p.read ?? p.name)}, but no field ${q(p.name)} is declared under fields${p.hint ? `; ${p.translated ? 'keys are written in English: ' : ''}did you mean ${q(p.hint)}?` : ''}`,
  unknown_value: (p) =>
    p.at !== undefined
      ? `${p.at}: ${q(p.value)} is not one of the values (${(Array.isArray(p.values) ? p.values : []).join(', ')})${p.suggestion ? `; did you mean ${q(p.suggestion)}?` : ''}`
      : `${of(p, 'criterion')}${q(p.value)} is not one of the values of field ${q(p.field)} (${(Array.isArray(p.values) ? p.values : []).join(', ')})${p.hint ? `; ${p.translated ? 'keys are written in English: ' : ''}did you mean ${q(p.hint)}?` : ''}`,
  type_mismatch: (p) =>
    `${of(p, 'criterion')}${
      p.variant !== undefined && MISMATCH_EN[String(p.variant)]
        ? MISMATCH_EN[String(p.variant)]!(p)
        : String(
            p.detail ??
              (p.at
                ? `${p.at}: ${q(p.other)} is a ${p.kind} field; ${p.key} compares two date fields`
                : 'values of different kinds are compared'),
          )
    }`,
  wrong_arity: (p) =>
    `${of(p, 'criterion')}${p.description !== undefined ? `"${p.op}" takes ${arity(Number(p.min), p.max === null ? null : Number(p.max))}, but gets ${p.gets}: ${p.description}` : String(p.detail ?? `"${p.op}" takes ${p.min} to ${p.max ?? 'any number of'} arguments, but gets ${p.gets}`)}`,
  fractional_threshold: (p) =>
    `${of(p, 'criterion')}${p.op !== undefined ? fraction(p) : String(p.detail ?? 'write a whole number')}`,
  null_threshold: (p) =>
    `${of(p, 'criterion')}"${p.op}" compares with null (nothing), which JSON Logic reads as 0; write the number to compare with`,
  empty_rule: (p) =>
    `${of(p, 'criterion')}an empty {} is not a condition: JSON Logic reads it as a value that is always true. Write the condition inside it, e.g. { "var": "workPermit" }`,
  ambiguous_operation: (p) =>
    `${of(p, 'criterion')}an operation must have exactly one operator key, found ${Array.isArray(p.keys) ? p.keys.length : 0}: ${list(p.keys)}`,
  dynamic_path: (p) =>
    `${of(p, 'criterion')}a var path must be a literal string such as "experienceYears", not a computed value`,
  forbidden_operator: (p) => `${of(p, 'criterion')}operator ${q(p.op)} is not allowed in rules`,
  forbidden_path: (p) => `${of(p, 'criterion')}var path ${q(p.path)} uses the reserved segment ${q(p.segment)}`,
  invalid_operator: (p) => `operator ${q(p.op)} needs an evaluate function`,
  operator_exists: (p) => `${q(p.op)} is a standard operator and cannot be replaced`,
  rule_too_deep: (p) => `${of(p, 'criterion')}rule is nested deeper than ${p.max} levels`,
  rule_too_large: (p) => `${of(p, 'criterion')}rule has more than ${p.max} nodes`,
  unknown_operator: (p) =>
    `${of(p, 'criterion')}unknown operator ${q(p.op)}${p.suggestion ? `; did you mean ${q(p.suggestion)}?` : ''}`,
  not_a_field: (p) =>
    `${of(p, 'criterion')}${p.kind !== undefined ? part(p) : String(p.detail ?? `reads ${q(p.read)}, but ${q(p.part)} is not part of field ${q(p.field)}`)}`,
  // templates
  templates_not_loaded: () =>
    'the custom message templates this file names are not loaded from text: pass their text to loadTemplates, or load the file with loadCriteria from autoscreen/node',
  templates_unsupported: () =>
    'custom message templates are compiled to code (new Function), which this host forbids (a Content-Security-Policy without unsafe-eval, or a Worker): use the built-in templates here, or render messages where code generation is allowed',
  template_unreadable: (p) => `template file ${p.name} cannot be read${p.reason ? ` (${p.reason})` : ''}`,
  template_missing: (p) => `template ${p.stage}.${p.locale} names ${p.name}, and no text was given for it`,
  template_invalid: (p) => `template ${p.stage}.${p.locale}: ${String(p.detail ?? 'the template cannot be used')}`,
  template_warning: (p) => `template ${p.stage}.${p.locale}: ${String(p.detail ?? 'check this place')}`,
  // applications
  out_of_range: (p) => `${at(p)}is too long or too short${envelope(p)}`,
  invalid_text: (p) =>
    p.found !== undefined
      ? p.column === 'applicationId'
        ? `the application id is ${kind(p.found)}: write it as text, as in the results ("a-17")`
        : `the ${p.column} is ${kind(p.found)}, not text`
      : p.at
        ? `${p.at} ${String(p.detail ?? 'holds characters that are not valid text')}`
        : 'holds characters that are not valid text (a lone UTF-16 surrogate)',
}

/** English: written for a recruiter, saying what to write instead where there is a way. */
// Pure: a bundle that words only with enScreen drops this whole catalogue (package.json sideEffects: false).
export const en: Wording = /* @__PURE__ */ Object.assign({}, enScreen, enTools)

/** The formats the schema asks for, by the name parse.ts gives them. */
const FORMAT_EN: Record<string, string> = {
  date: 'must be a date such as 2026-12-01',
  time: 'must be a time such as 08:00',
  field_name: 'a field name starts with a letter and holds only letters, digits and _',
  criterion_id: 'an id starts with a lowercase letter and holds only letters, digits, - and _',
  rule_set_id: 'an id holds lowercase letters, digits and -',
  finding: 'a finding such as protected-ground:sex, personal-reason or unused-field',
  email: 'must be an email address',
  url: 'must be a web address such as https://acme.se',
  date_time: 'must be a date and time such as 2026-12-01T12:00',
}

// slips: month names and lists for the wording above
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/**
 * The grounds in English, as a finding names them: a short name for the first line, what the
 * ground is, and what to ask instead.
 */
export const GROUNDS_EN = {
  age: {
    name: 'age',
    kind: 'a protected ground',
    advice:
      'Ask for what the work needs instead: the experience, licence or qualification (a driving licence, two years in the trade). Where a law sets an age limit (serving alcohol), name the law in justification.',
    require:
      'Name what the work needs instead: the experience, licence or qualification (a driving licence, two years in the trade), never an age or a generation.',
  },
  sex: {
    name: 'sex',
    kind: 'a protected ground',
    advice:
      'Sex and pregnancy are never requirements for a job, except in the rare cases the Act allows, which justification must name.',
  },
  transgender: {
    name: 'transgender identity',
    kind: 'a protected ground',
    advice: 'It is never a requirement for a job: leave it out.',
  },
  ethnicity: {
    name: 'ethnicity',
    kind: 'a protected ground',
    advice:
      'Ask for what the work needs instead: a language at a CEFR level, the right to work in Sweden, a security clearance; never origin, citizenship, mother tongue, a name or a photo. Where a law requires citizenship, name it in justification.',
    require:
      'Name what the work needs instead: a language at a CEFR level, the right to work in Sweden, a security clearance; never origin, citizenship or mother tongue.',
  },
  religion: {
    name: 'religion or belief',
    kind: 'a protected ground',
    advice:
      'Ask whether the candidate can do the tasks and work the hours the job needs instead, never about belief, clothing, food or prayer.',
    require: 'Name the tasks and working hours the job needs instead, never belief, clothing, food or prayer.',
  },
  disability: {
    name: 'disability',
    kind: 'a protected ground',
    advice:
      'Ask about the tasks instead (lifting 25 kg, working shifts) and whether the candidate can do them, with or without adjustments; never about health, diagnoses, medication or sick days.',
    require:
      'Name the tasks the job needs instead (lifting 25 kg, working shifts), never health, diagnoses, medication or sick days.',
  },
  'sexual-orientation': {
    name: 'sexual orientation',
    kind: 'a protected ground',
    advice: 'It is never a requirement for a job: leave it out.',
  },
  family: {
    name: 'family situation',
    kind: 'which can reveal sex and age',
    advice:
      'Ask about the hours, shifts and travel the job needs instead, never about children, marriage, pregnancy or parental leave (protected by the Parental Leave Act).',
    require:
      'Name the hours, shifts and travel the job needs instead, never children, marriage, pregnancy or parental leave.',
  },
} as const satisfies Readonly<Record<string, GroundWords>>

const ground = (p: IssueParams): GroundWords =>
  (GROUNDS_EN as Readonly<Record<string, GroundWords>>)[String(p.ground)] ?? {
    name: String(p.ground),
    kind: 'a protected ground',
    advice: '',
  }
/** Where a text stands, as the first line names it. */
const PLACE_EN: Record<string, string> = {
  question: 'The question',
  option: 'The option',
  description: 'The description',
  reason: 'The reason',
  note: 'The note',
  title: 'The job title',
}
/** `(field x)` or `(criterion y)` after the quote: where to look. */
const owner = (p: IssueParams, name: (s: unknown) => string): string =>
  p.field !== undefined
    ? ` (field ${name(p.field)})`
    : p.criterion !== undefined
      ? ` (criterion ${name(p.criterion)})`
      : ''
/** The advice for a text that asks nothing (a reason, a title, a note): what to require instead. */
const requireInstead = (p: IssueParams): string => ground(p).require ?? ground(p).advice
const groundLine = (p: IssueParams): string => {
  const g = ground(p)
  if (p.place === 'name')
    return fit([(_, n) => `The name of field ${n(p.field)} points at ${g.name}, ${g.kind}; its question does not.`], '')
  const verb = p.proxy ? 'can reveal' : p.place === 'question' ? 'asks about' : 'speaks of'
  const line =
    (reader: boolean, quoted = true) =>
    (quote: string, n: (s: unknown) => string) =>
      `${PLACE_EN[String(p.place)] ?? 'The text'}${quoted ? ` "${quote}"` : ''}${owner(p, n)} ${verb} ${g.name}, ${g.kind}${reader && p.field !== undefined && p.criterion !== undefined ? `; criterion ${n(p.criterion)} reads it` : ''}.`
  // Which criterion reads the answer gives way first: the advice names it too.
  return fit([line(true), line(false), line(false, false)], String(p.text ?? ''), HEADLINE_MAX, p.matched)
}
const justified = (p: IssueParams): string =>
  `The justification reads: "${p.justification}". Check that it names the law, or why the job cannot be done without it.`

/** Said first when the ordinary-text veto made a finding a warning (src/lint/model/ordinary.ts). */
const ORDINARY_EN =
  'It reads more like a text about someone or something else (patients, customers or others the work serves, a subject, a product), so this is a warning, not an error. If it is, acknowledge it with the lines below; if it is about the applicant, act on it. '
const ordinaryFirst = (p: IssueParams, advice: string): string =>
  p.ordinary === true ? `${ORDINARY_EN}${advice}` : advice

/** The parts of the fairness findings in English: the first line, then the advice. */
export const findingEn: { readonly [C in FindingCode]: FindingWords } = {
  protected_question: {
    headline: groundLine,
    advice: (p) =>
      ordinaryFirst(
        p,
        p.place === 'name'
          ? 'Check what the form asks, and rename the field if it is about something else.'
          : `No criterion reads the answer, so the form should not ask it: remove the question. ${ground(p).advice}`,
      ),
  },
  protected_ground: {
    headline: groundLine,
    advice: (p) =>
      ordinaryFirst(
        p,
        p.justification !== undefined
          ? justified(p)
          : p.place === 'name'
            ? 'Check what the form asks, and rename the field if it is about something else.'
            : p.place === 'title'
              ? `Candidates read the title in every message. ${requireInstead(p)}`
              : p.place === 'reason'
                ? `A rejected candidate reads the reason. ${requireInstead(p)} Reword it as the requirement.`
                : p.place === 'note'
                  ? `${requireInstead(p)} Reword the note.`
                  : `${ground(p).advice} Otherwise remove criterion ${p.criterion}, or write in its justification why it is lawful and necessary for the job.`,
      ),
  },
  personal_reason: {
    headline: (p) =>
      fit(
        [
          ...(Array.isArray(p.words) && p.words.length
            ? [
                (quote: string, n: (s: unknown) => string) =>
                  `The reason "${quote}" (criterion ${n(p.criterion)}) speaks of the candidate (${list(p.words)}), not the requirement.`,
              ]
            : []),
          (quote, n) =>
            `The reason "${quote}" (criterion ${n(p.criterion)}) speaks of the candidate, not the requirement.`,
        ],
        String(p.text ?? ''),
        HEADLINE_MAX,
        Array.isArray(p.words) ? p.words[0] : undefined,
      ),
    advice: (p) =>
      `A rejected candidate reads it after ${p.locale === 'sv' ? '"För tjänsten krävs"' : '"The role requires"'}. Name the requirement instead, e.g. ${p.locale === 'sv' ? '"svenska på minst nivå B2" or "B-körkort"' : '"Swedish at level B2 or higher" or "a driving licence"'}. Saying ${p.locale === 'sv' ? '"du"' : '"you"'} is no fault; a judgement of the person (a trait, manner, impression, flaw or comparison) is.${p.model ? " No one word gave it away: the lint's model, trained on labelled reasons, reads the whole reason as a judgement of the person." : ''}`,
  },
}

/** Where an acknowledgement goes, by the kind of thing it is written on. */
const ACK_ON_EN: Record<string, (name: string) => string> = {
  field: (name) => `in field ${name}, beside label:`,
  criterion: (name) => `in criterion ${name}, beside rule:`,
  job: () => 'under job:, beside title:',
}

/** How to accept a finding whose text is about something else, before the lines to add. */
export const acknowledgeEn: Words = (p) =>
  `${p.code === 'personal_reason' ? 'If the reason names the requirement and not the candidate' : 'If the text is about something other than the applicant (the work, a subject taught, the people served)'}, acknowledge it: add these lines ${ACK_ON_EN[String(p.ackOn)]?.(String(p.ackName ?? '')) ?? ''}`

/** In the Studio's dialog that acknowledges a finding: the way when the text really is about the applicant, a criterion reading the answer. */
export const justifyInsteadEn: Words = (p) =>
  `Is the text really about the applicant? Then an acknowledgement is the wrong way: write instead in criterion ${p.criterion}, under justification:, which law or need makes the requirement lawful and necessary for the job.`

/** The advice under an acknowledgement without a reason, and in the dialog where the Studio asks for the reason. */
export const ACK_ADVICE_EN =
  'Write in a sentence why the text is not about the applicant, e.g. "the title names the subject taught, not the applicant". If the text is about the applicant, remove the acknowledgement and write in the criterion\'s justification why the requirement is lawful and necessary for the job.'

/** What the acknowledgement's reason says until the recruiter writes it. */
export const ACK_REASON_EN = '<why this is not about the applicant>'
