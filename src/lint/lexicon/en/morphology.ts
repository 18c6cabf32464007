// English words the morphology knows, as data: Porter leaves irregular plurals apart, and the
// few closed compounds of job texts (childcare, schoolchildren, menswear) need their parts.

/**
 * Irregular English inflections, to the base form the stemmer then reduces.
 *
 * @example
 * EN_IRREGULAR['children'] // 'child'
 * @category Lint
 */
export const EN_IRREGULAR: Readonly<Record<string, string>> = {
  children: 'child', grandchildren: 'grandchild', stepchildren: 'stepchild', women: 'woman', men: 'man', people: 'person',
  feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose', wives: 'wife', lives: 'life', elves: 'elf', halves: 'half',
  selves: 'self', shelves: 'shelf', knives: 'knife', leaves: 'leave', mothers: 'mother', fathers: 'father', oxen: 'ox',
  salesmen: 'salesman', saleswomen: 'saleswoman', chairmen: 'chairman', spokesmen: 'spokesman', firemen: 'fireman',
  crises: 'crisis', analyses: 'analysis', diagnoses: 'diagnosis', bases: 'basis', criteria: 'criterion', data: 'data',
}

/**
 * English words (base forms) the compound splitter recognises as parts of closed compounds.
 *
 * @example
 * EN_WORDS.includes('care') // true
 * @category Lint
 */
export const EN_WORDS: readonly string[] = [
  'child', 'woman', 'man', 'girl', 'boy', 'mother', 'father', 'parent', 'grand', 'step', 'baby', 'family', 'wife',
  'husband', 'care', 'school', 'wear', 'sales', 'chair', 'fire', 'police', 'spokes', 'work', 'house', 'home', 'day', 'night',
  'week', 'shift', 'book', 'hood', 'keeper', 'ward', 'room', 'store', 'shop', 'floor', 'head', 'teacher', 'minder', 'craft',
  'health', 'age', 'old', 'young', 'faith', 'church', 'birth', 'place', 'land', 'tongue', 'skin', 'colour', 'color', 'person',
  'nurse', 'maid', 'stock', 'ware', 'soft', 'hard', 'data', 'base', 'net', 'web', 'site', 'kitchen', 'dish', 'washer', 'cook',
  'bar', 'tender', 'cash', 'desk', 'help', 'time', 'pay', 'leave', 'benefit', 'fund', 'tax', 'worker', 'force', 'life', 'style',
]

/**
 * English heads that name a person (see SV_PERSON_HEADS).
 *
 * @example
 * EN_PERSON_HEADS.includes('woman') // true
 * @category Lint
 */
export const EN_PERSON_HEADS: readonly string[] = [
  'person', 'people', 'individual', 'woman', 'man', 'girl', 'boy', 'guy', 'lady', 'gentleman', 'employee', 'applicant',
  'candidate', 'worker', 'staff', 'colleague', 'parent', 'mother', 'father', 'mom', 'dad', 'wife', 'husband', 'spouse', 'couple',
  'family', 'child', 'son', 'daughter', 'adult', 'youth', 'student', 'graduate', 'intern', 'retiree',
]

/**
 * English heads that name a property a person has (see SV_ATTRIBUTE_HEADS).
 *
 * @example
 * EN_ATTRIBUTE_HEADS.includes('background') // true
 * @category Lint
 */
export const EN_ATTRIBUTE_HEADS: readonly string[] = [
  'background', 'identity', 'status', 'situation', 'orientation', 'expression', 'origin', 'heritage', 'descent', 'limit', 'range',
  'bracket', 'group', 'category', 'place', 'country', 'year', 'date', 'day', 'colour', 'color', 'tongue', 'language', 'accent',
  'nationality', 'citizenship', 'plans', 'plan', 'belief', 'faith', 'requirement',
]
