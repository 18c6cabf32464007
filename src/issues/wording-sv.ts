import { q, type Wording } from './wording.js'

/** Swedish: written for a recruiter, saying what to write instead where there is a way. */
export const sv: Wording = {
  duplicate_id: (p) => `kriteriet ${q(p.id)} finns redan (används först av kriterium nummer ${Number(p.first) + 1}); ge det här ett eget id`,
  // criteria editing
  criteria_text_unparsable: (p) => `texten är inte giltig YAML på rad ${p.line}, kolumn ${p.column}: rätta den i editorn, så går kriterierna att ändra i formuläret igen`,
  criteria_text_not_map: () => 'filen är ingen kriteriefil: den ska bestå av nycklar som id, job, fields och criteria, var och en på egen rad',
  criteria_list_invalid: () => 'criteria är ingen lista: skriv varje kriterium som en punkt som börjar med "- id:"',
  criterion_not_found: (p) => `det finns inget kriterium ${q(p.id)} i filen${Array.isArray(p.ids) && p.ids.length ? ` (den har ${p.ids.join(', ')})` : ''}`,
  criterion_id_taken: (p) => `kriteriet ${q(p.id)} finns redan (kriterium nummer ${Number(p.first) + 1}); ge det här ett eget id`,
  criterion_id_invalid: (p) => `${q(p.id)} kan inte vara ett id: ett id börjar med en liten bokstav och har bara bokstäver, siffror, - och _, till exempel arbetstillstand`,
  criterion_position_invalid: (p) => `det finns ingen plats ${p.position} bland ${p.count} kriterier: platserna räknas från 0 till ${Number(p.count) - 1}`,
}
