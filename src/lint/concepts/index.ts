import age from './age.js'
import type { Concept } from './concept.js'
import disability from './disability.js'
import ethnicity from './ethnicity.js'
import family from './family.js'
import religion from './religion.js'
import sex from './sex.js'
import sexualOrientation from './sexual-orientation.js'
import transgender from './transgender.js'

/**
 * The concept table: every way the lint knows of asking about, or judging, an applicant on a
 * protected ground, each with its Swedish and English realisations.
 * @example
 * ```ts
 * CONCEPTS.find((c) => c.id === 'home-language')?.ground // 'ethnicity'
 * ```
 * @category Lint
 */
export const CONCEPTS: readonly Concept[] = [
  ...age,
  ...sex,
  ...transgender,
  ...ethnicity,
  ...religion,
  ...disability,
  ...sexualOrientation,
  ...family,
]
