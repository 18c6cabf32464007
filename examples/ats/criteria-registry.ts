// Criteria registry: publish a criteria file as a job's active version, find the screener a
// result was decided with, and check after an upgrade of autoscreen that every stored version
// still compiles to the hash its results name and decides them as it did.
import {
  checkUpgrade,
  createScreenerCache,
  prepareMessages,
  VERSION,
  type Application,
  type PreparedMessages,
  type Screener,
  type ScreeningResult,
  type UpgradeReport,
} from 'autoscreen'
import type pg from 'pg'
import { inTransaction, type Tx } from './db.js'

/** A compiled version and its prepared message path (prepareMessages): made once, used for every application. */
export interface Compiled {
  screener: Screener
  path: PreparedMessages
}

export class CriteriaRegistry {
  // Compiled screeners by criteria hash, the least recently used dropped past maxSize (a
  // long-lived server sees every version ever published). A message path lives as long as its
  // screener is kept: a WeakMap lets it go with it.
  private readonly screeners = createScreenerCache({ maxSize: 32 })
  private readonly paths = new WeakMap<Screener, PreparedMessages>()

  constructor(private readonly pool: pg.Pool) {}

  /** The compiled criteria of a text (a CriteriaError if it does not load); with `hash`, found without reading the text when kept. */
  private compiled(text: string, hash?: string): Compiled {
    const screener = this.screeners.get(text, hash === undefined ? {} : { hash })
    let path = this.paths.get(screener)
    if (!path) this.paths.set(screener, (path = prepareMessages(screener)))
    return { screener, path }
  }

  /**
   * Publishes a criteria file (YAML or JSON text) as the active version of a job (its `id`). A
   * file that does not load throws a CriteriaError (every problem, located): answer 422, keep the
   * old one. `changed` is false when the same criteria were active already.
   */
  async publish(
    jobId: string,
    text: string,
    now: Date,
  ): Promise<{ hash: string; changed: boolean } | { error: string }> {
    const { screener } = this.compiled(text)
    if (screener.criteria.id !== jobId) return { error: `the file is for job ${screener.criteria.id}, not ${jobId}` }
    return inTransaction(this.pool, async (tx) => {
      await tx.query('insert into jobs (id) values ($1) on conflict do nothing', [jobId])
      await tx.query('select 1 from jobs where id = $1 for update', [jobId]) // one publish per job at a time
      const before = await tx.query<{ hash: string }>(
        'select hash from criteria_versions where job_id = $1 and active',
        [jobId],
      )
      if (before.rows[0]?.hash === screener.hash) return { hash: screener.hash, changed: false }
      await tx.query('update criteria_versions set active = false where job_id = $1 and active', [jobId])
      await tx.query(
        `insert into criteria_versions (job_id, hash, version, source, engine_version, published_at, active) values ($1, $2, $3, $4, $5, $6, true)
         on conflict (job_id, hash) do update set active = true`,
        [jobId, screener.hash, String(screener.criteria.version), text, VERSION, now],
      )
      return { hash: screener.hash, changed: true }
    })
  }

  /** The job's active version, or undefined for a job nobody published. */
  async active(tx: Tx | pg.Pool, jobId: string): Promise<Compiled | undefined> {
    const { rows } = await tx.query<{ hash: string; source: string }>(
      'select hash, source from criteria_versions where job_id = $1 and active',
      [jobId],
    )
    return rows[0] && this.compiled(rows[0].source, rows[0].hash)
  }

  /** The version a stored result was decided with (a decision must be recorded with it). */
  async byHash(tx: Tx | pg.Pool, jobId: string, hash: string): Promise<Compiled> {
    const { rows } = await tx.query<{ source: string }>(
      'select source from criteria_versions where job_id = $1 and hash = $2',
      [jobId, hash],
    )
    if (!rows[0]) throw new Error(`no criteria ${hash.slice(0, 12)}… for job ${jobId}`)
    return this.compiled(rows[0].source, hash)
  }

  /**
   * After upgrading autoscreen, run before serving: every stored version must still load,
   * compile to the hash its results name, and decide the latest of them as it did. The reports
   * that are not ok are returned.
   */
  async checkUpgrade(sample = 200): Promise<{ jobId: string; version: string; report: UpgradeReport }[]> {
    const versions = await this.pool.query<{ job_id: string; version: string; hash: string; source: string }>(
      'select job_id, version, hash, source from criteria_versions order by job_id, published_at',
    )
    const problems = []
    for (const v of versions.rows) {
      // The program's results (a decision row holds the same program findings), with what was posted.
      const { rows } = await this.pool.query<{ result: ScreeningResult; body: Application }>(
        `select r.result, a.body from results r join applications a on a.id = r.application_id where r.criteria_hash = $1 and r.why <> 'decision' order by r.id desc limit $2`,
        [v.hash, sample],
      )
      const report = checkUpgrade({
        criteria: v.source,
        hash: v.hash,
        results: rows.map((r) => ({ result: r.result, application: r.body })),
      })
      if (!report.ok) problems.push({ jobId: v.job_id, version: v.version, report })
    }
    return problems
  }
}
