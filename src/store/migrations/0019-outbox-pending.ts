/**
 * The outbox's index of mails to send, over those alone: `outbox_due` held every mail, sent ones
 * too, and counting the unsent walked its entries and read each one's row for its kind (1.4 s
 * for 1M mails of a campaign queued on SQLite). `outbox_pending` holds the mails not sent and not
 * suppressed, by when they fall due and with their kind: a worker takes the due ones from its
 * start, and counting them reads the index alone (SQLite reads the rows for the columns of the
 * index's condition unless the index holds them; they cost a few bytes). Sending a mail takes it out.
 *
 * Both statements may run again: SQLite's migrations run outside a transaction, so a crash
 * between them leaves the first done.
 * @module
 */
import { type Kysely, type Migration, sql } from 'kysely'

export function outboxPendingMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await sql`create index if not exists outbox_pending on outbox (next_attempt_at, kind, sent_at, suppressed)
        where sent_at is null and suppressed = 0`.execute(db)
      await sql`drop index if exists outbox_due`.execute(db)
    },
  }
}
