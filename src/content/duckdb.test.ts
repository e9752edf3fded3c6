import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDuckPool, openDuckDb, removeStaleSpills } from './duckdb.js'

async function setting(connection: { runAndReadAll(sql: string): Promise<{ getRowObjectsJson(): unknown[] }> }) {
  const rows = (
    await connection.runAndReadAll(
      `select current_setting('memory_limit') as m, current_setting('block_allocator_memory') as b`,
    )
  ).getRowObjectsJson() as { m: string; b: string }[]
  return rows[0]
}

describe('DuckDB instances', () => {
  it('a job with a memory limit keeps that much of freed blocks for reuse (fewer page faults)', async () => {
    const duck = await openDuckDb({ memoryLimit: '256MB' })
    try {
      const s = await setting(duck.connection)
      expect(s?.b).toBe(s?.m)
      expect(s?.b).not.toBe('0 bytes')
    } finally {
      duck.close()
    }
  })

  it('a job without a limit, and the long-lived pool, keep none: their memory goes back to the system', async () => {
    const duck = await openDuckDb()
    try {
      expect((await setting(duck.connection))?.b).toBe('0 bytes')
    } finally {
      duck.close()
    }
    const pool = createDuckPool()
    try {
      expect((await pool.withConnection(setting))?.b).toBe('0 bytes')
    } finally {
      pool.close()
    }
  })

  it('two jobs spilling at once under one folder each spill into a folder of their own, removed on close', async () => {
    // DuckDB names spill files by block size alone: two instances in one folder overwrite each
    // other's blocks ("Corrupt temporary file"). A sort of 3M rows over a 64 MB limit spills.
    const parent = mkdtempSync(join(tmpdir(), 'veto-spill-'))
    const spilled = new Set<string>()
    const watch = setInterval(() => {
      for (const dir of readdirSync(parent)) for (const f of readdirSync(join(parent, dir))) spilled.add(`${dir}/${f}`)
    }, 20)
    try {
      const sorts = [1, 2].map(async (seed) => {
        const duck = await openDuckDb({ memoryLimit: '64MB', threads: 1, spillUnder: parent })
        try {
          const rows = await duck.connection.runAndReadAll(
            `select count(*)::int as n, sum(i * row)::varchar as s from (
               select i, row_number() over (order by text) as row
               from (select i, md5((i * ${seed})::varchar) || repeat('x', 40) as text from range(3000000) t(i)))`,
          )
          return rows.getRowObjectsJson()[0]
        } finally {
          duck.close()
        }
      })
      const [a, b] = await Promise.all(sorts)
      expect(a).toMatchObject({ n: 3_000_000 })
      expect(b).toMatchObject({ n: 3_000_000 })
      expect(a).not.toEqual(b)
      // Both spilled, each into its own folder; both folders are gone.
      expect(new Set([...spilled].map((f) => f.split('/')[0])).size).toBe(2)
      expect(readdirSync(parent)).toEqual([])
    } finally {
      clearInterval(watch)
      rmSync(parent, { recursive: true, force: true })
    }
  })

  it("removes the spill folders this machine's dead processes left, and no other", () => {
    const parent = mkdtempSync(join(tmpdir(), 'veto-spill-'))
    try {
      const dead = `duckdb-spill-${hostname()}-2147483646-0123456789abcdef`
      const live = `duckdb-spill-${hostname()}-${process.ppid}-0123456789abcdef`
      const elsewhere = `duckdb-spill-another-host-2147483646-0123456789abcdef`
      for (const name of [dead, live, elsewhere, 'unrelated']) mkdirSync(join(parent, name))
      expect(removeStaleSpills(parent)).toBe(1)
      expect(readdirSync(parent).sort()).toEqual([elsewhere, live, 'unrelated'].sort())
    } finally {
      rmSync(parent, { recursive: true, force: true })
    }
  })
})
