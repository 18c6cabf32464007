import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { build } from 'esbuild'
import jsonLogic from 'json-logic-js'
import { bench, describe } from 'vitest'
import { LineCounter, parseDocument } from 'yaml'
import { SCREENING_OPERATORS } from '../../src/logic/screening-operators'
import type { Screener } from '../../src/screen/compile-criteria'
import { STANDARD_RULES } from './fixture'
import { generatedCriteria, syntheticApplications } from './synthetic'

// Both sides of every comparison run as built code that Node loads itself: screen() and loading
// from the package's CommonJS build (dist/, which `npm run bench` builds first), as an ATS that
// requires it runs them, and the hand-written equivalents bundled here by esbuild the same way.
// Through vitest's module transform each call from one module to another reads a property of a
// module object: a cost on a library of many small modules that a function written in one file
// hardly pays (the 12-criterion set measured 1.38-1.61x so, 1.14-1.24x in screen-warm.ts).
const root = join(import.meta.dirname, '../..')
if (!existsSync(join(root, 'dist/index.cjs')))
  throw new Error('screen.bench.ts measures the build: npm run build first')
// Node's own require: the transform does not see what it loads.
const load = createRequire(import.meta.url)
const { compileCriteria, loadCriteriaText } = load(join(root, 'dist/index.cjs')) as typeof import('../../src/index')
const { loadCriteria } = load(join(root, 'dist/node.cjs')) as typeof import('../../src/node')
const handFile = join(mkdtempSync(join(tmpdir(), 'autoscreen-bench-')), 'hand.cjs')
await build({
  entryPoints: [join(import.meta.dirname, 'hand-entry.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: handFile,
  logLevel: 'silent',
})
const { HAND, handScreen, handScreener, STANDARD_CRITERIA, standardApplications } = load(
  handFile,
) as typeof import('./hand-entry')

// screen() end to end, in one process: a full result (statuses, reasons, explanations of
// unmet criteria, the audit record with the SHA-256 of the answers) against bare json-logic-js
// `apply` of the same rules, and against a hand-written function that builds an equivalent
// result. Rule sets: the 12-criterion benchmark set in standard JSON Logic, and the bundled
// rule sets on seeded synthetic applications. vitest prints each variant relative to the fastest.
const N = 20_000
const now = new Date('2026-11-23T10:00:00Z')
const ctx: { now: Date; timeZone: string; submittedAt?: string } = { now, timeZone: 'Europe/Stockholm' }
for (const [name, def] of Object.entries(SCREENING_OPERATORS))
  jsonLogic.add_operation(name, (...args: unknown[]) => def.evaluate(args, ctx))

const standard = compileCriteria(STANDARD_CRITERIA as never)
const applications = standardApplications(N)
const answers = applications.map((a) => a.answers)

// The variants of a group run one after another, so the first would pay for compiling the shared
// code alone: each warms up for a second (tinybench's default is a tenth, a few loops here).
const SCREEN_SAMPLES = { time: 2000, warmupTime: 1000, warmupIterations: 5 }

function loop(f: (i: number) => unknown) {
  return () => {
    for (let i = 0; i < N; i++) f(i)
  }
}

describe(`screen() end to end: ${N.toLocaleString('en')} applications × 12 criteria (standard JSON Logic)`, () => {
  bench(
    'screen(): full result, explanations, audit hash',
    loop((i) => standard.screen(applications[i]!, { now })),
    SCREEN_SAMPLES,
  )
  bench(
    'hand-written equivalent result',
    loop((i) => handScreen(applications[i]!, now)),
    SCREEN_SAMPLES,
  )
  // What the audit hash (SHA-256 of the canonical answers) costs on its own, for the record.
  bench(
    'hand-written equivalent result without the audit hash',
    loop((i) => handScreen(applications[i]!, now, false)),
    SCREEN_SAMPLES,
  )
  bench(
    'json-logic-js 2.0.5: apply of the 12 rules',
    loop((i) => STANDARD_RULES.map((r) => jsonLogic.apply(r as never, answers[i]))),
    { time: 2000, iterations: 5 },
  )
})

const bundled: [
  string,
  Screener,
  ReturnType<typeof syntheticApplications>,
  unknown[],
  ReturnType<typeof handScreener>,
][] = []
for (const name of ['frontend-developer', 'lagerarbetare', 'b2b-saljare', 'underskoterska-hemtjanst']) {
  const s = compileCriteria(await loadCriteria(`rules/${name}.yaml`))
  const apps = syntheticApplications(s.criteria, N)
  const hand = handScreener(s, HAND[name]!, now)
  // Honest: the hand-written function gives every application the statuses and the outcome screen() gives.
  for (const app of apps) {
    const [a, b] = [s.screen(app, { now }), hand(app)]
    const said = (r: { outcome: unknown; nearMiss: unknown; score: unknown; criteria: readonly object[] }) =>
      JSON.stringify([r.outcome, r.nearMiss, r.score, r.criteria.map((c) => (c as { status: unknown }).status)])
    if (said(a) !== said(b))
      throw new Error(`${name}: the hand-written equivalent disagrees on ${app.id}: ${said(a)} vs ${said(b)}`)
  }
  bundled.push([name, s, apps, s.criteria.criteria.map((c) => c.rule), hand])
}
for (const [name, s, apps, rules, hand] of bundled)
  describe(`screen() end to end: rules/${name}.yaml, ${N.toLocaleString('en')} applications × ${rules.length} criteria`, () => {
    bench(
      'screen(): full result, explanations, audit hash',
      loop((i) => s.screen(apps[i]!, { now })),
      SCREEN_SAMPLES,
    )
    bench(
      'hand-written equivalent result',
      loop((i) => hand(apps[i]!)),
      SCREEN_SAMPLES,
    )
    bench(
      'json-logic-js 2.0.5 (with the screening operators)',
      loop((i) => {
        ctx.submittedAt = apps[i]!.submittedAt
        return rules.map((r) => jsonLogic.apply(r as never, apps[i]!.answers))
      }),
      { time: 2000, iterations: 5 },
    )
  })

// Loading and compiling criteria files of 12, 100 and 1,000 criteria (the frontend developer's
// criteria repeated under new ids): loading checks every rule; compiling a loaded document
// should add only what compiling is (the plan), not check every rule again.
for (const n of [12, 100, 1000]) {
  const text = generatedCriteria(n)
  describe(`load and compile: a generated file of ${n.toLocaleString('en')} criteria`, () => {
    bench('loadCriteriaText', () => void loadCriteriaText(text), { time: 1500 })
    bench('loadCriteriaText, then compileCriteria', () => void compileCriteria(loadCriteriaText(text)), { time: 1500 })
    // The floor loading stands on: the YAML library parsing the text with positions, nothing checked.
    bench(
      'the YAML library alone (parseDocument with positions)',
      () =>
        void parseDocument(text, {
          lineCounter: new LineCounter(),
          uniqueKeys: true,
          prettyErrors: false,
          logLevel: 'error',
        }),
      { time: 1500 },
    )
  })
}
