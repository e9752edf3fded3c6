/**
 * Group commit: writes that arrive while a transaction is committing wait and then share the
 * next one, so that many concurrent objections cost one fsync instead of one each. Each write
 * runs in its own savepoint: one that fails is undone alone and its caller gets its error; the
 * others commit. A caller hears back only after the commit that holds its write — never before.
 * @module
 */
import type { Store } from '../store/store.js'

interface Job {
  readonly work: (tx: Store) => Promise<unknown>
  readonly resolve: (value: unknown) => void
  readonly reject: (error: unknown) => void
}

export interface GroupCommit {
  run<T>(work: (tx: Store) => Promise<T>): Promise<T>
  /** How well writes share commits since the start: transactions, writes in them, the largest batch. */
  stats(): { readonly commits: number; readonly writes: number; readonly largest: number }
}

export function createGroupCommit(store: Store, maxBatch = 64): GroupCommit {
  const queue: Job[] = []
  let running = false
  const counted = { commits: 0, writes: 0, largest: 0 }

  async function drain(): Promise<void> {
    running = true
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch)
      counted.commits++
      counted.writes += batch.length
      counted.largest = Math.max(counted.largest, batch.length)
      let outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[]
      try {
        outcomes = await store.transaction(async (tx) => {
          const out: typeof outcomes = []
          for (const job of batch) {
            try {
              out.push({ ok: true, value: await tx.savepoint(job.work) })
            } catch (error) {
              out.push({ ok: false, error })
            }
          }
          return out
        })
      } catch (error) {
        // The commit itself failed: nothing of the batch is stored.
        for (const job of batch) job.reject(error)
        continue
      }
      batch.forEach((job, i) => {
        const o = outcomes[i]
        if (o?.ok) job.resolve(o.value)
        else job.reject(o?.error)
      })
    }
    running = false
  }

  return {
    stats: () => ({ ...counted }),
    run<T>(work: (tx: Store) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (v: unknown) => void, reject })
        if (!running) {
          running = true
          // After the I/O events already waiting: requests that arrived together are read,
          // checked and queued before the first batch closes. Started at once, the batch
          // would hold only this write, since SQLite answers without giving the loop a turn.
          setImmediate(() => void drain())
        }
      })
    },
  }
}
