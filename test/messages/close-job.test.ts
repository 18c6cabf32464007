import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Stage } from '../../src/criteria/schema'
import { closeJob, type JobApplication } from '../../src/messages/close-job'
import { renderMessage } from '../../src/messages/render-message'
import { loadCriteria } from '../../src/node/load-criteria'
import { compileCriteria, type Screener } from '../../src/screen/compile-criteria'
import { recordDecision } from '../../src/screen/record-decision'
import { FINAL_STAGES, stageFor } from '../../src/schedule/stages'
import { exampleApplications } from '../helpers/examples'

const apps = exampleApplications('frontend-developer')
let screener: Screener
beforeAll(async () => {
  screener = compileCriteria(await loadCriteria(join(__dirname, '../../rules/frontend-developer.yaml')))
})
const now = new Date('2026-12-14T10:00:00+01:00')

describe('closeJob', () => {
  it('every open application gets exactly one final answer, none gets two, and the answered ones are listed', () => {
    const results = apps.map((a) => screener.screen(a, { now: 'arrival' }))
    const byOutcome = (o: string) => results.filter((r) => r.outcome === o)
    expect(byOutcome('pass').length).toBeGreaterThan(0)
    expect(byOutcome('review').length).toBeGreaterThan(0)
    expect(byOutcome('reject').length).toBeGreaterThan(0)
    // Every way an application can stand when the job closes, several times over: answered or not,
    // the program's or a person's decision, before or after an interview.
    const open: JobApplication[] = []
    const expected = new Map<string, Stage | 'answered'>()
    let n = 0
    for (const r of results) {
      const variants: [JobApplication, Stage | 'answered'][] = []
      const id = (s: string) => ({ ...r, application: { ...r.application, id: `${r.application.id}-${s}-${n++}` } })
      if (r.outcome === 'reject') {
        variants.push([{ result: id('unsent'), sent: ['received'] }, stageFor(r)])
        variants.push([{ result: id('sent'), sent: ['received', stageFor(r)] }, 'answered'])
      } else {
        variants.push([
          { result: id('waiting'), sent: r.outcome === 'pass' ? ['received', 'advance'] : ['received'] },
          'job-closed',
        ])
        const decidedAt = new Date(Date.parse(r.application.submittedAt) + 3 * 86_400_000)
        const rejected = recordDecision(
          id('person'),
          { outcome: 'reject', reasons: { criteria: ['typescript'] }, by: 'Sara', at: decidedAt },
          { screener },
        )
        variants.push([{ result: rejected, sent: ['received'] }, 'rejected-by-person'])
        const rejectedAndSent = {
          ...rejected,
          application: { ...rejected.application, id: `${rejected.application.id}-sent` },
        }
        variants.push([{ result: rejectedAndSent, sent: ['received', 'rejected-by-person'] }, 'answered'])
        const passed = recordDecision(id('interview'), { outcome: 'pass', by: 'Sara', at: decidedAt }, { screener })
        variants.push([{ result: passed, sent: ['received', 'advance'] }, 'job-closed'])
        const afterInterview = recordDecision(
          { ...passed, application: { ...passed.application, id: `${passed.application.id}-i` } },
          {
            outcome: 'reject',
            reasons: { criteria: ['typescript'] },
            by: 'Omar',
            at: new Date(decidedAt.getTime() + 2 * 86_400_000),
            interviewAt: new Date(decidedAt.getTime() + 86_400_000),
          },
          { screener },
        )
        variants.push([{ result: afterInterview, sent: ['received', 'advance'] }, 'rejected-after-interview'])
      }
      for (const [entry, want] of variants) {
        open.push(entry)
        expected.set(entry.result.application.id, want)
      }
    }
    const { answers, alreadyAnswered } = closeJob(open, { screener, now })
    const answered = new Map(answers.map((a) => [a.id, a]))
    // Exactly one answer or one "already answered" per application: none twice, none left out.
    expect(answers.length + alreadyAnswered.length).toBe(open.length)
    expect(new Set([...answers.map((a) => a.id), ...alreadyAnswered.map((a) => a.id)]).size).toBe(open.length)
    for (const [id, want] of expected) {
      if (want === 'answered') {
        expect(answered.has(id), id).toBe(false)
        expect(FINAL_STAGES).toContain(alreadyAnswered.find((a) => a.id === id)!.stage)
      } else {
        const a = answered.get(id)!
        expect(a.stage, id).toBe(want)
        expect(a.message.stage).toBe(want)
        expect(a.plan.stage).toBe(want)
        expect(Date.parse(a.plan.sendAt)).toBeGreaterThanOrEqual(now.getTime())
        expect(a.message.automated).toBe(want !== 'job-closed' && !want.startsWith('rejected-'))
      }
    }
    // What the candidates still waiting read: the position is filled, nothing about their answers.
    const closed = answers.find((a) => a.stage === 'job-closed')!.message
    expect(closed.text).toContain(
      'Tjänsten är nu tillsatt, och rekryteringen är avslutad. Därför går vi inte vidare med din ansökan.',
    )
    expect(closed.text).not.toMatch(/automatiskt|krävs|uppfyll/)
    // Closing again with what was just sent leaves nobody with a second answer.
    const sent = new Map(answers.map((a) => [a.id, a.stage]))
    const again = closeJob(
      open.map((e) => ({
        ...e,
        sent: sent.has(e.result.application.id) ? [...e.sent, sent.get(e.result.application.id)!] : e.sent,
      })),
      { screener, now },
    )
    expect(again.answers).toEqual([])
    expect(again.alreadyAnswered.length).toBe(open.length)
  })

  it('a job closed without filling it says so; bad input is a typed error naming the application', () => {
    const review = screener.screen(apps.find((a) => a.id === 'fe-1004')!, { now: 'arrival' })
    expect(review.outcome).toBe('review')
    const [answer] = closeJob([{ result: review, sent: ['received'] }], { screener, now, reason: 'closed' }).answers
    expect(answer!.message.text).toContain('Vi har avslutat rekryteringen utan att tillsätta tjänsten.')
    expect(() =>
      closeJob(
        [
          { result: review, sent: [] },
          { result: review, sent: ['received'] },
        ],
        { screener, now },
      ),
    ).toThrow(/fe-1004 is listed twice/)
    expect(() => closeJob([{ result: review, sent: ['rejcted' as Stage] }], { screener, now })).toThrow(
      /"rejcted" is not a message stage/,
    )
    expect(() => closeJob([{ result: review } as JobApplication], { screener, now })).toThrow(
      /sent must be the list of stages/,
    )
    expect(() => closeJob([{ result: review, sent: [] }], { screener, now: new Date(Number.NaN) })).toThrow(
      /needs \{ now: Date \}/,
    )
    expect(() => closeJob([{ result: review, sent: [] }], { screener, now, reason: 'gone' as never })).toThrow(
      /reason must be/,
    )
  })
})

