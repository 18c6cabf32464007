import * as crypto from 'node:crypto'
import { canonicalJson } from './canonical-json'

// Node's one-shot hash (20.12+) skips a Hash object per call: half the cost of createHash for
// the short texts every screened application hashes.
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash
const sha256 = oneShot ? (text: string) => oneShot('sha256', text, 'hex') : (text: string) => crypto.createHash('sha256').update(text).digest('hex')

/**
 * SHA-256 (hex) of the canonical JSON of a value: the same data gives the same hash whatever
 * the order of its keys.
 *
 * @example
 * ```ts
 * hashJson({ a: 1, b: 2 }) === hashJson({ b: 2, a: 1 }) // true
 * ```
 * @category Criteria files
 */
export function hashJson(value: unknown): string {
  return sha256(canonicalJson(value))
}
