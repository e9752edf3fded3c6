/**
 * PostgreSQL: the ledger's lock and its size in one round trip. An append took the advisory lock
 * by one statement and read the size by another, both while other appends waited for the lock.
 * One statement selecting both would read the size from a snapshot taken before the lock was
 * granted, missing an append that committed meanwhile; a PL/pgSQL function's statements each
 * take a snapshot of their own, so the size is read after the lock. SQLite has one writer at a
 * time and needs neither.
 * @module
 */
import { type Kysely, type Migration, sql } from 'kysely'
import type { DialectName } from './0001-initial.js'

/** The advisory lock key that serializes ledger appends (as before this migration). */
const LEDGER_LOCK = 0x7e70

export function ledgerTurnMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect !== 'postgres') return
      await sql`create function veto_lock_ledger() returns bigint language plpgsql volatile as $$
        begin
          perform pg_advisory_xact_lock(${sql.lit(LEDGER_LOCK)});
          return (select coalesce(max(seq) + 1, 0) from ledger);
        end
      $$`.execute(db)
    },
  }
}
