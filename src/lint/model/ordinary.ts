// The ordinary-text veto of the fairness lint (issue #23): a logistic model over hashed character
// n-grams and words (features.ts), int8 weights in ordinary-weights.ts, trained and measured by
// test/lint/model/veto.ts. The lint asks it only about a text the rules already flagged as an
// error, and only to make that finding a warning when the text reads as ordinary (about the
// work, the people served, a subject, a product): it never adds or removes a finding.
// Pure TypeScript: no Node built-ins, nothing downloaded, the weights decoded once on first use.
import type { TextKind } from '../lexicon/lexicon.js'
import { decodeWeights, logisticProbability } from './decode-weights.js'
import { features } from './features.js'
import { BITS, SCALE, THRESHOLD, WEIGHTS } from './ordinary-weights.js'

let weights: Int8Array | undefined

/**
 * The probability that a text is ordinary (does not ask about or judge the applicant on a
 * protected ground), as the veto model reads it, and whether that clears the veto's threshold.
 *
 * @example
 * ```ts
 * ordinaryText("Assistant Coach, Women's First Team", { kind: 'title', language: 'en' })
 * // { probability: 0.99…, veto: true }
 * ```
 * @category Lint
 */
export function ordinaryText(
  text: string,
  options: { kind: TextKind; language?: 'sv' | 'en' | undefined; read?: boolean | undefined },
): { probability: number; veto: boolean } {
  const w = (weights ??= decodeWeights(WEIGHTS))
  const x = features({ lang: options.language ?? '', kind: options.kind, read: options.read ?? true, text }, BITS)
  const probability = logisticProbability(w, x, SCALE)
  return { probability, veto: probability >= THRESHOLD }
}
