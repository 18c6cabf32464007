import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runRuleTests, toJUnit } from '../../src/testing/run-rule-tests'

const dir = join(__dirname, '../fixtures/testing')

describe('runRuleTests', () => {
  it('checks every expectation and shows expected and actual values', async () => {
    const r = await runRuleTests(join(dir, 'minimal.test.yaml'))
    expect(r.criteriaFile).toBe(join(dir, 'minimal.yaml'))
    expect(r.cases.map((c) => c.passed)).toEqual([true, false, true])
    expect(r.cases[1]!.failures).toEqual([
      { field: 'outcome', expected: 'pass', actual: 'reject' },
      { field: 'unmet', expected: [], actual: ['years'] },
      { field: 'message', expected: 'no such text', actual: expect.stringContaining('at least a year of experience') },
    ])
    expect(r.cases[1]!.explanations.years).toBe('years is 0; at least 1 required')
    expect([r.passed, r.failed]).toEqual([2, 1])
  })
  it('measures coverage per criterion and status', async () => {
    const r = await runRuleTests(join(dir, 'minimal.test.yaml'))
    expect(r.coverage.years).toEqual({ met: true, unmet: true, missing: true, applicable: ['met', 'unmet', 'missing'] })
    expect(r.coveragePercent).toBe(100)
    const only = await runRuleTests(join(dir, 'minimal.test.yaml'), { run: /passes/ })
    expect(only.cases).toHaveLength(1)
    expect(only.coveragePercent).toBe(33.3)
  })
  it('every bundled rule set passes its cases with full coverage', async () => {
    for (const name of ['frontend-developer', 'lagerarbetare', 'b2b-saljare']) {
      const r = await runRuleTests(join(__dirname, `../../rules/${name}.test.yaml`))
      expect(r.failed, name).toBe(0)
      expect(r.coveragePercent, name).toBe(100)
    }
  })
  it('writes JUnit XML with escaped failures', async () => {
    const xml = toJUnit([await runRuleTests(join(dir, 'minimal.test.yaml'))])
    expect(xml).toContain('<testsuites name="autoscreen" tests="3" failures="1">')
    expect(xml).toContain('<testcase classname="minimal.test.yaml" name="wrong expectation fails with both values shown"><failure message="outcome: expected &quot;pass&quot;, got &quot;reject&quot;')
  })
})
