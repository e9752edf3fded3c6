/**
 * The export engine's core: accounts and their event facts into DuckDB through the
 * appender, then the compiled policy over every item — no JavaScript per item, and none per
 * account beyond copying it: region and age are computed in SQL.
 * @module
 */
import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api'
import { createDecisionContext, type EventFacts, type Facts, formatDate, type Policy } from '../domain/index.js'
import type { AccountBasics } from '../store/store.js'
import { accountEventFacts, accountsNamed } from './account-facts.js'
import { accountFactsSql, type DecideSqlOptions, decideSql } from './plan.js'

export type AccountPages = AsyncIterable<readonly AccountBasics[]>

const text = (appender: DuckDBAppender, v: string | null) => (v === null ? appender.appendNull() : appender.appendVarchar(v))
const big = (appender: DuckDBAppender, v: number | null) => (v === null ? appender.appendNull() : appender.appendBigInt(BigInt(v)))

/** Creates table `acct` from the accounts, read page by page, and the facts about them. */
export async function loadAccountFacts(connection: DuckDBConnection, accounts: AccountPages, events: EventFacts, policy: Policy, at: number, built: number): Promise<void> {
  // No primary keys: an index cannot spill to disk, and a hash join needs none.
  await connection.run(`create or replace table acct_base (id varchar, country varchar, birthdate varchar)`)
  const base = await connection.createAppender('acct_base')
  for await (const page of accounts) {
    for (const a of page) {
      base.appendVarchar(a.id)
      text(base, a.country)
      text(base, a.birthdate)
      base.endRow()
    }
  }
  base.closeSync()

  await connection.run(`create or replace table acct_event (id varchar, notice varchar, consent_id varchar, timely_id varchar, late_id varchar, late_at bigint)`)
  const ctx = createDecisionContext({ policy, at, built, facts: { ...events, accounts: new Map() } })
  const event = await connection.createAppender('acct_event')
  for (const a of accountEventFacts(ctx, accountsNamed(events))) {
    event.appendVarchar(a.id)
    text(event, a.notice)
    text(event, a.consentId)
    text(event, a.timelyId)
    text(event, a.lateId)
    big(event, a.lateAt)
    event.endRow()
  }
  event.closeSync()
  await connection.run(accountFactsSql(policy))
  await connection.run(`drop table acct_base`)
  await connection.run(`drop table acct_event`)
}

/** Decides every row of view `content` into table `decided`, from facts held in memory. */
export async function decideAll(connection: DuckDBConnection, facts: Facts, policy: Policy, at: number, built: number, options: DecideSqlOptions = {}): Promise<void> {
  async function* onePage() {
    yield [...facts.accounts.values()].map((a) => ({ id: a.id, country: a.country, birthdate: a.birthdate && formatDate(a.birthdate) }))
  }
  await loadAccountFacts(connection, onePage(), facts, policy, at, built)
  await connection.run(decideSql(policy, at, options))
}
