import fc from 'fast-check'
import jsonLogic from 'json-logic-js'
import { describe, expect, it } from 'vitest'
import { createEngine } from '../../src/logic/engine'
import { attempt, sameValue } from '../helpers/compare'

// Differential testing against the reference: random rules over random data must give the
// same value as json-logic-js 2.0.5 (or both must throw). AUTOSCREEN_LONG=1 runs 100,000 cases.
const RUNS = process.env.AUTOSCREEN_LONG ? 100_000 : 5_000

const PATHS = [
  'a',
  'b',
  'n',
  's',
  'arr',
  'arr.0',
  'arr.1',
  'arr.length',
  's.length',
  'o.p',
  'o.q.r',
  'nope',
  '',
  'current',
  'accumulator',
]

const scalar = fc.oneof(
  fc.integer({ min: -5, max: 20 }),
  fc.double({ min: -100, max: 100, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom('', '0', '1', '3.5', 'a', 'abc', 'B2', 'true', ' '),
  fc.boolean(),
  fc.constant(null),
)
const value = fc.oneof({ weight: 4, arbitrary: scalar }, { weight: 1, arbitrary: fc.array(scalar, { maxLength: 4 }) })
const data = fc.record({
  a: value,
  b: value,
  n: fc.integer({ min: -3, max: 10 }),
  s: fc.constantFrom('hello', '', 'B2', '12'),
  arr: fc.array(scalar, { maxLength: 5 }),
  o: fc.record({ p: value, q: fc.record({ r: value }) }),
})

const BINARY = ['==', '===', '!=', '!==', '>', '>=', '<', '<=', '/', '%', '-', 'in', 'substr']
const VARIADIC = ['+', '*', 'min', 'max', 'merge', 'cat', 'and', 'or', 'if', '?:', 'missing']
const UNARY = ['!', '!!', '-']
const SCOPED = ['map', 'filter', 'all', 'none', 'some']

const { rule } = fc.letrec<{ rule: unknown; leaf: unknown }>((tie) => ({
  leaf: fc.oneof(
    scalar,
    fc.record({ var: fc.constantFrom(...PATHS) }),
    fc.record({ var: fc.tuple(fc.constantFrom(...PATHS), scalar) }),
  ),
  rule: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: tie('leaf') },
    fc.tuple(fc.constantFrom(...BINARY), tie('rule'), tie('rule')).map(([op, x, y]) => ({ [op]: [x, y] })),
    fc
      .tuple(fc.constantFrom('<', '<='), tie('rule'), tie('rule'), tie('rule'))
      .map(([op, x, y, z]) => ({ [op]: [x, y, z] })),
    fc.tuple(fc.constantFrom(...VARIADIC), fc.array(tie('rule'), { maxLength: 4 })).map(([op, xs]) => ({ [op]: xs })),
    fc.tuple(fc.constantFrom(...UNARY), tie('rule')).map(([op, x]) => ({ [op]: x })),
    fc.tuple(fc.constantFrom(...SCOPED), tie('rule'), tie('rule')).map(([op, x, y]) => ({ [op]: [x, y] })),
    fc.tuple(tie('rule'), tie('rule'), tie('rule')).map(([x, y, z]) => ({ reduce: [x, y, z] })),
    fc
      .tuple(fc.integer({ min: 0, max: 3 }), fc.array(fc.constantFrom(...PATHS), { maxLength: 3 }))
      .map(([n, ks]) => ({ missing_some: [n, ks] })),
    fc.array(tie('rule'), { maxLength: 3 }),
  ),
}))

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T

describe.each([
  ['compiled', createEngine({ screeningOperators: false })],
  ['jitless', createEngine({ screeningOperators: false, jitless: true })],
])('%s engine vs json-logic-js', (_mode, engine) => {
  it(`agrees on ${RUNS.toLocaleString('en')} random rules and data`, () => {
    let compared = 0
    let bothThrew = 0
    fc.assert(
      fc.property(rule, data, (r, d) => {
        const ref = attempt(() => jsonLogic.apply(clone(r) as never, clone(d)))
        const got = attempt(() => engine.compile(r).evaluate(clone(d)))
        compared++
        if (!ref.ok && !got.ok) {
          bothThrew++
          return true
        }
        return ref.ok && got.ok && sameValue(got.value, ref.value)
      }),
      { numRuns: RUNS, seed: process.env.AUTOSCREEN_SEED ? Number(process.env.AUTOSCREEN_SEED) : 20261123 },
    )
    expect(compared).toBe(RUNS)
    // Most cases must produce values, or the comparison says little.
    expect(bothThrew).toBeLessThan(RUNS / 4)
  })

  // testAll is the screening path: truthiness only, with and/or/!/if compiled as plain
  // boolean logic and (jitless) fields read once into a frame. It must agree too.
  it(`testAll gives json-logic-js's truthiness on ${RUNS.toLocaleString('en')} random rule sets`, () => {
    let valued = 0
    fc.assert(
      fc.property(fc.array(rule, { minLength: 1, maxLength: 4 }), data, (rs, d) => {
        const ref = rs.map((r) => attempt(() => jsonLogic.truthy(jsonLogic.apply(clone(r) as never, clone(d)))))
        const got = attempt(() => engine.testAll(rs.map((r) => engine.compile(r)))(clone(d)))
        if (ref.some((x) => !x.ok)) return !got.ok
        valued++
        return (
          got.ok &&
          sameValue(
            got.value,
            ref.map((x) => (x.ok ? x.value : undefined)),
          )
        )
      }),
      { numRuns: RUNS, seed: process.env.AUTOSCREEN_SEED ? Number(process.env.AUTOSCREEN_SEED) : 20261124 },
    )
    expect(valued).toBeGreaterThan(RUNS / 2)
  })
})
