import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { DeliveryPolicySchema, type Stage } from '../../src/criteria/schema'
import { ScreeningError } from '../../src/errors'
import { planDelivery, stageFor, type ResolvedPolicy } from '../../src/schedule/plan-delivery'
import type { ScreeningResult } from '../../src/screen/result'

type Case = { name: string; submittedAt: string; stage?: Stage; now?: string; interviewAt?: string; expect: { sendAt?: string; deadline?: string; slaBreached?: boolean } } & Record<string, unknown>
const cases = parse(readFileSync(join(__dirname, '../fixtures/schedule/cases.yaml'), 'utf8'), { schema: 'core' }) as Case[]

const result = (submittedAt: string, extra: Partial<ScreeningResult> = {}) => ({ application: { id: 'a', submittedAt }, outcome: 'reject', nearMiss: false, unmet: ['x'], ...extra }) as ScreeningResult
const iso = (s: string) => new Date(s).toISOString()

describe('planDelivery', () => {
  for (const c of cases)
    it(c.name, () => {
      const { name, submittedAt, stage, now, interviewAt, expect: want, ...overrides } = c
      const policy: ResolvedPolicy = { ...DeliveryPolicySchema.parse(overrides), timeZone: 'Europe/Stockholm' }
      const plan = planDelivery(result(submittedAt), policy, {
        now: new Date(now ?? submittedAt),
        ...(stage ? { stage } : {}),
        ...(interviewAt ? { interviewAt: new Date(interviewAt) } : {}),
      })
      if (want.sendAt) expect(plan.sendAt, name).toBe(iso(want.sendAt))
      if (want.deadline) expect(plan.deadline).toBe(iso(want.deadline))
      if (want.slaBreached !== undefined) expect(plan.slaBreached).toBe(want.slaBreached)
      expect(Date.parse(plan.sendAt)).toBeGreaterThanOrEqual(Date.parse(plan.earliest))
      expect(plan.reason).toMatch(want.slaBreached ? /SLA breached/ : /Europe\/Stockholm$/)
    })

  it('never plans a message at night or on a weekend, for submissions at any hour (every 17 minutes over 3 weeks)', () => {
    const policy: ResolvedPolicy = { ...DeliveryPolicySchema.parse({}), timeZone: 'Europe/Stockholm' }
    const start = Date.parse('2026-10-19T00:00:00+02:00') // spans the October DST change
    const fmt = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    for (let t = start; t < start + 21 * 24 * 3_600_000; t += 17 * 60_000) {
      const at = new Date(t).toISOString()
      const plan = planDelivery(result(at), policy, { now: new Date(t) })
      const parts = Object.fromEntries(fmt.formatToParts(new Date(plan.sendAt)).map((p) => [p.type, p.value]))
      expect(['Sat', 'Sun']).not.toContain(parts.weekday)
      const minutes = Number(parts.hour) * 60 + Number(parts.minute)
      expect(minutes >= 8 * 60 && minutes < 17 * 60, `${at} -> ${plan.sendAt}`).toBe(true)
      expect(Date.parse(plan.sendAt) - t).toBeGreaterThanOrEqual(4 * 3_600_000)
    }
  })

  it('needs the interview time for a rejection after an interview, and an injected clock', () => {
    const policy: ResolvedPolicy = { ...DeliveryPolicySchema.parse({}), timeZone: 'Europe/Stockholm' }
    expect(() => planDelivery(result('2026-11-18T09:00:00+01:00'), policy, { now: new Date(), stage: 'rejected-after-interview' })).toThrow(ScreeningError)
    expect(() => planDelivery(result('2026-11-18T09:00:00+01:00'), policy, {} as never)).toThrow(ScreeningError)
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
