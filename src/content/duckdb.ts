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

export async function openDuckDb(options: DuckDbOptions = {}): Promise<{ connection: DuckDBConnection; close(): void }> {
  const settings: Record<string, string> = { autoinstall_known_extensions: 'false', autoload_known_extensions: 'true' }
  if (options.memoryLimit) settings.memory_limit = options.memoryLimit
  if (options.threads) settings.threads = String(options.threads)
  const instance = await DuckDBInstance.create(':memory:', settings)
  const connection = await instance.connect()
  await connection.run(`set TimeZone = 'UTC'`)
  return {
    connection,
    close() {
      connection.closeSync()
      instance.closeSync()
    },
  }
}
