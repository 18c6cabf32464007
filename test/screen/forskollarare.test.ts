import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatExplanation } from '../../src/logic/explain'
import { loadCriteria } from '../../src/node/load-criteria'
import { runRuleTests } from '../../src/node/run-rule-tests'
import { compileCriteria } from '../../src/screen/compile-criteria'
import type { CriterionStatus, Outcome } from '../../src/screen/result'

// The preschool teacher of the issue: "Under utbildning" (studying for the licence) is an
// option for a person on the licence question, and the graduation-date requirement applies
// `when: legitimation == "Under utbildning"`. The recruiter meant: a person judges the licence
// criterion, and the date requirement applies to those who answered that they study.
const dir = join(__dirname, '../fixtures/screen')
const file = join(dir, 'forskollarare.yaml')

describe('the preschool teacher (forskollarare.test.yaml)', () => {
  it('every case comes out as the recruiter meant', async () => {
    const r = await runRuleTests(join(dir, 'forskollarare.test.yaml'))
    expect(
      r.cases
        .filter((c) => !c.passed)
        .map((c) => ({ name: c.name, failures: c.failures, explanations: c.explanations })),
    ).toEqual([])
    expect(r.passed).toBe(7)
  })

  const screen = async (answers: Record<string, unknown>, jitless = false) => {
    const screener = compileCriteria(await loadCriteria(file), { engine: { jitless } })
    const r = screener.screen({ id: 'a', submittedAt: '2026-03-04T09:30:00+01:00', answers }, { now: 'arrival' })
    return { r, c: (id: string) => r.criteria.find((x) => x.id === id)! }
  }

  for (const jitless of [false, true])
    describe(jitless ? 'jitless engine' : 'compiled engine', () => {
      it('a student graduating in time: the licence goes to a person with the note, the date is met', async () => {
        const { r, c } = await screen(
          {
            legitimation: 'Under utbildning',
            examensdatum: '2026-06-05',
            svenska: 'C1',
            erfarenhetAr: 1,
            sprak: ['somaliska'],
          },
          jitless,
        )
        expect(r.outcome).toBe('review')
        expect(c('legitimation')).toMatchObject({
          status: 'review',
          problem: { code: 'needs_review', path: 'legitimation', fields: ['legitimation'] },
        })
        // Why it went to a person: the answer and the recruiter's note.
        expect(c('legitimation').problem!.message).toBe(
          'legitimation is "Under utbildning": Studerar till förskollärare; bedöm om personen kan anställas tills legitimationen är klar.',
        )
        expect(c('examen').status).toBe('met')
        expect(c('examen').gaps).toBeUndefined()
      })
      it('a student graduating in 2028 is rejected on the date, which the explanation shows', async () => {
        const { r, c } = await screen(
          { legitimation: 'Under utbildning', examensdatum: '2028-01-15', svenska: 'C2' },
          jitless,
        )
        expect([r.outcome, r.unmet, r.review]).toEqual(['reject', ['examen'], ['legitimation']])
        expect(formatExplanation(c('examen').detail!)).toContain('2028-01-15')
        expect(r.nearMiss).toBe(false)
      })
      it('a student who leaves the date out misses exactly that answer, not the licence', async () => {
        const { r, c } = await screen({ legitimation: 'Under utbildning', svenska: 'C1' }, jitless)
        expect(r.outcome).toBe('review')
        expect(c('examen')).toMatchObject({
          status: 'missing',
          problem: { code: 'missing_answer', path: 'examensdatum', fields: ['examensdatum'] },
        })
      })
      it('the when reads the answer as given: licensed and unlicensed skip the date requirement, explained by the answer', async () => {
        for (const legitimation of ['Ja', 'Nej']) {
          const { c } = await screen({ legitimation, examensdatum: '2028-01-15', svenska: 'C1' }, jitless)
          expect(c('examen').status).toBe('skipped')
          expect(formatExplanation(c('examen').detail!)).toContain(`legitimation is "${legitimation}"`)
        }
      })
      it('onMissing: skip on the optional question: skipped, explained, never missing', async () => {
        const { r, c } = await screen({ legitimation: 'Ja', svenska: 'C1', erfarenhetAr: 4 }, jitless)
        expect(c('sprak').status).toBe('skipped')
        expect(c('sprak').problem).toBeUndefined()
        expect(c('sprak').detail).toBeDefined()
        expect(r.missing).toEqual([])
        expect(r.skipped).toEqual(['examen', 'sprak'])
        // A non-answer ("vet ej") is no answer either.
        const nonAnswer = await screen(
          { legitimation: 'Ja', svenska: 'C1', erfarenhetAr: 4, sprak: ['vet ej'] },
          jitless,
        )
        expect(nonAnswer.c('sprak').status).toBe('skipped')
      })
    })
})

