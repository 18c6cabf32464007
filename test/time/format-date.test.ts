import { tz } from '@date-fns/tz'
import { format } from 'date-fns/format'
import { enGB } from 'date-fns/locale/en-GB'
import { sv } from 'date-fns/locale/sv'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DATE_TOKENS, dateTokenProblem } from '../../src/criteria/date-pattern'
import { formatDate } from '../../src/time/format-date'

// Oracle: date-fns `format` with its Swedish and British English locales, which the date
// helper of message templates used before; every token, random instants, several zones.
const ZONES = ['Europe/Stockholm', 'Europe/London', 'America/New_York', 'Asia/Kolkata', 'UTC']
const PATTERNS = [
  'd MMMM yyyy',
  'EEEE d MMMM',
  "d MMMM yyyy 'kl.' HH:mm",
  "d MMMM yyyy 'at' HH:mm",
  'dd/MM/yy',
  'yyyy-MM-dd HH:mm:ss',
  'EEE d MMM',
  'M/d H:mm',
  "'week of' d MMMM",
  "d MMMM 'o''clock'",
]

describe('formatDate', () => {
  it('writes what date-fns format writes, for every token, in sv and en, in every zone', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2060-12-31'), noInvalidDate: true }),
        fc.constantFrom(...ZONES),
        fc.constantFrom('sv' as const, 'en' as const),
        fc.constantFrom(...PATTERNS),
        (date, zone, locale, pattern) =>
          formatDate(date, pattern, zone, locale) ===
          format(date, pattern, { in: tz(zone), locale: locale === 'sv' ? sv : enGB }),
      ),
      { numRuns: 3000 },
    )
  })
  it('knows every documented token and refuses any other letter', () => {
    expect(DATE_TOKENS).toContain('EEEE')
    for (const p of PATTERNS) expect(dateTokenProblem(p)).toBeNull()
    expect(dateTokenProblem('d MMMM yyyy Q')).toBe('Q')
    expect(dateTokenProblem("'Quarter' d")).toBeNull()
  })
})
