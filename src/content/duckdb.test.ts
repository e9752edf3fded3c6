import { describe, expect, it } from 'vitest'
import { createDuckPool, openDuckDb } from './duckdb.js'

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
})
