/**
 * The embedded default: one SQLite file in WAL mode with synchronous=FULL, so that a
 * commit the caller was told about survives a crash or power loss.
 * @module
 */
import Sqlite from 'better-sqlite3'
import { Kysely, SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely'
import { AppError } from '../domain/app-error.js'
import type { Database } from './schema.js'
import { sqliteFactWriter } from './sqlite-fact-files.js'
import { sqliteFigures } from './sqlite-figures.js'
import { sqliteRateLimits } from './sqlite-rate-limits.js'
import { ident } from './sql-text.js'
import { type QueryObserver, queryLog, type RowWriter, type StoreDb } from './store.js'

/**
 * How long a statement waits for another process's lock (SQLite's busy timeout), and how long a
 * write transaction waits for the write lock before it gives up (`SqlStore.transaction`).
 */
export const SQLITE_BUSY_TIMEOUT_MS = 5000

/**
 * How often a write transaction tries again for the write lock while another process holds it.
 * A batch writer (an import) leaves the lock free a little longer than this between its batches,
 * so that a waiting write most often gets in at its next try instead of a batch or more later:
 * a rule of thumb, measured (bench/import), not a guarantee — a busy event loop tries later.
 */
export const SQLITE_LOCK_RETRY_MS = 2

/**
 * The pause a batch writer leaves after each commit, with the lock free: a little longer than a
 * waiting write's retry, so that it gets in (`SQLITE_LOCK_RETRY_MS`).
 */
export function leaveLockFree(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, SQLITE_LOCK_RETRY_MS + 1))
}

export function createSqliteDb(path: string, options: { onQuery?: QueryObserver | undefined } = {}): StoreDb {
  let raw: Sqlite.Database
  try {
    raw = new Sqlite(path)
  } catch (cause) {
    throw new AppError('STORE_UNAVAILABLE', `cannot open the SQLite store at ${path}`, { path }, { cause })
  }
  raw.pragma('journal_mode = WAL')
  raw.pragma('synchronous = FULL')
  raw.pragma('foreign_keys = ON')
  raw.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`)
  // Assert, not assume: a build or a file system that ignores these must not pass for durable.
  const mode = raw.pragma('journal_mode', { simple: true })
  const sync = raw.pragma('synchronous', { simple: true })
  if (mode !== 'wal' || sync !== 2) {
    raw.close()
    throw new Error(`SQLite store at ${path} is not durable: journal_mode=${String(mode)}, synchronous=${String(sync)}`)
  }
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(raw) }),
    ...queryLog(options.onQuery),
  })
  const rows = rowWriter(raw, options.onQuery)
  return {
    db,
    writeFacts: sqliteFactWriter(db),
    rows: () => rows,
    rateLimits: sqliteRateLimits(path),
    figures: sqliteFigures(path, SQLITE_BUSY_TIMEOUT_MS),
  }
}

const CACHED_STATEMENTS = 256

/**
 * Kysely prepares every query anew; preparing costs as much as running a small one. The same
 * SQL text reuses its statement (Kysely runs one query at a time per connection, so a cached
 * statement is never busy). Bounded, least recently used first out: `in (?, ?, …)` lists vary.
 */
function withStatementCache(raw: Sqlite.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>()
  return {
    close: () => raw.close(),
    prepare(text: string): SqliteStatement {
      let statement = cache.get(text)
      if (statement) cache.delete(text)
      else statement = raw.prepare(text)
      cache.set(text, statement)
      if (cache.size > CACHED_STATEMENTS) cache.delete(cache.keys().next().value as string)
      return statement
    },
  }
}

/**
 * The bulk inserts of imports and batches, a prepared statement run per row on the one
 * connection. Only called inside a transaction (which holds Kysely's connection for its length),
 * so the rows are the transaction's and commit with it.
 */
function rowWriter(raw: Sqlite.Database, onQuery: QueryObserver | undefined): RowWriter {
  const statements = new Map<string, Sqlite.Statement>()
  return {
    async insert(table, columns, rows, conflict) {
      const text =
        `insert into ${ident(table)} (${columns.map(ident).join(', ')}) values (${columns.map(() => '?').join(', ')})` +
        (conflict ? ` on conflict (${conflict.map(ident).join(', ')}) do nothing` : '')
      let statement = statements.get(text)
      if (!statement) {
        statement = raw.prepare(text)
        statements.set(text, statement)
      }
      const run = statement
      // Heard as what runs, a statement a row, like Kysely's statements; nothing to call without an observer.
      if (onQuery)
        return rows.map((row) => {
          onQuery(text, row)
          return run.run(row).changes === 1
        })
      return rows.map((row) => run.run(row).changes === 1)
    },
  }
}
