import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { loadCriteriaText } from '../../src/screen/load-criteria'
import { HAND, handScreener } from './hand-sets'
import { handScreen, STANDARD_CRITERIA, standardApplications } from './standard-set'
import { syntheticApplications } from './synthetic'

// The benchmarks measure screen() against hand-written equivalents, and refuse to run when they
// disagree. That check runs only in `npm run bench`: when screening changed (a rejection that
// unknown answers could make a near miss now goes to a person) the benchmark stopped, and no test
// said so. Here the suite holds the equivalents to screen()'s decisions on every change.
const now = new Date('2026-11-23T10:00:00Z')
const said = (r: { outcome: unknown; nearMiss: unknown; score: unknown; criteria: readonly object[] }) => [
  r.outcome,
  r.nearMiss,
  r.score,
  r.criteria.map((c) => (c as { status: unknown }).status),
]

describe('the hand-written equivalents the benchmarks measure screen() against', () => {
  for (const name of Object.keys(HAND))
    it(`decide as screen() does on rules/${name}.yaml`, () => {
      const s = compileCriteria(
        loadCriteriaText(readFileSync(join(import.meta.dirname, `../../rules/${name}.yaml`), 'utf8')),
      )
      const hand = handScreener(s, HAND[name]!, now)
      const apps = syntheticApplications(s.criteria, 3000)
      const outcomes = new Set<unknown>()
      for (const app of apps) {
        const expected = said(s.screen(app, { now }))
        expect(said(hand(app)), app.id).toEqual(expected)
        outcomes.add(`${expected[0]}${expected[1] ? ' near miss' : ''}`)
      }
      // The synthetic applications reach more than one outcome, so agreeing says something.
      expect(outcomes.size).toBeGreaterThan(1)
    })

  it('decides as screen() does on the 12-criterion set, with the same audit hash of the answers', () => {
    const s = compileCriteria(STANDARD_CRITERIA as never)
    for (const app of standardApplications(2000)) {
      const [a, b] = [s.screen(app, { now }), handScreen(app, now)]
      expect(said(b), app.id).toEqual(said(a))
      expect(b.audit.applicationHash).toBe(a.audit.applicationHash)
    }
  })
})
