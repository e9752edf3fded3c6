import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { createImportService } from '../../src/services/imports.js'
import { newId } from '../../src/services/ids.js'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../src/store/open-store.js'
import { createTestDatabase, PG_ADMIN_URL } from './pg.js'
import { ACCOUNTS_CSV } from '../fixtures/app.js'
import { createVetoFolder } from '../fixtures/veto-folder.js'
import { runStoreContract } from './store.contract.js'
import { postgresHarness } from '../fixtures/store-harness.js'
import { COPY_MIN_ROWS } from '../../src/store/postgres.js'
import { errorReport, errorSummary } from '../../src/domain/error-summary.js'
import { account, link, objection } from '../fixtures/facts.js'
import { appendToLedger, commitFilings } from '../../src/services/facts.js'
import { leafOf } from '../../src/ledger/entries.js'
import type { Store } from '../../src/store/store.js'

runStoreContract('postgres', () => postgresHarness())

/** Two stores, as of two processes, on one fresh database, closed and dropped after `fn`. */
async function withTwoStores(fn: (stores: [Store, Store], url: string) => Promise<void>): Promise<void> {
  const db = await createTestDatabase()
  const stores: [Store, Store] = [await openStore(db.url), await openStore(db.url)]
  try {
    await fn(stores, db.url)
  } finally {
    for (const store of stores) await store.close()
    await db.drop()
  }
}

