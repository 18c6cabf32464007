import jsonLogic from 'json-logic-js'
import { describe, expect, it } from 'vitest'
import { EvaluationError, RuleError } from '../../src/errors'
import { formatIssue } from '../../src/issues/format-issue'
import { createEngine } from '../../src/logic/engine'

const engine = createEngine()
const jitless = createEngine({ jitless: true })

describe('hostile rules give a typed error and a live process', () => {
  let deep: unknown = true
  for (let i = 0; i < 100_000; i++) deep = { '!': [deep] }
  const doubling = {
    reduce: [Array.from({ length: 30 }, (_, i) => i), { merge: [{ var: 'accumulator' }, { var: 'accumulator' }] }, [1]],
  }
  const doublingCat = {
    reduce: [Array.from({ length: 30 }, (_, i) => i), { cat: [{ var: 'accumulator' }, { var: 'accumulator' }] }, 'ab'],
  }
  const compileErrors: [string, unknown, string][] = [
    ['method', { method: ['abc', 'toUpperCase'] }, 'forbidden_operator'],
    ['log', { log: 'x' }, 'forbidden_operator'],
    ['{"var": "__proto__"}', { var: '__proto__' }, 'forbidden_path'],
    ['{"var": "a.constructor.prototype"}', { var: 'a.constructor' }, 'forbidden_path'],
    ['{"var": {"cat": ["__pro", "to__"]}}', { var: { cat: ['__pro', 'to__'] } }, 'dynamic_path'],
    ['{"==": [1, 2], "x": 1}', { '==': [1, 2], x: 1 }, 'ambiguous_operation'],
    ['an unknown operator', { frobnicate: [1] }, 'unknown_operator'],
    ['a dotted operator (json-logic-js method lookup)', { 'Math.abs': [-1] }, 'unknown_operator'],
    ['an operator named like a prototype member', { toString: [] }, 'unknown_operator'],
    ['100,000-deep nesting', deep, 'rule_too_deep'],
  ]
  for (const [name, rule, code] of compileErrors)
    it(`${name}: RuleError ${code}`, () => {
      for (const e of [engine, jitless]) {
        try {
          e.compile(rule)
          expect.unreachable()
        } catch (err) {
          expect(err).toBeInstanceOf(RuleError)
          expect((err as RuleError).code).toBe(code)
        }
      }
    })
  it('an unknown operator close to a known one says which (case aside, within two edits), in both languages', () => {
    const thrown = (rule: unknown) => {
      try {
        engine.compile(rule)
      } catch (e) {
        return e as RuleError
      }
      return expect.unreachable()
    }
    const close = thrown({ cefrAtleast: [{ var: 'sv' }, 'C1'] })
    expect([close.code, close.params]).toEqual(['unknown_operator', { op: 'cefrAtleast', suggestion: 'cefrAtLeast' }])
    expect(formatIssue({ code: close.code, message: close.message, params: close.params }, 'sv')).toBe(
      'okänd operator "cefrAtleast"; menade du "cefrAtLeast"?',
    )
    expect(formatIssue({ code: close.code, message: close.message, params: close.params }, 'en')).toBe(
      'unknown operator "cefrAtleast"; did you mean "cefrAtLeast"?',
    )
    expect(thrown({ frobnicate: [1] }).params).toEqual({ op: 'frobnicate' })
  })
  it('a rule with too many nodes is refused', () => {
    expect(() =>
      createEngine({ limits: { maxNodes: 50 } }).compile({ and: Array.from({ length: 60 }, () => true) }),
    ).toThrow(/more than 50 nodes/)
  })
  for (const [name, rule, code] of [
    ['a doubling reduce with merge over 30 elements', doubling, 'limit_array_length'],
    ['a doubling reduce with cat over 30 elements', doublingCat, 'limit_string_length'],
  ] as const)
    it(`${name}: EvaluationError ${code}`, () => {
      for (const e of [engine, jitless]) {
        const compiled = e.compile(rule)
        try {
          compiled.evaluate({})
          expect.unreachable()
        } catch (err) {
          expect(err).toBeInstanceOf(EvaluationError)
          expect((err as EvaluationError).code).toBe(code)
        }
      }
    })
  it('computed paths, when allowed for compatibility, still refuse prototype segments at run time', () => {
    const e = createEngine({ dynamicPaths: true })
    expect(e.compile({ var: { cat: ['a', '.b'] } }).evaluate({ a: { b: 7 } })).toBe(7)
    expect(() => e.compile({ var: { cat: ['__pro', 'to__'] } }).evaluate({})).toThrow(EvaluationError)
  })
})

