import { describe, expect, it } from 'vitest'
import { ScreeningError } from '../../src/errors'
import { formatSummaryHtml, formatSummaryMarkdown } from '../../src/report/format-summary'
import { candidateExperienceMarkdown } from '../../src/report/format-candidate-experience'
import { parseConsents } from '../../src/report/consents'
import { parseSurveyAnswers } from '../../src/report/survey-answers'
import { createSummarizer, summarize, type ReportEntry } from '../../src/report/summarize'
import { compileCriteria } from '../../src/screen/compile-criteria'
import { growth, LINEAR } from '../helpers/growth'
import type { PersonDecision } from '../../src/screen/result'

// A small warehouse job: two requirements and one preferred criterion worth the one point
// needed; applications close at the end of 30 November (Stockholm time).
const screener = compileCriteria({
  id: 'lager',
  version: 1,
  locale: 'sv',
  job: {
    title: 'Lagerarbetare',
    company: 'Acme',
    contact: { name: 'Ann', email: 'ann@acme.example' },
    closesAt: '2026-11-30',
  },
  fields: {
    permit: { type: 'boolean', label: { sv: 'Arbetstillstånd?' } },
    licence: { type: 'boolean', label: { sv: 'Truckkort?' } },
    years: { type: 'number', label: { sv: 'År i lager?' } },
  },
  criteria: [
    { id: 'permit', rule: { var: 'permit' }, required: true, reason: { sv: 'arbetstillstånd' } },
    { id: 'licence', rule: { var: 'licence' }, required: true, reason: { sv: 'truckkort' } },
    { id: 'years', rule: { '>=': [{ var: 'years' }, 2] }, weight: 1, reason: { sv: 'två års erfarenhet' } },
  ],
  decision: { minScore: 1 },
})
const now = new Date('2026-12-02T12:00:00Z')
const NOV20 = Date.parse('2026-11-20T10:00:00Z')
const DEC01 = Date.parse('2026-12-01T10:00:00Z')
const hoursAfter = (t: number, h: number) => new Date(t + h * 3_600_000).toISOString()

type Person = PersonDecision
/** One result: screened for real, then the message planned for it and a person's decision, as an ATS stores them. */
function entry(
  id: string,
  answers: Record<string, unknown>,
  at: {
    submitted?: number
    stage?: string
    sendAfter?: number
    talentPool?: 'consent' | 'notice'
    person?: Pick<Person, 'outcome' | 'reasons'> & { after: number }
  } = {},
): ReportEntry {
  const submitted = at.submitted ?? NOV20
  const r = screener.screen({ id, submittedAt: new Date(submitted).toISOString(), answers }, { now }) as ReportEntry & {
    decision?: Person
  }
  if (at.stage)
    r.message = {
      stage: at.stage,
      ...(at.sendAfter === undefined ? {} : { sendAt: hoursAfter(submitted, at.sendAfter) }),
      ...(at.talentPool ? { talentPool: at.talentPool } : {}),
    }
  if (at.person)
    r.decision = {
      outcome: at.person.outcome,
      by: 'Ann',
      at: hoursAfter(submitted, at.person.after),
      reasons: at.person.reasons,
      previous: { outcome: r.outcome, decidedBy: 'program', hash: '' },
    }
  return r
}
const all = { permit: true, licence: true, years: 5 }

