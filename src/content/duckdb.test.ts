import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
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

  it('removes the spill folder of a process killed while it spilled, once an instance opens beside it', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'veto-spill-'))
    const built = new URL('../../dist/content/duckdb.js', import.meta.url).href
    // A job of its own process, sorting far over its limit until it is killed.
    const script = `
      import { openDuckDb } from ${JSON.stringify(built)}
      const duck = await openDuckDb({ memoryLimit: '64MB', threads: 1, spillUnder: ${JSON.stringify(parent)} })
      await duck.connection.run("select count(*) from (select row_number() over (order by md5(i::varchar) || " +
        "repeat('x', 40)) from range(30000000) t(i))")`
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' })
    try {
      const spilled = () => readdirSync(parent).some((d) => readdirSync(join(parent, d)).length > 0)
      for (let waited = 0; !spilled(); waited += 50) {
        if (waited > 60_000 || child.exitCode !== null) throw new Error('the job never spilled')
        await sleep(50)
      }
      child.kill('SIGKILL')
      await once(child, 'exit')
      const [left] = readdirSync(parent)
      expect(left).toContain(`-${child.pid}-`)
      const duck = await openDuckDb({ spillUnder: parent })
      try {
        expect(readdirSync(parent)).toEqual([expect.stringContaining(`-${process.pid}-`)])
      } finally {
        duck.close()
      }
      expect(readdirSync(parent)).toEqual([])
    } finally {
      child.kill('SIGKILL')
      rmSync(parent, { recursive: true, force: true })
    }
  })
})
