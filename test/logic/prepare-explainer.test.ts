import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createEngine, type CompiledRule } from '../../src/logic/engine'
import { explainRule, prepareExplainer } from '../../src/logic/explain'
import { normaliseTerm } from '../../src/logic/terms'
import { STANDARD_SPECS, SCREENING_SPECS } from '../../src/logic/operators/index'

// A prepared explainer works out each leaf's shape once and fills in one application's values:
// its oracle is explainRule, which walks the rule afresh. Random rules of every operator that
// explains (placing values, counting what was found, structural) over random JSON answers must
// give deep-equal explanations, in both engine modes, every time the same explainer is reused.
const RUNS = process.env.AUTOSCREEN_LONG ? 20_000 : 1_500

const word = fc.constantFrom('', 'a', 'B2', 'C1', 'react', 'Java', 'typescript', 'ja', '3', '2026-01-15')
const scalar = fc.oneof(fc.integer({ min: -3, max: 40 }), word, fc.boolean(), fc.constant(null))
const answers = fc.record(
  {
    n: fc.oneof(fc.integer({ min: -3, max: 40 }), fc.double({ min: -10, max: 10, noNaN: true })),
    s: word,
    flag: fc.boolean(),
    list: fc.array(word, { maxLength: 4 }),
    level: fc.constantFrom('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'x'),
    date: fc.constantFrom('2025-02-28', '2026-11-20', '2027-03-01', 'not a date'),
    any: fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })),
    text: fc.constantFrom('Senior Java developer', 'react and TypeScript', '', 'ja'),
  },
  { requiredKeys: ['n', 's', 'flag', 'list'] },
)

const FIELDS = ['n', 's', 'flag', 'list', 'level', 'date', 'any', 'text', 'nope']
const field = fc.constantFrom(...FIELDS).map((f) => ({ var: f }))
const literal = fc.oneof(scalar, fc.array(word, { minLength: 1, maxLength: 3 }))
const COMPARE = ['==', '===', '!=', '!==', '>', '>=', '<', '<=']

const { rule } = fc.letrec<{ rule: unknown; term: unknown }>((tie) => ({
  // Values a leaf compares: answers, literals, and computed values (which the explainer evaluates).
  term: fc.oneof(
    { weight: 4, arbitrary: field },
    { weight: 3, arbitrary: literal },
    fc.tuple(field, fc.integer({ min: 0, max: 3 })).map(([f, k]) => ({ '+': [f, k] })),
    field.map((f) => ({ monthsSince: [f] })),
    field.map((f) => ({ addDays: [f, 30] })),
    field.map((f) => ({ var: [f.var, 'fallback'] })),
    fc.constant({ review: 'a person decides' }),
  ),
  rule: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: tie('term') },
    fc.tuple(fc.constantFrom(...COMPARE), tie('term'), tie('term')).map(([op, x, y]) => ({ [op]: [x, y] })),
    fc
      .tuple(fc.constantFrom('<', '<='), tie('term'), tie('term'), tie('term'))
      .map(([op, x, y, z]) => ({ [op]: [x, y, z] })),
    fc.tuple(tie('term'), tie('term')).map(([x, y]) => ({ in: [x, y] })),
    fc
      .tuple(fc.constantFrom('some', 'all', 'none'), field, fc.array(word, { minLength: 1, maxLength: 3 }))
      .map(([op, f, xs]) => ({ [op]: [f, { in: [{ var: '' }, xs] }] })),
    fc
      .tuple(fc.integer({ min: 0, max: 3 }), field, fc.array(word, { minLength: 1, maxLength: 3 }))
      .map(([k, f, xs]) => ({ atLeast: [k, f, xs] })),
    fc.tuple(fc.integer({ min: 0, max: 3 }), fc.array(tie('rule'), { minLength: 1, maxLength: 3 })).map(([k, xs]) => ({
      atLeast: [k, xs],
    })),
    fc.tuple(field, fc.array(word, { minLength: 1, maxLength: 2 })).map(([f, xs]) => ({ includesWord: [f, xs] })),
    fc
      .tuple(fc.constantFrom('includesAny', 'includesAll'), field, fc.array(word, { minLength: 1, maxLength: 3 }))
      .map(([op, f, xs]) => ({ [op]: [f, xs] })),
    fc.tuple(field, fc.constantFrom('B1', 'B2', 'C1')).map(([f, l]) => ({ cefrAtLeast: [f, l] })),
    fc
      .tuple(fc.constantFrom('dateOnOrBefore', 'dateAfter'), field, fc.constantFrom('2026-12-01', '2027-01-01'))
      .map(([op, f, d]) => ({ [op]: [f, d] })),
    fc
      .tuple(fc.constantFrom('and', 'or'), fc.array(tie('rule'), { minLength: 1, maxLength: 3 }))
      .map(([op, xs]) => ({ [op]: xs })),
    fc.tuple(fc.constantFrom('!', '!!'), tie('rule')).map(([op, x]) => ({ [op]: [x] })),
    fc.tuple(tie('rule'), tie('rule'), tie('rule')).map(([x, y, z]) => ({ if: [x, y, z] })),
  ),
}))

