/**
 * Proofs for people: that an item is in a snapshot (an RFC 9162 inclusion proof of its
 * key), or that it is not (the two neighbouring keys, each with its inclusion proof).
 * A proof file checks against a root alone: no data, no Veto store needed.
 *
 * Under per-account keys (`export/item-keys.ts`, scheme 2) the file carries the account's key
 * for the snapshot, so the checker recomputes the item's key from its content id: the proof
 * is then about that item, not only about a key. A proof of scheme 1 cannot be bound so, and
 * its check says only what it shows: that a key is, or is not, in the tree.
 * @module
 */
import { AppError } from '../domain/app-error.js'
import { accountKey, itemKey, keyUnder } from '../export/item-keys.js'
import { openProofIndex } from '../export/proof-index.js'
import { inclusionProofFromBlocks } from '../ledger/block-proof.js'
import { type Hash, hashLeaf, rootOf, verifyInclusion } from '../ledger/merkle.js'
import type { SnapshotRecord } from '../store/store.js'
import type { SnapshotItems } from './snapshot-items.js'
import type { SnapshotService } from './snapshots.js'

export interface KeyProof {
  readonly index: number
  readonly key: string
  readonly proof: readonly string[]
}

export interface SnapshotProof {
  /** `veto-proof/2`: keys per account, with the account key; `veto-proof/1`: keys by content id alone. */
  readonly format: 'veto-proof/1' | 'veto-proof/2'
  readonly snapshot: string
  readonly root: string
  readonly tree_size: number
  /** Format 2: the account the item belongs to, and that account's key in this snapshot (hex). */
  readonly account_id?: string
  readonly account_key?: string
  readonly content_id: string
  readonly key: string
  readonly type: 'inclusion' | 'exclusion'
  /** For inclusion: the item itself. */
  readonly item?: KeyProof
  /** For exclusion: the neighbours around where the key would stand (null at an edge). */
  readonly left?: KeyProof | null
  readonly right?: KeyProof | null
}

/** The account of the item to prove, when the caller knows it: `known` when read from the snapshot itself. */
export interface AccountOf {
  readonly id?: string | undefined
  readonly known?: boolean
}

type ProofBase = Pick<SnapshotProof, 'format' | 'account_id' | 'account_key' | 'content_id' | 'key'>

/**
 * The proof of one key from a snapshot's proof index (`export/proof-index.ts`): where the key
 * stands among the sorted keys, then the blocks of the tree above it, a few nodes each.
 */
