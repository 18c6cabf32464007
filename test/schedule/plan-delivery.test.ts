import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { DeliveryPolicySchema, type Stage } from '../../src/criteria/schema'
import { ScreeningError } from '../../src/errors'
import { isHoliday } from '../../src/schedule/holidays'
import { planDelivery, prepareDelivery, stageFor, type ResolvedPolicy } from '../../src/schedule/plan-delivery'
import type { ScreeningResult } from '../../src/screen/result'
import { withDecision } from '../helpers/fit-stage'

type Case = {
  name: string
  submittedAt: string
  stage?: Stage
  now?: string
  interviewAt?: string
  outcome?: ScreeningResult['outcome']
  expect: {
    sendAt?: string
    deadline?: string
    replyBy?: string | null
    slaBreached?: boolean
    review?: { by: string; remindAt: string }
  }
} & Record<string, unknown>
const cases = parse(readFileSync(join(__dirname, '../fixtures/schedule/cases.yaml'), 'utf8'), {
  schema: 'core',
}) as Case[]

const result = (submittedAt: string, extra: Partial<ScreeningResult> = {}) =>
  ({
    application: { id: 'a', submittedAt },
    outcome: 'reject',
    nearMiss: false,
    unmet: ['x'],
    ...extra,
  }) as ScreeningResult
const iso = (s: string) => new Date(s).toISOString()
// A plan refuses a stage the decision does not fit: good news needs a pass, a rejection after an
// interview a person's rejection recorded with the interview, and an application in review is
// decided by a person (at `now`), whose rejection is rejected-by-person.
const fitted = (
  r: ScreeningResult,
  stage: Stage | undefined,
  interviewAt: string | undefined,
  now: string,
): [ScreeningResult, Stage | undefined] => {
  if (stage === 'advance')
    return [r.outcome === 'review' ? withDecision(r, 'pass', now) : { ...r, outcome: 'pass' }, stage]
  if (stage === 'rejected' && r.outcome === 'review') return [withDecision(r, 'reject', now), 'rejected-by-person']
  if (stage === 'rejected-after-interview' && interviewAt)
    return [withDecision({ ...r, outcome: 'pass' }, 'reject', interviewAt, interviewAt), stage]
  return [r, stage]
}
/** A policy as deliveryPolicy() resolves it for a job in Europe/Stockholm. */
const stockholm = (overrides: Record<string, unknown> = {}): ResolvedPolicy => {
  const parsed = DeliveryPolicySchema.parse(overrides)
  return { ...parsed, holidays: parsed.holidays ?? 'se', timeZone: 'Europe/Stockholm' }
}
const local = (t: number | string) =>
  Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Stockholm',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
      .formatToParts(new Date(t))
      .map((p) => [p.type, p.value]),
  )

