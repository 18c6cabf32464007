import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isoInstant } from '../../src/time/iso-instant'

// Delivery plans write their instants by arithmetic: it must be what toISOString writes, for
// every instant, and refuse what toISOString refuses.
describe('isoInstant', () => {
  it('writes every instant as toISOString does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (t) => {
        expect(isoInstant(t)).toBe(new Date(t).toISOString())
      }),
      { numRuns: 20_000, seed: 20261206 },
    )
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(10_000, 0, 1) + 86_400_000 }), (t) => {
        expect(isoInstant(t)).toBe(new Date(t).toISOString())
      }),
      { numRuns: 50_000, seed: 20261207 },
    )
  })
  it('at the edges: epoch, leap days, year ends, the last millisecond of 9999, fractions', () => {
    for (const t of [
      0,
      -0,
      1,
      -1,
      Date.UTC(2024, 1, 29, 23, 59, 59, 999),
      Date.UTC(2000, 1, 29),
      Date.UTC(2100, 2, 1),
      Date.UTC(2026, 11, 31, 23, 59, 59, 999),
      Date.UTC(9999, 11, 31, 23, 59, 59, 999),
      Date.UTC(10_000, 0, 1),
      1.5,
      Date.UTC(2026, 10, 23) + 0.25,
    ])
      expect(isoInstant(t)).toBe(new Date(t).toISOString())
  })
  it('throws what toISOString throws for a time that is not one', () => {
    for (const t of [Number.NaN, Number.POSITIVE_INFINITY, 8.64e15 + 1]) expect(() => isoInstant(t)).toThrow(RangeError)
  })
})
