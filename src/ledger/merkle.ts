/**
 * The Merkle tree of RFC 9162 §2.1 (as RFC 6962): leaf hash SHA-256(0x00 ‖ data), node hash
 * SHA-256(0x01 ‖ left ‖ right), the empty tree's hash SHA-256(""). Proof generation
 * follows the RFC's PATH and SUBPROOF; verification follows §2.1.3.2 and §2.1.4.2 in the
 * chained form that also checks the exact proof length, and extends to subtree proofs
 * [start, end) as in the Merkle Tree Certificates draft.
 * @module
 */
import { createHash } from 'node:crypto'

export type Hash = Buffer

export const HASH_BYTES = 32

export function sha256(...parts: Uint8Array[]): Hash {
  const h = createHash('sha256')
  for (const p of parts) h.update(p)
  return h.digest()
}

const LEAF = Buffer.from([0])
const NODE = Buffer.from([1])

export function hashLeaf(data: Uint8Array): Hash {
  return sha256(LEAF, data)
}

export function hashChildren(left: Uint8Array, right: Uint8Array): Hash {
  return sha256(NODE, left, right)
}

export const EMPTY_ROOT: Hash = sha256()

/** Largest power of two strictly less than n (n ≥ 2). */
function split(n: number): number {
  let k = 1
  while (k * 2 < n) k *= 2
  return k
}

/**
 * MTH over leaf hashes, bottom-up: pairing neighbours level by level and carrying an
 * unpaired last node up unchanged gives exactly the RFC's split-at-a-power-of-two tree.
 */
export function rootOf(leafHashes: readonly Hash[]): Hash {
  if (leafHashes.length === 0) return EMPTY_ROOT
  let level: Hash[] = [...leafHashes]
  while (level.length > 1) {
    const next: Hash[] = []
    for (let i = 0; i + 1 < level.length; i += 2) next.push(hashChildren(level[i] as Hash, level[i + 1] as Hash))
    if (level.length % 2 === 1) next.push(level[level.length - 1] as Hash)
    level = next
  }
  return level[0] as Hash
}

/** PATH(m, D[n]): the inclusion proof of leaf m, lowest level first. */
export function inclusionProof(index: number, leafHashes: readonly Hash[]): Hash[] {
  if (index < 0 || index >= leafHashes.length) throw new Error(`leaf ${index} is not in a tree of ${leafHashes.length}`)
  const path = (m: number, d: readonly Hash[]): Hash[] => {
    if (d.length <= 1) return []
    const k = split(d.length)
    return m < k ? [...path(m, d.slice(0, k)), rootOf(d.slice(k))] : [...path(m - k, d.slice(k)), rootOf(d.slice(0, k))]
  }
  return path(index, leafHashes)
}

/** PROOF(m, D[n]): the consistency proof from the first m leaves to all n. */
export function consistencyProof(m: number, leafHashes: readonly Hash[]): Hash[] {
  const n = leafHashes.length
  if (m < 1 || m > n) throw new Error(`no consistency proof from ${m} to ${n}`)
  const subproof = (m: number, d: readonly Hash[], complete: boolean): Hash[] => {
    if (m === d.length) return complete ? [] : [rootOf(d)]
    const k = split(d.length)
    return m <= k
      ? [...subproof(m, d.slice(0, k), complete), rootOf(d.slice(k))]
      : [...subproof(m - k, d.slice(k), false), rootOf(d.slice(0, k))]
  }
  return subproof(m, leafHashes, true)
}

// Index arithmetic on BigInt: sizes may exceed 2^32, where JavaScript's bit operators stop.
const bitLen = (x: bigint) => (x === 0n ? 0 : x.toString(2).length)
const onesCount = (x: bigint) => [...x.toString(2)].filter((c) => c === '1').length
function trailingZeros(x: bigint): number {
  if (x === 0n) return 64
  let n = 0
  while (((x >> BigInt(n)) & 1n) === 0n) n++
  return n
}

const isHash = (h: Uint8Array) => h.length === HASH_BYTES
const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && Buffer.compare(a, b) === 0

function chainInner(seed: Hash, proof: readonly Hash[], index: bigint): Hash {
  let h = seed
  proof.forEach((p, i) => {
    h = ((index >> BigInt(i)) & 1n) === 0n ? hashChildren(h, p) : hashChildren(p, h)
  })
  return h
}

function chainBorderRight(seed: Hash, proof: readonly Hash[]): Hash {
  let h = seed
  for (const p of proof) h = hashChildren(p, h)
  return h
}

