import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { openDuckDb } from '../content/duckdb.js'
import { hashLeaf, rootOf } from '../ledger/merkle.js'
import { hashIncluded } from './item-hashes.js'
import { includedKeysSql, itemKey, type KeyScheme, merkleRootSql } from './item-keys.js'
import { DESC, NO_TAG, Sha256Lanes } from '../hash/sha256-lanes.js'

it('hashes four messages at a time as Node’s SHA-256 and HMAC do, whatever their lengths, prefixes and tags', () => {
  const lanes = new Sha256Lanes()
  const message = fc.record({
    bytes: fc.oneof(fc.uint8Array({ maxLength: 60 }), fc.uint8Array({ maxLength: 300, size: 'max' })),
    tag: fc.constantFrom(NO_TAG, 0, 1),
    key: fc.option(fc.uint8Array({ minLength: 32, maxLength: 32 }), { nil: undefined }),
  })
  fc.assert(
    fc.property(fc.array(message, { minLength: 1, maxLength: 13 }), (messages) => {
      const mark = lanes.mark()
      const desc = lanes.alloc(messages.length * DESC)
      const out = lanes.alloc(messages.length * 32)
      const view = () => new Uint32Array(lanes.x.memory.buffer, desc, messages.length * 4)
      const prefixes = messages.map((m) => (m.key ? lanes.padsOf(m.key) : 0))
      messages.forEach((m, i) => {
        const data = lanes.put(m.bytes)
        view().set([prefixes[i] as number, data, m.bytes.length, m.tag >>> 0], i * 4)
      })
      lanes.x.digest(desc, messages.length, out)
      messages.forEach((m, i) => {
        const tagged = m.tag === NO_TAG ? Buffer.from(m.bytes) : Buffer.concat([Buffer.from([m.tag]), m.bytes])
        // With a key's pads as prefix, the digest is HMAC's inner hash: the state after the
        // 64-byte inner pad, then the message.
        const pad = m.key ? Buffer.concat([Buffer.from(m.key), Buffer.alloc(32)]).map((b) => b ^ 0x36) : Buffer.alloc(0)
        const want = createHash('sha256').update(pad).update(tagged).digest('hex')
        expect(Buffer.from(lanes.bytes(out + 32 * i, 32)).toString('hex')).toBe(want)
      })
      lanes.release(mark)
    }),
    { numRuns: 300 },
  )
  // RFC 4231, test case 1: a 20-byte key, which HMAC pads with zeros as the pads of a 32-byte one.
  const key = Buffer.concat([Buffer.alloc(20, 0x0b), Buffer.alloc(12)])
  expect(lanes.hmac(key, Buffer.from('Hi There')).toString('hex')).toBe(
    'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
  )
})

it('tells records that do not parse, and stops at the limit it is given', () => {
  const lanes = new Sha256Lanes()
  const parse = (text: string, limit = 100) => {
    const mark = lanes.mark()
    const input = lanes.put(Buffer.from(text))
    const desc = lanes.alloc(limit * DESC)
    const n = lanes.x.parseRecords(input, Buffer.byteLength(text), false, 0, desc, 0, 0, 0, limit)
    const got = { n, bytes: lanes.x.parsed(), malformed: lanes.x.malformed() !== 0 }
    lanes.release(mark)
    return got
  }
  expect(parse('2:ab3:c:d0:')).toEqual({ n: 3, bytes: 11, malformed: false })
  expect(parse('2:ab3:c:d0:', 2)).toEqual({ n: 2, bytes: 9, malformed: false })
  // A length past the end, one that is not digits, and one with no colon.
  expect(parse('2:ab9:cd').malformed).toBe(true)
  expect(parse('2:abx:cd').malformed).toBe(true)
  expect(parse('2:ab12').malformed).toBe(true)
})

