import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseEpoch } from '../../src/time/dates'

// Date-times with their own offset are read by arithmetic, not by the platform's parser: the
// result must be the parser's, for every valid text and offset form.
const pad = (n: number, w = 2) => String(n).padStart(w, '0')
describe('parseEpoch', () => {
  it('reads date-times with an offset exactly as Date.parse does', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.integer({ min: -23, max: 23 }),
        fc.constantFrom(0, 15, 30, 45, 59),
        fc.constantFrom(':', ''),
        fc.boolean(),
        fc.integer({ min: 0, max: 999 }),
        (d, oh, om, colon, seconds, ms) => {
          const local = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
          const withSeconds = seconds ? `${local}:${pad(d.getUTCSeconds())}.${pad(ms, 3)}` : local
          const offset = `${oh < 0 ? '-' : '+'}${pad(Math.abs(oh))}${colon}${pad(om)}`
          const reference = Date.parse(
            `${seconds ? withSeconds : `${local}:00.000`}${oh < 0 ? '-' : '+'}${pad(Math.abs(oh))}:${pad(om)}`,
          )
          expect(parseEpoch(`${withSeconds}${offset}`, 'Europe/Stockholm')).toBe(reference)
          expect(parseEpoch(`${withSeconds}Z`, 'Asia/Tokyo')).toBe(
            Date.parse(`${seconds ? withSeconds : `${local}:00.000`}Z`),
          )
          return true
        },
      ),
      { numRuns: 5_000, seed: 20261203 },
    )
  })
  it('refuses offsets past 23:59 and impossible days', () => {
    expect(parseEpoch('2026-11-20T10:00+24:00', 'UTC')).toBeNaN()
    expect(parseEpoch('2026-11-20T10:00+01:60', 'UTC')).toBeNaN()
    expect(parseEpoch('2026-02-30T10:00+01:00', 'UTC')).toBeNaN()
  })
})
