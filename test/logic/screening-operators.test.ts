import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EvaluationError } from '../../src/errors'
import { parseEpoch } from '../../src/time/dates'
import { createEngine } from '../../src/logic/engine'

const ctx = { now: new Date('2026-11-23T10:00:00Z'), timeZone: 'Europe/Stockholm' }

// The oracle: the operators' definitions written out plainly, with no memo, no cache and no
// compile-time preparation.
const norm = (s: unknown): string => String(s).normalize('NFKC').trim().toLowerCase()
const rank = (l: unknown): number => {
  const i = typeof l === 'string' ? ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'].indexOf(l.trim().toUpperCase()) : -1
  if (i < 0) throw new EvaluationError('invalid_cefr', 'not a level')
  return i
}
const oracle = createEngine({
  screeningOperators: false,
  operators: {
    includesAny: {
      evaluate: ([l, w]) => (w as unknown[]).map(norm).some((x) => (l as unknown[]).map(norm).includes(x)),
    },
    includesAll: {
      evaluate: ([l, w]) => (w as unknown[]).map(norm).every((x) => (l as unknown[]).map(norm).includes(x)),
    },
    cefrAtLeast: { evaluate: ([l, m]) => rank(l) >= rank(m) },
  },
})

const TERMS = [
  'React',
  'react ',
  'REACT',
  'vue',
  'Vue.js',
  'Go\u0308teborg',
  'Göteborg',
  'ﬁne',
  'fine',
  'typescript',
  '',
]
const LEVELS = ['A1', 'a2', 'B1', 'b2', ' C1 ', 'C2', 'native', 'B2']
const run = (e: ReturnType<typeof createEngine>, rule: unknown, data: unknown) => {
  try {
    return { ok: true, value: e.compile(rule).evaluate(data, ctx) }
  } catch (error) {
    return { ok: false, error: error instanceof EvaluationError }
  }
}

describe('specialised screening operators', () => {
  for (const [mode, engine] of [
    ['compiled', createEngine()],
    ['jitless', createEngine({ jitless: true })],
  ] as const)
    it(`give the plain definitions' answers (${mode}), also when one array is changed between evaluations`, () => {
      fc.assert(
        fc.property(
          fc.constantFrom('includesAny', 'includesAll'),
          fc.array(fc.constantFrom(...TERMS), { maxLength: 4 }),
          fc.array(fc.array(fc.constantFrom(...TERMS), { maxLength: 5 }), { minLength: 1, maxLength: 4 }),
          fc.constantFrom(...LEVELS),
          fc.constantFrom(...LEVELS),
          (op, wanted, contents, level, least) => {
            const rules = [{ [op]: [{ var: 'l' }, wanted] }, { cefrAtLeast: [{ var: 'x' }, least] }]
            // One array object refilled in place: a cached normalisation must not go stale.
            const list: string[] = []
            for (const items of contents) {
              list.splice(0, list.length, ...items)
              for (const rule of rules)
                expect(run(engine, rule, { l: list, x: level })).toEqual(run(oracle, rule, { l: list, x: level }))
            }
          },
        ),
        { numRuns: 2_000, seed: 20261123 },
      )
    })

  it('compare literal lists normalised once, and report a non-list at run time as before', () => {
    const engine = createEngine()
    const rule = engine.compile({ includesAny: [{ var: 'l' }, ['ReactJS ', 'Vue']] })
    expect(rule.evaluate({ l: ['reactjs'] })).toBe(true)
    expect(rule.evaluate({ l: ['angular'] })).toBe(false)
    expect(() => rule.evaluate({ l: 5 })).toThrow(EvaluationError)
    // A literal that is not a list keeps the general operator, which reports it when evaluated.
    expect(() => engine.compile({ includesAll: [{ var: 'l' }, 5] }).evaluate({ l: ['a'] })).toThrow(/expects a list/)
  })

  it('custom operators can specialise for literal arguments', () => {
    const seen: unknown[] = []
    const engine = createEngine({
      operators: {
        startsWith: {
          evaluate: ([s, p]) => String(s).startsWith(String(p)),
          prepare: (args) => {
            seen.push(args)
            const [, prefix] = args
            if (!prefix?.literal) return undefined
            const p = String(prefix.value).toLowerCase()
            return ([s]) => String(s).toLowerCase().startsWith(p)
          },
        },
      },
    })
    expect(engine.compile({ startsWith: [{ var: 's' }, 'AB'] }).evaluate({ s: 'abc' })).toBe(true)
    expect(engine.compile({ startsWith: [{ var: 's' }, { var: 'p' }] }).evaluate({ s: 'abc', p: 'AB' })).toBe(false)
    expect(seen).toEqual([
      [{ literal: false }, { literal: true, value: 'AB' }],
      [{ literal: false }, { literal: false }],
    ])
  })
})

describe('date parsing memo', () => {
  it('keeps time zones apart and gives the same instant on every call', () => {
    const stockholm = parseEpoch('2026-11-23', 'Europe/Stockholm')
    const utc = parseEpoch('2026-11-23', 'UTC')
    expect(utc).toBe(Date.UTC(2026, 10, 23))
    expect(utc - stockholm).toBe(3_600_000)
    for (let i = 0; i < 3; i++) expect(parseEpoch('2026-11-23', 'Europe/Stockholm')).toBe(stockholm)
    expect(parseEpoch('2026-02-30', 'UTC')).toBeNaN()
    expect(parseEpoch(new Date(5), 'UTC')).toBe(5)
  })
})

describe('date arithmetic with a literal count, prepared per rule', () => {
  // With a literal count the result is kept per date text (and the last one at hand); with the
  // count read from the data nothing is kept. The property: both give the same answer, and the
  // same comparison with it, on every call of a sequence in which the date and the zone change.
  const zones = ['Europe/Stockholm', 'America/New_York', 'UTC', 'Australia/Lord_Howe']
  const dates = [
    '2026-01-31',
    '2026-03-29T01:30+01:00',
    '2026-10-25T02:30',
    '2026-11-20T09:14:00+01:00',
    '2026-12-31T23:59:59Z',
    '2027-02-28',
  ]
  for (const op of ['addMonths', 'addDays'])
    for (const [mode, engine] of [
      ['compiled', createEngine()],
      ['jitless', createEngine({ jitless: true })],
    ] as const)
      it(`${op} gives the unprepared answer as dates and zones change between calls (${mode})`, () => {
        const prepared = engine.compile({ [op]: [{ var: 'd' }, 1] })
        const plain = engine.compile({ [op]: [{ var: 'd' }, { var: 'n' }] })
        const compared = engine.compile({ dateOnOrBefore: [{ var: 'start' }, { [op]: [{ var: 'd' }, 1] }] })
        const comparedPlain = engine.compile({
          dateOnOrBefore: [{ var: 'start' }, { [op]: [{ var: 'd' }, { var: 'n' }] }],
        })
        fc.assert(
          fc.property(
            fc.array(fc.tuple(fc.constantFrom(...dates), fc.constantFrom(...zones), fc.constantFrom(...dates)), {
              minLength: 1,
              maxLength: 12,
            }),
            (calls) => {
              for (const [d, timeZone, start] of calls) {
                const c = { ...ctx, timeZone }
                expect(prepared.evaluate({ d }, c)).toBe(plain.evaluate({ d, n: 1 }, c))
                expect(compared.evaluate({ d, start }, c)).toBe(comparedPlain.evaluate({ d, n: 1, start }, c))
              }
            },
          ),
          { numRuns: 300, seed: 20261207 },
        )
      })
})
