import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { STAGES, type Locale, type Stage } from '../../src/criteria/schema'
import { prepareMessages } from '../../src/messages/prepare-messages'
import { messageContext, renderMessage } from '../../src/messages/render-message'
import { toEmail } from '../../src/messages/to-email'
import { loadCriteria } from '../../src/node/load-criteria'
import { deliveryPolicy, planDelivery, prepareDelivery } from '../../src/schedule/plan-delivery'
import { stageProblem } from '../../src/schedule/stages'
import { compileCriteria, type Screener } from '../../src/screen/compile-criteria'
import { recordDecision } from '../../src/screen/record-decision'
import type { ScreeningResult } from '../../src/screen/result'
import { rng, syntheticApplications } from '../bench/synthetic'

// Issue #24: the prepared path (prepareMessages, prepareDelivery) gives exactly what the
// unprepared calls give, over many generated results: every stage that fits a result (the
// program's and a person's decisions), both languages, first names plain, right-to-left,
// escaped and unusable, and `now`s across holidays, daylight-saving changes and year ends. One
// prepared path serves every call of a rule set, so what it keeps from one call to the next
// (calendar months, templates, messages rendered for a context) is exercised too.

const dir = join(__dirname, '../../rules')
const FILES = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml') && !f.endsWith('.test.yaml'))
  .sort()
const NOWS = [
  '2026-03-27T15:30:00Z', // the Friday before summer time
  '2026-03-29T01:30:00Z', // the night the clocks go forward
  '2026-04-02T10:59:00Z', // the day before Good Friday
  '2026-06-18T11:05:00Z', // the day before midsummer eve
  '2026-10-23T10:00:00Z', // the Friday before winter time
  '2026-10-25T00:30:00Z', // the night the clocks go back
  '2026-12-22T16:10:00Z', // before Christmas
  '2026-12-30T10:00:00Z', // the year's end
  '2027-01-01T09:00:00Z', // new year's day
  '2027-01-05T11:00:00Z', // the day before Epiphany
].map((s) => new Date(s))
const NAMES = [
  'Maja',
  "O'Brien",
  'Anna-Karin',
  'Anna Karin',
  'محمد',
  'דוד',
  'Åsa  Öberg',
  'Zoë <b>',
  'Jo = Jo',
  'x@y.se',
  '',
  '   ',
]
const OWN_WORDS = { sv: 'Vi gick vidare med andra erfarenheter.', en: 'We went on with other experience.' }

/** Results of a rule set: the program's, and a person's decisions on some of them. */
function results(screener: Screener, seed: number): ScreeningResult[] {
  const r = rng(seed)
  const out: ScreeningResult[] = []
  const apps = syntheticApplications(screener.criteria, 60, seed)
  apps.forEach((a, i) => {
    const now = NOWS[i % NOWS.length]!
    // Submitted up to four days before now, at any minute.
    const submitted = now.getTime() - (120 + Math.floor(r() * 4 * 24 * 60)) * 60_000
    const submittedAt = new Date(submitted).toISOString()
    const name = NAMES[i % NAMES.length]!
    const app = {
      ...a,
      submittedAt,
      ...(name
        ? {
            candidate: {
              firstName: name,
              lastName: 'Svensson',
              email: `c${i}@example.se`,
              locale: i % 3 ? 'sv' : 'en',
            },
          }
        : {}),
    }
    const result = screener.screen(app, { now })
    out.push(result)
    const at = new Date(now.getTime() - 60_000)
    const unmet = screener.criteria.criteria.map((c) => c.id).filter(() => r() < 0.3)
    const k = i % 4
    if (k === 0) out.push(recordDecision(result, { outcome: 'pass', by: 'Sara', at }, { screener }))
    if (k === 1)
      out.push(
        recordDecision(
          result,
          { outcome: 'reject', by: 'Sara', at, reasons: unmet.length ? { criteria: unmet } : { text: OWN_WORDS } },
          { screener },
        ),
      )
    if (k === 2)
      out.push(
        recordDecision(
          result,
          {
            outcome: 'reject',
            by: 'Sara',
            at,
            interviewAt: new Date((submitted + at.getTime()) / 2),
            reasons: { criteria: unmet, text: OWN_WORDS },
          } as never,
          { screener },
        ),
      )
  })
  return out
}

