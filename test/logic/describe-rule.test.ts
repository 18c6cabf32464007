import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { describeCriterion, describeRule, type Criteria, type Field } from '../../src/index'
import { describeValue } from '../../src/logic/describe-rule'
import { SCREENING_SPECS, STANDARD_SPECS } from '../../src/logic/operators/index'

// Rules read aloud: every operator the engine registers has a wording in both languages, the
// mistakes the issue names are visible in the sentence, and no rule, however odd, breaks it.
const dir = join(__dirname, '../fixtures/describe')
const fields = parse(readFileSync(join(dir, 'fields.yaml'), 'utf8')) as Record<string, Field>
const cases = (
  parse(readFileSync(join(dir, 'rules.yaml'), 'utf8')) as {
    cases: { name: string; rule: string; sv: string; en: string }[]
  }
).cases
const SPECS = { ...STANDARD_SPECS, ...SCREENING_SPECS }
const say = (rule: unknown, locale: 'sv' | 'en') => describeRule(rule, { fields, locale, timezone: 'Europe/Stockholm' })

/** The operators a rule uses. */
function operators(rule: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(rule)) for (const r of rule) operators(r, out)
  else if (rule && typeof rule === 'object')
    for (const [k, v] of Object.entries(rule)) {
      out.add(k)
      operators(v, out)
    }
  return out
}

describe('describeRule reads a rule aloud', () => {
  for (const c of cases)
    it(c.name, () => {
      const rule = JSON.parse(c.rule) as unknown
      expect(say(rule, 'sv')).toBe(c.sv)
      expect(say(rule, 'en')).toBe(c.en)
    })

  it('the fixture uses every registered operator, and every operator has its own wording', () => {
    const used = new Set(cases.flatMap((c) => [...operators(JSON.parse(c.rule))]))
    for (const op of Object.keys(SPECS)) {
      expect(used, `no rule in test/fixtures/describe/rules.yaml uses "${op}"`).toContain(op)
      expect(SPECS[op]!.describe, `"${op}" has no describe`).toBeTypeOf('function')
    }
  })

  it('`or` written for `and` reads "eller", not "och"', () => {
    const and = say({ and: [{ var: 'legitimation' }, { var: 'korkort' }] }, 'sv')
    const or = say({ or: [{ var: 'legitimation' }, { var: 'korkort' }] }, 'sv')
    expect(and).toMatch(/^både .* och /)
    expect(or).toMatch(/^antingen .* eller /)
    expect(or).not.toContain(' och ')
  })

  it('a reversed comparison reads reversed: the field first, the operator flipped', () => {
    const years = '”Hur många års erfarenhet har du?”'
    expect(say({ '<': [3, { var: 'ar' }] }, 'sv')).toBe(`svaret på ${years} är större än 3`)
    expect(say({ '>': [3, { var: 'ar' }] }, 'sv')).toBe(`svaret på ${years} är mindre än 3`)
    expect(say({ '<=': [3, { var: 'ar' }] }, 'sv')).toBe(`svaret på ${years} är minst 3`)
    expect(say({ '<': [{ var: 'x' }, 3] }, 'en')).toBe('the field “x” is less than 3')
    expect(say({ '<': [3, { var: 'x' }] }, 'en')).toBe('the field “x” is greater than 3')
  })

  it('nested and/or are parenthesised, so precedence shows', () => {
    const a = say({ or: [{ var: 'korkort' }, { and: [{ var: 'legitimation' }, { '>=': [{ var: 'ar' }, 2] }] }] }, 'sv')
    const b = say({ and: [{ or: [{ var: 'korkort' }, { var: 'legitimation' }] }, { '>=': [{ var: 'ar' }, 2] }] }, 'sv')
    expect(a).toMatch(/^antingen [^()]* eller \(både .*\)$/)
    expect(b).toMatch(/^både \(antingen .*\) och [^()]*$/)
  })

  it('numbers take the decimal mark of the language and dates its month names', () => {
    expect(say({ '>=': [{ var: 'ar' }, 2.5] }, 'sv')).toContain('minst 2,5')
    expect(say({ '>=': [{ var: 'ar' }, 2.5] }, 'en')).toContain('at least 2.5')
    expect(say({ dateOnOrBefore: [{ var: 'examen' }, '2027-06-30'] }, 'sv')).toContain('senast 30 juni 2027')
    expect(say({ dateOnOrBefore: [{ var: 'examen' }, '2027-06-30'] }, 'en')).toContain('no later than 30 June 2027')
  })

  it('a rule that cannot be read is said to be so, never a crash', () => {
    expect(describeRule({ method: ['x', 'y'] }, { locale: 'sv' })).toBe('en regel som inte kan läsas')
    expect(describeRule({ a: 1, b: 2 }, { locale: 'en' })).toBe('a rule that cannot be read')
  })

  it('reads a deeply nested rule in time linear in its size (each node once per language)', () => {
    let rule: unknown = { var: 'ar' }
    for (let i = 0; i < 60; i++) rule = { in: [rule, { var: 'titel' }] }
    expect(say(rule, 'sv').split('innehåller texten').length).toBe(61)
  })
})

