/**
 * What a log line or an internal-error report may say of an error nobody expected. An `AppError`'s
 * message is written never to hold personal data; others are not, and some quote what they
 * refused: PostgreSQL's of class 22 (data exceptions: `invalid input syntax for type uuid: "…"`),
 * DuckDB's (`Conversion Error: Could not convert string '…'`), `JSON.parse`'s (`Unexpected token
 * …, "…" is not valid JSON`); and any message may go on, after its first line, to quote a row. So a
 * summary keeps the first line only; of a PostgreSQL error outside the classes known to name only
 * objects, the SQLSTATE and the names of the table, column and constraint, which are the schema's;
 * of DuckDB's, its kind; of a syntax error, nothing but its name.
 * @module
 */
import { AppError } from './app-error.js'

/** Classes whose messages name objects (tables, constraints, locks, users, databases), never values. */
const NAMING_CLASSES = new Set(['08', '23', '25', '28', '3D', '40', '42', '53', '54', '55', '57', '58', 'P0', 'XX'])

/** DuckDB's messages begin with their kind: `Conversion Error: …`, `Invalid Input Error: …`. */
const DUCKDB_KIND = /^([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)* Error): /

interface DatabaseErrorFields {
  code: string
  severity: string
  table?: unknown
  column?: unknown
  constraint?: unknown
}

/** PostgreSQL's driver sets a five-character SQLSTATE and a severity on the errors the server sends. */
function isDatabaseError(e: Error): e is Error & DatabaseErrorFields {
  const { code, severity } = e as Partial<DatabaseErrorFields>
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && typeof severity === 'string'
}

export function errorSummary(e: unknown): { name: string; message: string } {
  if (!(e instanceof Error)) return { name: typeof e, message: '' }
  const firstLine = e.message.split('\n')[0] ?? ''
  if (e instanceof AppError) return { name: e.name, message: firstLine }
  if (e instanceof SyntaxError) return { name: e.name, message: '' }
  const duckdb = DUCKDB_KIND.exec(firstLine)?.[1]
  if (duckdb !== undefined) return { name: e.name, message: duckdb }
  if (!isDatabaseError(e) || NAMING_CLASSES.has(e.code.slice(0, 2))) return { name: e.name, message: firstLine }
  const names = (['table', 'column', 'constraint'] as const)
    .filter((key) => typeof e[key] === 'string')
    .map((key) => `${key} ${e[key]}`)
  return { name: e.name, message: [`SQLSTATE ${e.code}`, ...names].join(', ') }
}

/** An error's summary and then its stack's frames, which name code, never data. */
export function errorReport(e: unknown): string {
  const { name, message } = errorSummary(e)
  const frames = e instanceof Error ? (e.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)) : []
  return [`${name}: ${message}`, ...frames].join('\n')
}
