// The shape of a word list: data only, one file per language and ground, so a linguist can
// review a list without reading code. Patterns are described in ../phrases.ts.

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

/** One pattern with conditions. A plain string is a pattern without any. */
export interface Term {
  match: string
  /**
   * A common word in another language ("sex" is six in Swedish, "man" is the pronoun "one",
   * "gift" is a present in English): matched only in texts known to be in this list's language.
   */
  ambiguous?: true
  /**
   * Ordinary to ask, unlawful to screen on (a name, a photo, a postcode, a personal identity
   * number): matched only when a rule reads the field.
   */
  readOnly?: true
  /** Matched only in these kinds of text ("barn" alone is about the candidate only as a field name). */
  only?: readonly TextKind[]
}

/** The words and phrases of one language that point at one ground. */
export interface GroundLexicon {
  ground: GroundId
  language: 'sv' | 'en'
  terms: readonly (string | Term)[]
  /** Phrases in which a match is about something else ("personer med funktionsnedsättning": the people the job serves). */
  except?: readonly string[]
}

/** Words that speak of the person rather than of a requirement, in one language. */
export interface PersonalLexicon {
  language: 'sv' | 'en'
  terms: readonly string[]
  except?: readonly string[]
}
