/**
 * SQLite writes the fact files itself: printf('%Q') quotes each value in the files' dialect,
 * group_concat joins a page of rows into one text, so JavaScript handles a page, never a row.
 * Pages go by rowid, the table's own order: no index to walk.
 * @module
 */
import { closeSync, openSync, writeSync } from 'node:fs'
import { type Kysely, sql } from 'kysely'
import { FACT_TABLE_NAMES, FACT_TABLES, type FactFiles, type FactFilter, type FactTableName, factCondition, factFilePath, LEDGER_SIZE_SQL } from './fact-files.js'
import type { Database } from './schema.js'

/** Rows per page: a few megabytes of text. */
const PAGE_ROWS = 100_000

export function sqliteFactWriter(db: Kysely<Database>, pageRows = PAGE_ROWS) {
  return (dir: string, only: FactFilter): Promise<FactFiles> =>
    // One read transaction: SQLite's snapshot begins at its first read and holds until commit.
    db.transaction().execute(async (trx) => {
      const ledgerSize = Number((await sql.raw<{ n: number }>(LEDGER_SIZE_SQL).execute(trx)).rows[0]?.n ?? 0)
      const files = {} as Record<FactTableName, string>
      for (const name of FACT_TABLE_NAMES) {
        const table = FACT_TABLES[name]
        const path = factFilePath(dir, name)
        files[name] = path
        const condition = factCondition(name, only)
        const fd = openSync(path, 'w')
        try {
          if (condition === 'none') continue
          const line = sql.raw(`printf('${table.columns.map(() => '%Q').join(',')}', ${table.columns.map((c) => `"${c.source}"`).join(', ')})`)
          const where = condition === 'all' ? sql`` : sql`and ${sql.ref(condition.column)} = ${condition.equals}`
          for (let after = 0; ;) {
            const { rows } = await sql<{ text: string | null; last: number | null; n: number }>`
              select group_concat(line, char(10)) as text, max(r) as last, count(*) as n
              from (select rowid as r, ${line} as line from ${sql.table(table.from)} where rowid > ${after} ${where} order by rowid limit ${pageRows})`.execute(trx)
            const page = rows[0]
            if (!page || page.n === 0 || page.text === null || page.last === null) break
            writeSync(fd, `${page.text}\n`)
            if (page.n < pageRows) break
            after = page.last
          }
        } finally {
          closeSync(fd)
        }
      }
      return { ledgerSize, files }
    })
}
