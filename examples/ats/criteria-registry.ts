// Criteria registry: publish a criteria file as a job's active version, find the screener a
// result was decided with, and check after an upgrade of autoscreen that every stored version
// still compiles to the hash its results name.
import { compileCriteria, loadCriteriaText, prepareMessages, VERSION, type PreparedMessages, type Screener } from 'autoscreen'
import type pg from 'pg'
import { inTransaction, type Tx } from './db.js'

/** A compiled version and its prepared message path (prepareMessages): made once, used for every application. */
export interface Compiled {
  screener: Screener
  path: PreparedMessages
}

export class CriteriaRegistry {
  // GLUE, replaced by the core's screener cache: compiled versions by criteria hash, the least
  // recently used dropped past `max` (a long-lived server sees every version ever published).
  private readonly cache = new Map<string, Compiled>()
  constructor(
    private readonly pool: pg.Pool,
    private readonly max = 32,
  ) {}

  /** The compiled version of a hash, if it is in the cache (it becomes the most recently used). */
  private cached(hash: string): Compiled | undefined {
    const hit = this.cache.get(hash)
    if (hit) {
      this.cache.delete(hash)
      this.cache.set(hash, hit)
    }
    return hit
  }

  /** Compiles a criteria text (a CriteriaError if it does not load) and keeps it in the cache. */
  private compile(text: string): Compiled {
    const screener = compileCriteria(loadCriteriaText(text))
    const entry = this.cached(screener.hash) ?? { screener, path: prepareMessages(screener) }
    this.cache.set(screener.hash, entry)
    if (this.cache.size > this.max) this.cache.delete(this.cache.keys().next().value!)
    return entry
  }

  /**
   * Publishes a criteria file (YAML or JSON text) as the active version of a job (its `id`). A
   * file that does not load throws a CriteriaError (every problem, located): answer 422, keep the
   * old one. `changed` is false when the same criteria were active already.
   */
  async publish(jobId: string, text: string, now: Date): Promise<{ hash: string; changed: boolean } | { error: string }> {
    const { screener } = this.compile(text)
    if (screener.criteria.id !== jobId) return { error: `the file is for job ${screener.criteria.id}, not ${jobId}` }
    return inTransaction(this.pool, async (tx) => {
      await tx.query('insert into jobs (id) values ($1) on conflict do nothing', [jobId])
      await tx.query('select 1 from jobs where id = $1 for update', [jobId]) // one publish per job at a time
      const before = await tx.query<{ hash: string }>('select hash from criteria_versions where job_id = $1 and active', [jobId])
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
    const { rows } = await tx.query<{ hash: string; source: string }>('select hash, source from criteria_versions where job_id = $1 and active', [jobId])
    return rows[0] && (this.cached(rows[0].hash) ?? this.compile(rows[0].source))
  }

  /** The version a stored result was decided with (a decision must be recorded with it). */
  async byHash(tx: Tx | pg.Pool, jobId: string, hash: string): Promise<Compiled> {
    const hit = this.cached(hash)
    if (hit) return hit
    const { rows } = await tx.query<{ source: string }>('select source from criteria_versions where job_id = $1 and hash = $2', [jobId, hash])
    if (!rows[0]) throw new Error(`no criteria ${hash.slice(0, 12)}… for job ${jobId}`)
    return this.compile(rows[0].source)
  }

  /**
   * GLUE, replaced by the core's upgrade check. After upgrading autoscreen, run before serving:
   * every stored version must still load and compile to the hash its results name. A version
   * that does not is listed; its results can still be read, but not re-run byte for byte.
   */
  async checkUpgrade(): Promise<{ jobId: string; version: string; hash: string; problem: string }[]> {
    const { rows } = await this.pool.query<{ job_id: string; version: string; hash: string; source: string }>('select job_id, version, hash, source from criteria_versions order by job_id, published_at')
    const problems = []
    for (const row of rows) {
      let problem: string | undefined
      try {
        const hash = compileCriteria(loadCriteriaText(row.source)).hash
        if (hash !== row.hash) problem = `compiles to ${hash.slice(0, 12)}… with autoscreen ${VERSION}`
      } catch (e) {
        problem = e instanceof Error ? e.message : String(e)
      }
      if (problem) problems.push({ jobId: row.job_id, version: row.version, hash: row.hash, problem })
    }
    return problems
  }
}
