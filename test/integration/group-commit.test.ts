/**
 * Concurrent objections share commits (group commit). One that fails inside the shared
 * transaction is undone alone: the others are stored, each with its ledger entry and its
 * confirmation mail, and the ledger holds together — on SQLite and on PostgreSQL.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createGroupCommit } from '../../src/services/group-commit.js'
import { initVeto, openVeto } from '../../src/veto.js'
import { createTestDatabase } from './pg.js'
import { type Policy, PRESETS } from '../../src/domain/index.js'
import { AppError } from '../../src/domain/app-error.js'

const stores = [
  { name: 'sqlite', make: async () => ({ url: undefined as string | undefined, drop: async () => {} }) },
  { name: 'postgres', make: async () => createTestDatabase() },
]

describe.each(stores)('group commit on $name', ({ make }) => {
  it('commits the good filings of a batch and refuses only the bad one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'veto-group-'))
    const db = await make()
    try {
      await initVeto({ dataDir: dir, storeUrl: db.url, env: {} })
      const veto = await openVeto({ dataDir: dir, env: {} })
      const ids = Array.from({ length: 40 }, (_, i) => `acc-${i}`)
      await veto.store.upsertAccounts(
        ids.map((id, i) => ({
          id,
          network: 'facebook',
          email: `p${i}@example.com`,
          birthdate: null,
          country: 'DE',
          createdAt: Date.parse('2020-01-01T00:00:00Z'),
        })),
        Date.now(),
      )
      const before = await veto.store.ledgerSize()
      // Forty at once; the twenty-first reuses the first one's id, so its insert fails mid-batch.
      const results = await Promise.allSettled(
        ids.map((account, i) =>
          veto.filings.file({
            type: 'objection',
            target: { account },
            channel: 'api',
            id: i === 20 ? 'obj_same' : i === 0 ? 'obj_same' : undefined,
            confirm: {
              to: `p${i}@example.com`,
              lang: 'en',
              url: 'http://localhost/me',
              policy: { ...(PRESETS[0] as Policy), deadline: null },
            },
          }),
        ),
      )
      const refused = results.filter((r) => r.status === 'rejected')
      expect(refused).toHaveLength(1)
      // Which of the two comes first is a race (their reads run side by side); one of them is refused.
      expect([results[0]?.status, results[20]?.status].sort()).toEqual(['fulfilled', 'rejected'])
      for (const r of results) {
        if (r.status !== 'fulfilled') continue
        expect(await veto.store.findFiling(r.value.filing.id)).toBeDefined()
        expect(await veto.store.portal.mailFor('confirmation', r.value.filing.id)).toBeDefined()
      }
      expect(await veto.store.ledgerSize()).toBe(before + 39)
      expect((await veto.store.portal.listMail()).filter((m) => m.kind === 'confirmation')).toHaveLength(39)
      expect((await veto.ledger.verify()).problems).toEqual([])
      await veto.close()
    } finally {
      await db.drop()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

it('a write queued just as a batch finishes is committed too, not left waiting', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'veto-group-'))
  try {
    await initVeto({ dataDir: dir, env: {} })
    const veto = await openVeto({ dataDir: dir, env: {} })
    const written: number[] = []
    const commits = createGroupCommit<number>((items) =>
      veto.store.transaction(async (tx) => {
        await tx.ledgerSize()
        written.push(...items)
      }),
    )
    // One after another: each is queued the moment the previous caller hears of its commit.
    const sequence = (async () => {
      for (let i = 0; i < 20; i++) await commits.run(i)
    })()
    let timer: NodeJS.Timeout | undefined
    const late = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error('a write was left waiting')), 5_000)
    })
    await Promise.race([sequence, late]).finally(() => clearTimeout(timer))
    expect(written).toEqual(Array.from({ length: 20 }, (_, i) => i))
    await veto.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

it('refuses a whole batch at once when the store stayed locked, not trying each write again', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'veto-group-'))
  try {
    await initVeto({ dataDir: dir, env: {} })
    const veto = await openVeto({ dataDir: dir, env: {} })
    let calls = 0
    const commits = createGroupCommit<number>(async () => {
      calls++
      throw new AppError('STORE_BUSY', 'the store stayed locked by another process for 5000 ms')
    })
    const outcomes = await Promise.allSettled([1, 2, 3, 4].map((i) => commits.run(i)))
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected'])
    expect(calls).toBe(1)
    await veto.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
