/**
 * An index of the replies kept under API clients' Idempotency-Keys by when they were made, so
 * that housekeeping drops those past `server.idempotency_hours` without reading the table whole:
 * a rush of API objections before a deadline leaves one row each.
 * @module
 */
import type { Kysely, Migration } from 'kysely'

export function idempotencyExpiryMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.createIndex('idempotency_created').on('idempotency').column('created_at').execute()
    },
  }
}
