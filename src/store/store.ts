/**
 * The storage port: what the services need of a database, nothing more. One SQL
 * implementation (sql-store.ts) serves SQLite and PostgreSQL alike.
 * @module
 */
import type { Figures, FiguresQuery } from './figures.js'
import type {
  Account,
  Case,
  CaseStep,
  Exclusion,
  Facts,
  Filing,
  MembershipChange,
  NoticeDelivery,
  Policy,
  Withdrawal,
} from '../domain/index.js'
import type { KeyScheme } from '../export/item-keys.js'
import type { LedgerEntry, NewEntries } from '../ledger/entries.js'
import type { RegisteredModel, SealedSnapshot } from '../ledger/events.js'
import type { Kysely, KyselyConfig } from 'kysely'
import type { DialectName } from './migrations/0001-initial.js'
import type { Database } from './schema.js'
import type { RateLimitCounts } from './rate-limit-counts.js'
import type { FactFiles, FactFilter } from './fact-files.js'
import type { IdempotentReply, NewMail, PortalStore } from './portal-store.js'

/** Writes the fact files into a folder, from one consistent read (`fact-files.ts`). */
export type FactWriter = (dir: string, only: FactFilter) => Promise<FactFiles>

/** Hears a statement the store ran, with its parameters. */
export type QueryObserver = (sql: string, parameters: readonly unknown[]) => void

/** Kysely's `log` option for an observer, to spread into its config (nothing without one). */
export function queryLog(onQuery: QueryObserver | undefined): Pick<KyselyConfig, 'log'> {
  if (!onQuery) return {}
  return {
    log: (event) => {
      if (event.level === 'query') onQuery(event.query.sql, event.query.parameters)
    },
  }
}

/** One database as an adapter opens it: Kysely for the queries, and its own way to write the fact files. */
export interface StoreDb {
  readonly db: Kysely<Database>
  readonly writeFacts: FactWriter
  /** The bulk-insert path on a transaction's connection (`RowWriter`). */
  readonly rows: (db: Kysely<Database>) => RowWriter
  /** Rate limits counted outside the store's tables (SQLite: `sqlite-rate-limits.ts`). */
  readonly rateLimits?: RateLimitCounts & { close(): void }
  /**
   * The figures computed off the store's own connection (SQLite: in a thread of their own,
   * `sqlite-figures.ts`); undefined: on it.
   */
  readonly figures?: FiguresReader | undefined
}

/** Figures computed apart; `close` stops those still being computed (their promises reject). */
export interface FiguresReader {
  read(q: FiguresQuery): Promise<Figures>
  close(): Promise<void>
}

/** What an adapter gives a `SqlStore` beside its query builder. */
export type StoreParts = Omit<StoreDb, 'db'>

/**
 * Inserts many rows on the connection of the transaction in progress, without a query builder
 * building and parsing a `VALUES` list of every value: SQLite runs one prepared statement per
 * row, PostgreSQL one `COPY` per table for many rows (for a few, or where rows meet `conflict`,
 * one statement over `unnest` of one array per column). Answers, per row, whether it was
 * inserted (false: it met `conflict`, or an earlier row of the same call did).
 */
export interface RowWriter {
  insert(
    table: string,
    columns: readonly string[],
    rows: readonly unknown[][],
    conflict?: readonly string[],
  ): Promise<boolean[]>
}

/** An address (normalized) and its accounts. */
export interface AddressAccounts {
  readonly address: string
  readonly accounts: Account[]
}

export interface FilingRecord extends Filing {
  readonly reason: string | null
  readonly withdrawal: Withdrawal | null
}

/** A filing to insert, with what only the store keeps of it. */
export interface NewFiling {
  readonly filing: Filing
  readonly reason: string | null
  /** An import's key for the filing, so that importing it again changes nothing. */
  readonly dedupeKey: string | null
}

