/**
 * The one SQL implementation of the storage port, on Kysely, for both databases.
 * @module
 */
import { AppError } from '../domain/app-error.js'
import { SQLITE_BUSY_TIMEOUT_MS, SQLITE_LOCK_RETRY_MS } from './sqlite.js'
import { type Kysely, type Selectable, sql, type Transaction } from 'kysely'
import { chunks } from './chunks.js'
import { type Figures, type FiguresQuery, readFigures } from './figures.js'
import {
  type Account,
  type Case,
  type CaseStep,
  type Channel,
  CASE_MAILS,
  caseMailRef,
  type EventFacts,
  type Exclusion,
  type Facts,
  type Filing,
  type MembershipChange,
  formatDate,
  normalizeEmail,
  type NoticeDelivery,
  type Policy,
  parseDate,
  type Withdrawal,
} from '../domain/index.js'
import type { DialectName } from './migrations/0001-initial.js'
import { entriesAt, type LedgerEntry, type NewEntries } from '../ledger/entries.js'
import type { AccountsTable, Database, FilingsTable, LedgerTable, NoticesTable, SnapshotsTable } from './schema.js'
import { tableCounts } from './rate-limit-counts.js'
import type {
  CaseRecord,
  CheckpointRecord,
  FilingBatch,
  FilingRecord,
  ImportRecord,
  ModelRecord,
  NewFiling,
  SnapshotRecord,
  RowWriter,
  Store,
  AddressAccounts,
  StoreParts,
  WebhookCursor,
  WebhookLease,
  TableCounts,
  UpsertResult,
} from './store.js'
import { type FactFiles, type FactFilter, LEDGER_SIZE_SQL } from './fact-files.js'

import { type PortalStore, SqlPortalStore } from './portal-store.js'
import { FILING_COLUMNS, filingAccountRows, filingRow } from './filing-rows.js'
import { writeFilingsStatement } from './postgres-filings.js'
import { ledgerArguments } from './postgres-unnest.js'

/**
 * The PostgreSQL advisory lock key that serializes ledger appends. Migration 0016's
 * `veto_append_ledger` takes the same key, written into it: the two must stay equal, or a case's
 * step (which locks, reads, then appends) would no longer exclude an append.
 */
const LEDGER_LOCK = 0x7e70

/** The tables whose statistics PostgreSQL plans a person's reads by. */
const STATISTICS_TABLES = ['accounts', 'memberships', 'filings', 'filing_accounts', 'withdrawals', 'notices']

/**
 * Rows written since the last statistics below which a table is not analyzed during an import:
 * read whole, a table this small costs a person's read a few milliseconds at most.
 */
const GROWN_ROWS = 10_000

/**
 * Keys per lookup (`where key in (…)`), one parameter each: an import batch's (2,048) in one
 * statement, where chunks of 500 made the check of a 1M-account import wait for 2,442 lookups
 * on PostgreSQL instead of 489.
 */
const KEYS_PER_LOOKUP = 4096

/** The columns of an account row, in the order the prepared-statement path binds them. */
const ACCOUNT_COLUMNS = [
  'id',
  'network',
  'email',
  'email_norm',
  'birthdate',
  'country',
  'created_at',
  'recorded_at',
  'updated_at',
] as const

const BUSY = Symbol('busy')

/**
 * BEGIN IMMEDIATE without SQLite's busy wait: false at once when another process holds the
 * write lock (SQLITE_BUSY, or SQLITE_BUSY_RECOVERY while it recovers the WAL). The connection is
 * this caller's alone for the length of the call (Kysely's connection lock), and its busy
 * timeout is set back before anyone else uses it; a transaction begun is rolled back if that fails.
 */
async function beginImmediateNow(conn: Kysely<Database>): Promise<boolean> {
  await sql.raw('pragma busy_timeout = 0').execute(conn)
  let begun = false
  try {
    await sql`begin immediate`.execute(conn)
    begun = true
  } catch (e) {
    if (!/^SQLITE_BUSY(_|$)/.test(String((e as { code?: unknown }).code))) throw e
  }
  try {
    await sql.raw(`pragma busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`).execute(conn)
  } catch (e) {
    if (begun) await sql`rollback`.execute(conn)
    throw e
  }
  return begun
}

function formatBirthdate(d: Account['birthdate']): string | null {
  return d ? formatDate(d) : null
}

function toAccount(r: Selectable<AccountsTable>): Account {
  return {
    id: r.id,
    network: r.network,
    email: r.email,
    country: r.country,
    birthdate: r.birthdate === null ? null : (parseDate(r.birthdate) ?? null),
    createdAt: r.created_at,
  }
}

function toMembership(r: {
  account: string
  center: string | null
  at: number
  recorded_at: number
}): MembershipChange {
  return { account: r.account, center: r.center, at: r.at, recordedAt: r.recorded_at }
}

function toLedgerEntry(r: Selectable<LedgerTable>): LedgerEntry {
  return {
    seq: Number(r.seq),
    type: r.type as LedgerEntry['type'],
    recordedAt: r.recorded_at,
    payload: r.payload,
    leafHash: Buffer.from(r.leaf_hash, 'hex'),
  }
}

function toNotice(r: Selectable<NoticesTable>): NoticeDelivery {
  const notice = { account: r.account, deliveredAt: r.delivered_at, recordedAt: r.recorded_at }
  // An unversioned notice (recorded before notices named their policy) has neither.
  return r.policy_name === null || r.policy_version === null
    ? notice
    : { ...notice, policy: { name: r.policy_name, version: r.policy_version }, lang: r.lang }
}

function toFiling(r: Selectable<FilingsTable>, accounts: string[]): Filing {
  return {
    id: r.id,
    type: r.type,
    accounts,
    receivedAt: r.received_at,
    recordedAt: r.recorded_at,
    channel: r.channel as Channel,
  }
}

