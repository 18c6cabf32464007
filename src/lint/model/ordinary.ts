// The ordinary-text veto of the fairness lint (issue #23): a logistic model over hashed character
// n-grams and words (features.ts), int8 weights in ordinary-weights.ts, trained and measured by
// test/lint/model/veto.ts. The lint asks it only about a text the rules already flagged as an
// error, and only to make that finding a warning when the text reads as ordinary (about the
// work, the people served, a subject, a product): it never adds or removes a finding.
// Pure TypeScript: no Node built-ins, nothing downloaded, the weights decoded once on first use.
import type { TextKind } from '../lexicon/lexicon.js'
import { features } from './features.js'
import { BITS, SCALE, THRESHOLD, WEIGHTS } from './ordinary-weights.js'

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Standard base64 to bytes, without atob or Buffer (neither is everywhere the core runs). */
function decodeBase64(s: string): Uint8Array {
  const table = new Int16Array(128).fill(-1)
  for (let i = 0; i < B64.length; i++) table[B64.charCodeAt(i)] = i
  const clean = s.replace(/=+$/, '')
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4))
  let bits = 0
  let acc = 0
  let o = 0
  for (let i = 0; i < clean.length; i++) {
    acc = ((acc << 6) | (table[clean.charCodeAt(i)] ?? 0)) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[o++] = (acc >> bits) & 0xff
    }
  }
  return out
}

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
export function ordinaryText(text: string, options: { kind: TextKind; language?: 'sv' | 'en' | undefined; read?: boolean | undefined }): { probability: number; veto: boolean } {
  const w = (weights ??= new Int8Array(decodeBase64(WEIGHTS).buffer))
  const x = features({ lang: options.language ?? '', kind: options.kind, read: options.read ?? true, text }, BITS)
  let z = 0
  for (const j of x) z += w[j]!
  const probability = 1 / (1 + Math.exp((-z * SCALE) / Math.sqrt(x.length)))
  return { probability, veto: probability >= THRESHOLD }
}
