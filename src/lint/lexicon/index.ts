import enPersonal from './en/personal.js'
import type { PersonalLexicon } from './lexicon.js'
import svPersonal from './sv/personal.js'

// The ground word lists became the concept table in ../concepts/ (both languages side by side).

/** Words that speak of the person, Swedish and English. */
export const PERSONAL_LEXICONS: readonly PersonalLexicon[] = [svPersonal, enPersonal]