// An oracle: the documented semantics for this file, written out by hand, against screen() for
// random answers. Answers are drawn from values that are valid, loosely matching, invalid,
// non-answers or absent.
const realDay = (d: string) => {
  const t = new Date(`${d}T00:00:00Z`)
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d
}
type Read<T> = { s: 'ok'; v: T } | { s: 'missing' } | { s: 'invalid' }
const ABSENT = Symbol('absent')
const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2']

function oracle(a: Record<string, unknown>): {
  statuses: Record<string, CriterionStatus>
  outcome: Outcome
  score: number
} {
  const given = (k: string) => (Object.hasOwn(a, k) ? a[k] : undefined)
  const empty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '')
  const option = (k: string, options: string[]): Read<string> => {
    const v = given(k)
    if (empty(v)) return { s: 'missing' }
    const hit = typeof v === 'string' ? options.find((o) => o.toLowerCase() === v.trim().toLowerCase()) : undefined
    return hit === undefined ? { s: 'invalid' } : { s: 'ok', v: hit }
  }
  const legit = option('legitimation', ['Ja', 'Nej', 'Under utbildning'])
  const svenska = option('svenska', LEVELS)
  const d = given('examensdatum')
  const datum: Read<string> = empty(d)
    ? { s: 'missing' }
    : typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) && realDay(d)
      ? { s: 'ok', v: d }
      : { s: 'invalid' }
  const e = given('erfarenhetAr')
  const erf: Read<number> = empty(e)
    ? { s: 'missing' }
    : Number.isInteger(e) && (e as number) >= 0 && (e as number) <= 50
      ? { s: 'ok', v: e as number }
      : { s: 'invalid' }
  const l = given('sprak')
  const items = Array.isArray(l) ? l.filter((x) => !['vet ej', 'n/a', '-'].includes(String(x).toLowerCase())) : []
  const sprak: Read<string[]> =
    empty(l) || (Array.isArray(l) && l.length > 0 && items.length === 0)
      ? { s: 'missing' }
      : Array.isArray(l)
        ? { s: 'ok', v: items as string[] }
        : { s: 'invalid' }

  // An unknown answer's status: invalid before missing.
  const unknown = (...r: Read<unknown>[]): CriterionStatus => (r.some((x) => x.s === 'invalid') ? 'invalid' : 'missing')
  const statuses: Record<string, CriterionStatus> = {}
  // The licence: "Under utbildning" is for a person, the other options decide.
  statuses.legitimation =
    legit.s !== 'ok' ? unknown(legit) : legit.v === 'Under utbildning' ? 'review' : legit.v === 'Ja' ? 'met' : 'unmet'
  // The date requirement applies to those who answered "Under utbildning", the answer as given.
  const dateMet = datum.s === 'ok' ? datum.v <= '2026-08-01' : undefined
  if (legit.s === 'ok')
    statuses.examen =
      legit.v !== 'Under utbildning' ? 'skipped' : dateMet === undefined ? unknown(datum) : dateMet ? 'met' : 'unmet'
  // Not known whether it applies: met either way is met; otherwise the unknown answers decide.
  else statuses.examen = dateMet === true ? 'met' : unknown(legit, datum)
  statuses.svenska = svenska.s !== 'ok' ? unknown(svenska) : LEVELS.indexOf(svenska.v) >= 4 ? 'met' : 'unmet'
  statuses.erfarenhet = erf.s !== 'ok' ? unknown(erf) : erf.v >= 2 ? 'met' : 'unmet'
  // onMissing: skip on the optional question.
  statuses.sprak =
    sprak.s === 'missing'
      ? 'skipped'
      : sprak.s === 'invalid'
        ? 'invalid'
        : sprak.v.some((x) => ['arabiska', 'somaliska', 'tigrinja'].includes(x.toLowerCase()))
          ? 'met'
          : 'unmet'

  const required = ['legitimation', 'examen', 'svenska'].map((id) => statuses[id]!)
  const score = (statuses.erfarenhet === 'met' ? 1 : 0) + (statuses.sprak === 'met' ? 1 : 0)
  const outcome: Outcome = required.includes('unmet')
    ? 'reject'
    : required.some((s) => s === 'missing' || s === 'invalid' || s === 'review')
      ? 'review'
      : 'pass'
  return { statuses, outcome, score }
}