describe('an invitation', () => {
  it('advance with meetingAt names the day and time, in each language as it is written there; a past or misplaced one is refused', () => {
    const pass = screener.screen(apps.find((a) => a.id === 'fe-1001')!, { now: 'arrival' })
    expect(pass.outcome).toBe('pass')
    const at = new Date('2026-12-16T09:30:00+01:00')
    const sv = renderMessage(pass, { screener, now, meetingAt: at, locale: 'sv' })
    expect(sv.text).toContain(
      'Nästa steg är ett första samtal, onsdag 16 december kl. 09.30. Passar tiden inte, svara på det här mejlet så hittar vi en annan.',
    )
    expect(sv.text).not.toContain('hör av sig')
    expect(renderMessage(pass, { screener, now, meetingAt: at, locale: 'en' }).text).toContain(
      'on Wednesday 16 December at 09:30.',
    )
    expect(() => renderMessage(pass, { screener, now, meetingAt: new Date('2026-12-01T09:00:00+01:00') })).toThrow(
      /meetingAt must be a Date after now/,
    )
    const review = screener.screen(apps.find((a) => a.id === 'fe-1004')!, { now: 'arrival' })
    expect(() => renderMessage(review, { screener, now, meetingAt: at })).toThrow(
      /meetingAt is for the advance message/,
    )
  })
})
