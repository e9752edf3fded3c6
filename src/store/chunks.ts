/** Rows cut into statements of a bounded size. */

/** Rows per statement: far below SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK_ROWS = 500

export function chunks<T>(xs: readonly T[], size = CHUNK_ROWS): T[][] {
  const out: T[][] = []
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size))
  return out
}