describe('oracle: the documented semantics, by hand, for random answers', () => {
  const answer = <T>(...values: T[]) => fc.constantFrom<T | typeof ABSENT>(ABSENT, ...values)
  const answers = fc
    .record({
      legitimation: answer<unknown>('Ja', 'Nej', 'Under utbildning', 'under utbildning', ' ja ', 'Kanske', '', 42),
      examensdatum: answer('2026-06-05', '2026-08-01', '2026-08-02', '2028-01-15', '2026-02-30', 'juni', ''),
      svenska: answer('A2', 'B2', 'C1', 'c2', 'flytande'),
      erfarenhetAr: answer<unknown>(0, 1, 2, 7, -1, 2.5, 'tre'),
      sprak: answer<unknown>([], ['Arabiska'], ['engelska'], ['vet ej'], ['vet ej', 'tigrinja'], 'arabiska'),
    })
    .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== ABSENT)))
  for (const jitless of [false, true])
    it(`${jitless ? 'jitless' : 'compiled'} engine`, async () => {
      const screener = compileCriteria(await loadCriteria(file), { engine: { jitless } })
      fc.assert(
        fc.property(answers, (a) => {
          const r = screener.screen(
            { id: 'a', submittedAt: '2026-03-04T09:30:00+01:00', answers: a },
            { now: 'arrival' },
          )
          const want = oracle(a)
          const got = Object.fromEntries(r.criteria.filter((c) => c.id !== 'deadline').map((c) => [c.id, c.status]))
          expect({ statuses: got, outcome: r.outcome, score: r.score }).toEqual(want)
          // The lists agree with the statuses; nothing skipped counts as missing.
          for (const key of ['unmet', 'missing', 'review', 'skipped'] as const)
            expect(r[key]).toEqual(Object.keys(want.statuses).filter((id) => want.statuses[id] === key))
        }),
        { numRuns: 400, seed: 20261206 },
      )
    })
})

describe('an answer for a person read by a condition and by a rule', () => {
  const screener = compileCriteria({
    id: 'both',
    version: 1,
    locale: 'sv',
    job: { title: 'Jobb', company: 'Acme', contact: { name: 'Ann', email: 'ann@acme.example' } },
    fields: {
      utbildning: {
        type: 'list',
        values: ['Förskollärare', 'Barnskötare', 'Annan utbildning'],
        reviewValues: ['Annan utbildning'],
        label: { sv: 'Utbildning' },
      },
      legitimation: {
        type: 'enum',
        values: ['Ja', 'Nej', 'Under utbildning'],
        reviewValues: ['Under utbildning'],
        label: { sv: 'Legitimation' },
      },
    },
    criteria: [
      // The condition and the rule read the same answer: the condition as given, the rule as a person's to judge.
      {
        id: 'legitimation',
        when: { '!=': [{ var: 'legitimation' }, 'Nej'] },
        rule: { '==': [{ var: 'legitimation' }, 'Ja'] },
        required: true,
        reason: { sv: 'legitimation' },
      },
      // A list with an option for a person, in a condition.
      {
        id: 'intyg',
        when: { includesAny: [{ var: 'utbildning' }, ['Annan utbildning']] },
        rule: { '==': [{ var: 'legitimation' }, 'Nej'] },
        weight: 1,
        reason: { sv: 'intyg' },
      },
    ],
  } as never)
  const status = (answers: Record<string, unknown>) =>
    Object.fromEntries(
      screener
        .screen({ id: 'a', submittedAt: '2026-03-04T09:30:00+01:00', answers }, { now: 'arrival' })
        .criteria.map((c) => [c.id, c.status]),
    )
  it('the condition holds on the answer as given, and the rule sends it to a person', () => {
    expect(status({ legitimation: 'Under utbildning', utbildning: ['Förskollärare'] })).toEqual({
      legitimation: 'review',
      intyg: 'skipped',
    })
    expect(status({ legitimation: 'Nej', utbildning: ['Förskollärare'] })).toEqual({
      legitimation: 'skipped',
      intyg: 'skipped',
    })
  })
  it('a list answer for a person is read as given by the condition: the criterion applies and is decided on its own answer', () => {
    expect(status({ legitimation: 'Nej', utbildning: ['Annan utbildning'] })).toEqual({
      legitimation: 'skipped',
      intyg: 'met',
    })
    expect(status({ legitimation: 'Ja', utbildning: ['annan utbildning', 'Barnskötare'] })).toEqual({
      legitimation: 'met',
      intyg: 'unmet',
    })
  })
})
