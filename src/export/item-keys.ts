/**
 * A snapshot's Merkle tree is over its included items' keys, sorted: a proof for one item shows
 * only keys, which reveal nothing of other people's items. This module computes both in SQL,
 * inside DuckDB: the independent way `services/snapshot-checks.ts` recomputes a sealed root. A
 * snapshot is built by `item-hashes.ts`, which gives the same keys, root and proof index in
 * WebAssembly at a third of the time; its test holds the two together.
 *
 * Key scheme 2 (from this version on): each account has a key per snapshot,
 * `k = HMAC-SHA256(snapshot secret, account id)`, and an item's key is `HMAC-SHA256(k, content id)`.
 * A person handed `k` recomputes the keys of all their items, and of no one else's, so a proof
 * binds a key to its content id without trusting the platform for that link. Scheme 1, of
 * snapshots sealed before, keys an item as `HMAC-SHA256(snapshot secret, content id)`; only the
 * holder of the secret can tell which item a key stands for. A snapshot's manifest and record
 * say which scheme its keys follow.
 * @module
 */
import { createHmac } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import type { DuckDBConnection } from '@duckdb/node-api'
import { BLOCK as TREE_BLOCK, BLOCK_LEVELS } from '../ledger/block-proof.js'
import { EMPTY_ROOT } from '../ledger/merkle.js'
import { writeProofIndexLevel } from './proof-index.js'

export type KeyScheme = 1 | 2

/** The scheme a snapshot sealed now keys its items with. */
export const KEY_SCHEME: KeyScheme = 2

/** Each scheme's item key, in the words the manifest and the docs use. */
export const KEY_SCHEME_TEXT: Record<KeyScheme, string> = {
  1: 'HMAC-SHA256(snapshot secret, content id)',
  2: 'HMAC-SHA256(account key, content id), account key = HMAC-SHA256(snapshot secret, account id)',
}

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

/**
 * A 32-byte key column padded to the block and XORed with `byte`: an HMAC's inner or outer
 * pad for a key that differs from row to row (DuckDB XORs bit strings, not blobs).
 */
function padSql(key: string, byte: number): string {
  const zeros = '00'.repeat(BLOCK - 32)
  const mask = byte.toString(16).padStart(2, '0').repeat(BLOCK)
  return `xor((${key} || unhex('${zeros}'))::bit, unhex('${mask}')::bit)::blob`
}

/**
 * The keys of the included items among `decisions` (a relation with the columns of
 * `decisions.parquet`): what a snapshot's tree is built over, when it is sealed and whenever
 * its root is computed again from the decisions. Under scheme 2 each account's key and pads
 * are computed once, for the accounts with included items, and joined to their items: the one
 * step a per-account key adds (bench/export/account-keys.js measures it).
 */
export function includedKeysSql(scheme: KeyScheme, secret: Buffer, decisions: string): string {
  if (scheme === 1) return `select ${hmacSql(secret, 'content_id')} as key from ${decisions} where included`
  return `with account_keys as (
      select account_id, unhex(${hmacSql(secret, 'account_id')}) as k
      from (select distinct account_id from ${decisions} where included)),
    pads as (select account_id, ${padSql('k', 0x36)} as ipad, ${padSql('k', 0x5c)} as opad from account_keys)
    select sha256(p.opad || unhex(sha256(p.ipad || encode(d.content_id)))) as key
    from ${decisions} d join pads p using (account_id) where d.included`
}

/** An account's key in a snapshot (scheme 2): what a person's proof hands them. */
export function accountKey(secret: Buffer, accountId: string): Buffer {
  return createHmac('sha256', secret).update(accountId).digest()
}

/** The key (lower-case hex) of `contentId` under `key`: the snapshot secret (scheme 1) or an account key (2). */
export function keyUnder(key: Buffer, contentId: string): string {
  return createHmac('sha256', key).update(contentId).digest('hex')
}

/** An item's key (lower-case hex) under `scheme`. */
export function itemKey(scheme: KeyScheme, secret: Buffer, accountId: string, contentId: string): string {
  return keyUnder(scheme === 1 ? secret : accountKey(secret, accountId), contentId)
}

/** Levels of the tree that one statement climbs, and so the levels a proof index stores. */
const LEVELS = BLOCK_LEVELS
const FANOUT = TREE_BLOCK

/**
 * The node over children `h0…h(n-1)` of one aligned block, for every n up to FANOUT: pairs
 * of neighbours hashed, an unpaired last one moved up unchanged, level by level.
 */