/** Filings as people file them, with what they carry, written together (`Store.writeFilings`). */
export interface FilingBatch {
  readonly filings: readonly NewFiling[]
  /** Their confirmation mails; one of the same kind and ref already queued is kept. */
  readonly mails: readonly NewMail[]
  /** Their API replies under Idempotency-Keys, kept from `repliedAt`. */
  readonly replies: readonly IdempotentReply[]
  readonly repliedAt: number
  /** The filings' ledger entries. */
  readonly entries: NewEntries
}

export interface UpsertResult {
  readonly inserted: number
  readonly updated: number
  readonly unchanged: number
}

export interface TableCounts {
  readonly accounts: number
  readonly memberships: number
  readonly filings: number
  readonly withdrawals: number
  readonly notices: number
  readonly policies: number
}

export interface CheckpointRecord {
  readonly size: number
  readonly root: Buffer
  readonly note: string
  /** Roots of the perfect subtrees the tree is made of, largest first: enough to extend it. */
  readonly frontier: readonly Buffer[]
  readonly recordedAt: number
}

/** A sealed snapshot: what its ledger entry names, and what only the store keeps. */
export interface SnapshotRecord extends SealedSnapshot {
  readonly name: string | null
  /** The secret its item keys are derived from. */
  readonly secret: Buffer
  /** How its item keys derive from the secret (`export/item-keys.ts`). */
  readonly keyScheme: KeyScheme
  readonly sealedAt: number
}

export interface WebhookCursor {
  readonly subscriber: string
  readonly nextSeq: number
  readonly attempts: number
  readonly nextAttemptAt: number
  readonly lastError: string | null
  readonly updatedAt: number
}

/** One process's hold on a webhook cursor: `owner` delivers to its subscriber alone until `until`. */
export interface WebhookLease {
  readonly owner: string
  readonly now: number
  readonly until: number
}

/** An import in the journal: what it reads, how far its writing got. */
export interface ImportRecord {
  readonly id: string
  readonly kind: string
  readonly file: string
  readonly sha256: string
  readonly records: number
  readonly applied: number
  readonly inserted: number
  readonly updated: number
  readonly unchanged: number
  readonly state: 'applying' | 'done'
  readonly startedAt: number
  readonly updatedAt: number
  readonly finishedAt: number | null
  readonly finishedBy: string | null
}

/** A case as stored: the request, the steps taken on it, and what its acceptance excluded. */
export interface CaseRecord {
  readonly case: Case
  readonly steps: readonly CaseStep[]
  readonly exclusions: readonly Exclusion[]
  /** When the requester confirmed the contact address, or null: nothing is mailed to it but the link. */
  readonly contactConfirmedAt: number | null
  /** When its texts were erased (`cases.keep_texts_days` after its decision), or null: they are kept. */
  readonly textsErasedAt: number | null
}

export interface ModelRecord extends RegisteredModel {
  readonly registeredAt: number
}

export interface Store {
  readonly dialect: DialectName
  /** Sign-in links, sessions, API tokens, idempotent replies and the mail outbox. */
  readonly portal: PortalStore
  /** Runs `fn` in one transaction: all of its writes land, or none. */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>
  /**
   * Inside a transaction: runs `fn` so that, when it throws, its writes alone are undone and
   * the transaction goes on (a SQL savepoint). Outside one, the same as `transaction`.
   */
  savepoint<T>(fn: (tx: Store) => Promise<T>): Promise<T>

  getAccounts(ids: readonly string[]): Promise<Map<string, Account>>
  /**
   * The address on record of an account that carries this one (by `normalizeEmail`), or null:
   * the same work and the same answer shape either way.
   */
  emailOnRecord(email: string): Promise<string | null>
  findAccountsByEmail(email: string): Promise<Account[]>
  /**
   * Inserts new accounts, updates changed attributes, leaves equal ones alone. The ids of one call
   * are distinct (an import checks its file for repeats): of two alike, the second is not looked at.
   */
  upsertAccounts(accounts: readonly Account[], now: number): Promise<UpsertResult>

