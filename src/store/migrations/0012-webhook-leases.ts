/**
 * Webhook leases: several `veto serve` processes on one store deliver a subscriber's events
 * from one process at a time. A process holds a subscriber's cursor until `lease_until`,
 * renewed with each event it delivers; another takes it over only once that has passed.
 * @module
 */
import type { Kysely, Migration } from 'kysely'

export function webhookLeasesMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('webhook_cursors').addColumn('lease_owner', 'text').execute()
      await db.schema
        .alterTable('webhook_cursors')
        .addColumn('lease_until', 'bigint', (c) => c.notNull().defaultTo(0))
        .execute()
    },
  }
}
