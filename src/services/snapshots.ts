/**
 * Snapshots: eligible content sealed as Parquet with a manifest, recorded in the ledger.
 * A snapshot is built in `snapshots/.building-ID/`, recorded in the store and ledger in
 * one transaction, then renamed into place: a crash leaves either nothing that looks
 * sealed, or a sealed record whose folder the next run renames (see `recover`).
 * @module
 */
import { createHash, createHmac, randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import type { DuckDBConnection } from '@duckdb/node-api'
import { openDuckDb } from '../content/duckdb.js'
import { AppError } from '../domain/app-error.js'
import { formatInstant, type PolicyInput, policyFingerprint, REASONS, type Reason } from '../domain/index.js'
import { type ContentSource, createContentView } from '../export/content-source.js'
import { loadAccountFacts } from '../export/engine.js'
import { decisionsSql } from '../export/plan.js'
import { ACCOUNT_INDEX_DIR, accountIndexSql } from './snapshot-items.js'
import { includedKeysSql, merkleRootSql } from '../export/item-keys.js'
import { sqlString } from '../export/sql-string.js'
import {
  croissant,
  datasetCard,
  type FileEntry,
  manifest,
  openLineageEvent,
  type SnapshotFacts,
} from '../export/snapshot-documents.js'
import { appendToLedger } from '../ledger/append.js'
import { canonicalJson } from '../ledger/canonical-json.js'
import { sealed } from '../ledger/events.js'
import type { SnapshotRecord } from '../store/store.js'
import type { ServiceDeps } from './deps.js'
import { fsyncPath, listFiles, sha256File } from './files.js'
import { registerPolicy, resolvePolicy } from './policies.js'

export interface ExportSettings {
  readonly memoryLimit: string
  readonly threads: number
  readonly rowsPerFile: number
}

export interface SnapshotProgress {
  readonly stage: string
  /** 0–100, or -1 when DuckDB cannot tell. */
  readonly percentage: number
  readonly rows: number
  /** Seconds since the stage began. */
  readonly seconds: number
}

export interface CreateSnapshotRequest {
  readonly policy: string
  readonly at: number
  readonly content: readonly string[]
  readonly name?: string | undefined
  readonly onProgress?: (p: SnapshotProgress) => void
}

export interface SnapshotDeps extends ServiceDeps {
  readonly dataDir: string
  readonly policies: readonly PolicyInput[]
  readonly settings: ExportSettings
  /** The installation's secret from which each snapshot's item-key secret is derived. */
  readonly snapshotKey: Buffer
  /** Signs a ledger checkpoint after a seal. */
  readonly checkpoint: () => Promise<unknown>
}

/** The expression that writes column `c` of a data file from the content view. */
function outputColumn(c: string): string {
  if (c === 'published_at') return `make_timestamp(published_ms * 1000)::timestamptz as published_at`
  if (c === 'public_since') return `make_timestamp(public_since_ms * 1000)::timestamptz as public_since`
  if (c === 'lang') return `lang_norm as lang`
  if (c === 'id') return `id`
  return `"${c.replaceAll('"', '""')}"`
}

/**
 * Writes the included items (those `decided` lets in) as `part-NNNNN.parquet` files of at most
 * `rowsPerFile` rows each, in the decisions' order. Where that is the files' own order, the
 * content is read beside the decisions row by row (a positional join: no hash table, no sort).
 * More than one part goes through one temporary file, from which each part takes its range
 * of row numbers without a rescan.
 */
async function writeDataParts(
  connection: DuckDBConnection,
  source: ContentSource,
  columns: readonly string[],
  dir: string,
  scratch: string,
  rowsPerFile: number,
): Promise<void> {
  const included = source.inFileOrder
    ? `select ${columns.join(', ')} from content positional join (select included from decided) d where d.included`
    : `select ${columns.join(', ')} from content where id in (select content_id from decided where included) order by ${source.order.join(', ')}`
  const count = Number(
    (await connection.runAndReadAll(`select count(*) as n from decided where included`)).getRowObjectsJson()[0]?.n ?? 0,
  )
  const part = (p: number) => sqlString(join(dir, `part-${String(p).padStart(5, '0')}.parquet`))
  if (count <= rowsPerFile) {
    await connection.run(`copy (${included}) to ${part(0)} (format parquet)`)
    return
  }
  try {
    await connection.run(`copy (${included}) to ${sqlString(scratch)} (format parquet)`)
    for (let p = 0; p * rowsPerFile < count; p++) {
      await connection.run(`copy (select * exclude (file_row_number) from read_parquet(${sqlString(scratch)}, file_row_number = true)
        where file_row_number >= ${p * rowsPerFile} and file_row_number < ${(p + 1) * rowsPerFile}) to ${part(p)} (format parquet)`)
    }
  } finally {
    rmSync(scratch, { force: true })
  }
}

export function snapshotsDir(dataDir: string): string {
  return join(dataDir, 'snapshots')
}

export function createSnapshotService(deps: SnapshotDeps) {
  const { store, clock, newId, dataDir, settings } = deps
  const root = snapshotsDir(dataDir)
  // DuckDB's spill files, and a build's fact files and scratch data.
  const tmp = join(dataDir, 'tmp')

  /** Finishes what a crash interrupted: renames sealed folders into place, removes unsealed ones. */
  async function recover(): Promise<void> {
    if (!existsSync(root)) return
    for (const name of readdirSync(root)) {
      if (!name.startsWith('.building-')) continue
      const id = name.slice('.building-'.length)
      const isSealed = (await store.findSnapshot(id)) !== undefined
      if (isSealed) renameSync(join(root, name), join(root, id))
      else rmSync(join(root, name), { recursive: true, force: true })
      // A sealed build's proof index goes into place too (create moves it before the folder).
      const index = join(tmp, `${id}-proof-index`)
      if (isSealed && existsSync(index)) placeProofIndex(id, index)
      // What the build kept beside it: the fact files (birthdates among them) and scratch data.
      for (const scratch of [`${id}-facts`, `${id}-included.parquet`, `${id}-proof-index`])
        rmSync(join(tmp, scratch), { recursive: true, force: true })
    }
  }

  async function get(id: string): Promise<SnapshotRecord> {
    const s = await store.findSnapshot(id)
    if (!s) throw new AppError('SNAPSHOT_NOT_FOUND', `no sealed snapshot ${id}`, { id })
    return s
  }

  const proofIndexDir = join(dataDir, 'proof-index')
  const proofIndexOf = (id: string) => join(proofIndexDir, id)

  /**
   * Moves a written proof index folder into place (a rename: whole or not at all), in place of
   * one there before, and of the single Parquet file that indexes were kept as before.
   */
  function placeProofIndex(id: string, dir: string): void {
    mkdirSync(proofIndexDir, { recursive: true })
    for (const file of listFiles(dir)) fsyncPath(file)
    fsyncPath(dir)
    for (const old of [proofIndexOf(id), `${proofIndexOf(id)}.parquet`]) rmSync(old, { recursive: true, force: true })
    renameSync(dir, proofIndexOf(id))
    fsyncPath(proofIndexDir)
  }

  function secretFor(policyName: string, version: number, at: number): Buffer {
    // Derived, not random: the same command on the same inputs gives the same keys and root.
    return createHmac('sha256', deps.snapshotKey)
      .update(canonicalJson(['snapshot-secret', policyName, version, at]))
      .digest()
  }

  return {
    recover,
    secretFor,

    async create(req: CreateSnapshotRequest) {
      await recover()
      // Wall seconds per stage, for the operator (and bench/export): where a build's time goes.
      const timings: Record<string, number> = {}
      let lap = performance.now()
      const done = (stage: string) => {
        const now = performance.now()
        timings[stage] = Math.round(now - lap) / 1000
        lap = now
      }
      const built = clock()
      const policy = resolvePolicy(req.policy, deps.policies)
      if (req.at > built) throw new AppError('DECIDE_CUTOFF_AFTER_BUILD', 'the cutoff lies in the future')
      // People who object before the deadline are promised that none of their content is used:
      // a snapshot sealed earlier could not keep that promise to those who object after it.
      if (policy.mode === 'opt_out' && policy.deadline !== null && built < policy.deadline) {
        throw new AppError(
          'SNAPSHOT_BEFORE_DEADLINE',
          `policy ${policy.name}@${policy.version} takes objections until ${formatInstant(policy.deadline)}; a snapshot under it can be sealed from then on (\`veto decide\` previews before)`,
          { policy: policy.name, deadline: formatInstant(policy.deadline) },
        )
      }
      await registerPolicy(store, policy, built)
      const id = newId('snap')
      const building = join(root, `.building-${id}`)
      mkdirSync(join(building, 'data'), { recursive: true })
      mkdirSync(join(building, 'lineage'), { recursive: true })
      mkdirSync(tmp, { recursive: true })
      const duck = await openDuckDb({ memoryLimit: settings.memoryLimit, threads: settings.threads || undefined })
      const { connection } = duck
      const progress = (stage: string) => {
        const began = performance.now()
        const timer =
          req.onProgress &&
          setInterval(() => {
            const p = connection.progress
            req.onProgress?.({
              stage,
              percentage: p.percentage,
              rows: Number(p.rows_processed),
              seconds: (performance.now() - began) / 1000,
            })
          }, 250)
        return () => {
          clearInterval(timer)
          done(stage)
        }
      }
      try {
        await connection.run(`set temp_directory = ${sqlString(tmp)}`)
        // DuckDB only tracks a query's progress when asked to; printing it is ours to do.
        if (req.onProgress)
          await connection.run(`set enable_progress_bar = true; set enable_progress_bar_print = false`)
        await connection.run(`set preserve_insertion_order = false`)
        // The content is checked in DuckDB's threads while the store writes its facts as files
        // (SQLite does so on this thread, between the check's steps): neither waits on the
        // other's core. The files hold birthdates: removed once read.
        let stop = progress('checking content, reading the store')
        const factDir = join(tmp, `${id}-facts`)
        mkdirSync(factDir, { recursive: true })
        let ledgerSize: number
        let source: ContentSource
        try {
          const [checked, written] = await Promise.allSettled([
            createContentView(connection, req.content),
            store.writeFactFiles(factDir, {
              filingType: policy.mode === 'opt_out' ? 'objection' : 'consent',
              notices: policy.noticeDays !== null,
            }),
          ])
          if (checked.status === 'rejected') throw checked.reason
          if (written.status === 'rejected') throw written.reason
          source = checked.value
          for (const c of policy.columns) {
            if (!['published_at', 'public_since', 'lang', 'id'].includes(c) && !source.columns.includes(c)) {
              throw new AppError(
                'CONTENT_INVALID',
                `the content has no column ${c}, which policy ${policy.name} puts into the dataset`,
                { field: c },
              )
            }
          }
          stop()
          stop = progress('loading facts')
          // One consistent read of the store, with the ledger's size: the position the facts are as of.
          ledgerSize = written.value.ledgerSize
          await loadAccountFacts(connection, written.value.files, policy, req.at, built)
        } finally {
          rmSync(factDir, { recursive: true, force: true })
        }
        stop()
        stop = progress('deciding')
        // Every write from here on keeps the order its query gives, so that the same inputs
        // give the same files, byte for byte.
        await connection.run(`set preserve_insertion_order = true`)
        const decisions = join(building, 'decisions.parquet')
        // One pass over the content writes the decisions, in the content's order (see
        // ContentSource.order: a join's output order is the threads'); everything after reads them back.
        const order = source.order.map((c) => (c === 'id' ? 'content_id' : c))
        const carry = ['kind', 'lang_norm', ...source.order.filter((c) => c !== 'id')]
        await connection.run(`copy (select content_id, account_id, included, reason, decided_by, kind, lang_norm as lang
          from (${decisionsSql(policy, req.at, { carry })}) order by ${order.join(', ')}) to ${sqlString(decisions)} (format parquet)`)
        await connection.run(`create or replace view decided as select * from read_parquet(${sqlString(decisions)})`)
        stop()
        stop = progress('writing data')
        await writeDataParts(
          connection,
          source,
          policy.columns.map(outputColumn),
          join(building, 'data'),
          join(tmp, `${id}-included.parquet`),
          settings.rowsPerFile,
        )
        stop()
        stop = progress('indexing accounts')
        await connection.run(accountIndexSql('decided', join(building, ACCOUNT_INDEX_DIR)))
        stop()
        stop = progress('hashing')
        const secret = secretFor(policy.name, policy.version, req.at)
        await connection.run(`create or replace view item_keys as ${includedKeysSql(secret, 'decided')}`)
        // The tree is kept as a proof index, so that a person's proof reads a few blocks.
        const proofIndex = join(tmp, `${id}-proof-index`)
        const merkle = await merkleRootSql(connection, 'item_keys', { indexDir: proofIndex })
        stop()
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
            await connection.runAndReadAll(`select coalesce(${column}, '(none)') as k, sum(case when included then 1 else 0 end) as i, sum(case when included then 0 else 1 end) as e
            from decided group by 1 order by 1`)
          ).getRowObjectsJson()
          return Object.fromEntries(rows.map((r) => [String(r.k), { included: Number(r.i), excluded: Number(r.e) }]))
        }
        const facts2: SnapshotFacts = {
          id,
          name: req.name ?? null,
          policy,
          policyFingerprint: createHash('sha256').update(policyFingerprint(policy)).digest('hex'),
          at: req.at,
          built,
          ledgerSize,
          considered,
          included: merkle.size,
          out,
          byKind: await breakdown('kind'),
          byLang: await breakdown('lang'),
          columns: policy.columns,
          root: merkle.root,
          sources: req.content,
        }
        writeFileSync(
          join(building, 'lineage', 'openlineage.json'),
          `${JSON.stringify(openLineageEvent(facts2, randomUUID()), null, 2)}\n`,
        )
        writeFileSync(join(building, 'README.md'), datasetCard(facts2))
        done('counting')
        const entries: FileEntry[] = []
        for (const file of listFiles(building)) {
          entries.push({ path: relative(building, file), bytes: statSync(file).size, sha256: await sha256File(file) })
        }
        writeFileSync(join(building, 'croissant.json'), `${JSON.stringify(croissant(facts2, entries), null, 2)}\n`)
        entries.push({
          path: 'croissant.json',
          bytes: statSync(join(building, 'croissant.json')).size,
          sha256: await sha256File(join(building, 'croissant.json')),
        })
        entries.sort((a, b) => (a.path < b.path ? -1 : 1))
        const manifestText = `${JSON.stringify(manifest(facts2, entries), null, 2)}\n`
        writeFileSync(join(building, 'manifest.json'), manifestText)
        const written = listFiles(building)
        for (const file of written) fsyncPath(file)
        for (const d of new Set([...written.map(dirname), building])) fsyncPath(d)
        const record: SnapshotRecord = {
          id,
          name: req.name ?? null,
          policyName: policy.name,
          policyVersion: policy.version,
          at: req.at,
          built,
          ledgerSize,
          root: merkle.root,
          items: merkle.size,
          considered,
          manifestSha256: createHash('sha256').update(manifestText).digest('hex'),
          secret,
          sealedAt: clock(),
        }
        await store.transaction(async (tx) => {
          await tx.insertSnapshot(record)
          await appendToLedger(tx, [sealed(record)], record.sealedAt)
        })
        // Sealed: the index, then the folder, go into place; a crash between the renames
        // leaves `.building-ID`, which `recover` finishes, index and all.
        placeProofIndex(id, proofIndex)
        renameSync(building, join(root, id))
        fsyncPath(root)
        await deps.checkpoint()
        done('sealing')
        return {
          record,
          manifest: JSON.parse(manifestText) as ReturnType<typeof manifest>,
          dir: join(root, id),
          timings,
        }
      } catch (e) {
        if (!(await store.findSnapshot(id))) {
          rmSync(building, { recursive: true, force: true })
          rmSync(join(tmp, `${id}-proof-index`), { recursive: true, force: true })
        }
        throw e
      } finally {
        duck.close()
      }
    },

    async list(): Promise<SnapshotRecord[]> {
      await recover()
      return store.listSnapshots()
    },

    get,

    /**
     * The snapshot's proof index folder (`export/proof-index.ts`), written now from its decisions when
     * it is missing (a snapshot sealed before indexes were kept, or a crash before it was
     * moved into place) or when `rebuild` says the one there gave a proof that did not verify.
     */
    async proofIndex(id: string, rebuild = false): Promise<string> {
      const record = await get(id)
      const dir = proofIndexOf(id)
      if (existsSync(dir) && !rebuild) return dir
      mkdirSync(tmp, { recursive: true })
      const scratch = join(tmp, `${id}-proof-index-${randomUUID()}`)
      const duck = await openDuckDb({ memoryLimit: settings.memoryLimit, threads: settings.threads || undefined })
      try {
        await duck.connection.run(`set temp_directory = ${sqlString(tmp)}`)
        await duck.connection.run(
          `create view item_keys as ${includedKeysSql(record.secret, `read_parquet(${sqlString(join(root, id, 'decisions.parquet'))})`)}`,
        )
        const { root: built } = await merkleRootSql(duck.connection, 'item_keys', { indexDir: scratch })
        if (!built.equals(record.root))
          throw new AppError(
            'SNAPSHOT_INVALID',
            `the decisions of snapshot ${id} give another Merkle root than the sealed one`,
            { id },
          )
        placeProofIndex(id, scratch)
        return dir
      } finally {
        duck.close()
        rmSync(scratch, { recursive: true, force: true })
      }
    },

    dirOf: (id: string) => join(root, id),
    readManifest: (id: string) =>
      JSON.parse(readFileSync(join(root, id, 'manifest.json'), 'utf8')) as ReturnType<typeof manifest>,
  }
}

export type SnapshotService = ReturnType<typeof createSnapshotService>
