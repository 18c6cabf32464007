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
}