/** The root an inclusion proof leads to, or undefined when the proof has the wrong shape. */
export function rootFromInclusionProof(
  index: bigint,
  size: bigint,
  leafHash: Hash,
  proof: readonly Hash[],
): Hash | undefined {
  if (index < 0n || index >= size || !isHash(leafHash) || !proof.every(isHash)) return undefined
  const inner = bitLen(index ^ (size - 1n))
  const border = onesCount(index >> BigInt(inner))
  if (proof.length !== inner + border) return undefined
  return chainBorderRight(chainInner(leafHash, proof.slice(0, inner), index), proof.slice(inner))
}

export function verifyInclusion(
  index: number | bigint,
  size: number | bigint,
  leafHash: Hash,
  proof: readonly Hash[],
  root: Hash,
): boolean {
  const got = rootFromInclusionProof(BigInt(index), BigInt(size), leafHash, proof)
  return got !== undefined && equal(got, root)
}

/** A subtree [start, end) is valid when start is a multiple of the smallest power of two ≥ its size. */
function isValidSubtree(start: bigint, end: bigint): boolean {
  if (start < 0n || start >= end) return false
  let p = 1n
  while (p < end - start) p <<= 1n
  return start % p === 0n
}

export function verifySubtreeInclusion(
  index: number | bigint,
  start: number | bigint,
  end: number | bigint,
  leafHash: Hash,
  proof: readonly Hash[],
  root: Hash,
): boolean {
  const [i, s, e] = [BigInt(index), BigInt(start), BigInt(end)]
  if (!isValidSubtree(s, e) || i < s || i >= e) return false
  const got = rootFromInclusionProof(i - s, e - s, leafHash, proof)
  return got !== undefined && equal(got, root)
}

/** The root of a tree of `size` that the subtree [start, end) with root `subRoot` grows into. */
function rootFromSubtreeConsistency(
  start: bigint,
  end: bigint,
  size: bigint,
  proof: readonly Hash[],
  subRoot: Hash,
): Hash | undefined {
  if (end === size) {
    const level = bitLen((end - 1n) ^ start)
    if (proof.length !== onesCount(start >> BigInt(level))) return undefined
    return chainBorderRight(subRoot, proof)
  }
  const forkLevel = bitLen((end - 1n) ^ (size - 1n))
  const shift = trailingZeros(end - start)
  let seed = proof[0] as Hash
  let first = 1
  if (end - start === 1n << BigInt(shift)) {
    seed = subRoot
    first = 0
  }
  if (proof.length !== first + (forkLevel - shift) + onesCount((end - 1n) >> BigInt(forkLevel))) return undefined
  const rest = proof.slice(first)
  const height = bitLen((end - 1n) ^ start)
  let own = seed
  let grown = seed
  let i = 0
  for (let lvl = shift; lvl < height; lvl++) {
    if ((((end - 1n) >> BigInt(lvl)) & 1n) === 1n) {
      own = hashChildren(rest[i] as Hash, own)
      grown = hashChildren(rest[i] as Hash, grown)
      i++
    } else if (lvl < forkLevel) {
      grown = hashChildren(grown, rest[i] as Hash)
      i++
    }
  }
  if (!equal(own, subRoot)) return undefined
  const h = BigInt(height)
  return rootFromInclusionProof(start >> h, ((size - 1n) >> h) + 1n, grown, rest.slice(i))
}

export function verifySubtreeConsistency(
  start: number | bigint,
  end: number | bigint,
  size: number | bigint,
  proof: readonly Hash[],
  subRoot: Hash,
  root: Hash,
): boolean {
  const [s, e, n] = [BigInt(start), BigInt(end), BigInt(size)]
  // An empty subtree is consistent with any tree that reaches it: its root is the empty
  // tree's hash and there is nothing to prove.
  if (s === e) return s >= 0n && e <= n && proof.length === 0 && equal(subRoot, EMPTY_ROOT)
  if (!isValidSubtree(s, e) || n < e) return false
  // The whole tree is its own subtree: the roots must match and nothing is left to prove.
  if (s === 0n && n === e) return proof.length === 0 && equal(subRoot, root)
  if (!proof.every(isHash) || !isHash(subRoot)) return false
  if (proof.length === 0) return false
  const got = rootFromSubtreeConsistency(s, e, n, proof, subRoot)
  return got !== undefined && equal(got, root)
}

