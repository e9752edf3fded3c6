/**
 * A person's items through a snapshot's per-account index: for every account exactly the
 * rows of the decisions, whichever of the index's files they fell into, read with one
 * DuckDB instance for every look-up.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DuckDBConnection } from '@duckdb/node-api'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createDuckPool, openDuckDb } from '../../src/content/duckdb.js'
import { ACCOUNT_INDEX_DIR, writeAccountIndex } from '../../src/export/account-index.js'
import { createSnapshotItems } from '../../src/services/snapshot-items.js'

let dir: string
const SIZES = { fileRows: 700, groupRows: 100 }
const pool = createDuckPool()
const items = createSnapshotItems(pool)
const decided = new Map<
  string,
  { content_id: string; account_id: string; included: boolean; reason: string | null; decided_by: string | null }[]
>()

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'veto-items-'))
  const { connection, close } = await openDuckDb({ threads: 2 })
  try {
    // 20,000 decisions of 400 accounts (ids of several lengths and one beyond ASCII), in content order,
    // indexed in files of 700 rows of 7 row groups each: accounts straddle files and row groups.
    await connection.run(`create table d as select printf('c%06d', k) as content_id,
        ['a', 'ab', 'b-', 'zä'][1 + ((k // 100) % 4)] || (k % 100)::varchar as account_id,
        k % 3 = 0 as included, case when k % 3 = 0 then null else 'objection' end as reason,
        case when k % 6 = 1 then 'obj_' || (k % 17)::varchar else null end as decided_by
      from range(20000) t(k)`)
    await connection.run(`copy d to '${join(dir, 'decisions.parquet')}' (format parquet)`)
    await writeAccountIndex(connection, 'd', join(dir, ACCOUNT_INDEX_DIR), SIZES)
    for (const r of (await connection.runAndReadAll('select * from d order by content_id')).getRowObjectsJson()) {
      const row = {
        content_id: String(r.content_id),
        account_id: String(r.account_id),
        included: Boolean(r.included),
        reason: r.reason === null ? null : String(r.reason),
        decided_by: r.decided_by === null ? null : String(r.decided_by),
      }
      decided.set(row.account_id, [...(decided.get(row.account_id) ?? []), row])
    }
  } finally {
    close()
  }
})
afterAll(() => {
  pool.close()
  rmSync(dir, { recursive: true, force: true })
})

/**
 * Index folders `a` and `b` hold the same files, byte for byte, and read part after part they
 * hold the rows of `decisions` in account order, whole.
 */
async function expectSameIndex(connection: DuckDBConnection, a: string, b: string, decisions: string) {
  const parts = readdirSync(a).sort()
  expect(readdirSync(b).sort()).toEqual(parts)
  for (const part of parts) {
    const file = join(part, 'data_0.parquet')
    expect(readFileSync(join(b, file)).equals(readFileSync(join(a, file))), file).toBe(true)
  }
  const read: unknown[][] = []
  for (let p = 0; p < parts.length; p++) {
    const file = join(a, `part=${p}`, 'data_0.parquet')
    read.push(...(await connection.runAndReadAll(`select account_id, content_id from '${file}'`)).getRows())
  }
  const sql = `select account_id, content_id from ${decisions} order by account_id, content_id`
  expect(read).toEqual((await connection.runAndReadAll(sql)).getRows())
  return parts
}

it("finds every account's items, and only theirs, in an index of many files", async () => {
  expect(readdirSync(join(dir, ACCOUNT_INDEX_DIR)).length).toBe(Math.ceil(20000 / 700))
  expect(decided.size).toBe(400)
  for (const [account, rows] of decided) expect(await items.itemsOf(dir, [account])).toEqual(rows)
  const two = ['a1', 'zä99']
  expect(await items.itemsOf(dir, two)).toEqual(
    [...(decided.get('a1') ?? []), ...(decided.get('zä99') ?? [])].sort((x, y) =>
      x.content_id < y.content_id ? -1 : 1,
    ),
  )
  expect(await items.itemsOf(dir, ['nobody'])).toEqual([])
  expect(await items.itemsOf(dir, [])).toEqual([])
})