describe('planDelivery', () => {
  for (const c of cases)
    it(c.name, () => {
      const { name, submittedAt, stage, now, interviewAt, outcome, expect: want, ...overrides } = c
      const [fit, fitStage] = fitted(
        result(submittedAt, outcome ? { outcome } : {}),
        stage,
        interviewAt,
        now ?? submittedAt,
      )
      const plan = planDelivery(fit, stockholm(overrides), {
        now: new Date(now ?? submittedAt),
        ...(fitStage ? { stage: fitStage } : {}),
        ...(interviewAt ? { interviewAt: new Date(interviewAt) } : {}),
      })
      if (want.sendAt) expect(plan.sendAt, name).toBe(iso(want.sendAt))
      if (want.deadline) expect(plan.deadline).toBe(iso(want.deadline))
      if (want.replyBy === null) expect(plan).not.toHaveProperty('replyBy')
      else if (want.replyBy) expect(plan.replyBy).toBe(iso(want.replyBy))
      if (want.review) expect(plan.review).toEqual({ by: iso(want.review.by), remindAt: iso(want.review.remindAt) })
      // The outcome that stands: a person's decision on a result is the plan's outcome.
      expect(plan.outcome).toBe(fit.decision?.outcome ?? fit.outcome)
      if (plan.outcome === 'review') expect(plan.review).toBeDefined()
      else expect(plan).not.toHaveProperty('review')
      if (want.slaBreached !== undefined) expect(plan.slaBreached).toBe(want.slaBreached)
      expect(Date.parse(plan.sendAt)).toBeGreaterThanOrEqual(Date.parse(plan.earliest))
      expect(plan.reason).toMatch(want.slaBreached ? /SLA breached/ : /Europe\/Stockholm$/)
      expect(plan.reason).not.toMatch(/automatic/)
    })

  it('never plans a rejection at night, on a weekend, on a holiday, or after Friday 12:00 (submissions every 17 minutes over 9 weeks)', () => {
    const policy = stockholm()
    const start = Date.parse('2026-10-19T00:00:00+02:00') // spans the October DST change and Christmas
    for (let t = start; t < start + 70 * 24 * 3_600_000; t += 17 * 60_000) {
      const at = new Date(t).toISOString()
      const plan = planDelivery(result(at), policy, { now: new Date(t) })
      const p = local(plan.sendAt)
      const minutes = Number(p.hour) * 60 + Number(p.minute)
      expect(['Sat', 'Sun'], `${at} -> ${plan.sendAt}`).not.toContain(p.weekday)
      expect(minutes >= 8 * 60 && minutes < 17 * 60, `${at} -> ${plan.sendAt}`).toBe(true)
      expect(p.weekday === 'Fri' && minutes >= 12 * 60, `${at} -> ${plan.sendAt}`).toBe(false)
      expect(isHoliday(`${p.year}-${p.month}-${p.day}`, 'se'), `${at} -> ${plan.sendAt}`).toBe(false)
      expect(Date.parse(plan.sendAt) - t).toBeGreaterThanOrEqual(4 * 3_600_000)
      // Weekends and holidays stand still on the SLA clock: no submission breaches it by design.
      expect(plan.slaBreached, `${at} -> ${plan.sendAt}, deadline ${plan.deadline}`).toBe(false)
    }
  })

  it('gives every acknowledgement a reply-by date', () => {
    const policy = stockholm()
    for (
      let t = Date.parse('2026-11-16T00:00:00+01:00');
      t < Date.parse('2026-11-23T00:00:00+01:00');
      t += 53 * 60_000
    ) {
      const plan = planDelivery(result(new Date(t).toISOString(), { outcome: 'review' }), policy, { now: new Date(t) })
      expect(plan.stage).toBe('received')
      expect(plan.sendAt).toBe(new Date(t).toISOString())
      expect(Date.parse(plan.replyBy!)).toBeGreaterThan(t)
    }
  })

  it('needs the interview time for a rejection after an interview, and an injected clock', () => {
    const policy = stockholm()
    expect(() =>
      planDelivery(result('2026-11-18T09:00:00+01:00'), policy, { now: new Date(), stage: 'rejected-after-interview' }),
    ).toThrow(ScreeningError)
    expect(() => planDelivery(result('2026-11-18T09:00:00+01:00'), policy, {} as never)).toThrow(ScreeningError)
  })

  it('says what is wrong, with a typed error, when called from JavaScript with its arguments missing or swapped', () => {
    const r = result('2026-11-18T09:00:00+01:00')
    const now = new Date('2026-11-18T10:00:00+01:00')
    // Found in a trial: planDelivery(result, { screener, now }) threw a TypeError on the missing third argument.
    expect(() => planDelivery(r, { now } as never, undefined as never)).toThrow(
      expect.objectContaining({ code: 'invalid_option', message: expect.stringContaining('{ now: Date }') }),
    )
    expect(() => planDelivery(r, undefined as never, { now })).toThrow(
      expect.objectContaining({ code: 'invalid_option', message: expect.stringContaining('deliveryPolicy') }),
    )
    expect(() => prepareDelivery({} as never)).toThrow(ScreeningError)
  })
})

describe('stageFor', () => {
  it('maps outcomes to stages', () => {
    expect(stageFor(result('x', { outcome: 'pass' }))).toBe('advance')
    expect(stageFor(result('x', { outcome: 'review' }))).toBe('received')
    expect(stageFor(result('x', { unmet: ['deadline'] }))).toBe('late')
    expect(stageFor(result('x', { nearMiss: true }))).toBe('talent-pool')
    expect(stageFor(result('x'))).toBe('rejected')
  })
})
