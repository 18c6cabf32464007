// The ATS put together: PostgreSQL through `pg`, the schema, pg-boss on the same database for
// the jobs that send messages and remind reviewers at their planned times, and nodemailer.
import { readFileSync } from 'node:fs'
import type { Transporter } from 'nodemailer'
import pg from 'pg'
import PgBoss from 'pg-boss'
import type { Clock } from './clock.js'
import { CriteriaRegistry } from './criteria-registry.js'
import { inTransaction } from './db.js'
import { remind, REMIND, retimeReminders } from './review.js'
import { retimeMessages, send, SEND } from './schedule.js'

export interface Ats {
  pool: pg.Pool
  boss: PgBoss
  clock: Clock
  criteria: CriteriaRegistry
  mail: { transport: Transporter; from: string; domain: string }
  /** Where the server is reached (links in reminders). */
  publicUrl: string
  /** After a TestClock jump: queued jobs wake at the real times that now show their planned times. */
  retime(): Promise<void>
  stop(): Promise<void>
}

export interface AtsOptions {
  databaseUrl: string
  transport: Transporter
  clock: Clock
  /** The sender of candidate messages, e.g. 'Nordlys rekrytering <jobb@nordlys.example>'. */
  from: string
  publicUrl?: string
}

export async function startAts(options: AtsOptions): Promise<Ats> {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 })
  pool.on('error', (e) => console.error('ats: idle database connection failed:', e.message))
  await pool.query(readFileSync(new URL('schema.sql', import.meta.url), 'utf8'))

  // pg-boss keeps its jobs in its own schema of the same database: a job is queued in the
  // transaction that stores the message it sends (db.ts, inTx), and survives a restart.
  const boss = new PgBoss({ connectionString: options.databaseUrl, schedule: false, max: 4 })
  // Once stopping, connections that the database server ends are expected, not worth a line.
  let stopping = false
  boss.on('error', (e) => stopping || console.error('ats: queue:', e.message))
  await boss.start()
  for (const name of [SEND, REMIND])
    if (!(await boss.getQueue(name)))
      await boss.createQueue(name, { name, retryLimit: 5, retryDelay: 30, retryBackoff: true })

  const from = options.from
  const ats: Ats = {
    pool,
    boss,
    clock: options.clock,
    criteria: new CriteriaRegistry(pool),
    mail: { transport: options.transport, from, domain: /@([^>\s]+)/.exec(from)?.[1] ?? 'ats.invalid' },
    publicUrl: options.publicUrl ?? 'http://127.0.0.1',
    retime: () =>
      inTransaction(pool, async (tx) => {
        await retimeMessages(ats, tx)
        await retimeReminders(ats, tx)
      }),
    stop: async () => {
      stopping = true
      await boss.stop({ graceful: true, timeout: 2000, wait: true })
      await pool.end()
    },
  }
  // Every half second (pg-boss's shortest polling interval) each worker takes the jobs that are
  // due, up to 20 at a time: messages planned for the same minute (08:00 on a Monday) all leave then.
  const work = { pollingIntervalSeconds: 0.5, batchSize: 20 }
  await boss.work<{ outboxId: number }>(SEND, work, async (jobs) => {
    for (const job of jobs) await send(ats, job.data.outboxId)
  })
  await boss.work<{ jobId: string; applicationId: string }>(REMIND, work, async (jobs) => {
    for (const job of jobs) await remind(ats, job.data.jobId, job.data.applicationId)
  })
  return ats
}
