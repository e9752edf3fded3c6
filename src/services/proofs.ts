/**
 * Proofs for people: that an item is in a snapshot (an RFC 9162 inclusion proof of its
 * key), or that it is not (the two neighbouring keys, each with its inclusion proof).
 * Keys are HMACs under the snapshot's secret, so a proof shows nothing of other items.
 * A proof file checks against a root alone: no data, no Veto store needed.
 * @module
 */
import { itemKey } from '../export/item-keys.js'
import { openProofIndex } from '../export/proof-index.js'
import { inclusionProofFromBlocks } from '../ledger/block-proof.js'
import { type Hash, hashLeaf, rootOf, verifyInclusion } from '../ledger/merkle.js'
import type { SnapshotRecord } from '../store/store.js'
import type { SnapshotService } from './snapshots.js'

export interface KeyProof {
  readonly index: number
  readonly key: string
  readonly proof: readonly string[]
}

export interface SnapshotProof {
  readonly format: 'veto-proof/1'
  readonly snapshot: string
  readonly root: string
  readonly tree_size: number
  readonly content_id: string
  readonly key: string
  readonly type: 'inclusion' | 'exclusion'
  /** For inclusion: the item itself. */
  readonly item?: KeyProof
  /** For exclusion: the neighbours around where the key would stand (null at an edge). */
  readonly left?: KeyProof | null
  readonly right?: KeyProof | null
}

/**
 * The proof of one key from a snapshot's proof index (`export/proof-index.ts`): where the key
 * stands among the sorted keys, then the blocks of the tree above it, a few nodes each.
 */
async function proveFromIndex(
  indexDir: string,
  record: SnapshotRecord,
  contentId: string,
  key: string,
): Promise<SnapshotProof> {
  const size = record.items
  const index = await openProofIndex(indexDir, size)
  try {
    const proofAt = async (i: number): Promise<KeyProof> => {
      const [[key]] = await Promise.all([index.keys(i, 1), index.prefetch(i)])
      return {
        index: i,
        key: key as string,
        proof: (await inclusionProofFromBlocks(i, size, index.readBlock)).map((h) => h.toString('hex')),
      }
    }
    const at = await index.positionOf(key)
    const base = {
      format: 'veto-proof/1' as const,
      snapshot: record.id,
      root: record.root.toString('hex'),
      tree_size: size,
      content_id: contentId,
      key,
    }
    if (at < size && (await index.keys(at, 1))[0] === key)
      return { ...base, type: 'inclusion', item: await proofAt(at) }
    const [left, right] = await Promise.all([at > 0 ? proofAt(at - 1) : null, at < size ? proofAt(at) : null])
    return { ...base, type: 'exclusion', left, right }
  } finally {
    await index.close()
  }
}

export function createProofService(snapshots: SnapshotService) {
  return {
    /**
     * That an item is in the snapshot, or is not. The proof is checked against the sealed
     * root before it is handed out; when it fails, or the index cannot be read (damaged on
     * disk), the index is written anew from the decisions, once.
     */
    async prove(snapshotId: string, contentId: string): Promise<SnapshotProof> {
      const record = await snapshots.get(snapshotId)
      const key = itemKey(record.secret, contentId)
      for (const rebuild of [false, true]) {
        const index = await snapshots.proofIndex(snapshotId, rebuild)
        const proof = await proveFromIndex(index, record, contentId, key).catch((e: unknown) => {
          if (rebuild) throw e
          return null
        })
        if (proof && verifyProof(proof, record.root.toString('hex')).valid) return proof
      }
      throw new Error(`snapshot ${snapshotId}: its proof index, written anew, still gives a proof that does not verify`)
    },
  }
}

export interface ProofCheck {
  readonly valid: boolean
  readonly type: SnapshotProof['type'] | null
  readonly problem?: string
}

const toHash = (hex: string): Hash => Buffer.from(hex, 'hex')
const isHex = (s: unknown, bytes: number) => typeof s === 'string' && s.length === bytes * 2 && /^[0-9a-f]+$/.test(s)

function keyProofOk(p: KeyProof | null | undefined, size: number, root: Hash): boolean {
  return (
    !!p &&
    isHex(p.key, 32) &&
    Array.isArray(p.proof) &&
    p.proof.every((h) => isHex(h, 32)) &&
    verifyInclusion(p.index, size, hashLeaf(toHash(p.key)), p.proof.map(toHash), root)
  )
}

/** Checks a proof against `root` (the one in the proof when none is given). */
export function verifyProof(proof: SnapshotProof, expectedRoot?: string): ProofCheck {
  const fail = (problem: string): ProofCheck => ({ valid: false, type: proof?.type ?? null, problem })
  if (proof?.format !== 'veto-proof/1') return fail('not a Veto proof')
  if (!isHex(proof.root, 32) || !isHex(proof.key, 32) || !Number.isSafeInteger(proof.tree_size))
    return fail('malformed proof')
  if (expectedRoot !== undefined && expectedRoot.toLowerCase() !== proof.root)
    return fail('the proof is for another root')
  const root = toHash(proof.root)
  const size = proof.tree_size
  if (proof.type === 'inclusion') {
    if (proof.item?.key !== proof.key) return fail('the proof is about another key')
    return keyProofOk(proof.item, size, root)
      ? { valid: true, type: 'inclusion' }
      : fail('the inclusion proof does not lead to the root')
  }
  if (proof.type !== 'exclusion') return fail('unknown proof type')
  const { left, right } = proof
  if (size === 0)
    return !left && !right && root.equals(rootOf([]))
      ? { valid: true, type: 'exclusion' }
      : fail('an empty snapshot has no neighbours')
  if (left && !keyProofOk(left, size, root)) return fail('the left neighbour is not in the tree')
  if (right && !keyProofOk(right, size, root)) return fail('the right neighbour is not in the tree')
  if (!left && right?.index !== 0) return fail('without a left neighbour, the right one must be the first key')
  if (!right && left?.index !== size - 1) return fail('without a right neighbour, the left one must be the last key')
  if (left && right && right.index !== left.index + 1) return fail('the neighbours are not adjacent')
  if ((left && !(left.key < proof.key)) || (right && !(proof.key < right.key)))
    return fail('the key does not lie between its neighbours')
  return { valid: true, type: 'exclusion' }
}
