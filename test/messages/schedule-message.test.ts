import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { STAGES, type Stage } from '../../src/criteria/schema'
import { prepareMessages } from '../../src/messages/prepare-messages'
import { renderMessage } from '../../src/messages/render-message'
import { scheduleMessage, type ScheduledMessage } from '../../src/messages/schedule-message'
import { toEmail } from '../../src/messages/to-email'
import { loadCriteria } from '../../src/node/load-criteria'
import { deliveryPolicy, planDelivery, type ReviewPlan } from '../../src/schedule/plan-delivery'
import { stageProblem } from '../../src/schedule/stages'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { recordDecision } from '../../src/screen/record-decision'
import type { ScreeningResult } from '../../src/screen/result'
import { syntheticApplications } from '../bench/synthetic'

// Issue #25: one call for the message, its send time and its email, exactly what the three
// separate calls give (compared here with the unprepared functions, the reference).
const dir = join(__dirname, '../../rules')
const FILES = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml') && !f.endsWith('.test.yaml'))
  .sort()
const NOWS = ['2026-11-20T09:30:00Z', '2026-11-27T15:30:00Z', '2026-12-23T11:00:00Z', '2027-01-05T10:30:00Z'].map(
  (s) => new Date(s),
)
const from = 'Acme rekrytering <jobb@acme.example>'

describe('scheduleMessage', () => {
  for (const file of FILES)
    it(`rules/${file}: what renderMessage, planDelivery and toEmail give, for every stage that fits`, async () => {
      const screener = compileCriteria(await loadCriteria(join(dir, file)))
      const path = prepareMessages(screener)
      const policy = deliveryPolicy(screener.criteria)
      const results: ScreeningResult[] = []
      syntheticApplications(screener.criteria, 24, 5).forEach((a, i) => {
        const now = NOWS[i % NOWS.length]!
        const submittedAt = new Date(now.getTime() - (i + 1) * 5 * 3_600_000).toISOString()
        const result = screener.screen(
          {
            ...a,
            submittedAt,
            ...(i % 4 === 0 ? { answers: {} } : {}),
            candidate: { firstName: i % 2 ? 'Maja' : 'محمد', locale: i % 3 ? 'sv' : 'en' },
          },
          { now },
        )
        results.push(result)
        const at = new Date(now.getTime() - 60_000)
        if (i % 3 === 0)
          results.push(
            recordDecision(
              result,
              {
                outcome: 'reject',
                by: 'Sara',
                at,
                reasons: { text: { sv: 'Vi valde en annan.', en: 'We chose another.' } },
              },
              { screener },
            ),
          )
        if (i % 3 === 1)
          results.push(
            recordDecision(
              result,
              {
                outcome: 'reject',
                by: 'Sara',
                at,
                interviewAt: new Date(at.getTime() - 3_600_000),
                reasons: { text: { sv: 'Vi valde en annan.', en: 'We chose another.' } },
              },
              { screener },
            ),
          )
      })
      let compared = 0
      const outcomes = new Set<string>()
      for (const [i, result] of results.entries()) {
        const now = NOWS[i % NOWS.length]!
        for (const stage of [undefined, ...STAGES] as (Stage | undefined)[]) {
          if (stage && stageProblem(result, stage) !== null) continue
          if (stage === 'late' && !screener.criteria.job.closesAt) continue
          const to = `c${i}@example.se`
          const replyTo = i % 2 ? 'svar@acme.example' : undefined
          const got = scheduleMessage(path, result, {
            now,
            from,
            to,
            ...(stage ? { stage } : {}),
            ...(replyTo ? { replyTo } : {}),
            ...(i % 5 === 0 ? { locale: 'en' as const } : {}),
          })
          const message = renderMessage(result, {
            screener,
            now,
            ...(stage ? { stage } : {}),
            ...(i % 5 === 0 ? { locale: 'en' as const } : {}),
          })
          const plan = planDelivery(result, policy, { now, stage: message.stage })
          const email = toEmail(message, replyTo ? { from, to, replyTo } : { from, to })
          expect(JSON.stringify(got.message)).toBe(JSON.stringify(message))
          expect(got.plan).toEqual(plan)
          expect(got.email).toEqual(email)
          expect(got.stage).toBe(message.stage)
          expect(got.sendAt).toBe(plan.sendAt)
          expect(got.outcome).toBe(plan.outcome)
          if (got.outcome === 'review') expect(got.review).toEqual(plan.review)
          else expect(got).not.toHaveProperty('review')
          outcomes.add(got.outcome)
          compared++
        }
      }
      expect(compared).toBeGreaterThan(60)
      expect([...outcomes].sort()).toEqual(['reject', 'review', ...(outcomes.has('pass') ? ['pass'] : [])].sort())
    }, 60_000)

  it('plans a rejection after an interview from the interview given', async () => {
    const screener = compileCriteria(await loadCriteria(join(dir, 'lagerarbetare.yaml')))
    const path = prepareMessages(screener)
    const now = new Date('2026-11-24T09:00:00Z')
    const result = screener.screen(
      { id: 'a', submittedAt: '2026-11-20T09:00:00+01:00', answers: {} },
      { now: new Date('2026-11-20T10:00:00Z') },
    )
    const decided = recordDecision(
      result,
      {
        outcome: 'reject',
        by: 'Sara',
        at: now,
        interviewAt: '2026-11-23T14:00:00+01:00',
        reasons: { text: { sv: 'Vi valde en annan.', en: 'We chose another.' } },
      },
      { screener },
    )
    const interviewAt = new Date('2026-11-24T08:00:00+01:00')
    const got = scheduleMessage(path, decided, { now, from, to: 'a@example.se', interviewAt })
    expect(got.plan).toEqual(
      planDelivery(decided, deliveryPolicy(screener.criteria), { now, stage: 'rejected-after-interview', interviewAt }),
    )
    expect(got.plan).not.toEqual(
      planDelivery(decided, deliveryPolicy(screener.criteria), { now, stage: 'rejected-after-interview' }),
    )
  })

  it('throws what the separate calls throw: a stage that does not fit, an address that is not one', async () => {
    const screener = compileCriteria(await loadCriteria(join(dir, 'lagerarbetare.yaml')))
    const path = prepareMessages(screener)
    const now = new Date('2026-11-20T10:00:00Z')
    const result = screener.screen({ id: 'a', submittedAt: '2026-11-20T09:00:00+01:00', answers: {} }, { now })
    expect(() => scheduleMessage(path, result, { now, from, to: 'a@example.se', stage: 'advance' })).toThrow(
      expect.objectContaining({ code: 'stage_mismatch' }),
    )
    expect(() => scheduleMessage(path, result, { now, from, to: 'a@example.se, b@example.se' })).toThrow(
      expect.objectContaining({ code: 'unsafe_header' }),
    )
  })

  it('is typed so that a review outcome always has its review plan', () => {
    expectTypeOf<Extract<ScheduledMessage, { outcome: 'review' }>['plan']['review']>().toEqualTypeOf<ReviewPlan>()
    expectTypeOf<Extract<ScheduledMessage, { outcome: 'review' }>['review']>().toEqualTypeOf<ReviewPlan>()
    expectTypeOf<Extract<ScheduledMessage, { outcome: 'pass' }>['review']>().toEqualTypeOf<never>()
    expectTypeOf<ScheduledMessage['outcome']>().toEqualTypeOf<'pass' | 'reject' | 'review'>()
  })
})
