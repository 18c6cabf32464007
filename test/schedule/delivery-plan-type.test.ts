import { describe, expect, expectTypeOf, it } from 'vitest'
import { DeliveryPolicySchema } from '../../src/criteria/schema'
import { planDelivery, type DeliveryPlan, type ResolvedPolicy, type ReviewPlan } from '../../src/schedule/plan-delivery'
import type { ScreeningResult } from '../../src/screen/result'

// Checked by tsc (`npm run typecheck`) as well as run: the plan of an application in review
// carries `review`, and the type says so once `outcome` is narrowed.
const policy: ResolvedPolicy = { ...DeliveryPolicySchema.parse({}), holidays: 'se', timeZone: 'Europe/Stockholm' }
const result = (outcome: ScreeningResult['outcome']) =>
  ({
    application: { id: 'a', submittedAt: '2026-11-18T09:00:00+01:00' },
    outcome,
    nearMiss: false,
    unmet: [],
  }) as unknown as ScreeningResult

describe('DeliveryPlan', () => {
  it('is discriminated by outcome: review is there exactly when the outcome is review', () => {
    expectTypeOf<Extract<DeliveryPlan, { outcome: 'review' }>['review']>().toEqualTypeOf<ReviewPlan>()
    expectTypeOf<Extract<DeliveryPlan, { outcome: 'pass' }>['review']>().toEqualTypeOf<never>()
    expectTypeOf<Extract<DeliveryPlan, { outcome: 'reject' }>['review']>().toEqualTypeOf<never>()
    // Read without narrowing, it may be absent.
    expectTypeOf<DeliveryPlan>().toHaveProperty('review').toEqualTypeOf<ReviewPlan | undefined>()
    expectTypeOf<DeliveryPlan['outcome']>().toEqualTypeOf<ScreeningResult['outcome']>()
    const plan: DeliveryPlan = planDelivery(result('review'), policy, { now: new Date('2026-11-18T09:00:00+01:00') })
    if (plan.outcome === 'review') {
      // No `!`: the narrowed type has review.
      expectTypeOf(plan.review.remindAt).toEqualTypeOf<string>()
      expect(plan.review.remindAt).toBe('2026-11-23T07:00:00.000Z')
      expect(plan.review.by).toBe(plan.replyBy)
    } else expect.unreachable('a review outcome plans a review')
  })

  it('has no review for an automatic outcome', () => {
    for (const outcome of ['pass', 'reject'] as const) {
      const plan = planDelivery(result(outcome), policy, { now: new Date('2026-11-18T09:00:00+01:00') })
      expect(plan.outcome).toBe(outcome)
      expect(plan).not.toHaveProperty('review')
    }
  })
})
