/** The initial schema, for SQLite and PostgreSQL alike; the dialect only changes types and triggers. */
import { type Kysely, type Migration, sql } from 'kysely'
import { APPEND_ONLY_TABLES } from '../schema.js'

export type DialectName = 'sqlite' | 'postgres'

/** Makes the database itself refuse updates and deletes on a table. */
export async function makeAppendOnly(db: Kysely<unknown>, dialect: DialectName, table: string): Promise<void> {
  if (dialect === 'sqlite') {
    for (const op of ['update', 'delete']) {
      await sql
        .raw(`create trigger ${table}_no_${op} before ${op} on ${table}
        begin select raise(abort, 'VETO_APPEND_ONLY: ${table} is append-only'); end`)
        .execute(db)
    }
  } else {
    await sql
      .raw(`create trigger ${table}_append_only before update or delete or truncate on ${table}
      for each statement execute function veto_append_only()`)
      .execute(db)
  }
}

export function initialMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('accounts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('network', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('email_norm', 'text', (c) => c.notNull())
        .addColumn('birthdate', 'text')
        .addColumn('country', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('recorded_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute()
      await db.schema.createIndex('accounts_email_norm').on('accounts').column('email_norm').execute()

      await db.schema
        .createTable('memberships')
        .addColumn('seq', dialect === 'sqlite' ? 'integer' : 'bigserial', (c) =>
          dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey(),
        )
        .addColumn('account', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('center', 'text')
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('recorded_at', 'bigint', (c) => c.notNull())
        .addUniqueConstraint('memberships_account_at', ['account', 'at'])
        .execute()
      await db.schema.createIndex('memberships_center').on('memberships').column('center').execute()

      await db.schema
        .createTable('filings')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('objection', 'consent')`))
        .addColumn('received_at', 'bigint', (c) => c.notNull())
        .addColumn('recorded_at', 'bigint', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('dedupe_key', 'text', (c) => c.unique())
        .execute()

      await db.schema
        .createTable('filing_accounts')
        .addColumn('filing_id', 'text', (c) => c.notNull().references('filings.id'))
        .addColumn('account', 'text', (c) => c.notNull().references('accounts.id'))
        .addPrimaryKeyConstraint('filing_accounts_pk', ['filing_id', 'account'])
        .execute()
      await db.schema.createIndex('filing_accounts_account').on('filing_accounts').column('account').execute()

      await db.schema
        .createTable('withdrawals')
        .addColumn('filing_id', 'text', (c) => c.primaryKey().references('filings.id'))
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('recorded_at', 'bigint', (c) => c.notNull())
        .execute()

      await db.schema
        .createTable('notices')
        .addColumn('account', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('delivered_at', 'bigint', (c) => c.notNull())
        .addColumn('recorded_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('notices_pk', ['account', 'delivered_at'])
        .execute()

      await db.schema
        .createTable('policies')
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .addColumn('definition', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('policies_pk', ['name', 'version'])
        .execute()

      // Facts about people's will are never rewritten: the database refuses it, whatever the code does.
      if (dialect === 'postgres') {
        await sql`create function veto_append_only() returns trigger language plpgsql as $$
          begin raise exception 'VETO_APPEND_ONLY: % is append-only', TG_TABLE_NAME; end $$`.execute(db)
      }
      for (const table of APPEND_ONLY_TABLES) await makeAppendOnly(db, dialect, table)
    },
  }
}
