/**
 * SQL text, for the statements that cannot take parameters: DuckDB's `COPY`, views and file
 * lists, and the column lists of the fact files. Only names and values of our own go in this way —
 * file paths, column names, a policy's kinds and regions; people's data (account ids, addresses)
 * only ever as parameters.
 * @module
 */

/** A string literal: `it's` → `'it''s'` (standard SQL; PostgreSQL's standard_conforming_strings, DuckDB, SQLite). */
export const literal = (s: string): string => `'${s.replaceAll("'", "''")}'`

/** A quoted identifier: `a"b` → `"a""b"`. */
export const ident = (name: string): string => `"${name.replaceAll('"', '""')}"`

/** A DuckDB list of string literals: `['a', 'b']`. */
export const list = (values: readonly string[]): string => `[${values.map(literal).join(', ')}]`
