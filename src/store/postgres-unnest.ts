/**
 * PostgreSQL: rows inserted by one `insert … select * from unnest(…)`, one array parameter per
 * column, whatever their number — the bulk writer's path for a few rows or rows that may meet a
 * conflict, and the writes of a batch of filings — and ledger entries as array parameters.
 * @module
 */
import { type RawBuilder, sql } from 'kysely'
import type { NewEntries } from '../ledger/entries.js'
import { ident } from './sql-text.js'

/** The insert of `rows` (values in `columns`' order) into `table`, each column cast to its type's array. */
export function unnestInsert(
  table: string,
  columns: readonly string[],
  types: readonly string[],
  rows: readonly (readonly unknown[])[],
): RawBuilder<unknown> {
  const arrays = columns.map((_, i) => sql`${rows.map((r) => r[i] ?? null)}::${sql.raw(ident(types[i] as string))}[]`)
  const names = sql.raw(columns.map(ident).join(', '))
  return sql`insert into ${sql.table(table)} (${names}) select * from unnest(${sql.join(arrays)})`
}

/** Entries as the arguments of `veto_append_ledger` (migration 0016) take them, and the pending table holds them. */
export function ledgerArguments(e: NewEntries): RawBuilder<unknown> {
  return sql`${[...e.types]}::text[], ${[...e.payloads]}::text[], ${e.recordedAt}::bigint, ${e.recordedJson}::text`
}
