import type { GroundWords } from '../issues/wording.js'
import { GROUNDS_EN } from '../issues/wording-en.js'
import { GROUNDS_SV } from '../issues/wording-sv.js'
import type { GroundId } from './lexicon/lexicon.js'

// The words live in the catalogue (src/issues), one file per language, as every message does;
// typed by GroundId here, so that a ground without words in either language does not compile.
const en: Readonly<Record<GroundId, GroundWords>> = GROUNDS_EN
const sv: Readonly<Record<GroundId, GroundWords>> = GROUNDS_SV
const both = (g: GroundId) => ({
  name: { en: en[g].name, sv: sv[g].name },
  kind: { en: en[g].kind, sv: sv[g].kind },
  advice: { en: en[g].advice, sv: sv[g].advice },
})

/**
 * The grounds the lint knows, with how a finding names them (short: the name stands in a first
 * line under 120 characters), what each is (a ground of the Act, or a way to one) and what to
 * ask instead, in English and Swedish. The seven grounds of the Swedish Discrimination Act
 * (diskrimineringslagen 2008:567), and family situation, which can reveal sex and age (parental
 * leave is also protected by the Parental Leave Act, föräldraledighetslagen 1995:584).
 *
 * @example
 * ```ts
 * PROTECTED_GROUNDS.age.advice.sv // 'Fråga i stället efter det arbetet kräver: …'
 * ```
 * @category Lint
 */
export const PROTECTED_GROUNDS: Readonly<
  Record<
    GroundId,
    {
      readonly name: { en: string; sv: string }
      readonly kind: { en: string; sv: string }
      readonly advice: { en: string; sv: string }
    }
  >
> = {
  age: both('age'),
  sex: both('sex'),
  transgender: both('transgender'),
  ethnicity: both('ethnicity'),
  religion: both('religion'),
  disability: both('disability'),
  'sexual-orientation': both('sexual-orientation'),
  family: both('family'),
}
