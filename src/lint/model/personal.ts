// The personal-reason reader of the fairness lint (issue #23, eighth pass): a logistic model over
// the same hashed features as the ordinary-text veto, int8 weights in personal-weights.ts, trained
// and measured by test/lint/model/personal.ts. The word lists name what they find; a recruiter's
// view of a candidate comes in more wordings than lists hold, so the lint asks the model about a
// reason in which the lists found nothing. It only adds a finding, never removes one, and its
// threshold was fixed by cross-validation (at most 2 in 1000 requirement reasons out of fold).
// Pure TypeScript: no Node built-ins, nothing downloaded, the weights decoded once on first use.
import { decodeWeights, logisticProbability } from './decode-weights.js'
import { features } from './features.js'
import { BITS, SCALE, THRESHOLD, WEIGHTS } from './personal-weights.js'

let weights: Int8Array | undefined

/**
 * The probability that a candidate-facing reason judges the person rather than names a
 * requirement, as the personal-reason model reads it, and whether that clears its threshold.
 *
 * @example
 * ```ts
 * personalReason('someone we could picture at client dinners', 'en') // { probability: 0.9…, personal: true }
 * personalReason('a forklift licence', 'en') // { probability: 0.0…, personal: false }
 * ```
 * @category Lint
 */
export function personalReason(text: string, language: 'sv' | 'en'): { probability: number; personal: boolean } {
  const w = (weights ??= decodeWeights(WEIGHTS))
  const x = features({ lang: language, kind: 'reason', read: true, text }, BITS)
  const probability = logisticProbability(w, x, SCALE)
  return { probability, personal: probability >= THRESHOLD }
}
