// The grounds and the places a text stands in, and the shape of the personal-wording lists
// (data only, one file per language). Patterns are described in ../phrases.ts.

/**
 * A ground the lint knows: the seven of the Discrimination Act, and family situation as a proxy.
 * @example
 * ```ts
 * const ground: GroundId = 'age'
 * ```
 * @category Lint
 */
export type GroundId = 'age' | 'sex' | 'transgender' | 'ethnicity' | 'religion' | 'disability' | 'sexual-orientation' | 'family'

/**
 * Where a text sits in a criteria file: what kind of text it is decides which patterns apply
 * (a field `name` is matched without diacritics, some words only as an option `value`).
 * @example
 * ```ts
 * findProtectedGrounds('kon', { kind: 'name' })[0]?.ground // 'sex'
 * ```
 * @category Lint
 */
export type TextKind = 'name' | 'label' | 'value' | 'reason' | 'note' | 'title'

/** Words that speak of the person rather than of a requirement, in one language. */
export interface PersonalLexicon {
  language: 'sv' | 'en'
  terms: readonly string[]
  except?: readonly string[]
}
