/**
 * PostgreSQL: a batch of filings as people file them — the filings, their accounts, their
 * confirmation mails, their API replies and their ledger entries — in one statement. Up to seven
 * round trips (begin, up to four writes, the append, commit) become one; and from the ledger's
 * lock to the commit the server waits on nothing from this process, which may be waiting for a
 * core while an import runs beside it. Outside a transaction the statement is its own: all of it
 * lands or none.
 * @module
 */
import { type RawBuilder, sql } from 'kysely'
import { filingAccountRows, filingRow } from './filing-rows.js'
import { idempotencyRow, outboxRow } from './portal-store.js'
import { ledgerArguments, unnestInsert } from './postgres-unnest.js'
import type { Database } from './schema.js'
import type { FilingBatch } from './store.js'

/** Each column's type, for the arrays `unnest` takes; the compiler holds them to the schema's columns. */
const COLUMN_TYPES = {
  filings: {
    id: 'text',
    type: 'text',
    received_at: 'int8',
    recorded_at: 'int8',
    channel: 'text',
    reason: 'text',
    dedupe_key: 'text',
  },
  filing_accounts: { filing_id: 'text', account: 'text' },
  outbox: {
    id: 'text',
    kind: 'text',
    to_address: 'text',
    lang: 'text',
    subject: 'text',
    body: 'text',
    accounts: 'text',
    ref: 'text',
    suppressed: 'int4',
    created_at: 'int8',
    attempts: 'int4',
    next_attempt_at: 'int8',
    lease_until: 'int8',
    sent_at: 'int8',
    last_error: 'text',
  },
  idempotency: { key: 'text', request_hash: 'text', status: 'int4', body: 'text', created_at: 'int8' },
} as const satisfies { [T in keyof Database]?: { [C in keyof Database[T]]-?: string } }

type Written = keyof typeof COLUMN_TYPES

/** The insert of `rows` into `table`, every column of it, returning a row for each written. */
function insertRows<T extends Written>(table: T, rows: readonly Database[T][], tail = sql``): RawBuilder<unknown> {
  const types: Record<string, string> = COLUMN_TYPES[table]
  const columns = Object.keys(types) as (keyof Database[T] & string)[]
  const values = rows.map((r) => columns.map((c) => r[c]))
  return sql`${unnestInsert(table, columns, Object.values(types), values)} ${tail} returning 1`
}

/**
 * The statement; it returns the ledger position of the batch's first entry. Every lock the
 * statement takes besides the ledger's is taken before the append: the accounts' key-share locks,
 * which the foreign-key checks would otherwise take at the statement's end, with the ledger held.
 */
export function writeFilingsStatement(b: FilingBatch): RawBuilder<{ first: number | string }> {
  const accounts = [...new Set(b.filings.flatMap(({ filing }) => filing.accounts))]
  const steps = [
    sql`select 1 from accounts where id = any(${accounts}::text[]) for key share`,
    insertRows('outbox', b.mails.map(outboxRow), sql`on conflict (kind, ref) do nothing`),
    insertRows(
      'idempotency',
      b.replies.map((r) => idempotencyRow(r, b.repliedAt)),
    ),
    insertRows('filings', b.filings.map(filingRow)),
    insertRows('filing_accounts', b.filings.flatMap(filingAccountRows)),
  ]
  const name = (i: number) => sql.raw(`w${i}`)
  // The steps are counted in the FROM clause so that they are done before the append is called:
  // a data-modifying WITH that nothing reads runs after the main query, here with the ledger's
  // lock held.
  return sql<{ first: number | string }>`with ${sql.join(steps.map((w, i) => sql`${name(i)} as (${w})`))}
    select veto_append_ledger(${ledgerArguments(b.entries)}) as first
    from ${sql.join(steps.map((_, i) => sql`(select count(*) from ${name(i)}) ${sql.raw(`c${i}`)}`))}`
}
