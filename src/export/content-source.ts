/**
 * The platform's content files as one DuckDB view `content`, with the fields Veto decides
 * on normalized (instants as epoch milliseconds, like the domain core) beside every
 * original column. A strict check runs first: the first bad row stops the snapshot,
 * named by file, line and field, and nothing is written. The check is one pass with no line
 * numbers; only when it finds something are lines counted, to name the first bad row.
 * @module
 */
import type { DuckDBConnection } from '@duckdb/node-api'
import { PUBLIC_BEFORE_PUBLISHED } from '../content/read-content.js'
import { InputError } from '../input/input-error.js'
import { assertFile, formatOf } from '../input/records.js'
import { ident, list } from '../store/sql-text.js'
import { AppError } from '../domain/app-error.js'

const REQUIRED = ['id', 'account', 'kind', 'visibility', 'published_at'] as const
// The domain's RFC 3339 check, in RE2: an offset is required, a local time is refused.
const RFC3339 =
  String.raw`^\d{4}-\d{2}-\d{2}[Tt]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?` +
  String.raw`([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$`
// The domain's identifier check (`/^\S+$/`, at most 256): RE2's \S knows only ASCII white
// space, so JavaScript's \s is spelled out.
const IDENTIFIER =
  String.raw`^[^\t\n\x0b\f\r \x{00a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}` +
  String.raw`\x{202f}\x{205f}\x{3000}\x{feff}]{1,256}$`

function readerSql(files: readonly string[]): { sql: string; lineOffset: number; parquet: boolean } {
  const formats = new Set(files.map(formatOf))
  if (formats.size > 1) {
    throw new AppError(
      'CONTENT_FORMATS_MIXED',
      `the content files are of ${formats.size} formats; convert them to one`,
      {
        formats: [...formats].sort().join(', '),
      },
    )
  }
  const fileList = list(files)
  const format = [...formats][0]
  if (format === 'parquet')
    return { sql: `read_parquet(${fileList}, filename = true, union_by_name = true)`, lineOffset: 0, parquet: true }
  if (format === 'csv')
    return {
      sql: `read_csv(${fileList}, header = true, all_varchar = true, filename = true, union_by_name = true)`,
      lineOffset: 1,
      parquet: false,
    }
  return {
    sql: `read_json(${fileList}, format = 'newline_delimited', filename = true, union_by_name = true)`,
    lineOffset: 0,
    parquet: false,
  }
}

/** An instant column as epoch milliseconds, whether stored as timestamp or as RFC 3339 text. */
function instantMs(column: string, type: string): string {
  if (/TIMESTAMP/i.test(type)) return `epoch_ms(${column}::timestamptz)`
  return `epoch_ms(try_cast(upper(${column}::varchar) as timestamptz))`
}

function instantOk(column: string, type: string): string {
  if (/TIMESTAMP/i.test(type)) return `${column} is not null`
  return (
    `(regexp_full_match(${column}::varchar, '${RFC3339}') ` +
    `and try_cast(upper(${column}::varchar) as timestamptz) is not null)`
  )
}

export interface ContentSource {
  /** Columns of the files besides the normalized ones. */
  readonly columns: readonly string[]
  /**
   * Columns of `content` that put it in one order, whatever the threads did: the position in
   * the files where the reader knows it (Parquet), else the id (unique, checked).
   */
  readonly order: readonly string[]
  /** Whether `order` is the files' own order, in which `content` is also scanned. */
  readonly inFileOrder: boolean
}

// The reader's own position columns, carried through `content` under names no platform uses.
const FILE = 'veto_file_index'
const ROW = 'veto_file_row'

