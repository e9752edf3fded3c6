/**
 * SQLite: rate limits counted in a file of their own beside the store (`veto.sqlite` →
 * `veto.limits.sqlite`), on a connection of their own. In the store's file a count was a write
 * like any other: it waited for the one write lock — which an import's batch holds about 50 ms
 * at a time — in SQLite's busy wait, which holds up the whole process, every request with it;
 * then it synced. Here no other write takes the lock, and a count holds it for the moment of one
 * statement, so every `veto serve` process on the store still counts against the same limit. WAL
 * with synchronous=NORMAL: a power loss may forget the last counts, never corrupt the file. The
 * file is opened at the first count, so commands that count nothing never touch it. Deleted
 * counts are overwritten (`secure_delete`): their keys are of clients and sessions.
 * @module
 */
import Sqlite from 'better-sqlite3'
import { AppError } from '../domain/app-error.js'
import type { RateLimitCounts } from './rate-limit-counts.js'

/** The counts' file for the store at `storePath`: beside it, named for it; in memory for one in memory. */
export function rateLimitsPathOf(storePath: string): string {
  if (storePath === '' || storePath === ':memory:') return ':memory:'
  return storePath.endsWith('.sqlite')
    ? `${storePath.slice(0, -'.sqlite'.length)}.limits.sqlite`
    : `${storePath}.limits.sqlite`
}

interface Opened {
  readonly db: Sqlite.Database
  readonly hit: Sqlite.Statement<[string, number]>
  readonly drop: Sqlite.Statement<[number]>
}

function open(path: string): Opened {
  let db: Sqlite.Database | undefined
  try {
    db = new Sqlite(path)
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    db.pragma('secure_delete = ON')
    // A WAL grown large once (by an earlier version, which never let it be checkpointed back to
    // its start) is cut back to this size at its next reset, not kept at its largest.
    db.pragma('journal_size_limit = 8388608')
    // Another process holds the lock for one statement's moment at most.
    db.pragma('busy_timeout = 1000')
    db.exec(`create table if not exists rate_limits (key text not null, period integer not null,
      hits integer not null, primary key (key, period)) without rowid;
      create index if not exists rate_limits_period on rate_limits (period)`)
    return {
      db,
      hit: db.prepare(`insert into rate_limits (key, period, hits) values (?, ?, 1)
        on conflict (key, period) do update set hits = hits + 1 returning hits`),
      drop: db.prepare('delete from rate_limits where period < ?'),
    }
  } catch (cause) {
    db?.close()
    // A file this process may not write (another user's) opens read-only and fails here too.
    throw new AppError('STORE_UNAVAILABLE', `cannot open the rate limits' file at ${path}`, { path }, { cause })
  }
}

export function sqliteRateLimits(storePath: string): RateLimitCounts & { close(): void } {
  let opened: Opened | undefined
  const counts = () => {
    opened ??= open(rateLimitsPathOf(storePath))
    return opened
  }
  return {
    async hit(key, period) {
      // `all`, not `get`: `get` stops at RETURNING's first row, so the statement never came to the
      // end where SQLite runs its automatic checkpoint, and the WAL grew by every count (12 KB).
      return Number((counts().hit.all(key, period)[0] as { hits: number }).hits)
    },
    async dropBefore(period) {
      counts().drop.run(period)
    },
    close() {
      opened?.db.close()
    },
  }
}
