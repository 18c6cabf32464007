import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson, canonicalJsonIterative } from '../../src/criteria/canonical-json'
import { hashJson } from '../../src/criteria/hash'

// An independent, recursive oracle (objects cannot be the oracle: they put integer-like keys first).
const oracle = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(oracle).join(',')}]`
    : v && typeof v === 'object'
      ? `{${Object.keys(v)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${oracle((v as Record<string, unknown>)[k])}`)
          .join(',')}}`
      : JSON.stringify(v)

describe('canonicalJson', () => {
  it('equals a recursive key-sorting serialiser (oracle), for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => canonicalJson(v) === oracle(v)),
      { numRuns: 2000 },
    )
  })
  it('takes a fast path for flat objects (answers) that gives exactly the same text', () => {
    const scalar = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null))
    const flat = fc.dictionary(fc.string(), fc.oneof(scalar, fc.array(scalar, { maxLength: 5 })))
    fc.assert(
      fc.property(flat, (v) => canonicalJson(v) === oracle(v)),
      { numRuns: 3000 },
    )
  })
  it('writes a document by recursion exactly as the iterative path does (dates, undefined, functions, non-finite numbers, shared values)', () => {
    const leaf = fc.oneof(
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.constant(() => 1),
      fc.date(),
      fc.bigInt(),
    )
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('tree'), { maxLength: 4 }),
        fc.dictionary(fc.string(), tie('tree'), { maxKeys: 4 }),
      ),
    }))
    fc.assert(
      fc.property(tree, (v) => canonicalJson([v, { v }]) === canonicalJsonIterative([v, { v }])),
      { numRuns: 2000 },
    )
    const shared = { a: [1, 'x'] }
    expect(canonicalJson({ p: shared, q: [shared, shared] })).toBe(
      canonicalJsonIterative({ p: shared, q: [shared, shared] }),
    )
  })
  it('gives the same text on both sides of the depth where recursion hands over to the iterative path', () => {
    for (const n of [254, 255, 256, 257, 258, 600]) {
      const deep = JSON.parse(`${'{"a":['.repeat(n)}1${']}'.repeat(n)}`)
      expect(canonicalJson(deep)).toBe(canonicalJsonIterative(deep))
    }
  })
  it('refuses a value that contains itself, at any depth', () => {
    for (const n of [1, 300]) {
      const root: { next?: unknown } = {}
      let at = root
      for (let i = 0; i < n; i++) at = (at.next = {}) as typeof root
      at.next = root
      expect(() => canonicalJson([root])).toThrow(/contains itself/)
    }
  })
  it('is independent of key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"e":3,"f":2}]},"b":1}',
    )
  })
  it('keeps __proto__ keys from JSON.parse as data', () => {
    expect(canonicalJson(JSON.parse('{"__proto__": {"x": 1}}'))).toBe('{"__proto__":{"x":1}}')
  })
  it('handles 100,000 levels of nesting without recursion', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)
    expect(canonicalJson(deep)).toHaveLength(200_000)
  })
  it('hashes with SHA-256', () => {
    expect(hashJson({ a: 1 })).toBe('015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862')
  })
})
