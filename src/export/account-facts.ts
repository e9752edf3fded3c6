/**
 * What the per-item SQL needs to know of each account, computed once per account by the
 * domain core itself (centers, scopes, withdrawals, notices), so that the SQL only has to
 * compare an item's own fields against these values.
 * @module
 */
import { type DecisionContext, DAY_MS, formatInstant } from '../domain/index.js'

export interface AccountFacts {
  readonly id: string
  readonly regionOk: boolean
  /** The instant the account reaches the policy's minimum age; null without a birthdate. */
  readonly adultFrom: number | null
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

export function accountFacts(ctx: DecisionContext, accountIds: Iterable<string>): AccountFacts[] {
  const { policy, at } = ctx
  const out: AccountFacts[] = []
  for (const id of accountIds) {
    const a = ctx.account(id)
    if (!a) continue
    // Date.UTC rolls 29 February of a common year over to 1 March, exactly as ageInYearsAt counts.
    const adultFrom = a.birthdate ? Date.UTC(a.birthdate.year + policy.minAge, a.birthdate.month - 1, a.birthdate.day) : null
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
    out.push({
      id, regionOk: policy.regions.length === 0 || (a.country !== null && policy.regions.includes(a.country)),
      adultFrom, notice, consentId: policy.mode === 'opt_in' ? (ctx.filingsCovering('consent', id)[0]?.id ?? null) : null,
      timelyId, lateId, lateAt,
    })
  }
  return out
}
