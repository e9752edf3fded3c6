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
import { AppError } from '../domain/app-error.js'
import type { ErrorCode } from '../domain/error-codes.js'
import { InputError, type InputProblem } from './input-error.js'
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

/** An error as it crosses from the worker: enough to throw the same one here. */
export type ErrorDescription =
  | {
      readonly kind: 'input'
      readonly code: 'IMPORT_INVALID'
      readonly file: string
      readonly problems: InputProblem[]
      readonly total: number
    }
  | {
      readonly kind: 'app'
      readonly code: ErrorCode
      readonly message: string
      readonly details: Record<string, string | number>
    }
  | { readonly kind: 'other'; readonly message: string; readonly code: string | undefined }

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

export function describeError(e: unknown): ErrorDescription {
  if (e instanceof InputError && e.code === 'IMPORT_INVALID')
    return { kind: 'input', code: e.code, file: e.file, problems: [...e.problems], total: e.total }
  if (e instanceof AppError) return { kind: 'app', code: e.code, message: e.message, details: { ...e.details } }
  const code = (e as { code?: unknown } | null)?.code
  return {
    kind: 'other',
    message: String((e as Error)?.message ?? e),
    code: typeof code === 'string' ? code : undefined,
  }
}

function rebuild(d: ErrorDescription): Error {
  switch (d.kind) {
    case 'input':
      return new InputError(d.code, d.file, d.problems, d.total)
    case 'app':
      return new AppError(d.code, d.message, d.details)
    case 'other':
      return Object.assign(new Error(d.message), d.code === undefined ? {} : { code: d.code })
  }
}

// From src/ (under the test runner) as from dist/: the worker is the built one, as the hasher's
// WebAssembly is (`npm run build` comes first in `npm test`).
const WORKER = new URL('../../dist/input/parse-worker.js', import.meta.url)

/** The file's batches, in order; the worker ends when they are all taken or the caller stops. */
export async function* parsedBatches<T>(job: ParseJob): AsyncGenerator<ParsedBatch<T>> {
  // Its live data is a few batches: a heap capped well below V8's default, collected sooner
  // rather than grown (the check's peak RSS at 1M accounts: 490–540 MB against 580–660 MB), with
  // room for a file whose records are each megabytes long (a reason has no length limit).
  const worker = new Worker(WORKER, { workerData: job, resourceLimits: { maxOldGenerationSizeMb: 512 } })
  const inbox: (ParseMessage | { type: 'crashed'; error: Error } | { type: 'exited' })[] = []
  let wake = () => {}
  const deliver = (m: (typeof inbox)[number]) => {
    inbox.push(m)
    wake()
  }
  worker.on('message', deliver)
  worker.on('error', (error) => deliver({ type: 'crashed', error }))
  worker.on('exit', () => deliver({ type: 'exited' }))
  try {
    for (;;) {
      while (inbox.length === 0)
        await new Promise<void>((r) => {
          wake = r
        })
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
          throw rebuild(m.error)
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
