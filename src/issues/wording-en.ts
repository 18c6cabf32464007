import { q, type Wording } from './wording.js'

/** English: written for a recruiter, saying what to write instead where there is a way. */
export const en: Wording = {
  duplicate_id: (p) => `duplicate criterion id ${q(p.id)} (first used by criteria[${p.first}])`,
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
