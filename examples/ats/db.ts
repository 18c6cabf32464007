// Transactions, and pg-boss inside them.
import type pg from 'pg'
import type PgBoss from 'pg-boss'

export type Tx = pg.PoolClient

/** Runs `work` in one transaction: all of it is stored, or none of it. */
export async function inTransaction<T>(pool: pg.Pool, work: (tx: Tx) => Promise<T>): Promise<T> {
  const tx = await pool.connect()
  try {
    await tx.query('begin')
    const out = await work(tx)
    await tx.query('commit')
    return out
  } catch (e) {
    await tx.query('rollback').catch(() => undefined)
    throw e
  } finally {
    tx.release()
  }
}

/**
 * pg-boss writes its job with our transaction's connection: the job exists if and only if the
 * outbox row (or review task) it serves was committed. No message without its record, no record
 * without its job.
 */
export const inTx = (tx: Tx): { db: PgBoss.Db } => ({ db: { executeSql: (text, values) => tx.query(text, values) } })
