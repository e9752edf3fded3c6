/**
 * PostgreSQL: an import's ledger entries appended by the server as its batch commits. Since
 * migration 0016 an append is one statement, but the client still sent the COMMIT after it:
 * from the lock to that COMMIT the server waited on the import's process, which runs at the
 * lowest processor priority and, beside a busy portal, waits for a core (`ClientRead` after
 * `veto_append_ledger` in `pg_stat_activity`) while every person's objection waits for the lock.
 * Now a batch leaves its entries in `veto_ledger_pending` before its commit, and a deferred
 * trigger appends them at COMMIT: the lock is taken inside the commit and released with it.
 * The table is unlogged and empty between transactions: each row is taken out by the trigger
 * that appends it, in the transaction that put it there. SQLite has one writer at a time and
 * needs none of this.
 * @module
 */
import { type Kysely, type Migration, sql } from 'kysely'
import type { DialectName } from './0001-initial.js'

export function ledgerAtCommitMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect !== 'postgres') return
      await sql`create unlogged table veto_ledger_pending (
          id bigint generated always as identity primary key,
          types text[] not null,
          payloads text[] not null,
          recorded_at bigint not null,
          recorded_json text not null
        )`.execute(db)
      await sql`create function veto_ledger_pending_append() returns trigger language plpgsql as $$
        begin
          perform veto_append_ledger(new.types, new.payloads, new.recorded_at, new.recorded_json);
          delete from veto_ledger_pending where id = new.id;
          return null;
        end
      $$`.execute(db)
      // Deferred: fired at COMMIT, one row after another in the order they were written.
      await sql`create constraint trigger veto_ledger_pending_append after insert on veto_ledger_pending
        deferrable initially deferred for each row execute function veto_ledger_pending_append()`.execute(db)
    },
  }
}
