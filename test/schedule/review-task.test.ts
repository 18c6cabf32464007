import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { prepareMessages } from '../../src/messages/prepare-messages'
import { loadCriteria } from '../../src/node/load-criteria'
import { deliveryPolicy, planDelivery, prepareDelivery } from '../../src/schedule/plan-delivery'
import { reviewTask } from '../../src/schedule/review-task'
import { compileCriteria } from '../../src/screen/compile-criteria'
import type { Application } from '../../src/screen/application'
import { recordDecision } from '../../src/screen/record-decision'

// Issue #25: a review task a queue can schedule: due at the date the candidate was promised,
// a reminder at a concrete working-time instant, never in the past, from the injected clock.
const rules = join(__dirname, '../../rules')
const screener = compileCriteria(await loadCriteria(join(rules, 'lagerarbetare.yaml')))
const policy = deliveryPolicy(screener.criteria)
const delivery = prepareDelivery(policy)
// Wednesday 18 November 2026, 09:00 in Stockholm: due Wednesday 25th 17:00, reminder Monday 23rd 08:00.
const submittedAt = '2026-11-18T09:00:00+01:00'
const arrival = new Date('2026-11-18T08:05:00Z')
const inReview = screener.screen({ id: 'a-7', submittedAt, answers: { workPermit: true } }, { now: arrival })

describe('reviewTask', () => {
  it('is due when the candidate was promised, reminds two working days before, and lists what to check', () => {
    expect(inReview.outcome).toBe('review')
    const task = reviewTask(inReview, delivery, { now: arrival })!
    const plan = planDelivery(inReview, policy, { now: arrival })
    expect(plan.outcome === 'review' && plan.review).toEqual({
      by: '2026-11-25T16:00:00.000Z',
      remindAt: '2026-11-23T07:00:00.000Z',
    })
    expect(task).toMatchObject({
      applicationId: 'a-7',
      criteriaId: 'lagerarbetare-jonkoping',
      criteriaVersion: screener.criteria.version,
      dueAt: '2026-11-25T16:00:00.000Z',
      remindAt: '2026-11-23T07:00:00.000Z',
      overdue: false,
    })
    // One check per criterion the program could not decide, with the answers that would decide it.
    const undecided = inReview.criteria.filter((c) => ['missing', 'invalid', 'review', 'error'].includes(c.status))
    expect(task.checks.map((c) => c.criterion)).toEqual(undecided.map((c) => c.id))
    expect(task.checks.length).toBeGreaterThan(0)
    for (const check of task.checks) {
      expect(check.status).toBe('missing')
      expect(check.fields.length).toBeGreaterThan(0)
      expect(check.fields.every((f) => f in screener.criteria.fields)).toBe(true)
      expect(check.note).toMatch(/not answered/)
      expect(check.reason).toBe(inReview.criteria.find((c) => c.id === check.criterion)!.reason)
    }
  })

  it.each([
    ["before the reminder: the plan's reminder", '2026-11-20T12:00:00Z', '2026-11-23T07:00:00.000Z', false],
    [
      'the reminder passed, in the evening: the next working morning',
      '2026-11-24T19:00:00Z',
      '2026-11-25T07:00:00.000Z',
      false,
    ],
    ['the reminder passed, in working hours: now', '2026-11-25T10:30:00Z', '2026-11-25T10:30:00.000Z', false],
    ['past the due date: overdue, now', '2026-11-26T09:00:00Z', '2026-11-26T09:00:00.000Z', true],
    [
      'past the due date on a Saturday: overdue, Monday morning',
      '2026-11-28T10:00:00Z',
      '2026-11-30T07:00:00.000Z',
      true,
    ],
  ])('%s', (_, now, remindAt, overdue) => {
    const task = reviewTask(inReview, delivery, { now: new Date(now) })!
    expect(task.remindAt).toBe(remindAt)
    expect(task.overdue).toBe(overdue)
    expect(task.dueAt).toBe('2026-11-25T16:00:00.000Z')
    expect(Date.parse(task.remindAt)).toBeGreaterThanOrEqual(Date.parse(now))
  })

  it('is null when nobody needs to review: an automatic outcome, or a person has decided', () => {
    const examples = readFileSync(join(__dirname, '../../examples/applications/lagerarbetare.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => screener.screen(JSON.parse(l) as Application, { now: 'arrival' }))
    const automatic = examples.filter((r) => r.outcome !== 'review')
    expect(new Set(automatic.map((r) => r.outcome))).toEqual(new Set(['pass', 'reject']))
    for (const r of automatic) expect(reviewTask(r, delivery, { now: arrival })).toBeNull()
    const decided = recordDecision(
      inReview,
      { outcome: 'pass', by: 'Sara', at: '2026-11-19T10:00:00+01:00' },
      { screener },
    )
    expect(reviewTask(decided, delivery, { now: arrival })).toBeNull()
  })

  it('gives the same task from a policy, a prepared planner or a prepared message path', () => {
    const now = new Date('2026-11-24T19:00:00Z')
    const want = reviewTask(inReview, delivery, { now })
    expect(reviewTask(inReview, policy, { now })).toEqual(want)
    expect(reviewTask(inReview, prepareMessages(screener).delivery, { now })).toEqual(want)
  })

  it("carries the field's note for the reviewer on an answer marked for a person", async () => {
    const s = compileCriteria(await loadCriteria(join(rules, 'underskoterska-hemtjanst.yaml')))
    const result = s.screen(
      { id: 'u', submittedAt, answers: { utbildning: 'Annan motsvarande utbildning' } },
      { now: arrival },
    )
    const task = reviewTask(result, deliveryPolicy(s.criteria), { now: arrival })!
    const check = task.checks.find((c) => c.status === 'review')!
    expect(check.fields).toEqual(['utbildning'])
    expect(check.note).toContain('Bedöm om utbildningen motsvarar vård- och omsorgsprogrammet; begär kursintyg.')
  })

  it('refuses a now that is not a date', () => {
    expect(() => reviewTask(inReview, delivery, { now: new Date('nonsense') })).toThrow(
      expect.objectContaining({ code: 'invalid_option' }),
    )
  })
})
