/**
 * Snapshots: eligible content sealed as Parquet with a manifest, recorded in the ledger. This
 * service orchestrates: the stages are in `export/snapshot-stages.ts`, the folders — building,
 * renaming into place, recovering after a crash — in `export/snapshot-folder.ts`. A snapshot is
 * recorded in the store and ledger in one transaction, after its files are on disk and before
 * they are renamed into place.
 * @module
 */
import { createHash, createHmac, randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { DuckDBConnection } from '@duckdb/node-api'
import { openDuckDb } from '../content/duckdb.js'
import { AppError, formatInstant, type Policy, type PolicyInput } from '../domain/index.js'
import { type DatasetSettings, datasetInfo } from '../export/dataset-info.js'
import { KEY_SCHEME } from '../export/item-keys.js'
import { failEvent, type LineageRun, type RunEvent, startEvent } from '../export/lineage-events.js'
import type { manifest, SnapshotFacts } from '../export/snapshot-documents.js'
import { createSnapshotFolder } from '../export/snapshot-folder.js'
import {
  appendLineageEvent,
  checkContentAndLoadFacts,
  countDecisions,
  decideItems,
  describeDataParts,
  fingerprintOf,
  hashItems,
  indexAccounts,
  writeDataParts,
  writeDocuments,
} from '../export/snapshot-stages.js'
import { canonicalJson } from '../ledger/canonical-json.js'
import { literal } from '../store/sql-text.js'
import type { SnapshotRecord } from '../store/store.js'
import type { ServiceDeps } from './deps.js'
import { recordSnapshot } from './facts.js'
import type { LineageSink } from './lineage.js'
import { registerPolicy, resolvePolicy } from './policies.js'

export type { SnapshotRecord }

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
  /** The dataset's licence, creator and page, as the card and Croissant name them (`dataset` in veto.json). */
  readonly dataset: DatasetSettings
  /** Where each build's OpenLineage events go besides its folder, and their namespace (`lineage`). */
  readonly lineage: { readonly namespace: string; readonly sink: LineageSink }
}

/**
 * Wall seconds per stage, for the operator (and bench/export): where a build's time goes; and,
 * while a stage runs, DuckDB's progress every 250 ms to `onProgress`.
 */
