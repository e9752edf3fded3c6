/**
 * The one schema of both databases, as Kysely sees it. Instants are integers:
 * milliseconds since the Unix epoch (BIGINT on PostgreSQL).
 * @module
 */
import type { Generated } from 'kysely'

export interface AccountsTable {
  id: string
  network: string
  email: string
  /** Lower-cased address, for look-ups by e-mail. */
  email_norm: string
  /** YYYY-MM-DD or null. */
  birthdate: string | null
  country: string | null
  created_at: number
  recorded_at: number
  updated_at: number
}

/** Append-only. */
export interface MembershipsTable {
  seq: Generated<number>
  account: string
  center: string | null
  at: number
  recorded_at: number
}

/** Objections and consents. Append-only. */
export interface FilingsTable {
  id: string
  type: 'objection' | 'consent'
  received_at: number
  recorded_at: number
  channel: string
  reason: string | null
  /** Set by imports: the same line imported twice finds its first filing. */
  dedupe_key: string | null
}

/** The accounts a filing was filed for. Append-only. */
export interface FilingAccountsTable {
  filing_id: string
  account: string
}

/** At most one per filing. Append-only. */
export interface WithdrawalsTable {
  filing_id: string
  at: number
  recorded_at: number
}

/** Proof of notice delivery. Append-only. */
export interface NoticesTable {
  account: string
  delivered_at: number
  recorded_at: number
  /** The policy whose notice it was, and the language of its text; null on rows from before versioning. */
  policy_name: string | null
  policy_version: number | null
  lang: string | null
}

/** Every policy version ever used; a version is never redefined. */
export interface PoliciesTable {
  name: string
  version: number
  fingerprint: string
  definition: string
  recorded_at: number
}

/** The append-only log of facts (RFC 9162 leaves). */
export interface LedgerTable {
  seq: number
  type: string
  recorded_at: number
  payload: string
  /** Hex. */
  leaf_hash: string
}

export interface CheckpointsTable {
  size: number
  /** Hex. */
  root: string
  /** The C2SP signed note. */
  note: string
  /** JSON list of hex roots of the perfect subtrees that make up the tree, largest first. */
  frontier: string
  recorded_at: number
}

export interface SnapshotsTable {
  id: string
  name: string | null
  policy_name: string
  policy_version: number
  at: number
  built: number
  ledger_size: number
  /** Hex Merkle root over the included items' keys. */
  root: string
  items: number
  considered: number
  manifest_sha256: string
  /** Hex HMAC key of the item keys: never published, it keeps proofs from revealing others' items. */
  secret: string
  /** How item keys derive from the secret (`export/item-keys.ts`): 1 by content id alone, 2 per account. */
  key_scheme: Generated<number>
  sealed_at: number
}

export interface ModelsTable {
  id: string
  name: string
  registered_at: number
}

export interface ModelSnapshotsTable {
  model_id: string
  snapshot_id: string
}

export interface CasesTable {
  id: string
  description: string
  contact: string | null
  evidence: string | null
  lang: string | null
  zone: string | null
  channel: string
  received_at: number
  due_at: number
  recorded_at: number
  /** When its texts were erased (migration 0018), or null. */
  texts_erased_at: number | null
}

export interface CaseItemsTable {
  case_id: string
  content_id: string
  /** The item's place in the request, which keeps the requester's order. */
  position: number
}

export interface CaseStepsTable {
  case_id: string
  /** 'extension' or 'decision': at most one of each per case. */
  step: string
  /** 'extended', 'accepted' or 'rejected'. */
  kind: string
  at: number
  reviewer: string
  reason: string | null
  due_at: number | null
  recorded_at: number
}

export interface CaseContactsTable {
  case_id: string
  confirmed_at: number
}

export interface ExclusionsTable {
  case_id: string
  content_id: string
  recorded_at: number
}

export interface WebhookCursorsTable {
  subscriber: string
  /** The first ledger position not yet delivered (or skipped as not subscribed). */
  next_seq: number
  attempts: number
  next_attempt_at: number
  last_error: string | null
  updated_at: number
  /** The process delivering to the subscriber (`0012-webhook-leases`), and until when. */
  lease_owner: string | null
  lease_until: Generated<number>
}

export interface ImportsTable {
  id: string
  kind: string
  file: string
  sha256: string
  records: number
  /** Records written so far, in committed batches. */
  applied: number
  inserted: number
  updated: number
  unchanged: number
  /** `applying` until the last batch commits, then `done`. */
  state: string
  started_at: number
  updated_at: number
  finished_at: number | null
  /** For an import left `applying` and finished by running it again: the import that did. */
  finished_by: string | null
}

/**
 * PostgreSQL counts here. SQLite counts in a file of its own (`sqlite-rate-limits.ts`) and leaves
 * this table as it was: a process of an earlier version, still serving during an upgrade, counts on.
 */
export interface RateLimitsTable {
  key: string
  period: number
  hits: number
}

export interface Database {
  accounts: AccountsTable
  memberships: MembershipsTable
  filings: FilingsTable
  filing_accounts: FilingAccountsTable
  withdrawals: WithdrawalsTable
  notices: NoticesTable
  policies: PoliciesTable
  ledger: LedgerTable
  checkpoints: CheckpointsTable
  snapshots: SnapshotsTable
  models: ModelsTable
  model_snapshots: ModelSnapshotsTable
  cases: CasesTable
  case_items: CaseItemsTable
  case_steps: CaseStepsTable
  exclusions: ExclusionsTable
  case_contacts: CaseContactsTable
  webhook_cursors: WebhookCursorsTable
  imports: ImportsTable
  signin_tokens: SigninTokensTable
  sessions: SessionsTable
  console_signin_tokens: SigninTokensTable
  console_sessions: SessionsTable
  api_tokens: ApiTokensTable
  idempotency: IdempotencyTable
  outbox: OutboxTable
  rate_limits: RateLimitsTable
}

/** Tables that only ever grow: updates and deletes are refused by the database itself. */
export const APPEND_ONLY_TABLES = [
  'memberships',
  'filings',
  'filing_accounts',
  'withdrawals',
  'notices',
  'policies',
] as const

export interface SigninTokensTable {
  token_hash: string
  email_norm: string
  created_at: number
  expires_at: number
  used_at: number | null
}

export interface SessionsTable {
  token_hash: string
  email_norm: string
  created_at: number
  expires_at: number
}

export interface ApiTokensTable {
  id: string
  token_hash: string
  name: string
  /** JSON list. */
  scopes: string
  created_at: number
  revoked_at: number | null
}

export interface IdempotencyTable {
  key: string
  request_hash: string
  status: number
  body: string
  created_at: number
}

/** Mail to send: written in the same transaction as what it tells about. */
export interface OutboxTable {
  id: string
  kind: string
  to_address: string
  lang: string
  subject: string
  body: string
  /** JSON list of the accounts the mail is about (a notice is proof of notice for each). */
  accounts: string
  /** What the mail is about (a filing id, a notice campaign); unique per kind. */
  ref: string | null
  /** Written, never sent: keeps the work equal for addresses without an account. */
  suppressed: number
  created_at: number
  attempts: number
  next_attempt_at: number
  lease_until: number
  sent_at: number | null
  last_error: string | null
}
