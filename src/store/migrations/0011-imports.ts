/**
 * The import journal: one row per import that passed its check and began to write, and how far
 * it got. An import writes in committed batches (so the store keeps serving while it runs); a
 * row left `applying` by a process that died says where it stopped, and running the same import
 * again finishes it.
 * @module
 */
import type { Kysely, Migration } from 'kysely'

export function importsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('imports')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('file', 'text', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('records', 'bigint', (c) => c.notNull())
        .addColumn('applied', 'bigint', (c) => c.notNull())
        .addColumn('inserted', 'bigint', (c) => c.notNull())
        .addColumn('updated', 'bigint', (c) => c.notNull())
        .addColumn('unchanged', 'bigint', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('started_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('finished_at', 'bigint')
        .addColumn('finished_by', 'text')
        .execute()
      await db.schema.createIndex('imports_by_file').on('imports').columns(['kind', 'sha256']).execute()
    },
  }
}