describe('describeCriterion', () => {
  const criteria = { fields, job: { timezone: 'Europe/Stockholm' } } as unknown as Criteria
  it('says what kind of criterion it is, and when it applies', () => {
    const required = describeCriterion(
      { id: 'leg', rule: { var: 'legitimation' }, required: true, reason: {}, onMissing: 'review' },
      criteria,
      'sv',
    )
    expect(required).toEqual({
      kind: 'required',
      rule: 'svaret på ”Har du förskollärarlegitimation?” är ja',
      text: 'Krav: svaret på ”Har du förskollärarlegitimation?” är ja.',
    })
    const merit = describeCriterion(
      {
        id: 'k',
        rule: { var: 'korkort' },
        weight: 2,
        when: { '>=': [{ var: 'ar' }, 1] },
        reason: {},
        onMissing: 'review',
      },
      criteria,
      'en',
    )
    expect(merit.kind).toBe('points')
    expect(merit.when).toBe('the answer to “How many years of experience do you have?” is at least 1')
    expect(merit.text).toBe(
      'Merit (2 points): the answer to “Do you hold a category B licence?” is yes. Applies only if: the answer to “How many years of experience do you have?” is at least 1.',
    )
    expect(
      describeCriterion({ id: 'k', rule: true, weight: 1, reason: {}, onMissing: 'review' }, criteria, 'sv').text,
    ).toBe('Merit (1 poäng): alltid uppfyllt.')
  })
  it('a when that can never hold reads as such', () => {
    const d = describeCriterion(
      {
        id: 'x',
        rule: { var: 'korkort' },
        required: true,
        when: { and: [{ var: 'korkort' }, { '!': { var: 'korkort' } }] },
        reason: {},
        onMissing: 'review',
      },
      criteria,
      'sv',
    )
    expect(d.when).toBe('både svaret på ”Har du B-körkort?” är ja och svaret på ”Har du B-körkort?” är nej')
  })
})

// Random rules built from the operator specs, each operator with an argument count its arity allows.
const leaf = fc.oneof(
  fc.constantFrom(...Object.keys(fields), 'unknown', '').map((v) => ({ var: v })),
  fc.oneof(
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.string({ maxLength: 8 }),
    fc.constantFrom('2027-06-30', '2027-02-30', '2027-01-10T12:00', 'B', 'B2'),
  ),
)
const ruleArb = fc.letrec<{ rule: unknown }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('rule'), { maxLength: 3 }),
    fc.constantFrom(...Object.keys(SPECS), 'customOp').chain((op) => {
      const [lo, hi] = SPECS[op]?.arity ?? [0, 3]
      return fc.array(tie('rule'), { minLength: lo, maxLength: Math.min(hi, lo + 3) }).map((args) => ({ [op]: args }))
    }),
  ),
})).rule

describe('any rule made from the operators reads in both languages', () => {
  it('without throwing and without undefined, [object or NaN', () => {
    fc.assert(
      fc.property(ruleArb, (rule) => {
        for (const locale of ['sv', 'en'] as const) {
          const text = describeRule(rule, { fields, locale, timezone: 'Europe/Stockholm' })
          expect(text.length).toBeGreaterThan(0)
          for (const bad of ['undefined', '[object', 'NaN']) expect(text).not.toContain(bad)
        }
      }),
      { numRuns: 400 },
    )
  })
})

// Found in a Swedish trial: "Svaret 1000000", where a Swede writes 1 000 000.
describe('large whole numbers', () => {
  it('are grouped as each language writes them from 10 000; four digits and fractions stay as they are', () => {
    const said = (v: number, locale: 'sv' | 'en') => describeValue(v, { locale })
    expect([said(1_000_000, 'sv'), said(1_000_000, 'en')]).toEqual(['1\u00a0000\u00a0000', '1,000,000'])
    expect([said(-25_000, 'sv'), said(25_000, 'en')]).toEqual(['-25\u00a0000', '25,000'])
    expect([said(9999, 'sv'), said(2026, 'en'), said(12_500.5, 'sv')]).toEqual(['9999', '2026', '12500,5'])
    expect(said(1e21, 'en')).toBe('1e+21')
  })
})