it('sorts keys that share long prefixes as a byte-wise comparison does', () => {
  const lanes = new Sha256Lanes()
  // Bytes from a small alphabet, so that many keys agree far into their bytes.
  const key = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((k) => k.map((b) => b % 3))
  fc.assert(
    fc.property(fc.array(key, { maxLength: 400 }), fc.integer({ min: 0, max: 2 }), (keys, skip) => {
      const mark = lanes.mark()
      // The bytes before `skip` are the same in all keys, as in one of the key files.
      const given = keys.map((k) => Buffer.from(k).fill(7, 0, skip))
      const src = lanes.put(Buffer.concat(given))
      const dst = lanes.alloc(given.length * 32)
      lanes.x.sortKeys(src, given.length, dst, lanes.alloc(65537 * 4), skip)
      const sorted = Buffer.from(lanes.bytes(dst, given.length * 32))
      expect(sorted.equals(Buffer.concat([...given].sort(Buffer.compare)))).toBe(true)
      lanes.release(mark)
    }),
    { numRuns: 200 },
  )
})

it('keys the included items and writes the tree and proof index byte for byte as the SQL path does', {
  timeout: 180_000,
}, async () => {
  const { connection, close } = await openDuckDb()
  const dir = mkdtempSync(join(tmpdir(), 'veto-item-hashes-'))
  try {
    await connection.run('set preserve_insertion_order = false')
    const secret = createHash('sha256').update('a snapshot secret').digest()
    // Sizes at the edges of blocks (8) and stored levels (64, 512, 4096); ids of one byte, of
    // several blocks, with non-ASCII letters, a colon and a line break; an account with no item in;
    // last, one account with more included items than a batch gathers (65,536).
    for (const n of [0, 1, 2, 3, 7, 8, 9, 64, 65, 513, 4097, 70_001, 90_000]) {
      const account = n === 90_000 ? `'one'` : `'a:' || (i % 13) || '-ß'`
      await connection.run(`create or replace table decisions as
        select case when i % 11 = 0 then 'x' || repeat('long-ü:', i % 40) else 'c' || i || E'-é\\n' end as content_id,
          ${account} as account_id, i % 5 <> 0 as included
        from range(${n}) t(i)`)
      const rows = (
        await connection.runAndReadAll(`select content_id, account_id from decisions where included`)
      ).getRowObjectsJson()
      for (const scheme of [1, 2] as KeyScheme[]) {
        const keys = rows.map((r) => itemKey(scheme, secret, String(r.account_id), String(r.content_id))).sort()
        const wasmDir = join(dir, `wasm-${n}-${scheme}`)
        const sqlDir = join(dir, `sql-${n}-${scheme}`)
        // The larger sizes are gathered into texts in several parts, as at scale.
        const perPart = n > 4000 ? 3000 : undefined
        const keying = { secret, keyScheme: scheme }
        const wasm = await hashIncluded(connection, 'decisions', keying, `${wasmDir}-keys`, wasmDir, perPart)
        await connection.run(`create or replace table k as ${includedKeysSql(scheme, secret, 'decisions')}`)
        const sql = await merkleRootSql(connection, 'k', { indexDir: sqlDir })
        const label = `scheme ${scheme}, ${n} items`
        expect(wasm.size, label).toBe(keys.length)
        expect(wasm.root.toString('hex'), label).toBe(
          rootOf(keys.map((k) => hashLeaf(Buffer.from(k, 'hex')))).toString('hex'),
        )
        expect(wasm.root.toString('hex'), label).toBe(sql.root.toString('hex'))
        expect(readdirSync(wasmDir).sort(), label).toEqual(readdirSync(sqlDir).sort())
        for (const f of readdirSync(sqlDir)) {
          expect(readFileSync(join(wasmDir, f)).equals(readFileSync(join(sqlDir, f))), `${label}: ${f}`).toBe(true)
        }
        expect(readdirSync(dir)).not.toContain(`wasm-${n}-${scheme}-keys`)
      }
    }
  } finally {
    close()
    rmSync(dir, { recursive: true, force: true })
  }
})