it('answers concurrent look-ups alike', async () => {
  const accounts = [...decided.keys()].slice(0, 40)
  const answers = await Promise.all(accounts.map((a) => items.itemsOf(dir, [a])))
  for (const [i, rows] of answers.entries()) expect(rows).toEqual(decided.get(accounts[i] as string))
})

it('reads the decisions whole for a snapshot sealed before the index existed', async () => {
  const old = mkdtempSync(join(tmpdir(), 'veto-items-old-'))
  try {
    const { connection, close } = await openDuckDb()
    try {
      await connection.run(
        `copy (select * from read_parquet('${join(dir, 'decisions.parquet')}')) ` +
          `to '${join(old, 'decisions.parquet')}' (format parquet)`,
      )
    } finally {
      close()
    }
    expect(await items.itemsOf(old, ['ab1'])).toEqual(decided.get('ab1'))
  } finally {
    rmSync(old, { recursive: true, force: true })
  }
})

it('cuts the index into files of whole stretches of account order, the same bytes each time', async () => {
  const again = mkdtempSync(join(tmpdir(), 'veto-items-again-'))
  try {
    const { connection, close } = await openDuckDb({ threads: 2 })
    try {
      const decisions = `read_parquet('${join(dir, 'decisions.parquet')}')`
      // Were the index a partitioned write again (it was, and at scale its threads shuffled a file's
      // row groups), this would make its threads flush as often as they did at scale.
      await connection.run('set partitioned_write_flush_threshold = 100')
      await writeAccountIndex(connection, decisions, join(again, ACCOUNT_INDEX_DIR), SIZES)
      await expectSameIndex(connection, join(dir, ACCOUNT_INDEX_DIR), join(again, ACCOUNT_INDEX_DIR), decisions)
      expect(readdirSync(again).sort()).toEqual([ACCOUNT_INDEX_DIR])
    } finally {
      close()
    }
  } finally {
    rmSync(again, { recursive: true, force: true })
  }
})

it('writes the same bytes, in account order, from decisions DuckDB scans on several threads', async () => {
  // More rows than one of DuckDB's row groups (122,880), so that the sort and the copies run in parallel.
  const big = mkdtempSync(join(tmpdir(), 'veto-items-big-'))
  try {
    const { connection, close } = await openDuckDb({ threads: 2 })
    try {
      await connection.run(`create table d as select printf('c%07d', k) as content_id,
          'a' || (hash(k) % 50000)::varchar as account_id, k % 2 = 0 as included,
          null::varchar as reason, null::varchar as decided_by
        from range(300000) t(k)`)
      const sizes = { fileRows: 100_000, groupRows: 10_000 }
      await writeAccountIndex(connection, 'd', join(big, 'one'), sizes)
      await writeAccountIndex(connection, 'd', join(big, 'two'), sizes)
      const parts = await expectSameIndex(connection, join(big, 'one'), join(big, 'two'), 'd')
      expect(parts).toEqual(['part=0', 'part=1', 'part=2'])
    } finally {
      close()
    }
  } finally {
    rmSync(big, { recursive: true, force: true })
  }
})

it('writes one empty file for no decisions, so that a look-up finds the index and nothing in it', async () => {
  const none = mkdtempSync(join(tmpdir(), 'veto-items-none-'))
  try {
    const { connection, close } = await openDuckDb()
    try {
      await connection.run(`create table d as select * from read_parquet('${join(dir, 'decisions.parquet')}') limit 0`)
      await writeAccountIndex(connection, 'd', join(none, ACCOUNT_INDEX_DIR))
    } finally {
      close()
    }
    expect(readdirSync(join(none, ACCOUNT_INDEX_DIR))).toEqual(['part=0'])
    expect(await items.itemsOf(none, ['a1'])).toEqual([])
  } finally {
    rmSync(none, { recursive: true, force: true })
  }
})
