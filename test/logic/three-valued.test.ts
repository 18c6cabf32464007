import fc from 'fast-check'
import jsonLogic from 'json-logic-js'
import { describe, expect, it } from 'vitest'
import { createEngine } from '../../src/logic/engine'
import { answerDomains, testThreeValued, type AnswerShape, type FieldGap } from '../../src/logic/three-valued'
import { Unknown } from '../../src/logic/unknown'

// The three-valued status of a rule with fields left out must be exactly: met when every
// completion of the left-out fields is met, unmet when every one is unmet, missing otherwise.
// The oracle enumerates completions and asks json-logic-js; the engine decides with Kleene's
// logic and tries possible answers where that is not enough. AUTOSCREEN_LONG=1 runs 100,000.
const RUNS = process.env.AUTOSCREEN_LONG ? 100_000 : 3_000

const E = ['A', 'B', 'C']
const INTS = [0, 1, 2, 3, 4]
// x is compared only with 0, 1.5 and 3: these points and one between each pair stand for every number.
const X_GRID = [-1, 0, 0.5, 1, 1.5, 2, 3, 4]
const DOMAINS: Record<string, unknown[]> = { b1: [true, false], b2: [true, false], e: E, i: INTS, j: INTS, x: X_GRID }
const SHAPES: Record<string, AnswerShape> = {
  b1: { type: 'boolean' },
  b2: { type: 'boolean' },
  e: { type: 'enum', values: E },
  i: { type: 'integer', min: 0, max: 4 },
  j: { type: 'integer', min: 0, max: 4 },
  x: { type: 'number' },
}

const v = (name: string) => ({ var: name })
const ORDER = ['<', '<=', '>', '>=']
const atom = fc.oneof(
  fc.constantFrom(v('b1'), v('b2')),
  fc
    .tuple(fc.constantFrom('==', '!=', '===', '!=='), fc.constantFrom('A', 'B', 'C', 'D'))
    .map(([op, k]) => ({ [op]: [v('e'), k] })),
  fc
    .tuple(fc.constantFrom(...ORDER, '==', '!='), fc.integer({ min: -1, max: 5 }), fc.boolean())
    .map(([op, k, flip]) => ({ [op]: flip ? [k, v('i')] : [v('i'), k] })),
  fc.tuple(fc.constantFrom(...ORDER, '==', '!='), fc.constantFrom(0, 1.5, 3)).map(([op, k]) => ({ [op]: [v('x'), k] })),
  fc
    .tuple(fc.constantFrom('<', '<='), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }))
    .map(([op, lo, hi]) => ({ [op]: [lo, v('j'), hi] })),
  fc.constantFrom(
    { in: [v('e'), ['A', 'B']] },
    { in: [v('i'), [1, 3]] },
    { '==': [v('b1'), v('b2')] },
    { '<': [v('i'), v('j')] },
    { '>=': [v('j'), v('i')] },
  ),
)
const { rule } = fc.letrec<{ rule: unknown }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: atom },
    fc
      .tuple(fc.constantFrom('and', 'or'), fc.array(tie('rule'), { minLength: 1, maxLength: 3 }))
      .map(([op, xs]) => ({ [op]: xs })),
    fc.tuple(fc.constantFrom('!', '!!'), tie('rule')).map(([op, x]) => ({ [op]: x })),
    fc.tuple(tie('rule'), tie('rule'), tie('rule')).map(([c, a, b]) => ({ if: [c, a, b] })),
    fc.tuple(tie('rule'), tie('rule'), tie('rule'), tie('rule'), tie('rule')).map((xs) => ({ if: xs })),
    fc
      .tuple(fc.constantFrom('some', 'all', 'none'), fc.array(tie('rule'), { minLength: 1, maxLength: 3 }))
      .map(([op, xs]) => ({ [op]: [xs, v('')] })),
  ),
}))
const answers = fc.record({
  b1: fc.boolean(),
  b2: fc.boolean(),
  e: fc.constantFrom(...E),
  i: fc.constantFrom(...INTS),
  j: fc.constantFrom(...INTS),
  x: fc.constantFrom(...X_GRID),
})
const leftOut = fc.subarray(Object.keys(DOMAINS))

/** Every completion of the left-out fields, by json-logic-js: 'met', 'unmet' or 'missing'. */
function oracle(r: unknown, data: Record<string, unknown>, out: string[]): 'met' | 'unmet' | 'missing' {
  const seen = new Set<boolean>()
  const fill = (k: number, d: Record<string, unknown>): void => {
    if (seen.size === 2) return
    if (k === out.length) return void seen.add(jsonLogic.truthy(jsonLogic.apply(r as never, d)))
    for (const value of DOMAINS[out[k]!]!) fill(k + 1, { ...d, [out[k]!]: value })
  }
  fill(0, data)
  return seen.size === 2 ? 'missing' : seen.has(true) ? 'met' : 'unmet'
}

