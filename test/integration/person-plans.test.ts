/**
 * Scale (docs/architecture.md): a person-facing answer reads only that person's rows. Every statement
 * the person-facing services run is captured and explained by the database itself (SQLite
 * `EXPLAIN QUERY PLAN`, PostgreSQL `EXPLAIN` with sequential scans priced out); a full scan of a table that
 * grows with the platform fails. The same check, run after dropping indexes, must fail.
 */
import Sqlite from 'better-sqlite3'
import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'
import { createFilingService, coveredAccounts } from '../../src/services/filings.js'
import { createReportService } from '../../src/services/reports.js'
import { createMailSeal } from '../../src/mail/seal.js'
import { createSessionService } from '../../src/services/sessions.js'
import type { Store, WebhookCursor } from '../../src/store/store.js'
import { account, link, notice, objection, t } from '../fixtures/facts.js'
import { postgresHarness, sqliteHarness, type StoreHarness } from '../fixtures/store-harness.js'
import { type Policy, PRESETS } from '../../src/domain/index.js'

/** The tables that grow with the platform: none may be read whole for one person. */
const GROWING = [
  'accounts',
  'memberships',
  'filings',
  'filing_accounts',
  'withdrawals',
  'notices',
  'ledger',
  'outbox',
  'sessions',
  'signin_tokens',
  'idempotency',
]
/**
 * Partial indexes whose rows stay few (mails never to be sent, deleted each round; one sealed
 * entry a snapshot): walking one reads those rows alone. Named one by one, so that no other index
 * is let pass.
 */
const SMALL_PARTIAL = ['outbox_suppressed', 'ledger_sealed']
const NOW = t('2025-06-01T00:00:00Z')
const ACCOUNTS = 3000

interface Harness extends StoreHarness {
  readonly statements: { sql: string; parameters: readonly unknown[] }[]
  /** The full scans in the plans of the statements captured, as `table: statement`. */
  fullScans(): Promise<string[]>
}

const explained = (sql: string) => /^\s*(select|insert|update|delete|with)\b/i.test(sql)

async function openSqlite(): Promise<Harness> {
  const statements: Harness['statements'] = []
  const h = await sqliteHarness({ onQuery: (sql, parameters) => statements.push({ sql, parameters }) })
  return {
    ...h,
    statements,
    async fullScans() {
      const raw = new Sqlite(h.file, { readonly: true })
      try {
        const out: string[] = []
        for (const { sql, parameters } of statements.filter((s) => explained(s.sql))) {
          const plan = raw.prepare(`explain query plan ${sql}`).all(...(parameters as unknown[])) as {
            detail: string
          }[]
          const aliases = new Map([...sql.matchAll(/"(\w+)" as "(\w+)"/g)].map((m) => [m[2] as string, m[1] as string]))
          for (const { detail } of plan) {
            // "SCAN t" and "SCAN t USING [COVERING] INDEX i" both read all of t, and so does an
            // AUTOMATIC index, which SQLite builds for the one query from the whole table.
            const walked = /^SCAN \w+ USING (?:COVERING )?INDEX (\w+)/.exec(detail)?.[1]
            const named =
              walked && SMALL_PARTIAL.includes(walked)
                ? undefined
                : (/^SCAN (\w+)/.exec(detail)?.[1] ?? /^SEARCH (\w+) USING AUTOMATIC/.exec(detail)?.[1])
            // The plan names a table by its alias where the statement gives one.
            const table = named && (aliases.get(named) ?? named)
            if (table && GROWING.includes(table)) out.push(`${table}: ${sql}`)
          }
        }
        return out
      } finally {
        raw.close()
      }
    },
  }
}

interface PgPlanNode {
  'Node Type': string
  'Relation Name'?: string
  'Index Name'?: string
  'Index Cond'?: string
  Plans?: PgPlanNode[]
}

