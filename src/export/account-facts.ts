/**
 * What the per-item SQL needs to know of each account's objections, consents, centers and
 * notices (docs/policy.md), computed in SQL over the store's fact tables loaded into DuckDB as
 * they are (`store/fact-files.ts`; pure: this module only writes SQL):
 *
 *   memberships(account, center, changed_at, recorded_at, seq)
 *   filings(id, type, received_at, recorded_at)      filing_accounts(filing_id, account)
 * withdrawals(filing_id, withdrawn_at, recorded_at)           notices(account, delivered_at, recorded_at, policy_name)
 *
 * It restates the domain core's centers, scopes and deadlines (`domain/centers.ts`,
 * `domain/decide.ts`) for millions of filings at once; the differential test holds the two
 * to the same answer for every item.
 * @module
 */
import { DAY_MS, NOTICE_LABEL_PREFIX, type Policy } from '../domain/index.js'
import { literal } from '../store/sql-text.js'

/** The domain's `evidenceLabel` of a notice, in SQL, over epoch milliseconds. */
function noticeLabelSql(ms: string): string {
  return `${literal(NOTICE_LABEL_PREFIX)} || strftime(make_timestamp(${ms} * 1000), '%Y-%m-%dT%H:%M:%S.%gZ')`
}

/**
 * The instant someone born on date `d` reaches `years`, in epoch milliseconds (null for no date):
 * the day is added to the first of the month, as `ageReachedAt` in the domain counts it, so a
 * birthday on 29 February falls on 1 March in a common year.
 */
export function adultFromSql(years: number, d: string): string {
  return `case when ${d} is null then null
    else epoch_ms((make_date(year(${d}) + ${years}, month(${d}), 1) + (day(${d}) - 1)::integer)::timestamp) end`
}

/**
 * The deadline for an account (domain/timely.ts, `deadlineFor`), given the instant it reaches the
 * minimum age in `adultFrom`: the end of its coming-of-age window when that lies after the deadline.
 */
function deadlineForSql(policy: Policy, adultFrom: string): string {
  const { deadline, comingOfAgeDays } = policy
  if (deadline === null) return 'null'
  if (comingOfAgeDays === null) return String(deadline)
  return `(case when ${adultFrom} > ${deadline} then ${adultFrom} + ${comingOfAgeDays * DAY_MS} else ${deadline} end)`
}

/**
 * Creates table `acct_event(id, notice, consent_id, timely_id, late_id, late_at)`: one row for
 * each account with any of these facts at the build instant `built`.
 */
export function accountEventSql(policy: Policy, at: number, built: number): string {
  const needed = policy.mode === 'opt_out' ? 'objection' : 'consent'
  const timely = policy.deadline === null ? 'true' : `received_at < ${deadlineForSql(policy, 'adult_from')}`
  const first = (column: string, where: string) => `first(${column} order by received_at, id) filter (where ${where})`
  const perFiling =
    policy.mode === 'opt_out'
      ? `null::varchar as consent_id, ${first('id', timely)} as timely_id, ${first('id', `not (${timely})`)} as late_id,
       ${first('received_at', `not (${timely})`)} as late_at`
      : `${first('id', 'true')} as consent_id,
        null::varchar as timely_id, null::varchar as late_id, null::bigint as late_at`
  const notices =
    policy.noticeDays === null
      ? `select null::varchar as account, null::varchar as notice where false`
      : `select account, ${noticeLabelSql('max(delivered_at)')} as notice from notices
        where delivered_at <= ${built} and recorded_at <= ${built}
          and delivered_at <= ${at - policy.noticeDays * DAY_MS}
          and (policy_name is null or policy_name = ${literal(policy.name)})
        group by account`
  return `create or replace table acct_event as
    with
    -- Centers over time (domain/centers.ts): each change on record opens an interval until the
    -- account's next change; changes at one instant are ordered by center, no center first.
    ordered as (
      select account, center, changed_at,
        lead(changed_at) over (partition by account order by changed_at, center asc nulls first, seq) as next_at
      from memberships where recorded_at <= ${built} and changed_at <= ${built}
    ),
    intervals as (
      select account, center, changed_at as since, next_at as until from ordered
      where center is not null and (next_at is null or next_at > changed_at)
    ),
    standing as (
      select id, received_at from filings
      where type = '${needed}' and received_at <= ${built} and recorded_at <= ${built}
        and id not in (select filing_id from withdrawals where withdrawn_at <= ${built} and recorded_at <= ${built})
    ),
    filed as (
      select s.id, s.received_at, fa.account from standing s join filing_accounts fa on fa.filing_id = s.id
    ),
    -- A filing's scope (rule 8): the accounts filed for, and every account in one of their
    -- centers at any moment from its receipt to the build instant.
    reached as (
      select distinct f.id, f.received_at, i.center from filed f join intervals i on i.account = f.account
      where i.since <= ${built} and (i.until is null or i.until > f.received_at)
    ),
    scope as (
      select id, received_at, account from filed
      union
      select r.id, r.received_at, i.account from reached r join intervals i on i.center = r.center
      where i.since <= ${built} and (i.until is null or i.until > r.received_at)
    ),
    ${
      policy.comingOfAgeDays === null || policy.deadline === null
        ? 'dated as (select *, null::bigint as adult_from from scope),'
        : `dated as (
      select s.*, ${adultFromSql(policy.minAge, 'b.d')} as adult_from
      from scope s left join (select id, birthdate::date as d from accounts) b on b.id = s.account
    ),`
    }
    covered as (select account, ${perFiling} from dated group by account),
    noticed as (${notices})
    select coalesce(c.account, n.account) as id, n.notice, c.consent_id, c.timely_id, c.late_id, c.late_at
    from covered c full outer join noticed n on n.account = c.account
    where n.notice is not null or c.consent_id is not null or c.timely_id is not null or c.late_id is not null`
}
