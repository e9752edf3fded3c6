/**
 * The export engine's core: per-account facts into DuckDB through the appender, then
 * the compiled policy over every item — no JavaScript per item.
 * @module
 */
import type { DuckDBConnection } from '@duckdb/node-api'
import { createDecisionContext, type Facts, type Policy } from '../domain/index.js'
import { accountFacts } from './account-facts.js'
import { type DecideSqlOptions, decideSql } from './plan.js'

export async function loadAccountFacts(connection: DuckDBConnection, facts: Facts, policy: Policy, at: number, built: number): Promise<void> {
  const ctx = createDecisionContext({ policy, at, built, facts })
  // No primary key: an index cannot spill to disk, and a hash join needs none.
  await connection.run(`create or replace table acct (id varchar, region_ok boolean, adult_from bigint,
    notice varchar, consent_id varchar, timely_id varchar, late_id varchar, late_at bigint)`)
  const appender = await connection.createAppender('acct')
  const text = (v: string | null) => (v === null ? appender.appendNull() : appender.appendVarchar(v))
  const big = (v: number | null) => (v === null ? appender.appendNull() : appender.appendBigInt(BigInt(v)))
  for (const a of accountFacts(ctx, facts.accounts.keys())) {
    appender.appendVarchar(a.id)
    appender.appendBoolean(a.regionOk)
    big(a.adultFrom)
    text(a.notice)
    text(a.consentId)
    text(a.timelyId)
    text(a.lateId)
    big(a.lateAt)
    appender.endRow()
  }
  appender.closeSync()
}

/** Decides every row of view `content` into table `decided`. */
export async function decideAll(connection: DuckDBConnection, facts: Facts, policy: Policy, at: number, built: number, options: DecideSqlOptions = {}): Promise<void> {
  await loadAccountFacts(connection, facts, policy, at, built)
  await connection.run(decideSql(policy, at, options))
}
