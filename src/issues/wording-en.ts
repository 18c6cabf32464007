import { q, type Wording } from './wording.js'

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
}
