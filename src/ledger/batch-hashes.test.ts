import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hashLeaves, hashPairs } from './batch-hashes.js'
import { hashChildren, hashLeaf, HASH_BYTES, MerkleFrontier } from './merkle.js'

describe('leaf hashes of a batch', () => {
  it("are each leaf's own hash, whatever the batch's size and characters", () => {
    // Sizes on both sides of the batch route's threshold and of its four lanes (fast-check's
    // default 'small' size would stay under it); text of any code units (lone surrogates too), so
    // that bytes and characters part; lengths across 64-byte blocks.
    const text = fc.oneof(
      fc.string({ maxLength: 200, size: 'medium' }),
      fc.string({ unit: 'binary', maxLength: 200, size: 'medium' }),
      fc.string({ unit: fc.constantFrom('a', 'é', '€', '😀', '\ud800', '"'), maxLength: 80, size: 'medium' }),
    )
    const hex = (hashes: Buffer[]) => hashes.map((h) => h.toString('hex'))
    fc.assert(
      fc.property(fc.array(text, { maxLength: 70, size: 'max' }), (leaves) => {
        expect(hex(hashLeaves(leaves))).toEqual(hex(leaves.map((l) => hashLeaf(Buffer.from(l)))))
      }),
      { numRuns: 300 },
    )
  })

  it('gives RFC 6962 test vectors’ leaf hashes in a batch as alone', () => {
    // The empty leaf and 0x00 from RFC 6962's reference tests (certificate-transparency-go's
    // merkle tests): SHA-256(0x00) and SHA-256(0x00 0x00).
    const batch = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? '' : '\u0000'))
    const hex = hashLeaves(batch).map((h) => h.toString('hex'))
    expect(hex[0]).toBe('6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d')
    expect(hex[1]).toBe('96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7')
    expect(new Set(hex).size).toBe(2)
  })
})

describe('node hashes of a batch', () => {
  it("are each pair's parent, on both sides of the batch route's threshold", () => {
    const hex = (b: Buffer) => b.toString('hex')
    // Pairs of nodes drawn from a seed: a failure shrinks to a small count fast, as raw bytes would not.
    fc.assert(
      fc.property(fc.nat({ max: 40 }), fc.string(), (pairs, seed) => {
        const nodes = Buffer.concat(Array.from({ length: 2 * pairs }, (_, i) => hashLeaf(Buffer.from(`${seed} ${i}`))))
        const want = Array.from({ length: pairs }, (_, i) => {
          const at = 2 * HASH_BYTES * i
          return hex(
            hashChildren(nodes.subarray(at, at + HASH_BYTES), nodes.subarray(at + HASH_BYTES, at + 2 * HASH_BYTES)),
          )
        })
        const got = hashPairs(nodes, pairs)
        expect(
          Array.from({ length: pairs }, (_, i) => hex(got.subarray(HASH_BYTES * i, HASH_BYTES * (i + 1)))),
        ).toEqual(want)
      }),
      { numRuns: 200 },
    )
  })

  it('climb a frontier to the root of the tree over the same leaves', () => {
    const leaves = hashLeaves(Array.from({ length: 1000 }, (_, i) => `entry ${i}`))
    const one = new MerkleFrontier()
    for (const l of leaves) one.append(l)
    const many = new MerkleFrontier()
    many.appendMany(leaves.slice(0, 333), hashPairs)
    many.appendMany(leaves.slice(333), hashPairs)
    expect(many.root().toString('hex')).toBe(one.root().toString('hex'))
    expect(many.hashes().map((hex) => hex.toString('hex'))).toEqual(one.hashes().map((h) => h.toString('hex')))
  })
})
