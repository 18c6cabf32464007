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
export type GroundId =
  | 'age'
  | 'sex'
  | 'transgender'
  | 'ethnicity'
  | 'religion'
  | 'disability'
  | 'sexual-orientation'
  | 'family'

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

/**
 * What judges the applicant as a person rather than names a requirement, in one language.
 * The second person alone is no judgement ("att du har B-körkort", "that you hold a licence"):
 * a reason is personal for its `terms`, for a `trait` next to a `person` in one clause, or when
 * it opens with the bare second person as a statement ("du saknar …").
 */
export interface PersonalLexicon {
  language: 'sv' | 'en'
  /** Judgements wherever they stand: a trait, temperament, manner, appearance or impression; a lack stated as a flaw; a fit or a comparison with others; the recruiter's opinion. */
  terms: readonly string[]
  /** Who or what of the person a trait is said of: the second person, "someone", "a candidate", and a manner ("bemötande", "manner", "energy") that is no judgement alone. */
  persons: readonly string[]
  /** What judges a `person` within a few words of it: a trait ("positiv", "calm"), a comparative ("mer", "less", "trevligare"). */
  traits: readonly string[]
  /** Words that, opening the reason, make it a statement about the applicant ("du saknar …", "your CV …", "didn't demonstrate …"): "The role requires you lack …" does not read. */
  openings: readonly string[]
  /** A comparative (a trait) before these compares with a standard, not with a person ("mer än 50", "more experience than the minimum"). */
  standards: readonly string[]
  /** Words after which a judgement or a trait, in the same clause, is the topic of the work, not said of the applicant ("erfarenhet av att coacha personer med lågt självförtroende", "experience of positive behaviour support"). */
  breaks: readonly string[]
  /** The second person: a break followed by it is no topic of the work but the applicant ("om dig som person", "gave us pause about you"). */
  you: readonly string[]
  /** Phrases in which none of the words above judges ("låg frånvaro", "personbil", "social media presence"). */
  except?: readonly string[]
}
