/**
 * docs/verify-a-proof.mjs — the few dozen lines of plain JavaScript a person can read and run
 * instead of trusting `veto proof verify` — checks real proofs of a sealed snapshot, for every
 * item of an account, in and out, and refuses each kind of change to them.
 */
import { execFile } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type SnapshotProof, verifyProof } from '../../src/services/proofs.js'
import { createVetoFolder, type VetoFolder } from '../fixtures/veto-folder.js'

const ROOT_DIR = join(import.meta.dirname, '..', '..')
const SCRIPT = join(ROOT_DIR, 'docs', 'verify-a-proof.mjs')

// Three accounts with 20 items each, of which every third is not public: a tree of 40 keys,
// deep enough for paths of six nodes, with neighbours from other accounts between them.
const ACCOUNTS = ['a', 'b', 'c'].map((a) => `fb-${a},facebook,${a}@example.com,1980-01-01,DE,,2016-01-01T00:00:00Z`)
const ITEMS = ['a', 'b', 'c'].flatMap((a) =>
  Array.from({ length: 20 }, (_, i) =>
    JSON.stringify({
      id: `${a}-${i}`,
      account: `fb-${a}`,
      kind: 'post',
      visibility: i % 3 === 0 ? 'friends' : 'public',
      published_at: '2024-02-01T10:00:00Z',
      text: `item ${i}`,
    }),
  ),
)

async function run(proof: unknown, ...args: string[]): Promise<{ code: number; stdout: string }> {
  const file = join(f.dir, `proof-${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(file, JSON.stringify(proof))
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [SCRIPT, file, ...args])
    return { code: 0, stdout }
  } catch (e) {
    const failed = e as { code: number; stdout: string }
    return { code: failed.code, stdout: failed.stdout }
  }
}

let f: VetoFolder
let snapshot: string
let root: string
beforeAll(async () => {
  f = await createVetoFolder('sqlite', Date.parse('2025-06-01T00:00:00Z'))
  const header = 'id,network,email,birthdate,country,center,created_at'
  await f.veto.imports.importFile('accounts', f.write('accounts.csv', [header, ...ACCOUNTS].join('\n')))
  const notices = ['a', 'b', 'c'].map((a) => `fb-${a},2025-04-14T08:00:00Z`)
  await f.veto.imports.importFile('notices', f.write('notices.csv', ['account,delivered_at', ...notices].join('\n')))
  const content = f.write('content.jsonl', ITEMS.join('\n'))
  const s = await f.veto.snapshots.create({
    policy: 'strict',
    at: Date.parse('2025-05-27T00:00:00Z'),
    content: [content],
  })
  snapshot = s.record.id
  root = s.record.root.toString('hex')
  expect(s.record.items).toBe(39)
}, 60_000)
afterAll(async () => f.dispose())

describe('docs/verify-a-proof.mjs', () => {
  it('is the script docs/verify-a-proof.md shows, line for line', () => {
    const doc = readFileSync(join(ROOT_DIR, 'docs', 'verify-a-proof.md'), 'utf8')
    expect(doc).toContain(`\`\`\`js\n${readFileSync(SCRIPT, 'utf8')}\`\`\``)
  })

  it('verifies every item of an account, in and out, against the published root', async () => {
    let seen = { inclusion: 0, exclusion: 0 }
    for (let i = 0; i < 20; i++) {
      const proof = await f.veto.proofs.prove(snapshot, `b-${i}`)
      seen = { ...seen, [proof.type]: seen[proof.type] + 1 }
      const r = await run(proof, root)
      expect(r, `b-${i}`).toMatchObject({ code: 0 })
      expect(r.stdout).toMatch(
        new RegExp(`^VALID: item b-${i} ${proof.type === 'inclusion' ? 'is in' : 'is not in'} snapshot ${snapshot}`),
      )
    }
    expect(seen).toEqual({ inclusion: 13, exclusion: 7 })
  })

  it('refuses a changed key, content id, account key, path byte, index or root', async () => {
    const inProof = await f.veto.proofs.prove(snapshot, 'c-1')
    const outProof = await f.veto.proofs.prove(snapshot, 'c-3')
    expect([inProof.type, outProof.type]).toEqual(['inclusion', 'exclusion'])
    const flip = (hex: string, at = hex.length - 1) =>
      `${hex.slice(0, at)}${(Number.parseInt(hex[at] as string, 16) ^ 1).toString(16)}${hex.slice(at + 1)}`
    const withPath = (p: SnapshotProof, side: 'item' | 'left' | 'right', change: (path: string[]) => string[]) => ({
      ...p,
      [side]: { ...p[side], proof: change([...(p[side]?.proof ?? [])]) },
    })
    const tampered: [string, unknown][] = [
      ['key (in)', { ...inProof, key: flip(inProof.key), item: { ...inProof.item, key: flip(inProof.key) } }],
      ['key (out)', { ...outProof, key: flip(outProof.key) }],
      ['content id (in)', { ...inProof, content_id: 'c-2' }],
      ['content id (out)', { ...outProof, content_id: 'c-1' }],
      ['account key (in)', { ...inProof, account_key: flip(inProof.account_key as string, 0) }],
      ['account key (out)', { ...outProof, account_key: flip(outProof.account_key as string, 0) }],
      ['path byte (in)', withPath(inProof, 'item', (p) => [flip(p[0] as string, 10), ...p.slice(1)])],
      [
        'path byte (out)',
        withPath(outProof, outProof.left ? 'left' : 'right', (p) => [flip(p[0] as string, 7), ...p.slice(1)]),
      ],
      ['path node dropped', withPath(inProof, 'item', (p) => p.slice(1))],
      ['path node not hex', withPath(inProof, 'item', (p) => ['z'.repeat(64), ...p.slice(1)])],
      ['path not a list', { ...inProof, item: { ...inProof.item, proof: 'abc' } }],
      ['key not a string', { ...outProof, key: 42 }],
      ['format 1 with an account key', { ...inProof, format: 'veto-proof/1', key: flip(inProof.key) }],
      ['index', { ...inProof, item: { ...inProof.item, index: (inProof.item?.index ?? 0) + 1 } }],
      ['root in the file', { ...inProof, root: flip(inProof.root) }],
      ['exclusion of an included item', { ...inProof, type: 'exclusion', left: inProof.item, right: null }],
    ]
    expect([(await run(inProof, root)).code, (await run(outProof, root)).code]).toEqual([0, 0])
    for (const [what, proof] of tampered) {
      const r = await run(proof)
      expect(r.code, what).toBe(1)
      expect(r.stdout, what).toMatch(/^NOT VALID: /)
      expect(verifyProof(proof as SnapshotProof).valid, `${what}, veto proof verify`).toBe(false)
    }
    // A file that verifies on its own, against a root other than the published one.
    expect((await run(inProof, flip(root))).stdout).toBe('NOT VALID: the proof is for another root\n')
  })

  it('says of a proof without its account key only that the key is in or out', async () => {
    const { account_key: _, ...bare } = await f.veto.proofs.prove(snapshot, 'a-0')
    const r = await run(bare, root)
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^VALID: key [0-9a-f]{64} is absent from the tree with root .* no account key/)
  })
})
