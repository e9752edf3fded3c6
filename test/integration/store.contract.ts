/**
 * The store contract: one suite, run unchanged against every database
 * (sqlite.test.ts, postgres.test.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  type Account,
  definePolicy,
  type MembershipChange,
  type NoticeDelivery,
  policyFingerprint,
} from '../../src/domain/index.js'
import { appendToLedger, commitFilings } from '../../src/services/facts.js'
import { createEntries, leafOf } from '../../src/ledger/entries.js'
import { filed, type LedgerEvent } from '../../src/ledger/events.js'
import type { FilingRecord, NewFiling, Store } from '../../src/store/store.js'
import { FACT_TABLE_NAMES, type FactFilter, type FactTableName } from '../../src/store/fact-files.js'
import { openDuckDb } from '../../src/content/duckdb.js'
import { loadFactTables } from '../../src/export/engine.js'
import type { StoreHarness } from '../fixtures/store-harness.js'
import { openStore } from '../../src/store/open-store.js'
import { account, consent, link, notice, objection, t } from '../fixtures/facts.js'

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
      expect(await store.upsertAccounts([account('a'), account('b')], NOW)).toEqual({
        inserted: 2,
        updated: 0,
        unchanged: 0,
      })
      const moved = account('a', { country: 'FR', email: 'A.New@Example.com' })
      expect(await store.upsertAccounts([moved, account('b')], NOW)).toEqual({ inserted: 0, updated: 1, unchanged: 1 })
      expect((await store.getAccounts(['a', 'zz'])).get('a')).toEqual(moved)
      expect((await store.findAccountsByEmail('a.new@example.COM')).map((x) => x.id)).toEqual(['a'])
      expect(await store.findAccountsByEmail('nobody@example.com')).toEqual([])
      expect(await store.emailOnRecord('a.new@example.COM')).toBe('A.New@Example.com')
      // A fullwidth Ａ is an A once folded (NFKC).
      expect(await store.emailOnRecord('\uFF21.new@example.com')).toBe('A.New@Example.com')
      expect(await store.emailOnRecord('nobody@example.com')).toBeNull()
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
      const changes = [
        link('a', 'C', t('2020-01-01T00:00:00Z')),
        link('b', 'C', t('2020-01-01T00:00:00Z')),
        link('a', null, t('2021-01-01T00:00:00Z')),
      ]
      expect(await store.appendMemberships(changes)).toEqual(changes)
      expect(await store.appendMemberships(changes)).toEqual([])
      expect(await store.membershipsOf(['a'])).toEqual([changes[0], changes[2]])
      expect((await store.membershipsAround(['b'])).map((m) => m.account)).toEqual(['a', 'a', 'b'])
    })

    it('reads the histories around accounts: their own, and every account ever in their centers', async () => {
      await store.upsertAccounts(
        ['a', 'b', 'c', 'd', 'e'].map((id) => account(id)),
        NOW,
      )
      const at = (y: number) => t(`${y}-01-01T00:00:00Z`)
      // a: C1, then C2; b: C1, later C3; c: C2; d: C3 only; e: in no center.
      await store.appendMemberships([
        link('a', 'C1', at(2020)),
        link('a', 'C2', at(2021)),
        link('b', 'C1', at(2020)),
        link('b', 'C3', at(2022)),
        link('c', 'C2', at(2021)),
        link('d', 'C3', at(2020)),
        link('e', null, at(2020)),
      ])
      const around = async (accounts: string[]) =>
        (await store.membershipsAround(accounts)).map((m) => `${m.account}:${m.center}`)
      expect(await around(['a'])).toEqual(['a:C1', 'a:C2', 'b:C1', 'b:C3', 'c:C2'])
      expect(await around(['e'])).toEqual(['e:null'])
      expect(await around(['d', 'e'])).toEqual(['b:C1', 'b:C3', 'd:C3', 'e:null'])
      expect(await around(['nobody'])).toEqual([])
      // More accounts than one statement takes: each row still comes once, in account and time order.
      const many = Array.from({ length: 600 }, (_, i) => `zz${String(i).padStart(3, '0')}`)
      expect(await around(['a', ...many, 'c'])).toEqual(['a:C1', 'a:C2', 'b:C1', 'b:C3', 'c:C2'])
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

    it('stores many filings at once, more than one statement holds, each with its accounts', async () => {
      await store.upsertAccounts([account('a'), account('b')], NOW)
      const many = Array.from({ length: 1201 }, (_, i) => ({
        filing: objection(`obj_${i}`, i % 3 === 0 ? ['a', 'b'] : ['a'], t('2025-05-20T10:00:00Z') + i),
        reason: i % 2 === 0 ? `reason ${i}` : null,
        dedupeKey: `key-${i}`,
      }))
      await store.insertFilings(many)
      expect(await store.findFiling('obj_1200')).toEqual({
        ...many[1200]?.filing,
        reason: 'reason 1200',
        withdrawal: null,
      })
      expect(await store.findFiling('obj_1')).toEqual({ ...many[1]?.filing, reason: null, withdrawal: null })
      expect((await store.filingsFor(['b'])).length).toBe(401)
      expect((await store.findDedupeKeys(['key-0', 'key-1200', 'key-1201'])).size).toBe(2)
      await store.insertFilings([])
    })

    it('writes filings with their mails, replies and ledger entries, all or nothing', async () => {
      await store.upsertAccounts([account('a'), account('b')], NOW)
      const at = t('2025-05-20T10:00:00Z')
      const mail = (ref: string) => ({
        id: `mail_${ref}`,
        kind: 'confirmation' as const,
        to: 'a@example.com',
        lang: 'en',
        subject: 'Objection received',
        body: "Text with 'quotes', a backslash \\ and \u00e9",
        accounts: ['a', 'b'],
        ref,
        suppressed: false,
        createdAt: at,
      })
      const reply = (key: string) => ({ key, requestHash: `hash-${key}`, status: 201, body: '{"id":"x"}' })
      const filings = [
        { filing: objection('obj_1', ['a', 'b'], at), reason: 'a reason', dedupeKey: null },
        { filing: consent('con_1', ['b'], at + 1), reason: null, dedupeKey: null },
      ]
      // Something on the ledger already: the batch's entries follow it.
      await store.transaction((tx) => appendToLedger(tx, [{ type: 'policy.recorded', data: { name: 'a' } }], NOW))
      await commitFilings(store, filings, { mails: [mail('obj_1')], replies: [reply('k1')] }, at + 5, NOW)
      expect(await store.findFiling('obj_1')).toEqual({ ...filings[0]?.filing, reason: 'a reason', withdrawal: null })
      expect(await store.findFiling('con_1')).toEqual({ ...filings[1]?.filing, reason: null, withdrawal: null })
      expect(await store.portal.mailFor('confirmation', 'obj_1')).toMatchObject({ ...mail('obj_1'), attempts: 0 })
      expect(await store.portal.findIdempotent('k1')).toEqual({
        requestHash: 'hash-k1',
        status: 201,
        body: '{"id":"x"}',
      })
      const entries = createEntries(
        1,
        filings.map((f) => filed(f.filing)),
        at + 5,
      )
      expect(await store.readLedger(0, 10)).toEqual([...(await store.readLedger(0, 1)), ...entries])

      // A filing id already on record: nothing of the batch lands, not its mail, reply or entries.
      const again = [{ filing: objection('obj_2', ['a'], at), reason: null, dedupeKey: null }, filings[0]]
      await expect(
        commitFilings(store, again as NewFiling[], { mails: [mail('obj_2')], replies: [reply('k2')] }, at + 6, NOW),
      ).rejects.toThrow()
      expect(await store.findFiling('obj_2')).toBeUndefined()
      expect(await store.portal.mailFor('confirmation', 'obj_2')).toBeUndefined()
      expect(await store.portal.findIdempotent('k2')).toBeUndefined()
      expect(await store.ledgerSize()).toBe(3)

      // In a caller's transaction: undone with it; an append after it in the same transaction follows on.
      await expect(
        store.transaction(async (tx) => {
          const one = [{ filing: objection('obj_3', ['a'], at), reason: null, dedupeKey: null }]
          await commitFilings(tx, one, { mails: [], replies: [] }, at + 7, NOW)
          expect(await appendToLedger(tx, [{ type: 'policy.recorded', data: { name: 'p', version: 1 } }], NOW)).toBe(4)
          throw new Error('crash in the middle')
        }),
      ).rejects.toThrow('crash in the middle')
      expect(await store.findFiling('obj_3')).toBeUndefined()
      expect(await store.ledgerSize()).toBe(3)
    })

    it('appends notices once', async () => {
      await store.upsertAccounts([account('a')], NOW)
      const n = [notice('a', t('2025-04-01T00:00:00Z'))]
      expect(await store.appendNotices(n)).toEqual(n)
      expect(await store.appendNotices(n)).toEqual([])
      expect(await store.noticesTo(['a'])).toEqual(n)
      // A versioned one keeps its policy and language.
      const v = { ...notice('a', t('2025-04-02T00:00:00Z')), policy: { name: 'strict', version: 1 }, lang: 'pt-PT' }
      expect(await store.appendNotices([v])).toEqual([v])
      expect(await store.noticesTo(['a'])).toEqual([...n, v])
    })

    it('gives event facts page by page in key order, each once, whatever the page size', async () => {
      await store.upsertAccounts([account('a'), account('b'), account('c')], NOW)
      const links = ['c', 'a', 'b'].flatMap((id, i) => [link(id, 'C', NOW - 2000 + i), link(id, null, NOW - 1000 + i)])
      await store.appendMemberships(links)
      const notices = ['b', 'a'].flatMap((id) => [notice(id, NOW - 500), notice(id, NOW - 400)])
      await store.appendNotices(notices)
      const filings = ['obj_3', 'obj_1', 'obj_2'].map((id, i) => objection(id, i === 0 ? ['a', 'c'] : ['b'], NOW - i))
      for (const f of filings) await store.insertFiling(f, null, null)
      await store.insertWithdrawal({ filingId: 'obj_2', at: NOW, recordedAt: NOW })
      const all = async <T>(page: (after: T | undefined) => Promise<T[]>) => {
        const out: T[] = []
        for (let p = await page(undefined); p.length > 0; p = await page(p.at(-1))) out.push(...p)
        return out
      }
      for (const size of [1, 2, 100]) {
        const byKey = (a: { account: string }, b: { account: string }) => (a.account < b.account ? -1 : 1)
        expect(await all<MembershipChange>((after) => store.membershipsPage(after, size))).toEqual(
          [...links].sort((a, b) => byKey(a, b) || a.at - b.at),
        )
        expect(await all<NoticeDelivery>((after) => store.noticesPage(after, size))).toEqual(
          [...notices].sort((a, b) => byKey(a, b) || a.deliveredAt - b.deliveredAt),
        )
        const got = await all<FilingRecord>((after) => store.filingsPage(after?.id, size))
        expect(got.map((f) => [f.id, f.accounts, f.withdrawal?.filingId ?? null])).toEqual([
          ['obj_1', ['b'], null],
          ['obj_2', ['b'], 'obj_2'],
          ['obj_3', ['a', 'c'], null],
        ])
      }
    })

    it('gives the accounts of age by address, page by page, each address whole and once', async () => {
      const of = (id: string, email: string, birthdate: string | null) => account(id, { email, birthdate })
      await store.upsertAccounts(
        [
          of('b2', 'Bo@example.com', '2000-01-01'),
          of('a1', 'ana@example.com', '1990-05-05'),
          of('b1', 'bo@EXAMPLE.com', '2008-06-01'),
          of('b3', 'bo@example.com', '1980-01-01'),
          of('c1', 'cy@example.com', '2008-06-02'),
          of('d1', 'di@example.com', null),
          of('e2', 'eve@example.com', '1999-09-09'),
          of('e1', 'eve@example.com', '1999-09-09'),
          of('b4', '\uFF42o@example.com', '1970-01-01'),
        ],
        NOW,
      )
      // Of age: born on or before 2008-06-01. Cy is a day too young, Di's age is unknown.
      const expected = [
        { address: 'ana@example.com', ids: ['a1'] },
        { address: 'bo@example.com', ids: ['b1', 'b2', 'b3', 'b4'] },
        { address: 'eve@example.com', ids: ['e1', 'e2'] },
      ]
      for (const size of [1, 2, 3, 100]) {
        const got: { address: string; ids: string[] }[] = []
        for (let after: string | undefined; ; ) {
          const page = await store.adultsByAddress(after, '2008-06-01', size)
          if (page.length === 0) break
          got.push(...page.map((g) => ({ address: g.address, ids: g.accounts.map((a) => a.id) })))
          after = page.at(-1)?.address
        }
        expect(got, `pages of ${size}`).toEqual(expected)
      }
      expect((await store.adultsByAddress(undefined, '2008-06-01', 100))[1]?.accounts[3]).toEqual(
        of('b4', '\uFF42o@example.com', '1970-01-01'),
      )
    })

    it('writes in bulk inside a transaction as outside one: each row once, the first of two alike', async () => {
      // Inside a transaction the store takes its bulk path (SQLite: prepared statements; PostgreSQL: COPY,
      // and unnest for rows that meet a conflict).
      await store.transaction(async (tx) => {
        const accounts = Array.from({ length: 700 }, (_, i) =>
          account(`b${i}`, { birthdate: i % 2 ? null : '2001-02-03' }),
        )
        expect(await tx.upsertAccounts(accounts, NOW)).toEqual({ inserted: 700, updated: 0, unchanged: 0 })
        expect((await tx.getAccounts(['b0', 'b1'])).get('b1')).toEqual(accounts[1])
        const moved = { ...(accounts[0] as Account), country: 'FR' }
        expect(await tx.upsertAccounts([moved, accounts[1] as Account, account('b700')], NOW)).toEqual({
          inserted: 1,
          updated: 1,
          unchanged: 1,
        })
        expect((await tx.getAccounts(['b0'])).get('b0')).toEqual(moved)
        const c = [link('b0', 'C', t('2020-01-01T00:00:00Z')), link('b1', null, t('2020-01-01T00:00:00Z'))]
        expect(await tx.appendMemberships([c[0] as MembershipChange, c[0] as MembershipChange, ...c.slice(1)])).toEqual(
          c,
        )
        expect(await tx.appendMemberships(c)).toEqual([])
        const n = notice('b0', t('2025-04-01T00:00:00Z'))
        expect(await tx.appendNotices([n, n])).toEqual([n])
        expect(await tx.appendNotices([n])).toEqual([])
        await tx.insertFilings([
          { filing: objection('obj_t', ['b0', 'b1'], NOW), reason: "it's mine", dedupeKey: null },
        ])
        expect(await tx.findFiling('obj_t')).toMatchObject({ accounts: ['b0', 'b1'], reason: "it's mine" })
      })
      expect(await store.membershipsOf(['b0', 'b1'])).toHaveLength(2)
      expect(await store.noticesTo(['b0'])).toHaveLength(1)
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
      expect(f.memberships).toEqual([link('a', 'C', t('2020-01-01T00:00:00Z'))])
      expect(f.filings).toEqual([objection('obj_1', ['a'], t('2025-05-20T10:00:00Z'))])
      expect(f.notices).toEqual([notice('b', t('2025-04-01T00:00:00Z'))])
      expect(await store.counts()).toEqual({
        accounts: 2,
        memberships: 1,
        filings: 1,
        withdrawals: 0,
        notices: 1,
        policies: 0,
      })
    })

    it(
      'writes the fact files, which DuckDB reads back as stored, ' +
        'with no e-mail and the ledger size of the same read',
      async () => {
        // Ids as the import lets them be: quotes of both kinds, commas, a backslash, a NULL that is text.
        const odd = ["o'brien", 'say "hi"', 'a,b', 'back\\slash', 'NULL', 'ünï', "''"]
        await store.upsertAccounts(
          [
            ...odd.map((id) => account(id)),
            account('d', { birthdate: '2004-02-29', country: null }),
            account('e', { birthdate: null }),
          ],
          NOW,
        )
        await store.appendMemberships([
          link(odd[0] as string, "C'1", t('2020-01-01T00:00:00Z')),
          link('d', 'C,2', t('2021-01-01T00:00:00Z')),
        ])
        await store.appendMemberships([
          link(odd[0] as string, null, t('2022-01-01T00:00:00Z'), t('2022-01-02T00:00:00Z')),
        ])
        await store.insertFiling(
          objection('obj_1', [odd[1] as string, 'd'], t('2025-05-20T10:00:00Z')),
          'a reason',
          null,
        )
        await store.insertFiling(consent('con_1', ['e'], t('2025-05-21T10:00:00Z')), null, null)
        await store.insertWithdrawal({
          filingId: 'obj_1',
          at: t('2025-06-01T00:00:00Z'),
          recordedAt: t('2025-06-02T00:00:00Z'),
        })
        await store.appendNotices([notice('NULL', t('2025-04-01T00:00:00Z'), t('2025-04-01T00:00:05Z'))])
        await store.transaction((tx) =>
          appendToLedger(tx, [{ type: 'policy.recorded', data: { name: 'a', version: 1 } }], NOW),
        )
        const read = async (only: FactFilter) => {
          const dir = mkdtempSync(join(tmpdir(), 'veto-facts-'))
          try {
            const written = await store.writeFactFiles(dir, only)
            const text = FACT_TABLE_NAMES.map((n) => readFileSync(written.files[n], 'utf8')).join('')
            const duck = await openDuckDb()
            try {
              await loadFactTables(duck.connection, written.files)
              const tables = Object.fromEntries(
                await Promise.all(
                  FACT_TABLE_NAMES.map(async (n) => [
                    n,
                    (await duck.connection.runAndReadAll(`select * from ${n}`))
                      .getRowsJson()
                      .map((r) => r.map((v) => (typeof v === 'string' && /^\d{10,}$/.test(v) ? Number(v) : v))),
                  ]),
                ),
              ) as Record<FactTableName, unknown[][]>
              return { ledgerSize: written.ledgerSize, tables, text }
            } finally {
              duck.close()
            }
          } finally {
            rmSync(dir, { recursive: true, force: true })
          }
        }
        const all = await read({ filingType: 'objection', notices: true })
        expect(all.ledgerSize).toBe(await store.ledgerSize())
        expect(all.text).not.toContain('example.com')
        expect(all.text).not.toContain('a reason')
        const byFirst = (rows: unknown[][]) => [...rows].sort((x, y) => (String(x[0]) < String(y[0]) ? -1 : 1))
        expect(byFirst(all.tables.accounts)).toEqual(
          byFirst([...odd.map((id) => [id, 'DE', '1990-01-01']), ['d', null, '2004-02-29'], ['e', 'DE', null]]),
        )
        expect(all.tables.memberships.map((m) => m.slice(0, 4))).toEqual([
          [odd[0], "C'1", t('2020-01-01T00:00:00Z'), t('2020-01-01T00:00:00Z')],
          ['d', 'C,2', t('2021-01-01T00:00:00Z'), t('2021-01-01T00:00:00Z')],
          [odd[0], null, t('2022-01-01T00:00:00Z'), t('2022-01-02T00:00:00Z')],
        ])
        const seqs = all.tables.memberships.map((m) => Number(m[4]))
        expect(seqs).toEqual([...seqs].sort((x, y) => x - y))
        expect(new Set(seqs).size).toBe(3)
        expect(all.tables.filings).toEqual([
          ['obj_1', 'objection', t('2025-05-20T10:00:00Z'), t('2025-05-20T10:00:00Z')],
        ])
        // Every filing's accounts: a join with the filings drops the other type's.
        expect(byFirst(all.tables.filing_accounts.filter((l) => l[0] === 'obj_1').map((l) => [l[1]]))).toEqual(
          byFirst([[odd[1]], ['d']]),
        )
        expect(all.tables.withdrawals).toEqual([['obj_1', t('2025-06-01T00:00:00Z'), t('2025-06-02T00:00:00Z')]])
        expect(all.tables.notices).toEqual([['NULL', t('2025-04-01T00:00:00Z'), t('2025-04-01T00:00:05Z'), null]])
        const consents = await read({ filingType: 'consent', notices: false })
        expect(consents.tables.filings.map((f) => f[0])).toEqual(['con_1'])
        expect(consents.tables.notices).toEqual([])
      },
    )

    it('undoes a failed savepoint alone and keeps the rest of the transaction', async () => {
      await store.transaction(async (tx) => {
        await tx.upsertAccounts([account('a')], NOW)
        await expect(
          tx.savepoint(async (sp) => {
            await sp.upsertAccounts([account('b')], NOW)
            await sp.insertFiling(objection('obj_1', ['nobody'], t('2025-05-20T10:00:00Z')), null, null)
          }),
        ).rejects.toThrow()
        await tx.savepoint(async (sp) => sp.upsertAccounts([account('c')], NOW))
      })
      expect([...(await store.getAccounts(['a', 'b', 'c'])).keys()].sort()).toEqual(['a', 'c'])
    })

    it('counts rate limits once each, for every store opened on the same data, and forgets past periods', async () => {
      const other = await openStore(h.url)
      try {
        const hits = await Promise.all(
          Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? store : other).portal.hitRateLimit('ip:1', 5)),
        )
        expect(hits.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
        expect(await other.portal.hitRateLimit('ip:2', 5)).toBe(1)
        expect(await store.portal.hitRateLimit('ip:1', 6)).toBe(1)
        await other.portal.dropRateLimitsBefore(6)
        expect(await store.portal.hitRateLimit('ip:1', 5)).toBe(1)
        expect(await store.portal.hitRateLimit('ip:1', 6)).toBe(2)
      } finally {
        await other.close()
      }
    })

    it('writes all of a transaction or nothing', async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.upsertAccounts([account('a')], NOW)
          await tx.insertFiling(objection('obj_1', ['a'], NOW), null, null)
          throw new Error('crash in the middle')
        }),
      ).rejects.toThrow('crash in the middle')
      expect(await store.counts()).toMatchObject({ accounts: 0, filings: 0 })
    })

    it('appends ledger entries in order, hashed as the verifier recomputes them, and reads them back', async () => {
      expect(await store.ledgerSize()).toBe(0)
      await store.transaction((tx) =>
        appendToLedger(tx, [{ type: 'policy.recorded', data: { name: 'a', version: 1 } }], NOW),
      )
      // Text the leaf's JSON must carry exactly: quotes, a backslash, controls, characters beyond ASCII.
      const events: LedgerEvent[] = [
        { type: 'notice.delivered', data: { account: 'x"\\\n\t\u0001', delivered_at: '2025-01-01T00:00:00.000Z' } },
        { type: 'policy.recorded', data: { name: 'b \u00e9\u4e2d\u{1F600}', version: 1 } },
      ]
      const first = await store.transaction((tx) => appendToLedger(tx, events, NOW + 1))
      expect(first).toBe(1)
      expect(await store.ledgerSize()).toBe(3)
      const read = await store.readLedger(1, 10)
      expect(read).toEqual(createEntries(1, events, NOW + 1))
      for (const e of read) expect(e.leafHash).toEqual(leafOf(e))
      expect(await store.readLeafHashes(1, 1)).toEqual([read[0]?.leafHash])
      expect(await store.sealedEntries()).toEqual([])
      const sealedAt = await store.transaction((tx) =>
        appendToLedger(tx, [{ type: 'snapshot.sealed', data: { id: 'snap_1' } }], NOW + 2),
      )
      expect(sealedAt).toBe(3)
      expect(await store.sealedEntries()).toEqual(await store.readLedger(3, 1))
      expect(await store.readLeafHashes(0, 10)).toEqual((await store.readLedger(0, 10)).map((e) => e.leafHash))
      const root = Buffer.alloc(32, 7)
      const frontier = [Buffer.alloc(32, 1), Buffer.alloc(32, 2)]
      await store.insertCheckpoint({ size: 3, root, note: 'note', frontier, recordedAt: NOW })
      await store.insertCheckpoint({ size: 3, root, note: 'again', frontier, recordedAt: NOW })
      expect(await store.listCheckpoints()).toEqual([{ size: 3, root, note: 'note', frontier, recordedAt: NOW }])
    })

    it("appends an import batch's entries as it commits, and nothing after them in its transaction", async () => {
      const events = (name: string): LedgerEvent[] => [{ type: 'policy.recorded', data: { name, version: 1 } }]
      await store.transaction((tx) => appendToLedger(tx, events('first'), NOW))
      await store.transaction(async (tx) => {
        expect(await appendToLedger(tx, events('batch'), NOW + 1, async () => {})).toBeUndefined()
        await expect(appendToLedger(tx, events('late'), NOW)).rejects.toThrow('after an append at commit')
      })
      expect(await store.readLedger(0, 10)).toEqual([
        ...createEntries(0, events('first'), NOW),
        ...createEntries(1, events('batch'), NOW + 1),
      ])
      // Undone with a savepoint, they are gone, and the transaction may append again.
      await store.transaction(async (tx) => {
        await expect(
          tx.savepoint(async (sp) => {
            await appendToLedger(sp, events('undone'), NOW + 2, async () => {})
            throw new Error('undone')
          }),
        ).rejects.toThrow('undone')
        expect(await appendToLedger(tx, events('kept'), NOW + 3)).toBe(2)
      })
      expect(await store.readLedger(2, 10)).toEqual(createEntries(2, events('kept'), NOW + 3))
    })

    it('records sealed snapshots and the models trained on them', async () => {
      const snap = {
        id: 'snap_1',
        name: null,
        policyName: 'meta-2025',
        policyVersion: 1,
        at: NOW - 10,
        built: NOW,
        ledgerSize: 4,
        root: Buffer.alloc(32, 1),
        items: 10,
        considered: 20,
        manifestSha256: 'ab',
        secret: Buffer.alloc(32, 2),
        keyScheme: 2 as const,
        sealedAt: NOW,
      }
      await store.insertSnapshot(snap)
      expect(await store.findSnapshot('snap_1')).toEqual(snap)
      expect(await store.listSnapshots()).toEqual([snap])
      // One sealed before per-account keys keeps its scheme.
      await store.insertSnapshot({ ...snap, id: 'snap_0', keyScheme: 1 })
      expect((await store.findSnapshot('snap_0'))?.keyScheme).toBe(1)
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

    it('keeps a case, one extension and one decision, and its exclusions, and refuses their edits', async () => {
      const c = {
        id: 'case_1',
        items: ['z', 'a'],
        description: 'shows me',
        contact: null,
        evidence: 'a photo',
        lang: 'de',
        zone: 'Europe/Berlin',
        channel: 'form' as const,
        receivedAt: NOW,
        dueAt: NOW + 10,
        recordedAt: NOW,
      }
      await store.insertCase(c)
      const step = { caseId: 'case_1', reviewer: 'r', reason: 'why', dueAt: null, items: [] as string[] }
      await store.insertCaseStep({ ...step, kind: 'extended', at: NOW + 1, dueAt: NOW + 20 })
      await expect(store.insertCaseStep({ ...step, kind: 'extended', at: NOW + 2, dueAt: NOW + 30 })).rejects.toThrow()
      await store.insertCaseStep({ ...step, kind: 'accepted', at: NOW + 3, items: ['a'] })
      await expect(store.insertCaseStep({ ...step, kind: 'rejected', at: NOW + 4 })).rejects.toThrow()
      await store.insertExclusions([{ caseId: 'case_1', contentId: 'a', recordedAt: NOW + 3 }])
      const found = await store.findCase('case_1')
      expect(found?.case).toEqual(c)
      expect(found?.steps.map((s) => [s.kind, s.dueAt, s.items])).toEqual([
        ['extended', NOW + 20, []],
        ['accepted', null, ['a']],
      ])
      expect((await store.loadFacts()).exclusions).toEqual([{ caseId: 'case_1', contentId: 'a', recordedAt: NOW + 3 }])
      expect(await store.listCases()).toEqual([found])
      expect(found?.contactConfirmedAt).toBeNull()
      expect(await store.confirmCaseContact('case_1', NOW + 5)).toBe(true)
      expect(await store.confirmCaseContact('case_1', NOW + 6)).toBe(false)
      expect((await store.findCase('case_1'))?.contactConfirmedAt).toBe(NOW + 5)
      expect(await store.findCase('case_2')).toBeUndefined()
      for (const table of ['cases', 'case_items', 'case_steps', 'exclusions', 'case_contacts'])
        await expect(h.exec(`delete from ${table}`), table).rejects.toThrow(/append-only/)
      // Of updates, only the erasure of a decided case's texts gets past the database, and only whole.
      const erasure = `contact = null, evidence = null, texts_erased_at = 1`
      for (const change of [`description = 'changed'`, `description = '', ${erasure}, due_at = 0`, erasure])
        await expect(h.exec(`update cases set ${change}`), change).rejects.toThrow(/append-only/)
      // Nor the erasure of an undecided case.
      await store.insertCase({ ...c, id: 'case_2' })
      await expect(h.exec(`update cases set description = '', ${erasure} where id = 'case_2'`)).rejects.toThrow(
        /append-only/,
      )
      expect(await store.eraseCaseTexts(NOW + 2, NOW + 9, 10)).toBe(0)
      expect(await store.eraseCaseTexts(NOW + 3, NOW + 9, 10)).toBe(1)
      expect(await store.eraseCaseTexts(NOW + 3, NOW + 10, 10)).toBe(0)
      await expect(h.exec('update cases set texts_erased_at = 2')).rejects.toThrow(/append-only/)
      expect(await store.findCase('case_1')).toMatchObject({
        case: { description: '', contact: null, evidence: null, items: c.items },
        textsErasedAt: NOW + 9,
      })
    })
  })
}
