import { createHash } from 'node:crypto'
import { canonicalJson } from './canonical-json'

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
  return createHash('sha256').update(canonicalJson(value)).digest('hex')
}
