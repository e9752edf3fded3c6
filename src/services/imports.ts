/**
 * Strict imports in two passes. The check reads the whole file first and names every problem
 * (the first 20 by file, line and field, and how many in all) without writing anything: a bad
 * file writes nothing. The apply pass then writes the file in committed batches, each one short
 * transaction, so the store's write lock is free between them and the portal and the API go on
 * serving during a large import. The import journal (`veto import status`) says how far an
 * import got; one interrupted while applying is finished by running it again, since importing
 * what is on record changes nothing.
 *
 * The file is read and each record checked against its row shape in a worker thread
 * (`input/parsed-batches.ts`), while this one checks the batches before against the file so far
 * and the store. Memory does not grow with the file: a few batches at a time, and what the check
 * must remember across the file (each id seen, and on which line) goes to a scratch file on disk
 * (`store/scratch.ts`). So do the rows the check passed: the apply pass writes those, and does
 * not parse the file again. What is written is what was checked; the digest the journal keeps is
 * read after the check, and the file's size, time and inode must be unchanged by then.
 * @module
 */
import type { z } from 'zod'
import { createHash } from 'node:crypto'
import { statSync } from 'node:fs'
import type { Account, FilingType, MembershipChange } from '../domain/index.js'
import { AppError } from '../domain/app-error.js'
import { normalizeEmail } from '../domain/email.js'
import { sha256File } from '../export/files.js'
import { InputError, type InputProblem, MAX_LISTED_PROBLEMS } from '../input/input-error.js'
import { parsedBatches } from '../input/parsed-batches.js'
import { recordFormatOf } from '../input/records.js'
import {
  type accountRow,
  type filingRow,
  IMPORT_KINDS,
  type ImportKind,
  type linkRow,
  type noticeRow,
  policyRefOf,
} from '../input/rows.js'
import { openCheckedRows, openSeenSet, removeStaleScratch, type SeenSet } from '../store/scratch.js'
import { leaveLockFree } from '../store/sqlite.js'
import type { ImportRecord, NewFiling, Store, UpsertResult } from '../store/store.js'
import { recordCenterChanges, recordFilings, recordNotices } from './facts.js'
import type { ServiceDeps } from './deps.js'
import { FIRST_RECORDS, LOCK_BUDGET_MS, nextBatchSize } from './lock-budget.js'
import { FILING_PREFIX } from './ids.js'

export { IMPORT_KINDS, type ImportKind, type ImportRecord }

export interface ImportResult {
  readonly kind: ImportKind
  readonly file: string
  /** The journal's id of this import. */
  readonly id: string
  readonly records: number
  readonly inserted: number
  readonly updated: number
  readonly unchanged: number
  /** Earlier runs of the same file, interrupted while writing, that this one finished. */
  readonly resumed: number
}

export interface ImportSettings {
  /** Where the check keeps what it must remember across a file: the data folder's `tmp`. */
  readonly scratchDir: string
  /** Records a committed batch holds at most (2048 unless set); on SQLite one may go in several (`lockBudgetMs`). */
  readonly batchRecords?: number
  /** On SQLite, about how long one transaction may hold the write lock (`LOCK_BUDGET_MS` unless set). */
  readonly lockBudgetMs?: number
}

interface Parsed<T> {
  readonly line: number
  readonly row: T
}

/** A file's problems: those of the lowest lines (MAX_LISTED_PROBLEMS), in whatever order found, and how many in all. */
class Problems {
  readonly list: InputProblem[] = []
  total = 0
  add(line: number, field: string, message: string) {
    this.total++
    if (this.list.length < MAX_LISTED_PROBLEMS) {
      this.list.push({ line, field, message })
      return
    }
    // A batch's rows are checked against the schema first, then against the store: line order is not finding order.
    let last = 0
    for (let i = 1; i < this.list.length; i++) if ((this.list[i]?.line ?? 0) > (this.list[last]?.line ?? 0)) last = i
    if (line < (this.list[last]?.line ?? 0)) this.list[last] = { line, field, message }
  }
  throwIfAny(file: string) {
    const sorted = [...this.list].sort((a, b) => a.line - b.line)
    if (this.total > 0) throw new InputError('IMPORT_INVALID', file, sorted, this.total)
  }
}