async function proveFromIndex(indexDir: string, record: SnapshotRecord, about: ProofBase): Promise<SnapshotProof> {
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
    const key = about.key
    const at = await index.positionOf(key)
    const base = {
      format: about.format,
      snapshot: record.id,
      root: record.root.toString('hex'),
      tree_size: size,
      ...(about.account_id === undefined ? {} : { account_id: about.account_id, account_key: about.account_key }),
      content_id: about.content_id,
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

export function createProofService(snapshots: SnapshotService, items: SnapshotItems) {
  /** What a proof of `contentId` is about: its key, and under per-account keys its account's key. */
  async function aboutItem(record: SnapshotRecord, contentId: string, account: AccountOf): Promise<ProofBase> {
    if (record.keyScheme === 1)
      return { format: 'veto-proof/1', content_id: contentId, key: itemKey(1, record.secret, '', contentId) }
    const decided = account.known ? undefined : await items.accountOf(snapshots.dirOf(record.id), contentId)
    if (decided !== undefined && account.id !== undefined && decided !== account.id)
      throw new AppError(
        'PROOF_ACCOUNT_UNKNOWN',
        `snapshot ${record.id} decided item ${contentId} as another account's; leave --account out`,
        { snapshot: record.id },
      )
    const accountId = decided ?? account.id
    if (accountId === undefined)
      throw new AppError(
        'PROOF_ACCOUNT_UNKNOWN',
        `snapshot ${record.id} did not consider item ${contentId}; name its account to prove that its key is absent`,
        { snapshot: record.id },
      )
    return {
      format: 'veto-proof/2',
      account_id: accountId,
      account_key: accountKey(record.secret, accountId).toString('hex'),
      content_id: contentId,
      key: itemKey(2, record.secret, accountId, contentId),
    }
  }

  return {
    /**
     * That an item is in the snapshot, or is not. Its account is looked up in the snapshot's
     * decisions, unless `account.known` says it came from them already (a person's own index
     * rows); a named account is used for an item the snapshot did not consider, and refused for
     * one it decided as another account's. The proof is checked against the sealed root before it
     * is handed out; when it fails, or the index cannot be read (damaged on disk), the index is
     * written anew from the decisions, once.
     */
    async prove(snapshotId: string, contentId: string, account: AccountOf = {}): Promise<SnapshotProof> {
      const record = await snapshots.get(snapshotId)
      const about = await aboutItem(record, contentId, account)
      for (const rebuild of [false, true]) {
        const index = await snapshots.proofIndex(snapshotId, rebuild)
        const proof = await proveFromIndex(index, record, about).catch((e: unknown) => {
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
  /**
   * Whether the key was recomputed from the account key and the content id, so that the proof
   * is about that item; otherwise it is about the key alone.
   */
  readonly bound: boolean
  readonly problem?: string
}

const toHash = (hex: string): Hash => Buffer.from(hex, 'hex')
const isHex = (s: unknown, bytes: number) => typeof s === 'string' && s.length === bytes * 2 && /^[0-9a-f]+$/.test(s)

function keyProofOk(p: KeyProof | null | undefined, size: number, root: Hash): boolean {
  return (
    !!p &&
    Number.isSafeInteger(p.index) &&
    isHex(p.key, 32) &&
    Array.isArray(p.proof) &&
    p.proof.every((h) => isHex(h, 32)) &&
    verifyInclusion(p.index, size, hashLeaf(toHash(p.key)), p.proof.map(toHash), root)
  )
}

/**
 * Checks a proof against `root` (the one in the proof when none is given). When a proof of
 * format 2 carries its account key, its key must be `HMAC-SHA256(account key, content id)`.
 */
export function verifyProof(proof: SnapshotProof, expectedRoot?: string): ProofCheck {
  const bound = proof?.format === 'veto-proof/2' && proof.account_key !== undefined
  const fail = (problem: string): ProofCheck => ({ valid: false, type: proof?.type ?? null, bound, problem })
  if (proof?.format !== 'veto-proof/1' && proof?.format !== 'veto-proof/2') return fail('not a Veto proof')
  if (!isHex(proof.root, 32) || !isHex(proof.key, 32) || !Number.isSafeInteger(proof.tree_size))
    return fail('malformed proof')
  if (bound) {
    if (!isHex(proof.account_key, 32) || typeof proof.content_id !== 'string')
      return fail('malformed account key or content id')
    const recomputed = keyUnder(toHash(proof.account_key as string), proof.content_id)
    if (recomputed !== proof.key) return fail('the key is not HMAC-SHA256(account key, content id)')
  }
  if (expectedRoot !== undefined && expectedRoot.toLowerCase() !== proof.root)
    return fail('the proof is for another root')
  const root = toHash(proof.root)
  const size = proof.tree_size
  const valid = { valid: true, bound, type: proof.type } as const
  if (proof.type === 'inclusion') {
    if (proof.item?.key !== proof.key) return fail('the proof is about another key')
    return keyProofOk(proof.item, size, root) ? valid : fail('the inclusion proof does not lead to the root')
  }
  if (proof.type !== 'exclusion') return fail('unknown proof type')
  const { left, right } = proof
  if (size === 0)
    return !left && !right && root.equals(rootOf([])) ? valid : fail('an empty snapshot has no neighbours')
  if (left && !keyProofOk(left, size, root)) return fail('the left neighbour is not in the tree')
  if (right && !keyProofOk(right, size, root)) return fail('the right neighbour is not in the tree')
  if (!left && right?.index !== 0) return fail('without a left neighbour, the right one must be the first key')
  if (!right && left?.index !== size - 1) return fail('without a right neighbour, the left one must be the last key')
  if (left && right && right.index !== left.index + 1) return fail('the neighbours are not adjacent')
  if ((left && !(left.key < proof.key)) || (right && !(proof.key < right.key)))
    return fail('the key does not lie between its neighbours')
  return valid
}

/**
 * What a valid proof shows, in the words `veto proof verify` prints and docs/ledger.md uses:
 * about the item when its key was recomputed, about the key alone otherwise.
 */
export function provenStatement(proof: SnapshotProof, check: ProofCheck): string {
  const where = `the tree of snapshot ${proof.snapshot} (root ${proof.root})`
  const inOrOut = check.type === 'inclusion' ? 'is in' : 'is absent from'
  if (check.bound) {
    const isIt = check.type === 'inclusion' ? 'is in' : 'is not in'
    return (
      `Item ${proof.content_id} ${isIt} snapshot ${proof.snapshot}: its key ${proof.key}, recomputed from the ` +
      `content id and the account key the file gives (for account ${proof.account_id ?? '(not named)'}), ` +
      `${inOrOut} ${where}.`
    )
  }
  const why =
    proof.format === 'veto-proof/1'
      ? 'the snapshot was sealed before per-account keys, and only the platform can recompute its keys'
      : 'it carries no account key to recompute the key from'
  const notShown = `The file does not show that it is item ${proof.content_id}'s key`
  return `Key ${proof.key} ${inOrOut} ${where}. ${notShown}: ${why}.`
}
