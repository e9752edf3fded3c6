/**
 * The export engine's core: the store's fact files (`store/fact-files.ts`) into DuckDB
 * tables of the same names, then the facts per account (`account-facts.ts`) and the
 * compiled policy over every item (`plan.ts`) in SQL — no JavaScript per item, account or fact.
 * @module
 */
import type { DuckDBConnection } from '@duckdb/node-api'
import type { Policy } from '../domain/index.js'
import { FACT_TABLE_NAMES, FACT_TABLES, type FactFiles } from '../store/fact-files.js'
import { accountEventSql } from './account-facts.js'
import { accountFactsSql, exclusionsSql } from './plan.js'
import { literal } from '../store/sql-text.js'

/** `read_csv` of one fact file, in the files' dialect, with nothing guessed. */
function readFactFile(path: string, columns: readonly { readonly name: string; readonly type: string }[]): string {
  const types = columns
    .map((c) => `${literal(c.name)}: ${literal(c.type === 'bigint' ? 'bigint' : 'varchar')}`)
    .join(', ')
  return `read_csv(${literal(path)}, columns = {${types}}, header = false, auto_detect = false,
    delim = ',', quote = '''',
    escape = '''', nullstr = 'NULL', allow_quoted_nulls = false, strict_mode = true)`
}

/** Creates a table of each fact file's name from it. */
export async function loadFactTables(connection: DuckDBConnection, files: FactFiles['files']): Promise<void> {
  // No primary keys: an index cannot spill to disk, and a hash join needs none.
  for (const name of FACT_TABLE_NAMES) {
    await connection.run(
      `create or replace table ${name} as select * from ${readFactFile(files[name], FACT_TABLES[name].columns)}`,
    )
  }
}

/** Creates tables `acct` and `excl` (plan.ts) from the store's fact files. */
export async function loadAccountFacts(
  connection: DuckDBConnection,
  files: FactFiles['files'],
  policy: Policy,
  at: number,
  built: number,
): Promise<void> {
  await loadFactTables(connection, files)
  await connection.run(accountEventSql(policy, at, built))
  await connection.run(accountFactsSql(policy))
  await connection.run(exclusionsSql(built))
  for (const t of ['acct_event', ...FACT_TABLE_NAMES]) await connection.run(`drop table ${t}`)
}