/** RFC 9162 §2.1.4.2: the tree of size2 with root2 extends the one of size1 with root1. */
export function verifyConsistency(
  size1: number | bigint,
  size2: number | bigint,
  proof: readonly Hash[],
  root1: Hash,
  root2: Hash,
): boolean {
  const [m, n] = [BigInt(size1), BigInt(size2)]
  if (m === 0n || n < m) return false
  if (m === n) return proof.length === 0 && equal(root1, root2)
  if (proof.length === 0) return false
  return verifySubtreeConsistency(0n, m, n, proof, root1, root2)
}

/**
 * SHA-256(0x01 ‖ left ‖ right) of each of `pairs` pairs of 32-byte nodes laid end to end in
 * `nodes`: their parents, end to end.
 */
export type PairHasher = (nodes: Buffer, pairs: number) => Buffer

/** Node hashes of pairs one call at a time, through `crypto`. */
export const hashPairsOneByOne: PairHasher = (nodes, pairs) => {
  const out = Buffer.alloc(HASH_BYTES * pairs)
  for (let i = 0; i < pairs; i++) {
    const at = 2 * HASH_BYTES * i
    hashChildren(nodes.subarray(at, at + HASH_BYTES), nodes.subarray(at + HASH_BYTES, at + 2 * HASH_BYTES)).copy(
      out,
      HASH_BYTES * i,
    )
  }
  return out
}

/**
 * A growing tree kept as its frontier: the roots of the perfect subtrees it is made of,
 * largest first (one per 1-bit of its size). Appending is amortized O(1) hashes and the
 * root O(log n), so a checkpoint need not re-read the whole log.
 */
export class MerkleFrontier {
  private readonly nodes: { hash: Hash; size: number }[]
  size: number

  constructor(size = 0, hashes: readonly Hash[] = []) {
    this.size = size
    const sizes: number[] = []
    for (let bit = 2 ** Math.floor(Math.log2(Math.max(size, 1))); bit >= 1; bit /= 2)
      if (Math.floor(size / bit) % 2 === 1) sizes.push(bit)
    if (sizes.length !== hashes.length)
      throw new Error(`a frontier of size ${size} has ${sizes.length} nodes, not ${hashes.length}`)
    this.nodes = hashes.map((hash, i) => ({ hash, size: sizes[i] as number }))
  }

  append(leafHash: Hash): void {
    let node = { hash: leafHash, size: 1 }
    for (let last = this.nodes.at(-1); last && last.size === node.size; last = this.nodes.at(-1)) {
      this.nodes.pop()
      node = { hash: hashChildren(last.hash, node.hash), size: last.size * 2 }
    }
    this.nodes.push(node)
    this.size++
  }

  /**
   * Appends many leaves at once, the same as appending each in turn: level by level, the level's
   * held node (the frontier's node of that size) and the new nodes are paired in order, all of a
   * level's pairs hashed in one call of `hashPairs`, and an unpaired last node is held.
   */
  appendMany(leafHashes: readonly Hash[], hashPairs: PairHasher): void {
    // The nodes left unpaired on the way up, lowest level first.
    const made: { hash: Hash; size: number }[] = []
    let level: Buffer = Buffer.concat(leafHashes)
    let count = leafHashes.length
    for (let width = 1; count > 0; width *= 2) {
      // The frontier's smallest node is never smaller than `width`: each smaller one was taken below.
      const last = this.nodes.at(-1)
      if (last?.size === width) {
        this.nodes.pop()
        level = Buffer.concat([last.hash, level])
        count++
      }
      const pairs = Math.floor(count / 2)
      if (count % 2 === 1)
        made.push({ hash: Buffer.from(level.subarray(HASH_BYTES * (count - 1), HASH_BYTES * count)), size: width })
      level = pairs > 0 ? hashPairs(level.subarray(0, 2 * HASH_BYTES * pairs), pairs) : Buffer.alloc(0)
      count = pairs
    }
    // What is left of the frontier is larger than every node made here.
    this.nodes.push(...made.reverse())
    this.size += leafHashes.length
  }

  hashes(): Hash[] {
    return this.nodes.map((n) => n.hash)
  }

  root(): Hash {
    if (this.nodes.length === 0) return EMPTY_ROOT
    let h = (this.nodes.at(-1) as { hash: Hash }).hash
    for (let i = this.nodes.length - 2; i >= 0; i--) h = hashChildren((this.nodes[i] as { hash: Hash }).hash, h)
    return h
  }
}
