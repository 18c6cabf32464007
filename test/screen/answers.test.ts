import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Field } from '../../src/criteria/schema'
import { checkAnswers, fieldChecks, fieldSchema } from '../../src/screen/answers'

// Answers are checked by fast hand-written checks that send anything they cannot vouch for to
// the zod schema. The property: whatever they accept, the schema accepts with the same value;
// so statuses and messages are the schema's, with zod paid only for wrong answers.
const FIELDS: Record<string, Field> = {
  n: { type: 'number', min: 0, max: 60, label: { en: 'n' } },
  i: { type: 'integer', min: -5, label: { en: 'i' } },
  s: { type: 'string', maxLength: 5, label: { en: 's' } },
  b: { type: 'boolean', label: { en: 'b' } },
  d: { type: 'date', min: '2020-01-01', max: '2030-12-31', label: { en: 'd' } },
  t: { type: 'date-time', label: { en: 't' } },
  e: { type: 'enum', values: ['Malmö', 'Lund', 'B2'], label: { en: 'e' } },
  l: { type: 'list', maxItems: 3, label: { en: 'l' } },
  lv: { type: 'list', values: ['React', 'Vue'], label: { en: 'lv' } },
}
const criteria = { fields: FIELDS } as never
const answer = fc.oneof(
  fc.double({ noNaN: false }),
  fc.integer({ min: -10, max: 100 }),
  fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, Infinity, -0, 59.5, 60, 61),
  fc.string({ maxLength: 8 }),
  fc.constantFrom(
    'malmo',
    'MALMÖ ',
    'lund',
    'b2',
    'react',
    'VUE',
    'x',
    '2026-02-30',
    '2026-02-28',
    '2019-12-31',
    '2031-01-01',
    '2026-11-20T09:14',
    '2026-11-20T09:14:00+01:00',
    '2026-11-20T25:00',
    'x'.repeat(1_001),
  ),
  fc.boolean(),
  fc.constant(null),
  fc.array(
    fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('react', 'Vue', 'vue ', 'x'.repeat(1_001)), fc.integer()),
    { maxLength: 5 },
  ),
  fc.object(),
)

