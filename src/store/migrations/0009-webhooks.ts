/**
 * Webhook delivery: for each subscriber, the ledger position up to which its events are
 * delivered, and its retry state. The ledger is the outbox: an event exists only for a write
 * that committed, and a subscriber's cursor moves only past what it acknowledged.
 * @module
 */
import type { Kysely, Migration } from 'kysely'

export function webhooksMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('webhook_cursors')
        .addColumn('subscriber', 'text', (c) => c.primaryKey())
        .addColumn('next_seq', 'bigint', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
        .addColumn('last_error', 'text')
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute()
    },
  }
}
