/**
 * The facts Veto knows about a platform (docs/architecture.md). Facts about people's will —
 * objections, consents, withdrawals — and center membership changes are append-only:
 * each carries the instant it was recorded, so that a decision can be made against
 * exactly what was on record at its build instant.
 * @module
 */
import type { CalendarDate, Instant } from './time.js'

/** One identity on one network. Attributes are current state, not history. */
export interface Account {
  readonly id: string
  readonly network: string
  readonly email: string
  readonly birthdate: CalendarDate | null
  /** ISO 3166-1 alpha-2, or null when unknown. */
  readonly country: string | null
  readonly createdAt: Instant
}

/** From `at` on, `account` belongs to `center` (null: to no center). */
export interface MembershipChange {
  readonly account: string
  readonly center: string | null
  readonly at: Instant
  readonly recordedAt: Instant
}

export type Visibility = 'public' | 'followers' | 'friends' | 'private' | (string & {})

/** One thing an account published. Content stays at the platform; Veto only reads it. */
export interface ContentItem {
  readonly id: string
  readonly account: string
  readonly kind: string
  readonly visibility: Visibility
  readonly publishedAt: Instant
  /** When the item became public; `publishedAt` when not given. */
  readonly publicSince?: Instant | null | undefined
  readonly lang?: string | null | undefined
}

export type FilingType = 'objection' | 'consent'
export type Channel = 'portal' | 'api' | 'admin' | 'import'
export const CHANNELS: readonly Channel[] = ['portal', 'api', 'admin', 'import']

/**
 * An objection or a consent (its mirror image), filed for one or more accounts.
 * `receivedAt` is the server's receipt time, never a client's clock.
 */
export interface Filing {
  readonly id: string
  readonly type: FilingType
  readonly accounts: readonly string[]
  readonly receivedAt: Instant
  readonly recordedAt: Instant
  readonly channel: Channel
}

/** Withdraws a filing from `at` on. A filing is withdrawn at most once. */
export interface Withdrawal {
  readonly filingId: string
  readonly at: Instant
  readonly recordedAt: Instant
}

/** Proof that a notice reached an account. */
export interface NoticeDelivery {
  readonly account: string
  readonly deliveredAt: Instant
  readonly recordedAt: Instant
  /**
   * The policy the notice was about, and the language of its text. Absent on deliveries recorded
   * before notices were versioned: those are "unversioned", and count for every policy.
   */
  readonly policy?: { readonly name: string; readonly version: number } | null | undefined
  readonly lang?: string | null | undefined
}

/** Whether a notice counts for rule 6 under a policy of this name: one about it, or an unversioned one. */
export function noticeCountsFor(n: Pick<NoticeDelivery, 'policy'>, policyName: string): boolean {
  return n.policy == null || n.policy.name === policyName
}

/**
 * A third party's request, accepted: from `recordedAt` on, item `contentId` is kept out of every
 * snapshot built (rule 9), whatever its account's will. `caseId` names the case that decided it.
 */
export interface Exclusion {
  readonly contentId: string
  readonly caseId: string
  readonly recordedAt: Instant
}

/** Everything a decision may depend on, as one plain value. */
export interface Facts extends EventFacts {
  readonly accounts: ReadonlyMap<string, Account>
}

/** The facts besides the accounts themselves: few per account, and none for most. */
export interface EventFacts {
  readonly memberships: readonly MembershipChange[]
  readonly filings: readonly Filing[]
  readonly withdrawals: readonly Withdrawal[]
  readonly notices: readonly NoticeDelivery[]
  readonly exclusions: readonly Exclusion[]
}

export function emptyFacts(): Facts {
  return { accounts: new Map(), memberships: [], filings: [], withdrawals: [], notices: [], exclusions: [] }
}
