/**
 * How many records the next transaction of an import takes on SQLite, where a transaction holds
 * the store's one write lock from its first insert to its commit and a person's objection waits
 * that long. Most batches take a few tens of milliseconds, but a batch whose rows land in large
 * indexes at random places dirties a page or more a row: 2,048 objections into a store of 2M
 * accounts held the lock 210–300 ms, and objections filed meanwhile waited at a p99 of 213–249 ms
 * (BENCHMARKS.md, `bench/import`). So each transaction is sized from the one before, to hold the
 * lock about `budgetMs`. Pure: the caller times its transactions, from the lock taken to the commit.
 * @module
 */

/** What one transaction of an import may hold the SQLite write lock for, about. */
export const LOCK_BUDGET_MS = 50

/** The fewest records a transaction takes, however slow: a commit's own cost is paid per transaction. */
export const MIN_RECORDS = 64

/**
 * The records the first transaction takes, before its pace is known: a slow one holds the lock
 * for a fraction of a whole batch, a quick one grows to the whole batch within three more.
 */
export const FIRST_RECORDS = 256

/**
 * The size of the next transaction, given that the last one wrote `records` in `ms`: as many as
 * fit the budget at that pace, between `MIN_RECORDS` and `most`, and at most twice the last, so
 * that one quick transaction (its pages already in memory) does not bring back a long one.
 */
export function nextBatchSize(records: number, ms: number, most: number, budgetMs = LOCK_BUDGET_MS): number {
  const least = Math.min(MIN_RECORDS, most)
  if (records <= 0) return most
  const fits = Math.floor((records * budgetMs) / Math.max(ms, 1))
  return Math.max(least, Math.min(most, 2 * records, fits))
}
