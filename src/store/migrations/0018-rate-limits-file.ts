/**
 * SQLite: rate limits are counted in a file of their own beside the store
 * (`store/sqlite-rate-limits.ts`), so the store's table of them goes. Its counts are for the
 * current minute at most: a store brought up to date forgets them, letting that minute's
 * attempts be counted afresh. PostgreSQL keeps its table.
 * @module
 */
import type { Kysely, Migration } from 'kysely'
import type { DialectName } from './0001-initial.js'

export function rateLimitsFileMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect !== 'sqlite') return
      await db.schema.dropTable('rate_limits').execute()
    },
  }
}
