import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Stage } from '../../src/criteria/schema'
import { isHoliday, swedishHolidays } from '../../src/schedule/holidays'
import { deliveryPolicy, planDelivery, type DeliveryPlan } from '../../src/schedule/plan-delivery'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { DEADLINE_ID } from '../../src/screen/deadline'
import { loadCriteriaText } from '../../src/screen/load-criteria'
import type { ScreeningResult } from '../../src/screen/result'
import { withDecision } from '../helpers/fit-stage'

// Issue #21, "done when": submissions swept over a whole year (every 5 h 17 min through 2027,
// and every 47 minutes from December 2026 through January 2027) for every bundled rule set give
// no promised date and no rejection on a weekend, a holiday or after a cut-off. The oracle is
// independent of the planner: local times from Intl, days off from the Swedish calendar
// (swedishHolidays) and the rule set's own list.
const RULES = join(__dirname, '../../rules')
const HOUR = 3_600_000
const ZONE = 'Europe/Stockholm'
const format = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  weekday: 'short',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})
// The oracle's answers are kept by instant and by year: Intl and the calendar are asked once each.
const locals = new Map<string, { date: string; weekday: string; time: string }>()
const local = (iso: string) => {
  let l = locals.get(iso)
  if (l === undefined) {
    const p = Object.fromEntries(format.formatToParts(new Date(iso)).map((x) => [x.type, x.value]))
    l = { date: `${p.year}-${p.month}-${p.day}`, weekday: p.weekday!, time: `${p.hour}:${p.minute}` }
    locals.set(iso, l)
  }
  return l
}
const nextDate = (date: string) => new Date(Date.parse(`${date}T12:00:00Z`) + 24 * HOUR).toISOString().slice(0, 10)
const holidaysByYear = new Map<number, ReadonlyMap<string, string>>()
const swedish = (date: string) => {
  const year = Number(date.slice(0, 4))
  let days = holidaysByYear.get(year)
  if (days === undefined) holidaysByYear.set(year, (days = swedishHolidays(year)))
  return days.has(date)
}

const times: number[] = []
for (let t = Date.parse('2027-01-01T00:00:00+01:00'); t < Date.parse('2028-01-01T00:00:00+01:00'); t += 317 * 60_000)
  times.push(t)
for (let t = Date.parse('2026-12-01T00:00:00+01:00'); t < Date.parse('2027-02-01T00:00:00+01:00'); t += 47 * 60_000)
  times.push(t)

const result = (submittedAt: string, outcome: ScreeningResult['outcome'], extra: Partial<ScreeningResult> = {}) =>
  ({
    application: { id: 'a', submittedAt },
    outcome,
    nearMiss: false,
    unmet: outcome === 'reject' ? ['x'] : [],
    ...extra,
  }) as ScreeningResult

