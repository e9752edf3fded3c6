/**
 * The stages of building a snapshot, each on a DuckDB connection and testable alone; the
 * snapshot service runs them in order (`services/snapshots.ts`). Every write from `decide` on
 * keeps the order its query gives, so that the same inputs give the same files, byte for byte.
 * @module
 */
import { createHash } from 'node:crypto'
import { appendFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { DuckDBConnection } from '@duckdb/node-api'
import { AppError, type Policy, policyFingerprint, REASONS, type Reason } from '../domain/index.js'
import type { FactFiles } from '../store/fact-files.js'
import { ident, literal } from '../store/sql-text.js'
import { ACCOUNT_INDEX_DIR, writeAccountIndex } from './account-index.js'
import { type ContentSource, createContentView } from './content-source.js'
import { croissant } from './croissant.js'
import { loadAccountFacts } from './engine.js'
import { listFiles, sha256File } from './files.js'
import { hashIncluded } from './item-hashes.js'
import type { KeyScheme } from './item-keys.js'
import { completeEvent, LINEAGE_FILE, type LineageRun, type RunEvent } from './lineage-events.js'
import { decisionsSql } from './plan.js'
import { type DataColumn, datasetCard, type FileEntry, manifest, type SnapshotFacts } from './snapshot-documents.js'

/** Columns the content view computes; every other column of a policy is the content's own. */
const COMPUTED = ['published_at', 'public_since', 'lang', 'id']

/** The expression that writes column `c` of a data file from the content view. */
function outputColumn(c: string): string {
  if (c === 'published_at') return `make_timestamp(published_ms * 1000)::timestamptz as published_at`
  if (c === 'public_since') return `make_timestamp(public_since_ms * 1000)::timestamptz as public_since`
  if (c === 'lang') return `lang_norm as lang`
  if (c === 'id') return `id`
  return ident(c)
}

/**
 * Checks the content (as the view `content`) in DuckDB's threads while the store writes its facts
 * as files — SQLite does so on this thread, between the check's steps: neither waits on the
 * other's core — then loads the facts, as of the store's position they were read at. The fact
 * files hold birthdates: `factDir` is removed once they are read, whatever happens.
 */
export async function checkContentAndLoadFacts(
  connection: DuckDBConnection,
  opts: {
    readonly content: readonly string[]
    readonly policy: Policy
    readonly at: number
    readonly built: number
    readonly factDir: string
    readonly writeFacts: (dir: string) => Promise<FactFiles>
  },
  between: () => void = () => {},
): Promise<{ source: ContentSource; ledgerSize: number }> {
  const { policy } = opts
  try {
    const [checked, written] = await Promise.allSettled([
      createContentView(connection, opts.content),
      opts.writeFacts(opts.factDir),
    ])
    if (checked.status === 'rejected') throw checked.reason
    if (written.status === 'rejected') throw written.reason
    const source = checked.value
    for (const c of policy.columns) {
      if (!COMPUTED.includes(c) && !source.columns.includes(c)) {
        throw new AppError(
          'CONTENT_INVALID',
          `the content has no column ${c}, which policy ${policy.name} puts into the dataset`,
          { field: c },
        )
      }
    }
    between()
    await loadAccountFacts(connection, written.value.files, policy, opts.at, opts.built)
    return { source, ledgerSize: written.value.ledgerSize }
  } finally {
    rmSync(opts.factDir, { recursive: true, force: true })
  }
}

/**
 * Decides every item in one pass over the content and writes the decisions to `path`, in the
 * content's order (see `ContentSource.order`: a join's output order is the threads'); the view
 * `decided` reads them back for every stage after.
 */
export async function decideItems(
  connection: DuckDBConnection,
  source: ContentSource,
  policy: Policy,
  at: number,
  path: string,
): Promise<void> {
  await connection.run(`set preserve_insertion_order = true`)
  const order = source.order.map((c) => (c === 'id' ? 'content_id' : c))
  const carry = ['kind', 'lang_norm', ...source.order.filter((c) => c !== 'id')]
  await connection.run(`copy (select content_id, account_id, included, reason, decided_by, kind, lang_norm as lang
      from (${decisionsSql(policy, at, { carry })}) order by ${order.join(', ')}) to ${literal(path)} (format parquet)`)
  await connection.run(`create or replace view decided as select * from read_parquet(${literal(path)})`)
}

/**
 * Writes the included items (those `decided` lets in) as `part-NNNNN.parquet` files of at most
 * `rowsPerFile` rows each, in the decisions' order. Where that is the files' own order, the
 * content is read beside the decisions row by row (a positional join: no hash table, no sort).
 * More than one part goes through one temporary file, from which each part takes its range
 * of row numbers without a rescan.
 */
export async function writeDataParts(
  connection: DuckDBConnection,
  source: ContentSource,
  policy: Policy,
  dir: string,
  scratch: string,
  rowsPerFile: number,
): Promise<void> {
  const columns = policy.columns.map(outputColumn).join(', ')
  const included = source.inFileOrder
    ? `select ${columns} from content positional join (select included from decided) d where d.included`
    : `select ${columns} from content where id in (select content_id from decided where included)
        order by ${source.order.join(', ')}`
  const count = Number(
    (await connection.runAndReadAll(`select count(*) as n from decided where included`)).getRowObjectsJson()[0]?.n ?? 0,
  )
  const part = (p: number) => literal(join(dir, `part-${String(p).padStart(5, '0')}.parquet`))
  if (count <= rowsPerFile) {
    await connection.run(`copy (${included}) to ${part(0)} (format parquet)`)
    return
  }
  try {
    await connection.run(`copy (${included}) to ${literal(scratch)} (format parquet)`)
    for (let p = 0; p * rowsPerFile < count; p++) {
      await connection.run(`copy (select * exclude (file_row_number)
          from read_parquet(${literal(scratch)}, file_row_number = true)
          where file_row_number >= ${p * rowsPerFile} and file_row_number < ${(p + 1) * rowsPerFile})
        to ${part(p)} (format parquet)`)
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** The per-account index of the decisions, in the snapshot folder (`account-index.ts`). */
export async function indexAccounts(connection: DuckDBConnection, building: string): Promise<void> {
  await writeAccountIndex(connection, 'decided', join(building, ACCOUNT_INDEX_DIR))
}

/**
 * Keys the included items of `decisions` (a relation: the view `decided` while building, a sealed
 * snapshot's decisions file after) under the snapshot's secret and key scheme and computes the
 * Merkle root over them, keeping the tree as a proof index in `proofIndexDir`, so that a
 * person's proof reads a few blocks. Hashed in WebAssembly (`item-hashes.ts`); the key files
 * it sorts go to a folder inside the index's, removed before it returns, and with the index's
 * scratch folder should a crash come first.
 */
export async function hashItems(
  connection: DuckDBConnection,
  keys: { readonly secret: Buffer; readonly keyScheme: KeyScheme },
  proofIndexDir: string,
  decisions = 'decided',
) {
  return hashIncluded(connection, decisions, keys, join(proofIndexDir, '.keys'), proofIndexDir)
}

export interface DecisionCounts {
  readonly considered: number
  /** Items left out, by reason (every reason, 0 when none). */
  readonly out: Record<Reason, number>
  readonly byKind: Record<string, { included: number; excluded: number }>
  readonly byLang: Record<string, { included: number; excluded: number }>
}

/** What the decisions add up to: by reason, and in and out by kind and by language. */
export async function countDecisions(connection: DuckDBConnection): Promise<DecisionCounts> {
  const reasonRows = (
    await connection.runAndReadAll(`select reason, count(*) as n from decided group by reason`)
  ).getRowObjectsJson()
  const out = Object.fromEntries(REASONS.map((r) => [r, 0])) as Record<Reason, number>
  let considered = 0
  for (const r of reasonRows) {
    considered += Number(r.n)
    if (r.reason !== null) out[r.reason as Reason] = Number(r.n)
  }
  const breakdown = async (column: string) => {
    const rows = (
      await connection.runAndReadAll(`select coalesce(${column}, '(none)') as k,
          sum(case when included then 1 else 0 end) as i, sum(case when included then 0 else 1 end) as e
        from decided group by 1 order by 1`)
    ).getRowObjectsJson()
    return Object.fromEntries(rows.map((r) => [String(r.k), { included: Number(r.i), excluded: Number(r.e) }]))
  }
  return { considered, out, byKind: await breakdown('kind'), byLang: await breakdown('lang') }
}

/** The fingerprint of a policy's rules, as the documents and the manifest give it. */
export function fingerprintOf(policy: Policy): string {
  return createHash('sha256').update(policyFingerprint(policy)).digest('hex')
}

/** The data files' columns as written, read back from their Parquet schema: the types a reader will get. */
export async function describeDataParts(connection: DuckDBConnection, dir: string): Promise<DataColumn[]> {
  const rows = (
    await connection.runAndReadAll(`describe select * from read_parquet(${literal(join(dir, 'part-*.parquet'))})`)
  ).getRowObjectsJson()
  return rows.map((r) => ({ name: String(r.column_name), type: String(r.column_type) }))
}

/** Adds an event of the build's run to the snapshot's lineage file, one JSON document a line. */
export function appendLineageEvent(building: string, event: RunEvent): void {
  appendFileSync(join(building, LINEAGE_FILE), `${JSON.stringify(event)}\n`)
}

/**
 * Writes the snapshot's documents into the building folder — the run's COMPLETE event (at
 * `finished`), the dataset card, Croissant (with every file's hash) and last the manifest, which
 * names every file with its size and hash. Returns the manifest's text, whose hash the seal
 * records, and the COMPLETE event, to be sent once the seal is.
 */
export async function writeDocuments(
  building: string,
  facts: SnapshotFacts,
  run: LineageRun,
  finished: number,
): Promise<{ manifestText: string; complete: RunEvent }> {
  const bytes = listFiles(join(building, 'data')).reduce((n, f) => n + statSync(f).size, 0)
  const outcome = { ledgerSize: facts.ledgerSize, columns: facts.dataColumns, rows: facts.included, bytes }
  const complete = completeEvent(run, finished, outcome)
  appendLineageEvent(building, complete)
  writeFileSync(join(building, 'README.md'), datasetCard(facts))
  const entryOf = async (file: string): Promise<FileEntry> => ({
    path: relative(building, file),
    bytes: statSync(file).size,
    sha256: await sha256File(file),
  })
  const entries: FileEntry[] = []
  for (const file of listFiles(building)) entries.push(await entryOf(file))
  const croissantFile = join(building, 'croissant.json')
  writeFileSync(croissantFile, `${JSON.stringify(croissant(facts, entries), null, 2)}\n`)
  entries.push(await entryOf(croissantFile))
  entries.sort((a, b) => (a.path < b.path ? -1 : 1))
  const manifestText = `${JSON.stringify(manifest(facts, entries), null, 2)}\n`
  writeFileSync(join(building, 'manifest.json'), manifestText)
  return { manifestText, complete }
}
