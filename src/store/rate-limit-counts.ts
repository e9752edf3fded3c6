/**
 * Where a rate limit's attempts are counted. A count is a write nobody is told survives: a crash
 * that loses the last moments' counts lets a few more attempts through, and loses nothing else.
 * So it need not wait as a filing does, and in front of a filing it should not — a portal
 * objection counts an attempt, then files, and during an import each wait is the import's:
 *
 * - PostgreSQL, a count on its own: one statement that commits without waiting for its WAL to
 *   reach the disk (`synchronous_commit` off for that statement's own transaction), where it
 *   waited for the import's WAL flushed with it (bench/import/rate-limits.js).
 * - PostgreSQL in a caller's transaction: the setting would hold for every write of that
 *   transaction, so the count is written in it, as durable as the rest.
 * - SQLite: a file of its own (`sqlite-rate-limits.ts`), where it took the store's one write
 *   lock, which an import's batch holds about 50 ms at a time.
 * @module
 */
import { type Kysely, sql } from 'kysely'
import type { Database } from './schema.js'

/**
 * Inside a caller's transaction the two databases differ: on SQLite a count is no part of it (a
 * rollback leaves it counted), on PostgreSQL it is (a rollback undoes it). No caller counts in one.
 */
export interface RateLimitCounts {
  /** Counts one attempt of `key` in `period`; returns the attempts so far in it, this one included. */
  hit(key: string, period: number): Promise<number>
  /** Forgets the periods before `period`. */
  dropBefore(period: number): Promise<void>
}

/** Counts in the store's `rate_limits` table, in the transaction `db` may be. */
export function tableCounts(db: Kysely<Database>, options: { unsynced?: boolean } = {}): RateLimitCounts {
  return {
    async hit(key, period) {
      // One statement, atomic on both databases: concurrent processes never lose a count.
      if (options.unsynced) {
        // set_config(…, true) lasts to the end of this statement's own transaction: its commit.
        const r = await sql<{ hits: number | string }>`
          with unsynced as (select set_config('synchronous_commit', 'off', true))
          insert into rate_limits (key, period, hits) select ${key}, ${period}, 1 from unsynced
          on conflict (key, period) do update set hits = rate_limits.hits + 1 returning hits`.execute(db)
        return Number(r.rows[0]?.hits)
      }
      const r = await db
        .insertInto('rate_limits')
        .values({ key, period, hits: 1 })
        .onConflict((oc) =>
          oc.columns(['key', 'period']).doUpdateSet((eb) => ({ hits: eb('rate_limits.hits', '+', 1) })),
        )
        .returning('hits')
        .executeTakeFirstOrThrow()
      return Number(r.hits)
    },
    async dropBefore(period) {
      await db.deleteFrom('rate_limits').where('period', '<', period).execute()
    },
  }
}
