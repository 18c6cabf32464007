import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  failureDetails,
  loadCriteriaText,
  localDateTime,
  readTestCases,
  removeTestCase,
  runRuleTestSource,
  setTestCase,
  submissionTime,
  testCaseId,
  type TestCase,
} from '../../src/index'

// Test cases as a recruiter keeps them in the Studio: listed, replaced, renamed and removed in
// the text with its comments kept; ids from the candidate's name; times with the job's offset.

const FILE = `# Lagerarbetare: the cases we agreed on
cases:
  # Anna has everything
  - name: a strong candidate passes
    application: { id: anna, submittedAt: "2026-11-20T10:00:00+01:00", candidate: { firstName: Anna }, answers: { x: 1 } }
    expect: { outcome: pass } # checked by Eva
  - name: Bo is late
    application: { id: bo, submittedAt: "2026-12-06T23:30:00+01:00", candidate: { firstName: Bo }, answers: {} }
    expect: { outcome: reject }
  - name: from a file
    application: cases/late.json
    expect: { outcome: reject }
`
const newCase = (name: string, firstName: string, answers: Record<string, unknown> = {}): TestCase => ({
  name,
  application: { id: 'ignored', submittedAt: '2026-11-21T09:00:00+01:00', candidate: { firstName }, answers },
  expect: { outcome: 'review', missing: ['x'] },
})

describe('readTestCases', () => {
  it('lists each case with its id, name, candidate and expectation, in order', () => {
    const cases = readTestCases(FILE)
    expect(cases.map((c) => [c.index, c.id, c.name, c.firstName, c.expect?.outcome])).toEqual([
      [0, 'anna', 'a strong candidate passes', 'Anna', 'pass'],
      [1, 'bo', 'Bo is late', 'Bo', 'reject'],
      [2, null, 'from a file', null, 'reject'],
    ])
    expect(cases[1]!.submittedAt).toBe('2026-12-06T23:30:00+01:00')
    expect(cases[2]!.application).toBe('cases/late.json')
  })
  it('finds no cases in an empty text, one that is not YAML, or one without a cases list', () => {
    for (const text of ['', '   \n', 'cases: [\n', 'id: job\n', '- a\n']) expect(readTestCases(text), text).toEqual([])
  })
})

describe('setTestCase', () => {
  it('replaces a case in place, keeping every comment and the other cases as written', () => {
    const edit = setTestCase(FILE, 'bo', newCase('Bo is late after all', 'Bo', { y: 2 }))
    expect(edit.ok).toBe(true)
    if (!edit.ok) return
    expect(edit.text).toContain('# Lagerarbetare: the cases we agreed on')
    expect(edit.text).toContain('# Anna has everything')
    expect(edit.text).toContain('# checked by Eva')
    expect(edit.text).toContain('application: cases/late.json')
    const cases = readTestCases(edit.text)
    expect(cases.map((c) => c.id)).toEqual(['anna', 'bo', null])
    expect(cases[1]!.name).toBe('Bo is late after all')
    expect(cases[1]!.expect).toEqual({ outcome: 'review', missing: ['x'] })
    expect((cases[1]!.application as { answers: unknown }).answers).toEqual({ y: 2 })
    // The maps people write on one line stay on one line.
    expect(edit.text).toMatch(
      /expect: \{ outcome: review, missing: \[ x \] \}|expect: \{ outcome: review, missing: \[x\] \}/,
    )
    // A round trip: writing a case as it was read changes nothing a reader sees.
    const again = setTestCase(edit.text, 'bo', {
      name: cases[1]!.name,
      application: cases[1]!.application as TestCase['application'],
      expect: cases[1]!.expect!,
    })
    expect(again.ok && readTestCases(again.text)).toEqual(cases)
  })
  it('adds a case under its own id when none has it, to an empty text too', () => {
    const added = setTestCase(FILE, 'cecilia', newCase('new', 'Cecilia'))
    expect(added.ok && readTestCases(added.text).map((c) => c.id)).toEqual(['anna', 'bo', null, 'cecilia'])
    const fresh = setTestCase('', 'dan', newCase('first', 'Dan'))
    expect(fresh.ok && readTestCases(fresh.text).map((c) => [c.id, c.name])).toEqual([['dan', 'first']])
  })
  it('renames a case to an id no other case has, and refuses one that is taken', () => {
    const renamed = setTestCase(FILE, 'bo', newCase('Bo is late', 'Bo'), { rename: 'bo-late' })
    expect(renamed.ok && readTestCases(renamed.text).map((c) => c.id)).toEqual(['anna', 'bo-late', null])
    expect(setTestCase(FILE, 'bo', newCase('Bo', 'Bo'), { rename: 'anna' })).toEqual({
      ok: false,
      reason: 'id_taken',
      id: 'anna',
    })
    expect(setTestCase(FILE, 'nobody', newCase('x', 'X'), { rename: 'y' })).toEqual({
      ok: false,
      reason: 'no_such_case',
      id: 'nobody',
    })
  })
  it('does not rewrite a text that is not a test file', () => {
    for (const text of ['cases: [\n', 'id: job\njob: { title: x }\n', 'cases: 3\n'])
      expect(setTestCase(text, 'a', newCase('a', 'A')), text).toEqual({ ok: false, reason: 'not_a_test_file', id: 'a' })
  })
})

