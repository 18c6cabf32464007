import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatIssue } from '../../src/issues/format-issue'
import { readDecisionSettings, setDecisionSettings } from '../../src/criteria/edit-decision'
import { readJobSettings, setJobSettings } from '../../src/criteria/edit-job'
import { loadCriteriaText } from '../../src/screen/load-criteria'
import { firstIssue } from '../helpers/first-issue.js'

// The job form and the decision form write into the file as a person would: the changed
// values' lines change, and every other line (comments above all) stays as written.
const text = readFileSync(join(__dirname, '../../rules/lagerarbetare.yaml'), 'utf8')

/** The lines of `after` that differ from `before`, with their numbers, when the line count is the same. */
const changed = (before: string, after: string) => {
  const a = before.split('\n')
  const b = after.split('\n')
  expect(b.length).toBe(a.length)
  return b.flatMap((line, i) => (line === a[i] ? [] : [[i + 1, line] as const]))
}

const issueOf = firstIssue

describe('the job settings', () => {
  it('reads them as written', () => {
    expect(readJobSettings(text)).toEqual({
      title: { sv: 'Lagerarbetare, kvällsskift', en: 'Warehouse worker, evening shift' },
      company: 'Vätterlogistik AB',
      contact: { name: 'Ahmed Karimi', email: 'rekrytering@vatterlogistik.example' },
      closesAt: { date: '2026-12-06', text: '2026-12-06' },
      timezone: 'Europe/Stockholm',
      holidays: ['se', '2027-01-07'],
    })
  })

  it('changes only the lines of the values that change', () => {
    const after = setJobSettings(text, {
      title: { sv: 'Lagerarbetare, nattskift', en: 'Warehouse worker, evening shift' },
      company: 'Vätterlogistik AB',
      closesAt: { date: '2026-12-07', time: '23:59' },
      contact: { name: 'Ahmed Karimi', email: 'jobb@vatterlogistik.example' },
      holidays: 'se',
    })
    expect(changed(text, after)).toEqual([
      [8, '    sv: Lagerarbetare, nattskift'],
      [11, '  closesAt: 2026-12-07T23:59'],
      [15, '    email: jobb@vatterlogistik.example'],
      [132, '  holidays: se'],
    ])
    expect(loadCriteriaText(after).criteria.job.closesAt).toBe('2026-12-07T23:59')
  })

  it('puts a new key where the examples put it, and null removes it', () => {
    const added = setJobSettings(text, { url: 'https://vatterlogistik.example/jobb' })
    const lines = added.split('\n')
    expect(lines.slice(12, 17)).toEqual([
      '  contact:',
      '    name: Ahmed Karimi',
      '    email: rekrytering@vatterlogistik.example',
      '  url: https://vatterlogistik.example/jobb',
      '',
    ])
    expect(setJobSettings(added, { url: null })).toBe(text)
    const noClose = setJobSettings(text, { closesAt: null })
    expect(noClose).toBe(text.replace('  closesAt: 2026-12-06\n', ''))
  })

  it('keeps a closing time it cannot show (an offset) while date and time are unchanged', () => {
    const withOffset = text.replace('closesAt: 2026-12-06', 'closesAt: 2026-12-06T23:59+01:00 # svensk tid')
    expect(readJobSettings(withOffset).closesAt).toEqual({
      date: '2026-12-06',
      time: '23:59',
      text: '2026-12-06T23:59+01:00',
    })
    expect(
      setJobSettings(withOffset, { closesAt: { date: '2026-12-06', time: '23:59' }, company: 'Vätterlogistik AB' }),
    ).toBe(withOffset)
    // A changed value keeps the inline comment after it.
    expect(setJobSettings(withOffset, { closesAt: { date: '2026-12-08' } })).toContain(
      '  closesAt: 2026-12-08 # svensk tid\n',
    )
  })

  it('writes a title in one language or many, from either', () => {
    const one = setJobSettings(text, { title: 'Lagerarbetare' })
    expect(
      changed(text, one.replace('  title: Lagerarbetare\n', '  title:\n    sv: x\n    en: y\n')).map(([n]) => n),
    ).toEqual([8, 9])
    expect(readJobSettings(one).title).toBe('Lagerarbetare')
    expect(
      setJobSettings(one, { title: { sv: 'Lagerarbetare, kvällsskift', en: 'Warehouse worker, evening shift' } }),
    ).toBe(text)
  })

  it('creates delivery when the file has none, and holidays as a list of dates', () => {
    const bare = text.slice(0, text.indexOf('\ndelivery:') + 1)
    const after = setJobSettings(bare, { holidays: ['se', '2026-12-28'] })
    expect(after).toBe(`${bare}delivery:\n  holidays: [se, 2026-12-28]\n`)
    expect(loadCriteriaText(after).criteria.delivery?.holidays).toEqual(['se', '2026-12-28'])
  })

  it.each([
    [{ closesAt: { date: '2026-02-30' } }, 'job.closesAt', 'date'],
    [{ closesAt: { date: '6/12/2026' } }, 'job.closesAt', 'date'],
    [{ closesAt: { date: '2026-12-06', time: '24:00' } }, 'job.closesAt', 'time'],
    [{ timezone: 'Europe/Jönköping' }, 'job.timezone', 'timezone'],
    [{ holidays: ['se', 'julafton'] }, 'delivery.holidays', 'holidays'],
  ] as const)('refuses %j, writing nothing, in words for both languages', (change, path, kind) => {
    const issue = issueOf(() => setJobSettings(text, change as never))
    expect(issue).toMatchObject({ code: 'edit_invalid_value', params: { path, kind } })
    expect(formatIssue(issue, 'sv')).toMatch(/^[\w.]+: ".+" är inte /)
    expect(formatIssue(issue, 'en')).toMatch(/^[\w.]+: ".+" is not /)
  })
})

describe('the decision settings', () => {
  it('reads and writes minScore and nearMissMargin in their lines', () => {
    expect(readDecisionSettings(text)).toEqual({ minScore: 2, nearMissMargin: 1 })
    const after = setDecisionSettings(text, { minScore: 3 })
    expect(changed(text, after)).toEqual([[127, '  minScore: 3']])
    expect(setDecisionSettings(text, { nearMissMargin: null })).toBe(text.replace('  nearMissMargin: 1\n', ''))
    expect(readDecisionSettings('id: x\n')).toEqual({})
    expect(setDecisionSettings('id: x\n', { minScore: 1, nearMissMargin: 0.5 })).toBe(
      'id: x\ndecision:\n  minScore: 1\n  nearMissMargin: 0.5\n',
    )
  })
  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s', (v) => {
    expect(issueOf(() => setDecisionSettings(text, { minScore: v }))).toMatchObject({
      code: 'edit_invalid_value',
      path: ['decision', 'minScore'],
    })
  })
})
