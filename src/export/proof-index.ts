/**
 * A snapshot's proof index: the RFC 9162 tree over its item keys, kept so that a person's
 * proof reads a few dozen nodes instead of rebuilding the tree. A folder with one file per
 * stored level (`0.hex` holds the sorted keys, `3.hex`, `6.hex`, … every BLOCK_LEVELS-th
 * level's nodes, as `ledger/block-proof.ts` reads them), each node a line of 64 lower-case hex
 * digits: node i of a level starts at byte 65·i. Finding a key takes a few rounds of 64-byte
 * reads side by side, and a proof's blocks are read all at once, whatever the snapshot's
 * size; the reads go through libuv's threads, never blocking the event loop.
 * @module
 */
import { type FileHandle, open } from 'node:fs/promises'
import { join } from 'node:path'
import type { DuckDBConnection } from '@duckdb/node-api'
import { BLOCK, BLOCK_LEVELS } from '../ledger/block-proof.js'
import { hashLeaf, type Hash } from '../ledger/merkle.js'
import { literal } from '../store/sql-text.js'

const LINE = 65

/** Writes one stored level (`relation.column`, a BLOB, in the relation's order) into the index folder. */
export async function writeProofIndexLevel(
  connection: DuckDBConnection,
  dir: string,
  level: number,
  relation: string,
  column: string,
): Promise<void> {
  // Hex never needs quoting: with no quote and no header every line is exactly LINE bytes.
  await connection.run(`copy (select lower(hex(${column})) from ${relation}) to ${literal(join(dir, `${level}.hex`))}
    (format csv, header false, quote '', escape '')`)
}

export interface ProofIndex {
  /** How many keys sort before `key` (lower-case hex): where it stands, or would stand. */
  positionOf(key: string): Promise<number>
  /** Keys `from` to `from + count`, fewer at the end. */
  keys(from: number, count: number): Promise<string[]>
  /** Reads, all at once, every block the proof of leaf `index` needs; `readBlock` then has them. */
  prefetch(index: number): Promise<void>
  /** Block `block` of stored level `level`; at level 0, the leaf hashes of its keys. */
  readBlock(level: number, block: number): Promise<Hash[]>
  close(): Promise<void>
}

/** Keys probed side by side in each round of the search: a few rounds at any size. */
const FAN = 64

/** Opens the index of a tree of `size` keys; a file shorter than its level needs is refused. */
export async function openProofIndex(dir: string, size: number): Promise<ProofIndex> {
  const widthOf = (level: number) => Math.ceil(size / BLOCK ** (level / BLOCK_LEVELS))
  const files = new Map<number, Promise<FileHandle>>()
  const file = (level: number) => {
    let f = files.get(level)
    if (!f) {
      f = open(join(dir, `${level}.hex`), 'r').then(async (handle) => {
        const bytes = (await handle.stat()).size
        if (bytes === widthOf(level) * LINE) return handle
        await handle.close()
        throw new Error(`proof index level ${level}: ${bytes} bytes, not ${widthOf(level) * LINE}`)
      })
      files.set(level, f)
    }
    return f
  }
  const lines = async (level: number, from: number, count: number): Promise<string[]> => {
    const n = Math.max(0, Math.min(count, widthOf(level) - from))
    if (n === 0) return []
    const buf = Buffer.alloc(n * LINE)
    const { bytesRead } = await (await file(level)).read(buf, 0, buf.length, from * LINE)
    if (bytesRead !== buf.length) throw new Error(`proof index level ${level}: short read at node ${from}`)
    const text = buf.toString('latin1')
    return Array.from({ length: n }, (_, i) => text.slice(i * LINE, i * LINE + 64))
  }
  const blocks = new Map<string, Promise<Hash[]>>()
  const readBlock = (level: number, block: number): Promise<Hash[]> => {
    const id = `${level}/${block}`
    let found = blocks.get(id)
    if (!found) {
      found = lines(level, block * BLOCK, BLOCK).then((hex) => {
        const nodes = hex.map((h) => Buffer.from(h, 'hex'))
        return level === 0 ? nodes.map((k) => hashLeaf(k)) : nodes
      })
      blocks.set(id, found)
    }
    return found
  }
  return {
    async positionOf(key) {
      // The answer lies in [lo, hi]; each round reads FAN keys spread over it, side by side.
      let lo = 0
      let hi = size
      while (hi - lo > FAN) {
        const step = Math.ceil((hi - lo) / FAN)
        const probes = Array.from({ length: Math.floor((hi - lo - 1) / step) }, (_, i) => lo + (i + 1) * step)
        const found = await Promise.all(probes.map(async (at) => (await lines(0, at, 1))[0] as string))
        const below = found.filter((k) => k < key).length
        if (below > 0) lo = (probes[below - 1] as number) + 1
        if (below < probes.length) hi = probes[below] as number
      }
      const rest = await lines(0, lo, hi - lo)
      return lo + rest.filter((k) => k < key).length
    },
    keys: (from, count) => lines(0, from, count),
    async prefetch(index) {
      const reads: Promise<Hash[]>[] = []
      for (
        let level = 0, at = index, width = size;
        width > 1;
        level += BLOCK_LEVELS, width = Math.ceil(width / BLOCK)
      ) {
        at = Math.floor(at / BLOCK)
        reads.push(readBlock(level, at))
      }
      await Promise.all(reads)
    },
    readBlock,
    async close() {
      for (const f of files.values()) await (await f.catch(() => undefined))?.close()
    },
  }
}
