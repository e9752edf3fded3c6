/**
 * Ledger entries: an event at a position, hashed as an RFC 9162 leaf. The leaf is the
 * canonical JSON of `{data, recorded_at, seq, type}`, so anyone holding the entries can
 * recompute every hash and root without Veto.
 * @module
 */
import { formatInstant } from '../domain/index.js'
import { canonicalJson } from './canonical-json.js'
import type { LedgerEvent, LedgerEventType } from './events.js'
import { hashLeaves } from './batch-hashes.js'
import { type Hash, hashLeaf } from './merkle.js'

export interface LedgerEntry {
  readonly seq: number
  readonly type: LedgerEventType
  readonly recordedAt: number
  /** Canonical JSON of the event's data. */
  readonly payload: string
  readonly leafHash: Hash
}

export function leafBytes(seq: number, type: string, recordedAt: number, payload: string): Buffer {
  return Buffer.from(leafText({ seq, type, recordedAt, payload }))
}

function leafJson(seq: number, type: string, recordedJson: string, payload: string): string {
  return `{"data":${payload},"recorded_at":${recordedJson},"seq":${seq},"type":${JSON.stringify(type)}}`
}

/** The text an entry's leaf hash is taken over (as UTF-8). */
export function leafText(e: { seq: number; type: string; recordedAt: number; payload: string }): string {
  return leafJson(e.seq, e.type, JSON.stringify(formatInstant(e.recordedAt)), e.payload)
}

/** The leaf hash an entry's content gives: what it was recorded with, unless the entry was changed since. */
export function leafOf(e: Pick<LedgerEntry, 'seq' | 'type' | 'recordedAt' | 'payload'>): Hash {
  return hashLeaf(leafBytes(e.seq, e.type, e.recordedAt, e.payload))
}

export function createEntries(firstSeq: number, events: readonly LedgerEvent[], recordedAt: number): LedgerEntry[] {
  // One instant for the whole call (an import's batch is thousands of entries): formatted once.
  const recorded = JSON.stringify(formatInstant(recordedAt))
  const payloads = events.map((e) => canonicalJson(e.data))
  const leafHashes = hashLeaves(events.map((e, i) => leafJson(firstSeq + i, e.type, recorded, payloads[i] as string)))
  return events.map((e, i) => ({
    seq: firstSeq + i,
    type: e.type,
    recordedAt,
    payload: payloads[i] as string,
    leafHash: leafHashes[i] as Hash,
  }))
}
