// The lint's models ship their int8 weights as base64 text in a module: no file to read, nothing
// downloaded, the same in Node, a browser bundle and a Worker.
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

/**
 * A model's int8 weights from their base64 text.
 * @example
 * ```ts
 * decodeWeights('AP8=') // Int8Array [0, -1]
 * ```
 */
export function decodeWeights(base64: string): Int8Array {
  return new Int8Array(decodeBase64(base64).buffer)
}

/**
 * A logistic model's probability for a text: the sum of its features' int8 weights, scaled, over
 * the square root of the feature count (each text's vector has unit length), through the sigmoid.
 * @example
 * ```ts
 * logisticProbability(new Int8Array([0, 10]), [1], 0.1) // 0.73…
 * ```
 */
export function logisticProbability(weights: Int8Array, features: ArrayLike<number>, scale: number): number {
  let z = 0
  for (let i = 0; i < features.length; i++) z += weights[features[i]!]!
  return 1 / (1 + Math.exp((-z * scale) / Math.sqrt(features.length)))
}
