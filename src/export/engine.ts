/**
 * The export engine's core: the store's accounts and event facts into DuckDB through the
 * appender, as they are, then the facts per account (`account-facts.ts`) and the compiled
 * policy over every item (`plan.ts`) in SQL — no JavaScript per item, and none per account
 * or fact beyond copying it.
 * @module
 */
import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api'
import type { EventFacts, Facts, Policy } from '../domain/index.js'
import { formatDate } from '../domain/index.js'
import type { AccountBasics, MembershipRow } from '../store/store.js'
import { accountEventSql } from './account-facts.js'
import { accountFactsSql, type DecideSqlOptions, decideSql } from './plan.js'

export type Pages<T> = AsyncIterable<readonly T[]>

/** The facts besides accounts: memberships page by page, the rest (far fewer) at once. */
export interface EventSource {
  readonly memberships: Pages<MembershipRow>
  readonly facts: Omit<EventFacts, 'memberships'>
}

const text = (appender: DuckDBAppender, v: string | null) => (v === null ? appender.appendNull() : appender.appendVarchar(v))

async function append<T>(connection: DuckDBConnection, table: string, columns: string, rows: Pages<T> | readonly T[], row: (a: DuckDBAppender, r: T) => void): Promise<void> {
  await connection.run(`create or replace table ${table} (${columns})`)
  const appender = await connection.createAppender(table)
  const pages = Symbol.asyncIterator in rows ? (rows as Pages<T>) : [rows as readonly T[]]
  for await (const page of pages) {
    for (const r of page) {
      row(appender, r)
      appender.endRow()
    }
  }
  appender.closeSync()
}

/** Creates table `acct` from the accounts and the event facts, read page by page. */
export async function loadAccountFacts(connection: DuckDBConnection, accounts: Pages<AccountBasics>, events: EventSource, policy: Policy, at: number, built: number): Promise<void> {
  // No primary keys: an index cannot spill to disk, and a hash join needs none.
  await append(connection, 'acct_base', 'id varchar, country varchar, birthdate varchar', accounts, (a, r) => {
    a.appendVarchar(r.id)
    text(a, r.country)
    text(a, r.birthdate)
  })
  await append(connection, 'ev_membership', 'account varchar, center varchar, changed_at bigint, recorded_at bigint, seq bigint', events.memberships, (a, r) => {
    a.appendVarchar(r.account)
    text(a, r.center)
    a.appendBigInt(BigInt(r.at))
    a.appendBigInt(BigInt(r.recordedAt))
    a.appendBigInt(BigInt(r.seq))
  })
  const { filings, withdrawals, notices } = events.facts
  await append(connection, 'ev_filing', 'id varchar, type varchar, received_at bigint, recorded_at bigint', filings, (a, f) => {
    a.appendVarchar(f.id)
    a.appendVarchar(f.type)
    a.appendBigInt(BigInt(f.receivedAt))
    a.appendBigInt(BigInt(f.recordedAt))
  })
  await append(connection, 'ev_filing_account', 'filing_id varchar, account varchar', filings.flatMap((f) => f.accounts.map((account) => ({ id: f.id, account }))), (a, l) => {
    a.appendVarchar(l.id)
    a.appendVarchar(l.account)
  })
  await append(connection, 'ev_withdrawal', 'filing_id varchar, withdrawn_at bigint, recorded_at bigint', withdrawals, (a, w) => {
    a.appendVarchar(w.filingId)
    a.appendBigInt(BigInt(w.at))
    a.appendBigInt(BigInt(w.recordedAt))
  })
  await append(connection, 'ev_notice', 'account varchar, delivered_at bigint, recorded_at bigint', notices, (a, n) => {
    a.appendVarchar(n.account)
    a.appendBigInt(BigInt(n.deliveredAt))
    a.appendBigInt(BigInt(n.recordedAt))
  })
  await connection.run(accountEventSql(policy, at, built))
  await connection.run(accountFactsSql(policy))
  for (const t of ['acct_base', 'acct_event', 'ev_membership', 'ev_filing', 'ev_filing_account', 'ev_withdrawal', 'ev_notice']) await connection.run(`drop table ${t}`)
}

/** Decides every row of view `content` into table `decided`, from facts held in memory. */
export async function decideAll(connection: DuckDBConnection, facts: Facts, policy: Policy, at: number, built: number, options: DecideSqlOptions = {}): Promise<void> {
  async function* accounts() {
    yield [...facts.accounts.values()].map((a) => ({ id: a.id, country: a.country, birthdate: a.birthdate && formatDate(a.birthdate) }))
  }
  async function* memberships() {
    // Their order in the array is the order recorded.
    yield facts.memberships.map((m, seq) => ({ ...m, seq }))
  }
  await loadAccountFacts(connection, accounts(), { memberships: memberships(), facts }, policy, at, built)
  await connection.run(decideSql(policy, at, options))
}
