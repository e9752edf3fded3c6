/**
 * The store contract: one suite, run unchanged against every database
 * (sqlite.test.ts, postgres.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { definePolicy, policyFingerprint } from '../../src/domain/index.js'
import { appendToLedger } from '../../src/ledger/append.js'
import type { Store } from '../../src/store/store.js'
import { account, link, notice, objection, t } from '../fixtures/facts.js'

export interface StoreHarness {
  readonly store: Store
  /** Runs raw SQL beside the store, as an operator with a database shell would. */
  exec(sql: string): Promise<void>
  dispose(): Promise<void>
}

const NOW = t('2026-01-01T00:00:00Z')

export function runStoreContract(name: string, open: () => Promise<StoreHarness>): void {
  describe(`store contract: ${name}`, () => {
    let h: StoreHarness
    let store: Store
    beforeEach(async () => {
      h = await open()
      store = h.store
    })
    afterEach(async () => h.dispose())

    it('inserts, updates and leaves alone accounts by id', async () => {
      expect(await store.upsertAccounts([account('a'), account('b')], NOW)).toEqual({ inserted: 2, updated: 0, unchanged: 0 })
      const moved = account('a', { country: 'FR', email: 'A.New@Example.com' })
      expect(await store.upsertAccounts([moved, account('b')], NOW)).toEqual({ inserted: 0, updated: 1, unchanged: 1 })
      expect((await store.getAccounts(['a', 'zz'])).get('a')).toEqual(moved)
      expect((await store.findAccountsByEmail('a.new@example.COM')).map((x) => x.id)).toEqual(['a'])
      expect(await store.findAccountsByEmail('nobody@example.com')).toEqual([])
      expect(await store.hasAccountWithEmail('a.new@example.COM')).toBe(true)
      expect(await store.hasAccountWithEmail('nobody@example.com')).toBe(false)
    })

    it('keeps birthdates and unknowns exactly', async () => {
      const a = account('a', { birthdate: '2004-02-29', country: null })
      const b = account('b', { birthdate: null })
      await store.upsertAccounts([a, b], NOW)
      const got = await store.getAccounts(['a', 'b'])
      expect(got.get('a')).toEqual(a)
      expect(got.get('b')).toEqual(b)
    })

    it('appends membership changes once', async () => {
      await store.upsertAccounts([account('a'), account('b')], NOW)
      const changes = [link('a', 'C', t('2020-01-01T00:00:00Z')), link('b', 'C', t('2020-01-01T00:00:00Z')), link('a', null, t('2021-01-01T00:00:00Z'))]
      expect(await store.appendMemberships(changes)).toEqual(changes)
      expect(await store.appendMemberships(changes)).toEqual([])
      expect(await store.membershipsOf(['a'])).toEqual([changes[0], changes[2]])
      expect((await store.membershipsIn(['C'])).map((m) => m.account).sort()).toEqual(['a', 'b'])
    })

    it('stores filings with their accounts, reason and withdrawal', async () => {
      await store.upsertAccounts([account('a'), account('b')], NOW)
      const o = objection('obj_1', ['a', 'b'], t('2025-05-20T10:00:00Z'))
      await store.insertFiling(o, 'a reason', 'key-1')
      expect(await store.findFiling('obj_1')).toEqual({ ...o, reason: 'a reason', withdrawal: null })
      expect(await store.findDedupeKeys(['key-1', 'key-2'])).toEqual(new Map([['key-1', 'obj_1']]))
      const w = { filingId: 'obj_1', at: t('2025-06-01T00:00:00Z'), recordedAt: t('2025-06-01T00:00:01Z') }
      await store.insertWithdrawal(w)
      expect((await store.findFiling('obj_1'))?.withdrawal).toEqual(w)
      await expect(store.insertWithdrawal(w)).rejects.toThrow()
      expect((await store.filingsFor(['b'])).map((f) => f.id)).toEqual(['obj_1'])
      expect(await store.findFiling('nope')).toBeUndefined()
    })

    it('appends notices once', async () => {
      await store.upsertAccounts([account('a')], NOW)
      const n = [notice('a', t('2025-04-01T00:00:00Z'))]
      expect(await store.appendNotices(n)).toEqual(n)
      expect(await store.appendNotices(n)).toEqual([])
      expect(await store.noticesTo(['a'])).toEqual(n)
    })

    it('records policy versions', async () => {
      const p = definePolicy({ name: 'house', version: 2, notice_days: 14 })
      await store.insertPolicy(p, policyFingerprint(p), NOW)
      expect(await store.findPolicy('house', 2)).toEqual({ fingerprint: policyFingerprint(p) })
      expect(await store.findPolicy('house', 3)).toBeUndefined()
      await expect(store.insertPolicy(p, 'other', NOW)).rejects.toThrow()
    })

    it('loads every fact back as it was written', async () => {
      await store.upsertAccounts([account('a'), account('b', { birthdate: null, country: null })], NOW)
      await store.appendMemberships([link('a', 'C', t('2020-01-01T00:00:00Z'))])
      await store.insertFiling(objection('obj_1', ['a'], t('2025-05-20T10:00:00Z')), null, null)
      await store.appendNotices([notice('b', t('2025-04-01T00:00:00Z'))])
      const f = await store.loadFacts()
      expect([...f.accounts.keys()].sort()).toEqual(['a', 'b'])
      const { accounts: _, ...events } = f
      expect(await store.loadEventFacts()).toEqual(events)
      expect(f.memberships).toEqual([link('a', 'C', t('2020-01-01T00:00:00Z'))])
      expect(f.filings).toEqual([objection('obj_1', ['a'], t('2025-05-20T10:00:00Z'))])
      expect(f.notices).toEqual([notice('b', t('2025-04-01T00:00:00Z'))])
      expect(await store.counts()).toEqual({ accounts: 2, memberships: 1, filings: 1, withdrawals: 0, notices: 1, policies: 0 })
    })

    it('reads accounts page by page in id order, each once, with no e-mail', async () => {
      const ids = ['b-2', 'a-1', 'c', 'a-10', 'a-2']
      await store.upsertAccounts([...ids.map((id) => account(id)), account('d', { birthdate: '2004-02-29', country: null }), account('e', { birthdate: null })], NOW)
      ids.push('d', 'e')
      const seen: string[] = []
      for (let page = await store.accountPage(null, 2); page.length > 0; page = await store.accountPage(page.at(-1)?.id ?? null, 2)) {
        expect(page.length).toBeLessThanOrEqual(2)
        seen.push(...page.map((a) => a.id))
      }
      expect(seen).toHaveLength(ids.length)
      expect(new Set(seen)).toEqual(new Set(ids))
      const c = account('c')
      const all = await store.accountPage(null, 10)
      expect(all.find((a) => a.id === 'c')).toEqual({ id: 'c', country: c.country, birthdate: '1990-01-01' })
      expect(all.filter((a) => a.id === 'd' || a.id === 'e')).toEqual([{ id: 'd', country: null, birthdate: '2004-02-29' }, { id: 'e', country: 'DE', birthdate: null }])
    })

    it('reads membership changes page by page in the order recorded, and leaves them out of event facts on request', async () => {
      await store.upsertAccounts(['a', 'b'].map((id) => account(id)), NOW)
      await store.appendMemberships([link('b', 'C', t('2021-01-01T00:00:00Z')), link('a', 'C', t('2020-01-01T00:00:00Z'))])
      await store.appendMemberships([link('a', null, t('2022-01-01T00:00:00Z'))])
      const seen: { account: string; center: string | null }[] = []
      let last = 0
      for (let page = await store.membershipPage(0, 2); page.length > 0; page = await store.membershipPage(page.at(-1)?.seq ?? 0, 2)) {
        expect(page.length).toBeLessThanOrEqual(2)
        for (const m of page) {
          expect(m.seq).toBeGreaterThan(last)
          last = m.seq
          seen.push({ account: m.account, center: m.center })
        }
      }
      expect(seen).toEqual([{ account: 'b', center: 'C' }, { account: 'a', center: 'C' }, { account: 'a', center: null }])
    })

    it('loads the filings of one type only, and no notices or memberships when told', async () => {
      await store.upsertAccounts(['a', 'e'].map((id) => account(id)), NOW)
      await store.appendMemberships([link('a', 'C', t('2020-01-01T00:00:00Z'))])
      await store.insertFiling(objection('obj_1', ['a'], t('2025-05-20T10:00:00Z')), null, null)
      await store.insertFiling({ ...objection('con_1', ['e'], t('2025-05-21T10:00:00Z')), type: 'consent' }, null, null)
      await store.appendNotices([notice('a', t('2025-04-01T00:00:00Z'))])
      const o = await store.loadEventFacts({ filingType: 'objection', notices: false, memberships: false })
      expect(o.filings.map((f) => [f.id, f.accounts])).toEqual([['obj_1', ['a']]])
      expect(o.memberships).toEqual([])
      expect(o.notices).toEqual([])
      const c = await store.loadEventFacts({ filingType: 'consent' })
      expect(c.filings.map((f) => f.id)).toEqual(['con_1'])
      expect(c.memberships).toHaveLength(1)
      expect(c.notices).toHaveLength(1)
    })

    it('undoes a failed savepoint alone and keeps the rest of the transaction', async () => {
      await store.transaction(async (tx) => {
        await tx.upsertAccounts([account('a')], NOW)
        await expect(tx.savepoint(async (sp) => {
          await sp.upsertAccounts([account('b')], NOW)
          await sp.insertFiling(objection('obj_1', ['nobody'], t('2025-05-20T10:00:00Z')), null, null)
        })).rejects.toThrow()
        await tx.savepoint(async (sp) => sp.upsertAccounts([account('c')], NOW))
      })
      expect([...(await store.getAccounts(['a', 'b', 'c'])).keys()].sort()).toEqual(['a', 'c'])
    })

    it('writes all of a transaction or nothing', async () => {
      await expect(store.transaction(async (tx) => {
        await tx.upsertAccounts([account('a')], NOW)
        await tx.insertFiling(objection('obj_1', ['a'], NOW), null, null)
        throw new Error('crash in the middle')
      })).rejects.toThrow('crash in the middle')
      expect(await store.counts()).toMatchObject({ accounts: 0, filings: 0 })
    })

    it('appends ledger entries in order and reads them back', async () => {
      expect(await store.ledgerSize()).toBe(0)
      await store.transaction((tx) => appendToLedger(tx, [{ type: 'policy.recorded', data: { name: 'a', version: 1 } }], NOW))
      const [second] = await store.transaction((tx) => appendToLedger(tx, [
        { type: 'notice.delivered', data: { account: 'x', delivered_at: '2025-01-01T00:00:00.000Z' } },
        { type: 'policy.recorded', data: { name: 'b', version: 1 } },
      ], NOW + 1))
      expect(second?.seq).toBe(1)
      expect(await store.ledgerSize()).toBe(3)
      const read = await store.readLedger(1, 10)
      expect(read.map((e) => e.seq)).toEqual([1, 2])
      expect(read[0]).toEqual(second)
      const root = Buffer.alloc(32, 7)
      const frontier = [Buffer.alloc(32, 1), Buffer.alloc(32, 2)]
      await store.insertCheckpoint({ size: 3, root, note: 'note', frontier, recordedAt: NOW })
      await store.insertCheckpoint({ size: 3, root, note: 'again', frontier, recordedAt: NOW })
      expect(await store.listCheckpoints()).toEqual([{ size: 3, root, note: 'note', frontier, recordedAt: NOW }])
    })

    it('records sealed snapshots and the models trained on them', async () => {
      const snap = {
        id: 'snap_1', name: null, policyName: 'meta-2025', policyVersion: 1, at: NOW - 10, built: NOW, ledgerSize: 4,
        root: Buffer.alloc(32, 1), items: 10, considered: 20, manifestSha256: 'ab', secret: Buffer.alloc(32, 2), sealedAt: NOW,
      }
      await store.insertSnapshot(snap)
      expect(await store.findSnapshot('snap_1')).toEqual(snap)
      expect(await store.listSnapshots()).toEqual([snap])
      await store.insertModel({ id: 'mdl_1', name: 'llm', registeredAt: NOW, snapshots: ['snap_1'] })
      expect(await store.listModels()).toEqual([{ id: 'mdl_1', name: 'llm', registeredAt: NOW, snapshots: ['snap_1'] }])
      await expect(h.exec(`update snapshots set root = 'x'`)).rejects.toThrow(/append-only/)
    })

    it('refuses updates and deletes of append-only facts, whoever asks', async () => {
      await store.upsertAccounts([account('a')], NOW)
      await store.insertFiling(objection('obj_1', ['a'], NOW), 'why', null)
      await store.appendMemberships([link('a', 'C', NOW)])
      await expect(h.exec(`update filings set reason = 'changed'`)).rejects.toThrow(/append-only/)
      await expect(h.exec(`delete from filings`)).rejects.toThrow(/append-only/)
      await expect(h.exec(`update memberships set center = 'D'`)).rejects.toThrow(/append-only/)
      await expect(h.exec(`delete from filing_accounts`)).rejects.toThrow(/append-only/)
      await store.transaction((tx) => appendToLedger(tx, [{ type: 'policy.recorded', data: {} }], NOW))
      await expect(h.exec(`update ledger set payload = '{}'`)).rejects.toThrow(/append-only/)
      expect((await store.findFiling('obj_1'))?.reason).toBe('why')
    })
  })
}