function stageClock(connection: DuckDBConnection, onProgress: ((p: SnapshotProgress) => void) | undefined) {
  const timings: Record<string, number> = {}
  let lap = performance.now()
  const done = (stage: string) => {
    const now = performance.now()
    timings[stage] = Math.round(now - lap) / 1000
    lap = now
  }
  return {
    timings,
    /** Ends the stage that ran since the last lap. */
    lap: done,
    /** Begins a stage whose progress DuckDB reports; call what it returns to end it. */
    begin(stage: string): () => void {
      const began = performance.now()
      const timer =
        onProgress &&
        setInterval(() => {
          const p = connection.progress
          onProgress({
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
    },
  }
}

export function createSnapshotService(deps: SnapshotDeps) {
  const { store, clock, newId, settings } = deps
  const folder = createSnapshotFolder(deps.dataDir)
  const { root, tmp } = folder
  const decisionsOf = (id: string) => join(root, id, 'decisions.parquet')
  /**
   * A DuckDB instance for one job over snapshots (a build, a proof index, a check): under the
   * export's memory limit and threads, spilling into the data folder's `tmp/`, never more.
   */
  const openJobDuck = () => {
    mkdirSync(tmp, { recursive: true })
    return openDuckDb({ memoryLimit: settings.memoryLimit, threads: settings.threads || undefined, spillUnder: tmp })
  }

  /** Finishes what a crash interrupted: renames sealed folders into place, removes unsealed ones. */
  const recover = () => folder.recover(async (id) => (await store.findSnapshot(id)) !== undefined)

  async function get(id: string): Promise<SnapshotRecord> {
    const s = await store.findSnapshot(id)
    if (!s) throw new AppError('SNAPSHOT_NOT_FOUND', `no sealed snapshot ${id}`, { id })
    return s
  }

  function secretFor(policyName: string, version: number, at: number): Buffer {
    // Derived, not random: the same command on the same inputs gives the same keys and root.
    return createHmac('sha256', deps.snapshotKey)
      .update(canonicalJson(['snapshot-secret', policyName, version, at]))
      .digest()
  }

  /** The policy a snapshot would be built under at `built`, or the reason it cannot be. */
  function policyFor(req: CreateSnapshotRequest, built: number): Policy {
    const policy = resolvePolicy(req.policy, deps.policies)
    if (req.at > built) throw new AppError('DECIDE_CUTOFF_AFTER_BUILD', 'the cutoff lies in the future')
    // People who object before the deadline are promised that none of their content is used:
    // a snapshot sealed earlier could not keep that promise to those who object after it.
    if (policy.mode === 'opt_out' && policy.deadline !== null && built < policy.deadline) {
      throw new AppError(
        'SNAPSHOT_BEFORE_DEADLINE',
        `policy ${policy.name}@${policy.version} takes objections until ${formatInstant(policy.deadline)}; ` +
          'a snapshot under it can be sealed from then on (`veto decide` previews before)',
        { policy: policy.name, deadline: formatInstant(policy.deadline) },
      )
    }
    return policy
  }

  return {
    recover,
    secretFor,

    async create(req: CreateSnapshotRequest) {
      await recover()
      const built = clock()
      const policy = policyFor(req, built)
      await registerPolicy(store, policy, built)
      const id = newId('snap')
      const building = folder.start(id)
      const scratch = folder.scratchOf(id)
      const run: LineageRun = {
        runId: randomUUID(),
        namespace: deps.lineage.namespace,
        snapshotId: id,
        sources: req.content,
      }
      const start = startEvent(run, built)
      appendLineageEvent(building, start)
      // Sent while the build runs; the run's last event waits for it, so that they arrive in order.
      const started = deps.lineage.sink.send(start)
      let complete: RunEvent | undefined
      let duck: Awaited<ReturnType<typeof openDuckDb>> | undefined
      try {
        duck = await openJobDuck()
        const { connection } = duck
        const stages = stageClock(connection, req.onProgress)
        // DuckDB only tracks a query's progress when asked to; printing it is ours to do.
        if (req.onProgress)
          await connection.run(`set enable_progress_bar = true; set enable_progress_bar_print = false`)
        await connection.run(`set preserve_insertion_order = false`)
        let stop = stages.begin('checking content, reading the store')
        const { source, ledgerSize } = await checkContentAndLoadFacts(
          connection,
          {
            content: req.content,
            policy,
            at: req.at,
            built,
            factDir: scratch.facts,
            writeFacts: (dir) =>
              store.writeFactFiles(dir, {
                filingType: policy.mode === 'opt_out' ? 'objection' : 'consent',
                notices: policy.noticeDays !== null,
              }),
          },
          () => {
            stop()
            stop = stages.begin('loading facts')
          },
        )
        stop()
        stop = stages.begin('deciding')
        await decideItems(connection, source, policy, req.at, join(building, 'decisions.parquet'))
        stop()
        stop = stages.begin('writing data')
        await writeDataParts(connection, source, policy, join(building, 'data'), scratch.included, settings.rowsPerFile)
        const dataColumns = await describeDataParts(connection, join(building, 'data'))
        stop()
        stop = stages.begin('indexing accounts')
        await indexAccounts(connection, building)
        stop()
        stop = stages.begin('hashing')
        const keys = { secret: secretFor(policy.name, policy.version, req.at), keyScheme: KEY_SCHEME }
        const merkle = await hashItems(connection, keys, scratch.proofIndex)
        stop()
        const counts = await countDecisions(connection)
        stages.lap('counting')
        const facts: SnapshotFacts = {
          id,
          name: req.name ?? null,
          policy,
          policyFingerprint: fingerprintOf(policy),
          at: req.at,
          built,
          ledgerSize,
          considered: counts.considered,
          included: merkle.size,
          out: counts.out,
          byKind: counts.byKind,
          byLang: counts.byLang,
          columns: policy.columns,
          dataColumns,
          root: merkle.root,
          keyScheme: keys.keyScheme,
          sources: req.content,
          dataset: datasetInfo(deps.dataset, id),
        }
        const written = await writeDocuments(building, facts, run, clock())
        const { manifestText } = written
        complete = written.complete
        folder.sync(id)
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
          considered: counts.considered,
          manifestSha256: createHash('sha256').update(manifestText).digest('hex'),
          ...keys,
          sealedAt: clock(),
        }
        await store.transaction((tx) => recordSnapshot(tx, record))
        const dir = folder.place(id)
        await deps.checkpoint()
        stages.lap('sealing')
        await started
        await deps.lineage.sink.send(complete)
        return {
          record,
          manifest: JSON.parse(manifestText) as ReturnType<typeof manifest>,
          dir,
          timings: stages.timings,
        }
      } catch (e) {
        const sealed = (await store.findSnapshot(id)) !== undefined
        if (!sealed) folder.discard(id)
        await started
        // A build whose seal was recorded is complete (`recover` finishes putting it in place), and so is its run.
        const code = e instanceof AppError ? e.code : 'UNEXPECTED'
        await deps.lineage.sink.send(sealed && complete ? complete : failEvent(run, clock(), code))
        throw e
      } finally {
        duck?.close()
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
      const dir = folder.proofIndexOf(id)
      if (existsSync(dir) && !rebuild) return dir
      const scratch = folder.rebuildScratchOf(id)
      const duck = await openJobDuck()
      try {
        const decisions = `read_parquet(${literal(decisionsOf(id))})`
        const { root: built } = await hashItems(duck.connection, record, scratch, decisions)
        if (!built.equals(record.root))
          throw new AppError(
            'SNAPSHOT_INVALID',
            `the decisions of snapshot ${id} give another Merkle root than the sealed one`,
            { id },
          )
        folder.placeProofIndex(id, scratch)
        return dir
      } finally {
        duck.close()
        rmSync(scratch, { recursive: true, force: true })
      }
    },

    dirOf: folder.dirOf,
    openJobDuck,
    readManifest: (id: string) =>
      JSON.parse(readFileSync(join(root, id, 'manifest.json'), 'utf8')) as ReturnType<typeof manifest>,
  }
}

export type SnapshotService = ReturnType<typeof createSnapshotService>
