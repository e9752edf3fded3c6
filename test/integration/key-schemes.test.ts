/**
 * A data folder made by the version before per-account keys (`test/fixtures/folders/before-account-keys`:
 * three accounts, one objection, one snapshot sealed under key scheme 1, its proof index left out)
 * opens with this version: its snapshot and ledger still verify, its proofs still check and say
 * only what they show, and the next snapshot keys its items per account.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { provenStatement, verifyProof } from '../../src/services/proofs.js'
import { ledgerOrigin } from '../../src/ledger/keys.js'
import { initVeto, openVeto, type Veto } from '../../src/veto.js'

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'folders', 'before-account-keys')

let dir: string
let veto: Veto
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'veto-old-folder-'))
  cpSync(FIXTURE, join(dir, 'data'), { recursive: true })
  veto = await openVeto({ dataDir: join(dir, 'data'), env: {} })
})
afterEach(async () => {
  await veto.close()
  rmSync(dir, { recursive: true, force: true })
})

it('verifies and proves a snapshot sealed before per-account keys, as scheme 1', async () => {
  const [old] = await veto.snapshots.list()
  expect(old).toMatchObject({ keyScheme: 1, items: 2, considered: 5 })
  expect(veto.snapshots.readManifest(old!.id).merkle).not.toHaveProperty('key_scheme')
  expect(await veto.checks.verify(old!.id)).toEqual([])
  expect((await veto.ledger.verify()).problems).toEqual([])
  const root = old!.root.toString('hex')
  // Its proof index was not kept: the first proof writes it from the decisions, under scheme 1.
  const inProof = await veto.proofs.prove(old!.id, 'p3')
  const outProof = await veto.proofs.prove(old!.id, 'p1')
  for (const [p, type] of [
    [inProof, 'inclusion'],
    [outProof, 'exclusion'],
  ] as const) {
    expect(p).toMatchObject({ format: 'veto-proof/1', type })
    expect(p).not.toHaveProperty('account_key')
    const check = verifyProof(p, root)
    expect(check).toEqual({ valid: true, bound: false, type })
    expect(provenStatement(p, check)).toMatch(
      /^Key [0-9a-f]{64} is (in|absent from) the tree of snapshot .* only the platform/,
    )
  }
})

it('keys the next snapshot in the same folder per account', async () => {
  const content = join(dir, 'content.jsonl')
  const item = { id: 'p3', account: 'th-9', kind: 'post', visibility: 'public', text: 'hi' }
  writeFileSync(content, `${JSON.stringify({ ...item, published_at: '2024-01-01T00:00:00Z' })}\n`)
  const s = await veto.snapshots.create({
    policy: 'meta-2025',
    at: Date.parse('2025-05-27T00:00:00Z'),
    content: [content],
  })
  expect(s.record.keyScheme).toBe(2)
  const proof = await veto.proofs.prove(s.record.id, 'p3')
  expect(verifyProof(proof, s.record.root.toString('hex'))).toEqual({ valid: true, bound: true, type: 'inclusion' })
  expect(await veto.checks.verify(s.record.id)).toEqual([])
  // Its checkpoints keep the folder's old origin, and all of them verify.
  const notes = (await veto.store.listCheckpoints()).map((c) => c.note)
  expect(notes.length).toBeGreaterThan(1)
  for (const note of notes) expect(note).toMatch(/^veto-ledger-bc0155b2\n/)
  expect((await veto.ledger.verify()).problems).toEqual([])
})

it('names the ledger of a new folder after its public URL, as C2SP tlog-checkpoint recommends', async () => {
  expect(ledgerOrigin('https://example.org/veto/')).toBe('example.org/veto/ledger')
  expect(ledgerOrigin('http://localhost:8080')).toBe('localhost:8080/ledger')
  const dataDir = join(dir, 'new')
  const env = { VETO__SERVER__PUBLIC_URL: 'https://privacy.example.org/veto' }
  await initVeto({ dataDir, env })
  const fresh = await openVeto({ dataDir, env })
  try {
    const { note } = await fresh.ledger.checkpoint()
    expect(note).toMatch(/^privacy\.example\.org\/veto\/ledger\n0\n.*\n\n— privacy\.example\.org\/veto\/ledger \S+\n$/)
    expect((await fresh.ledger.verify()).problems).toEqual([])
  } finally {
    await fresh.close()
  }
})