describe('a PostgreSQL store', () => {
  it('outlives the server closing its idle connections, and answers the next query', async () => {
    const db = await createTestDatabase()
    const store = await openStore(db.url)
    try {
      await store.counts()
      const admin = new pg.Client({ connectionString: PG_ADMIN_URL })
      await admin.connect()
      const killed = await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [new URL(db.url).pathname.slice(1)],
      )
      await admin.end()
      expect(killed.rowCount).toBeGreaterThan(0)
      // The terminated connection's error arrives on its own; give it the moment it takes.
      await new Promise((done) => setTimeout(done, 200))
      expect(await store.counts()).toMatchObject({ accounts: 0 })
    } finally {
      await store.close()
      await db.drop()
    }
  })

  it("brings the planner's statistics up to date after an import, so a person's reads stay on indexes", async () => {
    const f = await createVetoFolder('postgres', Date.parse('2026-01-01T00:00:00Z'))
    const client = new pg.Client({ connectionString: f.veto.config.storeUrl })
    await client.connect()
    try {
      const analysed = async () =>
        (
          await client.query(`select relname from pg_stat_user_tables
        where relname in ('accounts', 'memberships') and last_analyze is not null order by relname`)
        ).rows.map((r) => r.relname)
      expect(await analysed()).toEqual([])
      await f.veto.imports.importFile('accounts', f.write('accounts.csv', ACCOUNTS_CSV))
      expect(await analysed()).toEqual(['accounts', 'memberships'])
    } finally {
      await client.end()
      await f.dispose()
    }
  })

  it('appends to the ledger from two processes at once, each entry at a position of its own', () =>
    withTwoStores(async (stores) => {
      const now = Date.parse('2026-01-01T00:00:00Z')
      await stores[0].upsertAccounts([account('a')], now)
      const hold = () => new Promise((done) => setTimeout(done, 10))
      // Each holds the lock a while: the others wait, and must read the size once they have it.
      // One process appends events; the other files objections, its statement on its own (its
      // own transaction) or inside a transaction that goes on holding the lock.
      const append = (name: string) =>
        stores[0].transaction(async (tx) => {
          const first = await appendToLedger(
            tx,
            [1, 2].map((version) => ({ type: 'policy.recorded' as const, data: { name, version } })),
            now,
          )
          await hold()
          return { name, first: first as number }
        })
      const file = async (i: number) => {
        const filings = [1, 2].map((n) => ({
          filing: objection(`obj_${i}_${n}`, ['a'], now),
          reason: null,
          dedupeKey: null,
        }))
        const carried = { mails: [], replies: [] }
        if (i % 2 === 0) return commitFilings(stores[1], filings, carried, now, now)
        await stores[1].transaction(async (tx) => {
          await commitFilings(tx, filings, carried, now, now)
          await hold()
        })
      }
      const [appended] = await Promise.all([
        Promise.all(Array.from({ length: 6 }, (_, i) => append(`p${i}`))),
        Promise.all(Array.from({ length: 6 }, (_, i) => file(i))),
      ])
      // Together the entries leave no gap and no position twice, each hashed as the verifier recomputes it.
      const entries = await stores[0].readLedger(0, 100)
      expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 24 }, (_, i) => i))
      expect(new Set(entries.map((e) => e.payload)).size).toBe(24)
      for (const e of entries) expect(e.leafHash).toEqual(leafOf(e))
      // Each append was told the position its entries took.
      for (const { name, first } of appended)
        expect(JSON.parse(entries[first]?.payload ?? '')).toEqual({ name, version: 1 })
    }))

  it("writes a batch of people's filings as one statement, every lock but the ledger's taken before it", async () => {
    const statements: string[] = []
    const h = await postgresHarness({ onQuery: (sql) => statements.push(sql) })
    try {
      const now = Date.parse('2026-01-01T00:00:00Z')
      await h.store.upsertAccounts([account('a'), account('b')], now)
      statements.length = 0
      const mail = {
        id: 'mail_obj_1',
        kind: 'confirmation' as const,
        to: 'a@example.com',
        lang: 'en',
        subject: 's',
        body: 'b',
        accounts: ['a', 'b'],
        ref: 'obj_1',
        suppressed: false,
        createdAt: now,
      }
      await commitFilings(
        h.store,
        [{ filing: objection('obj_1', ['a', 'b'], now), reason: null, dedupeKey: null }],
        { mails: [mail], replies: [{ key: 'k', requestHash: 'h', status: 201, body: '{}' }] },
        now,
        now,
      )
      expect(statements).toHaveLength(1)
      const [statement] = statements as [string]
      expect(statement).toMatch(/^with [\s\S]* for key share[\s\S]*veto_append_ledger/)
      expect(await h.store.findFiling('obj_1')).toBeDefined()
    } finally {
      await h.dispose()
    }
  })

  it("counts a rate limit's attempt with no wait for its WAL, unless in a caller's transaction", async () => {
    const statements: string[] = []
    const asked: { sql: string; parameters: readonly unknown[] }[] = []
    const h = await postgresHarness({
      onQuery: (sql, parameters) => {
        statements.push(sql)
        asked.push({ sql, parameters })
      },
    })
    try {
      const unsynced = /set_config\('synchronous_commit', 'off', true\)/
      const hits = await Promise.all(Array.from({ length: 5 }, () => h.store.portal.hitRateLimit('ip:1', 7)))
      expect(hits.sort()).toEqual([1, 2, 3, 4, 5])
      expect(statements.filter((s) => unsynced.test(s))).toHaveLength(5)
      const count = asked.find((q) => unsynced.test(q.sql)) as (typeof asked)[number]
      statements.length = 0
      // In a transaction the setting would hold for every write of it: the count is as durable as they are.
      await h.store.transaction(async (tx) => {
        expect(await tx.portal.hitRateLimit('ip:1', 7)).toBe(6)
        await tx.upsertAccounts([account('a')], 0)
      })
      expect(statements.some((s) => s.includes('rate_limits'))).toBe(true)
      expect(statements.filter((s) => unsynced.test(s))).toEqual([])
      // The setting ends with the statement's own transaction: the next one on the connection is synced.
      const client = new pg.Client({ connectionString: h.url })
      await client.connect()
      try {
        expect((await client.query(count.sql, [...count.parameters])).rows[0].hits).toBe(7)
        expect((await client.query('show synchronous_commit')).rows[0].synchronous_commit).toBe('on')
      } finally {
        await client.end()
      }
    } finally {
      await h.dispose()
    }
  })

  it("appends an import batch's entries at its commit, holding no lock before, after every other append", () =>
    withTwoStores(async (stores, url) => {
      const now = Date.parse('2026-01-01T00:00:00Z')
      const events = (name: string) =>
        [1, 2].map((version) => ({ type: 'policy.recorded' as const, data: { name, version } }))
      let appendedBeside: number | undefined
      await stores[0].transaction(async (tx) => {
        expect(await appendToLedger(tx, events('batch'), now, async () => {})).toBeUndefined()
        // Another process appends while this transaction is open, and is not kept waiting:
        // this one takes the ledger's lock only at its commit.
        appendedBeside = await Promise.race([
          stores[1].transaction((other) => appendToLedger(other, events('beside'), now)),
          new Promise<undefined>((done) => setTimeout(() => done(undefined), 2_000)),
        ])
        // Nothing may append after entries left for the commit, or read the size they leave out.
        await expect(appendToLedger(tx, events('late'), now)).rejects.toThrow('after an append at commit')
        await expect(tx.ledgerSize()).rejects.toThrow('after an append at commit')
      })
      expect(appendedBeside).toBe(0)
      const entries = await stores[0].readLedger(0, 10)
      expect(entries.map((e) => JSON.parse(e.payload).name)).toEqual(['beside', 'beside', 'batch', 'batch'])
      for (const e of entries) expect(e.leafHash).toEqual(leafOf(e))
      // Undone with its transaction; nothing stays behind for a later commit to append.
      await expect(
        stores[0].transaction(async (tx) => {
          await appendToLedger(tx, events('undone'), now, async () => {})
          throw new Error('crash before the commit')
        }),
      ).rejects.toThrow('crash before the commit')
      await stores[0].transaction((tx) => appendToLedger(tx, events('after'), now, async () => {}))
      expect((await stores[0].readLedger(4, 10)).map((e) => JSON.parse(e.payload).name)).toEqual(['after', 'after'])
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      expect((await client.query('select count(*)::int as n from veto_ledger_pending')).rows[0].n).toBe(0)
      await client.end()
    }))

  it("refreshes a table's statistics once more rows were written to it than it held at the last refresh", async () => {
    const h = await postgresHarness()
    const client = new pg.Client({ connectionString: h.url })
    await client.connect()
    try {
      // Autovacuum's own analyses would move the counts under the test.
      for (const t of ['accounts', 'memberships']) await client.query(`alter table ${t} set (autovacuum_enabled = off)`)
      let added = 0
      /** Adds `n` accounts and has the server's statistics count them at once. */
      const add = async (n: number) => {
        await client.query(
          `insert into accounts
            (id, network, email, email_norm, birthdate, country, created_at, recorded_at, updated_at)
            select 'g' || i, 'facebook', 'g' || i || '@example.com', 'g' || i || '@example.com', null, 'DE', 0, 0, 0
            from generate_series($1::int, $2::int) as i`,
          [added, added + n - 1],
        )
        added += n
        await client.query('select pg_stat_force_next_flush()')
        // Flushed when the connection goes idle after the statement above.
        for (let tries = 0; tries < 100; tries++) {
          const r = await client.query(
            `select n_live_tup::int as n from pg_stat_user_tables where relname = 'accounts'`,
          )
          if (r.rows[0]?.n >= added) break
          await new Promise((done) => setTimeout(done, 20))
        }
      }
      await add(9_000)
      // Too few rows to matter, however many times the table has grown.
      expect(await h.store.refreshGrownStatistics()).toEqual([])
      await add(3_000)
      expect(await h.store.refreshGrownStatistics()).toEqual(['accounts'])
      expect(await h.store.refreshGrownStatistics()).toEqual([])
      // 11,000 since the refresh, fewer than the 12,000 there were at it.
      await add(11_000)
      expect(await h.store.refreshGrownStatistics()).toEqual([])
      await add(2_000)
      expect(await h.store.refreshGrownStatistics()).toEqual(['accounts'])
      const analysed = await client.query(
        `select relname, analyze_count::int as n from pg_stat_user_tables
          where relname in ('accounts', 'memberships') order by relname`,
      )
      expect(analysed.rows).toEqual([
        { relname: 'accounts', n: 2 },
        { relname: 'memberships', n: 0 },
      ])
    } finally {
      await client.end()
      await h.dispose()
    }
  })

  it('asks during an import which statistics have grown, and journals a batch before its entries', async () => {
    const statements: string[] = []
    const h = await postgresHarness({ onQuery: (sql) => statements.push(sql) })
    const dir = mkdtempSync(join(tmpdir(), 'veto-import-'))
    try {
      const imports = createImportService(
        { store: h.store, clock: () => Date.parse('2026-01-01T00:00:00Z'), newId },
        { scratchDir: dir, batchRecords: 100 },
      )
      const lines = Array.from(
        { length: 500 },
        (_, i) => `a${i},facebook,p${i}@example.com,,DE,c${i % 7},2020-01-01T00:00:00Z`,
      )
      const file = join(dir, 'accounts.csv')
      writeFileSync(file, ['id,network,email,birthdate,country,center,created_at', ...lines].join('\n'))
      await imports.importFile('accounts', file)
      const asked = statements.filter((s) => s.includes('n_mod_since_analyze')).length
      const finished = statements.findIndex((s) => s.startsWith('update "imports" set "state"'))
      expect(asked).toBeGreaterThan(0)
      expect(statements.findIndex((s) => s.includes('n_mod_since_analyze'))).toBeLessThan(finished)
      // A batch's journal row is written before its ledger append, never between the append and
      // the commit, where every other append waits. Objections go one batch at a time, in order.
      statements.length = 0
      const objections = join(dir, 'objections.csv')
      writeFileSync(
        objections,
        ['account,received_at', ...Array.from({ length: 300 }, (_, i) => `a${i},2025-05-20T10:00:00Z`)].join('\n'),
      )
      await imports.importFile('objections', objections)
      const appends = statements.flatMap((s, i) => (s.includes('veto_ledger_pending') ? [i] : []))
      expect(appends).toHaveLength(3)
      for (const i of appends) expect(statements[i - 1]).toMatch(/^update "imports" set "applied"/)
      // Appended by the server as each batch commits, never by a statement of the import's.
      expect(statements.filter((s) => s.includes('veto_append_ledger'))).toEqual([])
      expect(await h.store.ledgerSize()).toBe(500 + 300)
    } finally {
      rmSync(dir, { recursive: true, force: true })
      await h.dispose()
    }
  })

  it('writes many rows by COPY, every character kept, and rows that meet a conflict by unnest', async () => {
    const statements: string[] = []
    const h = await postgresHarness({ onQuery: (sql) => statements.push(sql) })
    const wrote = (table: string) => {
      const copy = statements.some((s) => s.startsWith(`copy "${table}"`))
      const unnest = statements.some((s) => s.startsWith(`insert into "${table}"`) && s.includes('unnest('))
      // A refused statement reaches the observer as an error, not as a query: the savepoint undone shows it.
      const refused = statements.includes('rollback to savepoint veto_copy')
      statements.length = 0
      return { copy, unnest, refused }
    }
    const n = COPY_MIN_ROWS
    const batch = (prefix: string, size = n) =>
      Array.from({ length: size }, (_, i) => account(`${prefix}${i}`, { birthdate: i % 2 ? null : '2001-02-03' }))
    const now = Date.parse('2026-01-01T00:00:00Z')
    // COPY's text format escapes these; a value that reads "\N" is text, not null.
    const reason = 'tab\there, line\nthere, CR\r, back\\slash, \\N, "quoted", \u00e9 \u{1F600}'
    const client = new pg.Client({ connectionString: h.url })
    await client.connect()
    try {
      await h.store.transaction(async (tx) => {
        expect(await tx.upsertAccounts(batch('a'), now)).toMatchObject({ inserted: n })
        expect(wrote('accounts')).toEqual({ copy: true, unnest: false, refused: false })
        // A few rows go by one statement: COPY's extra round trip would cost them more than it saves.
        expect(await tx.upsertAccounts(batch('s', 2), now)).toMatchObject({ inserted: 2 })
        expect(wrote('accounts')).toEqual({ copy: false, unnest: true, refused: false })
        await tx.insertFilings(
          batch('a').map((a, i) => ({
            filing: objection(`obj_${i}`, [a.id], now),
            reason: i === 7 ? reason : null,
            dedupeKey: i === 7 ? '\\N' : null,
          })),
        )
        expect(wrote('filings')).toEqual({ copy: true, unnest: false, refused: false })
        // a0 is on record: the COPY is refused as a whole, and the rows go in by unnest.
        expect(await tx.upsertAccounts([...batch('b', n - 1), ...batch('a', 1)], now)).toEqual({
          inserted: n - 1,
          updated: 0,
          unchanged: 1,
        })
        expect(wrote('accounts')).toEqual({ copy: false, unnest: true, refused: true })
        // The table met a conflict, so its next rows go by unnest, and by COPY again once a call meets none.
        await tx.upsertAccounts(batch('c'), now)
        expect(wrote('accounts')).toEqual({ copy: false, unnest: true, refused: false })
        await tx.upsertAccounts(batch('d'), now)
        expect(wrote('accounts')).toEqual({ copy: true, unnest: false, refused: false })
        // A key twice in one call refuses the COPY too; by unnest it goes in once, the first.
        const twice = [...batch('e', n - 1), account('e0', { country: 'FR' })]
        expect(await tx.upsertAccounts(twice, now)).toEqual({ inserted: n - 1, updated: 0, unchanged: 1 })
        expect(wrote('accounts')).toEqual({ copy: false, unnest: true, refused: true })
        expect((await tx.getAccounts(['e0'])).get('e0')?.country).toBe('DE')
        // Inside a savepoint of the store's own, a failed COPY undoes its rows alone.
        await expect(
          tx.savepoint(async (sp) => {
            await sp.upsertAccounts(batch('f'), now)
            throw new Error('undo')
          }),
        ).rejects.toThrow('undo')
        expect(await tx.getAccounts(['f0'])).toEqual(new Map())
        expect(await tx.upsertAccounts(batch('f'), now)).toMatchObject({ inserted: n })
      })
      expect(await h.store.findFiling('obj_7')).toMatchObject({ accounts: ['a7'], reason })
      const keys = await client.query("select id, dedupe_key from filings where id in ('obj_7', 'obj_8') order by id")
      expect(keys.rows).toEqual([
        { id: 'obj_7', dedupe_key: '\\N' },
        { id: 'obj_8', dedupe_key: null },
      ])
      expect((await h.store.getAccounts(['a1'])).get('a1')).toEqual(account('a1', { birthdate: null }))
      const counted = await client.query('select count(*)::int as n from accounts')
      expect(counted.rows[0].n).toBe(6 * n + 2 - 2)
      // Any other refusal (here, links to an account not on record) is the store's error, not a fallback.
      const links = Array.from({ length: n }, (_, i) => link('nobody', 'C', now + i))
      statements.length = 0
      await expect(h.store.transaction((tx) => tx.appendMemberships(links))).rejects.toMatchObject({ code: '23503' })
      expect(wrote('memberships')).toEqual({ copy: false, unnest: false, refused: false })
      expect(await h.store.membershipsOf(['nobody'])).toEqual([])
    } finally {
      await client.end()
      await h.dispose()
    }
  })
})

