// The reason of a delivery plan, which a recruiter reads next to the send time, in the language
// asked for: the same plan, the same times, other words.
import { describe, expect, it } from 'vitest'
import { DeliveryPolicySchema } from '../../src/criteria/schema'
import { planDelivery, type ResolvedPolicy } from '../../src/schedule/plan-delivery'
import type { ScreeningResult } from '../../src/screen/result'

const policy = (overrides: Record<string, unknown> = {}): ResolvedPolicy => {
  const parsed = DeliveryPolicySchema.parse(overrides)
  return { ...parsed, holidays: parsed.holidays ?? 'se', timeZone: 'Europe/Stockholm' }
}
const result = (outcome: ScreeningResult['outcome'], submittedAt: string) =>
  ({
    application: { id: 'a', submittedAt },
    outcome,
    nearMiss: false,
    unmet: outcome === 'reject' ? ['x'] : [],
  }) as unknown as ScreeningResult

describe("a delivery plan's reason in the recruiter's language", () => {
  it('says the same plan in Swedish and in English, with the weekday in the language asked for', () => {
    // Saturday evening: good news goes out Monday 08:00.
    const r = result('pass', '2026-12-05T19:00:00+01:00')
    const now = new Date('2026-12-05T19:00:00+01:00')
    const en = planDelivery(r, policy(), { now })
    const sv = planDelivery(r, policy(), { now, locale: 'sv' })
    expect(sv.sendAt).toBe(en.sendAt)
    expect(en.reason).toBe(
      'good news goes out in the first working time, without delay; moved to the next working time: mon 2026-12-07 08:00 Europe/Stockholm',
    )
    expect(sv.reason).toBe(
      'goda besked skickas under första arbetstiden, utan dröjsmål; flyttat till nästa arbetstid: mån 2026-12-07 08:00 Europe/Stockholm',
    )
  })

  it('words a rejection held back by the weekly cut-off in Swedish, with no English word left', () => {
    // Friday afternoon, rejections not after Friday 12:00: the next working week.
    const r = result('reject', '2026-12-04T09:00:00+01:00')
    const now = new Date('2026-12-04T15:00:00+01:00')
    const sv = planDelivery(r, policy({ rejectionsNotAfter: { day: 'fri', time: '12:00' } }), { now, locale: 'sv' })
    expect(sv.reason).toMatch(
      /^tidigast \d+ timmar efter ansökan; inga avslag efter fredag kl\. 12:00, därför nästa arbetsvecka: mån 2026-12-07 \d\d:\d\d Europe\/Stockholm$/,
    )
  })
})
