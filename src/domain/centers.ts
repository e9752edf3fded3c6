/**
 * Accounts centers over time. An account's membership history is a sequence of
 * changes; each change opens an interval [at, next change) in one center (or none).
 * Changes of one account at the same instant are ordered by center name, no-center
 * first, so that the result never depends on the order facts arrived in; the
 * zero-length intervals this leaves behind are no membership at all.
 * @module
 */
import type { MembershipChange } from './model.js'
import type { Instant } from './time.js'

export interface MembershipInterval {
  readonly account: string
  readonly center: string
  readonly from: Instant
  /** Exclusive; Infinity while the membership lasts. */
  readonly until: Instant
}

export interface CenterIndex {
  /** Intervals of one account, in time order. */
  intervalsOf(account: string): readonly MembershipInterval[]
  /** Intervals of every account that was ever in `center`. */
  intervalsIn(center: string): readonly MembershipInterval[]
  /** The account's center at instant `t`, or null. */
  centerAt(account: string, t: Instant): string | null
}

function compareChanges(a: MembershipChange, b: MembershipChange): number {
  if (a.at !== b.at) return a.at - b.at
  if (a.center === b.center) return 0
  if (a.center === null) return -1
  if (b.center === null) return 1
  return a.center < b.center ? -1 : 1
}

/** Builds the index from the changes that were on record at `asOf` (recorded and in effect). */
export function createCenterIndex(changes: readonly MembershipChange[], asOf: Instant): CenterIndex {
  const byAccount = new Map<string, MembershipChange[]>()
  for (const c of changes) {
    if (c.recordedAt > asOf || c.at > asOf) continue
    const list = byAccount.get(c.account)
    if (list) list.push(c)
    else byAccount.set(c.account, [c])
  }
  const ofAccount = new Map<string, MembershipInterval[]>()
  const ofCenter = new Map<string, MembershipInterval[]>()
  for (const [account, list] of byAccount) {
    list.sort(compareChanges)
    const intervals: MembershipInterval[] = []
    for (let i = 0; i < list.length; i++) {
      const c = list[i] as MembershipChange
      const until = i + 1 < list.length ? (list[i + 1] as MembershipChange).at : Infinity
      if (c.center === null || until <= c.at) continue
      const interval = { account, center: c.center, from: c.at, until }
      intervals.push(interval)
      const inCenter = ofCenter.get(c.center)
      if (inCenter) inCenter.push(interval)
      else ofCenter.set(c.center, [interval])
    }
    ofAccount.set(account, intervals)
  }
  return {
    intervalsOf: (account) => ofAccount.get(account) ?? [],
    intervalsIn: (center) => ofCenter.get(center) ?? [],
    centerAt(account, t) {
      for (const iv of ofAccount.get(account) ?? []) if (iv.from <= t && t < iv.until) return iv.center
      return null
    },
  }
}

/** Whether interval [from, until) shares a moment with the closed window [start, end]. */
export function overlaps(iv: MembershipInterval, start: Instant, end: Instant): boolean {
  return iv.from <= end && iv.until > start
}

/**
 * The scope of a filing (rule 8 in docs/policy.md): the accounts it was filed for, and every
 * account that is a member of their center at any moment from `start` to `end` — one that
 * joins later is covered from then on, one that leaves stays covered. A center counts when
 * a filed-for account belongs to it at any moment of that window. No further propagation:
 * another center of a covered account is not drawn in.
 */
export function scopeOf(index: CenterIndex, filedFor: readonly string[], start: Instant, end: Instant): Set<string> {
  const scope = new Set(filedFor)
  const centers = new Set<string>()
  for (const a of filedFor) {
    for (const iv of index.intervalsOf(a)) if (overlaps(iv, start, end)) centers.add(iv.center)
  }
  for (const center of centers) {
    for (const iv of index.intervalsIn(center)) if (overlaps(iv, start, end)) scope.add(iv.account)
  }
  return scope
}