async function openPostgres(): Promise<Harness> {
  const statements: Harness['statements'] = []
  const h = await postgresHarness({ onQuery: (sql, parameters) => statements.push({ sql, parameters }) })
  return {
    ...h,
    statements,
    async fullScans() {
      const client = new pg.Client({ connectionString: h.url })
      await client.connect()
      try {
        // Small test tables are cheapest read whole; with sequential scans priced out, the
        // planner still chooses one (or walks a whole index) only where no index serves.
        // Statistics as a store that has grown keeps them.
        await client.query('analyze')
        await client.query('set enable_seqscan = off')
        const indexes = new Map(
          (
            await client.query(
              `select c.relname as index, t.relname as table, a.attname as leading,
            c.relname = any($1) as partial
          from pg_index i join pg_class c on c.oid = i.indexrelid join pg_class t on t.oid = i.indrelid
          join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]`,
              [SMALL_PARTIAL],
            )
          ).rows.map((r) => [r.index as string, r as { table: string; leading: string; partial: boolean }]),
        )
        const out: string[] = []
        const walk = (node: PgPlanNode, parent: PgPlanNode | undefined, sql: string) => {
          if (node['Node Type'] === 'Seq Scan' && GROWING.includes(node['Relation Name'] ?? ''))
            out.push(`${node['Relation Name']}: ${sql}`)
          const index = indexes.get(node['Index Name'] ?? '')
          // An index scan whose condition leaves out the index's first column walks all of it;
          // under a Limit (max(seq)) it reads one end; a small partial index holds only its few rows.
          if (
            index &&
            !index.partial &&
            GROWING.includes(index.table) &&
            parent?.['Node Type'] !== 'Limit' &&
            !new RegExp(`\\b${index.leading}\\b`).test(node['Index Cond'] ?? '')
          )
            out.push(`${index.table}: ${sql}`)
          for (const child of node.Plans ?? []) walk(child, node, sql)
        }
        for (const { sql, parameters } of statements.filter((s) => explained(s.sql))) {
          const r = await client.query(`explain (format json) ${sql}`, parameters as unknown[])
          walk((r.rows[0]['QUERY PLAN'] as { Plan: PgPlanNode }[])[0]?.Plan as PgPlanNode, undefined, sql)
        }
        return out
      } finally {
        await client.end()
      }
    },
  }
}

/** A platform of a few thousand accounts: pairs in centers, objections, notices. */
async function seed(store: Store): Promise<void> {
  const ids = Array.from({ length: ACCOUNTS }, (_, i) => `a${i}`)
  await store.upsertAccounts(
    ids.map((id, i) => account(id, { email: `p${Math.floor(i / 2)}@example.com` })),
    NOW,
  )
  await store.appendMemberships(ids.map((id, i) => link(id, `c${Math.floor(i / 2)}`, t('2020-01-01T00:00:00Z'))))
  await store.appendMemberships(
    ids.filter((_, i) => i % 10 === 0).map((id) => link(id, `c-moved-${id}`, t('2024-01-01T00:00:00Z'))),
  )
  await store.insertFilings(
    ids
      .filter((_, i) => i % 7 === 0)
      .map((id, i) => ({
        filing: objection(`seeded_${i}`, [id], t('2025-04-20T00:00:00Z')),
        reason: null,
        dedupeKey: null,
      })),
  )
  await store.appendNotices(ids.map((id) => notice(id, t('2025-04-14T08:00:00Z'))))
  // Replies kept under API clients' Idempotency-Keys, from over the days before.
  await store.portal.insertIdempotents(
    ids.map((id) => ({ key: `tok:${id}`, requestHash: 'h', status: 201, body: '{}' })),
    t('2025-05-30T00:00:00Z'),
  )
}

let n = 0
const seal = createMailSeal(Buffer.alloc(32, 7))
const services = (store: Store) => {
  const deps = { store, clock: () => NOW, newId: (prefix: string) => `${prefix}_${++n}` }
  return {
    reports: createReportService(deps),
    filings: createFilingService(deps),
    sessions: createSessionService(deps, {
      publicUrl: 'https://veto.example.org/',
      signinLinkMinutes: 15,
      sessionHours: 12,
      seal,
    }),
  }
}

/** A sign-in link for the person, as their mailbox would hold it. */
async function linkFor(store: Store, email: string): Promise<string> {
  await services(store).sessions.requestLink(email, 'en')
  const mail = (await store.portal.listMail()).filter((m) => m.kind === 'signin' && m.to === email).at(-1)
  return /token=([\w-]+)/.exec(seal.open(mail?.body ?? ''))?.[1] ?? ''
}

/** What a person does, and what the platform's API asks about them. */
async function personFacing(store: Store, link: string): Promise<void> {
  const { reports, filings, sessions } = services(store)
  await sessions.requestLink('p70@example.com', 'en')
  await sessions.requestLink('nobody@example.com', 'en')
  expect(await sessions.signIn(link)).toBeDefined()
  const session = await sessions.signInVerified('p70@example.com')
  await sessions.sessionEmail(session)
  await reports.person({ email: 'p70@example.com' })
  await reports.report({ email: 'p70@example.com' })
  await reports.report({ account: 'a141' })
  const { filing } = await filings.file({
    type: 'objection',
    target: { email: 'p70@example.com' },
    channel: 'portal',
    confirm: {
      to: 'p70@example.com',
      lang: 'en',
      url: 'https://veto.example.org/me',
      policy: { ...(PRESETS[0] as Policy), deadline: null },
    },
  })
  await filings.get(filing.id)
  await coveredAccounts(store, filing.accounts, filing.receivedAt, NOW)
  await filings.withdraw(filing.id)
  await sessions.signOut(session)
  await sessions.signOutEverywhere('p70@example.com')
}