describe.each([
  ['compiled', createEngine({ screeningOperators: false })],
  ['jitless', createEngine({ screeningOperators: false, jitless: true })],
])('%s engine: three-valued evaluation', (_mode, engine) => {
  it(`equals "met if all completions are met, unmet if all are unmet, missing otherwise" on ${RUNS.toLocaleString('en')} random rules`, () => {
    const counts = { met: 0, unmet: 0, missing: 0, decidedWithGaps: 0 }
    fc.assert(
      fc.property(rule, answers, leftOut, (r, full, out) => {
        const data: Record<string, unknown> = { ...full }
        for (const f of out) delete data[f]
        const compiled = engine.compile(r)
        const gaps = new Map<string, FieldGap>(out.map((f) => [f, { state: 'missing' }]))
        const got = testThreeValued(engine, compiled, data, {
          gaps,
          domains: answerDomains(engine, compiled, SHAPES),
          budget: 1_000_000,
        })
        const status = got instanceof Unknown ? 'missing' : got ? 'met' : 'unmet'
        const want = oracle(r, data, out)
        counts[want]++
        if (want !== 'missing' && out.some((f) => compiled.fields.includes(f))) counts.decidedWithGaps++
        return status === want
      }),
      { numRuns: RUNS, seed: process.env.AUTOSCREEN_SEED ? Number(process.env.AUTOSCREEN_SEED) : 20261201 },
    )
    // The property says little unless all three statuses, and decisions despite gaps, occur often.
    expect(counts.met).toBeGreaterThan(RUNS / 10)
    expect(counts.unmet).toBeGreaterThan(RUNS / 10)
    expect(counts.missing).toBeGreaterThan(RUNS / 20)
    expect(counts.decidedWithGaps).toBeGreaterThan(RUNS / 10)
  })

  it('with complete answers, gives the ordinary result', () => {
    fc.assert(
      fc.property(rule, answers, (r, full) => {
        const got = testThreeValued(engine, engine.compile(r), full, { gaps: new Map() })
        return got === jsonLogic.truthy(jsonLogic.apply(r as never, full))
      }),
      { numRuns: 1_000, seed: 20261202 },
    )
  })

  it('Kleene alone (no answers to try) is never wrong: when it decides, every completion agrees', () => {
    fc.assert(
      fc.property(rule, answers, leftOut, (r, full, out) => {
        const data: Record<string, unknown> = { ...full }
        for (const f of out) delete data[f]
        const got = testThreeValued(engine, engine.compile(r), data, {
          gaps: new Map(out.map((f) => [f, { state: 'missing' as const }])),
        })
        if (got instanceof Unknown) return true
        return oracle(r, data, out) === (got ? 'met' : 'unmet')
      }),
      { numRuns: 1_000, seed: 20261203 },
    )
  })

  it('names only the unanswered fields that could decide the rule', () => {
    const r = engine.compile({ or: [{ and: [v('b1'), v('b2')] }, { '>=': [v('i'), 3] }] })
    const got = testThreeValued(
      engine,
      r,
      { b1: false },
      {
        gaps: new Map([
          ['b2', { state: 'missing' }],
          ['i', { state: 'missing' }],
        ]),
      },
    )
    expect(got).toBeInstanceOf(Unknown)
    expect((got as Unknown).fields).toEqual(['i'])
  })

  it('stays undecided past the budget of answers to try (a person decides), never guesses', () => {
    // Always true, but only trying all 25 pairs of answers shows it.
    const r = engine.compile({
      or: [{ and: [{ '>=': [v('i'), 0] }, { '>=': [v('j'), 0] }] }, { '<': [v('i'), 0] }, { '<': [v('j'), 0] }],
    })
    const shapes: Record<string, AnswerShape> = {
      i: { type: 'integer', min: -2, max: 2 },
      j: { type: 'integer', min: -2, max: 2 },
    }
    const gaps = new Map<string, FieldGap>([
      ['i', { state: 'missing' }],
      ['j', { state: 'missing' }],
    ])
    const domains = answerDomains(engine, r, shapes)
    expect(testThreeValued(engine, r, {}, { gaps })).toBeInstanceOf(Unknown)
    expect(testThreeValued(engine, r, {}, { gaps, domains, budget: 10 })).toBeInstanceOf(Unknown)
    expect(testThreeValued(engine, r, {}, { gaps, domains })).toBe(true)
  })
})