  membershipsOf(accounts: readonly string[]): Promise<MembershipChange[]>
  /**
   * In one statement: the whole histories of these accounts and of every account that was
   * ever in one of their centers, each account's in time order.
   */
  membershipsAround(accounts: readonly string[]): Promise<MembershipChange[]>
  /** Appends changes; one already on record for the same account and instant is skipped. Returns those written. */
  appendMemberships(changes: readonly MembershipChange[]): Promise<MembershipChange[]>

  insertFiling(filing: Filing, reason: string | null, dedupeKey: string | null): Promise<void>
  /** Several at once (an import's batch), as many statements as their size needs. */
  insertFilings(filings: readonly NewFiling[]): Promise<void>
  /**
   * A batch of filings with their mails, replies and ledger entries, all or nothing: in a
   * transaction of its own, or in the caller's when called inside one. PostgreSQL gets it as one
   * statement: no round trip from this process between the ledger's lock and the commit, and one
   * instead of up to seven.
   */
  writeFilings(batch: FilingBatch): Promise<void>
  findFiling(id: string): Promise<FilingRecord | undefined>
  filingsFor(accounts: readonly string[]): Promise<FilingRecord[]>
  /** The filing ids already imported under these keys. */
  findDedupeKeys(keys: readonly string[]): Promise<Map<string, string>>
  insertWithdrawal(withdrawal: Withdrawal): Promise<void>

  /** Appends deliveries; one already on record for the same account and instant is skipped. Returns those written. */
  appendNotices(notices: readonly NoticeDelivery[]): Promise<NoticeDelivery[]>
  noticesTo(accounts: readonly string[]): Promise<NoticeDelivery[]>

  findPolicy(name: string, version: number): Promise<{ fingerprint: string } | undefined>
  insertPolicy(policy: Policy, fingerprint: string, now: number): Promise<void>

  /** Serializes ledger appends across processes until the transaction ends. */
  lockLedger(): Promise<void>
  ledgerSize(): Promise<number>
  /**
   * Appends entries at the ledger's end, holding its lock until the transaction ends, and returns
   * the position of the first. The entries are hashed where their positions are known.
   */
  appendLedger(entries: NewEntries): Promise<number>
  /**
   * Appends entries at the ledger's end as the transaction commits: PostgreSQL appends them in
   * the server, at COMMIT, so the lock is never held waiting on this process (an import's batch);
   * SQLite now. Nothing may append to the ledger, or read its size, after it in the same
   * transaction: that would come before these entries, or not count them.
   */
  appendLedgerAtCommit(entries: NewEntries): Promise<void>
  /** Entries from `fromSeq` on, at most `limit`, in order. */
  readLedger(fromSeq: number, limit: number): Promise<LedgerEntry[]>
  /** Every `snapshot.sealed` entry, in order (few: one a snapshot), read on an index of their own. */
  sealedEntries(): Promise<LedgerEntry[]>
  /** The leaf hashes alone of the entries `readLedger` would give: what a checkpoint reads. */
  readLeafHashes(fromSeq: number, limit: number): Promise<Buffer[]>
  insertCheckpoint(checkpoint: CheckpointRecord): Promise<void>
  listCheckpoints(): Promise<CheckpointRecord[]>

  insertSnapshot(snapshot: SnapshotRecord): Promise<void>
  findSnapshot(id: string): Promise<SnapshotRecord | undefined>
  listSnapshots(): Promise<SnapshotRecord[]>
  insertModel(model: ModelRecord): Promise<void>
  listModels(): Promise<ModelRecord[]>

