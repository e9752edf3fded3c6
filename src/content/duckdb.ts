/**
 * DuckDB, in memory, set up the way Veto needs it: UTC, and no extension downloads
 * (these machines cannot fetch them; a query that would need one fails at once).
 * @module
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, rmSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api'
import { removeOrphans } from '../os/processes.js'

export interface DuckDbOptions {
  /** e.g. '2GB'; DuckDB's own default when not given. */
  readonly memoryLimit?: string | undefined
  readonly threads?: number | undefined
  /** The folder in which the instance makes its spill folder; the system's temporary folder when not given. */
  readonly spillUnder?: string | undefined
}

const SPILL_FOLDER = /^duckdb-spill-(.+)-(\d+)-[0-9a-f]{16}$/

/**
 * Removes the spill folders in `parent` of this machine's processes that no longer run (a
 * build killed before it could close its instance); returns how many.
 */
export function removeStaleSpills(parent: string): number {
  return removeOrphans(parent, (name) => {
    const m = SPILL_FOLDER.exec(name)
    return m && m[1] === hostname() ? Number(m[2]) : undefined
  })
}

/**
 * A spill folder for one instance. DuckDB names its spill files by their block size alone, so two
 * instances spilling into one folder (two snapshots built at once, or a build and a proof index
 * rebuilt for a person's proof) overwrite each other's blocks and fail with "Corrupt temporary
 * file", and the first to close removes the other's files. The folder is readable by its owner
 * only (spilled blocks hold people's content) and named for its machine and process, so that the
 * next instance opened beside it removes it if its process was killed.
 */
function spillFolder(parent: string): string {
  mkdirSync(parent, { recursive: true })
  removeStaleSpills(parent)
  const dir = join(parent, `duckdb-spill-${hostname()}-${process.pid}-${randomBytes(8).toString('hex')}`)
  mkdirSync(dir, { mode: 0o700 })
  return dir
}

interface Instance {
  readonly instance: DuckDBInstance
  /** Closes the instance and removes its spill folder. */
  close(): void
}

/**
 * An in-memory instance set up as Veto needs it, spilling to a folder of its own; `setup` runs
 * once on it after `set TimeZone`. `keptBlocks`: memory its block allocator keeps for reuse
 * until the instance closes.
 */
async function createInstance(options: DuckDbOptions, setup = '', keptBlocks?: string): Promise<Instance> {
  const spill = spillFolder(options.spillUnder ?? tmpdir())
  const removeSpill = () => rmSync(spill, { recursive: true, force: true })
  const settings: Record<string, string> = {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'true',
    temp_directory: spill,
  }
  if (options.memoryLimit) settings.memory_limit = options.memoryLimit
  if (keptBlocks) settings.block_allocator_memory = keptBlocks
  if (options.threads) settings.threads = String(options.threads)
  let instance: DuckDBInstance | undefined
  try {
    instance = await DuckDBInstance.create(':memory:', settings)
    const connection = await instance.connect()
    await connection.run(`set TimeZone = 'UTC'; ${setup}`)
    connection.closeSync()
  } catch (e) {
    instance?.closeSync()
    removeSpill()
    throw e
  }
  const opened = instance
  return {
    instance: opened,
    close() {
      opened.closeSync()
      removeSpill()
    },
  }
}

/**
 * An instance for one job (a snapshot, a check), closed when it ends. With a memory limit its
 * block allocator may keep that much memory for reuse instead of handing freed blocks back
 * to the system: each sort and write of a snapshot otherwise faults its pages in afresh (at
 * 10M items, 1.8M page faults and a fifth of the CPU time in the kernel; bench/export).
 */
export async function openDuckDb(
  options: DuckDbOptions = {},
): Promise<{ connection: DuckDBConnection; close(): void }> {
  const opened = await createInstance(options, '', options.memoryLimit)
  const connection = await opened.instance.connect()
  return {
    connection,
    close() {
      connection.closeSync()
      opened.close()
    },
  }
}

export interface DuckPool {
  /** Runs `fn` on a connection of the pool's one instance; connections are kept for the next call. */
  withConnection<T>(fn: (connection: DuckDBConnection) => Promise<T>): Promise<T>
  close(): void
}

/**
 * One DuckDB instance for a long-lived process's small reads (a person's items), with
 * Parquet footers cached across queries: opening an instance per request costs tens of
 * milliseconds and memory. Created on first use; its queries run on DuckDB's threads.
 */
export function createDuckPool(options: DuckDbOptions = {}): DuckPool {
  let instance: Promise<Instance> | undefined
  const idle: DuckDBConnection[] = []
  async function connect(): Promise<DuckDBConnection> {
    const ready = idle.pop()
    if (ready) return ready
    instance ??= createInstance(
      { threads: options.threads ?? 2, memoryLimit: options.memoryLimit ?? '256MB' },
      'set parquet_metadata_cache = true',
    )
    return (await instance).instance.connect()
  }
  return {
    async withConnection(fn) {
      const c = await connect()
      try {
        return await fn(c)
      } finally {
        if (idle.length < 8) idle.push(c)
        else c.closeSync()
      }
    },
    close() {
      for (const c of idle.splice(0)) c.closeSync()
      // Closing is best effort: an instance that failed to open has nothing to close.
      instance?.then((db) => db.close()).catch(() => {})
      instance = undefined
    },
  }
}
