/**
 * A snapshot's item keys and RFC 9162 tree, hashed in WebAssembly (`sha256-lanes.ts`) instead of
 * by DuckDB's `sha256`: the same keys, root and proof index as `item-keys.ts` computes in SQL
 * (which stays, as the independent way `snapshot-checks.ts` recomputes a root), in a third of the
 * time (BENCHMARKS.md).
 *
 * 1. DuckDB hands the included items over as a few long texts of length-prefixed ids (`L:id`),
 *    every item of an account in the same text, so that JavaScript makes a call per thousands of
 *    items, not one per id. The module parses them, keys each account (scheme 2) once per text and
 *    each item, and appends the keys to one of 256 files by their first byte.
 * 2. File by file, in byte order, the keys are sorted, written to the proof index as its level 0,
 *    hashed as leaves and climbed: each level pairs neighbours as they come and keeps an unpaired
 *    last one until the next batch (or, at the end, moves it up unchanged — RFC 9162's tree). Every
 *    third level's nodes go to the index as they are made.
 *
 * Memory holds one batch of keys and one file of them (1/256 of the keys), never all of them.
 * @module
 */
import { closeSync, mkdirSync, openSync, readSync, rmSync } from 'node:fs'
import { join } from 'node:path'
// A turn of the event loop between batches: hashing is synchronous, and a server process that
// rebuilds a proof index for a person's proof goes on answering others meanwhile.
import { setImmediate as turn } from 'node:timers/promises'
import type { DuckDBConnection } from '@duckdb/node-api'
import { BLOCK_LEVELS } from '../ledger/block-proof.js'
import { EMPTY_ROOT } from '../ledger/merkle.js'
import { writeAll } from '../store/write-all.js'
import { DESC, NO_TAG, Sha256Lanes } from '../hash/sha256-lanes.js'
import type { KeyScheme } from './item-keys.js'

const KEY = 32
const LINE = 65
/**
 * Items in one long text from DuckDB (about). DuckDB hands a result over 2,048 rows at a time,
 * all of a chunk's texts at once: at 4,096 items a text that was 235 MB a chunk at 50M items.
 */
const ITEMS_PER_TEXT = 512
/** Items gathered into texts in one pass (`itemsPerPart`). */
const ITEMS_PER_PART = 1_000_000
/** Keys gathered before they go to the key files, so that a file's write takes many. */
const GATHERED = 1 << 16
/** Items parsed and keyed, or keys climbed, in one round of calls into the module, between turns. */
const BATCH = 4096
/** Bytes buffered per key file before a write. */
const FILE_BUFFER = 1 << 16

/**
 * Keys the included items of `decisions` (a relation with `decisions.parquet`'s columns) under
 * `secret` and `scheme`, and returns the Merkle root over the keys, sorted, with their count;
 * with `indexDir`, writes the tree as a proof index there (`proof-index.ts`). `scratch` is a
 * folder for the key files, removed before this returns.
 */