export async function createContentView(
  connection: DuckDBConnection,
  files: readonly string[],
): Promise<ContentSource> {
  for (const f of files) assertFile(f)
  const { sql, lineOffset, parquet } = readerSql(files)
  await connection.run(`create or replace view raw_content as
    select *, file_index as ${FILE}${parquet ? `, file_row_number as ${ROW}` : ''} from ${sql}`)
  const described = (await connection.runAndReadAll(`describe raw_content`)).getRowObjectsJson() as {
    column_name: string
    column_type: string
  }[]
  const types = new Map(described.map((d) => [d.column_name, d.column_type]))
  const first = files[0] as string
  for (const field of REQUIRED) {
    if (!types.has(field))
      throw new InputError('CONTENT_INVALID', first, [{ line: 1, field, message: 'is missing from the file' }])
  }
  const col = (name: string) => (types.has(name) ? ident(name) : 'null')
  const publicSince = types.has('public_since') ? '"public_since"' : 'null'
  const idOk = (c: string) => `(${c} is not null and regexp_full_match(${c}::varchar, '${IDENTIFIER}'))`
  const checks = [
    ...(['id', 'account', 'kind', 'visibility'] as const).map(
      (f) => [f, `not ${idOk(ident(f))}`, 'is required: text without white space, at most 256 characters'] as const,
    ),
    [
      'published_at',
      `not ${instantOk('"published_at"', types.get('published_at') ?? '')}`,
      'expected an RFC 3339 instant with offset, e.g. 2025-05-20T10:00:00Z',
    ] as const,
    [
      'public_since',
      `(${publicSince} is not null and ${publicSince}::varchar <> '' ` +
        `and not ${instantOk(publicSince, types.get('public_since') ?? 'VARCHAR')})`,
      'expected an RFC 3339 instant with offset, or empty',
    ] as const,
    // Both instants are read leniently here: a malformed one is null, and the checks above name it.
    [
      'public_since',
      `(${instantMs(publicSince, types.get('public_since') ?? 'VARCHAR')} < ` +
        `${instantMs('"published_at"', types.get('published_at') ?? '')})`,
      PUBLIC_BEFORE_PUBLISHED,
    ] as const,
  ]
  const anyBad = checks.map(([, cond]) => `(${cond})`).join(' or ')
  // Distinct hashes prove distinct ids; equal hashes (a collision, or a repeat) ask the exact check.
  const found = (
    await connection.runAndReadAll(`select count(*) filter (where ${anyBad}) as bad,
      count(*) - count(distinct hash("id"::varchar)) as clashes
    from raw_content`)
  ).getRowObjectsJson()[0]
  if (Number(found?.bad) > 0 || Number(found?.clashes) > 0) {
    // A Parquet file knows each row's number; a text file's lines are counted (slowly).
    const line = parquet ? `${ROW} + 1` : `row_number() over (partition by filename) + ${lineOffset}`
    await connection.run(
      `create or replace temp view numbered_content as select *, ${line} as source_line from raw_content`,
    )
    const flags = checks.map(([, cond], i) => `${cond} as bad_${i}`).join(', ')
    const bad = (
      await connection.runAndReadAll(`select filename, source_line, ${flags}
      from numbered_content where ${anyBad} order by filename, source_line limit 1`)
    ).getRowObjectsJson()[0]
    if (bad) {
      const [field, , message] = (checks.find((_, i) => bad[`bad_${i}`] === true) ??
        checks[0]) as (typeof checks)[number]
      throw new InputError('CONTENT_INVALID', String(bad.filename), [{ line: Number(bad.source_line), field, message }])
    }
    const dup = (
      await connection.runAndReadAll(
        `select id::varchar as id from raw_content group by id having count(*) > 1 limit 1`,
      )
    ).getRowObjectsJson()[0]
    if (dup) {
      const where = (
        await connection.runAndReadAll(
          `select filename, source_line from numbered_content where id::varchar = $1 ` +
            `order by filename, source_line limit 1 offset 1`,
          [String(dup.id)],
        )
      ).getRowObjectsJson()[0]
      throw new InputError('CONTENT_INVALID', String(where?.filename ?? first), [
        { line: Number(where?.source_line ?? 0), field: 'id', message: 'repeats an earlier item' },
      ])
    }
  }
  const publicSinceMs = types.has('public_since')
    ? `case when "public_since" is null or "public_since"::varchar = '' then null ` +
      `else ${instantMs('"public_since"', types.get('public_since') ?? '')} end`
    : 'null'
  await connection.run(`create or replace view content as
    select "id"::varchar as id, "account"::varchar as account, "kind"::varchar as kind,
      "visibility"::varchar as visibility,
      ${instantMs('"published_at"', types.get('published_at') ?? '')} as published_ms,
      ${publicSinceMs} as public_since_ms,
      nullif(${col('lang')}::varchar, '') as lang_norm, raw_content.* exclude (filename)
    from raw_content`)
  return {
    columns: described.map((d) => d.column_name).filter((c) => c !== 'filename' && c !== FILE && c !== ROW),
    order: parquet ? [FILE, ROW] : ['id'],
    inFileOrder: parquet,
  }
}
