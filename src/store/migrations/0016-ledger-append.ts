/**
 * PostgreSQL: a ledger append in one statement, the lock's whole time spent in the server. An
 * append took the advisory lock by one statement, read the size by another, hashed the leaves in
 * the client and wrote them by a third, while every other append waited for the lock; the
 * client, an import running at the lowest processor priority, could be kept waiting for a core
 * at each step. The function takes the lock, reads the size and writes the entries with their
 * leaf hashes, SHA-256 over 0x00 and the leaf text (`src/ledger/entries.ts`, RFC 9162). Its
 * statements each take a snapshot of their own, so the size is read after the lock is granted,
 * which one statement selecting both could not. SQLite has one writer at a time and needs none.
 * @module
 */
import { type Kysely, type Migration, sql } from 'kysely'
import type { DialectName } from './0001-initial.js'

/** The advisory lock key that serializes ledger appends, as the store takes it too. */
const LEDGER_LOCK = 0x7e70

export function ledgerAppendMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect !== 'postgres') return
      // The leaf text is `{"data":…,"recorded_at":…,"seq":…,"type":…}`: the payload is canonical
      // JSON already, the instant comes as JSON, and a type is a dotted name (to_json quotes it).
      await sql`create function veto_append_ledger(p_types text[], p_payloads text[], p_recorded_at bigint,
          p_recorded_json text) returns bigint language plpgsql volatile as $$
        declare
          first bigint;
        begin
          perform pg_advisory_xact_lock(${sql.lit(LEDGER_LOCK)});
          first := (select coalesce(max(seq) + 1, 0) from ledger);
          insert into ledger (seq, type, recorded_at, payload, leaf_hash)
            select first + e.i - 1, e.type, p_recorded_at, e.payload,
              encode(sha256(decode('00', 'hex') || convert_to(
                '{"data":' || e.payload || ',"recorded_at":' || p_recorded_json || ',"seq":' || (first + e.i - 1) ||
                  ',"type":' || to_json(e.type) || '}',
                'UTF8')), 'hex')
            from unnest(p_types, p_payloads) with ordinality as e(type, payload, i);
          return first;
        end
      $$`.execute(db)
    },
  }
}