/** How one kind of file is checked against itself and the store, and written. */
interface Plan<T> {
  /** Reads only: adds the problems of these rows, against the file so far (`seen`) and the store. */
  check(rows: readonly Parsed<T>[], problems: Problems, seen: SeenSet): Promise<void>
  /**
   * Writes the rows in the batch's transaction, as far as they are not on record yet, and says
   * what it wrote. `atLedger` is the batch's ledger turn, passed on to the fact's writer with the
   * batch's counts: it is awaited once, after the facts and before their ledger entries, even
   * when there are none; the import waits there for the batch before it and writes its journal.
   */
  apply(tx: Store, rows: readonly Parsed<T>[], atLedger: (counts: UpsertResult) => Promise<void>): Promise<UpsertResult>
  /**
   * Whether batches are written in transactions at once, on PostgreSQL (see `overlapped`):
   * - `disjoint`: no two batches write the same row (the check refuses a key twice in a file),
   *   so a batch writes its rows while the ones before it still write theirs;
   * - `after-rows`: a row both write (the same key twice in the file) is kept once by the
   *   insert's conflict target, the later transaction waiting for the earlier one's commit, so a
   *   batch writes its rows once the one before has written its own, while that one appends to
   *   the ledger and commits;
   * - `none`: a batch reads what is on record to decide what to write (filings' dedupe keys), so
   *   it starts once the one before has committed.
   */
  readonly overlap: Overlap
}

type Overlap = 'disjoint' | 'after-rows' | 'none'

/**
 * A promise awaited later, after other awaits: its failure is that await's to throw, not an
 * unhandled rejection (which ends the process) in the meantime.
 */
function handled<T>(p: Promise<T>): Promise<T> {
  p.catch(() => {})
  return p
}

const key = (account: string, at: number) => `${account}\u0000${at}`

/** A batch of `records` of which `written` went in and the rest were on record. */
const countsOf = (written: number, records: number): UpsertResult => ({
  inserted: written,
  updated: 0,
  unchanged: records - written,
})

/** The accounts the rows name that are not on record, as problems on their lines. */
async function requireAccounts(store: Store, rows: readonly Parsed<{ account: string | null }>[], problems: Problems) {
  const known = await store.getAccounts(rows.map((r) => r.row.account).filter((a): a is string => a !== null))
  for (const { line, row } of rows)
    if (row.account !== null && !known.has(row.account)) problems.add(line, 'account', 'names no known account')
}

/**
 * Batches written several at a time, on PostgreSQL, where a batch's transaction mostly waits for
 * the server: while one batch appends to the ledger and commits, the next ones write their rows,
 * so this process builds rows while the server writes others, on as many cores as it has.
 *
 * Where two batches may write the same row (`after-rows`), two are under way at most, and a
 * batch starts once the one before has written its rows (reached its ledger turn, or ended): the
 * earlier one never waits for a later one's rows, so a row both write cannot lock them against
 * each other. Where no row is written by two (`disjoint`), nothing can lock them against each
 * other, and `DISJOINT_BATCHES` write their rows at once: bench/import at 1M accounts, the write
 * pass took 20.8 s with the rows written one batch after the other, 16.8 s with two batches at
 * once, 14.8 s with three and the same with four (two cores).
 *
 * A batch's ledger turn comes once the one before has committed, not earlier: the ledger is
 * appended to in the file's order, and a person's objection already waiting for the ledger's
 * lock comes before the next batch, waiting for one batch's ledger entries at most (p99 103 ms
 * when the next batch queued for the lock at once).
 */
const DISJOINT_BATCHES = 3