describe('a year of submissions, for every bundled rule set', () => {
  const files = readdirSync(RULES).filter((n) => /\.ya?ml$/.test(n) && !n.includes('.test.'))
  it('finds the bundled rule sets', () => expect(files.length).toBeGreaterThanOrEqual(4))

  for (const file of files)
    it(`${file}: no promised date and no rejection on a weekend, a holiday or after a cut-off`, () => {
      const screener = compileCriteria(loadCriteriaText(readFileSync(join(RULES, file), 'utf8'), { file }))
      const policy = deliveryPolicy(screener.criteria)
      expect(policy.timeZone).toBe(ZONE)
      // The Swedish calendar is the floor for every bundled rule set; its own days come on top.
      const dayOff = (date: string, weekday: string) =>
        !policy.workingDays.includes(weekday.toLowerCase() as never) ||
        swedish(date) ||
        isHoliday(date, policy.holidays)
      const [start, end] = [policy.workingHours.start, policy.workingHours.end]
      const weekly = policy.rejectionsNotAfter
      const beforeDaysOff = policy.rejectionsBeforeDaysOff
      expect(weekly).toEqual({ day: 'fri', time: '12:00' })
      expect(beforeDaysOff).toBe('12:00')

      const problems: string[] = []
      const counts = { promised: 0, rejections: 0 }
      /** A date told to the candidate: the end of working hours on a working day that is no holiday. */
      const promised = (what: string, iso: string | undefined) => {
        counts.promised++
        if (iso === undefined) return void problems.push(`${what}: no date`)
        const l = local(iso)
        if (dayOff(l.date, l.weekday)) problems.push(`${what} ${iso}: ${l.weekday} ${l.date} is a day off`)
        if (l.time !== end) problems.push(`${what} ${iso}: ${l.time}, not ${end}`)
      }
      const rejection = (what: string, plan: DeliveryPlan, notBefore: number) => {
        counts.rejections++
        const l = local(plan.sendAt)
        const label = `${what} -> ${plan.sendAt} (${l.weekday} ${l.date} ${l.time})`
        if (dayOff(l.date, l.weekday)) problems.push(`${label}: a day off`)
        if (l.time < start || l.time >= end) problems.push(`${label}: outside working hours`)
        if (weekly && l.weekday.toLowerCase() === weekly.day && l.time >= weekly.time)
          problems.push(`${label}: after the weekly cut-off`)
        const tomorrow = nextDate(l.date)
        if (beforeDaysOff && dayOff(tomorrow, local(`${tomorrow}T12:00:00+01:00`).weekday) && l.time >= beforeDaysOff)
          problems.push(`${label}: after ${beforeDaysOff} before a day off`)
        if (Date.parse(plan.sendAt) < notBefore) problems.push(`${label}: before the minimum delay`)
        if (plan.slaBreached) problems.push(`${label}: SLA breached (${plan.deadline})`)
      }

      for (const t of times) {
        const at = new Date(t)
        const submittedAt = at.toISOString()
        // Automatic outcomes: the acknowledgement promises the SLA date; the decision keeps it.
        const automatic = [
          result(submittedAt, 'pass'),
          result(submittedAt, 'reject'),
          result(submittedAt, 'reject', { nearMiss: true }),
          result(submittedAt, 'reject', { unmet: [DEADLINE_ID] }),
        ]
        const received = planDelivery(automatic[0]!, policy, { now: at, stage: 'received' })
        promised(`received ${submittedAt}`, received.replyBy)
        const stages = new Set<Stage>()
        for (const r of automatic) {
          const plan = planDelivery(r, policy, { now: at })
          stages.add(plan.stage)
          if (Date.parse(plan.deadline) > Date.parse(received.replyBy!))
            problems.push(
              `${plan.stage} ${submittedAt}: deadline ${plan.deadline} after the promised ${received.replyBy}`,
            )
          if (plan.stage === 'advance') {
            promised(`advance ${submittedAt}`, plan.replyBy)
            if (plan.slaBreached) problems.push(`advance ${submittedAt}: SLA breached`)
          } else rejection(`${plan.stage} ${submittedAt}`, plan, t + policy.minDelayHours * HOUR)
        }
        expect([...stages].sort()).toEqual(['advance', 'late', 'rejected', 'talent-pool'])

        // Human review: the acknowledgement promises review.by; the reminder is working time
        // before it; a decision made when the reminder comes goes out by the promised date.
        const review = result(submittedAt, 'review')
        const ack = planDelivery(review, policy, { now: at })
        if (ack.outcome !== 'review') throw new Error('a review outcome plans a review')
        expect(ack.stage).toBe('received')
        promised(`review.by ${submittedAt}`, ack.review.by)
        if (ack.replyBy !== ack.review.by)
          problems.push(`received ${submittedAt}: promises ${ack.replyBy}, review by ${ack.review.by}`)
        const remind = local(ack.review.remindAt)
        counts.promised++
        if (dayOff(remind.date, remind.weekday) || remind.time < start || remind.time >= end)
          problems.push(`review.remindAt ${submittedAt}: ${ack.review.remindAt} is not working time`)
        if (ack.review.remindAt > ack.review.by || Date.parse(ack.review.remindAt) < t)
          problems.push(
            `review.remindAt ${submittedAt}: ${ack.review.remindAt} not between submission and ${ack.review.by}`,
          )
        const decided = new Date(Math.max(Date.parse(ack.review.remindAt), t))
        const no = planDelivery(withDecision(review, 'reject', decided), policy, { now: decided })
        rejection(`rejected after review ${submittedAt}`, no, decided.getTime())
        if (no.deadline !== ack.review.by)
          problems.push(`rejected after review ${submittedAt}: deadline ${no.deadline}, promised ${ack.review.by}`)

        // A rejection after an interview held at this time.
        const interview = planDelivery(
          withDecision(result(new Date(t - 14 * 24 * HOUR).toISOString(), 'pass'), 'reject', at, at),
          policy,
          { now: at },
        )
        expect(interview.stage).toBe('rejected-after-interview')
        rejection(`rejected-after-interview at ${submittedAt}`, interview, t + policy.afterInterviewMinHours * HOUR)
      }
      expect(problems.slice(0, 20)).toEqual([])
      expect(counts.promised).toBe(times.length * 4)
      expect(counts.rejections).toBe(times.length * 5)
      expect(times.length).toBeGreaterThan(3_500)
    })

  it('moves a rejection after an interview on 22 December 2026 from the 23rd, 14:00, to Monday 28 December, 08:00', () => {
    for (const file of files) {
      const policy = deliveryPolicy(
        compileCriteria(loadCriteriaText(readFileSync(join(RULES, file), 'utf8'), { file })).criteria,
      )
      const plan = planDelivery(
        withDecision(
          result('2026-12-01T10:00:00+01:00', 'pass'),
          'reject',
          '2026-12-22T15:00:00+01:00',
          '2026-12-22T14:00:00+01:00',
        ),
        policy,
        { now: new Date('2026-12-22T15:00:00+01:00') },
      )
      expect(plan.stage).toBe('rejected-after-interview')
      expect(plan.sendAt, file).toBe(new Date('2026-12-28T08:00:00+01:00').toISOString())
    }
  })
})
