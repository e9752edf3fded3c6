/**
 * The privacy team's figures on SQLite, computed in a worker thread. They read whole tables
 * (3–4 s at 1M accounts, bench/console), and better-sqlite3 runs a statement on the thread that
 * asks: on the serving process's own connection every person's page waited for each of them.
 * @module
 */
import { Worker } from 'node:worker_threads'
import { type ErrorDescription, rebuildError } from '../os/thread-errors.js'
import type { Figures, FiguresQuery } from './figures.js'
import type { FiguresReader } from './store.js'

/** What the worker computes: the figures of `query` over the store at `path`. */
export interface FiguresJob {
  readonly path: string
  readonly query: FiguresQuery
  readonly busyTimeoutMs: number
}

export type FiguresMessage =
  | { readonly type: 'done'; readonly figures: Figures }
  | { readonly type: 'failed'; readonly error: ErrorDescription }

// From src/ (under the test runner) as from dist/: the worker is the built one.
const WORKER = new URL('../../dist/store/figures-worker.js', import.meta.url)

/** Undefined for a store with no file of its own to open again (in memory). */
export function sqliteFigures(path: string, busyTimeoutMs: number): FiguresReader | undefined {
  if (path === '' || path === ':memory:') return undefined
  // A store closed while figures are computed (a serve process told to stop) stops them: they can
  // take minutes, and a worker thread left running keeps the process from ending.
  const running = new Set<Worker>()
  return {
    read: (query) =>
      new Promise<Figures>((resolve, reject) => {
        const worker = new Worker(WORKER, { workerData: { path, query, busyTimeoutMs } satisfies FiguresJob })
        running.add(worker)
        let answered = false
        worker.once('message', (m: FiguresMessage) => {
          answered = true
          if (m.type === 'done') resolve(m.figures)
          else reject(rebuildError(m.error))
        })
        worker.once('error', (e) => {
          answered = true
          reject(e)
        })
        worker.once('exit', (code) => {
          running.delete(worker)
          if (!answered) reject(new Error(`the figures' worker thread stopped (exit code ${code}) before it answered`))
        })
      }),
    async close() {
      await Promise.all([...running].map((w) => w.terminate()))
    },
  }
}
