/** The ledger, its checkpoints, sealed snapshots and registered models — all append-only. */
import type { Kysely, Migration } from 'kysely'
import { type DialectName, makeAppendOnly } from './0001-initial.js'

const TABLES = ['ledger', 'checkpoints', 'snapshots', 'models', 'model_snapshots'] as const

export function ledgerMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('ledger')
        .addColumn('seq', 'bigint', (c) => c.primaryKey())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'bigint', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('leaf_hash', 'text', (c) => c.notNull())
        .execute()
      await db.schema
        .createTable('checkpoints')
        .addColumn('size', 'bigint', (c) => c.primaryKey())
        .addColumn('root', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('frontier', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'bigint', (c) => c.notNull())
        .execute()
      await db.schema
        .createTable('snapshots')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text')
        .addColumn('policy_name', 'text', (c) => c.notNull())
        .addColumn('policy_version', 'integer', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('built', 'bigint', (c) => c.notNull())
        .addColumn('ledger_size', 'bigint', (c) => c.notNull())
        .addColumn('root', 'text', (c) => c.notNull())
        .addColumn('items', 'bigint', (c) => c.notNull())
        .addColumn('considered', 'bigint', (c) => c.notNull())
        .addColumn('manifest_sha256', 'text', (c) => c.notNull())
        .addColumn('secret', 'text', (c) => c.notNull())
        .addColumn('sealed_at', 'bigint', (c) => c.notNull())
        .execute()
      await db.schema
        .createTable('models')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('registered_at', 'bigint', (c) => c.notNull())
        .execute()
      await db.schema
        .createTable('model_snapshots')
        .addColumn('model_id', 'text', (c) => c.notNull().references('models.id'))
        .addColumn('snapshot_id', 'text', (c) => c.notNull().references('snapshots.id'))
        .addPrimaryKeyConstraint('model_snapshots_pk', ['model_id', 'snapshot_id'])
        .execute()
      for (const table of TABLES) await makeAppendOnly(db, dialect, table)
    },
  }
}
