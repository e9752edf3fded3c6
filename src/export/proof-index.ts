/**
 * A snapshot's proof index: the RFC 9162 tree over its item keys, kept so that a person's
 * proof reads a few dozen nodes instead of rebuilding the tree. A folder with one file per
 * stored level (`0.hex` holds the sorted keys, `3.hex`, `6.hex`, … every BLOCK_LEVELS-th
 * level's nodes, as `ledger/block-proof.ts` reads them), each node a line of 64 lower-case hex
 * digits: node i of a level starts at byte 65·i. Finding a key is a binary search of a few
 * dozen 64-byte reads, and a block is one read, whatever the snapshot's size; the reads go
 * through libuv's threads, never blocking the event loop.
 * @module
 */
import { type FileHandle, open } from 'node:fs/promises'
import { join } from 'node:path'
import type { DuckDBConnection } from '@duckdb/node-api'
import { BLOCK, BLOCK_LEVELS } from '../ledger/block-proof.js'
import { hashLeaf, type Hash } from '../ledger/merkle.js'
import { sqlString } from './sql-string.js'

const LINE = 65

/** Writes one stored level (`relation.column`, a BLOB, in the relation's order) into the index folder. */
export async function writeProofIndexLevel(connection: DuckDBConnection, dir: string, level: number, relation: string, column: string): Promise<void> {
  // Hex never needs quoting: with no quote and no header every line is exactly LINE bytes.
  await connection.run(`copy (select lower(hex(${column})) from ${relation}) to ${sqlString(join(dir, `${level}.hex`))}
    (format csv, header false, quote '', escape '')`)
}

export interface ProofIndex {
  /** How many keys sort before `key` (lower-case hex): where it stands, or would stand. */
  positionOf(key: string): Promise<number>
  /** Keys `from` to `from + count`, fewer at the end. */
  keys(from: number, count: number): Promise<string[]>
  /** Block `block` of stored level `level`; at level 0, the leaf hashes of its keys. */
  readBlock(level: number, block: number): Promise<Hash[]>
  close(): Promise<void>
}

/** Opens the index of a tree of `size` keys; a file shorter than its level needs is refused. */
export async function openProofIndex(dir: string, size: number): Promise<ProofIndex> {
  const files = new Map<number, FileHandle>()
  const file = async (level: number) => {
    let f = files.get(level)
    if (!f) {
      f = await open(join(dir, `${level}.hex`), 'r')
      files.set(level, f)
      // The level's width: ceil(size / BLOCK^(level / BLOCK_LEVELS)) nodes.
      const width = Math.ceil(size / BLOCK ** (level / BLOCK_LEVELS))
      if ((await f.stat()).size !== width * LINE) throw new Error(`proof index level ${level}: ${(await f.stat()).size} bytes, not ${width * LINE}`)
    }
    return f
  }
  const lines = async (level: number, from: number, count: number): Promise<string[]> => {
    const width = Math.ceil(size / BLOCK ** (level / BLOCK_LEVELS))
    const n = Math.max(0, Math.min(count, width - from))
    if (n === 0) return []
    const buf = Buffer.alloc(n * LINE)
    const { bytesRead } = await (await file(level)).read(buf, 0, buf.length, from * LINE)
    if (bytesRead !== buf.length) throw new Error(`proof index level ${level}: short read at node ${from}`)
    const text = buf.toString('latin1')
    return Array.from({ length: n }, (_, i) => text.slice(i * LINE, i * LINE + 64))
  }
  return {
    async positionOf(key) {
      let lo = 0
      let hi = size
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if ((await lines(0, mid, 1))[0] as string < key) lo = mid + 1
        else hi = mid
      }
      return lo
    },
    keys: (from, count) => lines(0, from, count),
    async readBlock(level, block) {
      const nodes = (await lines(level, block * BLOCK, BLOCK)).map((h) => Buffer.from(h, 'hex'))
      return level === 0 ? nodes.map((k) => hashLeaf(k)) : nodes
    },
    async close() {
      for (const f of files.values()) await f.close()
    },
  }
}
