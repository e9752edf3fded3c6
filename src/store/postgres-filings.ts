/**
 * PostgreSQL: a batch of filings as people file them — the filings, their accounts, their
 * confirmation mails, their API replies and their ledger entries — in one statement. Six round
 * trips (begin, four writes, commit) become one; and from the ledger's lock to the commit the
 * server waits on nothing from this process, which may be waiting for a core while an import
 * runs beside it. Outside a transaction the statement is its own: all of it lands or none.
 * @module
 */
import { type RawBuilder, sql } from 'kysely'
import { filingAccountRows, filingRow } from './filing-rows.js'
import { idempotencyRow, outboxRow } from './portal-store.js'
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

/** `insert into table (…) select * from unnest(…)`: every row in one array per column. */
function insertRows<T extends Written>(table: T, rows: readonly Database[T][], tail = sql``): RawBuilder<unknown> {
  const types: Record<string, string> = COLUMN_TYPES[table]
  const columns = Object.keys(types) as (keyof Database[T] & string)[]
  const arrays = columns.map((c) => sql`${rows.map((r) => r[c] ?? null)}::${sql.raw(types[c] as string)}[]`)
  return sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
    select * from unnest(${sql.join(arrays)}) ${tail} returning 1`
}

/** The statement; it returns the ledger position of the batch's first entry. */
export function writeFilingsStatement(b: FilingBatch): RawBuilder<{ first: number | string }> {
  const writes = [
    insertRows('outbox', b.mails.map(outboxRow), sql`on conflict (kind, ref) do nothing`),
    insertRows(
      'idempotency',
      b.replies.map((r) => idempotencyRow(r, b.now)),
    ),
    insertRows('filings', b.filings.map(filingRow)),
    insertRows('filing_accounts', b.filings.flatMap(filingAccountRows)),
  ]
  const name = (i: number) => sql.raw(`w${i}`)
  const e = b.entries
  // The writes are counted in the FROM clause so that they are done before the append is
  // called: a data-modifying WITH that nothing reads runs after the main query, here with the
  // ledger's lock held.
  return sql<{ first: number | string }>`with ${sql.join(writes.map((w, i) => sql`${name(i)} as (${w})`))}
    select veto_append_ledger(${[...e.types]}::text[], ${[...e.payloads]}::text[], ${e.recordedAt}::bigint,
      ${e.recordedJson}::text) as first
    from ${sql.join(writes.map((_, i) => sql`(select count(*) from ${name(i)}) ${sql.raw(`c${i}`)}`))}`
}
