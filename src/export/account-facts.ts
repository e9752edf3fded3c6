/**
 * What the per-item SQL needs to know of each account. Two parts, because a platform has
 * millions of accounts but few facts per account:
 * - from the account itself, region and age: computed in SQL (`plan.ts`) over every account;
 * - from the objections, consents, centers and notices: computed here, once per account that
 *   any of them names, by the domain core itself (scopes, withdrawals, deadlines), so that the
 *   SQL only compares an item's own fields against these values.
 * @module
 */
import { type DecisionContext, DAY_MS, type EventFacts, formatInstant } from '../domain/index.js'

export interface AccountEventFacts {
  readonly id: string
  /** `notice:<instant>` of the latest notice early enough for the policy, else null. */
  readonly notice: string | null
  readonly consentId: string | null
  /** The first timely objection covering the account (by receipt, then id). */
  readonly timelyId: string | null
  /** The first late objection covering the account, and when it was received. */
  readonly lateId: string | null
  readonly lateAt: number | null
}

export function noticeLabel(deliveredAt: number): string {
  return `notice:${formatInstant(deliveredAt)}`
}

/**
 * Every account whose event facts may be non-empty: a filing can cover only the accounts it
 * names and those that share a center with them, and a notice names its account.
 */
export function accountsNamed(events: EventFacts): Set<string> {
  const ids = new Set<string>()
  for (const f of events.filings) for (const a of f.accounts) ids.add(a)
  for (const m of events.memberships) ids.add(m.account)
  for (const n of events.notices) ids.add(n.account)
  return ids
}

/** The event facts of each account, leaving out accounts that have none. */
export function accountEventFacts(ctx: DecisionContext, accountIds: Iterable<string>): AccountEventFacts[] {
  const { policy, at } = ctx
  const out: AccountEventFacts[] = []
  for (const id of accountIds) {
    let notice: string | null = null
    if (policy.noticeDays !== null) {
      const latestAllowed = at - policy.noticeDays * DAY_MS
      const ok = ctx.noticesTo(id).filter((t) => t <= latestAllowed)
      const last = ok[ok.length - 1]
      if (last !== undefined) notice = noticeLabel(last)
    }
    let timelyId: string | null = null
    let lateId: string | null = null
    let lateAt: number | null = null
    if (policy.mode === 'opt_out') {
      for (const o of ctx.filingsCovering('objection', id)) {
        const timely = policy.deadline === null || o.receivedAt < policy.deadline
        if (timely) timelyId ??= o.id
        else if (lateId === null) {
          lateId = o.id
          lateAt = o.receivedAt
        }
      }
    }
    const consentId = policy.mode === 'opt_in' ? (ctx.filingsCovering('consent', id)[0]?.id ?? null) : null
    if (notice === null && consentId === null && timelyId === null && lateId === null) continue
    out.push({ id, notice, consentId, timelyId, lateId, lateAt })
  }
  return out
}