async function overlapped<T>(
  batches: AsyncIterable<T>,
  overlap: Exclude<Overlap, 'none'>,
  write: (rows: T, turn: () => Promise<void>) => Promise<UpsertResult>,
  add: (c: UpsertResult) => void,
): Promise<void> {
  const most = overlap === 'disjoint' ? DISJOINT_BATCHES : 2
  const writing: Promise<UpsertResult>[] = []
  let committed: Promise<void> = Promise.resolve()
  let rowsWritten: Promise<unknown> = Promise.resolve()
  try {
    for await (const rows of batches) {
      // Taken off the list once settled: a failure leaves the others there for `finally` to wait for.
      if (writing.length === most) {
        add(await (writing[0] as Promise<UpsertResult>))
        writing.splice(0, 1)
      }
      if (overlap === 'after-rows') await rowsWritten
      const before = committed
      let reached = () => {}
      const atTurn = new Promise<void>((r) => {
        reached = r
      })
      // Taken once, whether by the ledger's append or, for a batch that appends nothing, before it
      // commits: so every batch commits after the ones before it, and the ledger and the journal
      // take them in the file's order.
      let turn: Promise<void> | undefined
      const batch = handled(
        write(rows, () => {
          reached()
          turn ??= before
          return turn
        }),
      )
      rowsWritten = Promise.race([atTurn, batch.catch(() => {})])
      // Ended, committed or failed, with every batch before it: a batch that failed early (its
      // error is told by the loop) does not let the next one past the one before it.
      committed = Promise.allSettled([before, batch]).then(() => {})
      writing.push(batch)
    }
    while (writing.length > 0) {
      add(await (writing[0] as Promise<UpsertResult>))
      writing.splice(0, 1)
    }
  } finally {
    // A batch that failed: the others under way end (commit or not) before this one's error is told.
    await Promise.allSettled(writing)
  }
}

