/**
 * A person's items in sealed snapshots, through each snapshot's per-account index, written
 * at sealing: the decisions sorted by account and cut into files of `ACCOUNT_INDEX_FILE_ROWS`
 * rows (`decisions-by-account/part=N/data_0.parquet`), so that a look-up reads the one file
 * (rarely two) whose account range holds the person, whatever the snapshot's size. The files'
 * ranges come from their Parquet statistics, read once per snapshot and process. One DuckDB
 * instance serves every look-up of the process; its queries run on DuckDB's threads, never
 * on the event loop (`createDuckPool`).
 * @module
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { DuckPool } from '../content/duckdb.js'
import { ACCOUNT_INDEX_COLUMNS, ACCOUNT_INDEX_DIR } from '../export/account-index.js'
import { list, literal } from '../store/sql-text.js'

export interface ItemDecision {
  readonly content_id: string
  readonly account_id: string
  readonly included: boolean
  readonly reason: string | null
  readonly decided_by: string | null
}

interface Range {
  readonly file: string
  readonly lo: string | null
  readonly hi: string | null
}

/** Whether `a` lies in [lo, hi] in DuckDB's order of strings: by their UTF-8 bytes. */
function within(a: string, lo: string, hi: string): boolean {
  const bytes = Buffer.from(a)
  return Buffer.compare(Buffer.from(lo), bytes) <= 0 && Buffer.compare(bytes, Buffer.from(hi)) <= 0
}

export interface SnapshotItems {
  /** The items of `accounts` in the snapshot in folder `dir`, ordered by content id. */
  itemsOf(dir: string, accounts: readonly string[]): Promise<ItemDecision[]>
  /**
   * The account whose item `contentId` is, if the snapshot considered it: a scan of its
   * decisions, for the platform's side (`veto proof`), never for a person's page.
   */
  accountOf(dir: string, contentId: string): Promise<string | undefined>
}

export function createSnapshotItems(pool: DuckPool): SnapshotItems {
  const ranges = new Map<string, Promise<Range[]>>()
  const { withConnection } = pool

  /** Each index file with the least and greatest account in it (null where it has no statistics). */
  function rangesOf(dir: string): Promise<Range[]> {
    let found = ranges.get(dir)
    if (!found) {
      found = withConnection(async (c) => {
        const rows = (
          await c.runAndReadAll(`select file_name, min(stats_min_value) as lo, max(stats_max_value) as hi
          from parquet_metadata(${literal(join(dir, ACCOUNT_INDEX_DIR, '*', '*.parquet'))})
          where path_in_schema = 'account_id' group by file_name order by file_name`)
        ).getRowObjectsJson()
        return rows.map((r) => ({
          file: String(r.file_name),
          lo: r.lo === null ? null : String(r.lo),
          hi: r.hi === null ? null : String(r.hi),
        }))
      })
      // A failed read is not remembered: the next look-up tries again.
      found.catch(() => ranges.delete(dir))
      ranges.set(dir, found)
    }
    return found
  }

  return {
    async itemsOf(dir, accounts) {
      if (accounts.length === 0) return []
      let files: string[]
      if (existsSync(join(dir, ACCOUNT_INDEX_DIR))) {
        files = (await rangesOf(dir))
          .filter(
            (r) => r.lo === null || r.hi === null || accounts.some((a) => within(a, r.lo as string, r.hi as string)),
          )
          .map((r) => r.file)
        if (files.length === 0) return []
      } else {
        // A snapshot sealed before the index existed: its decisions are read whole, which is slow at scale.
        files = [join(dir, 'decisions.parquet')]
      }
      const params = accounts.map((_, i) => `$${i + 1}`).join(', ')
      return withConnection(async (c) => {
        const reader = await c.runAndReadAll(
          `select ${ACCOUNT_INDEX_COLUMNS} from read_parquet(${list(files)})
          where account_id in (${params}) order by content_id`,
          [...accounts],
        )
        return reader.getRowObjectsJson() as unknown as ItemDecision[]
      })
    },
    accountOf: (dir, contentId) =>
      withConnection(async (c) => {
        const reader = await c.runAndReadAll(
          `select account_id from read_parquet(${literal(join(dir, 'decisions.parquet'))})
          where content_id = $1 limit 1`,
          [contentId],
        )
        const row = reader.getRowObjectsJson()[0]
        return row ? String(row.account_id) : undefined
      }),
  }
}
