// The reference ATS end to end, on real parts: PostgreSQL (Debian's server, started here),
// pg-boss on the same database, nodemailer into an SMTP server on 127.0.0.1, and the webhook
// over HTTP. A TestClock stands in for the calendar: the story runs over a week of the job's
// time in seconds, and every message is checked to have left at its planned time.
import { readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { FINAL_STAGES, type Application, type Stage } from 'autoscreen'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAts, type Ats } from './ats.js'
import { TestClock } from './clock.js'
import { smtpTransport, startMailCapture, type MailCapture } from './mail.js'
import { startPostgres, type Postgres } from './postgres.js'
import { remind } from './review.js'
import { messageId } from './schedule.js'
import { createAtsServer } from './server.js'

const JOB = 'frontend-developer'
const rules = readFileSync('rules/frontend-developer.yaml', 'utf8')
const apps = Object.fromEntries(
  readFileSync('examples/applications/frontend-developer.jsonl', 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Application)
    .map((a) => [a.id, a]),
)

const clock = new TestClock('2026-11-20T09:14:30+01:00')
let postgres: Postgres
let capture: MailCapture
let ats: Ats
let base: string
let closeServer: () => Promise<void>

beforeAll(async () => {
  ;[postgres, capture] = await Promise.all([startPostgres(), startMailCapture()])
  ats = await startAts({
    databaseUrl: postgres.url,
    transport: smtpTransport(capture.url),
    clock,
    from: 'Nordlys rekrytering <jobb@nordlys.example>',
  })
  const server = createAtsServer(ats)
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  closeServer = () => new Promise((ok) => server.close(() => ok()))
})

afterAll(async () => {
  await closeServer?.()
  await ats?.stop()
  await capture?.stop()
  await postgres?.stop()
})

// biome-ignore lint/suspicious/noExplicitAny: the tests read the JSON answers' fields directly
type Json = Record<string, any>

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }> {
  const response = await fetch(base + path, {
    method,
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  })
  return { status: response.status, body: (await response.json()) as Json }
}

/** Sets the clock and re-times what is queued, as if the days in between had passed. */
async function travelTo(at: string): Promise<void> {
  clock.set(at)
  await ats.retime()
}

interface Row {
  id: number
  stage: Stage
  state: string
  send_at: Date
  sent_at: Date | null
  to: string
  text: string
  cancelled_why: string | null
}
async function outbox(applicationId: string, job = JOB): Promise<Row[]> {
  const { rows } = await ats.pool.query(
    `select id::int, stage, state, send_at, sent_at, email->>'to' as to, email->>'text' as text, cancelled_why from outbox where job_id = $1 and application_id = $2 order by id`,
    [job, applicationId],
  )
  return rows as Row[]
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 5000): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((ok) => setTimeout(ok, 100))
  }
}

/**
 * How late a message may leave: the queue looks for due jobs every 0.5 s, and a message planned
 * "at once" was planned when the request came in, before its transaction committed. On a busy
 * two-core CI machine that adds up to more than a second; never to a minute.
 */
const LATENESS_MS = 3000

/**
 * Waits until the application's message of `stage` is sent, and checks that it left at its
 * planned time (not before, and within LATENESS_MS after) and reached the SMTP server, to the
 * candidate, once.
 */
async function delivered(applicationId: string, stage: Stage, job = JOB): Promise<Row> {
  const row = await until(`${job} ${applicationId} ${stage}`, async () =>
    (await outbox(applicationId, job)).find((m) => m.stage === stage && m.state === 'sent'),
  )
  const late = row.sent_at!.getTime() - row.send_at.getTime()
  expect(late, `${applicationId} ${stage}: sent ${late} ms after its planned time`).toBeGreaterThanOrEqual(0)
  expect(late).toBeLessThan(LATENESS_MS)
  const mails = capture.messages.filter((m) => m.header('Message-ID') === messageId(ats, row.id))
  expect(mails).toHaveLength(1)
  expect(mails[0]!.to).toEqual([apps[applicationId]!.candidate!.email])
  return row
}

const post = (id: string, body: unknown = apps[id], job = JOB) => call('POST', `/jobs/${job}/applications`, body)

