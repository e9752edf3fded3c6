/**
 * When an objection is timely (rule 8 in docs/policy.md): received before the policy's deadline, or,
 * for a person who reached the minimum age only after the deadline, within the policy's
 * coming-of-age window after their birthday of age. One definition, used by decisions,
 * filings, the portal and the notices; the export's SQL restates it under the differential test.
 * @module
 */
import type { Account } from './model.js'
import type { Policy } from './policy.js'
import { type CalendarDate, DAY_MS, type Instant } from './time.js'

/** What of a policy decides timeliness. */
export type TimelyRules = Pick<Policy, 'deadline' | 'comingOfAgeDays' | 'minAge'>

/**
 * The instant someone born on `birth` reaches `years`, on the UTC calendar as `ageInYearsAt`
 * counts it: 29 February falls on 1 March in a common year.
 */
export function ageReachedAt(birth: CalendarDate, years: number): Instant {
  return Date.UTC(birth.year + years, birth.month - 1, 1) + (birth.day - 1) * DAY_MS
}

/**
 * The deadline that holds for an account: the policy's, or the end of its coming-of-age window
 * when it reached the minimum age after the policy's deadline. null: every objection is timely.
 */
export function deadlineFor(policy: TimelyRules, account: Pick<Account, 'birthdate'> | undefined): Instant | null {
  const { deadline, comingOfAgeDays } = policy
  if (deadline === null || comingOfAgeDays === null || !account?.birthdate) return deadline
  const of = ageReachedAt(account.birthdate, policy.minAge)
  return of > deadline ? of + comingOfAgeDays * DAY_MS : deadline
}

/** Whether an objection received at `receivedAt` is timely for `account`'s content. */
export function isTimely(policy: TimelyRules, receivedAt: Instant, account?: Pick<Account, 'birthdate'>): boolean {
  const deadline = deadlineFor(policy, account)
  return deadline === null || receivedAt < deadline
}

/**
 * Whether an objection is timely for every account it covers: only then may a person be told
 * that none of their content will be used. An account without a birthdate on record is held to
 * the policy's deadline.
 */
export function isTimelyForAll(
  policy: TimelyRules,
  receivedAt: Instant,
  accounts: readonly (Pick<Account, 'birthdate'> | undefined)[],
): boolean {
  return accounts.every((a) => isTimely(policy, receivedAt, a))
}
