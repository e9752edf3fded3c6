/**
 * Indexes for the rounds every serve process runs in the background, so that none reads a
 * table that grows with the platform whole: the mails never to be sent (a partial index: only
 * those rows are in it), and the sign-in links and sessions of both realms by when they run out.
 * @module
 */
import { type Kysely, type Migration, sql } from 'kysely'

export function housekeepingMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await sql`create index outbox_suppressed on outbox (id) where suppressed = 1`.execute(db)
      for (const table of ['signin_tokens', 'sessions', 'console_signin_tokens', 'console_sessions'])
        await db.schema.createIndex(`${table}_expiry`).on(table).column('expires_at').execute()
    },
  }
}