// Twelve results. "+h" is the time from submission to the answer.
const results = [
  entry('a01', all, { stage: 'advance', sendAfter: 2 }), //                                   pass, program, +2 h
  entry('a02', all, { stage: 'advance', sendAfter: 48 }), //                                  pass, program, +48 h (a band's upper bound)
  entry('a03', { ...all, permit: false }, { stage: 'rejected', sendAfter: 50 }), //           reject on permit, +50 h
  entry('a04', { ...all, permit: false, licence: false }, { stage: 'rejected', sendAfter: 100 }), // reject on permit and licence, +100 h
  entry('a05', { ...all, years: 1 }, { stage: 'rejected', sendAfter: 200 }), //               reject on points alone, +200 h
  entry('a06', { ...all, permit: false }, { submitted: DEC01, stage: 'late', sendAfter: 20 }), // late (and no permit), +20 h
  entry('a07', { permit: true, licence: true }, { stage: 'received', sendAfter: 0 }), //       review (years unanswered); only the acknowledgement
  entry('a08', all, {
    stage: 'rejected-by-person',
    sendAfter: 310,
    person: {
      outcome: 'reject',
      after: 300,
      reasons: { criteria: ['licence'], text: { sv: 'Truckkortet har gått ut.' } },
    },
  }), // program pass, person rejects on licence, +310 h
  entry(
    'a09',
    { permit: true, licence: true },
    {
      person: { outcome: 'reject', after: 60, reasons: { criteria: [], text: { sv: 'Tjänsten tillsattes internt.' } } },
    },
  ), // program review, person rejects in own words, no message: +60 h to the decision
  entry(
    'a10',
    { ...all, licence: false },
    { stage: 'advance', sendAfter: 26, person: { outcome: 'pass', after: 20, reasons: { criteria: [], text: {} } } },
  ), // program reject, person passes, +26 h
  entry('a11', { ...all, licence: false }, { stage: 'talent-pool', sendAfter: 40, talentPool: 'consent' }), // talent pool, asked to opt in
  entry('a12', { ...all, permit: false }, { stage: 'talent-pool', sendAfter: 45, talentPool: 'notice' }), //  talent pool, told
]

// Twelve answers: ten applications (a01–a10), a08 twice (the later, 0, counts), and one for
// an application in no result (x99).
const ANSWERS = `applicationId;score;comment;stage;submitted
a01;10;Snabbt och tydligt;;2026-11-21
a02;9;;;2026-11-23
a03;3;;;2026-11-23
a04;6;;;2026-11-25
a05;7;;;2026-11-29
a06;2;;;2026-12-02
a07;9;;;2026-11-21
a08;5;;;2026-12-03
a09;9;;rejected-by-person;2026-11-23
a10;10;;;2026-11-22
x99;4;Vilket jobb?;;2026-11-22
a08;0;Hörde aldrig av er;;2026-12-04
`
// Consents: a11 (asked), a12 (told, and gave it anyway), a03 (no talent-pool message) and zz (no result).
const CONSENTS = 'applicationId,at\na11,2026-11-23\na12,2026-11-24T09:00:00+01:00\na03,2026-11-24\nzz,\n'

