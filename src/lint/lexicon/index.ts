import enAge from './en/age.js'
import enDisability from './en/disability.js'
import enEthnicity from './en/ethnicity.js'
import enFamily from './en/family.js'
import enPersonal from './en/personal.js'
import enReligion from './en/religion.js'
import enSex from './en/sex.js'
import enSexualOrientation from './en/sexual-orientation.js'
import enTransgender from './en/transgender.js'
import type { GroundLexicon, PersonalLexicon } from './lexicon.js'
import svAge from './sv/age.js'
import svDisability from './sv/disability.js'
import svEthnicity from './sv/ethnicity.js'
import svFamily from './sv/family.js'
import svPersonal from './sv/personal.js'
import svReligion from './sv/religion.js'
import svSex from './sv/sex.js'
import svSexualOrientation from './sv/sexual-orientation.js'
import svTransgender from './sv/transgender.js'

/** Every ground word list, Swedish and English. */
export const GROUND_LEXICONS: readonly GroundLexicon[] = [
  svAge, svSex, svTransgender, svEthnicity, svReligion, svDisability, svSexualOrientation, svFamily,
  enAge, enSex, enTransgender, enEthnicity, enReligion, enDisability, enSexualOrientation, enFamily,
]

/** Words that speak of the person, Swedish and English. */
export const PERSONAL_LEXICONS: readonly PersonalLexicon[] = [svPersonal, enPersonal]
