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
