/**
 * Third parties' requests: cases with their items, the steps taken on them (an extension, a
 * decision) and the exclusions an acceptance records (rule 9). All append-only: a step is a
 * new row, never an edit. The texts (description, evidence, contact, reasons) are personal
 * data and stay in these tables; the ledger holds ids and instants only.
 * @module
 */
import type { Kysely, Migration } from 'kysely'
import { type DialectName, makeAppendOnly } from './0001-initial.js'

export function casesMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('cases')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('contact', 'text')
        .addColumn('evidence', 'text')
        // The language and time zone of the requester's page, for the mails to them.
        .addColumn('lang', 'text')
        .addColumn('zone', 'text')
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('received_at', 'bigint', (c) => c.notNull())
        .addColumn('due_at', 'bigint', (c) => c.notNull())
        .addColumn('recorded_at', 'bigint', (c) => c.notNull())
        .execute()
      await db.schema
        .createTable('case_items')
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
        .addColumn('content_id', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('case_items_pk', ['case_id', 'content_id'])
        .execute()
      // One extension and one decision at most: the kind of step ('extension' or 'decision') is unique per case.
      await db.schema
        .createTable('case_steps')
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
        .addColumn('step', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('reviewer', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('due_at', 'bigint')
        .addColumn('recorded_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('case_steps_pk', ['case_id', 'step'])
        .execute()
      await db.schema
        .createTable('exclusions')
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
        .addColumn('content_id', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('exclusions_pk', ['case_id', 'content_id'])
        .execute()
      // A contact address is written to only once its holder confirmed it, by the link mailed to it.
      await db.schema
        .createTable('case_contacts')
        .addColumn('case_id', 'text', (c) => c.primaryKey().references('cases.id'))
        .addColumn('confirmed_at', 'bigint', (c) => c.notNull())
        .execute()
      for (const table of ['cases', 'case_items', 'case_steps', 'exclusions', 'case_contacts'])
        await makeAppendOnly(db, dialect, table)
    },
  }
}
