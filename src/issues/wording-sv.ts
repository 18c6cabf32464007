import { q, type Wording } from './wording.js'

/** Swedish: written for a recruiter, saying what to write instead where there is a way. */
export const sv: Wording = {
  duplicate_id: (p) => `kriteriet ${q(p.id)} finns redan (används först av kriterium nummer ${Number(p.first) + 1}); ge det här ett eget id`,
}
