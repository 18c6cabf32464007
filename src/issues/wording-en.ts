import { q, type Wording } from './wording.js'

/** English: written for a recruiter, saying what to write instead where there is a way. */
export const en: Wording = {
  duplicate_id: (p) => `duplicate criterion id ${q(p.id)} (first used by criteria[${p.first}])`,
}
