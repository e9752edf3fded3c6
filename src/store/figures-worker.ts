/**
 * The worker of `sqlite-figures.ts`: computes the figures over a read-only connection of its own
 * to the store's file, in one read transaction, so that they all count the same moment's rows.
 * @module
 */
import Sqlite from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { parentPort, workerData } from 'node:worker_threads'
import { describeError } from '../os/thread-errors.js'
import { readFigures } from './figures.js'
import type { Database } from './schema.js'
import type { FiguresJob, FiguresMessage } from './sqlite-figures.js'

const port = parentPort
if (!port) throw new Error('figures-worker.js runs as a worker thread')
const job = workerData as FiguresJob

let db: Kysely<Database> | undefined
try {
  const raw = new Sqlite(job.path, { readonly: true, fileMustExist: true })
  // A reader in WAL mode waits for no writer; this covers the moments a checkpoint resets the WAL.
  raw.pragma(`busy_timeout = ${job.busyTimeoutMs}`)
  db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) })
  const figures = await db.transaction().execute((trx) => readFigures(trx, 'sqlite', job.query))
  port.postMessage({ type: 'done', figures } satisfies FiguresMessage)
} catch (e) {
  port.postMessage({ type: 'failed', error: describeError(e) } satisfies FiguresMessage)
} finally {
  await db?.destroy()
}
