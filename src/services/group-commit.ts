/**
 * Group commit: writes that arrive while a transaction is committing wait and then share the
 * next one, so that many concurrent objections cost one fsync, and a handful of multi-row
 * statements (on PostgreSQL one), instead of one each. The caller's items are written as a batch
 * by one function, all or nothing (a transaction of its own); when the batch fails, its items are
 * written again one at a time: the failing one's caller gets its error, the others commit. A
 * caller hears back only after the commit that holds its write — never before. `write` may so run
 * twice for an item: it must do nothing but its writes.
 * @module
 */
import { AppError } from '../domain/app-error.js'

interface Job<I> {
  readonly item: I
  readonly resolve: () => void
  readonly reject: (error: unknown) => void
}

export interface GroupCommit<I> {
  /** Resolves once the item's writes are committed. */
  run(item: I): Promise<void>
  /** How well writes share commits since the start: transactions, writes in them, the largest batch. */
  stats(): { readonly commits: number; readonly writes: number; readonly largest: number }
}

export function createGroupCommit<I>(write: (items: readonly I[]) => Promise<void>, maxBatch = 64): GroupCommit<I> {
  const queue: Job<I>[] = []
  // One transaction at a time: several at once (PostgreSQL, measured when a batch was still
  // several statements) were no faster, since each holds the ledger's lock from its append to
  // its commit.
  let running = false
  const counted = { commits: 0, writes: 0, largest: 0 }

  async function commit(batch: readonly Job<I>[]): Promise<void> {
    counted.commits++
    await write(batch.map((j) => j.item))
  }

  /** The batch being committed: if `drain` itself failed, its callers must hear of it too. */
  let current: readonly Job<I>[] = []

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch)
      current = batch
      counted.writes += batch.length
      counted.largest = Math.max(counted.largest, batch.length)
      try {
        await commit(batch)
      } catch (error) {
        // Nothing of the batch is stored. Alone, an item that failed only for another's sake commits;
        // a store locked by another process for the whole wait is no one item's fault, so none is tried again.
        if (batch.length === 1 || (error instanceof AppError && error.code === 'STORE_BUSY'))
          for (const job of batch) job.reject(error)
        else {
          for (const job of batch) await commit([job]).then(job.resolve, job.reject)
        }
        continue
      }
      for (const job of batch) job.resolve()
    }
    current = []
    // In the same synchronous step as the check above: a write queued after it starts a new drain.
    running = false
  }

  return {
    stats: () => ({ ...counted }),
    run(item) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ item, resolve, reject })
        if (!running) {
          running = true
          // After the I/O events already waiting: requests that arrived together are read,
          // checked and queued before the batch closes. Started at once, the batch would
          // hold only this write, since SQLite answers without giving the loop a turn.
          setImmediate(() => {
            // A batch's failure goes to its callers; only a bug gets here, and then every caller hears of it.
            drain().catch((error: unknown) => {
              for (const job of [...current, ...queue.splice(0)]) job.reject(error)
              current = []
              running = false
            })
          })
        }
      })
    },
  }
}
