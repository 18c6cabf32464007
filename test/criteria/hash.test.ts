import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hashJson, pureSha256Hex, sha256Hex } from '../../src/criteria/hash'

// The audit hashes must not depend on where screening runs: the pure-JS SHA-256 (browsers,
// Workers) and Node's native one give the same hex, and both match the published vectors.
const VECTORS: [string, string][] = [
  ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  [
    'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
    '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
  ],
  [
    'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
    'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
  ],
  ['a'.repeat(1_000_000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
]

describe('SHA-256 of the audit hashes', () => {
  for (const [text, hex] of VECTORS)
    it(`${text.length > 20 ? `${text.slice(0, 20)}… (${text.length} chars)` : JSON.stringify(text)}: both implementations give the published digest`, () => {
      expect(pureSha256Hex(text)).toBe(hex)
      expect(sha256Hex(text)).toBe(hex)
    })
  it('the pure-JS and native hashes agree on any text, including non-ASCII and lone surrogates', () => {
    const native = (s: string) => createHash('sha256').update(s).digest('hex')
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => pureSha256Hex(s) === native(s)),
      { numRuns: 2000 },
    )
    for (const s of ['Åsa Öberg, Malmö', '\ud800', 'a\udc00b', '😀'.repeat(50)])
      expect(pureSha256Hex(s)).toBe(native(s))
  })
  it('hashJson is the SHA-256 of the canonical JSON, whatever the key order', () => {
    expect(hashJson({ b: [1, 'två'], a: null })).toBe(
      createHash('sha256').update('{"a":null,"b":[1,"två"]}').digest('hex'),
    )
    expect(hashJson({ a: 1, b: 2 })).toBe(hashJson({ b: 2, a: 1 }))
  })
})