function blockSql(): string {
  const cases: string[] = []
  for (let n = 2; n <= FANOUT; n++) {
    let nodes = Array.from({ length: n }, (_, k) => `h${k}`)
    while (nodes.length > 1) {
      const next: string[] = []
      for (let k = 0; k + 1 < nodes.length; k += 2)
        next.push(`unhex(sha256(unhex('01') || ${nodes[k]} || ${nodes[k + 1]}))`)
      if (nodes.length % 2 === 1) next.push(nodes[nodes.length - 1] as string)
      nodes = next
    }
    cases.push(`when ${n} then ${nodes[0]}`)
  }
  return `case n ${cases.join(' ')} else h0 end`
}

export interface MerkleRootOptions {
  /**
   * Also writes the tree as a proof index into this folder (`proof-index.ts`): the sorted keys
   * as level 0, then every LEVELS-th level's nodes, which `ledger/block-proof.ts` reads back.
   */
  readonly indexDir?: string
}

/**
 * RFC 9162 root over the keys in `table.key` (hex), sorted. Level by level: neighbours are
 * paired and an unpaired last node moves up unchanged, which is the RFC's tree exactly. Only
 * the last block of a level can be short, and blocks start at multiples of FANOUT, so each
 * block's LEVELS levels are its own: one statement climbs them all.
 */
export async function merkleRootSql(
  connection: DuckDBConnection,
  table: string,
  options: MerkleRootOptions = {},
): Promise<{ root: Buffer; size: number }> {
  // Keys and leaves stored in key order, so that a row's rowid is its index.
  await connection.run(`set preserve_insertion_order = true`)
  await connection.run(`create or replace temp table merkle_keys as select unhex(key) as k from ${table} order by key`)
  await connection.run(
    `create or replace temp table merkle_level as select unhex(sha256(unhex('00') || k)) as h from merkle_keys`,
  )
  const count = async () =>
    Number((await connection.runAndReadAll(`select count(*) as n from merkle_level`)).getRowObjectsJson()[0]?.n ?? 0)
  const size = await count()
  // The stored levels above the leaves, kept for the index.
  const kept: string[] = []
  try {
    // The k-th child of every block, side by side: a positional join of the FANOUT strided scans
    // (filtered scans keep the table's order), with no hash table or sort. A short last block
    // has NULL for its missing children. The join runs on one thread, so its rows are stored
    // first and hashed after, from a table scan, on every thread: 2.7 → 1.3 s at 2.9M keys.
    const children = Array.from(
      { length: FANOUT },
      (_, k) => `(select h as h${k} from merkle_level where rowid % ${FANOUT} = ${k})`,
    ).join(' positional join ')
    const firstMissing = Array.from({ length: FANOUT - 1 }, (_, k) => `when h${k + 1} is null then ${k + 1}`).join(' ')
    const present = `case ${firstMissing} else ${FANOUT} end`
    for (let n = size, level = LEVELS; n > 1; n = await count(), level += LEVELS) {
      await connection.run(`create or replace temp table merkle_blocks as select *, ${present} as n from ${children}`)
      if (options.indexDir && level > LEVELS) {
        // The level just climbed from stays for the index; the leaves it holds as keys.
        kept.push(`merkle_level_${level - LEVELS}`)
        await connection.run(`alter table merkle_level rename to merkle_level_${level - LEVELS}`)
      } else await connection.run(`drop table merkle_level`)
      await connection.run(`create temp table merkle_level as select ${blockSql()} as h from merkle_blocks`)
      await connection.run(`drop table merkle_blocks`)
    }
    if (options.indexDir) {
      mkdirSync(options.indexDir, { recursive: true })
      await writeProofIndexLevel(connection, options.indexDir, 0, 'merkle_keys', 'k')
      for (const t of kept)
        await writeProofIndexLevel(connection, options.indexDir, Number(t.slice('merkle_level_'.length)), t, 'h')
    }
    // An empty tree's index has no rows; its root is the hash of nothing.
    if (size === 0) return { root: EMPTY_ROOT, size }
    const row = (await connection.runAndReadAll(`select hex(h) as h from merkle_level`)).getRowObjectsJson()[0]
    return { root: Buffer.from(String(row?.h), 'hex'), size }
  } finally {
    for (const t of ['merkle_keys', 'merkle_level', ...kept]) await connection.run(`drop table if exists ${t}`)
  }
}
