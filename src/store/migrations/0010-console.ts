/**
 * The privacy team's console: its own sign-in links and sessions, in tables of their own, so
 * that a person's session can never open the console and a console session never a person's
 * pages — no query has to remember which kind it means.
 * @module
 */
import type { Kysely, Migration } from 'kysely'

export function consoleMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('console_signin_tokens')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('email_norm', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .addColumn('used_at', 'bigint')
        .execute()
      await db.schema
        .createTable('console_sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('email_norm', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .execute()
      // A used link ends the address's other links, and signing out everywhere its sessions: by address.
      await db.schema
        .createIndex('console_signin_tokens_email')
        .on('console_signin_tokens')
        .column('email_norm')
        .execute()
      await db.schema.createIndex('console_sessions_email').on('console_sessions').column('email_norm').execute()
    },
  }
}
