/**
 * A snapshot's per-account index, `decisions-by-account/part=N/data_0.parquet`: the decisions
 * sorted by account and content id, cut into files of a fixed number of rows, so that a person's
 * look-up reads one file (`services/snapshot-items.ts`), rarely two.
 * @module
 */
import { literal } from '../store/sql-text.js'

/** The per-account index's folder in a sealed snapshot folder. */
export const ACCOUNT_INDEX_DIR = 'decisions-by-account'

/** Rows per file of the index: what one look-up reads, at most twice. */
const ACCOUNT_INDEX_FILE_ROWS = 131_072

/** What the index holds of each decision; `decisions.parquet` has the same columns, and more. */
export const ACCOUNT_INDEX_COLUMNS = 'account_id, content_id, included, reason, decided_by'

/**
 * The SQL that writes a snapshot's per-account index into folder `dir` from its decisions
 * (`decisions` is a relation). The file number is the row's place in account order, divided
 * by the file size: each file holds one stretch of that order, in that order (the same
 * decisions give the same files, byte for byte; DuckDB sorts once for both).
 */
export function accountIndexSql(decisions: string, dir: string, fileRows = ACCOUNT_INDEX_FILE_ROWS): string {
  return `copy (select (row_number() over (order by account_id, content_id) - 1) // ${fileRows} as part,
      ${ACCOUNT_INDEX_COLUMNS} from ${decisions} order by account_id, content_id)
    to ${literal(dir)} (format parquet, partition_by (part), row_group_size 16384)`
}