describe('answer checks', () => {
  it('accept only what the schema accepts, with the same value', () => {
    const checks = fieldChecks(criteria)
    let accepted = 0
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(FIELDS)), answer, (name, v) => {
        const fast = checks.list[checks.names.indexOf(name)]!.accept(v)
        if (typeof fast === 'symbol') return true
        accepted++
        const slow = fieldSchema(FIELDS[name]!).safeParse(v)
        expect(slow.success).toBe(true)
        expect(fast).toEqual(slow.data)
        return true
      }),
      { numRuns: 20_000, seed: 20261201 },
    )
    expect(accepted).toBeGreaterThan(1_000)
  })
  // An ATS that sends "körkort" for the question "korkort" would otherwise see the question
  // unanswered with no word of why: the answer under the near name is named, not read.
  it('name an answer under a name close to an unanswered question', () => {
    const checks = fieldChecks({
      fields: {
        korkort: { type: 'enum', values: ['B', 'Inget'], label: { en: 'Driving licence' } },
        ort: { type: 'string', label: { en: 'Town' } },
      },
    } as never)
    const states = (answers: Record<string, unknown>) => Object.fromEntries(checkAnswers(answers, checks).states)
    expect(states({ körkort: 'B', ort: 'Växjö' })).toEqual({ korkort: { state: 'missing', near: 'körkort' } })
    expect(states({ Korkort: 'B', Ort: 'Växjö' })).toEqual({
      korkort: { state: 'missing', near: 'Korkort' },
      ort: { state: 'missing', near: 'Ort' },
    })
    // Sent under its own name but blank, or with nothing near it: no name to point at.
    expect(states({ korkort: null, körkort: 'B', ort: 'Växjö' })).toEqual({ korkort: { state: 'missing' } })
    expect(states({ drivingLicence: 'B', ort: 'Växjö' })).toEqual({ korkort: { state: 'missing' } })
    // A short name is named only when it is the question's but for case and accents: "id" is not "ort".
    expect(states({ korkort: 'B', id: 'x' })).toEqual({ ort: { state: 'missing' } })
    expect(states({ korkort: 'B', ÖRT: 'Växjö' })).toEqual({ ort: { state: 'missing', near: 'ÖRT' } })
    // The values read are the declared ones only: the near answer is named, never read.
    expect(checkAnswers({ körkort: 'B', ort: 'Växjö' }, checks).values.korkort).toBeUndefined()
  })

  it("statuses and messages are the schema's", () => {
    const { states, values } = checkAnswers(
      {
        n: 61,
        i: 1.5,
        s: 'toolong',
        b: 'yes',
        d: '2026-02-30',
        e: 'Oslo',
        l: ['a', 'b', 'c', 'd'],
        lv: ['react', 'Angular'],
        t: '2026-11-20T09:14',
      },
      fieldChecks(criteria),
    )
    expect(Object.fromEntries([...states].map(([k, s]) => [k, s.state === 'invalid' ? s.message : s.state]))).toEqual({
      n: 'must be at most 60',
      i: 'must be a whole number',
      s: 'must be at most 5 characters',
      b: 'must be a boolean',
      d: 'is not a real calendar date',
      e: 'must be one of: "Malmö", "Lund", "B2"',
      l: 'must have at most 3 items',
      lv: 'item 1: must be one of: "React", "Vue"',
    })
    expect(values).toEqual(Object.assign(Object.create(null), { t: '2026-11-20T09:14' }))
  })

  // Most answers are taken at once (`plain`), each step's usual case; the rest take the steps one
  // by one. The property: both ways give the same values, states and answers as given, for
  // answers that are blank, non-answers, decomposed, read differently, for a person, or wrong.
  it('take plain answers at once exactly as the steps one by one would', () => {
    const fields: Record<string, Field> = {
      ...FIELDS,
      s: { type: 'string', label: { en: 's' } },
      e: { type: 'enum', values: ['Malmö', 'Lund', 'Annan'], reviewValues: ['Annan'], label: { en: 'e' } },
      lv: { type: 'list', values: ['React', 'Vue', 'Annat'], reviewValues: ['Annat'], label: { en: 'lv' } },
      l: { type: 'list', label: { en: 'l' } },
      own: { type: 'string', nonAnswers: ['ingen'], label: { en: 'own' } },
    }
    // Plain answers taken by the function written for the fields, and by the loop.
    const checks = fieldChecks({ fields } as never, { generate: true })
    const looped = fieldChecks({ fields } as never)
    expect(checks.plainPass).toBeDefined()
    expect(looped.plainPass).toBeUndefined()
    // The same checks with nothing taken at once: every answer takes the steps one by one.
    const stepwise = {
      ...looped,
      list: looped.list.map((c) => ({ ...c, plain: (_: unknown) => c.accept(undefined) })),
    }
    expect(typeof stepwise.list[0]!.plain(true)).toBe('symbol')
    const text = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom(
        'Malmö',
        'Malmo\u0308',
        'malmö',
        'Lund',
        'Annan',
        'annan ',
        'React',
        'react',
        'Annat',
        'N/A',
        '-',
        'vet ej',
        'ingen',
        '  ',
        '',
        'ok\ud800',
        'Göteborg',
        '2026-02-28',
        '2026-11-20T09:14',
      ),
    )
    const value = fc.oneof(answer, text, fc.array(text, { maxLength: 4 }), fc.constant(undefined))
    let taken = 0
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...Object.keys(fields)), value), (answers) => {
        const slow = checkAnswers(answers, stepwise)
        for (const fast of [checkAnswers(answers, checks), checkAnswers(answers, looped)]) {
          expect({ ...fast.values }).toEqual({ ...slow.values })
          expect([...fast.states]).toEqual([...slow.states])
          expect([...fast.raw]).toEqual([...slow.raw])
          expect(fast.allOk).toBe(slow.allOk)
        }
        for (const [name, v] of Object.entries(answers))
          if (typeof checks.list[checks.names.indexOf(name)]!.plain(v) !== 'symbol') taken++
        return true
      }),
      { numRuns: 20_000, seed: 20261207 },
    )
    expect(taken).toBeGreaterThan(5_000)
  })
})
