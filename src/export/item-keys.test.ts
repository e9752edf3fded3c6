import { expect, it } from 'vitest'
import { openDuckDb } from '../content/duckdb.js'
import { hashLeaf, rootOf } from '../ledger/merkle.js'
import { hmacSql, itemKey, merkleRootSql } from './item-keys.js'
import { sqlString } from './sql-string.js'

it('computes HMAC keys and the RFC 9162 root in SQL exactly as in JavaScript', async () => {
  const { connection, close } = await openDuckDb()
  try {
    const secret = Buffer.alloc(32, 0xab)
    for (const n of [0, 1, 2, 3, 5, 7, 8, 9, 13, 63, 64, 65, 100, 513, 1000]) {
      const ids = Array.from({ length: n }, (_, i) => `c-${i}-ü`)
      await connection.run(`create or replace table items (id varchar)`)
      if (n > 0) await connection.run(`insert into items values ${ids.map((id) => `(${sqlString(id)})`).join(', ')}`)
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
