import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { expect, it } from 'vitest'
import type { FactTableName } from '../../src/store/fact-files.js'
import { openStore } from '../../src/store/open-store.js'
import { createSqliteDb } from '../../src/store/sqlite.js'
import { sqliteFactWriter } from '../../src/store/sqlite-fact-files.js'
import { sqliteFigures } from '../../src/store/sqlite-figures.js'
import { rateLimitsPathOf } from '../../src/store/sqlite-rate-limits.js'
import { account, objection, t } from '../fixtures/facts.js'
import { runStoreContract } from './store.contract.js'
import { sqliteHarness } from '../fixtures/store-harness.js'

runStoreContract('sqlite', () => sqliteHarness())

it('opens SQLite in WAL mode with synchronous=FULL', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'veto-sqlite-'))
  const file = join(dir, 'veto.sqlite')
  const store = await openStore(file)
  const raw = new Sqlite(file)
  expect(raw.pragma('journal_mode', { simple: true })).toBe('wal')
  raw.close()
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

it('refuses a store a newer version brought up to date, naming its migration, and changes nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'veto-sqlite-'))
  try {
    const file = join(dir, 'veto.sqlite')
    await (await openStore(file)).close()
    const raw = new Sqlite(file)
    raw.prepare('insert into veto_migrations (name, timestamp) values (?, ?)').run('9999-from-later', '2027-01-01')
    const before = raw.prepare('select count(*) as n from veto_migrations').get()
    raw.close()
    const refused = await openStore(file).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(refused).toMatchObject({ code: 'STORE_MIGRATION_FAILED', details: { migration: '9999-from-later' } })
    expect((refused as Error).message).toMatch(/newer version of Veto \(migration 9999-from-later/)
    const after = new Sqlite(file)
    expect(after.prepare('select count(*) as n from veto_migrations').get()).toEqual(before)
    after.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

it('writes the fact files page by page, each row once, the filtered ones too', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'veto-sqlite-'))
  const file = join(dir, 'veto.sqlite')
  const store = await openStore(file)
  const ids = Array.from({ length: 7 }, (_, i) => `a${i}`)
  await store.upsertAccounts(
    ids.map((id) => account(id)),
    t('2026-01-01T00:00:00Z'),
  )
  // Filings of both types in turn, so that a page of objections skips rows it does not take.
  for (const [i, id] of ids.entries()) {
    const f = objection(`f${i}`, [id], t('2025-05-20T10:00:00Z') + i)
    await store.insertFiling(i % 2 === 0 ? f : { ...f, type: 'consent' }, null, null)
  }
  const { db } = createSqliteDb(file)
  try {
    for (const pageRows of [1, 2, 3, 7, 8]) {
      const { files } = await sqliteFactWriter(db, pageRows)(dir, { filingType: 'objection', notices: true })
      const lines = (name: FactTableName) => readFileSync(files[name], 'utf8').split('\n').filter(Boolean)
      expect(lines('accounts').map((l) => l.split(',')[0])).toEqual(ids.map((id) => `'${id}'`))
      expect(lines('filings').map((l) => l.split(',')[0])).toEqual(["'f0'", "'f2'", "'f4'", "'f6'"])
      expect(lines('filing_accounts')).toHaveLength(7)
    }
  } finally {
    await db.destroy()
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

it('folds stored addresses beyond ASCII into their NFKC form when it upgrades a store', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'veto-sqlite-'))
  const file = join(dir, 'veto.sqlite')
  try {
    await (await openStore(file)).close()
    // As a store from before 0005 (lower case only) left an address typed in fullwidth letters.
    const raw = new Sqlite(file)
    raw.exec(`insert into accounts
        (id, network, email, email_norm, birthdate, country, created_at, recorded_at, updated_at)
      values ('fb-wide', 'facebook', '\uFF2Bate@example.net', '\uFF4Bate@example.net', null, 'DE', 0, 0, 0);
      delete from veto_migrations where name >= '0005';
      alter table notices drop column policy_name; alter table notices drop column policy_version;
      alter table notices drop column lang; alter table snapshots drop column key_scheme;
      drop table exclusions; drop table case_steps; drop table case_items; drop table case_contacts;
      drop table cases; drop table webhook_cursors; drop table console_sessions; drop table console_signin_tokens;
      drop table imports; drop index outbox_suppressed; drop index signin_tokens_expiry; drop index sessions_expiry;
      drop index idempotency_created; drop index ledger_sealed;
      drop index outbox_pending; create index outbox_due on outbox (sent_at, next_attempt_at)`)
    raw.close()
    const store = await openStore(file)
    expect((await store.findAccountsByEmail('kate@example.net')).map((a) => a.id)).toEqual(['fb-wide'])
    await store.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

it("waits for another process's write lock with its event loop turning, and writes once the lock is free", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'veto-sqlite-'))
  const file = join(dir, 'veto.sqlite')
  const store = await openStore(file)
  // Another connection (as another process would) takes the write lock and holds it for 300 ms.
  const other = new Sqlite(file)
  other.exec('begin immediate')
  const released = new Promise<number>((resolve) =>
    setTimeout(() => {
      other.exec('commit')
      resolve(performance.now())
    }, 300),
  )
  let ticks = 0
  const ticker = setInterval(() => ticks++, 10)
  const started = performance.now()
  try {
    await store.transaction((tx) => tx.upsertAccounts([account('a')], t('2026-01-01T00:00:00Z')))
    const written = performance.now()
    // The timer of the release ran during the wait: the wait did not block this process.
    expect(written).toBeGreaterThanOrEqual(await released)
    expect(written - started).toBeLessThan(2000)
    expect(ticks).toBeGreaterThan(10)
    expect((await store.getAccounts(['a'])).has('a')).toBe(true)
  } finally {
    clearInterval(ticker)
    other.close()
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

it("counts a rate limit at once while another process holds the store's write lock, in a file of its own", async () => {
  const h = await sqliteHarness()
  const raw = new Sqlite(h.file)
  try {
    // An import's batch: the store's write lock held. A count taking it would wait in SQLite's
    // busy wait, which stops the whole process, and fail after 5 s.
    raw.exec('begin immediate')
    const t0 = performance.now()
    expect(await h.store.portal.hitRateLimit('session:1', 9)).toBe(1)
    expect(performance.now() - t0).toBeLessThan(1000)
    raw.exec('rollback')
    expect(existsSync(rateLimitsPathOf(h.file))).toBe(true)
    expect(rateLimitsPathOf(h.file)).toBe(h.file.replace(/veto\.sqlite$/, 'veto.limits.sqlite'))
    // The store's own table, which an earlier version counted in, is left as it was.
    expect(raw.prepare('select count(*) as n from rate_limits').get()).toEqual({ n: 0 })
  } finally {
    raw.close()
    await h.dispose()
  }
})

it("keeps the rate limits' file small however many counts it takes", async () => {
  const h = await sqliteHarness()
  try {
    // 3,000 people objecting: each count a new key, about three pages of the WAL. Checkpointed
    // after every 1,000 pages, the WAL stays near 4 MB; left unreset, it would hold them all.
    for (let i = 0; i < 3000; i++) await h.store.portal.hitRateLimit(`session:${i}`.padEnd(64, '.'), 9)
    expect(statSync(`${rateLimitsPathOf(h.file)}-wal`).size).toBeLessThan(6_000_000)
    expect(await h.store.portal.hitRateLimit('session:1'.padEnd(64, '.'), 9)).toBe(2)
  } finally {
    await h.dispose()
  }
})

it('writes in bulk inside a transaction by a prepared statement a row, heard by the observer', async () => {
  const statements: { sql: string; parameters: readonly unknown[] }[] = []
  const h = await sqliteHarness({ onQuery: (sql, parameters) => statements.push({ sql, parameters }) })
  const now = t('2026-01-01T00:00:00Z')
  try {
    await h.store.transaction((tx) => tx.upsertAccounts([account('a'), account('b'), account('a')], now))
    const inserts = statements.filter((s) => s.sql.startsWith('insert into "accounts"'))
    // One statement, run for each row with its own values: the store's bulk path, not a VALUES list.
    expect(new Set(inserts.map((s) => s.sql)).size).toBe(1)
    expect(inserts[0]?.sql).toMatch(/values \(\?(, \?)*\) on conflict \("id"\) do nothing$/)
    expect(inserts.map((s) => s.parameters[0])).toEqual(['a', 'b', 'a'])
    expect((await h.store.getAccounts(['a', 'b'])).size).toBe(2)
  } finally {
    await h.dispose()
  }
})

it("computes the figures in a thread of its own, over its own connection, as the store's own would", async () => {
  const statements: string[] = []
  const h = await sqliteHarness({ onQuery: (sql) => statements.push(sql) })
  const raw = new Sqlite(h.file)
  const q = { deadline: t('2025-05-27T00:00:00Z'), policyName: 'meta-2025', adultBornBy: '2007-06-01' }
  try {
    await h.store.upsertAccounts([account('a'), account('b', { network: 'instagram' })], t('2025-05-01T00:00:00Z'))
    await h.store.insertFiling(objection('f1', ['a', 'b'], t('2025-05-20T10:00:00Z')), null, null)
    await h.store.insertFiling(objection('f2', ['a'], t('2025-05-28T10:00:00Z'), { channel: 'api' }), null, null)
    // On the store's connection, in a transaction (which keeps them there): the figures to match.
    const own = await h.store.transaction((tx) => tx.figures(q))
    expect(own.days.map((d) => [d.day, d.objections, d.late])).toEqual([
      ['2025-05-20', 1, 0],
      ['2025-05-28', 1, 1],
    ])
    // Another process holding the write lock: the figures do not wait for it.
    raw.exec('begin immediate')
    raw.prepare("update accounts set network = 'threads' where id = 'a'").run()
    statements.length = 0
    const off = await h.store.figures(q)
    expect(off).toEqual(own)
    // None of their statements ran on this thread's connection.
    expect(statements).toEqual([])
    raw.exec('rollback')
  } finally {
    raw.close()
    await h.dispose()
  }
})

it('takes due mails and counts the unsent from the index of mails to send, which holds those alone', async () => {
  const statements: { sql: string; parameters: readonly unknown[] }[] = []
  const h = await sqliteHarness({ onQuery: (sql, parameters) => statements.push({ sql, parameters }) })
  const raw = new Sqlite(h.file, { readonly: true })
  try {
    statements.length = 0
    await h.store.portal.unsentMailCount()
    await h.store.portal.claimDueMail(1000, 2000, 10)
    const plans = statements
      .filter((s) => s.sql.startsWith('select'))
      .map((s) =>
        (raw.prepare(`explain query plan ${s.sql}`).all(...(s.parameters as unknown[])) as { detail: string }[])
          .map((r) => r.detail)
          .join('; '),
      )
    expect(plans).toEqual([
      'SCAN outbox USING COVERING INDEX outbox_pending',
      'SEARCH outbox USING INDEX outbox_pending (next_attempt_at<?)',
    ])
    // Sent mails are not in it.
    expect(raw.prepare("select sql from sqlite_master where name = 'outbox_pending'").pluck().get()).toMatch(
      /where sent_at is null and suppressed = 0$/,
    )
  } finally {
    raw.close()
    await h.dispose()
  }
})

it("tells a figures worker's failure as the error it met, and stops the running ones as the store closes", async () => {
  const q = { deadline: null, policyName: 'meta-2025', adultBornBy: '2007-06-01' }
  const dir = mkdtempSync(join(tmpdir(), 'veto-sqlite-'))
  try {
    const missing = sqliteFigures(join(dir, 'none.sqlite'), 100)
    await expect(missing?.read(q)).rejects.toMatchObject({ code: 'SQLITE_CANTOPEN' })
    const h = await sqliteHarness()
    const figures = sqliteFigures(h.file, 100)
    const pending = figures?.read(q)
    await figures?.close()
    await expect(pending).rejects.toThrow(/stopped \(exit code \d+\) before it answered/)
    await h.dispose()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
