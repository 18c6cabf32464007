import { list, q, type Wording } from './wording.js'

/** English: written for a recruiter, saying what to write instead where there is a way. */
export const en: Wording = {
  duplicate_id: (p) => `duplicate criterion id ${q(p.id)} (first used by criteria[${p.first}])`,
  // criteria editing
  criteria_text_unparsable: (p) => `the text is not valid YAML at line ${p.line}, column ${p.column}: fix it in the editor, then the criteria can be edited in the form again`,
  criteria_text_not_map: () => 'the file is not a criteria file: it should be keys such as id, job, fields and criteria, each on its own line',
  criteria_list_invalid: () => 'criteria is not a list: write each criterion as an item starting with "- id:"',
  criterion_not_found: (p) => `there is no criterion ${q(p.id)} in the file${Array.isArray(p.ids) && p.ids.length ? ` (it has ${p.ids.join(', ')})` : ''}`,
  criterion_id_taken: (p) => `criterion ${q(p.id)} already exists (criteria[${p.first}]): give this one an id of its own`,
  criterion_id_invalid: (p) => `${q(p.id)} cannot be an id: an id starts with a lowercase letter and holds only letters, digits, - and _, such as work-permit`,
  criterion_position_invalid: (p) => `there is no place ${p.position} among ${p.count} criteria: places are counted from 0 to ${Number(p.count) - 1}`,
  // job and questions
  edit_alias: (p) => `the file uses a YAML alias (*${p.alias}), and the forms cannot change a file with aliases: write the values out in full instead of *${p.alias}`,
  edit_not_a_map: (p) => `${p.path ? `${p.path} is` : 'the file is'} not a map of keys (such as ${p.path ? 'name: value' : 'id, job, fields and criteria'}), so the forms cannot change it: fix it in the editor`,
  edit_failed: (p) => `${p.path} could not be changed in this file as it is written: change it in the editor`,
  edit_invalid_value: (p) =>
    `${p.path}: ${q(p.value)} is not ${({ date: 'a date such as 2026-12-01', time: 'a time such as 23:59', timezone: 'a time zone such as Europe/Stockholm', number: 'a number of 0 or more', holidays: 'se, none or a list of dates such as 2026-12-24', index: 'a place in the list' } as Record<string, string>)[String(p.kind)] ?? String(p.kind)}`,
  invalid_field_name: (p) => `${q(p.name)} cannot name a question: a name starts with a letter and holds only letters, digits and _ (such as workPermit)`,
  field_not_found: (p) => `there is no question named ${q(p.name)} in the file`,
  field_exists: (p) => `there is already a question named ${q(p.name)}: choose another name`,
  field_in_use: (p) => `the question ${q(p.name)} is read by ${[...(Array.isArray(p.criteria) ? p.criteria.map((c) => `the criterion ${q(c)}`) : []), ...(Array.isArray(p.fields) ? p.fields.map((f) => `the question ${q(f)}`) : [])].join(', ')}: ${p.rename ? 'rename' : 'remove'} it there first`,
  // slips: the recruiter's slips caught at load, lint or test, with what to write instead
  tab_indent: (p) => `line ${p.line} is indented with a tab: YAML indents with spaces only; replace the tab with spaces (two for each level)`,
  unclosed_quote: (p) => `the quote ${p.quote} that opens here on line ${p.line} is never closed, so everything after it became part of the text: end the text with ${p.quote} on the same line`,
  colon_in_text: (p) => `a colon followed by a space inside a text without quotes reads as the start of a new key. Put the text in quotes, like this: ${p.fixed}`,
  wrong_indent: (p) => `line ${p.line} is indented ${p.spaces} spaces, which lines it up with no key above it (they are at ${list(p.above, 'and')} spaces): indent it exactly as far as the key it belongs beside`,
  comma_in_text: (p) => `the text after a comma became a key of its own (${q(p.key)}): in a one-line { … } map a comma ends the text, so put the whole text in quotes, like this: ${p.fixed}`,
  split_decimal: (p) =>
    `${p.count === undefined || p.count === null ? `${q(p.op)}: ` : `${q(p.op)} got ${p.count} arguments where it takes ${p.takes}: `}did you write ${p.whole},${p.fraction}? In a one-line [ … ] list or { … } map a comma separates values, so the number was split in two; write ${p.whole}.${p.fraction}, with a decimal point`,
  impossible_date: (p) =>
    `${q(p.value)} is not a ${p.part === 'hour' || p.part === 'minute' ? 'time' : 'date'}: ${
      p.part === 'day' ? `${MONTHS_EN[Number(p.month) - 1]} ${p.year} has ${p.days} days` : p.part === 'month' ? 'a year has 12 months (01 to 12)' : p.part === 'hour' ? 'hours run from 00 to 23' : 'minutes run from 00 to 59'
    }`,
  unknown_criterion: (p) => `the test expects ${q(p.id)} to be ${p.list}, but no criterion has that id${p.suggestion ? `; did you mean ${q(p.suggestion)}?` : `; the criteria are ${list(p.known, 'and')}`}`,
  constant_condition: (p) =>
    `${p.part === 'when' ? `the when of "${p.id}"` : `the rule of requirement "${p.id}"`} is ${p.value ? 'true' : 'false'} for every possible answer, so ${
      p.part === 'when' ? (p.value ? 'it never skips the criterion' : 'the criterion is always skipped') : p.value ? 'every candidate meets it' : 'no candidate can meet it'
    }${p.or ? '; did you write or where you meant and?' : p.and ? '; did you write and where you meant or?' : ''}`,
  unclosed_bracket: (p) => `the bracket ${p.open} that opens here on line ${p.line} is never closed: end it with ${p.close} on the same line (or put each value on a line of its own)`,
}

// slips: month names and lists for the wording above
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
