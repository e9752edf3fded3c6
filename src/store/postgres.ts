/**
 * Server mode: PostgreSQL through a pool. BIGINT instants come back as numbers
 * (milliseconds fit well inside 2^53).
 * @module
 */
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { postgresFactWriter } from './postgres-fact-files.js'
import type { Database } from './schema.js'
import { type QueryObserver, queryLog, type StoreDb } from './store.js'

const INT8_OID = 20

export function createPostgresDb(
  url: string,
  options: { maxConnections?: number; onQuery?: QueryObserver | undefined } = {},
): StoreDb {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID
          ? (v: string) => Number(v)
          : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  })
  // An idle connection the server closes (a restart, a failover, an administrator) is
  // dropped by the pool, and the next query gets a new one; unheard, the error would end
  // the process.
  pool.on('error', () => {})
  return {
    db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...queryLog(options.onQuery) }),
    writeFacts: postgresFactWriter(pool),
  }
}
