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

/**
 * Events made ready for the ledger but for their positions, which only the store knows once it
 * holds the ledger's lock: their payloads and the instant, formatted before the lock is asked for.
 */
export interface NewEntries {
  readonly types: readonly LedgerEventType[]
  readonly payloads: readonly string[]
  readonly recordedAt: number
  /** `recordedAt` as it stands in the leaf text: a JSON string. */
  readonly recordedJson: string
}

export function newEntries(events: readonly LedgerEvent[], recordedAt: number): NewEntries {
  return {
    types: events.map((e) => e.type),
    payloads: events.map((e) => canonicalJson(e.data)),
    recordedAt,
    // One instant for the whole call (an import's batch is thousands of entries): formatted once.
    recordedJson: JSON.stringify(formatInstant(recordedAt)),
  }
}

/** The entries at positions `firstSeq` on, each hashed. */
export function entriesAt(firstSeq: number, n: NewEntries): LedgerEntry[] {
  const leafHashes = hashLeaves(
    n.types.map((type, i) => leafJson(firstSeq + i, type, n.recordedJson, n.payloads[i] as string)),
  )
  return n.types.map((type, i) => ({
    seq: firstSeq + i,
    type,
    recordedAt: n.recordedAt,
    payload: n.payloads[i] as string,
    leafHash: leafHashes[i] as Hash,
  }))
}

/** The entries of `events` at positions `firstSeq` on: what the store holds after an append (tests, benches). */
export function createEntries(firstSeq: number, events: readonly LedgerEvent[], recordedAt: number): LedgerEntry[] {
  return entriesAt(firstSeq, newEntries(events, recordedAt))
}
