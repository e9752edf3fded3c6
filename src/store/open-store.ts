/**
 * Opens a store from its URL and brings its schema up to date.
 * `postgres://…` or `postgresql://…` is server mode; anything else is a SQLite file path
 * (optionally written `sqlite:PATH`).
 * @module
 */
import { type Kysely, type Migration, Migrator } from 'kysely'
import { AppError } from '../domain/app-error.js'
import { type DialectName, initialMigration } from './migrations/0001-initial.js'
import { ledgerMigration } from './migrations/0002-ledger.js'
import { portalMigration } from './migrations/0003-portal.js'
import { limitsAndLinksMigration } from './migrations/0004-limits-and-links.js'
import { emailNfkcMigration } from './migrations/0005-email-nfkc.js'
import { noticeVersionsMigration } from './migrations/0006-notice-versions.js'
import { keySchemesMigration } from './migrations/0007-key-schemes.js'
import { casesMigration } from './migrations/0008-cases.js'
import { webhooksMigration } from './migrations/0009-webhooks.js'
import { consoleMigration } from './migrations/0010-console.js'
import { importsMigration } from './migrations/0011-imports.js'
import { webhookLeasesMigration } from './migrations/0012-webhook-leases.js'
import { housekeepingMigration } from './migrations/0013-housekeeping.js'
import { idempotencyExpiryMigration } from './migrations/0014-idempotency-expiry.js'
import { sealedEntriesMigration } from './migrations/0015-sealed-entries.js'
import { ledgerAppendMigration } from './migrations/0016-ledger-append.js'
import { ledgerAtCommitMigration } from './migrations/0017-ledger-at-commit.js'
import { caseTextsErasedMigration } from './migrations/0018-case-texts-erased.js'
import { outboxPendingMigration } from './migrations/0019-outbox-pending.js'
import { createPostgresDb } from './postgres.js'
import type { Database } from './schema.js'
import { SqlStore } from './sql-store.js'
import { createSqliteDb } from './sqlite.js'
import type { QueryObserver, Store } from './store.js'

export function dialectOf(url: string): DialectName {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite'
}

function migrations(dialect: DialectName): Record<string, Migration> {
  return {
    '0001-initial': initialMigration(dialect),
    '0002-ledger': ledgerMigration(dialect),
    '0003-portal': portalMigration(dialect),
    '0004-limits-and-links': limitsAndLinksMigration(dialect),
    '0005-email-nfkc': emailNfkcMigration(dialect),
    '0006-notice-versions': noticeVersionsMigration(dialect),
    '0007-key-schemes': keySchemesMigration(),
    '0008-cases': casesMigration(dialect),
    '0009-webhooks': webhooksMigration(),
    '0010-console': consoleMigration(),
    '0011-imports': importsMigration(),
    '0012-webhook-leases': webhookLeasesMigration(),
    '0013-housekeeping': housekeepingMigration(),
    '0014-idempotency-expiry': idempotencyExpiryMigration(),
    '0015-sealed-entries': sealedEntriesMigration(),
    '0016-ledger-append': ledgerAppendMigration(dialect),
    '0017-ledger-at-commit': ledgerAtCommitMigration(dialect),
    '0018-case-texts-erased': caseTextsErasedMigration(dialect),
    '0019-outbox-pending': outboxPendingMigration(),
  }
}

async function migrate(db: Kysely<Database>, dialect: DialectName): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations(dialect) },
    migrationTableName: 'veto_migrations',
    migrationLockTableName: 'veto_migrations_lock',
  })
  const { error, results } = await migrator.migrateToLatest()
  if (error) {
    // A store a newer Veto brought up to date has run migrations this one does not know (Kysely
    // then runs none and names the first of them): say so, rather than name no migration.
    const newer = /previously executed migration (\S+) is missing/.exec(
      error instanceof Error ? error.message : '',
    )?.[1]
    if (newer)
      throw new AppError(
        'STORE_MIGRATION_FAILED',
        `the store was brought up to date by a newer version of Veto (migration ${newer}, unknown to this one): ` +
          'run that version or a later one',
        { migration: newer },
        { cause: error },
      )
    const failed = results?.find((r) => r.status === 'Error')?.migrationName
    // None named: none ran, the store itself could not be reached (a database that does not exist).
    if (failed === undefined) throw error
    throw new AppError('STORE_MIGRATION_FAILED', `migration ${failed} failed`, { migration: failed }, { cause: error })
  }
}

/** Redacts the password of a connection URL, for messages. */
export function describeStoreUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')
}

export interface StoreOptions {
  /** Hears every statement the store runs, with its parameters (tests check their plans). */
  readonly onQuery?: QueryObserver
}

export async function openStore(url: string, options: StoreOptions = {}): Promise<Store> {
  const dialect = dialectOf(url)
  const { db, ...parts } =
    dialect === 'postgres'
      ? createPostgresDb(url, { onQuery: options.onQuery })
      : createSqliteDb(url.replace(/^sqlite:/, ''), { onQuery: options.onQuery })
  try {
    await migrate(db, dialect)
  } catch (e) {
    parts.rateLimits?.close()
    await db.destroy()
    if (e instanceof AppError) throw e
    throw new AppError('STORE_UNAVAILABLE', `cannot reach the store at ${describeStoreUrl(url)}`, {}, { cause: e })
  }
  return new SqlStore(db, dialect, parts)
}
