// Checks a Veto proof file with nothing but Node's crypto: node verify-a-proof.mjs PROOF.json [ROOT]
// ROOT is the snapshot's Merkle root as published; without it, the root in the file is used.
import { createHash, createHmac } from 'node:crypto'
import { readFileSync } from 'node:fs'

const sha256 = (...parts) => createHash('sha256').update(Buffer.concat(parts)).digest()
const hex = (s) => Buffer.from(s, 'hex')
const leafHash = (key) => sha256(Buffer.from([0]), hex(key))
const nodeHash = (left, right) => sha256(Buffer.from([1]), left, right)
const isKey = (k) => typeof k === 'string' && /^[0-9a-f]{64}$/.test(k)

// RFC 9162, 2.1.3.2: climbs from the leaf at `index` of a tree of `size` leaves to the root.
function included({ index, key, proof }, size, root) {
  if (!(isKey(key) && Number.isSafeInteger(index) && index >= 0 && index < size)) return false
  if (!Array.isArray(proof) || !proof.every(isKey)) return false
  let fn = index
  let sn = size - 1
  let r = leafHash(key)
  for (const p of proof.map(hex)) {
    if (sn === 0) return false
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r)
      while (fn % 2 === 0 && fn !== 0) {
        fn /= 2
        sn = Math.floor(sn / 2)
      }
    } else r = nodeHash(r, p)
    fn = Math.floor(fn / 2)
    sn = Math.floor(sn / 2)
  }
  return sn === 0 && r.equals(root)
}

function check(p, publishedRoot) {
  if (!isKey(p.root) || !isKey(p.key) || !Number.isSafeInteger(p.tree_size)) return 'malformed proof'
  if (publishedRoot && publishedRoot.toLowerCase() !== p.root) return 'the proof is for another root'
  const bound = p.format === 'veto-proof/2' && p.account_key !== undefined
  if (bound && !(isKey(p.account_key) && typeof p.content_id === 'string')) return 'malformed account key'
  if (bound && createHmac('sha256', hex(p.account_key)).update(p.content_id).digest('hex') !== p.key)
    return 'the key is not HMAC-SHA256(account key, content id)'
  const root = hex(p.root)
  const n = p.tree_size
  if (p.type === 'inclusion') return p.item?.key === p.key && included(p.item, n, root) ? null : 'not in the tree'
  if (p.type !== 'exclusion') return 'unknown proof type'
  const { left, right } = p
  if (n === 0) return !left && !right && root.equals(sha256()) ? null : 'an empty tree has no neighbours'
  if (left && !(included(left, n, root) && left.key < p.key)) return 'the left neighbour does not hold'
  if (right && !(included(right, n, root) && p.key < right.key)) return 'the right neighbour does not hold'
  const adjacent = left && right ? right.index === left.index + 1 : left ? left.index === n - 1 : right?.index === 0
  return adjacent ? null : 'the neighbours do not enclose the key'
}

const proof = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const problem = proof && typeof proof === 'object' ? check(proof, process.argv[3]) : 'not a proof'
if (problem) {
  console.log(`NOT VALID: ${problem}`)
  process.exit(1)
}
const where = `${proof.type === 'inclusion' ? 'is in' : 'is absent from'} the tree with root ${proof.root}`
console.log(
  proof.format === 'veto-proof/2' && proof.account_key
    ? `VALID: item ${proof.content_id} ${proof.type === 'inclusion' ? 'is in' : 'is not in'} snapshot ` +
        `${proof.snapshot}; its key, recomputed from the account key, ${where}`
    : `VALID: key ${proof.key} ${where} (the file has no account key to tie it to item ${proof.content_id})`,
)
