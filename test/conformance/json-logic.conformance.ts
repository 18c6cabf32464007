import jsonLogic from 'json-logic-js'
import { describe, expect, it } from 'vitest'
import { RuleError } from '../../src/errors'
import { createEngine } from '../../src/logic/engine'
import { attempt, sameValue, type Run } from '../helpers/compare'
import { SUITES_DIR, isCoreSuite, loadSuite, suiteNames, suitesAvailable, type ConformanceCase } from './suites'

// `npm run conformance` (run by CI, not by `npm test`): the suites live outside the project and
// are read in place. Without them the project cannot claim conformance, so their absence fails
// this run rather than skipping it.
if (!suitesAvailable())
  throw new Error(
    `the JSON Logic suites are missing: expected ${SUITES_DIR}/index.json (set AUTOSCREEN_JSON_LOGIC_SUITES)`,
  )

const engines = {
  compiled: createEngine({ dynamicPaths: true, screeningOperators: false }),
  jitless: createEngine({ dynamicPaths: true, screeningOperators: false, jitless: true }),
}

const expectedOk = (c: ConformanceCase, r: Run): boolean =>
  'error' in c && c.error ? !r.ok : r.ok && sameValue(r.value, c.result)
// json-logic-js mutates nothing, but cases share no objects anyway: clone the data per run.
const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T))
const reference = (c: ConformanceCase): Run => attempt(() => jsonLogic.apply(clone(c.rule) as never, clone(c.data)))
const ours = (engine: (typeof engines)['compiled'], c: ConformanceCase): Run =>
  attempt(() => engine.compile(clone(c.rule)).evaluate(clone(c.data)))

describe('compatible.json (the classic suite)', () => {
  const cases = loadSuite('compatible.json')
  it('has the 278 cases the README names', () => expect(cases).toHaveLength(278))
  for (const [mode, engine] of Object.entries(engines)) {
    it(`${mode}: passes 278/278`, () => {
      const failed = cases.filter((c) => !expectedOk(c, ours(engine, c))).map((c) => `#${c.index} ${c.description}`)
      expect(failed).toEqual([])
    })
  }
})

const JSON_LOGIC_JS_OPERATORS = new Set([
  ...'var missing missing_some if ?: == === != !== ! !! or and > >= < <= max min + - * / % map filter reduce all none some merge in cat substr method log'.split(
    ' ',
  ),
])

/** Operators a rule names that json-logic-js 2.0.5 does not have (e.g. `throw` in a branch it never evaluates). */
function foreignOperators(rule: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(rule)) rule.forEach((r) => foreignOperators(r, out))
  else if (rule && typeof rule === 'object') {
    const keys = Object.keys(rule)
    if (keys.length === 1 && !JSON_LOGIC_JS_OPERATORS.has(keys[0]!)) out.add(keys[0]!)
    for (const k of keys) foreignOperators((rule as Record<string, unknown>)[k], out)
  }
  return out
}

describe('core operator suites', () => {
  const suites = suiteNames().filter((n) => isCoreSuite(n) && n !== 'compatible.json')
  it('finds the core suites', () => expect(suites.length).toBeGreaterThanOrEqual(25))
  for (const suite of suites) {
    const cases = loadSuite(suite)
    // The set to pass: every case json-logic-js itself passes, computed here by running it.
    // Unknown operators are rejected at compile time (a safety requirement), so a case that hides
    // one in a branch json-logic-js never evaluates cannot pass; those are checked separately below.
    const lazyForeign = cases.filter((c) => foreignOperators(c.rule).size > 0)
    const passedByReference = cases.filter((c) => expectedOk(c, reference(c)) && foreignOperators(c.rule).size === 0)
    for (const [mode, engine] of Object.entries(engines)) {
      it(`${suite} (${mode}): passes every case json-logic-js passes (${passedByReference.length}/${cases.length})`, () => {
        const failed = passedByReference
          .filter((c) => !expectedOk(c, ours(engine, c)))
          .map((c) => `#${c.index} ${c.description}`)
        expect(failed).toEqual([])
      })
      if (lazyForeign.length)
        it(`${suite} (${mode}): rejects the ${lazyForeign.length} cases naming operators json-logic-js lacks, at compile time`, () => {
          for (const c of lazyForeign) {
            const o = ours(engine, c)
            expect(o.ok).toBe(false)
            expect((o as { error: RuleError }).error).toBeInstanceOf(RuleError)
            expect((o as { error: RuleError }).error.code).toBe('unknown_operator')
          }
        })
      it(`${suite} (${mode}): gives json-logic-js's answer on every other case`, () => {
        const differ = cases
          .filter((c) => foreignOperators(c.rule).size === 0)
          .filter((c) => {
            const [r, o] = [reference(c), ours(engine, c)]
            // Both rejecting is agreement; our rejection is typed.
            if (!r.ok && !o.ok) return false
            return !(r.ok && o.ok && sameValue(r.value, o.value))
          })
          .map((c) => `#${c.index} ${c.description}`)
        expect(differ).toEqual([])
      })
    }
  }
})

describe('extension suites', () => {
  it('reject operators outside json-logic-js at compile time with a typed error', () => {
    const ext = suiteNames().filter((n) => !isCoreSuite(n))
    let rejected = 0
    for (const suite of ext)
      for (const c of loadSuite(suite)) {
        const r = reference(c)
        const o = ours(engines.compiled, c)
        if (!o.ok) {
          expect(o.error instanceof RuleError || (o.error as Error).name === 'EvaluationError').toBe(true)
          rejected++
        } else if (r.ok) expect(sameValue(o.value, r.value), `${suite} #${c.index} ${c.description}`).toBe(true)
      }
    expect(rejected).toBeGreaterThan(0)
  })
})