export function createImportService({ store, clock, newId }: ServiceDeps, settings: ImportSettings) {
  const batchRecords = settings.batchRecords ?? 2048

  function accountsPlan(now: number): Plan<z.output<ReturnType<typeof accountRow>>> {
    return {
      async check(rows, problems, seen) {
        // A repeated id is reported and goes no further.
        const first = seen.see(rows.map(({ line, row }) => ({ key: row.id, line, value: '' })))
        const fresh = rows.filter(({ line }, i) => {
          const earlier = first[i]
          if (earlier) problems.add(line, 'id', `repeats the account of line ${earlier.line}`)
          return !earlier
        })
        const ids = fresh.map((r) => r.row.id)
        const existing = await store.getAccounts(ids)
        // Only an account on record has memberships on record: a new platform's file asks for none.
        const centerOnRecord = new Map(
          (await store.membershipsOf(ids.filter((id) => existing.has(id)))).map((m) => [
            key(m.account, m.at),
            m.center,
          ]),
        )
        for (const { line, row } of fresh) {
          const old = existing.get(row.id)
          if (old && old.createdAt !== row.created_at)
            problems.add(line, 'created_at', 'differs from the account on record')
          if (old && old.network !== row.network) problems.add(line, 'network', 'differs from the account on record')
          const recorded = centerOnRecord.get(key(row.id, row.created_at))
          if (recorded !== undefined && recorded !== row.center)
            problems.add(line, 'center', 'differs from the center on record; change centers with a links import')
        }
      },
      async apply(tx, rows, atLedger) {
        const accounts: Account[] = rows.map(({ row }) => ({
          id: row.id,
          network: row.network,
          email: row.email,
          birthdate: row.birthdate,
          country: row.country,
          createdAt: row.created_at,
        }))
        // A membership on record (the same account and instant) is left as it is by recordCenterChanges.
        const memberships: MembershipChange[] = rows
          .filter(({ row }) => row.center !== null)
          .map(({ row }) => ({ account: row.id, center: row.center, at: row.created_at, recordedAt: now }))
        const upserted = await tx.upsertAccounts(accounts, now)
        await recordCenterChanges(tx, memberships, now, () => atLedger(upserted))
        return upserted
      },
      // The check refuses an id twice in one file: two batches never write the same account or membership.
      overlap: 'disjoint',
    }
  }

  function linksPlan(now: number): Plan<z.output<ReturnType<typeof linkRow>>> {
    return {
      async check(rows, problems, seen) {
        await requireAccounts(store, rows, problems)
        const first = seen.see(
          rows.map(({ line, row }) => ({ key: key(row.account, row.at), line, value: row.center ?? '' })),
        )
        const onRecord = new Map(
          (await store.membershipsOf(rows.map((r) => r.row.account))).map((m) => [key(m.account, m.at), m.center]),
        )
        rows.forEach(({ line, row }, i) => {
          const before = first[i]
          const recorded = onRecord.get(key(row.account, row.at))
          if (before && before.value !== (row.center ?? ''))
            problems.add(line, 'center', `contradicts line ${before.line}: one account, one center at one instant`)
          else if (recorded !== undefined && recorded !== row.center)
            problems.add(line, 'center', 'contradicts the center on record for this account at this instant')
        })
      },
      async apply(tx, rows, atLedger) {
        const onRecord = new Set(
          (await tx.membershipsOf(rows.map((r) => r.row.account))).map((m) => key(m.account, m.at)),
        )
        const fresh: MembershipChange[] = []
        for (const { row } of rows) {
          const k = key(row.account, row.at)
          if (onRecord.has(k)) continue
          onRecord.add(k)
          fresh.push({ account: row.account, center: row.center, at: row.at, recordedAt: now })
        }
        const written = await recordCenterChanges(tx, fresh, now, (n) => atLedger(countsOf(n, rows.length)))
        return countsOf(written.length, rows.length)
      },
      // The same change twice in the file, in two batches: the later insert waits and skips it.
      overlap: 'after-rows',
    }
  }

  function filingsPlan(type: FilingType, now: number): Plan<z.output<ReturnType<typeof filingRow>>> {
    /** The accounts each address of the rows is on, read once per batch. */
    const accountsByEmail = async (s: Store, rows: readonly Parsed<{ email: string | null }>[]) => {
      const byEmail = new Map<string, string[]>()
      for (const { row } of rows) {
        if (row.email === null || byEmail.has(normalizeEmail(row.email))) continue
        byEmail.set(
          normalizeEmail(row.email),
          (await s.findAccountsByEmail(row.email)).map((a) => a.id),
        )
      }
      return byEmail
    }
    return {
      async check(rows, problems) {
        await requireAccounts(store, rows, problems)
        const byEmail = await accountsByEmail(store, rows)
        for (const { line, row } of rows)
          if (row.email !== null && row.account === null && !byEmail.get(normalizeEmail(row.email))?.length)
            problems.add(line, 'email', 'no account carries this address')
      },
      async apply(tx, rows, atLedger) {
        const byEmail = await accountsByEmail(tx, rows)
        const keyed = rows.map(({ row }) => {
          const target = row.account ?? `email:${normalizeEmail(row.email ?? '')}`
          const dedupeKey = createHash('sha256')
            .update(JSON.stringify([type, target, row.received_at, row.channel ?? 'import', row.reason]))
            .digest('hex')
          return { row, dedupeKey }
        })
        // On record: from an earlier import, an earlier batch of this one, or earlier in this batch.
        const known = await tx.findDedupeKeys(keyed.map((k) => k.dedupeKey))
        const fresh: NewFiling[] = []
        for (const { row, dedupeKey } of keyed) {
          if (known.has(dedupeKey)) continue
          known.set(dedupeKey, '')
          const accounts = row.account !== null ? [row.account] : (byEmail.get(normalizeEmail(row.email ?? '')) ?? [])
          // The check found accounts for the address; none now means they changed since.
          if (accounts.length === 0)
            throw new AppError('IMPORT_FILE_CHANGED', 'the accounts of an address changed while it was imported', {})
          fresh.push({
            filing: {
              id: newId(FILING_PREFIX[type], now),
              type,
              accounts,
              receivedAt: row.received_at,
              recordedAt: now,
              channel: row.channel ?? 'import',
            },
            reason: row.reason,
            dedupeKey,
          })
        }
        const counts = countsOf(fresh.length, rows.length)
        await recordFilings(tx, fresh, now, () => atLedger(counts))
        return counts
      },
      // A filing twice in the file is left out by reading its key: the earlier batch must have committed.
      overlap: 'none',
    }
  }

  function noticesPlan(now: number): Plan<z.output<ReturnType<typeof noticeRow>>> {
    return {
      check: (rows, problems) => requireAccounts(store, rows, problems),
      async apply(tx, rows, atLedger) {
        const notices = rows.map(({ row }) => ({
          account: row.account,
          deliveredAt: row.delivered_at,
          recordedAt: now,
          policy: policyRefOf(row.policy),
          lang: row.lang ?? null,
        }))
        const written = await recordNotices(tx, notices, now, (n) => atLedger(countsOf(n, rows.length)))
        return countsOf(written.length, rows.length)
      },
      // A notice twice in the file, in two batches: the later insert waits and skips it.
      overlap: 'after-rows',
    }
  }

  async function run<T>(kind: ImportKind, file: string, now: number, plan: Plan<T>): Promise<ImportResult> {
    const changed = (what = 'the file changed') => {
      throw new AppError('IMPORT_FILE_CHANGED', `${file}: ${what} while it was imported; import it again`, { file })
    }
    // The file as checked: a different size, time or inode later means other bytes than those checked.
    const stamp = () => {
      const s = statSync(file)
      return `${s.size}:${s.mtimeMs}:${s.ino}`
    }
    // A file that is not there, or not of a format read here, is named as such before anything.
    recordFormatOf(file)
    const checked = stamp()
    removeStaleScratch(settings.scratchDir)
    const passed = openCheckedRows<Parsed<T>>(settings.scratchDir)
    try {
      // Pass 1: the whole file is checked before anything is written.
      const problems = new Problems()
      const seen = openSeenSet(settings.scratchDir)
      try {
        // One batch is checked at a time, in file order (what `seen` says is first must be), while
        // the next is read and parsed: on PostgreSQL a check waits for its reads of the store.
        let checking: Promise<void> | undefined
        try {
          for await (const { rows, text, invalid } of parsedBatches<Parsed<T>>({ file, kind, now, batchRecords })) {
            for (const p of invalid) problems.add(p.line, p.field, p.message)
            passed.addLines(text, rows.length)
            await checking
            checking = handled(plan.check(rows, problems, seen))
          }
          await checking
        } finally {
          // A file that turns out malformed while a check is out: that check ends before the scratch closes.
          await checking?.catch(() => {})
        }
      } finally {
        seen.close()
      }
      problems.throwIfAny(file)
      const sha256 = await sha256File(file)
      if (stamp() !== checked) changed()
      return await apply(kind, file, plan, { sha256, records: passed.count, rows: passed.groups(batchRecords) })
    } finally {
      passed.close()
    }
  }

  /** Pass 2: the checked rows in committed batches, each with its progress in the journal. */
  async function apply<T>(
    kind: ImportKind,
    file: string,
    plan: Plan<T>,
    checked: { sha256: string; records: number; rows: AsyncGenerator<Parsed<T>[]> },
  ): Promise<ImportResult> {
    const { sha256, records } = checked
    const id = newId('imp')
    const started = clock()
    await store.beginImport({
      id,
      kind,
      file,
      sha256,
      records,
      applied: 0,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      state: 'applying',
      startedAt: started,
      updatedAt: started,
      finishedAt: null,
      finishedBy: null,
    })
    const total = { inserted: 0, updated: 0, unchanged: 0 }
    // The planner's statistics, brought up to date as the tables grow, not only at the end: while
    // a table is held for small, PostgreSQL reads a person's center histories by whole-table scans,
    // and the portal serves all along. One refresh at a time, beside the batches, never in their
    // way; one that fails costs only its help: the refresh at the end says what went wrong.
    let refreshing: Promise<void> | undefined
    const refreshGrown = () => {
      refreshing ??= store
        .refreshGrownStatistics()
        .then(
          () => {},
          () => {},
        )
        .finally(() => {
          refreshing = undefined
        })
    }
    // `locked` hears when the transaction has its write lock: on SQLite, BEGIN IMMEDIATE has gone through.
    const write = async (rows: readonly Parsed<T>[], turn?: () => Promise<void>, locked?: () => void) => {
      const counts = await store.transaction(async (tx) => {
        locked?.()
        let journalled = false
        const counts = await plan.apply(tx, rows, async (c) => {
          await turn?.()
          // Before the batch's entries, which the ledger takes as the batch commits (`appendToLedger`).
          await tx.advanceImport(id, { applied: rows.length, ...c }, clock())
          journalled = true
        })
        if (!journalled) throw new Error(`the ${kind} import wrote a batch without taking its ledger turn`)
        return counts
      })
      refreshGrown()
      return counts
    }
    const add = (c: UpsertResult) => {
      total.inserted += c.inserted
      total.updated += c.updated
      total.unchanged += c.unchanged
    }
    if (store.dialect === 'postgres' && plan.overlap !== 'none')
      await overlapped(checked.rows, plan.overlap, write, add)
    else {
      // On SQLite one process writes at a time: the lock is left free for a moment between
      // batches, long enough for a write that waits for it (the portal's) to get in at its next
      // try. Without it, a waiting objection met a gap of a millisecond or two and missed it batch
      // after batch (bench/import, p99 97–101 ms against 53–67 ms). The next batch is read back
      // from the scratch file meanwhile.
      const gap = () => (store.dialect === 'sqlite' ? leaveLockFree() : undefined)
      // On SQLite a batch that would hold the write lock long is written as several transactions,
      // each sized from the one before to hold it about LOCK_BUDGET_MS (`lock-budget.ts`).
      const budget = store.dialect === 'sqlite' ? (settings.lockBudgetMs ?? LOCK_BUDGET_MS) : Number.POSITIVE_INFINITY
      let size = budget === Number.POSITIVE_INFINITY ? batchRecords : Math.min(batchRecords, FIRST_RECORDS)
      const batches = checked.rows
      try {
        for (let next = await batches.next(); !next.done; ) {
          const rows = next.value
          for (let from = 0; from < rows.length; ) {
            const part = rows.slice(from, from + size)
            // Timed from the lock taken, not from asking for it: a wait for another process's write
            // says nothing of how long this one holds the lock.
            let held = performance.now()
            add(
              await write(part, undefined, () => {
                held = performance.now()
              }),
            )
            size = nextBatchSize(part.length, performance.now() - held, batchRecords, budget)
            from += part.length
            if (from < rows.length) await gap()
          }
          ;[next] = await Promise.all([batches.next(), gap()])
        }
      } finally {
        await batches.return(undefined)
      }
    }
    await refreshing
    const resumed = await store.finishImport(id, clock())
    // A bulk load leaves the planner's statistics behind: unrefreshed, PostgreSQL reads a
    // person's center histories by whole-table scans (180 ms instead of 0.3 ms at 1M accounts).
    // A run that finished an interrupted one refreshes them too: that one never got to.
    if (total.inserted + total.updated > 0 || resumed > 0) await store.refreshStatistics()
    return { kind, file, id, records, ...total, resumed }
  }

  return {
    /** Imports one file of one kind, or throws an `InputError` and writes nothing. */
    importFile(kind: ImportKind, file: string): Promise<ImportResult> {
      const now = clock()
      switch (kind) {
        case 'accounts':
          return run(kind, file, now, accountsPlan(now))
        case 'links':
          return run(kind, file, now, linksPlan(now))
        case 'objections':
          return run(kind, file, now, filingsPlan('objection', now))
        case 'consents':
          return run(kind, file, now, filingsPlan('consent', now))
        case 'notices':
          return run(kind, file, now, noticesPlan(now))
      }
    },

    /** The latest imports in the journal, newest first: done, or still (or no longer) applying. */
    status: (limit = 20): Promise<ImportRecord[]> => store.listImports(limit),
  }
}
