/**
 * The rows a filing is written as: one mapping for every path that writes them (Kysely, the
 * bulk writer, PostgreSQL's one-statement batch).
 * @module
 */
import type { NewFiling } from './store.js'
import type { FilingAccountsTable, FilingsTable } from './schema.js'

/** A filing's columns, in the order the bulk writer takes them. */
export const FILING_COLUMNS = [
  'id',
  'type',
  'received_at',
  'recorded_at',
  'channel',
  'reason',
  'dedupe_key',
] as const satisfies readonly (keyof FilingsTable)[]

export function filingRow({ filing: f, reason, dedupeKey }: NewFiling): FilingsTable {
  return {
    id: f.id,
    type: f.type,
    received_at: f.receivedAt,
    recorded_at: f.recordedAt,
    channel: f.channel,
    reason,
    dedupe_key: dedupeKey,
  }
}

export function filingAccountRows({ filing }: NewFiling): FilingAccountsTable[] {
  return filing.accounts.map((account) => ({ filing_id: filing.id, account }))
}
