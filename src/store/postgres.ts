/**
 * Server mode: PostgreSQL through a pool. BIGINT instants come back as numbers
 * (milliseconds fit well inside 2^53).
 * @module
 */
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { CompiledQuery, Kysely, PostgresDialect, type PostgresPool, sql } from 'kysely'
import pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import { postgresFactWriter } from './postgres-fact-files.js'
import type { Database } from './schema.js'
import { ident } from './sql-text.js'
import { unnestInsert } from './postgres-unnest.js'
import { type QueryObserver, queryLog, type RowWriter, type StoreDb } from './store.js'

const INT8_OID = 20
const UNIQUE_VIOLATION = '23505'

/**
 * Fewer rows than this go in by one `insert … select * from unnest(…)`: COPY takes a round trip
 * more (the server's readiness for the rows), which a person's objection, a few rows per table,
 * would pay for nothing. An import's batches are thousands.
 */
export const COPY_MIN_ROWS = 256

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
    db: new Kysely<Database>({
      dialect: new PostgresDialect({ pool: copyingPool(pool) }),
      ...queryLog(options.onQuery),
    }),
    writeFacts: postgresFactWriter(pool),
    rows: bulkWriter(),
  }
}

/**
 * The pool Kysely draws from, its connections able to run `COPY … FROM STDIN`: such a statement,
 * run with one parameter, streams that parameter as the rows' text. Kysely gives no way to a
 * connection's client, which COPY needs; this way the rows go in on the transaction's own
 * connection, through Kysely, seen by its query observer like any statement.
 */
function copyingPool(pool: pg.Pool): PostgresPool {
  return {
    connect: async () => withCopy(await pool.connect()),
    end: () => pool.end(),
  }
}

const COPY_FROM_STDIN = /^copy\s[^;]*\sfrom\s+stdin$/i
const copying = new WeakSet<pg.PoolClient>()

function withCopy(client: pg.PoolClient): pg.PoolClient {
  // The pool hands out the same clients again and again: each is changed once.
  if (copying.has(client)) return client
  copying.add(client)
  const query = client.query.bind(client) as (...args: unknown[]) => unknown
  client.query = ((...args: unknown[]) => {
    const [text, values] = args
    if (
      args.length === 2 &&
      typeof text === 'string' &&
      Array.isArray(values) &&
      values.length === 1 &&
      COPY_FROM_STDIN.test(text)
    ) {
      const copy = query(copyFrom(text)) as ReturnType<typeof copyFrom>
      return pipeline(Readable.from([String(values[0])]), copy).then(() => ({
        command: 'COPY',
        rowCount: copy.rowCount,
        rows: [],
      }))
    }
    return query(...args)
  }) as typeof client.query
  return client
}

/**
 * Rows as COPY's text format: tab between values, a line per row, `\N` for null, and the
 * backslash, tab, newline and carriage return escaped inside a value.
 */
function copyText(rows: readonly (readonly unknown[])[]): string {
  let out = ''
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      if (i > 0) out += '\t'
      out += copyValue(row[i])
    }
    out += '\n'
  }
  return out
}

const COPY_SPECIAL = /[\\\t\n\r]/g
const HAS_COPY_SPECIAL = /[\\\t\n\r]/
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' }

function copyValue(v: unknown): string {
  if (v === null || v === undefined) return '\\N'
  switch (typeof v) {
    case 'string':
      // Tested first: most values need no escape, and a test is a third of a replace's cost.
      return HAS_COPY_SPECIAL.test(v) ? v.replace(COPY_SPECIAL, (c) => COPY_ESCAPES[c] as string) : v
    case 'number':
      if (!Number.isFinite(v)) throw new Error(`not a finite number: ${v}`)
      return String(v)
    case 'bigint':
      return String(v)
    case 'boolean':
      return v ? 't' : 'f'
    default:
      throw new Error(`no COPY text for a value of type ${typeof v}`)
  }
}

/**
 * Bulk inserts of many rows by `COPY`, the fastest way rows go in: PostgreSQL parses no
 * statement per row and checks no conflict before each insert. With a conflict target, COPY is
 * tried first in a savepoint, since an import of new rows (the common case) meets none; a key
 * already there refuses the whole COPY (a unique violation), and those rows go in again by
 * `insert … select * from unnest($1::type[], …) on conflict do nothing`, which says which
 * went in. A table that met a conflict goes by `unnest` until a call of it meets none, so that
 * importing a file again, all conflicts, does not try COPY batch after batch. A few rows go by
 * `unnest` straight away (`COPY_MIN_ROWS`).
 */
function bulkWriter(): (db: Kysely<Database>) => RowWriter {
  const types = new Map<string, Promise<Map<string, string>>>()
  const conflicted = new Set<string>()
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
  const copy = async (db: Kysely<Database>, table: string, columns: readonly string[], rows: readonly unknown[][]) => {
    const statement = `copy ${ident(table)} (${columns.map(ident).join(', ')}) from stdin`
    await db.executeQuery(CompiledQuery.raw(statement, [copyText(rows)]))
  }
  return (db) => ({
    async insert(table, columns, rows, conflict) {
      if (rows.length === 0) return []
      const many = rows.length >= COPY_MIN_ROWS
      if (many && !conflict) {
        await copy(db, table, columns, rows)
        return rows.map(() => true)
      }
      if (many && !conflicted.has(table)) {
        await sql`savepoint veto_copy`.execute(db)
        try {
          await copy(db, table, columns, rows)
          await sql`release savepoint veto_copy`.execute(db)
          return rows.map(() => true)
        } catch (e) {
          // Any other refusal leaves the transaction failed, as the same refusal of a statement would.
          if ((e as { code?: unknown }).code !== UNIQUE_VIOLATION) throw e
          await sql`rollback to savepoint veto_copy`.execute(db)
          await sql`release savepoint veto_copy`.execute(db)
          conflicted.add(table)
        }
      }
      const columnTypes = await typesOf(db, table)
      const types = columns.map((c) => {
        const type = columnTypes.get(c)
        if (!type) throw new Error(`no column ${c} in ${table}`)
        return type
      })
      const insert = unnestInsert(table, columns, types, rows)
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
      if (many && inserted.size === rows.length) conflicted.delete(table)
      return rows.map((r) => {
        const key = keyOf(keyColumns.map((i) => r[i]))
        return inserted.delete(key)
      })
    },
  })
}