/** What every serve process runs round after round in the background: the outbox, webhooks, tidying. */
async function backgroundRounds(store: Store, now: number): Promise<void> {
  const due = await store.portal.claimDueMail(now, now + 60_000, 50)
  expect(due.length).toBeGreaterThan(1)
  await store.portal.dropSuppressedMail()
  const [sent, refused] = due as [(typeof due)[number], (typeof due)[number]]
  await store.portal.markMailSent(sent.id, now)
  await store.portal.markMailFailed(refused.id, 'SMTP 451', now + 2_000)
  await store.portal.dropExpired(now + 86_400_000, 1000)
  await store.portal.dropRepliesBefore(now - 86_400_000, 1000)
  const lease = { owner: 'process-1', now, until: now + 60_000 }
  const cursor = await store.claimWebhookCursor('training', lease)
  expect(cursor?.nextSeq).toBe(await store.ledgerSize())
  await store.readLedger(Math.max(0, (cursor?.nextSeq ?? 0) - 10), 200)
  expect(await store.saveWebhookCursor({ ...(cursor as WebhookCursor), updatedAt: now }, lease)).toBe(true)
  await store.releaseWebhookCursors('process-1')
}

for (const [dialect, open] of [
  ['sqlite', openSqlite],
  ['postgres', openPostgres],
] as const) {
  describe(`person-facing queries on ${dialect}`, () => {
    let h: Harness | undefined
    afterEach(async () => h?.dispose())

    it('read no growing table whole', async () => {
      h = await open()
      await seed(h.store)
      const link = await linkFor(h.store, 'p70@example.com')
      h.statements.length = 0
      await personFacing(h.store, link)
      expect(h.statements.length).toBeGreaterThan(20)
      expect(await h.fullScans()).toEqual([])
    })

    it('and the background rounds read no growing table whole', async () => {
      h = await open()
      await seed(h.store)
      await personFacing(h.store, await linkFor(h.store, 'p70@example.com'))
      await services(h.store).sessions.requestLink('p71@example.com', 'en')
      h.statements.length = 0
      await backgroundRounds(h.store, NOW)
      expect(h.statements.length).toBeGreaterThan(8)
      expect(await h.fullScans()).toEqual([])
      // The same rounds two minutes on (the leases run out, the failed mail is due again), their indexes
      // gone, are caught.
      await h.exec(
        'drop index outbox_suppressed; drop index signin_tokens_expiry; drop index sessions_expiry; ' +
          'drop index idempotency_created; drop index outbox_pending',
      )
      h.statements.length = 0
      await backgroundRounds(h.store, NOW + 120_000)
      const tables = new Set((await h.fullScans()).map((s) => s.split(':')[0]))
      expect([...tables].sort()).toEqual(['idempotency', 'outbox', 'sessions', 'signin_tokens'])
    })

    it('are caught reading a table whole once its index is gone', async () => {
      h = await open()
      await seed(h.store)
      const link = await linkFor(h.store, 'p70@example.com')
      await h.exec(
        'drop index accounts_email_norm; drop index memberships_center; drop index filing_accounts_account; drop ' +
          'index signin_tokens_email; drop index sessions_email',
      )
      h.statements.length = 0
      await personFacing(h.store, link)
      const tables = new Set((await h.fullScans()).map((s) => s.split(':')[0]))
      expect([...tables].sort()).toEqual(['accounts', 'filing_accounts', 'memberships', 'sessions', 'signin_tokens'])
    })

    it("find a snapshot's sealed entry, for its verification, without reading the ledger whole", async () => {
      h = await open()
      await seed(h.store)
      h.statements.length = 0
      await h.store.sealedEntries()
      expect(h.statements.length).toBe(1)
      expect(await h.fullScans()).toEqual([])
      await h.exec('drop index ledger_sealed')
      h.statements.length = 0
      await h.store.sealedEntries()
      expect((await h.fullScans()).map((s) => s.split(':')[0])).toEqual(['ledger'])
    })
  })
}
