/**
 * The policy compiled to SQL (pure: no I/O). Over a table `content` of normalized items,
 * a table `acct` of per-account facts and a table `excl` of excluded items, the CASE below
 * names the first rule that fails, in the order of docs/policy.md — the same order as
 * `decide` in the domain core.
 * @module
 */
import { CASE_LABEL_PREFIX, type Policy } from '../domain/index.js'
import { adultFromSql } from './account-facts.js'
import { list, literal } from '../store/sql-text.js'

/**
 * A policy's list as a DuckDB list literal. Rules test membership with `list_contains`, a plain
 * function: DuckDB rewrites a long constant `IN (…)` into a join against the values, whose
 * source stops it reporting the query's progress (the progress bar sat at 0% while deciding).
 */
function listSql(values: readonly string[]): string {
  return list(values)
}

export function reasonSql(policy: Policy, at: number): string {
  const ageAt = policy.ageBasis === 'snapshot' ? String(at) : 'c.published_ms'
  const rules = [
    // Public by the cutoff: public_since (published_at when not given) at or before it too.
    `when c.published_ms > ${at} or c.public_since_ms > ${at} then 'published'`,
    `when c.visibility <> 'public' then 'visibility'`,
    `when not list_contains(${listSql(policy.kinds)}, c.kind) then 'kind'`,
  ]
  if (policy.regions.length > 0) rules.push(`when a.region_ok is not true then 'region'`)
  rules.push(`when a.adult_from is null or ${ageAt} < a.adult_from then 'age'`)
  if (policy.noticeDays !== null) rules.push(`when a.notice is null then 'notice'`)
  if (policy.mode === 'opt_in') rules.push(`when a.consent_id is null then 'consent'`)
  else {
    const lateForbids =
      policy.lateObjection === 'all_content' ? 'true' : 'coalesce(c.public_since_ms, c.published_ms) >= a.late_at'
    rules.push(`when a.timely_id is not null or (a.late_id is not null and ${lateForbids}) then 'objection'`)
  }
  rules.push(`when x.case_id is not null then 'excluded'`)
  return `case ${rules.join(' ')} else null end`
}

/**
 * Creates table `acct` from `accounts` (every account) and `acct_event` (the few with event
 * facts): whether the account's country is in the policy's regions, and the instant it reaches
 * the minimum age. A birthday on 29 February falls on 1 March in a common year: the day is
 * added to the first of the month, as JavaScript's Date.UTC and the domain's age count it.
 */
export function accountFactsSql(policy: Policy): string {
  const regionOk =
    policy.regions.length === 0 ? 'true' : `coalesce(list_contains(${listSql(policy.regions)}, b.country), false)`
  // The stored text is YYYY-MM-DD, checked on import.
  const adultFrom = adultFromSql(policy.minAge, 'd')
  return `create or replace table acct as
    select b.id, ${regionOk} as region_ok, ${adultFrom} as adult_from,
      e.notice, e.consent_id, e.timely_id, e.late_id, e.late_at
    from (select *, b.birthdate::date as d from accounts b) b left join acct_event e on e.id = b.id`
}

/**
 * Creates table `excl(content_id, case_id)` from the fact table `exclusions`: for each item kept
 * out by an accepted request on record at `built` (rule 9), the earliest, by case id at a tie.
 */
export function exclusionsSql(built: number): string {
  return `create or replace table excl as
    select content_id, first(case_id order by recorded_at, case_id) as case_id
    from exclusions where recorded_at <= ${built} group by content_id`
}

/** The deciding fact's label, as the domain core's `evidenceLabel` writes it. */
export function decidedBySql(policy: Policy): string {
  const included = policy.mode === 'opt_in' ? 'a.consent_id' : 'coalesce(a.late_id, a.notice)'
  return (
    `case when reason is null then ${included} ` +
    `when reason = 'objection' then coalesce(a.timely_id, a.late_id) ` +
    `when reason = 'excluded' then ${literal(CASE_LABEL_PREFIX)} || excluded_by else null end`
  )
}

export interface DecideSqlOptions {
  /** Content columns carried into `decided` as they are (e.g. kind, lang_norm for the counts). */
  readonly carry?: readonly string[]
}

/**
 * The decisions `select content_id, account_id, included, reason, decided_by, …carry`
 * over `content` and `acct`, in one pass over the content (a join: in no set order).
 */
export function decisionsSql(policy: Policy, at: number, options: DecideSqlOptions = {}): string {
  const carry = (options.carry ?? []).map((c) => `c.${c}`)
  const carried = (options.carry ?? []).map((c) => `, ${c}`).join('')
  return `select content_id, account_id, reason is null as included, reason,
      ${decidedBySql(policy)} as decided_by${carried}
    from (
      select c.id as content_id, c.account as account_id,
        ${reasonSql(policy, at)} as reason${carry.map((c) => `, ${c}`).join('')}, x.case_id as excluded_by, a.*
      from content c left join acct a on a.id = c.account left join excl x on x.content_id = c.id
    ) a`
}
