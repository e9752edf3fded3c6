/**
 * A snapshot's Merkle tree is over its included items' secret keys, HMAC-SHA256(secret,
 * content id), sorted: a proof for one item shows only keys, which reveal nothing of other
 * people's items. Both the keys and the tree are computed inside DuckDB, in parallel.
 * @module
 */
import { createHmac } from 'node:crypto'
import type { DuckDBConnection } from '@duckdb/node-api'
import { EMPTY_ROOT } from '../ledger/merkle.js'

const BLOCK = 64

function pad(secret: Buffer, byte: number): string {
  const block = Buffer.alloc(BLOCK)
  secret.copy(block)
  for (let i = 0; i < BLOCK; i++) block[i] = (block[i] as number) ^ byte
  return block.toString('hex')
}

/** HMAC-SHA256(secret, column) as lower-case hex, in SQL (RFC 2104 spelled out over sha256). */
export function hmacSql(secret: Buffer, column: string): string {
  if (secret.length > BLOCK) throw new Error('an HMAC key longer than the block is hashed first; ours is 32 bytes')
  return `sha256(unhex('${pad(secret, 0x5c)}') || unhex(sha256(unhex('${pad(secret, 0x36)}') || encode(${column}))))`
}

export function itemKey(secret: Buffer, contentId: string): string {
  return createHmac('sha256', secret).update(contentId).digest('hex')
}

/**
 * RFC 9162 root over the keys in `table.key` (hex), sorted. Level by level: neighbours are
 * paired and an unpaired last node moves up unchanged, which is the RFC's tree exactly.
 */
export async function merkleRootSql(connection: DuckDBConnection, table: string): Promise<{ root: Buffer; size: number }> {
  await connection.run(`create or replace temp table merkle_level as
    select row_number() over (order by key) - 1 as i, unhex(sha256(unhex('00') || unhex(key))) as h from ${table}`)
  const count = async () => Number((await connection.runAndReadAll(`select count(*) as n from merkle_level`)).getRowObjectsJson()[0]?.n ?? 0)
  const size = await count()
  if (size === 0) return { root: EMPTY_ROOT, size }
  for (let n = size; n > 1; n = await count()) {
    await connection.run(`create or replace temp table merkle_next as
      select i // 2 as i, case when count(*) = 2 then unhex(sha256(unhex('01') || arg_min(h, i) || arg_max(h, i))) else any_value(h) end as h
      from merkle_level group by i // 2`)
    await connection.run(`drop table merkle_level`)
    await connection.run(`alter table merkle_next rename to merkle_level`)
  }
  const row = (await connection.runAndReadAll(`select hex(h) as h from merkle_level`)).getRowObjectsJson()[0]
  return { root: Buffer.from(String(row?.h), 'hex'), size }
}
