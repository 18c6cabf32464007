import { join } from 'node:path'
import { recordDecision } from '../../src/screen/record-decision'
import { describe, expect, it } from 'vitest'
import { renderMessage } from '../../src/messages/render-message'
import { toEmail } from '../../src/messages/to-email'
import { loadCriteria } from '../../src/node/load-criteria'
import { summarize } from '../../src/report/summarize'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { loadCriteriaText } from '../../src/screen/load-criteria'

const now = new Date('2026-11-20T12:00:00+01:00')
const app = {
  id: 'a-1',
  submittedAt: '2026-11-20T10:00:00+01:00',
  candidate: { firstName: 'Fatima', locale: 'sv' },
  answers: {
    workPermit: true,
    truckLicence: ['A1'],
    warehouseMonths: 30,
    eveningShifts: true,
    swedishLevel: 'B2',
    availableFrom: '2026-12-01',
  },
}

describe('toEmail', async () => {
  const screener = compileCriteria(await loadCriteria(join(__dirname, '../../rules/lagerarbetare.yaml')))
  const result = screener.screen(app, { now: 'arrival' })
  it('gives a mail library what it takes: reply-to, both parts, Content-Language, Auto-Submitted for automatic decisions', () => {
    const message = renderMessage(result, { screener, now })
    expect(message.stage).toBe('talent-pool')
    expect(toEmail(message, { from: 'Vätterlogistik <jobb@vatterlogistik.example>', to: 'fatima@example.se' })).toEqual(
      {
        from: 'Vätterlogistik <jobb@vatterlogistik.example>',
        to: 'fatima@example.se',
        replyTo: 'rekrytering@vatterlogistik.example',
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: { 'Content-Language': 'sv', 'Auto-Submitted': 'auto-generated' },
      },
    )
    const interviewed = recordDecision(
      { ...result, outcome: 'pass', nearMiss: false },
      {
        outcome: 'reject',
        reasons: { criteria: ['truckkort'] },
        by: 'Sara',
        at: new Date('2026-11-26T09:00:00+01:00'),
        interviewAt: new Date('2026-11-25T10:00:00+01:00'),
      },
      { screener },
    )
    const afterInterview = renderMessage(interviewed, { screener, now, locale: 'en' })
    expect(afterInterview.stage).toBe('rejected-after-interview')
    expect(toEmail(afterInterview, { from: 'a@b.example', to: 'c@d.example', replyTo: 'x@b.example' })).toMatchObject({
      replyTo: 'x@b.example',
      headers: { 'Content-Language': 'en' },
    })
    expect(
      toEmail(afterInterview, { from: 'a@b.example', to: 'c@d.example' }).headers['Auto-Submitted'],
    ).toBeUndefined()
  })
  it('the HTML is a complete document in the message language, with the links and list the text has', () => {
    const m = renderMessage(result, { screener, now, talentPoolUrl: 'https://ats.example/pool/a-1?token=x&y=1' })
    expect(m.html).toMatch(/^<!doctype html>\n<html lang="sv">\n<head>/)
    expect(m.html).toContain(`<title>${m.subject}</title>`)
    expect(m.html).toContain(
      '<a href="https://ats.example/pool/a-1?token&#x3D;x&amp;y&#x3D;1">https://ats.example/pool/a-1?token&#x3D;x&amp;y&#x3D;1</a>',
    )
    expect(m.text).toContain('anmäl dig på https://ats.example/pool/a-1?token=x&y=1, så sparar vi')
    expect(m.html).not.toMatch(/<(script|img|link|iframe)\b|src=|url\(/i)
  })
})

describe('message options in the criteria file and at render', () => {
  const criteria = (messages: string) => `id: t
version: 1
locale: sv
job: { title: Lagerarbetare, company: Acme, closesAt: "2026-12-31T12:00", contact: { name: Ann Berg, email: ann@acme.example } }
fields:
  b: { type: boolean, label: { sv: B } }
criteria:
  - { id: b, rule: { var: b }, required: true, nearMissAllowed: true, reason: { sv: B-körkort, en: a category B licence } }
${messages}`
  const screen = (text: string, submittedAt = '2026-11-20T10:00:00+01:00') => {
    const screener = compileCriteria(loadCriteriaText(text))
    return { screener, result: screener.screen({ id: 'x', submittedAt, answers: { b: false } }, { now: 'arrival' }) }
  }
  it('the automated-decision sentence names the review contact, and is left out when a person has reviewed the decision or the file turns it off', () => {
    const { screener, result } = screen(
      criteria('messages:\n  reviewContact: { name: Omprövning, email: omprovning@acme.example }\n'),
    )
    expect(renderMessage(result, { screener, now, stage: 'rejected' }).text).toContain(
      'Beskedet har tagits fram automatiskt utifrån svaren i ansökningsformuläret. Har något svar blivit fel, eller vill du att någon av oss går igenom din ansökan? Svara då på det här mejlet eller skriv till Omprövning på omprovning@acme.example',
    )
    const person = recordDecision(
      result,
      { outcome: 'reject', reasons: { criteria: ['b'] }, by: 'Sara Lind', at: new Date('2026-11-21T09:00:00+01:00') },
      { screener },
    )
    const byPerson = renderMessage(person, { screener, now })
    expect(byPerson.stage).toBe('rejected-by-person')
    expect(byPerson.text).not.toContain('automatiskt')
    expect(
      toEmail(byPerson, { from: 'jobb@acme.example', to: 'maja@example.se' }).headers['Auto-Submitted'],
    ).toBeUndefined()
    expect(() => renderMessage(person, { screener, now, stage: 'rejected' })).toThrow(
      /a person \(Sara Lind\) rejected it/,
    )
    const off = screen(criteria('messages:\n  automatedDecisionNotice: false\n'))
    expect(renderMessage(off.result, { screener: off.screener, now, stage: 'rejected' }).text).not.toContain(
      'automatiskt',
    )
    const interviewed = recordDecision(
      result,
      {
        outcome: 'reject',
        reasons: {
          text: {
            sv: 'Vi valde en kandidat med längre erfarenhet av kyltransporter.',
            en: 'We chose a candidate with longer experience of refrigerated transport.',
          },
        },
        by: 'Sara Lind',
        at: new Date('2026-11-26T09:00:00+01:00'),
        interviewAt: new Date('2026-11-25T10:00:00+01:00'),
      },
      { screener },
    )
    expect(renderMessage(interviewed, { screener, now }).text).not.toContain('automatiskt')
  })
  it('talent pool: the decision first; consent by default (an explicit yes, for the months the file says, withdrawable), notice on request; a review has its own address', () => {
    const consent = screen(
      criteria('messages:\n  reviewContact: { name: Omprövning, email: omprovning@acme.example }\n'),
    )
    const m = renderMessage(consent.result, { screener: consent.screener, now })
    expect([m.stage, m.talentPool]).toEqual(['talent-pool', 'consent'])
    const paragraphs = m.text.split('\n\n')
    expect(paragraphs[2]).toMatch(/^Den här gången går vi inte vidare med din ansökan, men du låg nära\./)
    // Joining: a yes by reply (or the ATS's link), for twelve months, withdrawable; without a yes the application is not kept for future jobs.
    expect(m.text).toContain(
      'Svara ”ja” på det här mejlet, så sparar vi din ansökan i vår kandidatbank i tolv månader. Ångrar du dig räcker det att du hör av dig, när som helst, så tar vi bort den därifrån. Får vi inget ja från dig sparar vi inte din ansökan för kommande tjänster.',
    )
    // A review goes to the review contact, not by a reply (which says yes to the pool), in a paragraph of its own.
    const review = paragraphs.find((p) => p.includes('går igenom din ansökan'))!
    expect(review).toContain('Skriv då till Omprövning på omprovning@acme.example')
    expect(review).not.toMatch(/svara|kandidatbank/i)
    // No promise to delete what the recruitment must keep.
    expect(m.text).not.toMatch(/tar vi bort dina uppgifter|raderar/)
    const notice = screen(criteria('messages:\n  talentPool: { mode: notice, months: 6 }\n'))
    const n = renderMessage(notice.result, { screener: notice.screener, now, locale: 'en' })
    expect(n.talentPool).toBe('notice')
    expect(n.text).toContain(
      `so we'll keep your application in our talent pool for at most six months. If you'd rather we didn't, just reply "no" to this email at any time and we'll take it out.`,
    )
    expect(n.text).not.toMatch(/delete/)
    expect(renderMessage(consent.result, { screener: consent.screener, now, locale: 'en' }).text).toContain(
      `Just reply "yes" to this email, and we'll keep your application in our talent pool for twelve months. If you change your mind, just let us know at any time and we'll take it out. If we don't get a yes from you, we won't keep your application for future roles.`,
    )
    expect(() =>
      renderMessage(consent.result, { screener: consent.screener, now, talentPoolUrl: 'javascript:alert(1)' }),
    ).toThrow(/https/)
  })
  it('summaries count near misses per talent-pool mode', () => {
    const consent = screen(criteria(''))
    const notice = screen(criteria('messages:\n  talentPool: { mode: notice }\n'))
    const entry = (s: ReturnType<typeof screen>) => ({
      ...s.result,
      message: { stage: 'talent-pool', talentPool: renderMessage(s.result, { screener: s.screener, now }).talentPool! },
    })
    expect(summarize([entry(consent), entry(consent), entry(notice), consent.result]).talentPool).toEqual({
      consent: 2,
      notice: 1,
      unknown: 1,
    })
  })
  it('a late application is told the closing time when the deadline has one', () => {
    const { screener, result } = screen(criteria(''), '2026-12-31T12:30:00+01:00')
    // Swedish writes the time "kl. 12.00", English "12:00".
    expect(renderMessage(result, { screener, now }).text).toContain(
      'Sista ansökningsdag var 31 december 2026 kl. 12.00, och din ansökan kom in efter det.',
    )
    expect(renderMessage(result, { screener, now, locale: 'en' }).text).toContain(
      'The closing date was 31 December 2026 at 12:00, and your application reached us after it',
    )
  })
  it('good news gives the date by which the contact person will call', () => {
    const { screener } = screen(criteria(''))
    const pass = screener.screen(
      { id: 'y', submittedAt: '2026-11-20T10:00:00+01:00', answers: { b: true } },
      { now: 'arrival' },
    )
    expect(renderMessage(pass, { screener, now }).text).toContain(
      'Ann Berg hör av sig senast onsdag 25 november för att boka en tid som passar dig.',
    )
  })
})
