import { expect, it } from 'vitest'
import { openDuckDb } from '../content/duckdb.js'
import { hashLeaf, rootOf } from '../ledger/merkle.js'
import { hmacSql, itemKey, merkleRootSql } from './item-keys.js'

it('computes HMAC keys and the RFC 9162 root in SQL exactly as in JavaScript', { timeout: 60_000 }, async () => {
  const { connection, close } = await openDuckDb()
  try {
    // As the snapshot leaves it: the root must not depend on how the connection was set.
    await connection.run('set preserve_insertion_order = false')
    const secret = Buffer.alloc(32, 0xab)
    // The last size spans several of DuckDB's row groups, which its threads scan in parallel.
    for (const n of [0, 1, 2, 3, 5, 7, 8, 9, 13, 63, 64, 65, 100, 513, 1000, 300_001]) {
      const ids = Array.from({ length: n }, (_, i) => `c-${i}-ü`)
      await connection.run(`create or replace table items as select 'c-' || i || '-ü' as id from range(${n}) t(i)`)
      await connection.run(`create or replace table k as select ${hmacSql(secret, 'id')} as key from items`)
      const keys = ids.map((id) => itemKey(secret, id)).sort()
      const sqlKeys = (await connection.runAndReadAll(`select key from k order by key`)).getRowObjectsJson().map((r) => r.key)
      expect(sqlKeys).toEqual(keys)
      const { root, size } = await merkleRootSql(connection, 'k')
      expect(size).toBe(n)
      expect(root.toString('hex')).toBe(rootOf(keys.map((k) => hashLeaf(Buffer.from(k, 'hex')))).toString('hex'))
    }
  } finally {
    close()
  }
})