describe('candidate NPS, on a dataset computed by hand', () => {
  const { answers, warnings } = parseSurveyAnswers(ANSWERS, { file: 'answers.csv' })
  const s = summarize(results, { survey: answers, consents: parseConsents(CONSENTS), minGroupSize: 3 })
  const ce = s.candidateExperience!

  it('reads the answers, and warns of the answer given twice', () => {
    expect(answers).toHaveLength(12)
    expect(answers[0]).toEqual({ applicationId: 'a01', score: 10, comment: 'Snabbt och tydligt' })
    expect(answers[8]).toEqual({ applicationId: 'a09', score: 9, stage: 'rejected-by-person' })
    expect(warnings).toEqual([
      {
        code: 'duplicate_answer',
        severity: 'warning',
        file: 'answers.csv',
        line: 13,
        column: 1,
        path: ['applicationId'],
        message: 'a second answer for the application "a08" (the first is on line 9): the later answer counts',
      },
    ])
  })

  it('counts the answers: 12 read, 10 counted, 1 for no result, 1 replaced, 2 with a comment', () => {
    // x99 names no result; a08's first answer (5) gives way to its second (0). Comments: a01, and a08's second; x99's is not counted.
    expect(ce.answers).toEqual({ read: 12, counted: 10, unmatched: 1, replaced: 1, withComment: 2 })
  })

  it('overall: 5 promoters, 1 passive, 4 detractors of 10: NPS +10', () => {
    // Promoters (9–10): a01 10, a02 9, a07 9, a09 9, a10 10 = 5. Passives (7–8): a05 7 = 1.
    // Detractors (0–6): a03 3, a04 6, a06 2, a08 0 = 4. NPS = 100 × (5 − 4) / 10 = +10.
    expect(ce.overall).toEqual({ answers: 10, promoters: 5, passives: 1, detractors: 4, nps: 10, small: false })
  })

  it('per stage: the answer’s stage, else the stage of the message in the results', () => {
    // advance: a01 P, a02 P, a10 P                        -> 3 answers, 3 P: +100
    // late: a06 D                                          -> 1 answer: -100 (small, under 3)
    // received: a07 P (the acknowledgement)                -> 1 answer: +100 (small)
    // rejected: a03 D, a04 D, a05 Pa                      -> 3 answers, 0 P, 2 D: 100 × (0 − 2) / 3 = -66.7
    // rejected-by-person: a08 D (its message), a09 P (the answer says; no message) -> 2 answers, 1 P, 1 D: 0 (small)
    expect(ce.byStage).toEqual({
      groups: [
        { group: 'advance', answers: 3, promoters: 3, passives: 0, detractors: 0, nps: 100, small: false },
        { group: 'late', answers: 1, promoters: 0, passives: 0, detractors: 1, nps: -100, small: true },
        { group: 'received', answers: 1, promoters: 1, passives: 0, detractors: 0, nps: 100, small: true },
        { group: 'rejected', answers: 3, promoters: 0, passives: 1, detractors: 2, nps: -66.7, small: false },
        { group: 'rejected-by-person', answers: 2, promoters: 1, passives: 0, detractors: 1, nps: 0, small: true },
      ],
      other: null,
    })
  })

  it('per outcome: the person’s decision where there is one, else the program’s', () => {
    // pass: a01 P, a02 P, a10 P (a person passed the program's rejection) -> 3, +100
    // reject: a03 D, a04 D, a05 Pa, a06 D, a08 D (a person rejected the program's pass), a09 P (a person rejected a review)
    //         -> 6 answers, 1 P, 1 Pa, 4 D: 100 × (1 − 4) / 6 = -50
    // review: a07 P -> 1, +100
    expect(ce.byOutcome.groups).toEqual([
      { group: 'pass', answers: 3, promoters: 3, passives: 0, detractors: 0, nps: 100, small: false },
      { group: 'reject', answers: 6, promoters: 1, passives: 1, detractors: 4, nps: -50, small: false },
      { group: 'review', answers: 1, promoters: 1, passives: 0, detractors: 0, nps: 100, small: true },
    ])
  })

  it('per decisive requirement: each unmet requirement, the deadline alone when late, the points, a person’s requirements or own words', () => {
    // permit: a03 D, a04 D                -> 2, -100
    // licence: a04 D (with permit), a08 D (the person's reason) -> 2, -100
    // deadline: a06 D (its permit, also unmet, is not what the late message says) -> 1, -100
    // (score): a05 Pa                     -> 1, 0
    // (free reason): a09 P                -> 1, +100
    // Seven rows' answers from six rejections: a04 counts twice.
    const byGroup = Object.fromEntries(ce.byDecisiveCriterion.groups.map(({ group, ...c }) => [group, c]))
    expect(byGroup).toEqual({
      permit: { answers: 2, promoters: 0, passives: 0, detractors: 2, nps: -100, small: true },
      licence: { answers: 2, promoters: 0, passives: 0, detractors: 2, nps: -100, small: true },
      deadline: { answers: 1, promoters: 0, passives: 0, detractors: 1, nps: -100, small: true },
      '(score)': { answers: 1, promoters: 0, passives: 1, detractors: 0, nps: 0, small: true },
      '(free reason)': { answers: 1, promoters: 1, passives: 0, detractors: 0, nps: 100, small: true },
    })
    expect(ce.byDecisiveCriterion.groups.map((g) => g.group)).toEqual(
      [...ce.byDecisiveCriterion.groups.map((g) => g.group)].sort((a, b) => a.localeCompare(b)),
    )
  })

  it('per time to answer: the send time of the answer, a person’s decision when no message says, and not the acknowledgement', () => {
    // within 24 h: a01 +2 h P, a06 +20 h D                 -> 2, 1 P, 1 D: 0
    // 1–2 days: a02 +48 h P (the upper bound is in), a10 +26 h P -> 2, +100
    // 2–5 days: a03 +50 h D, a04 +100 h D, a09 +60 h to the decision P -> 3, 1 P, 2 D: 100 × (1 − 2) / 3 = -33.3
    // 5–10 days: a05 +200 h Pa                            -> 1, 0
    // over 10 days: a08 +310 h D                          -> 1, -100
    // unknown: a07, only acknowledged, P                  -> 1, +100
    expect(ce.byResponseTime.groups.map(({ group, answers, nps }) => [group, answers, nps])).toEqual([
      ['within-24h', 2, 0],
      ['1-2-days', 2, 100],
      ['2-5-days', 3, -33.3],
      ['5-10-days', 1, 0],
      ['over-10-days', 1, -100],
      ['unknown', 1, 100],
    ])
  })

  it('per who decided: a result with a person’s decision is the person’s', () => {
    // program: a01 P, a02 P, a03 D, a04 D, a05 Pa, a06 D, a07 P -> 7: 3 P, 1 Pa, 3 D: 0
    // person: a08 D, a09 P, a10 P                              -> 3: 2 P, 1 D: 100 × (2 − 1) / 3 = +33.3
    expect(ce.byDecidedBy.groups).toEqual([
      { group: 'program', answers: 7, promoters: 3, passives: 1, detractors: 3, nps: 0, small: false },
      { group: 'person', answers: 3, promoters: 2, passives: 0, detractors: 1, nps: 33.3, small: false },
    ])
  })

  it('consents: talent-pool messages by mode, the consents given by the mode of their message, the rest apart', () => {
    // Messages: a11 consent, a12 notice. Given: a11 (consent), a12 (notice). a03 had no talent-pool message, zz no result: 2 apart.
    expect(s.consents).toEqual({
      messages: { consent: 1, notice: 1, unknown: 0 },
      given: { consent: 1, notice: 1, unknown: 0 },
      unmatched: 2,
    })
  })

  it('the same figures streamed, in any order of the results and with a result read again', () => {
    const summarizer = createSummarizer({ survey: answers, consents: parseConsents(CONSENTS), minGroupSize: 3 })
    // a08 first as the program decided it (a pass, acknowledged), then as the person did: the later result counts.
    const first = entry('a08', all, { stage: 'advance', sendAfter: 1 })
    for (const r of [first, ...[...results].reverse()]) summarizer.add(r)
    const again = summarizer.summary().candidateExperience!
    expect(again.overall).toEqual(ce.overall)
    expect(again.byDecidedBy).toEqual(ce.byDecidedBy)
    expect(again.byResponseTime).toEqual(ce.byResponseTime)
  })

  it('the Markdown report has the section with these figures', () => {
    const md = formatSummaryMarkdown(s)
    expect(md).toContain('## Candidate experience')
    expect(md).toContain('Candidate NPS +10 from 10 answers: 5 promoters (9–10), 1 passive (7–8), 4 detractors (0–6).')
    expect(md).toContain(
      '1 answer names no application in these results and is not counted. 1 answer was replaced by a later answer from the same candidate. 2 answers have a comment',
    )
    expect(md).toContain('| rejected | 3 | 0 | 1 | 2 | -67 |  |')
    expect(md).toContain('| *1–2 days* | 2 | 2 | 0 | 0 | +100 | small group |')
    expect(md).toContain('| *too few points* | 1 | 0 | 1 | 0 | 0 | small group |')
    expect(md).toContain('| *a person* | 3 | 2 | 0 | 1 | +33 |  |')
    expect(md).toContain('| *asked to opt in (consent)* | 1 | 1 | 100.0% |')
    expect(md).toContain('2 consents name no talent-pool message in these results.')
    expect(md).toContain('Groups with fewer than 3 answers are marked small')
  })

  it('in Swedish, the section’s words are Swedish', () => {
    const sv = candidateExperienceMarkdown(ce, s.consents, 'sv')
    expect(sv).toContain('## Kandidatupplevelse')
    expect(sv).toContain('Kandidat-NPS +10 från 10 svar: 5 promotorer (9–10), 1 passiv (7–8), 4 kritiker (0–6).')
    expect(sv).toContain('| *1–2 dagar* | 2 | 2 | 0 | 0 | +100 | liten grupp |')
    expect(sv).toContain('| *en person* | 3 | 2 | 0 | 1 | +33 |  |')
    expect(sv).toContain('| *ombedda att samtycka (samtycke)* | 1 | 1 | 100.0% |')
    expect(sv).not.toMatch(/\b(answers?|promoters|small group|consents?)\b/)
  })

  it('the HTML report has a chart per kind of group, accessible: a title, a description with every figure, the numbers as text', () => {
    const html = formatSummaryHtml(s)
    expect(html).toContain('<h2>Candidate experience</h2>')
    const chart =
      /<svg role="img" aria-labelledby="nps-byOutcome-title nps-byOutcome-desc"[^>]*>([\s\S]*?)<\/svg>/.exec(html)![1]!
    expect(chart).toContain('<title id="nps-byOutcome-title">Candidate NPS by outcome</title>')
    expect(chart).toContain(
      '<desc id="nps-byOutcome-desc">moves on: NPS +100, 3 answers; rejected: NPS -50, 6 answers; to a person: NPS +100, 1 answer</desc>',
    )
    // A bar per group: right of the zero line (40%) for +100, left of it for -50 (half of 40%).
    expect(chart.match(/<rect /g)).toHaveLength(3)
    expect(chart).toContain('<rect x="40.0%" y="20" width="40.0%"')
    expect(chart).toContain('<rect x="20.0%" y="20" width="20.0%"')
    expect(chart).toContain('>-50</text>')
    for (const dim of ['byStage', 'byDecisiveCriterion', 'byResponseTime', 'byDecidedBy'])
      expect(html).toContain(`<title id="nps-${dim}-title">`)
    expect(html).not.toMatch(/(?:src|href)=|@import|url\(/)
  })
})

describe('candidate NPS: edges', () => {
  const one = (id: string, score: number) => ({ applicationId: id, score })
  it('no survey: no section, and the JSON says null', () => {
    const s = summarize(results)
    expect(s.candidateExperience).toBeNull()
    expect(s.consents).toEqual({ messages: { consent: 1, notice: 1, unknown: 0 }, given: null, unmatched: 0 })
    expect(formatSummaryMarkdown(s)).not.toContain('Candidate experience')
    expect(formatSummaryHtml(s)).not.toContain('Candidate experience')
  })
  it('answers for no application in the results: counted apart, no figures', () => {
    const s = summarize(results, { survey: [one('nobody', 10)] })
    expect(s.candidateExperience!.overall).toEqual({
      answers: 0,
      promoters: 0,
      passives: 0,
      detractors: 0,
      nps: null,
      small: true,
    })
    expect(formatSummaryMarkdown(s)).toContain(
      'No survey answer names an application in these results.\n\n1 answer names no application',
    )
  })
  it('a score off the scale given by a program is a typed error, not a promoter', () => {
    expect(() => summarize(results, { survey: [one('a01', 11)] })).toThrow(ScreeningError)
    expect(() => summarize(results, { survey: [one('a01', 11)] })).toThrow(
      'survey answer 1 (application "a01"): the score 11 is not a whole number from 0 to 10',
    )
    expect(() => summarize(results, { survey: [one('a01', 9.5)] })).toThrow(/9\.5 is not a whole number/)
  })
  it('stages and requirements beyond maxGroups are added up in one row', () => {
    const survey = results
      .slice(0, 10)
      .map((r, i) => ({ applicationId: r.application.id, score: 10, stage: `s${i % 5}` }))
    const ce = summarize(results, { survey, maxGroups: 2 }).candidateExperience!
    expect(ce.byStage.groups.map((g) => g.group)).toEqual(['s0', 's1'])
    expect(ce.byStage.other).toMatchObject({ groups: 3, answers: 6, nps: 100 })
    expect(formatSummaryMarkdown(summarize(results, { survey, maxGroups: 2 }))).toContain(
      '| *3 other stages* | 6 | 6 | 0 | 0 | +100 |',
    )
  })
  it('a second job’s requirements are named with the job, as in the criteria table', () => {
    const other = {
      ...results[2]!,
      audit: { ...results[2]!.audit, criteriaId: 'kontor' },
      application: { ...results[2]!.application, id: 'k1' },
    }
    const ce = summarize([results[0]!, other], { survey: [one('k1', 3)] }).candidateExperience!
    expect(ce.byDecisiveCriterion.groups.map((g) => g.group)).toEqual(['kontor/permit'])
  })
  it('names from data are escaped in Markdown and HTML', () => {
    const s = summarize(results, {
      survey: [{ applicationId: 'a01', score: 9, stage: '<img src=x onerror=alert(1)> | # x' }],
    })
    expect(formatSummaryMarkdown(s)).toContain('| \\<img src=x onerror=alert(1)\\> \\| \\# x | 1 |')
    expect(formatSummaryHtml(s)).toContain('&lt;img src=x onerror=alert(1)&gt; | # x (1 answer)')
    expect(formatSummaryHtml(s)).not.toContain('<img')
  })
  it('results that are data: a decision or message of the wrong shape counts as the program’s, never a crash', () => {
    const odd = [
      { ...results[0]!, decision: 'yes' },
      { ...results[1]!, decision: { outcome: 'maybe' }, message: { stage: 7 as unknown as string, sendAt: 'soon' } },
    ] as unknown as ReportEntry[]
    const ce = summarize(odd, { survey: [one('a01', 9), one('a02', 1)] }).candidateExperience!
    expect(ce.byDecidedBy.groups).toEqual([
      { group: 'program', answers: 2, promoters: 1, passives: 0, detractors: 1, nps: 0, small: true },
    ])
    expect(ce.byResponseTime.groups.map((g) => [g.group, g.answers])).toEqual([
      ['within-24h', 1],
      ['unknown', 1],
    ])
    expect(ce.byStage.groups.map((g) => g.group)).toEqual(['(none)', 'advance'])
  })
})

describe('candidate NPS: cost', () => {
  it('reading the answers and summarising them grows linearly with the answers', () => {
    const g = growth(
      (n) => {
        const text = `applicationId,score,comment\n${Array.from({ length: n }, (_, i) => `a${i},${i % 11},"ok, ""fine"""`).join('\n')}\n`
        const rs = Array.from({ length: n }, (_, i) => ({
          ...results[i % 12]!,
          application: { ...results[i % 12]!.application, id: `a${i}` },
        }))
        return () => summarize(rs, { survey: parseSurveyAnswers(text).answers })
      },
      [2_000, 4_000, 8_000, 16_000],
    )
    expect(g.exponent, g.table).toBeLessThan(LINEAR)
  })
})
