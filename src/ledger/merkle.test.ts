/**
 * RFC 9162 golden vectors and round trips of our own proofs. The vectors are the project's
 * shared set (../shared/testdata/rfc9162) where it sits beside the checkout, else the copy in
 * test/vectors/rfc9162 that a clean clone carries; a test keeps the two identical.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  consistencyProof,
  hashLeaf,
  hashPairsOneByOne,
  inclusionProof,
  MerkleFrontier,
  rootOf,
  verifyConsistency,
  verifyInclusion,
  verifySubtreeConsistency,
  verifySubtreeInclusion,
} from './merkle.js'

const SHARED = fileURLToPath(new URL('../../../shared/testdata/rfc9162', import.meta.url))
const COPY = fileURLToPath(new URL('../../test/vectors/rfc9162', import.meta.url))
const VECTORS = existsSync(SHARED) ? SHARED : COPY
const b64 = (s: string) => Buffer.from(s, 'base64')

function cases(folder: string): { file: string; c: Record<string, unknown> }[] {
  const out: { file: string; c: Record<string, unknown> }[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (name.endsWith('.json'))
        out.push({ file: path.slice(VECTORS.length + 1), c: JSON.parse(readFileSync(path, 'utf8')) })
    }
  }
  walk(join(VECTORS, folder))
  return out
}
const proofOf = (c: Record<string, unknown>) => ((c.proof as string[] | null) ?? []).map(b64)

describe('RFC 9162 golden vectors', () => {
  const all = {
    inclusion: cases('inclusion'),
    consistency: cases('consistency'),
    subtreeinclusion: cases('subtreeinclusion'),
    subtreeconsistency: cases('subtreeconsistency'),
  }
  it('has vectors to test', () => {
    for (const list of Object.values(all)) expect(list.length).toBeGreaterThan(10)
  })
  it.runIf(existsSync(SHARED))('carries an exact copy of the shared vectors', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => statSync(join(dir, f)).isFile())
        .sort()
    expect(files(COPY)).toEqual(files(SHARED))
    for (const f of files(SHARED))
      expect(readFileSync(join(COPY, f)).equals(readFileSync(join(SHARED, f))), f).toBe(true)
  })
  it.each(all.inclusion)('inclusion $file', ({ c }) => {
    const ok = verifyInclusion(
      c.leafIdx as number,
      c.treeSize as number,
      b64(c.leafHash as string),
      proofOf(c),
      b64(c.root as string),
    )
    expect(ok).toBe(!c.wantErr)
  })
  it.each(all.consistency)('consistency $file', ({ c }) => {
    const ok = verifyConsistency(
      c.size1 as number,
      c.size2 as number,
      proofOf(c),
      b64(c.root1 as string),
      b64(c.root2 as string),
    )
    expect(ok).toBe(!c.wantErr)
  })
  it.each(all.subtreeinclusion)('subtree inclusion $file', ({ c }) => {
    const ok = verifySubtreeInclusion(
      c.leafIdx as number,
      c.start as number,
      c.end as number,
      b64(c.leafHash as string),
      proofOf(c),
      b64(c.root as string),
    )
    expect(ok).toBe(!c.wantErr)
  })
  it.each(all.subtreeconsistency)('subtree consistency $file', ({ c }) => {
    const ok = verifySubtreeConsistency(
      c.start as number,
      c.end as number,
      c.size as number,
      proofOf(c),
      b64(c.root1 as string),
      b64(c.root2 as string),
    )
    expect(ok).toBe(!c.wantErr)
  })
})

describe('MerkleFrontier', () => {
  it('has the root of the whole tree after every append, and picks up from a saved state', () => {
    const leaves = Array.from({ length: 70 }, (_, i) => hashLeaf(Buffer.from(`leaf ${i}`)))
    const f = new MerkleFrontier()
    expect(f.root()).toEqual(rootOf([]))
    leaves.forEach((l, i) => {
      f.append(l)
      expect(f.root()).toEqual(rootOf(leaves.slice(0, i + 1)))
      const resumed = new MerkleFrontier(f.size, f.hashes())
      expect(resumed.root()).toEqual(f.root())
    })
  })

  it('takes many leaves at once as it takes them one by one, from any saved state', () => {
    const leaf = (i: number) => hashLeaf(Buffer.from(`leaf ${i}`))
    const hex = (f: MerkleFrontier) => ({ size: f.size, nodes: f.hashes().map((h) => h.toString('hex')) })
    fc.assert(
      fc.property(fc.nat({ max: 300 }), fc.array(fc.nat({ max: 140 }), { maxLength: 5 }), (start, batches) => {
        const one = new MerkleFrontier()
        for (let i = 0; i < start; i++) one.append(leaf(i))
        const many = new MerkleFrontier(one.size, one.hashes())
        for (const n of batches) {
          const page = Array.from({ length: n }, (_, i) => leaf(one.size + i))
          for (const l of page) one.append(l)
          many.appendMany(page, hashPairsOneByOne)
          expect(hex(many)).toEqual(hex(one))
        }
        expect(many.root()).toEqual(one.root())
      }),
      { numRuns: 300 },
    )
  })
})

describe('our proofs', () => {
  const leaves = (n: number) => Array.from({ length: n }, (_, i) => hashLeaf(Buffer.from(`leaf ${i}`)))
  it('verify for every leaf and every earlier size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 70 }), fc.nat(), fc.nat(), (n, a, b) => {
        const d = leaves(n)
        const root = rootOf(d)
        const i = a % n
        expect(verifyInclusion(i, n, d[i]!, inclusionProof(i, d), root)).toBe(true)
        expect(verifyInclusion(i, n, hashLeaf(Buffer.from('other')), inclusionProof(i, d), root)).toBe(false)
        const m = (b % n) + 1
        expect(verifyConsistency(m, n, consistencyProof(m, d), rootOf(d.slice(0, m)), root)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})
