import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CriteriaError } from '../../src/errors'
import { createEngine } from '../../src/logic/engine'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { loadCriteriaText } from '../../src/screen/load-criteria'

// Loading checks every rule once and hands what it found to compiling: a loaded document is
// not checked again when compiled with the engine it was loaded with, and is checked again
// whenever that would not be the same check (another engine, criteria changed after loading).
const text = readFileSync(join(__dirname, '../../rules/frontend-developer.yaml'), 'utf8')
const now = new Date('2026-11-23T10:00:00Z')
const application = {
  id: 'a',
  submittedAt: '2026-11-20T10:00:00+01:00',
  answers: {
    experienceYears: 4,
    skills: ['React'],
    workPermit: true,
    englishLevel: 'C1',
    swedishLevel: 'B1',
    availableFrom: '2027-01-10',
  },
}

/** An engine whose one custom operator counts how often a rule using it is compiled (its `prepare` runs once per use and compile). */
function countingEngine() {
  const calls = { n: 0 }
  const engine = createEngine({
    finiteNumbers: true,
    operators: {
      hasYears: { evaluate: ([y, n]) => Number(y) >= Number(n), returns: 'boolean', prepare: () => void calls.n++ },
    },
  })
  return { engine, calls }
}
const withCustom = text.replace('rule: { var: workPermit }', 'rule: { hasYears: [{ var: experienceYears }, 0] }')

describe('loading hands its checks to compiling', () => {
  it('the custom rule is in the file', () => expect(withCustom).not.toBe(text))
  it('a loaded document compiled with its engine is not checked again; a plain object is', () => {
    const { engine, calls } = countingEngine()
    const doc = loadCriteriaText(withCustom, { engine })
    const atLoad = calls.n
    expect(atLoad).toBeGreaterThan(0)
    compileCriteria(doc, { engine })
    const fromLoaded = calls.n - atLoad
    const before = calls.n
    compileCriteria(doc.criteria as never, { engine })
    const fromPlain = calls.n - before
    expect(fromPlain - fromLoaded).toBe(atLoad)
  })
  it('another engine, or one compiling makes, checks again', () => {
    const { engine, calls } = countingEngine()
    const doc = loadCriteriaText(withCustom, { engine })
    const other = countingEngine()
    compileCriteria(doc, { engine: other.engine })
    const fresh = countingEngine()
    compileCriteria(loadCriteriaText(withCustom, { engine: fresh.engine }), { engine: fresh.engine })
    expect(other.calls.n).toBe(fresh.calls.n)
    expect(calls.n).toBeGreaterThan(0)
  })
  it('criteria changed after loading are checked again', () => {
    const doc = loadCriteriaText(text)
    const rule = doc.criteria.criteria[1]! as { rule: unknown }
    rule.rule = { '>=': [{ var: 'experienceYearz' }, 3] }
    expect(() => compileCriteria(doc)).toThrow(CriteriaError)
  })
  it('the same results either way, and the checks are invisible in the document', () => {
    const doc = loadCriteriaText(text)
    expect(JSON.stringify(compileCriteria(doc).screen(application, { now }))).toBe(
      JSON.stringify(compileCriteria(doc.criteria as never).screen(application, { now })),
    )
    expect(Object.keys(doc)).toEqual(Object.keys({ ...doc }))
    expect(JSON.parse(JSON.stringify(doc))).toEqual(JSON.parse(JSON.stringify({ ...doc })))
  })
})
