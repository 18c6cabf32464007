import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SlotCounts } from '../../src/report/slot-counts'

describe('SlotCounts', () => {
  it('counts like a map of pairs, dense or sparse, and when it moves from one to the other (property)', () => {
    // Small slots keep it dense; a far slot among few makes it sparse; both mixed.
    const slot = fc.oneof(fc.nat(40), fc.nat(5_000), fc.nat(200_000))
    fc.assert(
      fc.property(fc.array(fc.tuple(slot, fc.boolean()), { maxLength: 300 }), (counts) => {
        const c = new SlotCounts()
        const oracle = new Map<number, [number, number]>()
        for (const [s, hit] of counts) {
          c.count(s, hit)
          const o = oracle.get(s) ?? [0, 0]
          oracle.set(s, [o[0] + 1, o[1] + (hit ? 1 : 0)])
        }
        expect(c.used).toBe(oracle.size)
        for (const [s, [n, hits]] of oracle) expect([c.n(s), c.hits(s)]).toEqual([n, hits])
        for (const s of [0, 7, 41, 4_999, 199_999, 300_000])
          if (!oracle.has(s)) expect([c.n(s), c.hits(s)]).toEqual([0, 0])
      }),
      { numRuns: 1000 },
    )
  })
})
