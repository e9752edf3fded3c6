/**
 * DuckDB, in memory, set up the way Veto needs it: UTC, and no extension downloads
 * (these machines cannot fetch them; a query that would need one fails at once).
 * @module
 */
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api'

export interface DuckDbOptions {
  /** e.g. '2GB'; DuckDB's own default when not given. */
  readonly memoryLimit?: string | undefined
  readonly threads?: number | undefined
}

/**
 * An in-memory instance set up as Veto needs it; `setup` runs once on it after `set TimeZone`.
 * `keptBlocks`: memory its block allocator keeps for reuse until the instance closes.
 */
async function createInstance(options: DuckDbOptions, setup = '', keptBlocks?: string): Promise<DuckDBInstance> {
  const settings: Record<string, string> = { autoinstall_known_extensions: 'false', autoload_known_extensions: 'true' }
  if (options.memoryLimit) settings.memory_limit = options.memoryLimit
  if (keptBlocks) settings.block_allocator_memory = keptBlocks
  if (options.threads) settings.threads = String(options.threads)
  const instance = await DuckDBInstance.create(':memory:', settings)
  const connection = await instance.connect()
  await connection.run(`set TimeZone = 'UTC'; ${setup}`)
  connection.closeSync()
  return instance
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
  const instance = await createInstance(options, '', options.memoryLimit)
  const connection = await instance.connect()
  return {
    connection,
    close() {
      connection.closeSync()
      instance.closeSync()
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
  let instance: Promise<DuckDBInstance> | undefined
  const idle: DuckDBConnection[] = []
  async function connect(): Promise<DuckDBConnection> {
    const ready = idle.pop()
    if (ready) return ready
    instance ??= createInstance(
      { threads: options.threads ?? 2, memoryLimit: options.memoryLimit ?? '256MB' },
      'set parquet_metadata_cache = true',
    )
    return (await instance).connect()
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
      instance?.then((db) => db.closeSync()).catch(() => {})
      instance = undefined
    },
  }
}