export class SqlStore implements Store {
  readonly portal: PortalStore
  private savepoints = 0
  /**
   * Inside a transaction that holds the ledger (locked, or SQLite's writer): the ledger's size,
   * known after the first read and kept up by this transaction's appends, which nobody else's
   * can come between. A batch of filings so reads it once.
   */
  private ledgerHeld = false
  private ledgerNext: number | undefined

  constructor(
    private readonly db: Kysely<Database>,
    readonly dialect: DialectName,
    /**
     * What the database's adapter adds beside the query builder; `rateLimits`: counts kept apart
     * from the store's tables (SQLite's file of them), where its transactions count too.
     */
    private readonly parts: StoreParts,
    private readonly inTransaction = false,
  ) {
    this.portal = new SqlPortalStore(
      db,
      parts.rateLimits ?? tableCounts(db, { unsynced: dialect === 'postgres' && !inTransaction }),
    )
    this.rows = inTransaction ? parts.rows?.(db) : undefined
  }

  /**
   * The bulk-insert path, inside a transaction only: outside one, SQLite's rows would each
   * commit, and sync, on their own. Undefined: write through Kysely.
   */
  private readonly rows: RowWriter | undefined

  async transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    if (this.inTransaction) return fn(this)
    if (this.dialect === 'sqlite') {
      // BEGIN IMMEDIATE: the write lock is taken at the start. A deferred transaction reads first
      // and asks for the lock at its first write; if another process committed in between, SQLite
      // refuses at once (SQLITE_BUSY_SNAPSHOT), with no wait — which an import writing batch after
      // batch beside a serving portal meets. While another process holds the lock, this one waits
      // here, between tries, with the connection free and the event loop turning: SQLite's own
      // busy wait would block the whole process (every request, not just this write) and sleeps
      // in steps of up to 100 ms, long after the lock is free (bench/import's objections, p99).
      let deadline: number | undefined
      for (let pause = 1; ; pause = SQLITE_LOCK_RETRY_MS) {
        const outcome = await this.db.connection().execute(async (conn) => {
          if (!(await beginImmediateNow(conn))) return BUSY
          try {
            const result = await fn(new SqlStore(conn, this.dialect, this.parts, true))
            await sql`commit`.execute(conn)
            return { result }
          } catch (e) {
            // SQLite may have rolled back by itself (a full disk, an I/O error): the first error is
            // the one to tell, whatever the rollback says.
            try {
              await sql`rollback`.execute(conn)
            } catch {
              // no transaction left to roll back
            }
            throw e
          }
        })
        if (outcome !== BUSY) return outcome.result
        // The wait counts from the first refusal, not from queueing for this process's connection.
        deadline ??= performance.now() + SQLITE_BUSY_TIMEOUT_MS
        if (performance.now() >= deadline)
          throw new AppError(
            'STORE_BUSY',
            `the store stayed locked by another process for ${SQLITE_BUSY_TIMEOUT_MS} ms`,
          )
        await new Promise((resolve) => setTimeout(resolve, pause))
      }
    }
    return this.db
      .transaction()
      .execute((trx: Transaction<Database>) => fn(new SqlStore(trx, this.dialect, this.parts, true)))
  }

  async savepoint<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    if (!this.inTransaction) return this.transaction(fn)
    const name = sql.raw(`veto_sp_${++this.savepoints}`)
    await sql`savepoint ${name}`.execute(this.db)
    const appendsAtCommit = this.appendsAtCommit
    let result: T
    try {
      result = await fn(this)
    } catch (e) {
      // What was known of the ledger may have been undone with the savepoint, entries left for
      // the commit among it.
      this.ledgerHeld = false
      this.ledgerNext = undefined
      this.appendsAtCommit = appendsAtCommit
      // PostgreSQL refuses every statement after an error until this rollback.
      await sql`rollback to savepoint ${name}`.execute(this.db)
      await sql`release savepoint ${name}`.execute(this.db)
      throw e
    }
    await sql`release savepoint ${name}`.execute(this.db)
    return result
  }

  async getAccounts(ids: readonly string[]): Promise<Map<string, Account>> {
    const out = new Map<string, Account>()
    for (const part of chunks([...new Set(ids)], KEYS_PER_LOOKUP)) {
      const rows = await this.db.selectFrom('accounts').selectAll().where('id', 'in', part).execute()
      for (const r of rows) out.set(r.id, toAccount(r))
    }
    return out
  }

  async emailOnRecord(email: string): Promise<string | null> {
    // One row back either way, the aggregate's: no rows to build when an account exists (sign-in timing).
    const r = await this.db
      .selectFrom('accounts')
      .select((eb) => eb.fn.min('email').as('e'))
      .where('email_norm', '=', normalizeEmail(email))
      .executeTakeFirstOrThrow()
    return r.e ?? null
  }

  async findAccountsByEmail(email: string): Promise<Account[]> {
    const rows = await this.db
      .selectFrom('accounts')
      .selectAll()
      .where('email_norm', '=', normalizeEmail(email))
      .orderBy('id')
      .execute()
    return rows.map(toAccount)
  }

  /**
   * Inserts what is new first, then reads only the accounts that were on record already, to
   * update those that changed: an import of new accounts, the common case, reads nothing.
   */
  async upsertAccounts(accounts: readonly Account[], now: number): Promise<UpsertResult> {
    const rows = accounts.map((a) => ({
      id: a.id,
      network: a.network,
      email: a.email,
      email_norm: normalizeEmail(a.email),
      birthdate: formatBirthdate(a.birthdate),
      country: a.country,
      created_at: a.createdAt,
      recorded_at: now,
      updated_at: now,
    }))
    const inserted = new Set<string>()
    if (this.rows) {
      const columns = ACCOUNT_COLUMNS
      const written = await this.rows.insert(
        'accounts',
        columns,
        rows.map((r) => columns.map((c) => r[c])),
        ['id'],
      )
      for (const [i, r] of rows.entries()) if (written[i]) inserted.add(r.id)
    } else
      for (const part of chunks(rows)) {
        const written = await this.db
          .insertInto('accounts')
          .values(part)
          .onConflict((oc) => oc.column('id').doNothing())
          .returning('id')
          .execute()
        for (const r of written) inserted.add(r.id)
      }
    const existing = await this.getAccounts(accounts.filter((a) => !inserted.has(a.id)).map((a) => a.id))
    let updated = 0
    for (const [i, a] of accounts.entries()) {
      const old = existing.get(a.id)
      if (!old) continue
      const { recorded_at: _, ...row } = rows[i] as (typeof rows)[number]
      if (
        old.email !== a.email ||
        formatBirthdate(old.birthdate) !== row.birthdate ||
        old.country !== a.country ||
        old.network !== a.network ||
        old.createdAt !== a.createdAt
      ) {
        await this.db.updateTable('accounts').set(row).where('id', '=', a.id).execute()
        updated++
      }
    }
    return { inserted: inserted.size, updated, unchanged: accounts.length - inserted.size - updated }
  }

  /**
   * Each account's changes in time order. Ordered by (account, at), which the unique index
   * serves for filter and order alike: ordered by seq, PostgreSQL walked the whole table by
   * its key whenever its statistics were stale (as all through a long import), once per call.
   */
  async membershipsOf(accounts: readonly string[]): Promise<MembershipChange[]> {
    const out: MembershipChange[] = []
    for (const part of chunks([...new Set(accounts)], KEYS_PER_LOOKUP)) {
      const rows = await this.db
        .selectFrom('memberships')
        .select(['account', 'center', 'at', 'recorded_at'])
        .where('account', 'in', part)
        .orderBy('account')
        .orderBy('at')
        .execute()
      for (const r of rows) out.push(toMembership(r))
    }
    return out
  }

  async membershipsAround(accounts: readonly string[]): Promise<MembershipChange[]> {
    const parts = chunks([...new Set(accounts)], KEYS_PER_LOOKUP)
    const out: MembershipChange[] = []
    for (const part of parts) {
      // A union, not an OR: PostgreSQL reads an OR of two IN lists by a whole-table scan.
      const columns = ['account', 'center', 'at', 'recorded_at'] as const
      const rows = await this.db
        .selectFrom('memberships')
        .select(columns)
        .where('account', 'in', part)
        .union((eb) =>
          eb
            .selectFrom('memberships')
            .select(columns)
            .where(
              'account',
              'in',
              eb
                .selectFrom('memberships as m')
                .select('m.account')
                .where(
                  'm.center',
                  'in',
                  eb
                    .selectFrom('memberships as o')
                    .select('o.center')
                    .where('o.account', 'in', part)
                    .where('o.center', 'is not', null),
                ),
            ),
        )
        .orderBy('account')
        .orderBy('at')
        .execute()
      for (const r of rows) out.push(toMembership(r))
    }
    if (parts.length < 2) return out
    // Accounts in several parts can share a center: its members' rows came once per part.
    const once = new Map(out.map((m) => [`${m.account}\u0000${m.at}`, m]))
    return [...once.values()].sort((a, b) => (a.account === b.account ? a.at - b.at : a.account < b.account ? -1 : 1))
  }

  async appendMemberships(changes: readonly MembershipChange[]): Promise<MembershipChange[]> {
    if (this.rows) {
      const rows = changes.map((c) => [c.account, c.center, c.at, c.recordedAt])
      const inserted = await this.rows.insert('memberships', ['account', 'center', 'at', 'recorded_at'], rows, [
        'account',
        'at',
      ])
      return changes.filter((_, i) => inserted[i])
    }
    const out: MembershipChange[] = []
    for (const part of chunks(changes)) {
      const rows = await this.db
        .insertInto('memberships')
        .values(part.map((c) => ({ account: c.account, center: c.center, at: c.at, recorded_at: c.recordedAt })))
        .onConflict((oc) => oc.columns(['account', 'at']).doNothing())
        .returning(['account', 'center', 'at', 'recorded_at'])
        .execute()
      for (const r of rows) out.push(toMembership(r))
    }
    return out
  }

  insertFiling(filing: Filing, reason: string | null, dedupeKey: string | null): Promise<void> {
    return this.insertFilings([{ filing, reason, dedupeKey }])
  }

  async insertFilings(filings: readonly NewFiling[]): Promise<void> {
    const rows = filings.map(filingRow)
    const links = filings.flatMap(filingAccountRows)
    if (this.rows) {
      await this.rows.insert(
        'filings',
        FILING_COLUMNS,
        rows.map((r) => FILING_COLUMNS.map((c) => r[c])),
      )
      await this.rows.insert(
        'filing_accounts',
        ['filing_id', 'account'],
        links.map((l) => [l.filing_id, l.account]),
      )
      return
    }
    for (const part of chunks(rows)) await this.db.insertInto('filings').values(part).execute()
    for (const part of chunks(links)) await this.db.insertInto('filing_accounts').values(part).execute()
  }

  async writeFilings(b: FilingBatch): Promise<void> {
    this.requireNothingAtCommit()
    if (this.dialect === 'postgres' && b.entries.types.length > 0) {
      const first = Number((await writeFilingsStatement(b).execute(this.db)).rows[0]?.first)
      this.ledgerHeld = this.inTransaction
      if (this.ledgerHeld) this.ledgerNext = first + b.entries.types.length
      return
    }
    // The mails and replies first, the filings and their entries last: the order PostgreSQL's
    // statement keeps, so that the ledger is held the shortest time.
    await this.transaction(async (tx) => {
      await tx.portal.enqueueMails(b.mails)
      await tx.portal.insertIdempotents(b.replies, b.repliedAt)
      await tx.insertFilings(b.filings)
      await tx.appendLedger(b.entries)
    })
  }

  private async records(rows: Selectable<FilingsTable>[]): Promise<FilingRecord[]> {
    if (rows.length === 0) return []
    const ids = rows.map((r) => r.id)
    const accounts = new Map<string, string[]>()
    const withdrawals = new Map<string, Withdrawal>()
    for (const part of chunks(ids, KEYS_PER_LOOKUP)) {
      const links = await this.db
        .selectFrom('filing_accounts')
        .selectAll()
        .where('filing_id', 'in', part)
        .orderBy('account')
        .execute()
      for (const l of links) accounts.set(l.filing_id, [...(accounts.get(l.filing_id) ?? []), l.account])
      const ws = await this.db.selectFrom('withdrawals').selectAll().where('filing_id', 'in', part).execute()
      for (const w of ws) withdrawals.set(w.filing_id, { filingId: w.filing_id, at: w.at, recordedAt: w.recorded_at })
    }
    return rows.map((r) => ({
      ...toFiling(r, accounts.get(r.id) ?? []),
      reason: r.reason,
      withdrawal: withdrawals.get(r.id) ?? null,
    }))
  }

  async findFiling(id: string): Promise<FilingRecord | undefined> {
    const row = await this.db.selectFrom('filings').selectAll().where('id', '=', id).executeTakeFirst()
    return row ? (await this.records([row]))[0] : undefined
  }

  async filingsFor(accounts: readonly string[]): Promise<FilingRecord[]> {
    if (accounts.length === 0) return []
    const rows = await this.db
      .selectFrom('filings')
      .selectAll()
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('filing_accounts')
          .select('filing_id')
          .where('account', 'in', [...accounts]),
      )
      .orderBy('received_at')
      .orderBy('id')
      .execute()
    return this.records(rows)
  }

  async findDedupeKeys(keys: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>()
    for (const part of chunks([...new Set(keys)], KEYS_PER_LOOKUP)) {
      const rows = await this.db
        .selectFrom('filings')
        .select(['id', 'dedupe_key'])
        .where('dedupe_key', 'in', part)
        .execute()
      for (const r of rows) if (r.dedupe_key) out.set(r.dedupe_key, r.id)
    }
    return out
  }

  async insertWithdrawal(w: Withdrawal): Promise<void> {
    await this.db
      .insertInto('withdrawals')
      .values({ filing_id: w.filingId, at: w.at, recorded_at: w.recordedAt })
      .execute()
  }

  async appendNotices(notices: readonly NoticeDelivery[]): Promise<NoticeDelivery[]> {
    if (this.rows) {
      const inserted = await this.rows.insert(
        'notices',
        ['account', 'delivered_at', 'recorded_at', 'policy_name', 'policy_version', 'lang'],
        notices.map((n) => [
          n.account,
          n.deliveredAt,
          n.recordedAt,
          n.policy?.name ?? null,
          n.policy?.version ?? null,
          n.lang ?? null,
        ]),
        ['account', 'delivered_at'],
      )
      return notices.filter((_, i) => inserted[i])
    }
    const out: NoticeDelivery[] = []
    for (const part of chunks(notices)) {
      const rows = await this.db
        .insertInto('notices')
        .values(
          part.map((n) => ({
            account: n.account,
            delivered_at: n.deliveredAt,
            recorded_at: n.recordedAt,
            policy_name: n.policy?.name ?? null,
            policy_version: n.policy?.version ?? null,
            lang: n.lang ?? null,
          })),
        )
        .onConflict((oc) => oc.columns(['account', 'delivered_at']).doNothing())
        .returningAll()
        .execute()
      for (const r of rows) out.push(toNotice(r))
    }
    return out
  }

  async noticesTo(accounts: readonly string[]): Promise<NoticeDelivery[]> {
    const out: NoticeDelivery[] = []
    for (const part of chunks([...new Set(accounts)], KEYS_PER_LOOKUP)) {
      const rows = await this.db
        .selectFrom('notices')
        .selectAll()
        .where('account', 'in', part)
        .orderBy('delivered_at')
        .execute()
      for (const r of rows) out.push(toNotice(r))
    }
    return out
  }

  async findPolicy(name: string, version: number): Promise<{ fingerprint: string } | undefined> {
    return this.db
      .selectFrom('policies')
      .select('fingerprint')
      .where('name', '=', name)
      .where('version', '=', version)
      .executeTakeFirst()
  }

  async insertPolicy(policy: Policy, fingerprint: string, now: number): Promise<void> {
    await this.db
      .insertInto('policies')
      .values({
        name: policy.name,
        version: policy.version,
        fingerprint,
        definition: JSON.stringify(policy),
        recorded_at: now,
      })
      .execute()
  }

  async lockLedger(): Promise<void> {
    // SQLite: one writer at a time already; PostgreSQL: an advisory lock held to commit.
    if (this.inTransaction && this.ledgerHeld) return
    if (this.dialect === 'postgres') await sql`select pg_advisory_xact_lock(${LEDGER_LOCK})`.execute(this.db)
    this.ledgerHeld = this.inTransaction
  }

  async ledgerSize(): Promise<number> {
    this.requireNothingAtCommit()
    if (this.ledgerHeld && this.ledgerNext !== undefined) return this.ledgerNext
    const n = Number((await sql.raw<{ n: number | string }>(LEDGER_SIZE_SQL).execute(this.db)).rows[0]?.n ?? 0)
    if (this.ledgerHeld) this.ledgerNext = n
    return n
  }

  async appendLedger(n: NewEntries): Promise<number> {
    this.requireNothingAtCommit()
    if (n.types.length === 0) return this.ledgerSize()
    if (this.dialect === 'postgres') {
      // One statement: the server takes the lock, reads the size and hashes the leaves (migration
      // 0016). Everything is sent before the lock is taken; after it, this process need only send
      // the commit (an import's batch, at a low priority, not even that: `appendLedgerAtCommit`).
      const first = Number(
        (
          await sql<{ first: number | string }>`select veto_append_ledger(${ledgerArguments(n)}) as first`.execute(
            this.db,
          )
        ).rows[0]?.first,
      )
      this.ledgerHeld = this.inTransaction
      if (this.ledgerHeld) this.ledgerNext = first + n.types.length
      return first
    }
    await this.lockLedger()
    const entries = entriesAt(await this.ledgerSize(), n)
    if (this.rows)
      await this.rows.insert(
        'ledger',
        ['seq', 'type', 'recorded_at', 'payload', 'leaf_hash'],
        entries.map((e) => [e.seq, e.type, e.recordedAt, e.payload, e.leafHash.toString('hex')]),
      )
    else
      for (const part of chunks(entries)) {
        await this.db
          .insertInto('ledger')
          .values(
            part.map((e) => ({
              seq: e.seq,
              type: e.type,
              recorded_at: e.recordedAt,
              payload: e.payload,
              leaf_hash: e.leafHash.toString('hex'),
            })),
          )
          .execute()
      }
    const last = entries.at(-1) as LedgerEntry
    if (this.ledgerHeld) this.ledgerNext = last.seq + 1
    return entries[0]?.seq as number
  }

  async appendLedgerAtCommit(n: NewEntries): Promise<void> {
    this.requireNothingAtCommit()
    if (n.types.length === 0) return
    if (this.dialect === 'postgres' && this.inTransaction) {
      // Appended by the server at COMMIT (migration 0017): the lock is taken there, not now.
      await sql`insert into veto_ledger_pending (types, payloads, recorded_at, recorded_json)
        values (${ledgerArguments(n)})`.execute(this.db)
      this.appendsAtCommit = true
      return
    }
    // SQLite holds its one write lock for the whole transaction anyway; outside a transaction the
    // commit is the statement's own.
    await this.appendLedger(n)
    this.appendsAtCommit = this.inTransaction
  }

  /**
   * Entries left for the commit come after everything appended before it: an append, or a size
   * read, after them in the same transaction would not see them, so the store refuses it.
   */
  private appendsAtCommit = false

  private requireNothingAtCommit(): void {
    if (this.appendsAtCommit)
      throw new Error('a ledger append or size read after an append at commit, in the same transaction')
  }

  async readLedger(fromSeq: number, limit: number): Promise<LedgerEntry[]> {
    const rows = await this.db
      .selectFrom('ledger')
      .selectAll()
      .where('seq', '>=', fromSeq)
      .orderBy('seq')
      .limit(limit)
      .execute()
    return rows.map(toLedgerEntry)
  }

  async sealedEntries(): Promise<LedgerEntry[]> {
    // The literal, not a parameter: the partial index `ledger_sealed` serves only a query that names its condition.
    const rows = await this.db
      .selectFrom('ledger')
      .selectAll()
      .where('type', '=', sql.lit('snapshot.sealed'))
      .orderBy('seq')
      .execute()
    return rows.map(toLedgerEntry)
  }

  async readLeafHashes(fromSeq: number, limit: number): Promise<Buffer[]> {
    const rows = await this.db
      .selectFrom('ledger')
      .select('leaf_hash')
      .where('seq', '>=', fromSeq)
      .orderBy('seq')
      .limit(limit)
      .execute()
    return rows.map((r) => Buffer.from(r.leaf_hash, 'hex'))
  }

  async insertCheckpoint(c: CheckpointRecord): Promise<void> {
    await this.db
      .insertInto('checkpoints')
      .values({
        size: c.size,
        root: c.root.toString('hex'),
        note: c.note,
        recorded_at: c.recordedAt,
        frontier: JSON.stringify(c.frontier.map((h) => h.toString('hex'))),
      })
      .onConflict((oc) => oc.column('size').doNothing())
      .execute()
  }

  async listCheckpoints(): Promise<CheckpointRecord[]> {
    const rows = await this.db.selectFrom('checkpoints').selectAll().orderBy('size').execute()
    return rows.map((r) => ({
      size: Number(r.size),
      root: Buffer.from(r.root, 'hex'),
      note: r.note,
      recordedAt: r.recorded_at,
      frontier: (JSON.parse(r.frontier) as string[]).map((h) => Buffer.from(h, 'hex')),
    }))
  }

  async insertSnapshot(s: SnapshotRecord): Promise<void> {
    await this.db
      .insertInto('snapshots')
      .values({
        id: s.id,
        name: s.name,
        policy_name: s.policyName,
        policy_version: s.policyVersion,
        at: s.at,
        built: s.built,
        ledger_size: s.ledgerSize,
        root: s.root.toString('hex'),
        items: s.items,
        considered: s.considered,
        manifest_sha256: s.manifestSha256,
        secret: s.secret.toString('hex'),
        key_scheme: s.keyScheme,
        sealed_at: s.sealedAt,
      })
      .execute()
  }

  private toSnapshot(r: Selectable<SnapshotsTable>): SnapshotRecord {
    return {
      id: r.id,
      name: r.name,
      policyName: r.policy_name,
      policyVersion: r.policy_version,
      at: r.at,
      built: r.built,
      ledgerSize: Number(r.ledger_size),
      root: Buffer.from(r.root, 'hex'),
      items: Number(r.items),
      considered: Number(r.considered),
      manifestSha256: r.manifest_sha256,
      secret: Buffer.from(r.secret, 'hex'),
      keyScheme: r.key_scheme === 1 ? 1 : 2,
      sealedAt: r.sealed_at,
    }
  }

  async findSnapshot(id: string): Promise<SnapshotRecord | undefined> {
    const r = await this.db.selectFrom('snapshots').selectAll().where('id', '=', id).executeTakeFirst()
    return r ? this.toSnapshot(r) : undefined
  }

  async listSnapshots(): Promise<SnapshotRecord[]> {
    return (await this.db.selectFrom('snapshots').selectAll().orderBy('sealed_at').orderBy('id').execute()).map((r) =>
      this.toSnapshot(r),
    )
  }

  async insertModel(m: ModelRecord): Promise<void> {
    await this.db.insertInto('models').values({ id: m.id, name: m.name, registered_at: m.registeredAt }).execute()
    await this.db
      .insertInto('model_snapshots')
      .values(m.snapshots.map((s) => ({ model_id: m.id, snapshot_id: s })))
      .execute()
  }

  async listModels(): Promise<ModelRecord[]> {
    const models = await this.db.selectFrom('models').selectAll().orderBy('registered_at').execute()
    const links = await this.db.selectFrom('model_snapshots').selectAll().orderBy('snapshot_id').execute()
    return models.map((m) => ({
      id: m.id,
      name: m.name,
      registeredAt: m.registered_at,
      snapshots: links.filter((l) => l.model_id === m.id).map((l) => l.snapshot_id),
    }))
  }

  async insertCase(c: Case): Promise<void> {
    await this.db
      .insertInto('cases')
      .values({
        id: c.id,
        description: c.description,
        contact: c.contact,
        evidence: c.evidence,
        lang: c.lang,
        zone: c.zone,
        channel: c.channel,
        received_at: c.receivedAt,
        due_at: c.dueAt,
        recorded_at: c.recordedAt,
      })
      .execute()
    await this.db
      .insertInto('case_items')
      .values(c.items.map((content_id, position) => ({ case_id: c.id, content_id, position })))
      .execute()
  }

  async insertCaseStep(s: CaseStep): Promise<void> {
    await this.db
      .insertInto('case_steps')
      .values({
        case_id: s.caseId,
        step: s.kind === 'extended' ? 'extension' : 'decision',
        kind: s.kind,
        at: s.at,
        reviewer: s.reviewer,
        reason: s.reason,
        due_at: s.dueAt,
        recorded_at: s.at,
      })
      .execute()
  }

  async insertExclusions(exclusions: readonly Exclusion[]): Promise<void> {
    if (exclusions.length === 0) return
    await this.db
      .insertInto('exclusions')
      .values(exclusions.map((x) => ({ case_id: x.caseId, content_id: x.contentId, recorded_at: x.recordedAt })))
      .execute()
  }

  async confirmCaseContact(caseId: string, at: number): Promise<boolean> {
    const r = await this.db
      .insertInto('case_contacts')
      .values({ case_id: caseId, confirmed_at: at })
      .onConflict((oc) => oc.column('case_id').doNothing())
      .executeTakeFirst()
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0
  }

  async findCase(id: string): Promise<CaseRecord | undefined> {
    return (await this.readCases([id]))[0]
  }

  async beginImport(r: ImportRecord): Promise<void> {
    await this.db
      .insertInto('imports')
      .values({
        id: r.id,
        kind: r.kind,
        file: r.file,
        sha256: r.sha256,
        records: r.records,
        applied: r.applied,
        inserted: r.inserted,
        updated: r.updated,
        unchanged: r.unchanged,
        state: r.state,
        started_at: r.startedAt,
        updated_at: r.updatedAt,
        finished_at: r.finishedAt,
        finished_by: r.finishedBy,
      })
      .execute()
  }

  async advanceImport(
    id: string,
    batch: { applied: number; inserted: number; updated: number; unchanged: number },
    at: number,
  ): Promise<void> {
    await this.db
      .updateTable('imports')
      .set((eb) => ({
        applied: eb('applied', '+', batch.applied),
        inserted: eb('inserted', '+', batch.inserted),
        updated: eb('updated', '+', batch.updated),
        unchanged: eb('unchanged', '+', batch.unchanged),
        updated_at: at,
      }))
      .where('id', '=', id)
      .execute()
  }

  async finishImport(id: string, at: number): Promise<number> {
    const r = await this.db
      .selectFrom('imports')
      .select(['kind', 'sha256', 'started_at'])
      .where('id', '=', id)
      .executeTakeFirst()
    if (!r) return 0
    await this.db
      .updateTable('imports')
      .set({ state: 'done', finished_at: at, updated_at: at, finished_by: id })
      .where('id', '=', id)
      .execute()
    // Earlier runs of the same file that stopped writing before this one began: interrupted ones,
    // which this run finished. One still writing beside it keeps its own state.
    const earlier = await this.db
      .updateTable('imports')
      .set({ state: 'done', finished_at: at, finished_by: id })
      .where('kind', '=', r.kind)
      .where('sha256', '=', r.sha256)
      .where('state', '=', 'applying')
      .where('updated_at', '<', r.started_at)
      .executeTakeFirst()
    return Number(earlier.numUpdatedRows)
  }

  async listImports(limit: number): Promise<ImportRecord[]> {
    const rows = await this.db.selectFrom('imports').selectAll().orderBy('started_at', 'desc').limit(limit).execute()
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      file: r.file,
      sha256: r.sha256,
      records: Number(r.records),
      applied: Number(r.applied),
      inserted: Number(r.inserted),
      updated: Number(r.updated),
      unchanged: Number(r.unchanged),
      state: r.state as ImportRecord['state'],
      startedAt: Number(r.started_at),
      updatedAt: Number(r.updated_at),
      finishedAt: r.finished_at === null ? null : Number(r.finished_at),
      finishedBy: r.finished_by,
    }))
  }

  figures(q: FiguresQuery): Promise<Figures> {
    // Inside a transaction, its own view; outside, the adapter's path when it has one.
    if (!this.inTransaction && this.parts.figures) return this.parts.figures.read(q)
    return readFigures(this.db, this.dialect, q)
  }

  async listCases(): Promise<CaseRecord[]> {
    return this.readCases(null)
  }

  async eraseCaseTexts(decidedBy: number, at: number, limit: number): Promise<number> {
    const due = await this.db
      .selectFrom('case_steps as s')
      .innerJoin('cases as c', 'c.id', 's.case_id')
      .select('c.id')
      .where('s.step', '=', 'decision')
      .where('s.at', '<=', decidedBy)
      .where('c.texts_erased_at', 'is', null)
      .orderBy('c.id')
      .limit(limit)
      .execute()
    if (due.length === 0) return 0
    return this.transaction(async (tx) => {
      // The ledger's lock, as a contact's confirmation takes it before it reads the case: a
      // confirmation either comes first, and its mails are erased here, or finds no address.
      await tx.lockLedger()
      const db = (tx as SqlStore).db
      // Still there: another process may have erased some meanwhile.
      const erased = await db
        .updateTable('cases')
        .set({ description: '', contact: null, evidence: null, texts_erased_at: at })
        .where(
          'id',
          'in',
          due.map((r) => r.id),
        )
        .where('texts_erased_at', 'is', null)
        .returning('id')
        .execute()
      const refs = erased.flatMap((r) => CASE_MAILS.map((m) => caseMailRef(r.id, m)))
      for (const part of chunks(refs, KEYS_PER_LOOKUP)) {
        await db
          .updateTable('outbox')
          .set({
            to_address: '',
            subject: '',
            body: '',
            suppressed: sql<number>`case when sent_at is null then 1 else suppressed end`,
          })
          .where('kind', '=', 'case')
          .where('ref', 'in', part)
          .execute()
      }
      return erased.length
    })
  }

  /** Cases with these ids (all when null), by receipt, with their items, steps and exclusions. */
  private async readCases(ids: readonly string[] | null): Promise<CaseRecord[]> {
    if (ids?.length === 0) return []
    const some = ids !== null
    const cases = await this.db
      .selectFrom('cases')
      .selectAll()
      .$if(some, (q) => q.where('id', 'in', ids ?? []))
      .orderBy('received_at')
      .orderBy('id')
      .execute()
    const items = await this.db
      .selectFrom('case_items')
      .selectAll()
      .$if(some, (q) => q.where('case_id', 'in', ids ?? []))
      .orderBy('position')
      .execute()
    const steps = await this.db
      .selectFrom('case_steps')
      .selectAll()
      .$if(some, (q) => q.where('case_id', 'in', ids ?? []))
      .orderBy('at')
      .execute()
    const exclusions = await this.db
      .selectFrom('exclusions')
      .selectAll()
      .$if(some, (q) => q.where('case_id', 'in', ids ?? []))
      .orderBy('content_id')
      .execute()
    const contacts = await this.db
      .selectFrom('case_contacts')
      .selectAll()
      .$if(some, (q) => q.where('case_id', 'in', ids ?? []))
      .execute()
    // Grouped once: filtering every table for every case took cases × rows.
    const byCase = <R extends { case_id: string }>(rows: readonly R[]) => {
      const m = new Map<string, R[]>()
      for (const row of rows) {
        const list = m.get(row.case_id)
        if (list) list.push(row)
        else m.set(row.case_id, [row])
      }
      return (id: string) => m.get(id) ?? []
    }
    const itemsOf = byCase(items)
    const stepsOf = byCase(steps)
    const exclusionsOf = byCase(exclusions)
    const contactOf = byCase(contacts)
    return cases.map((r) => ({
      case: {
        id: r.id,
        items: itemsOf(r.id).map((i) => i.content_id),
        description: r.description,
        contact: r.contact,
        evidence: r.evidence,
        lang: r.lang,
        zone: r.zone,
        channel: r.channel as Case['channel'],
        receivedAt: Number(r.received_at),
        dueAt: Number(r.due_at),
        recordedAt: Number(r.recorded_at),
      },
      steps: stepsOf(r.id).map((s) => ({
        caseId: s.case_id,
        kind: s.kind as CaseStep['kind'],
        at: Number(s.at),
        reviewer: s.reviewer,
        reason: s.reason,
        dueAt: s.due_at === null ? null : Number(s.due_at),
        items: s.kind === 'accepted' ? exclusionsOf(r.id).map((x) => x.content_id) : [],
      })),
      exclusions: exclusionsOf(r.id).map((x) => ({
        caseId: x.case_id,
        contentId: x.content_id,
        recordedAt: Number(x.recorded_at),
      })),
      contactConfirmedAt: ((at) => (at === undefined ? null : Number(at)))(contactOf(r.id)[0]?.confirmed_at),
      textsErasedAt: r.texts_erased_at === null ? null : Number(r.texts_erased_at),
    }))
  }

  async claimWebhookCursor(subscriber: string, lease: WebhookLease): Promise<WebhookCursor | undefined> {
    const r = await this.db
      .insertInto('webhook_cursors')
      .values({
        subscriber,
        // Read in the statement itself: no round trip of its own each time a cursor is claimed.
        next_seq: sql<number>`(${sql.raw(LEDGER_SIZE_SQL)})`,
        attempts: 0,
        next_attempt_at: 0,
        last_error: null,
        updated_at: lease.now,
        lease_owner: lease.owner,
        lease_until: lease.until,
      })
      .onConflict((oc) =>
        oc
          .column('subscriber')
          .doUpdateSet({ lease_owner: lease.owner, lease_until: lease.until })
          .where((eb) =>
            eb.or([
              eb('webhook_cursors.lease_owner', '=', lease.owner),
              eb('webhook_cursors.lease_owner', 'is', null),
              eb('webhook_cursors.lease_until', '<=', lease.now),
            ]),
          ),
      )
      .returningAll()
      .executeTakeFirst()
    return r
      ? {
          subscriber: r.subscriber,
          nextSeq: Number(r.next_seq),
          attempts: Number(r.attempts),
          nextAttemptAt: Number(r.next_attempt_at),
          lastError: r.last_error,
          updatedAt: Number(r.updated_at),
        }
      : undefined
  }

  async saveWebhookCursor(c: WebhookCursor, lease: WebhookLease): Promise<boolean> {
    const r = await this.db
      .updateTable('webhook_cursors')
      .set({
        next_seq: c.nextSeq,
        attempts: c.attempts,
        next_attempt_at: c.nextAttemptAt,
        last_error: c.lastError,
        updated_at: c.updatedAt,
        lease_until: lease.until,
      })
      .where('subscriber', '=', c.subscriber)
      .where('lease_owner', '=', lease.owner)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  async releaseWebhookCursors(owner: string): Promise<void> {
    await this.db
      .updateTable('webhook_cursors')
      .set({ lease_owner: null, lease_until: 0 })
      .where('lease_owner', '=', owner)
      .execute()
  }

  async loadFacts(): Promise<Facts> {
    const accounts = new Map<string, Account>()
    for (const r of await this.db.selectFrom('accounts').selectAll().execute()) accounts.set(r.id, toAccount(r))
    return { accounts, ...(await this.loadEventFacts()) }
  }

  private async loadEventFacts(): Promise<EventFacts> {
    const memberships = (await this.db.selectFrom('memberships').selectAll().orderBy('seq').execute()).map(toMembership)
    const filedFor = new Map<string, string[]>()
    for (const l of await this.db.selectFrom('filing_accounts').select(['filing_id', 'account']).execute()) {
      const list = filedFor.get(l.filing_id)
      if (list) list.push(l.account)
      else filedFor.set(l.filing_id, [l.account])
    }
    const filings = (await this.db.selectFrom('filings').selectAll().orderBy('received_at').execute()).map((r) =>
      toFiling(r, filedFor.get(r.id) ?? []),
    )
    const withdrawals = (await this.db.selectFrom('withdrawals').selectAll().execute()).map((w) => ({
      filingId: w.filing_id,
      at: w.at,
      recordedAt: w.recorded_at,
    }))
    const notices = (await this.db.selectFrom('notices').selectAll().execute()).map(toNotice)
    const exclusions = (await this.db.selectFrom('exclusions').selectAll().execute()).map((x) => ({
      caseId: x.case_id,
      contentId: x.content_id,
      recordedAt: Number(x.recorded_at),
    }))
    return { memberships, filings, withdrawals, notices, exclusions }
  }

  async filingsPage(after: string | undefined, limit: number): Promise<FilingRecord[]> {
    let q = this.db.selectFrom('filings').selectAll()
    if (after !== undefined) q = q.where('id', '>', after)
    return this.records(await q.orderBy('id').limit(limit).execute())
  }

  async membershipsPage(after: { account: string; at: number } | undefined, limit: number) {
    let q = this.db.selectFrom('memberships').select(['account', 'center', 'at', 'recorded_at'])
    // A row value: both stores walk the (account, at) index from there.
    if (after !== undefined)
      q = q.where((eb) => eb(eb.refTuple('account', 'at'), '>', eb.tuple(after.account, after.at)))
    return (await q.orderBy('account').orderBy('at').limit(limit).execute()).map(toMembership)
  }

  async adultsByAddress(after: string | undefined, bornBy: string, limit: number): Promise<AddressAccounts[]> {
    // On the address's index, from the cursor on; the age is checked on the rows it finds.
    let q = this.db.selectFrom('accounts').selectAll().where('birthdate', '<=', bornBy)
    if (after !== undefined) q = q.where('email_norm', '>', after)
    const page = await q.orderBy('email_norm').limit(limit).execute()
    const last = page.length === limit ? page.at(-1)?.email_norm : undefined
    // A full page may end inside an address's accounts: that address is read again, whole.
    const rows =
      last === undefined
        ? page
        : [
            ...page.filter((r) => r.email_norm !== last),
            ...(await this.db
              .selectFrom('accounts')
              .selectAll()
              .where('email_norm', '=', last)
              .where('birthdate', '<=', bornBy)
              .execute()),
          ]
    const out: AddressAccounts[] = []
    for (const r of rows) {
      const group = out.at(-1)
      if (group?.address === r.email_norm) group.accounts.push(toAccount(r))
      else out.push({ address: r.email_norm, accounts: [toAccount(r)] })
    }
    for (const g of out) g.accounts.sort((a, b) => (a.id < b.id ? -1 : 1))
    return out
  }

  async noticesPage(after: { account: string; deliveredAt: number } | undefined, limit: number) {
    let q = this.db.selectFrom('notices').selectAll()
    if (after !== undefined)
      q = q.where((eb) => eb(eb.refTuple('account', 'delivered_at'), '>', eb.tuple(after.account, after.deliveredAt)))
    return (await q.orderBy('account').orderBy('delivered_at').limit(limit).execute()).map(toNotice)
  }

  async writeFactFiles(dir: string, only: FactFilter): Promise<FactFiles> {
    // Its own read transaction; inside another, SQLite's one connection would wait on itself.
    if (this.inTransaction) throw new Error('writeFactFiles reads in a transaction of its own; call it outside one')
    return this.parts.writeFacts(dir, only)
  }

  async counts(): Promise<TableCounts> {
    const count = async (table: keyof Database) => {
      const r = await this.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow()
      return Number(r.n)
    }
    return {
      accounts: await count('accounts'),
      memberships: await count('memberships'),
      filings: await count('filings'),
      withdrawals: await count('withdrawals'),
      notices: await count('notices'),
      policies: await count('policies'),
    }
  }

  async refreshStatistics(): Promise<void> {
    // SQLite's planner leans little on statistics; `optimize` gathers them where they help.
    if (this.dialect === 'postgres')
      await sql`analyze ${sql.join(STATISTICS_TABLES.map((t) => sql.table(t)))}`.execute(this.db)
    else await sql`pragma optimize`.execute(this.db)
  }

  async refreshGrownStatistics(): Promise<readonly string[]> {
    // A table the planner holds for small (never analyzed, or analyzed when it was) gets whole-table
    // scans for a person's center histories: 117–165 ms each, and growing, while an import of 1M
    // accounts went on (bench/import). SQLite plans such reads on their indexes without statistics.
    if (this.dialect !== 'postgres') return []
    const grown = await sql<{ name: string }>`select relname as name from pg_stat_user_tables
      where schemaname = current_schema() and relname in (${sql.join(STATISTICS_TABLES)})
        and n_mod_since_analyze >= ${GROWN_ROWS} and n_mod_since_analyze > n_live_tup - n_mod_since_analyze`.execute(
      this.db,
    )
    const names = grown.rows.map((r) => r.name).sort()
    if (names.length > 0) await sql`analyze ${sql.join(names.map((t) => sql.table(t)))}`.execute(this.db)
    return names
  }

  async close(): Promise<void> {
    if (this.inTransaction) return
    this.parts.rateLimits?.close()
    await this.parts.figures?.close()
    await this.db.destroy()
  }
}