describe('the prepared path gives what the unprepared calls give', () => {
  for (const [n, file] of FILES.entries())
    it(`rules/${file}: every fitting stage, both languages, several nows`, async () => {
      const screener = compileCriteria(await loadCriteria(join(dir, file)))
      const path = prepareMessages(screener)
      const delivery = prepareDelivery(deliveryPolicy(screener.criteria))
      expect(path.policy).toEqual(deliveryPolicy(screener.criteria))
      let compared = 0
      const all = results(screener, 11 + n)
      // Twice over: the second round reads what the first kept.
      for (const round of [0, 1])
        for (const [i, result] of all.entries()) {
          const now = NOWS[(i + round) % NOWS.length]!
          for (const stage of STAGES as readonly Stage[]) {
            if (stageProblem(result, stage) !== null) continue
            if (stage === 'late' && !screener.criteria.job.closesAt) continue
            for (const locale of ['sv', 'en'] as Locale[]) {
              const options = {
                now,
                stage,
                locale,
                ...(stage === 'job-closed' && i % 2 ? { jobClosed: 'closed' as const } : {}),
              }
              const want = outcome(() => renderMessage(result, { screener, ...options }))
              const got = outcome(() => path.renderMessage(result, options))
              expect(got).toEqual(want)
              if (want.value && got.value) {
                expect(JSON.stringify(got.value)).toBe(JSON.stringify(want.value))
                const email = { from: 'Acme <jobb@acme.example>', to: `c${i}@example.se` }
                expect(path.toEmail(got.value, email)).toEqual(toEmail(want.value, email))
              }
              const plan = outcome(() => planDelivery(result, deliveryPolicy(screener.criteria), { now, stage }))
              expect(outcome(() => path.planDelivery(result, { now, stage }))).toEqual(plan)
              expect(outcome(() => delivery.planDelivery(result, { now, stage }))).toEqual(plan)
              // The reply-by date alone, as a message reads it: the plan's, or the plan's error.
              const replyBy = outcome(() => delivery.replyBy(result, { now, stage }))
              expect(replyBy).toEqual(plan.error ? { error: plan.error } : { value: plan.value?.replyBy })
              compared++
            }
          }
        }
      expect(compared).toBeGreaterThan(400)
    }, 120_000)

  it('a message kept for one context is never sent for another: criteria read back that the file lacks, their own reasons', async () => {
    const screener = compileCriteria(await loadCriteria(join(dir, 'frontend-developer.yaml')))
    const path = prepareMessages(screener)
    const now = NOWS[0]!
    const rejected = results(screener, 5).find((r) => !r.decision && r.outcome === 'reject' && r.unmet.length > 0)!
    const unmet = rejected.criteria.find((c) => c.status === 'unmet' && c.required)!
    const readBack = (reason: string): ScreeningResult => {
      const copy = structuredClone(rejected)
      copy.criteria.push({ ...structuredClone(unmet), id: 'not-in-the-file', reason })
      return copy
    }
    const texts = ['The first reason, as stored.', 'Another reason, as stored.'].map((reason) => {
      const result = readBack(reason)
      const got = path.renderMessage(result, { now, stage: 'rejected', locale: 'en' })
      expect(got).toEqual(renderMessage(result, { screener, now, stage: 'rejected', locale: 'en' }))
      expect(got.text).toContain(reason.replace(/\.$/, ''))
      return got.text
    })
    expect(texts[0]).not.toBe(texts[1])
  })

  it('messageContext is built afresh for each call (nothing shared between two contexts)', async () => {
    const screener = compileCriteria(await loadCriteria(join(dir, 'frontend-developer.yaml')))
    const [result] = results(screener, 3)
    const options = { screener, now: NOWS[0]!, stage: 'received' as const, locale: 'en' as const }
    const a = messageContext(result!, options)
    a.job.title = 'changed'
    expect(messageContext(result!, options).job.title).not.toBe('changed')
  })

  it('prepareDelivery plans the next working moment as nextWorkingMoment does', async () => {
    const screener = compileCriteria(await loadCriteria(join(dir, 'lagerarbetare.yaml')))
    const policy = deliveryPolicy(screener.criteria)
    const delivery = prepareDelivery(policy)
    const { nextWorkingMoment } = await import('../../src/schedule/plan-delivery')
    // Every 37 minutes over two years (holidays, daylight-saving changes, two year ends).
    for (let t = Date.parse('2026-01-01T00:00:00Z'); t < Date.parse('2028-01-02T00:00:00Z'); t += 37 * 60_000 * 11)
      expect(delivery.nextWorkingMoment(t)).toBe(nextWorkingMoment(t, policy))
  })
})

/** What a call gives: its value, or the error it throws (code and message). */
function outcome<T>(f: () => T): { value?: T; error?: string } {
  try {
    return { value: f() }
  } catch (e) {
    return { error: `${(e as { code?: string }).code}: ${(e as Error).message}` }
  }
}
