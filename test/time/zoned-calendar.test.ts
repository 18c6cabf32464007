import fc from 'fast-check'
import { addDays, addMonths, differenceInCalendarDays, differenceInMonths, differenceInYears, format } from 'date-fns'
import { tz, tzOffset } from '@date-fns/tz'
import { describe, expect, it } from 'vitest'
import {
  addDaysIn,
  addMonthsIn,
  calendarDays,
  isoDay,
  isoMinute,
  monthsBetween,
  yearsBetween,
} from '../../src/time/zoned-calendar'

// The fast calendar arithmetic must give date-fns with @date-fns/tz's answers exactly, DST
// changes included: zones with changes at 02:00 and at midnight, a 30-minute change, a
// quarter-hour offset, a day that was skipped, and UTC. AUTOSCREEN_LONG=1 tries 200,000.
const RUNS = process.env.AUTOSCREEN_LONG ? 200_000 : 20_000
const ZONES = [
  'Europe/Stockholm',
  'America/New_York',
  'America/Sao_Paulo',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Apia',
  'UTC',
]
// Instants from 2010 to 2035, with a bias to the hours around DST changes (late March, late October, November).
const instant = fc.oneof(
  fc.integer({ min: Date.UTC(2010, 0, 1), max: Date.UTC(2035, 0, 1) }),
  fc
    .tuple(
      fc.integer({ min: 2010, max: 2034 }),
      fc.constantFrom(2, 3, 9, 10, 11),
      fc.integer({ min: 0, max: 40 * 24 * 4 }),
    )
    .map(([y, m, q]) => Date.UTC(y, m, 1) + q * 900_000),
)

/** The instants where a zone's offset changes, 2010–2035: found day by day, then to the quarter hour. */
function transitions(zone: string): number[] {
  const out: number[] = []
  const off = (t: number) => tzOffset(zone, new Date(t))
  for (let t = Date.UTC(2010, 0, 1); t < Date.UTC(2035, 0, 1); t += 86_400_000) {
    if (off(t) === off(t + 86_400_000)) continue
    let q = t
    while (off(q) === off(t)) q += 900_000
    out.push(q)
  }
  return out
}
const NEAR = ZONES.map((zone) => ({ zone, at: transitions(zone) })).filter((z) => z.at.length)

/** Every calendar function against its date-fns twin, for two instants and a step of n days or months. */
function agreesWithDateFns(zone: string, a: number, b: number, n: number): true {
  const inZone = { in: tz(zone) }
  expect(calendarDays(a, b, zone)).toBe(differenceInCalendarDays(new Date(a), new Date(b), inZone))
  expect(monthsBetween(a, b, zone)).toBe(differenceInMonths(new Date(a), new Date(b), inZone))
  expect(yearsBetween(a, b, zone)).toBe(differenceInYears(new Date(a), new Date(b), inZone))
  expect(addMonthsIn(a, n, zone)).toBe(addMonths(new Date(a), n, inZone).getTime())
  expect(addDaysIn(a, n, zone)).toBe(addDays(new Date(a), n, inZone).getTime())
  expect(isoDay(a, zone)).toBe(format(new Date(a), 'yyyy-MM-dd', inZone))
  expect(isoMinute(a, zone)).toBe(format(new Date(a), "yyyy-MM-dd'T'HH:mmXXX", inZone))
  return true
}

describe('calendar arithmetic in a time zone equals date-fns', () => {
  it('finds the offset changes it is tested around', () => {
    expect(NEAR.map((z) => z.zone)).toEqual([
      'Europe/Stockholm',
      'America/New_York',
      'America/Sao_Paulo',
      'Australia/Lord_Howe',
      'Pacific/Apia',
    ])
    expect(NEAR.find((z) => z.zone === 'Europe/Stockholm')!.at.length).toBe(50)
  })
  it(`within days of every kind of offset change (skipped and repeated hours, midnight, 30 minutes, a skipped day), ${RUNS.toLocaleString('en')} times`, () => {
    const near = fc
      .constantFrom(...NEAR)
      .chain(({ zone, at }) =>
        fc.tuple(
          fc.constant(zone),
          fc.constantFrom(...at),
          fc.integer({ min: -4 * 24 * 4, max: 4 * 24 * 4 }),
          fc.constantFrom(...at),
          fc.integer({ min: -40 * 24 * 4, max: 40 * 24 * 4 }),
          fc.integer({ min: -3, max: 3 }),
        ),
      )
    fc.assert(
      fc.property(near, ([zone, t1, q1, t2, q2, n]) => {
        const a = t1 + q1 * 900_000
        const b = t2 + q2 * 900_000
        return agreesWithDateFns(zone, a, b, n)
      }),
      { numRuns: RUNS, seed: 20261202 },
    )
  })
  it(`on ${RUNS.toLocaleString('en')} random instants and zones`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instant, instant, fc.integer({ min: -30, max: 30 }), (zone, a, b, n) =>
        agreesWithDateFns(zone, a, b, n),
      ),
      { numRuns: RUNS, seed: 20261201 },
    )
  })
})