describe("an unexpected PostgreSQL error's summary, as logs and the CLI give it", () => {
  const email = 'ada.lovelace@example.org'
  /** Runs the statements on one connection and returns the error the last one is refused with. */
  async function refusal(...statements: [string, unknown[]][]): Promise<unknown> {
    const client = new pg.Client({ connectionString: PG_ADMIN_URL })
    await client.connect()
    try {
      for (const [sql, values] of statements) await client.query(sql, values)
    } catch (e) {
      return e
    } finally {
      await client.end()
    }
    throw new Error('no statement was refused')
  }

  it('never quotes the value the server refused, and names its SQLSTATE', async () => {
    const e = await refusal(['select $1::uuid', [email]])
    expect((e as Error).message).toContain(email)
    expect(errorSummary(e)).toEqual({ name: 'error', message: 'SQLSTATE 22P02' })
    expect(errorReport(e)).not.toContain(email)
    expect(errorReport(e)).toMatch(/^error: SQLSTATE 22P02\n\s+at /)
  })

  it("keeps the first line of a class that names only the schema's objects, and names them", async () => {
    const e = await refusal(
      ['create temporary table people (email text constraint people_email unique)', []],
      ['insert into people values ($1), ($1)', [email]],
    )
    expect(errorSummary(e)).toEqual({
      name: 'error',
      message: 'duplicate key value violates unique constraint "people_email"',
    })
    expect(JSON.stringify(e)).toContain(email) // the driver's detail holds the row
  })
})

