import { describe, expect, it } from 'vitest'
import {
  ApplicationError,
  CriteriaError,
  DecisionError,
  DemographicsError,
  EvaluationError,
  isApplicationError,
  isCriteriaError,
  isDecisionError,
  isDemographicsError,
  isEvaluationError,
  isRuleError,
  isScreeningError,
  RuleError,
  ScreeningError,
} from '../src/errors'
import { createEngine } from '../src/logic/engine'

// A program can hold two copies of autoscreen (its ESM and CommonJS builds, or two versions):
// errors from one must still be recognised by the other. A copy is simulated by an object that
// carries the same global marks but none of this copy's prototypes.
function fromAnotherCopy(e: Error): object {
  const copy = Object.create(Error.prototype) as Record<string | symbol, unknown>
  for (const key of [...Object.getOwnPropertyNames(e), ...Object.getOwnPropertySymbols(e)])
    Object.defineProperty(copy, key, Object.getOwnPropertyDescriptor(e, key)!)
  return copy
}

describe('errors', () => {
  const criteria = new CriteriaError([{ code: 'unknown_key', path: ['x'], message: 'unknown key "x"' }])
  const rule = new RuleError('unknown_operator', 'unknown operator "x"', ['x'])
  const evaluation = new EvaluationError('limit_steps', 'too many steps')
  const application = new ApplicationError([{ code: 'missing_key', path: ['id'], message: 'is required' }])
  const demographics = new DemographicsError([
    { code: 'short_row', path: [], line: 3, column: 6, message: 'this row has 2 cells, the header has 3' },
  ])
  const decision = new DecisionError(
    { code: 'no_reasons', path: ['reasons'], message: 'reasons are needed' },
    'decision for application a-1: reasons are needed',
  )

  it('instanceof and the type guards hold for this copy and for another copy, and only for the right class', () => {
    for (const [e, cls, guard] of [
      [criteria, CriteriaError, isCriteriaError],
      [rule, RuleError, isRuleError],
      [evaluation, EvaluationError, isEvaluationError],
      [application, ApplicationError, isApplicationError],
      [demographics, DemographicsError, isDemographicsError],
      [decision, DecisionError, isDecisionError],
    ] as const) {
      const other = fromAnotherCopy(e)
      expect(other instanceof Error).toBe(true)
      expect(Object.getPrototypeOf(other)).not.toBe(Object.getPrototypeOf(e))
      for (const x of [e, other]) {
        expect(x instanceof cls).toBe(true)
        expect(x instanceof ScreeningError).toBe(true)
        expect(guard(x)).toBe(true)
        expect(isScreeningError(x)).toBe(true)
      }
      for (const otherCls of [
        CriteriaError,
        RuleError,
        EvaluationError,
        ApplicationError,
        DemographicsError,
        DecisionError,
      ].filter((c) => c !== cls)) {
        expect(e instanceof otherCls).toBe(false)
        expect(other instanceof otherCls).toBe(false)
      }
    }
    expect(new Error('x') instanceof ScreeningError).toBe(false)
    expect(isScreeningError({ code: 'criteria_invalid' })).toBe(false)
    expect(isScreeningError(null)).toBe(false)
  })
  it('a subclass a user writes is recognised the usual way', () => {
    class MyError extends CriteriaError {}
    const mine = new MyError([])
    expect(mine instanceof MyError && mine instanceof CriteriaError && mine instanceof ScreeningError).toBe(true)
    expect(criteria instanceof MyError).toBe(false)
  })
  it('keeps the cause of an operator that threw', () => {
    const boom = new TypeError('boom')
    const engine = createEngine({
      operators: {
        explode: {
          evaluate: () => {
            throw boom
          },
        },
      },
    })
    const e = (() => {
      try {
        engine.compile({ explode: [] }).evaluate({})
      } catch (x) {
        return x
      }
    })()
    expect(e).toBeInstanceOf(EvaluationError)
    expect((e as EvaluationError).code).toBe('evaluation_failed')
    expect((e as EvaluationError).cause).toBe(boom)
  })
})

// Called from JavaScript, without types, an argument may be missing or in the wrong place: every
// public function says so with a typed error and its stable code, never a TypeError from inside.
describe('public functions called with arguments missing', () => {
  it('throw a ScreeningError that names the function and what it needs', async () => {
    const api = await import('../src/index')
    const { readFileSync } = await import('node:fs')
    const screener = api.compileCriteria(
      api.loadCriteriaText(readFileSync(new URL('../rules/frontend-developer.yaml', import.meta.url), 'utf8')),
    )
    const result = screener.screen(
      { id: 'a', submittedAt: '2026-12-01T10:00:00+01:00', answers: {} },
      { now: new Date('2026-12-02T10:00:00+01:00') },
    )
    const calls: [string, () => unknown][] = [
      ['renderMessage()', () => (api.renderMessage as (...a: unknown[]) => unknown)(result)],
      ['renderMessage()', () => (api.renderMessage as (...a: unknown[]) => unknown)(result, { screener })],
      ['renderMessage()', () => (api.renderMessage as (...a: unknown[]) => unknown)(undefined, { screener })],
      ['toEmail()', () => (api.toEmail as (...a: unknown[]) => unknown)(undefined)],
      ['recordDecision()', () => (api.recordDecision as (...a: unknown[]) => unknown)(result, { outcome: 'pass' })],
      ['deliveryPolicy()', () => (api.deliveryPolicy as (...a: unknown[]) => unknown)(undefined)],
      ['planDelivery()', () => (api.planDelivery as (...a: unknown[]) => unknown)(result, { now: new Date() })],
      ['lintCriteria()', () => (api.lintCriteria as (...a: unknown[]) => unknown)(undefined)],
      ['loadCriteriaText()', () => (api.loadCriteriaText as (...a: unknown[]) => unknown)(undefined)],
      ['formatExplanation()', () => (api.formatExplanation as (...a: unknown[]) => unknown)(undefined)],
    ]
    for (const [name, call] of calls)
      expect(call, name).toThrow(
        expect.objectContaining({ name: 'ScreeningError', message: expect.stringContaining(name) }),
      )
  })
})
