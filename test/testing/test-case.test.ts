import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadCriteria } from '../../src/node/load-criteria'
import { runRuleTests } from '../../src/node/run-rule-tests'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { addTestCaseToText, testCaseFromResult } from '../../src/testing/test-case'

describe('a test case from a result', () => {
  it('pins down the outcome and the lists that are not empty, and passes when added to the test file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'autoscreen-case-'))
    cpSync(join(__dirname, '../../rules'), dir, { recursive: true })
    const screener = compileCriteria(await loadCriteria(join(dir, 'lagerarbetare.yaml')))
    const application = {
      id: 's-1',
      submittedAt: '2026-11-20T10:00:00+01:00',
      answers: {
        workPermit: true,
        truckLicence: ['A1'],
        warehouseMonths: 30,
        eveningShifts: true,
        swedishLevel: 'B2',
        driversLicence: ['B'],
        availableFrom: '2026-12-01',
      },
    }
    const c = testCaseFromResult(
      'A1 is not enough: a near miss',
      application,
      screener.screen(application, { now: 'arrival' }),
    )
    expect(c.expect).toEqual({ outcome: 'reject', unmet: ['truckkort'], nearMiss: true })
    const file = join(dir, 'lagerarbetare.test.yaml')
    const before = readFileSync(file, 'utf8')
    writeFileSync(file, addTestCaseToText(before, c))
    const after = readFileSync(file, 'utf8')
    expect(after.startsWith(before.trimEnd())).toBe(true) // what was there stays as written
    expect(after).toContain('  - name: "A1 is not enough: a near miss"')
    const report = await runRuleTests(file)
    expect(report.cases.at(-1)).toMatchObject({ name: 'A1 is not enough: a near miss', passed: true })
    expect(report.failed).toBe(0)
  })
  it('starts a test file when there is none', () => {
    const text = addTestCaseToText('', {
      name: 'first',
      application: { id: 'x', submittedAt: '2026-11-20T10:00:00+01:00', answers: {} },
      expect: { outcome: 'review' },
    })
    expect(text).toMatch(/^# Test cases: .*\ncases:\n {2}- name: first\n/)
  })
})
