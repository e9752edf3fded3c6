/**
 * Ledger events: dotted names, past tense last. Payloads hold ids, instants and hashes —
 * never an e-mail address, a name or a reason — so the ledger can be published.
 * @module
 */
import { createHash } from 'node:crypto'
import type { Case, CaseStep, Filing, MembershipChange, NoticeDelivery, Withdrawal } from '../domain/index.js'
import { formatInstant } from '../domain/index.js'

export type LedgerEventType =
  | 'objection.filed'
  | 'consent.filed'
  | 'objection.withdrawn'
  | 'consent.withdrawn'
  | 'notice.delivered'
  | 'account.linked'
  | 'policy.recorded'
  | 'snapshot.sealed'
  | 'model.registered'
  | 'case.received'
  | 'case.extended'
  | 'case.decided'
  | 'exclusion.recorded'
  | 'snapshot.verified'

export interface LedgerEvent {
  readonly type: LedgerEventType
  readonly data: Readonly<Record<string, unknown>>
}

export const filed = (f: Filing): LedgerEvent => ({
  type: f.type === 'objection' ? 'objection.filed' : 'consent.filed',
  data: { id: f.id, accounts: [...f.accounts], received_at: formatInstant(f.receivedAt), channel: f.channel },
})

export const withdrawn = (w: Withdrawal, type: Filing['type']): LedgerEvent => ({
  type: type === 'objection' ? 'objection.withdrawn' : 'consent.withdrawn',
  data: { id: w.filingId, at: formatInstant(w.at) },
})

export const delivered = (n: NoticeDelivery): LedgerEvent => ({
  type: 'notice.delivered',
  // A versioned notice names its policy and language; an unversioned one stays as it was recorded.
  data:
    n.policy == null
      ? { account: n.account, delivered_at: formatInstant(n.deliveredAt) }
      : {
          account: n.account,
          delivered_at: formatInstant(n.deliveredAt),
          policy: `${n.policy.name}@${n.policy.version}`,
          lang: n.lang ?? null,
        },
})

export const linked = (m: MembershipChange): LedgerEvent => ({
  type: 'account.linked',
  data: { account: m.account, center: m.center, at: formatInstant(m.at) },
})

/** What a seal's entry names of a snapshot (the store's record has more: its secret, its name). */
export interface SealedSnapshot {
  readonly id: string
  readonly policyName: string
  readonly policyVersion: number
  readonly at: number
  readonly built: number
  readonly ledgerSize: number
  readonly root: Buffer
  readonly items: number
  readonly considered: number
  readonly manifestSha256: string
}

/** What a model's entry names. */
export interface RegisteredModel {
  readonly id: string
  readonly name: string
  readonly snapshots: readonly string[]
}

export const sealed = (r: SealedSnapshot): LedgerEvent => ({
  type: 'snapshot.sealed',
  data: {
    id: r.id,
    policy: r.policyName,
    version: r.policyVersion,
    at: formatInstant(r.at),
    built: formatInstant(r.built),
    ledger_position: r.ledgerSize,
    root: r.root.toString('hex'),
    items: r.items,
    considered: r.considered,
    manifest_sha256: r.manifestSha256,
  },
})

export const registered = (m: RegisteredModel): LedgerEvent => ({
  type: 'model.registered',
  data: { id: m.id, name: m.name, snapshots: [...m.snapshots] },
})

/**
 * The SHA-256 of a list of content ids, sorted, one per line: what the ledger holds of the items
 * of a request. A requester types them, so they may hold anything (an address, a name); the store
 * keeps them, and anyone holding them recomputes the digest.
 */
export function itemsDigest(items: readonly string[]): string {
  return createHash('sha256')
    .update([...items].sort().join('\n'))
    .digest('hex')
}

/** A third party's request: its id, the digest and count of its items, channel and due date — none of its texts. */
export const caseReceived = (c: Case): LedgerEvent => ({
  type: 'case.received',
  data: {
    id: c.id,
    items_sha256: itemsDigest(c.items),
    item_count: c.items.length,
    channel: c.channel,
    received_at: formatInstant(c.receivedAt),
    due_at: formatInstant(c.dueAt),
  },
})

/** An extension or a decision, naming the reviewer; its reason stays in the store. */
export const caseStepped = (s: CaseStep): LedgerEvent =>
  s.kind === 'extended'
    ? {
        type: 'case.extended',
        data: { id: s.caseId, at: formatInstant(s.at), due_at: formatInstant(s.dueAt ?? s.at), reviewer: s.reviewer },
      }
    : { type: 'case.decided', data: { id: s.caseId, at: formatInstant(s.at), outcome: s.kind, reviewer: s.reviewer } }

/** The items an accepted case keeps out of every snapshot built from `at` on, by their digest. */
export const excluded = (caseId: string, items: readonly string[], at: number): LedgerEvent => ({
  type: 'exclusion.recorded',
  data: { case: caseId, items_sha256: itemsDigest(items), item_count: items.length, at: formatInstant(at) },
})

/**
 * A check of a sealed snapshot against its seal, asked for in the console: who asked, when, and
 * how many problems it found. An audit entry: no fact in the store stands behind it.
 */
export const snapshotVerified = (id: string, at: number, problems: number, reviewer: string): LedgerEvent => ({
  type: 'snapshot.verified',
  data: { id, at: formatInstant(at), problems, reviewer },
})