it('takes due mails and counts the unsent from the index of mails to send, which holds those alone', async () => {
  const statements: { sql: string; parameters: readonly unknown[] }[] = []
  const h = await postgresHarness({ onQuery: (sql, parameters) => statements.push({ sql, parameters }) })
  const client = new pg.Client({ connectionString: h.url })
  await client.connect()
  try {
    statements.length = 0
    await h.store.portal.unsentMailCount()
    await h.store.portal.claimDueMail(1000, 2000, 10)
    // An empty table is cheapest read whole: with that priced out, the index the planner takes.
    await client.query('set enable_seqscan = off')
    const indexes: string[] = []
    for (const s of statements.filter((s) => s.sql.startsWith('select'))) {
      const plan = (await client.query(`explain (format json) ${s.sql}`, s.parameters as unknown[])).rows[0]
      indexes.push(JSON.stringify(plan).match(/"Index Name":"(\w+)"/)?.[1] ?? 'none')
    }
    expect(indexes).toEqual(['outbox_pending', 'outbox_pending'])
  } finally {
    await client.end()
    await h.dispose()
  }
})

it('says it cannot reach a store whose database does not exist, not that a migration failed', async () => {
  const url = PG_ADMIN_URL.replace(/\/[^/]*$/, '/veto_no_such_database')
  await expect(openStore(url)).rejects.toMatchObject({
    code: 'STORE_UNAVAILABLE',
    message: `cannot reach the store at ${url}`,
  })
})