  /** A third party's request with its items. */
  insertCase(c: Case): Promise<void>
  /** An extension or a decision; a second of the same kind (extension, decision) is refused. */
  insertCaseStep(step: CaseStep): Promise<void>
  insertExclusions(exclusions: readonly Exclusion[]): Promise<void>
  /** Records that the case's contact address is confirmed; false when it was already. */
  confirmCaseContact(caseId: string, at: number): Promise<boolean>
  findCase(id: string): Promise<CaseRecord | undefined>
  /** Every case with its steps, by receipt. */
  listCases(): Promise<CaseRecord[]>
  /**
   * Erases the texts of up to `limit` cases decided at or before `decidedBy` that still hold them:
   * description, evidence and contact address, and the address, subject and body of every mail
   * written to it (one not sent yet is dropped unsent). Marks them erased at `at`; returns how many.
   */
  eraseCaseTexts(decidedBy: number, at: number, limit: number): Promise<number>
  /** Enters an import in the journal, `applying`, nothing applied yet. */
  beginImport(r: ImportRecord): Promise<void>
  /** Adds a committed batch's counts to its import; in the batch's own transaction. */
  advanceImport(
    id: string,
    batch: { applied: number; inserted: number; updated: number; unchanged: number },
    at: number,
  ): Promise<void>
  /**
   * Marks the import done, and with it every earlier one of the same kind and file left `applying`
   * before it began (interrupted, and finished by this one); returns how many of those there were.
   */
  finishImport(id: string, at: number): Promise<number>
  /** The latest imports, newest first. */
  listImports(limit: number): Promise<ImportRecord[]>
  /** The privacy team's figures: counts by day, channel, network, notice reach and outbox state. */
  figures(q: FiguresQuery): Promise<Figures>

  /**
   * Takes a webhook subscriber's cursor for `lease.owner` until `lease.until`, or keeps it: the
   * cursor as stored (for a subscriber never seen, at the ledger's end: it gets the events from
   * now on, not the whole history), or undefined while another owner's lease runs. One
   * statement, so two processes asking at once cannot both get it.
   */
  claimWebhookCursor(subscriber: string, lease: WebhookLease): Promise<WebhookCursor | undefined>
  /** Saves the cursor and renews the lease if `lease.owner` still holds it; false if another took it over. */
  saveWebhookCursor(cursor: WebhookCursor, lease: WebhookLease): Promise<boolean>
  /** Gives up `owner`'s leases, so that another process takes over at once (a process shutting down). */
  releaseWebhookCursors(owner: string): Promise<void>

  /** Every fact a decision may depend on. */
  loadFacts(): Promise<Facts>
  /**
   * Event facts a page at a time, in the order of their key, after the last one of the page
   * before (undefined: from the start): for checks that go through a whole table without holding it.
   */
  filingsPage(after: string | undefined, limit: number): Promise<FilingRecord[]>
  membershipsPage(after: { account: string; at: number } | undefined, limit: number): Promise<MembershipChange[]>
  noticesPage(after: { account: string; deliveredAt: number } | undefined, limit: number): Promise<NoticeDelivery[]>
  /**
   * The accounts born on or before `bornBy` (`YYYY-MM-DD`), by address (normalized), in the
   * addresses' order from after `after`: whole addresses, about `limit` accounts in all (more when
   * one address has more), each address's by id. None: no address is left.
   */
  adultsByAddress(after: string | undefined, bornBy: string, limit: number): Promise<AddressAccounts[]>
  /**
   * What a snapshot needs of the store, as CSV files in `dir` written by the database itself,
   * with the ledger's size, all from one consistent read. It opens its own read transaction:
   * not to be called inside another.
   */
  writeFactFiles(dir: string, only: FactFilter): Promise<FactFiles>
  counts(): Promise<TableCounts>
  /** Brings the query planner's statistics up to date, after a bulk load. */
  refreshStatistics(): Promise<void>
  /**
   * Brings the statistics of the tables a person's reads lean on up to date where more rows were
   * written since the last refresh than they held at it (during a bulk load); returns those tables.
   */
  refreshGrownStatistics(): Promise<readonly string[]>
  close(): Promise<void>
}
