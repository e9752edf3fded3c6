import { createHmac } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { openDuckDb } from '../content/duckdb.js'
import { inclusionProofFromBlocks } from '../ledger/block-proof.js'
import { hashLeaf, inclusionProof, rootOf, verifyInclusion } from '../ledger/merkle.js'
import { hmacSql, includedKeysSql, itemKey, type KeyScheme, merkleRootSql } from './item-keys.js'
import { openProofIndex } from './proof-index.js'

it('computes the item keys of both schemes and the RFC 9162 root in SQL exactly as in JavaScript', {
  timeout: 120_000,
}, async () => {
  const { connection, close } = await openDuckDb()
  try {
    // As the snapshot leaves it: the root must not depend on how the connection was set.
    await connection.run('set preserve_insertion_order = false')
    const secret = Buffer.alloc(32, 0xab)
    // The last size spans several of DuckDB's row groups, which its threads scan in parallel.
    for (const n of [0, 1, 2, 3, 5, 7, 8, 9, 13, 63, 64, 65, 100, 513, 1000, 300_001]) {
      // Every third item left out; accounts with several items, one with none included.
      const rows = Array.from({ length: n }, (_, i) => ({ id: `c-${i}-ü`, account: `a-${i % 7}-é`, in: i % 3 !== 0 }))
      await connection.run(`create or replace table decisions as
        select 'c-' || i || '-ü' as content_id, 'a-' || (i % 7) || '-é' as account_id, i % 3 <> 0 as included
        from range(${n}) t(i)`)
      for (const scheme of [1, 2] as KeyScheme[]) {
        await connection.run(`create or replace table k as ${includedKeysSql(scheme, secret, 'decisions')}`)
        const keys = rows
          .filter((r) => r.in)
          .map((r) => itemKey(scheme, secret, r.account, r.id))
          .sort()
        const sqlKeys = (await connection.runAndReadAll(`select key from k order by key`))
          .getRowObjectsJson()
          .map((r) => r.key)
        expect(sqlKeys, `scheme ${scheme}, ${n} items`).toEqual(keys)
        const { root, size } = await merkleRootSql(connection, 'k')
        expect(size).toBe(keys.length)
        expect(root.toString('hex')).toBe(rootOf(keys.map((k) => hashLeaf(Buffer.from(k, 'hex')))).toString('hex'))
      }
    }
  } finally {
    close()
  }
})

it('keys an item under scheme 2 as HMAC(HMAC(secret, account id), content id)', () => {
  const secret = Buffer.alloc(32, 1)
  const account = createHmac('sha256', secret).update('acc-1').digest()
  expect(itemKey(2, secret, 'acc-1', 'c-1')).toBe(createHmac('sha256', account).update('c-1').digest('hex'))
  expect(itemKey(1, secret, 'acc-1', 'c-1')).toBe(createHmac('sha256', secret).update('c-1').digest('hex'))
  // The same item under another account gets another key.
  expect(itemKey(2, secret, 'acc-2', 'c-1')).not.toBe(itemKey(2, secret, 'acc-1', 'c-1'))
})

it('writes a proof index whose blocks give every leaf the proof RFC 9162 gives it', { timeout: 120_000 }, async () => {
  const { connection, close } = await openDuckDb()
  const dir = mkdtempSync(join(tmpdir(), 'veto-proof-index-'))
  try {
    await connection.run('set preserve_insertion_order = false')
    const secret = Buffer.alloc(32, 0x5c)
    // Sizes at the edges of blocks (8) and of stored levels (64, 512, 4096), where a short
    // last block or a node moved up unchanged changes the path.
    for (const n of [0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 63, 64, 65, 100, 511, 512, 513, 4095, 4097]) {
      await connection.run(
        `create or replace table k as select ${hmacSql(secret, `'c' || i`)} as key from range(${n}) t(i)`,
      )
      const indexDir = join(dir, `index-${n}`)
      const { root } = await merkleRootSql(connection, 'k', { indexDir })
      const keys = Array.from({ length: n }, (_, i) => itemKey(1, secret, '', `c${i}`)).sort()
      const leaves = keys.map((k) => hashLeaf(Buffer.from(k, 'hex')))
      const index = await openProofIndex(indexDir, n)
      try {
        expect(await index.keys(0, n + 1)).toEqual(keys)
        // Every leaf of the small trees; a spread of them in the large ones.
        const step = n > 600 ? 37 : 1
        for (let i = 0; i < n; i += step) {
          expect(await index.positionOf(keys[i] as string)).toBe(i)
          if (i % 2 === 0) await index.prefetch(i)
          const proof = await inclusionProofFromBlocks(i, n, index.readBlock)
          expect(
            proof.map((h) => h.toString('hex')),
            `leaf ${i} of ${n}`,
          ).toEqual(inclusionProof(i, leaves).map((h) => h.toString('hex')))
          expect(verifyInclusion(i, n, leaves[i] as Buffer, proof, root)).toBe(true)
        }
        // Where an absent key would stand: before the first, between two, after the last.
        expect(await index.positionOf('0'.repeat(64))).toBe(0)
        expect(await index.positionOf('f'.repeat(64))).toBe(n)
        for (let i = 0; i + 1 < n; i += step) {
          const k = keys[i] as string
          const last = Number.parseInt(k.slice(63), 16)
          const probe = `${k.slice(0, 63)}${(last + 1).toString(16)}`
          if (last < 15 && probe < (keys[i + 1] as string)) expect(await index.positionOf(probe)).toBe(i + 1)
        }
      } finally {
        await index.close()
      }
    }
  } finally {
    close()
    rmSync(dir, { recursive: true, force: true })
  }
})

it('refuses a block of the wrong length rather than give a wrong proof', async () => {
  const leaf = hashLeaf(Buffer.from('a'))
  await expect(inclusionProofFromBlocks(0, 9, async () => [leaf, leaf])).rejects.toThrow(/holds 2 nodes, not 8/)
  await expect(inclusionProofFromBlocks(9, 9, async () => [])).rejects.toThrow(/not in a tree of 9/)
})