describe('the reference ATS, end to end', () => {
  it('publishes the criteria as the job’s active version; nothing stored needs recompiling', async () => {
    expect(await call('PUT', `/jobs/${JOB}/criteria`, rules)).toMatchObject({ status: 200, body: { changed: true } })
    expect(await call('PUT', `/jobs/${JOB}/criteria`, rules)).toMatchObject({ status: 200, body: { changed: false } })
    expect((await call('PUT', `/jobs/${JOB}/criteria`, rules.replace('id: frontend-developer', 'id: x'))).status).toBe(
      422,
    )
    expect((await call('PUT', `/jobs/${JOB}/criteria`, rules.replace('required: true', 'reqired: true'))).status).toBe(
      422,
    )
    expect(await ats.criteria.checkUpgrade()).toEqual([])
  })

  it('screens 20 identical concurrent posts once; the same id with other answers is a conflict', async () => {
    const replies = await Promise.all(Array.from({ length: 20 }, () => post('fe-1001')))
    expect(replies.map((r) => r.status).sort()).toEqual([...Array(19).fill(200), 201])
    expect(replies.find((r) => r.status === 201)!.body).toMatchObject({ outcome: 'pass', stage: 'advance' })
    expect(replies.filter((r) => r.status === 200).every((r) => r.body.duplicate && r.body.outcome === 'pass')).toBe(
      true,
    )
    const { rows } = await ats.pool.query(
      `select (select count(*)::int from results where job_id = '${JOB}' and application_id = 'fe-1001') as results, (select count(*)::int from outbox where job_id = '${JOB}' and application_id = 'fe-1001') as messages`,
    )
    expect(rows[0]).toEqual({ results: 1, messages: 1 })

    const other = { ...apps['fe-1001']!, answers: { ...apps['fe-1001']!.answers, experienceYears: 1 } }
    expect((await post('fe-1001', other)).status).toBe(409)
    // A retry with another submittedAt is the same application: the job, the id and the answers say so.
    expect(await post('fe-1001', { ...apps['fe-1001']!, submittedAt: '2026-11-20T09:14:05+01:00' })).toMatchObject({
      status: 200,
      body: { duplicate: true },
    })
    expect((await post('x', '{"id": "fe-9",')).status).toBe(400)
    expect(await post('x', { id: 'fe-9', answers: {} })).toMatchObject({
      status: 400,
      body: { issues: [expect.objectContaining({ path: ['submittedAt'] })] },
    })
    // Good news goes out at the first working moment: now, on a Friday morning.
    await delivered('fe-1001', 'advance')
  })

  it('sends a weekend’s rejections on Monday at 08:00, not before', async () => {
    await travelTo('2026-11-21T14:02:30+01:00') // Saturday
    expect(await post('fe-1002')).toMatchObject({
      status: 201,
      body: { outcome: 'reject', stage: 'rejected', sendAt: '2026-11-23T07:00:00.000Z' },
    })
    await travelTo('2026-11-22T20:45:30+01:00') // Sunday evening
    expect(await post('fe-1003')).toMatchObject({
      status: 201,
      body: { stage: 'rejected', sendAt: '2026-11-23T07:00:00.000Z' },
    })

    await travelTo('2026-11-23T07:59:58.500+01:00')
    expect((await outbox('fe-1002'))[0]!.state).toBe('planned')
    const sent = [await delivered('fe-1002', 'rejected'), await delivered('fe-1003', 'rejected')]
    expect(sent[0]!.text).toContain('the right to work in Sweden') // fe-1002's reason, in the candidate's language (en)
  })

  it('sends a person the applications it cannot decide, and the candidate an acknowledgement at once', async () => {
    await travelTo('2026-11-23T08:30:30+01:00')
    expect(await post('fe-1004')).toMatchObject({ status: 201, body: { outcome: 'review', stage: 'received' } })
    await delivered('fe-1004', 'received')
    const { body } = await call('GET', '/review')
    expect(body.tasks).toEqual([
      expect.objectContaining({
        applicationId: 'fe-1004',
        dueAt: '2026-11-30T16:00:00.000Z',
        remindAt: '2026-11-26T07:00:00.000Z',
      }),
    ])
    expect(body.tasks[0].checks).toEqual([
      expect.objectContaining({ criterion: 'english', status: 'missing', fields: ['englishLevel'] }),
    ])
    // The recruiter reads the queue in the job's language (the criteria's locale, en), not the
    // candidate's (sv), with the form's question rather than the field's id.
    expect(body.tasks[0].checks[0]).toMatchObject({
      reason: 'English at level B2 or higher',
      note: expect.stringContaining('Your English level (CEFR)'),
    })
    expect(body.tasks[0].checks[0].note).not.toContain('englishLevel')
  })

  it('re-screens after a criteria change: the old result superseded, a planned message that is no longer right replaced', async () => {
    await travelTo('2026-11-24T11:00:30+01:00')
    expect(await post('fe-1006')).toMatchObject({
      status: 201,
      body: { stage: 'talent-pool', sendAt: '2026-11-24T14:00:00.000Z' },
    })

    // Two years of experience are enough from version 4 on.
    const v4 = rules
      .replace('version: 3', 'version: 4')
      .replace('{ ">=": [{ var: experienceYears }, 3] }', '{ ">=": [{ var: experienceYears }, 2] }')
    await travelTo('2026-11-24T11:05:00+01:00')
    const { status, body } = await call('PUT', `/jobs/${JOB}/criteria`, v4)
    expect(status).toBe(200)
    expect(body.rescreened).toEqual(
      expect.arrayContaining([
        { id: 'fe-1006', from: 'talent-pool', to: 'advance' },
        { id: 'fe-1004', from: 'received', to: 'received' },
        { id: 'fe-1001', from: 'advance', to: 'advance' },
      ]),
    )
    expect(body.kept.sort()).toEqual(['fe-1002', 'fe-1003']) // their final answers went out: kept as decided

    const messages = await outbox('fe-1006')
    expect(messages[0]).toMatchObject({
      stage: 'talent-pool',
      state: 'cancelled',
      cancelled_why: 'criteria changed to version 4',
    })
    await delivered('fe-1006', 'advance')
    // Nothing new for those whose answer still stands: no second acknowledgement, no second "you go on".
    expect((await outbox('fe-1004')).map((m) => m.stage)).toEqual(['received'])
    expect((await outbox('fe-1001')).map((m) => m.stage)).toEqual(['advance'])
    const { rows } = await ats.pool.query(
      `select why, superseded_at is not null as superseded from results where job_id = '${JOB}' and application_id = 'fe-1006' order by id`,
    )
    expect(rows).toEqual([
      { why: 'screened', superseded: true },
      { why: 'rescreened', superseded: false },
    ])
  })

  it('reminds the recruiter at remindAt, once', async () => {
    await travelTo('2026-11-25T16:20:30+01:00')
    expect(await post('fe-1007')).toMatchObject({ status: 201, body: { outcome: 'review' } })
    await delivered('fe-1007', 'received')

    await travelTo('2026-11-26T07:59:58.500+01:00')
    const reminded = await until(
      'the reminder',
      async () =>
        (
          await ats.pool.query(
            `select reminded_at from review_tasks where job_id = '${JOB}' and application_id = 'fe-1004' and reminded_at is not null`,
          )
        ).rows[0]?.reminded_at as Date | undefined,
    )
    const late = reminded.getTime() - Date.parse('2026-11-26T07:00:00Z')
    expect(late).toBeGreaterThanOrEqual(0)
    expect(late).toBeLessThan(LATENESS_MS)
    const reminders = capture.messages.filter((m) => m.header('X-ATS-Reminder'))
    expect(reminders.map((m) => [m.header('X-ATS-Reminder'), m.to])).toEqual([
      ['fe-1004', ['sara.lindqvist@nordlys.example']],
    ])
    expect(reminders[0]!.header('Subject')).toBe(
      'Reminder: application fe-1004 is to be decided by Monday, 30 November 2026 at 17:00',
    )
  })

  it('a person decides; the candidate is told the person’s reasons, not as automatic', async () => {
    await travelTo('2026-11-26T10:00:00+01:00')
    expect(
      await call('POST', `/jobs/${JOB}/applications/fe-1004/decision`, { outcome: 'reject', by: 'Sara Lind' }),
    ).toMatchObject({ status: 422, body: { field: 'reasons', problem: 'no_reasons' } })
    expect(
      await call('POST', `/jobs/${JOB}/applications/fe-1004/decision`, {
        outcome: 'reject',
        reasons: { criteria: ['english'] },
        by: 'Sara Lind',
      }),
    ).toMatchObject({ status: 200, body: { stage: 'rejected-by-person' } })
    const message = await delivered('fe-1004', 'rejected-by-person')
    expect(message.text).toContain('engelska på minst nivå B2')
    const mail = capture.messages.find((m) => m.header('Message-ID') === messageId(ats, message.id))!
    expect(mail.header('Auto-Submitted')).toBeUndefined()
    expect((await call('GET', '/review')).body.tasks.map((t: { applicationId: string }) => t.applicationId)).toEqual([
      'fe-1007',
    ])
  })

  it('closes the job: every application answered once; a queued rejection goes out as planned', async () => {
    await travelTo('2026-11-26T10:05:30+01:00')
    expect(await post('fe-1008')).toMatchObject({
      status: 201,
      body: { stage: 'talent-pool', sendAt: '2026-11-26T13:05:00.000Z' },
    })

    await travelTo('2026-11-26T11:00:00+01:00')
    expect(await call('POST', `/jobs/${JOB}/close`, { reason: 'filled' })).toEqual({
      status: 200,
      body: {
        answered: ['fe-1001', 'fe-1006', 'fe-1007'],
        alreadyAnswered: ['fe-1002', 'fe-1003', 'fe-1004', 'fe-1008'],
      },
    })
    expect((await post('fe-1009')).status).toBe(410)
    expect((await call('GET', '/review')).body.tasks).toEqual([])
    for (const id of ['fe-1001', 'fe-1006', 'fe-1007']) await delivered(id, 'job-closed')
    expect(await call('POST', `/jobs/${JOB}/close`, {})).toMatchObject({ body: { answered: [] } }) // nobody hears it twice

    await travelTo('2026-11-26T14:04:58.500+01:00')
    await delivered('fe-1008', 'talent-pool')
    for (const id of ['fe-1001', 'fe-1002', 'fe-1003', 'fe-1004', 'fe-1006', 'fe-1007', 'fe-1008']) {
      const rows = await outbox(id)
      expect(
        rows.filter((m) => m.state === 'sent' && FINAL_STAGES.includes(m.stage)),
        id,
      ).toHaveLength(1)
      expect(
        rows.filter((m) => m.state === 'planned'),
        id,
      ).toEqual([])
    }
    // Every mail the SMTP server received is one outbox message or the one reminder.
    const { rows } = await ats.pool.query(`select count(*)::int as sent from outbox where state = 'sent'`)
    expect(capture.messages).toHaveLength(rows[0].sent + 1)
  })

  it('stores survey answers and builds the report from the database', async () => {
    await travelTo('2026-11-27T09:00:00+01:00')
    expect(
      (
        await call('POST', `/jobs/${JOB}/survey`, {
          applicationId: 'fe-1002',
          score: 3,
          comment: 'Snabbt svar, men nej.',
        })
      ).status,
    ).toBe(201)
    expect((await call('POST', `/jobs/${JOB}/survey`, { applicationId: 'fe-1001', score: 9 })).status).toBe(201)
    expect((await call('POST', `/jobs/${JOB}/survey`, { applicationId: 'fe-1001', score: 10 })).status).toBe(201) // the later answer counts
    expect((await call('POST', `/jobs/${JOB}/survey`, { applicationId: 'fe-1007', score: 11 })).status).toBe(400)
    expect((await call('POST', `/jobs/${JOB}/survey`, { applicationId: 'nobody', score: 5 })).status).toBe(404)

    const { status, body } = await call('GET', `/jobs/${JOB}/report`)
    expect(status).toBe(200)
    expect(body.totals).toMatchObject({ applications: 7 })
    expect(body.candidateExperience.overall).toMatchObject({ answers: 2, promoters: 1, detractors: 1 })
    expect(body.candidateExperience.byDecidedBy).toBeDefined()
  })

  it('re-checks every stored result: re-run byte for byte, decisions chained by hash (json, not jsonb)', async () => {
    for (const id of ['fe-1001', 'fe-1002', 'fe-1003', 'fe-1004', 'fe-1006', 'fe-1007', 'fe-1008']) {
      const { body } = await call('GET', `/jobs/${JOB}/applications/${id}/audit`)
      expect(body.results.length, id).toBeGreaterThan(0)
      for (const r of body.results) expect(r, id).toMatchObject({ ok: true })
    }
    expect(
      (await call('GET', `/jobs/${JOB}/applications/fe-1004/audit`)).body.results.map((r: { why: string }) => r.why),
    ).toEqual(['screened', 'rescreened', 'decision'])
    // And as after an upgrade: both versions compile to their hashes and decide their stored results as they did.
    expect(await ats.criteria.checkUpgrade()).toEqual([])
    // What jsonb would have kept is another text: a byte-for-byte re-check would fail on it.
    const { rows } = await ats.pool.query(`select bool_and(result::text = result::jsonb::text) as same from results`)
    expect(rows[0].same).toBe(false)
  })

  it('keys an application by its job and its id: the same id under another job is another application, not a conflict', async () => {
    // The same criteria published for a second job (a second opening of the same role).
    const OTHER = 'frontend-developer-2'
    expect(
      await call('PUT', `/jobs/${OTHER}/criteria`, rules.replace('id: frontend-developer', `id: ${OTHER}`)),
    ).toMatchObject({ status: 200, body: { changed: true } })
    await travelTo('2026-11-27T09:30:30+01:00')
    // fe-1001 with other answers: under the first job that was a conflict (409, above), under this one it is a new application.
    const other = { ...apps['fe-1001']!, answers: { ...apps['fe-1001']!.answers, experienceYears: 1 } }
    expect(await post('fe-1001', other, OTHER)).toMatchObject({ status: 201, body: { outcome: 'reject' } })
    // Posting it again to the second job is a duplicate there, and the first job's application is untouched.
    expect(await post('fe-1001', other, OTHER)).toMatchObject({
      status: 200,
      body: { duplicate: true, outcome: 'reject' },
    })
    const { rows } = await ats.pool.query(
      `select a.job_id, r.result->>'outcome' as outcome, (select count(*)::int from outbox o where o.job_id = a.job_id and o.application_id = a.id) as messages
       from applications a join results r on r.job_id = a.job_id and r.application_id = a.id and r.superseded_at is null where a.id = 'fe-1001' order by a.job_id`,
    )
    expect(rows).toEqual([
      { job_id: JOB, outcome: 'pass', messages: 2 }, // advance, then job-closed
      { job_id: OTHER, outcome: 'reject', messages: 1 },
    ])
    // Each job's decision, audit, survey answer and report are its own.
    expect((await call('POST', `/jobs/${OTHER}/survey`, { applicationId: 'fe-1001', score: 2 })).status).toBe(201)
    expect((await call('POST', `/jobs/${OTHER}/survey`, { applicationId: 'fe-1002', score: 2 })).status).toBe(404)
    expect((await call('GET', `/jobs/${OTHER}/report`)).body).toMatchObject({
      totals: { applications: 1 },
      candidateExperience: { overall: { answers: 1 } },
    })
    expect((await call('GET', `/jobs/${JOB}/report`)).body.candidateExperience.overall).toMatchObject({ answers: 2 })
    expect((await call('GET', `/jobs/${OTHER}/applications/fe-1001/audit`)).body.results).toEqual([
      expect.objectContaining({ why: 'screened', ok: true }),
    ])
    expect(
      (await call('GET', `/jobs/${JOB}/applications/fe-1001/audit`)).body.results.map((r: { why: string }) => r.why),
    ).toEqual(['screened', 'rescreened'])
    expect(
      (await call('POST', `/jobs/${OTHER}/applications/fe-1009/decision`, { outcome: 'pass', by: 'Sara Lind' })).status,
    ).toBe(404)
  })

  it('words the review queue and the reminder of a Swedish job in Swedish, whatever the candidate’s language', async () => {
    const jobId = 'lagerarbetare-jonkoping'
    expect(
      (await call('PUT', `/jobs/${jobId}/criteria`, readFileSync('rules/lagerarbetare.yaml', 'utf8'))).status,
    ).toBe(200)
    // An English-speaking candidate who left the Swedish level unanswered: a person decides.
    const application = {
      id: 'lg-9001',
      submittedAt: '2026-11-27T09:00:00+01:00',
      candidate: { firstName: 'Sam', email: 'sam@example.com', locale: 'en' },
      answers: {
        workPermit: true,
        truckLicence: ['B1'],
        warehouseMonths: 30,
        eveningShifts: true,
        availableFrom: '2026-12-10',
      },
    }
    expect(await call('POST', `/jobs/${jobId}/applications`, application)).toMatchObject({
      status: 201,
      body: { outcome: 'review', stage: 'received' },
    })
    const task = (await call('GET', '/review')).body.tasks.find(
      (t: { applicationId: string }) => t.applicationId === 'lg-9001',
    )
    expect(task.checks).toEqual([
      {
        criterion: 'svenska',
        status: 'missing',
        fields: ['swedishLevel'],
        reason: 'svenska på minst nivå B1',
        note: 'Inget svar på ”Din svenskanivå (GERS)”, och svaret kan ändra beslutet.',
      },
    ])
    // The reminder, as the queue's worker sends it at remindAt: to the job's contact, in Swedish.
    await remind(ats, jobId, 'lg-9001')
    const mail = capture.messages.find((m) => m.header('X-ATS-Reminder') === 'lg-9001')!
    expect(mail.to).toEqual(['rekrytering@vatterlogistik.example'])
    expect(mail.header('Subject')).toBe(
      'Påminnelse: ansökan lg-9001 ska vara bedömd senast fredag 4 december 2026 kl. 17:00',
    )
  })
})
