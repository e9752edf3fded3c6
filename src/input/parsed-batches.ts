/**
 * An import file's records, read and checked against their kind's row shape in a worker thread
 * (`parse-worker.ts`), while this thread checks the batches before against the file so far and
 * the store. The check of a file was one thread's work, with the machine's other cores idle:
 * reading and parsing took half of it (bench/import).
 *
 * Each batch comes as the JSON lines the check's scratch file keeps (`CheckedRows.addLines`) and
 * as the rows those lines parse to here: what is kept is what was checked. The worker reads at
 * most `AHEAD` batches ahead of the batch taken last, so memory stays bounded whatever the file.
 * @module
 */
import { Worker } from 'node:worker_threads'
import { type ErrorDescription, rebuildError } from '../os/thread-errors.js'
import type { InputProblem } from './input-error.js'
import type { ImportKind } from './rows.js'

/** What the worker reads: a file of one kind, in batches of `batchRecords` records. */
export interface ParseJob {
  readonly file: string
  readonly kind: ImportKind
  /** The instant the file's instants are checked against (none may lie after it). */
  readonly now: number
  readonly batchRecords: number
}

/** Batches the worker may have sent and this thread not yet taken. */
export const AHEAD = 4

export type ParseMessage =
  | {
      readonly type: 'batch'
      /** The rows as JSON lines of `{ line, row }`, each ending in a newline. */
      readonly text: string
      readonly count: number
      /** Records that are not of the row shape, by line and field. */
      readonly invalid: InputProblem[]
    }
  | { readonly type: 'done' }
  | { readonly type: 'failed'; readonly error: ErrorDescription }

export interface ParsedBatch<T> {
  readonly rows: T[]
  readonly text: string
  readonly invalid: readonly InputProblem[]
}

/** A wait that the next `wake` ends: each side of the thread sleeps on one until a message comes. */
export function waker(): { wait(): Promise<void>; wake(): void } {
  let wake = () => {}
  return {
    wait: () =>
      new Promise<void>((r) => {
        wake = r
      }),
    wake: () => wake(),
  }
}

// From src/ (under the test runner) as from dist/: the worker is the built one, as the hasher's
// WebAssembly is (`npm run build` comes first in `npm test`).
const WORKER = new URL('../../dist/input/parse-worker.js', import.meta.url)

/** The file's batches, in order; the worker ends when they are all taken or the caller stops. */
export async function* parsedBatches<T>(job: ParseJob): AsyncGenerator<ParsedBatch<T>> {
  // No cap on its heap: a 10M-account import peaked at 864–882 MB with none or with 2 GB; a cap of
  // 128 MB gave 703 MB, but would refuse a file whose records average some tens of kilobytes (a
  // reason has no length limit), which the reader took before it ran in a thread of its own.
  const worker = new Worker(WORKER, { workerData: job })
  const inbox: (ParseMessage | { type: 'crashed'; error: Error } | { type: 'exited' })[] = []
  const arrived = waker()
  const deliver = (m: (typeof inbox)[number]) => {
    inbox.push(m)
    arrived.wake()
  }
  worker.on('message', deliver)
  worker.on('error', (error) => deliver({ type: 'crashed', error }))
  worker.on('exit', () => deliver({ type: 'exited' }))
  try {
    for (;;) {
      while (inbox.length === 0) await arrived.wait()
      const m = inbox.shift() as (typeof inbox)[number]
      switch (m.type) {
        case 'batch': {
          // JSON escapes every line break inside a value: the lines are the rows.
          const rows = JSON.parse(`[${m.text.slice(0, -1).replaceAll('\n', ',')}]`) as T[]
          if (rows.length !== m.count) throw new Error(`a batch of ${m.count} rows came as ${rows.length}`)
          yield { rows, text: m.text, invalid: m.invalid }
          worker.postMessage('more')
          break
        }
        case 'done':
          return
        case 'failed':
          throw rebuildError(m.error)
        case 'crashed':
          throw m.error
        case 'exited':
          throw new Error('the import file reader stopped before the end of the file')
      }
    }
  } finally {
    await worker.terminate()
  }
}
