/**
 * Reads content items from the platform's files (JSON Lines, CSV or Parquet), streaming,
 * with the line (or row) of each item for error messages. Extra columns are allowed —
 * content belongs to the platform — but the fields Veto decides on are checked strictly.
 * @module
 */
import { statSync } from 'node:fs'
import { z } from 'zod'
import { AppError } from '../domain/app-error.js'
import type { ContentItem } from '../domain/index.js'
import { firstIssue, idField, instantField, optionalText } from '../input/fields.js'
import { InputError } from '../input/input-error.js'
import { formatOf, readRecords, type SourceRecord } from '../input/records.js'
import { openDuckDb } from './duckdb.js'

export interface ContentRecord {
  readonly line: number
  readonly item: ContentItem
}

const blankToNull = (v: unknown) => (v === '' || v === undefined ? null : v)

// No "future" check here: an item published after the cutoff is decided out by rule 1.
function itemSchema() {
  const now = Number.POSITIVE_INFINITY
  return z.object({
    id: idField,
    account: idField,
    kind: idField,
    visibility: idField,
    published_at: instantField(now),
    public_since: z.preprocess(blankToNull, z.union([z.null(), instantField(now)])),
    lang: optionalText,
  })
}

/** Parquet rows, converted by DuckDB: timestamps arrive as Date, text as string. */
async function* readParquet(file: string): AsyncGenerator<SourceRecord> {
  const { connection, close } = await openDuckDb()
  try {
    const result = await connection.stream(`select * from read_parquet($1)`, [file])
    let line = 0
    for await (const rows of result.yieldRowObjectJs()) {
      for (const values of rows) yield { line: ++line, values: values as Record<string, unknown> }
    }
  } catch (e) {
    if (e instanceof InputError) throw e
    throw new AppError('CONTENT_UNREADABLE', `${file}: not a readable Parquet file`, { file }, { cause: e })
  } finally {
    close()
  }
}

/** Streams the items of one content file; the first bad item stops the read with its line and field. */
export async function* readContent(file: string): AsyncGenerator<ContentRecord> {
  let isFile = false
  try {
    isFile = statSync(file).isFile()
  } catch {
    // reported below
  }
  if (!isFile) throw new AppError('INPUT_NOT_FOUND', `${file}: no such file`, { file })
  const schema = itemSchema()
  const records = formatOf(file) === 'parquet' ? readParquet(file) : readRecords(file, 'CONTENT_INVALID')
  for await (const { line, values } of records) {
    const res = schema.safeParse(values)
    if (!res.success) throw new InputError('CONTENT_INVALID', file, [{ line, ...firstIssue(res.error) }])
    const r = res.data
    yield {
      line,
      item: {
        id: r.id, account: r.account, kind: r.kind, visibility: r.visibility,
        publishedAt: r.published_at, publicSince: r.public_since, lang: r.lang,
      },
    }
  }
}
