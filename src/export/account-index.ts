/**
 * A snapshot's per-account index, `decisions-by-account/part=N/data_0.parquet`: the decisions
 * sorted by account and content id, cut into files of a fixed number of rows, so that a person's
 * look-up reads one file (`services/snapshot-items.ts`), rarely two.
 * @module
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { DuckDBConnection } from '@duckdb/node-api'
import { literal } from '../store/sql-text.js'

/** The per-account index's folder in a sealed snapshot folder. */
export const ACCOUNT_INDEX_DIR = 'decisions-by-account'

/** What the index holds of each decision; `decisions.parquet` has the same columns, and more. */
export const ACCOUNT_INDEX_COLUMNS = 'account_id, content_id, included, reason, decided_by'

export interface AccountIndexSizes {
  /** Rows per file: what one look-up reads, at most twice. */
  readonly fileRows?: number
  /** Rows per row group inside a file: the part of it a look-up decompresses. */
  readonly groupRows?: number
}

/**
 * Writes the per-account index of `decisions` (a relation) into folder `dir`. The decisions are
 * sorted once into a temporary table, whose row ids are then their places in account order;
 * each file takes its stretch of them by row id, one file after another. So every file holds
 * one stretch of that order, in that order, and the same decisions give the same files, byte
 * for byte. (A partitioned write of a window's row numbers did not: its threads wrote a file's
 * row groups in any order. It also sorted twice: 60 s at 50M items against 42 s.)
 */
export async function writeAccountIndex(
  connection: DuckDBConnection,
  decisions: string,
  dir: string,
  sizes: AccountIndexSizes = {},
): Promise<void> {
  const fileRows = sizes.fileRows ?? 131_072
  const groupRows = sizes.groupRows ?? 16_384
  mkdirSync(dir, { recursive: true })
  await connection.run('set preserve_insertion_order = true')
  await connection.run(`create or replace temp table account_index as
    select ${ACCOUNT_INDEX_COLUMNS} from ${decisions} order by account_id, content_id`)
  try {
    const rows = Number(
      (await connection.runAndReadAll('select count(*) as n from account_index')).getRowObjectsJson()[0]?.n ?? 0,
    )
    // No decisions still give one file, with no rows: a reader finds the index and nothing in it.
    for (let part = 0; part === 0 || part * fileRows < rows; part++) {
      const folder = join(dir, `part=${part}`)
      mkdirSync(folder)
      await connection.run(`copy (select ${ACCOUNT_INDEX_COLUMNS} from account_index
          where rowid >= ${part * fileRows} and rowid < ${(part + 1) * fileRows})
        to ${literal(join(folder, 'data_0.parquet'))} (format parquet, row_group_size ${groupRows})`)
    }
  } finally {
    await connection.run('drop table if exists account_index')
  }
}

/** How a per-account index differs from the decisions it was written from; all zero when it holds exactly them. */
export interface AccountIndexDifference {
  /** Decisions with no row in the index, rows with no decision, and rows that say otherwise than their decision. */
  readonly differing: number
  /** Rows the index holds again for an item it already holds. */
  readonly repeatedInIndex: number
  /** Decisions of an item already decided (decisions.parquet is written with one per item). */
  readonly repeatedInDecisions: number
}

/**
 * Compares the index in folder `dir` with `decisionsFile` by one full join on the item's id, so
 * that memory holds one side's rows and spills under the instance's limit. (`except all` in each
 * direction held both sides whole in hash tables: 20.8 s and 2.7 GB at 10M items, against 4.1 s
 * and 1.2 GB; BENCHMARKS.md.) The join gives d·i rows for an id decided d and indexed i times,
 * so beside the rows that differ, the rows beyond each side's count tell repeats apart: all
 * three are zero only when both hold the same rows, each once.
 */
export async function compareAccountIndex(
  connection: DuckDBConnection,
  decisionsFile: string,
  dir: string,
): Promise<AccountIndexDifference> {
  const decided = `read_parquet(${literal(decisionsFile)})`
  const indexed = `read_parquet(${literal(join(dir, '*', '*.parquet'))})`
  const rest = ACCOUNT_INDEX_COLUMNS.split(', ').filter((c) => c !== 'content_id')
  const side = (alias: string) => `(${rest.map((c) => `${alias}.${c}`).join(', ')})`
  const row = (
    await connection.runAndReadAll(`select
        count(*) as joined,
        count(*) filter (where i.present is null) as only_decided,
        count(*) filter (where d.present is null) as only_indexed,
        count(*) filter (where ${side('d')} is distinct from ${side('i')}
          and d.present and i.present) as unlike,
        (select count(*) from ${decided}) as decisions,
        (select count(*) from ${indexed}) as rows
      from (select ${ACCOUNT_INDEX_COLUMNS}, true as present from ${decided}) d
      full join (select ${ACCOUNT_INDEX_COLUMNS}, true as present from ${indexed}) i on d.content_id = i.content_id`)
  ).getRowObjectsJson()[0]
  const n = (k: string) => Number(row?.[k] ?? 0)
  return {
    differing: n('only_decided') + n('only_indexed') + n('unlike'),
    repeatedInIndex: n('joined') - n('decisions') - n('only_indexed'),
    repeatedInDecisions: n('joined') - n('rows') - n('only_decided'),
  }
}
