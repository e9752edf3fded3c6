/** Appends events to the ledger inside the caller's transaction, so a fact and its entry land together. */
import type { Store } from '../store/store.js'
import { createEntries, type LedgerEntry } from './entries.js'
import type { LedgerEvent } from './events.js'

export async function appendToLedger(tx: Store, events: readonly LedgerEvent[], now: number): Promise<LedgerEntry[]> {
  if (events.length === 0) return []
  await tx.lockLedger()
  const entries = createEntries(await tx.ledgerSize(), events, now)
  await tx.insertLedgerEntries(entries)
  return entries
}
