/**
 * Per-account item keys: each sealed snapshot records the scheme its item keys follow.
 * Snapshots sealed before keyed their items with the snapshot secret alone: scheme 1.
 * @module
 */
import type { Kysely, Migration } from 'kysely'

export function keySchemesMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('snapshots')
        .addColumn('key_scheme', 'integer', (c) => c.notNull().defaultTo(1))
        .execute()
    },
  }
}
