/**
 * What a snapshot reads of the store, as files: one CSV file per fact table, written by the
 * database itself (SQLite's printf, PostgreSQL's COPY) from one consistent read, for DuckDB's
 * parallel CSV reader. Rows never become JavaScript values on the way: at ten million accounts
 * that costs a minute (BENCHMARKS.md), the files a few seconds.
 *
 * The dialect, the same from both databases: fields separated by commas, rows by `\n`, every
 * value in single quotes with a quote inside doubled, and NULL, unquoted, for a missing value
 * (a quoted 'NULL' is the text). Column order as listed below, no header.
 * @module
 */
import { writeFileSync } from 'node:fs'
import type { FilingType } from '../domain/index.js'

export type FactColumnType = 'text' | 'bigint'

export interface FactColumn {
  /** The name in the file (and in DuckDB). */
  readonly name: string
  /** The store's column it comes from. */
  readonly source: string
  readonly type: FactColumnType
}

export interface FactTable {
  /** The store's table. */
  readonly from: string
  readonly columns: readonly FactColumn[]
}

const text = (name: string, source = name): FactColumn => ({ name, source, type: 'text' })
const bigint = (name: string, source = name): FactColumn => ({ name, source, type: 'bigint' })

/** The fact tables, by the name their file and DuckDB table take. No e-mail, no reason, no case text. */
export const FACT_TABLES = {
  accounts: { from: 'accounts', columns: [text('id'), text('country'), text('birthdate')] },
  memberships: {
    from: 'memberships',
    columns: [text('account'), text('center'), bigint('changed_at', 'at'), bigint('recorded_at'), bigint('seq')],
  },
  filings: { from: 'filings', columns: [text('id'), text('type'), bigint('received_at'), bigint('recorded_at')] },
  filing_accounts: { from: 'filing_accounts', columns: [text('filing_id'), text('account')] },
  withdrawals: {
    from: 'withdrawals',
    columns: [text('filing_id'), bigint('withdrawn_at', 'at'), bigint('recorded_at')],
  },
  notices: {
    from: 'notices',
    columns: [text('account'), bigint('delivered_at'), bigint('recorded_at'), text('policy_name')],
  },
  exclusions: { from: 'exclusions', columns: [text('content_id'), text('case_id'), bigint('recorded_at')] },
} as const satisfies Record<string, FactTable>

export type FactTableName = keyof typeof FACT_TABLES
export const FACT_TABLE_NAMES = Object.keys(FACT_TABLES) as FactTableName[]

export interface FactFilter {
  /** Only the filings of this type (their account links come whole: a join drops the rest). */
  readonly filingType: FilingType
  /** false: the notices file is left empty. */
  readonly notices: boolean
}

export interface FactFiles {
  /** The ledger's size in the same read: the position the facts are as of. */
  readonly ledgerSize: number
  /** The path of each table's file. */
  readonly files: Readonly<Record<FactTableName, string>>
}

/** The ledger's size: the position after its last entry. */
export const LEDGER_SIZE_SQL = 'select coalesce(max(seq) + 1, 0) as n from ledger'

/** Which rows of a table `only` takes: those where `column` equals `equals`. */
export interface FactCondition {
  readonly column: string
  readonly equals: string
}

/** `only` for one table: some rows, all (null), or none. */
function conditionOf(table: FactTableName, only: FactFilter): FactCondition | null | 'none' {
  if (table === 'filings') return { column: 'type', equals: only.filingType }
  if (table === 'notices' && !only.notices) return 'none'
  return null
}

/**
 * Writes every table's file into `dir` by `write` (an empty one for a table `only` leaves
 * out), one after the other, and returns their paths.
 */
export async function writeEachFactFile(
  dir: string,
  only: FactFilter,
  write: (name: FactTableName, path: string, where: FactCondition | null) => Promise<void>,
): Promise<Record<FactTableName, string>> {
  const files = {} as Record<FactTableName, string>
  for (const name of FACT_TABLE_NAMES) {
    const path = `${dir}/${name}.csv`
    files[name] = path
    const condition = conditionOf(name, only)
    if (condition === 'none') writeFileSync(path, '')
    else await write(name, path, condition)
  }
  return files
}

/** One value in the files' dialect: what SQLite's printf('%Q') and PostgreSQL's COPY above write. */
export function factCsvValue(v: string | number | null): string {
  if (v === null) return 'NULL'
  return `'${String(v).replaceAll("'", "''")}'`
}
