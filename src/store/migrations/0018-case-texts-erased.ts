/**
 * When a case's texts were erased: its description, evidence and contact address, and the
 * mails written to that address, are kept `requests.keep_texts_days` after its decision, then
 * erased by housekeeping. The case, its steps and its exclusions stay (they are the record of
 * what was decided), as do its ledger entries, which never held its texts.
 *
 * `cases` stays append-only but for that one change: the database refuses every other update of
 * a row, an erasure of an undecided case, and one that leaves any text behind or touches another
 * column, whatever the code does. What a reviewer wrote (a step's reason) stays: it is the record
 * of the decision, told to the requester.
 * @module
 */
import { type Kysely, type Migration, sql } from 'kysely'
import type { DialectName } from './0001-initial.js'

/** The one update of a case the database lets through, over its `old` and `new` row: a decided case's erasure. */
const ERASURE = `old.texts_erased_at is null and new.texts_erased_at is not null
  and exists (select 1 from case_steps where case_id = old.id and step = 'decision')
  and new.description = '' and new.contact is null and new.evidence is null
  and new.id = old.id and new.channel = old.channel and new.received_at = old.received_at
  and new.due_at = old.due_at and new.recorded_at = old.recorded_at
  and new.lang is not distinct from old.lang and new.zone is not distinct from old.zone`

export function caseTextsErasedMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('cases').addColumn('texts_erased_at', 'bigint').execute()
      if (dialect === 'sqlite') {
        await sql`drop trigger cases_no_update`.execute(db)
        await sql
          .raw(`create trigger cases_no_update before update on cases when not (${ERASURE})
            begin select raise(abort, 'VETO_APPEND_ONLY: cases is append-only but for the erasure of its texts'); end`)
          .execute(db)
        return
      }
      await sql`drop trigger cases_append_only on cases`.execute(db)
      await sql`create trigger cases_append_only before delete or truncate on cases
        for each statement execute function veto_append_only()`.execute(db)
      await sql
        .raw(`create function veto_case_erasure_only() returns trigger language plpgsql as $$
          begin
            if not (${ERASURE}) then
              raise exception 'VETO_APPEND_ONLY: cases is append-only but for the erasure of its texts';
            end if;
            return new;
          end $$`)
        .execute(db)
      await sql`create trigger cases_erasure_only before update on cases
        for each row execute function veto_case_erasure_only()`.execute(db)
    },
  }
}