describe('removeTestCase', () => {
  it('removes one case and keeps the rest, comments included', () => {
    const edit = removeTestCase(FILE, 'bo')
    expect(edit.ok && readTestCases(edit.text).map((c) => c.id)).toEqual(['anna', null])
    expect(edit.ok && edit.text).toContain('# checked by Eva')
    expect(removeTestCase(FILE, 'nobody')).toEqual({ ok: false, reason: 'no_such_case', id: 'nobody' })
    const all = removeTestCase(
      removeTestCase(FILE, 'anna').ok ? (removeTestCase(FILE, 'anna') as { text: string }).text : '',
      'bo',
    )
    expect(all.ok && readTestCases(all.text).map((c) => c.id)).toEqual([null])
  })
})

describe('testCaseId', () => {
  it.each([
    ['Anna', [], 'anna'],
    ['Åsa', [], 'asa'],
    ['Märta-Lövis', [], 'marta-lovis'],
    ['Björn Östlund', [], 'bjorn-ostlund'],
    ['Søren', [], 'soren'],
    ['  ', [], 'case'],
    ['李', [], 'case'],
    ['Anna', ['anna'], 'anna-2'],
    ['anna', ['anna', 'anna-2', 'anna-3'], 'anna-4'],
    ['Åsa', ['asa', null], 'asa-2'],
  ] as const)('%s (taken: %j) is %s', (name, taken, id) => {
    expect(testCaseId(name, taken)).toBe(id)
  })
})

describe('submissionTime', () => {
  it('writes a local time in the job’s zone with that zone’s offset, across daylight saving time', () => {
    expect(submissionTime('2026-12-06T23:30', 'Europe/Stockholm')).toBe('2026-12-06T23:30:00+01:00')
    expect(submissionTime('2026-07-01T09:00', 'Europe/Stockholm')).toBe('2026-07-01T09:00:00+02:00')
    // The last hour of summer time and the first of winter time, on the day the clocks go back.
    expect(submissionTime('2026-10-25T01:30', 'Europe/Stockholm')).toBe('2026-10-25T01:30:00+02:00')
    expect(submissionTime('2026-10-25T04:00', 'Europe/Stockholm')).toBe('2026-10-25T04:00:00+01:00')
    expect(submissionTime('2026-03-29T03:30', 'Europe/Stockholm')).toBe('2026-03-29T03:30:00+02:00')
    expect(submissionTime('2026-12-06T23:30', 'America/New_York')).toBe('2026-12-06T23:30:00-05:00')
    expect(submissionTime('2026-12-06T23:30', 'Asia/Kolkata')).toBe('2026-12-06T23:30:00+05:30')
    expect(submissionTime('not a date', 'Europe/Stockholm')).toBeNull()
  })
  it('reads back as the local time it was made from (localDateTime)', () => {
    for (const local of [
      '2026-01-15T08:00',
      '2026-06-15T17:45',
      '2026-10-25T01:59',
      '2026-10-25T03:00',
      '2026-12-31T23:59',
    ])
      expect(localDateTime(submissionTime(local, 'Europe/Stockholm')!, 'Europe/Stockholm'), local).toBe(local)
    expect(localDateTime('2026-12-06T22:30:00Z', 'Europe/Stockholm')).toBe('2026-12-06T23:30')
    expect(localDateTime('nonsense', 'Europe/Stockholm')).toBeNull()
  })
  it('names the same instant as the local time it was given', () => {
    for (const local of ['2026-01-15T08:00', '2026-06-15T17:45', '2026-10-25T01:59'])
      expect(new Date(submissionTime(local, 'Europe/Stockholm')!).getTime(), local).toBe(
        new Date(`${local}:00${submissionTime(local, 'Europe/Stockholm')!.slice(-6)}`).getTime(),
      )
  })
})

describe('failureDetails', () => {
  it('gives the outcome, the score against minScore and each criterion whose status differed, with why', async () => {
    const root = join(__dirname, '../..')
    const criteria = loadCriteriaText(readFileSync(join(root, 'rules/lagerarbetare.yaml'), 'utf8'), {
      file: 'lagerarbetare.yaml',
    })
    const cases = readTestCases(readFileSync(join(root, 'rules/lagerarbetare.test.yaml'), 'utf8'))
    const good = cases.find((c) => c.expect?.outcome === 'pass' && typeof c.application === 'object')!
    // The case passes; expecting a rejection on an evening-shift requirement makes it fail.
    const wrong = setTestCase('cases: []\n', 'x', {
      name: 'wrong',
      application: good.application as TestCase['application'],
      expect: { outcome: 'reject', unmet: ['kvallsskift'] },
    })
    expect(wrong.ok).toBe(true)
    const report = await runRuleTestSource({
      text: wrong.ok ? wrong.text : '',
      file: 'lagerarbetare.test.yaml',
      criteria: () => criteria,
    })
    const d = failureDetails(report.cases[0]!)
    expect(d.passed).toBe(false)
    expect(d.outcome).toEqual({ expected: 'reject', actual: 'pass' })
    expect(d.score).toEqual({
      score: report.cases[0]!.actual.score,
      minScore: report.cases[0]!.actual.minScore,
      maxScore: report.cases[0]!.actual.maxScore,
      nearMiss: false,
    })
    expect(d.criteria).toEqual([
      {
        id: 'kvallsskift',
        list: 'unmet',
        expected: true,
        actual: 'met',
        ...(report.cases[0]!.explanations.kvallsskift ? { why: report.cases[0]!.explanations.kvallsskift } : {}),
      },
    ])
    expect(d.expectations).toBe(report.cases[0]!.failures)
  })
})
