/**
 * RFC 9162 inclusion proofs read from a tree stored by levels, so that a proof in a tree of
 * millions of leaves reads a few dozen nodes instead of rebuilding the tree. Level by level,
 * neighbours are paired and an unpaired last node moves up unchanged: that is the RFC's tree
 * exactly (its left subtrees are the perfect ones), so a node's proof is its sibling at each
 * level where it has one, bottom up. Only every BLOCK_LEVELS-th level is stored, in aligned
 * blocks of BLOCK nodes; the levels between are climbed inside one block, which no node of
 * another block takes part in. `export/item-hashes.ts` stores the levels this way (and
 * `export/item-keys.ts`, in SQL).
 * @module
 */
import { type Hash, hashChildren } from './merkle.js'

/** Levels of the tree one stored block spans. */
export const BLOCK_LEVELS = 3
/** Nodes in one block of a stored level. */
export const BLOCK = 2 ** BLOCK_LEVELS

/**
 * The nodes of block `block` of stored level `level` (a multiple of BLOCK_LEVELS), in order:
 * BLOCK of them, fewer only in a level's last block. Level 0 holds the leaf hashes.
 */
export type BlockReader = (level: number, block: number) => Promise<readonly Hash[]>

/** One level up inside a block: pairs hashed, an unpaired last node moved up unchanged. */
function climb(nodes: readonly Hash[]): Hash[] {
  const up: Hash[] = []
  for (let k = 0; k + 1 < nodes.length; k += 2) up.push(hashChildren(nodes[k] as Hash, nodes[k + 1] as Hash))
  if (nodes.length % 2 === 1) up.push(nodes[nodes.length - 1] as Hash)
  return up
}

/** The inclusion proof of leaf `index` in a tree of `size` leaves, as RFC 9162's PATH gives it. */
export async function inclusionProofFromBlocks(index: number, size: number, readBlock: BlockReader): Promise<Hash[]> {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) {
    throw new Error(`leaf ${index} is not in a tree of ${size}`)
  }
  const proof: Hash[] = []
  let at = index
  for (let level = 0, width = size; width > 1; level += BLOCK_LEVELS, width = Math.ceil(width / BLOCK)) {
    const block = Math.floor(at / BLOCK)
    let nodes = [...(await readBlock(level, block))]
    const expected = Math.min(BLOCK, width - block * BLOCK)
    if (nodes.length !== expected)
      throw new Error(`block ${block} of level ${level} holds ${nodes.length} nodes, not ${expected}`)
    let local = at % BLOCK
    for (let step = 0; step < BLOCK_LEVELS && nodes.length > 1; step++) {
      const sibling = local ^ 1
      if (sibling < nodes.length) proof.push(nodes[sibling] as Hash)
      nodes = climb(nodes)
      local >>= 1
    }
    at = block
  }
  return proof
}
