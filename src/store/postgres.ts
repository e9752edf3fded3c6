/**
 * Server mode: PostgreSQL through a pool. BIGINT instants come back as numbers
 * (milliseconds fit well inside 2^53).
 * @module
 */
import { Kysely, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import { postgresFactWriter } from './postgres-fact-files.js'
import type { Database } from './schema.js'
import { ident } from './sql-text.js'
import { type QueryObserver, queryLog, type RowWriter, type StoreDb } from './store.js'

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
    rows: unnestWriter(),
  }
}

/**
 * Bulk inserts as one statement per table: `insert … select * from unnest($1::type[], …)`, one
 * array parameter per column, where a `VALUES` list takes a parameter per value (and the query
 * builder an object per value). The columns' types are read once per table from the catalog.
 */
function unnestWriter(): (db: Kysely<Database>) => RowWriter {
  const types = new Map<string, Promise<Map<string, string>>>()
  const typesOf = (db: Kysely<Database>, table: string) => {
    let known = types.get(table)
    if (!known) {
      known = sql<{ name: string; type: string }>`select column_name as name, udt_name as type
        from information_schema.columns where table_schema = current_schema() and table_name = ${table}`
        .execute(db)
        .then((r) => new Map(r.rows.map((c) => [c.name, c.type])))
      types.set(table, known)
      known.catch(() => types.delete(table))
    }
    return known
  }
  return (db) => ({
    async insert(table, columns, rows, conflict) {
      if (rows.length === 0) return []
      const columnTypes = await typesOf(db, table)
      const arrays = columns.map((c, i) => {
        const type = columnTypes.get(c)
        if (!type) throw new Error(`no column ${c} in ${table}`)
        return sql`${rows.map((r) => r[i] ?? null)}::${sql.raw(ident(type))}[]`
      })
      const names = sql.raw(columns.map(ident).join(', '))
      const insert = sql`insert into ${sql.table(table)} (${names}) select * from unnest(${sql.join(arrays)})`
      if (!conflict) {
        await insert.execute(db)
        return rows.map(() => true)
      }
      // Which rows went in: their conflict keys come back; a key twice in one call went in once, first.
      const keyColumns = conflict.map((c) => columns.indexOf(c))
      const keyOf = (values: readonly unknown[]) => JSON.stringify(values.map((v) => (v === null ? null : String(v))))
      const back = await sql<Record<string, unknown>>`${insert} on conflict (${sql.raw(conflict.map(ident).join(', '))})
        do nothing returning ${sql.raw(conflict.map(ident).join(', '))}`.execute(db)
      const inserted = new Set(back.rows.map((r) => keyOf(conflict.map((c) => r[c]))))
      return rows.map((r) => {
        const key = keyOf(keyColumns.map((i) => r[i]))
        return inserted.delete(key)
      })
    },
  })
}