describe('lookups', () => {
  it('read own properties only', () => {
    const data = Object.create({ inherited: 1 }) as Record<string, unknown>
    data.own = 2
    for (const e of [engine, jitless]) {
      expect(e.compile({ var: 'inherited' }).evaluate(data)).toBeNull()
      expect(e.compile({ var: 'own' }).evaluate(data)).toBe(2)
      expect(e.compile({ var: 'toString' }).evaluate({})).toBeNull()
      expect(e.compile({ missing: ['hasOwnProperty'] }).evaluate({})).toEqual(['hasOwnProperty'])
    }
    // json-logic-js reads inherited members: the difference is deliberate.
    expect(typeof jsonLogic.apply({ var: 'toString' }, {})).toBe('function')
  })
  it('ignore a polluted Object.prototype, even when the pollution comes after compilation', () => {
    for (const e of [engine, jitless]) {
      const one = e.compile({ var: 'polluted' })
      const all = e.testAll([one, e.compile({ '==': [{ var: 'polluted' }, 'yes'] })])
      expect(one.evaluate({})).toBeNull()
      const proto = Object.prototype as Record<string, unknown>
      proto.polluted = 'yes'
      try {
        expect(one.evaluate({})).toBeNull()
        expect(all({})).toEqual([false, false])
        expect(all({ polluted: 'yes' })).toEqual([true, true])
      } finally {
        delete proto.polluted
      }
    }
  })
  it('read objects without a prototype and class instances', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: 3 })
    class Answers {
      a = 4
      get b(): number {
        return 5
      }
    }
    for (const e of [engine, jitless]) {
      expect(e.testAll([e.compile({ '==': [{ var: 'a' }, 3] })])(bare)).toEqual([true])
      expect(e.compile({ var: 'a' }).evaluate(new Answers())).toBe(4)
      expect(e.compile({ var: 'b' }).evaluate(new Answers())).toBeNull()
      expect(e.compile({ var: 'length' }).evaluate('abc')).toBe(3)
      expect(e.compile({ var: 'toFixed' }).evaluate(5)).toBeNull()
    }
  })
})

describe('operators are per engine instance', () => {
  it('custom operators do not leak into other engines or json-logic-js', () => {
    const custom = createEngine({
      operators: { double: { evaluate: ([x]) => (x as number) * 2, returns: 'number', args: ['number'] } },
    })
    expect(custom.compile({ double: [{ var: 'x' }] }).evaluate({ x: 4 })).toBe(8)
    expect(
      createEngine({ jitless: true, operators: { double: { evaluate: ([x]) => (x as number) * 2 } } })
        .compile({ double: 5 })
        .evaluate({}),
    ).toBe(10)
    expect(() => engine.compile({ double: [1] })).toThrow(RuleError)
    expect(() => jsonLogic.apply({ double: [1] } as never)).toThrow()
  })
  it('standard and forbidden operators cannot be replaced', () => {
    expect(() => createEngine({ operators: { '==': { evaluate: () => true } } })).toThrow(RuleError)
    expect(() => createEngine({ operators: { method: { evaluate: () => true } } })).toThrow(RuleError)
  })
  it('generated code quotes every literal: strings cannot break out', () => {
    const nasty = '"); globalThis.pwned = true; ("'
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template's syntax as a plain string, on purpose
    const r = engine.compile({ cat: [nasty, { var: 'x' }, '\u2028', '${1}'] })
    expect(r.evaluate({ x: '`' })).toBe(`${nasty}\`\u2028\${1}`)
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined()
    expect(engine.compile({ var: nasty.replace(/\./g, '') }).evaluate({ [nasty.replace(/\./g, '')]: 1 })).toBe(1)
  })
})

