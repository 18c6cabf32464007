// screen() against the hand-written equivalent on the 12-criterion set, in one process, each
// the fastest of 40 alternating runs over 20,000 applications, on the built package (dist/, as
// an ATS imports it: `npm run build` first). With --others, the four bundled rule sets are
// compiled and screened first in the same process, as in an ATS that screens many jobs: the
// library's shared code then meets more shapes of answers, criteria and rules than one set's.
// With --sets, each bundled rule set is then measured the same way against its hand-written
// equivalent (hand-sets.ts, as in screen.bench.ts), all in this one process.
//
//   npx tsx test/bench/screen-warm.ts [--others] [--sets]
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { HAND, handScreener } from './hand-sets'
import { handScreen, STANDARD_CRITERIA, standardApplications } from './standard-set'
import { syntheticApplications } from './synthetic'

const N = 20_000
const ROUNDS = 40
const now = new Date('2026-11-23T10:00:00Z')
const root = join(import.meta.dirname, '../..')
// The built package, typed by its sources (dist/ is not there before a build, and typecheck runs first).
const { compileCriteria, loadCriteriaText } = (await import(
  pathToFileURL(join(root, 'dist/index.js')).href
)) as typeof import('../../src/index')

if (process.argv.includes('--others'))
  for (const name of ['frontend-developer', 'lagerarbetare', 'b2b-saljare', 'underskoterska-hemtjanst']) {
    const s = compileCriteria(loadCriteriaText(readFileSync(join(root, `rules/${name}.yaml`), 'utf8')))
    for (const a of syntheticApplications(s.criteria, 2000)) s.screen(a, { now })
  }

const standard = compileCriteria(STANDARD_CRITERIA as never)
const applications = standardApplications(N)
const best = { screen: Number.POSITIVE_INFINITY, hand: Number.POSITIVE_INFINITY }
for (let r = 0; r < ROUNDS; r++)
  for (const which of ['screen', 'hand'] as const) {
    const t0 = performance.now()
    if (which === 'screen') for (let i = 0; i < N; i++) standard.screen(applications[i]!, { now })
    else for (let i = 0; i < N; i++) handScreen(applications[i]!, now)
    best[which] = Math.min(best[which], performance.now() - t0)
  }
const us = (ms: number) => ((ms / N) * 1000).toFixed(2)
console.log(
  `screen() ${us(best.screen)} µs, hand-written ${us(best.hand)} µs per application: ${(best.screen / best.hand).toFixed(2)}x` +
    (process.argv.includes('--others') ? ' (after the bundled rule sets)' : ' (this set alone)'),
)

if (process.argv.includes('--sets'))
  for (const name of ['frontend-developer', 'lagerarbetare', 'b2b-saljare', 'underskoterska-hemtjanst']) {
    const s = compileCriteria(loadCriteriaText(readFileSync(join(root, `rules/${name}.yaml`), 'utf8')))
    const apps = syntheticApplications(s.criteria, N)
    const hand = handScreener(s as never, HAND[name]!, now)
    const fastest = { screen: Number.POSITIVE_INFINITY, hand: Number.POSITIVE_INFINITY }
    for (let r = 0; r < ROUNDS; r++)
      for (const which of ['screen', 'hand'] as const) {
        const t0 = performance.now()
        if (which === 'screen') for (let i = 0; i < N; i++) s.screen(apps[i]!, { now })
        else for (let i = 0; i < N; i++) hand(apps[i]!)
        fastest[which] = Math.min(fastest[which], performance.now() - t0)
      }
    console.log(
      `${name}: screen() ${us(fastest.screen)} µs, hand-written ${us(fastest.hand)} µs per application: ${(fastest.screen / fastest.hand).toFixed(2)}x`,
    )
  }
