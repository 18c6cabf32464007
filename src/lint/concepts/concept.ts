// The shape of the concept table: data only, one file per ground, so a linguist can review
// what the lint looks for without reading code. Each concept names one way of asking about,
// or judging, a person on a ground, with its Swedish and its English realisations side by
// side, so that what is caught in one language is caught in the other (a test checks that
// every concept has both). Patterns are described in ../phrases.ts.
import type { GroundId, TextKind } from '../lexicon/lexicon.js'

/**
 * One realisation of a concept: a pattern, or a pattern with conditions of its own.
 * @example
 * ```ts
 * const gift: Realisation = { match: 'gift', only: ['value'] }
 * ```
 * @category Lint
 */
export type Realisation =
  | string
  | {
      match: string
      /** A common word in the other language ("sex" is six in Swedish): matched only in texts known to be in this language. */
      ambiguous?: true
      /** Matched only in these kinds of text. */
      only?: readonly TextKind[]
      /** Ordinary to ask, unlawful to screen on: matched only when a rule reads the field. */
      readOnly?: true
    }

/**
 * One way of asking about, or judging, the applicant on a protected ground.
 * @example
 * ```ts
 * const c: Concept = { id: 'home-language', ground: 'ethnicity', sv: ['hemspråk*'], en: ['home language*'] }
 * ```
 * @category Lint
 */
export interface Concept {
  /** Stable kebab-case id, reported on a match. */
  id: string
  ground: GroundId
  sv: readonly Realisation[]
  en: readonly Realisation[]
  /** Ordinary to ask, unlawful to screen on (a name, a photo, a postcode). */
  readOnly?: true
  /** Matched only in these kinds of text. */
  only?: readonly TextKind[]
  /**
   * The pattern itself says whom it is about (an age range, "your parents' country of birth"),
   * so no frame about others takes it away.
   */
  framed?: true
  /** Phrases, in either language, in which a word of this concept means something else ("kön i kassan", "race condition"). */
  except?: readonly string[]
}
