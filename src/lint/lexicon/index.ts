import enAge from './en/age'
import enDisability from './en/disability'
import enEthnicity from './en/ethnicity'
import enFamily from './en/family'
import enPersonal from './en/personal'
import enReligion from './en/religion'
import enSex from './en/sex'
import enSexualOrientation from './en/sexual-orientation'
import enTransgender from './en/transgender'
import type { GroundLexicon, PersonalLexicon } from './lexicon'
import svAge from './sv/age'
import svDisability from './sv/disability'
import svEthnicity from './sv/ethnicity'
import svFamily from './sv/family'
import svPersonal from './sv/personal'
import svReligion from './sv/religion'
import svSex from './sv/sex'
import svSexualOrientation from './sv/sexual-orientation'
import svTransgender from './sv/transgender'

/** Every ground word list, Swedish and English. */
export const GROUND_LEXICONS: readonly GroundLexicon[] = [
  svAge, svSex, svTransgender, svEthnicity, svReligion, svDisability, svSexualOrientation, svFamily,
  enAge, enSex, enTransgender, enEthnicity, enReligion, enDisability, enSexualOrientation, enFamily,
]

/** Words that speak of the person, Swedish and English. */
export const PERSONAL_LEXICONS: readonly PersonalLexicon[] = [svPersonal, enPersonal]
