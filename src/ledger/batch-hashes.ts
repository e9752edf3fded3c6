/**
 * RFC 9162 hashes of many ledger leaves, or many tree nodes, at once. An import's batch or a campaign's round
 * appends thousands of entries, on SQLite each hashed while the ledger is locked (PostgreSQL hashes
 * them itself, migration 0016); one `crypto` hash costs
 * about 2.5 µs from JavaScript (an object, two updates, a digest) for three 64-byte blocks. Here
 * the batch's leaves are encoded into the WebAssembly module's memory in one call and hashed
 * four at a time (`src/hash/sha256-lanes.ts`), the same bytes by another route: a property test
 * holds the two to each other. Node hashes go the same way, for a checkpoint's climb over
 * every entry since the last one.
 * @module
 */
import { DESC, Sha256Lanes } from '../hash/sha256-lanes.js'
import { type Hash, HASH_BYTES, hashLeaf, hashPairsOneByOne, type PairHasher } from './merkle.js'

/** Under this many leaves a batch is hashed one by one: the module's set-up would cost more. */
const LANES_FROM = 16

/** RFC 9162 §2.1.1: a leaf's hash starts from the byte 0x00, a node's from 0x01. */
const LEAF_TAG = 0
const NODE_TAG = 1

let shared: Sha256Lanes | undefined
const encoder = new TextEncoder()

/** Runs `fn` on the module's instance, and frees whatever it allocated there. */
function withLanes<T>(fn: (lanes: Sha256Lanes) => T): T {
  shared ??= new Sha256Lanes()
  const lanes = shared
  const mark = lanes.mark()
  try {
    return fn(lanes)
  } finally {
    lanes.release(mark)
  }
}

/**
 * The parents of many pairs of nodes, four at a time (a checkpoint climbs the tree over every
 * entry since the last one: a million of them took 2.3 s one `crypto` call at a time).
 */
export const hashPairs: PairHasher = (nodes, pairs) => {
  if (pairs < LANES_FROM) return hashPairsOneByOne(nodes, pairs)
  return withLanes((lanes) => {
    const data = lanes.put(nodes.subarray(0, 2 * HASH_BYTES * pairs))
    const desc = lanes.alloc(DESC * pairs)
    const out = lanes.alloc(HASH_BYTES * pairs)
    lanes.x.describe(desc, pairs, 0, data, 2 * HASH_BYTES, 2 * HASH_BYTES, NODE_TAG)
    lanes.x.digest(desc, pairs, out)
    return Buffer.from(lanes.bytes(out, HASH_BYTES * pairs))
  })
}

/** The leaf hash of each of `leaves` (UTF-8), in order. */
export function hashLeaves(leaves: readonly string[]): Hash[] {
  if (leaves.length < LANES_FROM) return leaves.map((l) => hashLeaf(Buffer.from(l)))
  return withLanes((lanes) => {
    const joined = leaves.join('')
    // A UTF-16 code unit takes at most three bytes of UTF-8.
    const room = joined.length * 3
    const data = lanes.alloc(room)
    const desc = lanes.alloc(DESC * leaves.length)
    const out = lanes.alloc(HASH_BYTES * leaves.length)
    const { written } = encoder.encodeInto(joined, lanes.bytes(data, room))
    // Where every character took one byte, a leaf's bytes are its characters; else each is counted.
    const ascii = written === joined.length
    const words = new Uint32Array(lanes.x.memory.buffer, desc, 4 * leaves.length)
    let at = data
    for (let i = 0; i < leaves.length; i++) {
      const leaf = leaves[i] as string
      const length = ascii ? leaf.length : Buffer.byteLength(leaf)
      words[4 * i] = 0
      words[4 * i + 1] = at
      words[4 * i + 2] = length
      words[4 * i + 3] = LEAF_TAG
      at += length
    }
    lanes.x.digest(desc, leaves.length, out)
    const digests = Buffer.from(lanes.bytes(out, HASH_BYTES * leaves.length))
    const hashes = new Array<Hash>(leaves.length)
    for (let i = 0; i < leaves.length; i++) hashes[i] = digests.subarray(HASH_BYTES * i, HASH_BYTES * (i + 1))
    return hashes
  })
}
