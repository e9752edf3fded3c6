/**
 * Rate limits in the store, so that they hold across every `veto serve` process on it: one
 * row per key and window, counted up by each attempt, old windows deleted as they pass. And
 * sign-in links and sessions by address, so that using a link ends the others, and signing out
 * everywhere ends every session, without reading them all.
 * @module
 */
import type { Kysely, Migration } from 'kysely'
import type { DialectName } from './0001-initial.js'

export function limitsAndLinksMigration(_dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('rate_limits')
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('period', 'bigint', (c) => c.notNull())
        .addColumn('hits', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('rate_limits_pk', ['key', 'period'])
        .execute()
      await db.schema.createIndex('rate_limits_period').on('rate_limits').column('period').execute()
      await db.schema.createIndex('signin_tokens_email').on('signin_tokens').column('email_norm').execute()
      await db.schema.createIndex('sessions_email').on('sessions').column('email_norm').execute()
    },
  }
}
