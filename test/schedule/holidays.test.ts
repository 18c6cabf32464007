import { describe, expect, it } from 'vitest'
import { easterSunday, isHoliday, swedishHolidays } from '../../src/schedule/holidays'

describe('Swedish holidays', () => {
  it('finds Easter Sunday for known years', () => {
    const known: Record<number, string> = {
      2024: '3-31',
      2025: '4-20',
      2026: '4-5',
      2027: '3-28',
      2028: '4-16',
      2030: '4-21',
      2038: '4-25',
      2285: '3-22',
    }
    for (const [year, date] of Object.entries(known)) expect(easterSunday(Number(year)).join('-'), year).toBe(date)
  })
  it('lists 2026 as the official calendar does', () => {
    expect([...swedishHolidays(2026)]).toEqual([
      ['2026-01-01', 'nyårsdagen'],
      ['2026-01-06', 'trettondedag jul'],
      ['2026-04-03', 'långfredagen'],
      ['2026-04-04', 'påskafton'],
      ['2026-04-05', 'påskdagen'],
      ['2026-04-06', 'annandag påsk'],
      ['2026-05-01', 'första maj'],
      ['2026-05-14', 'Kristi himmelsfärds dag'],
      ['2026-05-24', 'pingstdagen'],
      ['2026-06-06', 'Sveriges nationaldag'],
      ['2026-06-19', 'midsommarafton'],
      ['2026-06-20', 'midsommardagen'],
      ['2026-10-31', 'alla helgons dag'],
      ['2026-12-24', 'julafton'],
      ['2026-12-25', 'juldagen'],
      ['2026-12-26', 'annandag jul'],
      ['2026-12-31', 'nyårsafton'],
    ])
  })
  it('puts midsommar and alla helgons dag on the right weekday every year', () => {
    for (let y = 2000; y < 2100; y++) {
      const days = swedishHolidays(y)
      const on = (name: string) => new Date(`${[...days].find(([, n]) => n === name)![0]}T12:00:00Z`)
      expect(on('midsommarafton').getUTCDay()).toBe(5)
      expect(on('midsommardagen').getUTCDay()).toBe(6)
      expect(on('alla helgons dag').getUTCDay()).toBe(6)
      expect(on('påskdagen').getUTCDay()).toBe(0)
      expect(on('midsommarafton').getUTCDate()).toBeGreaterThanOrEqual(19)
    }
  })
  it('isHoliday reads se, none and lists', () => {
    expect(isHoliday('2027-03-26', 'se')).toBe(true) // långfredagen 2027
    expect(isHoliday('2027-03-26', 'none')).toBe(false)
    expect(isHoliday('2027-03-25', ['2027-03-25'])).toBe(true)
    expect(isHoliday('2027-03-26', ['2027-03-25'])).toBe(false)
    expect(isHoliday('2027-03-26', ['se', '2027-03-25'])).toBe(true)
  })
})
