/**
 * PostgreSQL writes the fact files itself, by COPY … TO STDOUT in the files' dialect, streamed
 * to disk: no row passes through JavaScript. One repeatable-read transaction, so that every
 * table and the ledger's size are of one instant.
 * @module
 */
import { createWriteStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import type pg from 'pg'
import { to as copyTo } from 'pg-copy-streams'
import { FACT_TABLES, type FactFiles, type FactFilter, LEDGER_SIZE_SQL, writeEachFactFile } from './fact-files.js'
import { ident, literal } from './sql-text.js'

export function postgresFactWriter(pool: pg.Pool) {
  return async (dir: string, only: FactFilter): Promise<FactFiles> => {
    const client = await pool.connect()
    let failure: Error | undefined
    try {
      await client.query('begin isolation level repeatable read read only')
      const ledgerSize = Number((await client.query<{ n: number | string }>(LEDGER_SIZE_SQL)).rows[0]?.n ?? 0)
      const files = await writeEachFactFile(dir, only, async (name, path, where) => {
        const table = FACT_TABLES[name]
        // COPY takes no parameters; the one value here is a filing type, quoted all the same.
        const filter = where === null ? '' : ` where ${ident(where.column)} = ${literal(where.equals)}`
        const columns = table.columns.map((c) => ident(c.source)).join(', ')
        const select = `select ${columns} from ${ident(table.from)}${filter}`
        await pipeline(
          client.query(copyTo(`copy (${select}) to stdout with (format csv, quote '''', force_quote *, null 'NULL')`)),
          createWriteStream(path),
        )
      })
      await client.query('commit')
      return { ledgerSize, files }
    } catch (e) {
      failure = e instanceof Error ? e : new Error(String(e))
      await client.query('rollback').catch(() => {})
      throw e
    } finally {
      // A connection that failed mid-COPY is closed, not handed to the next query.
      client.release(failure)
    }
  }
}
