import jsonLogic from 'json-logic-js'
import { bench, describe } from 'vitest'
import { createEngine } from '../../src/logic/engine'
import { SCREENING_OPERATORS } from '../../src/logic/screening-operators'
import { handWritten, handWrittenStandard, RULES, STANDARD_RULES, syntheticAnswers } from './fixture'

// Screens 100,000 seeded synthetic applications against a 12-criterion rule set, evaluating
// every criterion (as screening needs), with hand-written JavaScript as the baseline in the
// same process; vitest prints each variant relative to the fastest. Two rule sets: the
// realistic one with screening operators, and the same criteria in standard JSON Logic only,
// which isolates the cost of the engine itself.
const N = 100_000
const ctx = { now: new Date('2026-11-23T10:00:00Z'), timeZone: 'Europe/Stockholm' }
const compiled = createEngine()
const jitless = createEngine({ jitless: true })
// json-logic-js has one global operator table; registering here is fine in a benchmark process.
for (const [name, def] of Object.entries(SCREENING_OPERATORS))
  jsonLogic.add_operation(name, (...args: unknown[]) => def.evaluate(args, ctx))

type Variant = (a: Record<string, unknown>) => boolean[]
function suite(title: string, rules: unknown[], apps: Record<string, unknown>[], hand: Variant) {
  const all = compiled.testAll(rules.map((r) => compiled.compile(r)))
  const allJitless = jitless.testAll(rules.map((r) => jitless.compile(r)))
  const reference: Variant = (a) => rules.map((r) => jsonLogic.truthy(jsonLogic.apply(r as never, a)))
  const variants: [string, Variant][] = [
    ['engine (compiled)', (a) => all(a, ctx)],
    ['engine (jitless)', (a) => allJitless(a, ctx)],
    ['json-logic-js', reference],
  ]
  // Every variant must decide identically, or the comparison means nothing.
  for (let i = 0; i < 5_000; i++) {
    const want = JSON.stringify(hand(apps[i]!))
    for (const [name, f] of variants)
      if (JSON.stringify(f(apps[i]!)) !== want)
        throw new Error(`${title}: ${name} disagrees with the hand-written rules on application ${i}`)
  }
  let sink = 0
  const run = (f: Variant) => () => {
    for (let i = 0; i < N; i++) if (f(apps[i]!)[1]) sink++
  }
  describe(`${title}: ${N.toLocaleString('en')} applications × ${rules.length} criteria`, () => {
    bench('hand-written JavaScript (baseline)', run(hand), { time: 2000 })
    for (const [name, f] of variants)
      bench(`autoscreen ${name}`.replace('autoscreen json-logic-js', 'json-logic-js 2.0.5'), run(f), {
        time: 2000,
        iterations: 5,
      })
  })
  return () => sink
}

suite('screening operators', RULES, syntheticAnswers(N), handWritten)
suite('standard JSON Logic', STANDARD_RULES, syntheticAnswers(N, 42, true), handWrittenStandard)