describe('screening operators', () => {
  const ctx = { now: new Date('2026-11-23T10:00:00Z'), timeZone: 'Europe/Stockholm' }
  const cases: [string, unknown, unknown, unknown][] = [
    ['includesAny is case-insensitive', { includesAny: [{ var: 'l' }, ['React', 'vue']] }, { l: ['REACT '] }, true],
    [
      'includesAny is Unicode-normalised',
      { includesAny: [{ var: 'l' }, ['Göteborg']] },
      { l: ['Go\u0308teborg'] },
      true,
    ],
    ['includesAny with none present', { includesAny: [{ var: 'l' }, ['a', 'b']] }, { l: ['c'] }, false],
    ['includesAll needs every one', { includesAll: [{ var: 'l' }, ['a', 'B']] }, { l: ['b', 'A', 'c'] }, true],
    ['includesAll with one absent', { includesAll: [{ var: 'l' }, ['a', 'd']] }, { l: ['a'] }, false],
    ['cefrAtLeast B2 for C1', { cefrAtLeast: [{ var: 'x' }, 'B2'] }, { x: 'C1' }, true],
    ['cefrAtLeast B2 for B1', { cefrAtLeast: [{ var: 'x' }, 'B2'] }, { x: 'b1' }, false],
    ['cefrAtLeast equal level', { cefrAtLeast: [{ var: 'x' }, 'A2'] }, { x: 'A2' }, true],
    ['monthsSince counts whole months', { monthsSince: { var: 'd' } }, { d: '2024-11-24' }, 23],
    ['monthsSince on the day', { monthsSince: { var: 'd' } }, { d: '2024-11-23' }, 24],
    ['yearsSince', { yearsSince: { var: 'd' } }, { d: '2000-11-24' }, 25],
    ['daysSince', { daysSince: { var: 'd' } }, { d: '2026-11-20' }, 3],
    ['daysUntil', { daysUntil: { var: 'd' } }, { d: '2026-12-24' }, 31],
    [
      'dateBefore with date-times and offsets',
      { dateBefore: [{ var: 'd' }, '2026-12-01T00:00:00+01:00'] },
      { d: '2026-11-30T23:30:00Z' },
      false,
    ],
    ['dateOnOrAfter with dates', { dateOnOrAfter: [{ var: 'd' }, '2026-12-01'] }, { d: '2026-12-01' }, true],
  ]
  for (const [name, rule, data, want] of cases)
    it(name, () => {
      expect(engine.compile(rule).evaluate(data, ctx)).toEqual(want)
      expect(jitless.compile(rule).evaluate(data, ctx)).toEqual(want)
    })
  it('daysSince counts calendar days in the time zone, not 24-hour periods', () => {
    // 00:30 in Stockholm on 24 Nov is still 23 Nov in UTC.
    const late = { now: new Date('2026-11-23T23:30:00Z'), timeZone: 'Europe/Stockholm' }
    expect(engine.compile({ daysSince: '2026-11-23' }).evaluate({}, late)).toBe(1)
    expect(engine.compile({ daysSince: '2026-11-23' }).evaluate({}, { ...late, timeZone: 'UTC' })).toBe(0)
  })
  it('bad values give typed errors', () => {
    expect(() => engine.compile({ cefrAtLeast: ['native', 'B2'] }).evaluate({})).toThrow(EvaluationError)
    expect(() => engine.compile({ monthsSince: '2026-02-30' }).evaluate({}, ctx)).toThrow(/ISO date/)
    expect(() => engine.compile({ monthsSince: '2026-01-01' }).evaluate({})).toThrow(/needs the evaluation time/)
    expect(() => engine.compile({ includesAny: [5, ['a']] }).evaluate({})).toThrow(EvaluationError)
  })
})

describe('testAll', () => {
  // Jitless reads the fields into a frame once per call, from the object's own keys; these
  // are the shapes where that could go wrong.
  it('reads fields right whatever the shape of the data, in both modes', () => {
    const rules = [
      { '==': [{ var: 'a' }, 5] },
      { '==': [{ var: 'b' }, null] },
      { var: 'length' },
      { '==': [{ var: 'k300' }, 300] },
    ]
    const hidden = Object.defineProperty({ b: 1 }, 'a', { value: 5, enumerable: false })
    const wide: Record<string, unknown> = {}
    for (let i = 0; i < 400; i++) wide[`k${i}`] = i
    const cases: [unknown, boolean[]][] = [
      [{ a: 5, b: null }, [true, true, false, false]],
      [{ b: 2, a: 5 }, [true, false, false, false]],
      [{ a: 4, b: undefined }, [false, true, false, false]],
      [hidden, [true, false, false, false]],
      [Object.create({ a: 5 }), [false, true, false, false]],
      [wide, [false, true, false, true]],
      [{ ...wide, a: 5 }, [true, true, false, true]],
      ['abc', [false, true, true, false]],
      [
        [5, 6],
        [false, true, true, false],
      ],
      [null, [false, true, false, false]],
      [{ a: 5, b: null }, [true, true, false, false]],
    ]
    for (const e of [engine, jitless]) {
      const all = e.testAll(rules.map((r) => e.compile(r)))
      for (const [data, want] of cases) expect(all(data), JSON.stringify(data)?.slice(0, 40)).toEqual(want)
    }
  })
  it('tests several rules in one call, in both modes', () => {
    const rules = [{ var: 'a' }, { '>': [{ var: 'b' }, 2] }, { in: ['x', { var: 'c' }] }, []]
    for (const e of [engine, jitless]) {
      const all = e.testAll(rules.map((r) => e.compile(r)))
      expect(all({ a: 1, b: 3, c: ['x'] })).toEqual([true, true, true, false])
      expect(all({ a: 0, b: 1, c: 'y' })).toEqual([false, false, false, false])
    }
  })
})