export async function hashIncluded(
  connection: DuckDBConnection,
  decisions: string,
  keys: { readonly secret: Buffer; readonly keyScheme: KeyScheme },
  scratch: string,
  indexDir?: string,
  itemsPerPart = ITEMS_PER_PART,
): Promise<{ root: Buffer; size: number }> {
  rmSync(scratch, { recursive: true, force: true })
  mkdirSync(scratch, { recursive: true })
  try {
    const lanes = new Sha256Lanes()
    const files = new KeyFiles(scratch)
    let count: number
    try {
      count = await keyItems(connection, decisions, keys, lanes, files, itemsPerPart)
    } finally {
      files.close()
    }
    if (indexDir) mkdirSync(indexDir, { recursive: true })
    const tree = new TreeWriter(lanes, indexDir)
    try {
      for (let b = 0; b < 256; b++) {
        const mark = lanes.mark()
        const sorted = tree.sort(files.read(b, lanes))
        for (let i = 0; i < sorted.count; i += BATCH) {
          tree.addSorted(sorted.at + i * KEY, Math.min(BATCH, sorted.count - i))
          await turn()
        }
        lanes.release(mark)
      }
      const built = tree.finish()
      if (built.size !== count) throw new Error(`a tree of ${built.size} keys over ${count} included items`)
      return built
    } finally {
      tree.close()
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** Stage 1: every included item's key, into the key files. */
async function keyItems(
  connection: DuckDBConnection,
  decisions: string,
  keys: { readonly secret: Buffer; readonly keyScheme: KeyScheme },
  lanes: Sha256Lanes,
  files: KeyFiles,
  itemsPerPart: number,
): Promise<number> {
  const count = Number(
    (await connection.runAndReadAll(`select count(*) as n from ${decisions} where included`)).getRowObjectsJson()[0]
      ?.n ?? 0,
  )
  if (count === 0) return 0
  const id = (c: string) => `octet_length(encode(${c}))::varchar || ':' || ${c}`
  const byAccount = keys.keyScheme === 2
  // Under scheme 2 every item of an account goes into the same text (grouped by the account's
  // hash), as `L:account L:item`; the module keys each account once per text. The records are
  // stored first and gathered into texts a part at a time: DuckDB's `string_agg` holds its texts
  // outside the memory limit: at 50M items 2.3 GB in one pass, 1.2 GB in sixteen.
  const parts = Math.max(1, Math.ceil(count / itemsPerPart))
  const texts = Math.max(1, Math.ceil(count / parts / ITEMS_PER_TEXT))
  const by = byAccount ? 'account_id' : 'content_id'
  const record = byAccount ? `${id('account_id')} || ${id('content_id')}` : id('content_id')
  const secretPads = lanes.padsOf(keys.secret)
  const x = lanes.x
  const encoder = new TextEncoder()
  const gathered = lanes.alloc(GATHERED * KEY)
  let held = 0
  let keyed = 0
  /** Appends `n` keys at `at` to the key files, by their first byte. */
  const toFiles = (at: number, n: number) => {
    const mark = lanes.mark()
    const sorted = lanes.alloc(n * KEY)
    const counts = lanes.alloc(257 * 4)
    x.byFirstByte(at, n, sorted, counts)
    const ends = new Uint32Array(x.memory.buffer, counts, 256)
    const all = lanes.bytes(sorted, n * KEY)
    for (let b = 0, start = 0; b < 256; b++) {
      const end = ends[b] as number
      if (end > start) files.append(b, all.subarray(start * KEY, end * KEY))
      start = end
    }
    lanes.release(mark)
  }
  /** Keys the items of one text into the gathered keys, BATCH items at a time. */
  const keyText = (text: string) => {
    const mark = lanes.mark()
    const bytes = Buffer.byteLength(text)
    const input = lanes.alloc(bytes)
    encoder.encodeInto(text, lanes.bytes(input, bytes))
    const ownerDesc = lanes.alloc(byAccount ? BATCH * DESC : 0)
    const itemDesc = lanes.alloc(BATCH * DESC)
    const owner = lanes.alloc(byAccount ? BATCH * 4 : 0)
    const table = lanes.alloc(byAccount ? 2 * BATCH * 4 : 0)
    const inner = lanes.alloc(BATCH * KEY)
    const out = lanes.alloc(BATCH * KEY)
    // Under scheme 2 an account's items are in one text, and in one batch unless it has more
    // than BATCH: then each batch it reaches keys it anew, to the same key.
    const accountInner = lanes.alloc(byAccount ? BATCH * KEY : 0)
    const accountKeys = lanes.alloc(byAccount ? BATCH * KEY : 0)
    const accountPads = lanes.alloc(byAccount ? BATCH * 64 : 0)
    for (let offset = 0; offset < bytes; ) {
      const n = x.parseRecords(
        input + offset,
        bytes - offset,
        byAccount,
        ownerDesc,
        itemDesc,
        owner,
        table,
        2 * BATCH - 1,
        BATCH,
      )
      if (x.malformed() !== 0 || n === 0) {
        throw new Error('the included items handed over by DuckDB do not parse as length-prefixed ids')
      }
      offset += x.parsed()
      if (byAccount) {
        // Each account's key, HMAC(secret, account id), and its pads.
        const accounts = x.owners()
        x.setPrefix(ownerDesc, accounts, secretPads)
        x.digest(ownerDesc, accounts, accountInner)
        x.describe(ownerDesc, accounts, secretPads + 32, accountInner, KEY, KEY, NO_TAG)
        x.digest(ownerDesc, accounts, accountKeys)
        x.hmacPads(accountKeys, accounts, accountPads)
        x.prefixByOwner(itemDesc, n, owner, accountPads, 0)
        x.digest(itemDesc, n, inner)
        x.describe(itemDesc, n, 0, inner, KEY, KEY, NO_TAG)
        x.prefixByOwner(itemDesc, n, owner, accountPads, 32)
      } else {
        x.setPrefix(itemDesc, n, secretPads)
        x.digest(itemDesc, n, inner)
        x.describe(itemDesc, n, secretPads + 32, inner, KEY, KEY, NO_TAG)
      }
      x.digest(itemDesc, n, out)
      if (held + n > GATHERED) {
        toFiles(gathered, held)
        held = 0
      }
      new Uint8Array(x.memory.buffer).copyWithin(gathered + held * KEY, out, out + n * KEY)
      held += n
      keyed += n
    }
    lanes.release(mark)
  }
  let failed = true
  try {
    await connection.run(`create or replace temp table item_records as
      select (hash(${by}) % ${parts})::integer as part, hash(${by}) // ${parts} as h, ${record} as rec
      from ${decisions} where included`)
    for (let part = 0; part < parts; part++) {
      const result = await connection.stream(
        `select string_agg(rec, '') as s from item_records where part = ${part} group by h % ${texts}`,
      )
      for (;;) {
        const chunk = await result.fetchChunk()
        if (!chunk || chunk.rowCount === 0) break
        const column = chunk.getColumnVector(0)
        for (let r = 0; r < chunk.rowCount; r++) {
          const text = column.getItem(r) as string | null
          if (text === null) continue
          keyText(text)
          await turn()
        }
      }
    }
    failed = false
  } finally {
    // After a failure the first error is the one to tell, not one of dropping the table.
    const dropped = connection.run('drop table if exists item_records')
    if (failed) await dropped.catch(() => {})
    else await dropped
  }
  if (held > 0) toFiles(gathered, held)
  // Every included item keyed once, or the root would stand for other items than the decisions'.
  if (keyed !== count) throw new Error(`${keyed} item keys made for ${count} included items`)
  return count
}

/** 256 files of keys, one per first byte, appended through a buffer each. */
class KeyFiles {
  private readonly fds: number[] = []
  private readonly buffers: Buffer[] = []
  private readonly fill: number[] = []
  readonly counts: number[] = []

  constructor(private readonly dir: string) {
    try {
      for (let b = 0; b < 256; b++) {
        this.fds.push(openSync(this.path(b), 'w'))
        this.buffers.push(Buffer.allocUnsafe(FILE_BUFFER))
        this.fill.push(0)
        this.counts.push(0)
      }
    } catch (e) {
      for (const fd of this.fds) closeSync(fd)
      throw e
    }
  }

  private path(b: number): string {
    return join(this.dir, `${b.toString(16).padStart(2, '0')}.keys`)
  }

  append(b: number, keys: Uint8Array): void {
    this.counts[b] = (this.counts[b] as number) + keys.length / KEY
    const buffer = this.buffers[b] as Buffer
    let fill = this.fill[b] as number
    if (fill + keys.length > FILE_BUFFER) {
      writeAll(this.fds[b] as number, buffer.subarray(0, fill))
      fill = 0
    }
    if (keys.length > FILE_BUFFER) writeAll(this.fds[b] as number, keys)
    else {
      buffer.set(keys, fill)
      fill += keys.length
    }
    this.fill[b] = fill
  }

  /** Writes what is buffered and closes the files (every one, whatever fails); `read` reads them after. */
  close(): void {
    let failure: unknown
    for (let b = 0; b < this.fds.length; b++) {
      const fd = this.fds[b] as number
      try {
        const fill = this.fill[b] as number
        this.fill[b] = 0
        if (fill > 0 && failure === undefined) writeAll(fd, (this.buffers[b] as Buffer).subarray(0, fill))
      } catch (e) {
        failure = e
      } finally {
        closeSync(fd)
      }
    }
    this.fds.length = 0
    if (failure !== undefined) throw failure
  }

  /** File `b`'s keys, read into the module's memory: their address and count. */
  read(b: number, lanes: Sha256Lanes): { at: number; count: number } {
    const count = this.counts[b] as number
    const at = lanes.alloc(count * KEY)
    const fd = openSync(this.path(b), 'r')
    try {
      for (let done = 0; done < count * KEY; ) {
        const n = readSync(fd, lanes.bytes(at + done, count * KEY - done), 0, count * KEY - done, done)
        if (n === 0) throw new Error(`key file ${b}: ${done} bytes, not ${count * KEY}`)
        done += n
      }
    } finally {
      closeSync(fd)
    }
    return { at, count }
  }
}

/**
 * The tree over keys given in sorted batches, level by level as they come: what each level
 * holds back is one unpaired node. Stored levels (the keys, then every BLOCK_LEVELS-th level)
 * are written to the proof index as their nodes are made.
 */
class TreeWriter {
  /** Per level: nodes made so far, and the unpaired last one held back. */
  private readonly made: number[] = []
  private readonly held: (Buffer | null)[] = []
  private readonly files = new Map<number, number>()
  private size = 0

  constructor(
    private readonly lanes: Sha256Lanes,
    private readonly indexDir: string | undefined,
  ) {
    if (indexDir) this.files.set(0, openSync(join(indexDir, '0.hex'), 'w'))
  }

  /** Sorts one key file's keys in the module's memory: their new address. */
  sort({ at, count }: { at: number; count: number }): { at: number; count: number } {
    const sorted = this.lanes.alloc(count * KEY)
    if (count > 0) this.lanes.x.sortKeys(at, count, sorted, this.lanes.alloc(65537 * 4), 1)
    return { at: sorted, count }
  }

  /** Adds sorted keys from the module's memory, which sort after every key added before. */
  addSorted(at: number, count: number): void {
    const lanes = this.lanes
    const mark = lanes.mark()
    this.write(0, at, count)
    this.size += count
    const desc = lanes.alloc(count * DESC)
    lanes.x.describe(desc, count, 0, at, KEY, KEY, 0)
    // A place before the leaves for the level's held node, so that it pairs with them in place.
    const leaves = lanes.alloc((count + 1) * KEY) + KEY
    lanes.x.digest(desc, count, leaves)
    this.add(0, leaves, count)
    lanes.release(mark)
  }

  /** Adds `count` nodes at `at` (with room for one before) to level `level`, and climbs. */
  private add(level: number, at: number, count: number): void {
    const lanes = this.lanes
    this.made[level] = (this.made[level] ?? 0) + count
    if (level > 0 && level % BLOCK_LEVELS === 0) this.write(level, at, count)
    const held = this.held[level] ?? null
    let start = at
    let n = count
    if (held) {
      start -= KEY
      lanes.bytes(start, KEY).set(held)
      n++
    }
    this.held[level] = n % 2 === 1 ? Buffer.from(lanes.bytes(start + (n - 1) * KEY, KEY)) : null
    const pairs = Math.floor(n / 2)
    if (pairs === 0) return
    const desc = lanes.alloc(pairs * DESC)
    lanes.x.describe(desc, pairs, 0, start, 2 * KEY, 2 * KEY, 1)
    const parents = lanes.alloc((pairs + 1) * KEY) + KEY
    lanes.x.digest(desc, pairs, parents)
    this.add(level + 1, parents, pairs)
  }

  /** Appends nodes (or, at level 0, keys) to the level's index file, one hex line each. */
  private write(level: number, at: number, count: number): void {
    if (!this.indexDir) return
    let fd = this.files.get(level)
    if (fd === undefined) {
      fd = openSync(join(this.indexDir, `${level}.hex`), 'w')
      this.files.set(level, fd)
    }
    const hex = this.lanes.alloc(count * LINE)
    this.lanes.x.hexLines(at, count, hex)
    writeAll(fd, this.lanes.bytes(hex, count * LINE))
  }

  /**
   * The root: each level's held node moves up unchanged, lowest level first, until a level holds
   * one node made. A stored level that ends with one node is the root's, which the index leaves out.
   */
  finish(): { root: Buffer; size: number } {
    if (this.size === 0) return { root: EMPTY_ROOT, size: 0 }
    let level = 0
    for (; (this.made[level] ?? 0) > 1; level++) {
      const held = this.held[level]
      if (!held) continue
      this.held[level] = null
      const mark = this.lanes.mark()
      const at = this.lanes.alloc(2 * KEY) + KEY
      this.lanes.bytes(at, KEY).set(held)
      this.add(level + 1, at, 1)
      this.lanes.release(mark)
    }
    const root = this.held[level]
    if (!root) throw new Error(`the tree's top level ${level} holds no node`)
    for (const [stored, fd] of this.files) {
      if (stored > 0 && (this.made[stored] ?? 0) <= 1) {
        closeSync(fd)
        this.files.delete(stored)
        if (this.indexDir) rmSync(join(this.indexDir, `${stored}.hex`))
      }
    }
    return { root, size: this.size }
  }

  close(): void {
    for (const fd of this.files.values()) closeSync(fd)
    this.files.clear()
  }
}
