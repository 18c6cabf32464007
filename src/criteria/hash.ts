import { sha256 as pureSha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { canonicalJson } from './canonical-json.js'

// SHA-256 without importing a Node built-in, so the core bundles for browsers and Workers as
// it is. Where the runtime offers Node's crypto without an import (process.getBuiltinModule:
// Node >= 20.16, Deno, Bun, Workers with nodejs_compat), its native one-shot hash is used: about
// seven times faster on the short texts every screened application hashes. Elsewhere
// @noble/hashes (audited, pure JS). Both give the same hex for the same text: tested on
// fixed vectors and random texts.

type NodeCrypto = {
  hash?: (algorithm: string, data: string, encoding: 'hex') => string
  createHash?: (algorithm: string) => { update(s: string): { digest(e: 'hex'): string } }
}

const encoder = new TextEncoder()
/** The pure-JS SHA-256 (hex) of a text's UTF-8: what runs where Node's crypto is not there. */
export const pureSha256Hex = (text: string): string => bytesToHex(pureSha256(encoder.encode(text)))

let sha256: ((text: string) => string) | undefined

function pick(): (text: string) => string {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
  let native: NodeCrypto | undefined
  try {
    native = proc?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined
  } catch {
    native = undefined
  }
  if (native?.hash) {
    const hash = native.hash
    return (text) => hash('sha256', text, 'hex')
  }
  if (native?.createHash) {
    const createHash = native.createHash
    return (text) => createHash('sha256').update(text).digest('hex')
  }
  return pureSha256Hex
}

/** SHA-256 (hex) of a text's UTF-8 encoding. */
export function sha256Hex(text: string): string {
  sha256 ??= pick()
  return sha256(text)
}

/**
 * SHA-256 (hex) of the canonical JSON of a value: the same data gives the same hash whatever
 * the order of its keys, in every runtime.
 *
 * @example
 * ```ts
 * hashJson({ a: 1, b: 2 }) === hashJson({ b: 2, a: 1 }) // true
 * ```
 * @category Criteria files
 */
export function hashJson(value: unknown): string {
  return sha256Hex(canonicalJson(value))
}
