/**
 * The one place each kind of fact is written: the fact and its ledger entry, in the caller's
 * transaction, so that both land or neither does. Every path that records a fact — the portal,
 * the API, imports, the outbox worker, the CLI — comes through here; an architecture test keeps
 * the ledger's append in this file alone.
 * @module
 */
import type { Case, CaseStep, MembershipChange, NoticeDelivery, Policy, Withdrawal } from '../domain/index.js'
import { newEntries } from '../ledger/entries.js'
import {
  snapshotVerified,
  caseReceived,
  caseStepped,
  delivered,
  excluded,
  filed,
  type LedgerEvent,
  linked,
  registered,
  sealed,
  withdrawn,
} from '../ledger/events.js'
import type { IdempotentReply, NewMail } from '../store/portal-store.js'
import type { ModelRecord, NewFiling, SnapshotRecord, Store } from '../store/store.js'

/**
 * An import's batch: awaited before anything is appended, also when there is nothing to append,
 * with the number of entries about to be appended. The batch waits there for the batch before it
 * to commit, so that a write already waiting for the ledger (a person's objection) comes first,
 * and writes its journal row there. Its entries are then appended as it commits
 * (`Store.appendLedgerAtCommit`): from the ledger's lock to the commit nothing waits on the
 * import's process.
 */
export type LedgerTurn = (appending: number) => Promise<void>

/**
 * Appends events to the ledger in the caller's transaction; returns the position of the first, or
 * undefined when there were none or, with a turn (an import's batch), when they are appended at
 * the commit. Services record facts through the functions below, never
 * through this alone; the store's contract test uses it to exercise the ledger.
 */
export async function appendToLedger(
  tx: Store,
  events: readonly LedgerEvent[],
  now: number,
  turn?: LedgerTurn,
): Promise<number | undefined> {
  // Made ready before the turn and the lock: while the ledger is held, only the append is left.
  const entries = newEntries(events, now)
  await turn?.(events.length)
  if (events.length === 0) return undefined
  if (!turn) return tx.appendLedger(entries)
  await tx.appendLedgerAtCommit(entries)
  return undefined
}

const filedEvents = (filings: readonly NewFiling[]) => filings.map((f) => filed(f.filing))

/** Objections and consents. An imported filing whose key is on record is the caller's to leave out. */
export async function recordFilings(
  tx: Store,
  filings: readonly NewFiling[],
  now: number,
  turn?: LedgerTurn,
): Promise<void> {
  await tx.insertFilings(filings)
  await appendToLedger(tx, filedEvents(filings), now, turn)
}

/**
 * Objections and consents as people file them (the portal, the API), with their confirmation
 * mails and API replies: all written together, in a transaction of their own unless `store` is
 * a transaction already (`Store.writeFilings`). Their ledger entries are recorded at `now`; the
 * replies are kept from `repliedAt`.
 */
export function commitFilings(
  store: Store,
  filings: readonly NewFiling[],
  carried: { readonly mails: readonly NewMail[]; readonly replies: readonly IdempotentReply[] },
  now: number,
  repliedAt: number,
): Promise<void> {
  return store.writeFilings({ filings, ...carried, repliedAt, entries: newEntries(filedEvents(filings), now) })
}

export async function recordWithdrawal(
  tx: Store,
  withdrawal: Withdrawal,
  type: 'objection' | 'consent',
  now: number,
): Promise<void> {
  await tx.insertWithdrawal(withdrawal)
  await appendToLedger(tx, [withdrawn(withdrawal, type)], now)
}

/** Center changes; one already on record (same account and instant) is left as it is. Returns those written. */
export async function recordCenterChanges(
  tx: Store,
  changes: readonly MembershipChange[],
  now: number,
  turn?: LedgerTurn,
): Promise<MembershipChange[]> {
  const written = await tx.appendMemberships(changes)
  await appendToLedger(tx, written.map(linked), now, turn)
  return written
}

/** Deliveries of a notice; one already on record (same account and instant) is left as it is. Returns those written. */
export async function recordNotices(
  tx: Store,
  notices: readonly NoticeDelivery[],
  now: number,
  turn?: LedgerTurn,
): Promise<NoticeDelivery[]> {
  const written = await tx.appendNotices(notices)
  await appendToLedger(tx, written.map(delivered), now, turn)
  return written
}

/** The first use of a policy version, with the fingerprint of its rules. */
export async function recordPolicy(tx: Store, policy: Policy, fingerprint: string, now: number): Promise<void> {
  await tx.insertPolicy(policy, fingerprint, now)
  await appendToLedger(
    tx,
    [{ type: 'policy.recorded', data: { name: policy.name, version: policy.version, fingerprint } }],
    now,
  )
}

/** A third party's request, with its items. */
export async function recordCase(tx: Store, c: Case): Promise<void> {
  await tx.insertCase(c)
  await appendToLedger(tx, [caseReceived(c)], c.recordedAt)
}

/** An extension or a decision on a case; an acceptance records its exclusions with it. */
export async function recordCaseStep(tx: Store, step: CaseStep): Promise<void> {
  await tx.insertCaseStep(step)
  const exclusions =
    step.kind === 'accepted'
      ? step.items.map((contentId) => ({ contentId, caseId: step.caseId, recordedAt: step.at }))
      : []
  await tx.insertExclusions(exclusions)
  await appendToLedger(
    tx,
    [caseStepped(step), ...(exclusions.length > 0 ? [excluded(step.caseId, step.items, step.at)] : [])],
    step.at,
  )
}

export async function recordSnapshot(tx: Store, record: SnapshotRecord): Promise<void> {
  await tx.insertSnapshot(record)
  await appendToLedger(tx, [sealed(record)], record.sealedAt)
}

export async function recordModel(tx: Store, model: ModelRecord): Promise<void> {
  await tx.insertModel(model)
  await appendToLedger(tx, [registered(model)], model.registeredAt)
}

/** That a reviewer checked a sealed snapshot, and with what outcome: the ledger's entry alone. */
export async function recordVerification(
  tx: Store,
  v: { snapshot: string; at: number; problems: number; reviewer: string },
): Promise<void> {
  await appendToLedger(tx, [snapshotVerified(v.snapshot, v.at, v.problems, v.reviewer)], v.at)
}
