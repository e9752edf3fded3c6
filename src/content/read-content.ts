/**
 * Reads content items from the platform's files (JSON Lines, CSV or Parquet), streaming
 * in batches, with the line (or row) of each item for error messages. Extra columns are
 * allowed — content belongs to the platform — but the fields Veto decides on are
 * checked strictly.
 * @module
 */
import { z } from 'zod'
import { AppError } from '../domain/app-error.js'
import { type ContentItem, parseInstant } from '../domain/index.js'
import { firstIssue, idField, instantField, optionalText } from '../input/fields.js'
import { InputError } from '../input/input-error.js'
import { assertFile, formatOf, readRecords, type SourceRecord } from '../input/records.js'
import { openDuckDb } from './duckdb.js'

export interface ContentRecord {
  readonly line: number
  readonly item: ContentItem
}

const blankToNull = (v: unknown) => (v === '' || v === undefined ? null : v)
// No "future" check: an item published after the cutoff is decided out by rule 1.
const anyInstant = instantField(Number.POSITIVE_INFINITY)

/** The item schema: the reference for what is accepted, and the source of every error message. */
export const contentItemSchema = z
  .object({
    id: idField,
    account: idField,
    kind: idField,
    visibility: idField,
    published_at: anyInstant,
    public_since: z.preprocess(blankToNull, z.union([z.null(), anyInstant])),
    lang: optionalText,
  })
  .superRefine((r, ctx) => {
    if (r.public_since !== null && r.public_since < r.published_at) {
      ctx.addIssue({ code: 'custom', path: ['public_since'], message: PUBLIC_BEFORE_PUBLISHED })
    }
  })

/** Rule 1 (docs/policy.md): `public_since` before `published_at` is bad input. */
export const PUBLIC_BEFORE_PUBLISHED = 'lies before published_at: an item cannot be public before it was published'

const ID = /^\S{1,256}$/

function instantOf(v: unknown): number | undefined {
  if (v instanceof Date) return Number.isFinite(v.getTime()) ? v.getTime() : undefined
  return typeof v === 'string' ? parseInstant(v) : undefined
}

/**
 * The common case without zod's overhead (a third of the decide time on 1M items): it
 * accepts only what `contentItemSchema` accepts — a test holds the two together — and
 * hands everything else to the schema, which accepts it or says what is wrong.
 */
export function fastContentItem(v: Readonly<Record<string, unknown>>): ContentItem | undefined {
  const { id, account, kind, visibility, lang } = v
  if (
    typeof id !== 'string' ||
    typeof account !== 'string' ||
    typeof kind !== 'string' ||
    typeof visibility !== 'string'
  )
    return undefined
  if (!ID.test(id) || !ID.test(account) || !ID.test(kind) || !ID.test(visibility)) return undefined
  const publishedAt = instantOf(v.published_at)
  if (publishedAt === undefined) return undefined
  const ps = v.public_since
  const publicSince = ps === null || ps === undefined || ps === '' ? null : instantOf(ps)
  if (publicSince === undefined || (publicSince !== null && publicSince < publishedAt)) return undefined
  if (lang !== null && lang !== undefined && typeof lang !== 'string') return undefined
  return {
    id,
    account,
    kind,
    visibility,
    publishedAt,
    publicSince,
    lang: lang === undefined || lang === '' ? null : lang,
  }
}

export function parseContentItem(file: string, { line, values }: SourceRecord): ContentRecord {
  const fast = fastContentItem(values)
  if (fast) return { line, item: fast }
  const res = contentItemSchema.safeParse(values)
  if (!res.success) throw new InputError('CONTENT_INVALID', file, [{ line, ...firstIssue(res.error) }])
  const r = res.data
  return {
    line,
    item: {
      id: r.id,
      account: r.account,
      kind: r.kind,
      visibility: r.visibility,
      publishedAt: r.published_at,
      publicSince: r.public_since,
      lang: r.lang,
    },
  }
}

/** Parquet rows, converted by DuckDB: timestamps arrive as Date, text as string. */
async function* readParquet(file: string): AsyncGenerator<SourceRecord[]> {
  const { connection, close } = await openDuckDb()
  try {
    const result = await connection.stream(`select * from read_parquet($1)`, [file])
    let line = 0
    for await (const rows of result.yieldRowObjectJs()) {
      yield rows.map((values) => ({ line: ++line, values: values as Record<string, unknown> }))
    }
  } catch (e) {
    if (e instanceof InputError) throw e
    throw new AppError('CONTENT_UNREADABLE', `${file}: not a readable Parquet file`, { file }, { cause: e })
  } finally {
    close()
  }
}

/** Streams the items of one content file in batches; the first bad item stops the read with its line and field. */
export async function* readContent(file: string): AsyncGenerator<ContentRecord[]> {
  const format = formatOf(file)
  assertFile(file)
  const batches = format === 'parquet' ? readParquet(file) : readRecords(file, 'CONTENT_INVALID')
  for await (const batch of batches) yield batch.map((r) => parseContentItem(file, r))
}