const context = {
  now: new Date('2026-11-23T10:00:00Z'),
  timeZone: 'Europe/Stockholm',
  submittedAt: '2026-11-20T10:00:00+01:00',
}

/** The outcome of a call: its value, or the code of the error it threw. */
function outcome(f: () => unknown): unknown {
  try {
    return { value: f() }
  } catch (e) {
    return { threw: (e as { code?: string }).code ?? String(e) }
  }
}

describe.each([
  ['compiled', createEngine()],
  ['jitless', createEngine({ jitless: true })],
])('prepareExplainer (%s engine)', (_mode, engine) => {
  it('explains every rule as explainRule does, for every application, reused', () => {
    let compared = 0
    fc.assert(
      fc.property(rule, fc.array(answers, { minLength: 1, maxLength: 4 }), (r, apps) => {
        let compiled: CompiledRule
        try {
          compiled = engine.compile(r as never)
        } catch {
          return // not a rule this engine accepts: nothing to explain
        }
        const prepared = prepareExplainer(engine, compiled)
        for (const data of apps) {
          expect(outcome(() => prepared(data, context))).toEqual(
            outcome(() => explainRule(engine, compiled, data, context)),
          )
          compared++
        }
      }),
      { numRuns: RUNS, seed: 20261207 },
    )
    // Most random rules compile: the property compared explanations, not nothing.
    expect(compared).toBeGreaterThan(RUNS)
  })

  it('fills in what was found anew for each application (atLeast counts the values it found)', () => {
    const compiled = engine.compile({ atLeast: [2, { var: 'list' }, ['react', 'vue', 'svelte']] } as never)
    const prepared = prepareExplainer(engine, compiled)
    const first = prepared({ list: ['react'] }, context)
    const second = prepared({ list: ['vue', 'java'] }, context)
    expect(first).toMatchObject({ operator: 'atLeast', actual: ['react'], found: ['react'] })
    expect(second).toMatchObject({ operator: 'atLeast', actual: ['vue', 'java'], found: ['vue'] })
  })

  it('shows the answer given, not the previous application’s, when a leaf shape is reused', () => {
    const compiled = engine.compile({ and: [{ '>=': [{ var: 'n' }, 5] }, { in: ['react', { var: 'list' }] }] } as never)
    const prepared = prepareExplainer(engine, compiled)
    expect(prepared({ n: 6, list: ['vue'] }, context)).toEqual({
      kind: 'condition',
      operator: 'includes',
      path: 'list',
      subject: 'list',
      expected: 'react',
      actual: ['vue'],
      negated: false,
    })
    expect(prepared({ n: 2, list: ['react'] }, context)).toMatchObject({ operator: '>=', expected: 5, actual: 2 })
    expect(prepared({ n: 7, list: ['java'] }, context)).toMatchObject({ operator: 'includes', actual: ['java'] })
  })
})

describe('operators whose leaf shape is worked out once', () => {
  // `placesValues` promises that a condition never reads the values it places: the operators
  // that count what they found (atLeast, includesWord) must not make it.
  it('are the comparisons, in, and the quantifiers, and never an operator that reports what it found', () => {
    const all = { ...STANDARD_SPECS, ...SCREENING_SPECS }
    const placing = Object.keys(all)
      .filter((op) => all[op]!.placesValues)
      .sort()
    expect(placing).toEqual(['!=', '!==', '<', '<=', '==', '===', '>', '>=', 'all', 'in', 'none', 'some'])
    expect(all.atLeast!.placesValues).toBeUndefined()
    expect(all.includesWord!.placesValues).toBeUndefined()
  })
})

describe('what atLeast found', () => {
  // The oracle: the wanted values, in the rule's spelling, whose loose form is among the loose
  // forms of the answer (one text or a list), whatever case, accents or spacing the answer has.
  const engine = createEngine()
  const WANTED = ['Läkemedelsdelegering', 'Demensvård', 'Palliativ vård', 'React']
  const rule = engine.compile({ atLeast: [3, { var: 'have' }, WANTED] } as never)
  const spelling = fc.constantFrom(
    'läkemedelsdelegering',
    'LAKEMEDELSDELEGERING',
    ' Demensvård ',
    'demensvard',
    'Palliativ  vård',
    'Palliativ vård',
    'react',
    'Vue',
    '',
  )
  const answer = fc.oneof(
    fc.array(fc.oneof(spelling, fc.integer({ min: 0, max: 3 }), fc.constant(null)), { maxLength: 5 }),
    spelling,
    fc.constant(null),
    fc.integer({ min: 0, max: 3 }),
  )
  it('is every wanted value whose loose form the answer holds, in the rule’s spelling', () => {
    fc.assert(
      fc.property(answer, (have) => {
        const loose = (Array.isArray(have) ? have : have === null ? [] : [have]).map((v) => normaliseTerm(v))
        const e = explainRule(engine, rule, { have }, context)
        expect(e).toMatchObject({ operator: 'atLeast', found: WANTED.filter((w) => loose.includes(normaliseTerm(w))) })
      }),
      { numRuns: 500, seed: 7 },
    )
  })
})
