/**
 * A snapshot build as an OpenLineage run (spec 2-0-2): START when the build begins, then with the
 * same run id COMPLETE once the snapshot is sealed, or FAIL when the build fails. The spec asks
 * for one START and one of COMPLETE, ABORT and FAIL per run. Pure builders: the sealed folder
 * keeps its run's events (`lineage/openlineage.jsonl`), and `services/lineage.ts` posts them.
 * @module
 */
import { formatInstant } from '../domain/index.js'
import { PRODUCER } from '../producer.js'
import type { DataColumn } from './snapshot-documents.js'

const SPEC = 'https://openlineage.io/spec'
const RUN_EVENT_SCHEMA = `${SPEC}/2-0-2/OpenLineage.json#/$defs/RunEvent`

/** The snapshot's events, one JSON document a line, in the snapshot folder (OpenLineage's file transport). */
export const LINEAGE_FILE = 'lineage/openlineage.jsonl'

/**
 * A facet's base fields; `_schemaURL` points (RFC 6901) at the facet's definition in the version of
 * its schema that the fields written here follow.
 */
const facet = (name: string, version: string) => ({
  _producer: PRODUCER,
  _schemaURL: `${SPEC}/facets/${version}/${name}.json#/$defs/${name}`,
})

export interface LineageRun {
  readonly runId: string
  /** The namespace of the job and of Veto's datasets (`lineage.namespace`). */
  readonly namespace: string
  readonly snapshotId: string
  /** The content files, as given. */
  readonly sources: readonly string[]
}

export interface RunEvent {
  readonly eventType: 'START' | 'COMPLETE' | 'FAIL'
  readonly eventTime: string
  readonly producer: string
  readonly schemaURL: string
  readonly run: { readonly runId: string; readonly facets?: Readonly<Record<string, object>> }
  readonly job: { readonly namespace: string; readonly name: string; readonly facets: Readonly<Record<string, object>> }
  readonly inputs: readonly object[]
  readonly outputs: readonly object[]
}

/** What COMPLETE adds: the ledger position decided against, and what was written. */
export interface RunOutcome {
  readonly ledgerSize: number
  readonly columns: readonly DataColumn[]
  readonly rows: number
  /** Bytes of the data files. */
  readonly bytes: number
}

function event(run: LineageRun, eventType: RunEvent['eventType'], at: number, outcome?: RunOutcome): RunEvent {
  const ledger = { namespace: run.namespace, name: 'ledger' }
  const output = { namespace: run.namespace, name: `snapshots/${run.snapshotId}` }
  return {
    eventType,
    eventTime: formatInstant(at),
    producer: PRODUCER,
    schemaURL: RUN_EVENT_SCHEMA,
    run: { runId: run.runId },
    job: {
      namespace: run.namespace,
      name: 'snapshot.create',
      facets: {
        jobType: {
          ...facet('JobTypeJobFacet', '2-0-3'),
          processingType: 'BATCH',
          integration: 'VETO',
          jobType: 'SNAPSHOT',
        },
      },
    },
    inputs: [
      outcome
        ? {
            ...ledger,
            facets: {
              version: { ...facet('DatasetVersionDatasetFacet', '1-0-1'), datasetVersion: String(outcome.ledgerSize) },
            },
          }
        : ledger,
      ...run.sources.map((src) => ({ namespace: 'file', name: src })),
    ],
    outputs: [
      outcome
        ? {
            ...output,
            facets: { schema: { ...facet('SchemaDatasetFacet', '1-1-1'), fields: outcome.columns } },
            outputFacets: {
              outputStatistics: {
                ...facet('OutputStatisticsOutputDatasetFacet', '1-0-2'),
                rowCount: outcome.rows,
                size: outcome.bytes,
              },
            },
          }
        : output,
    ],
  }
}

export const startEvent = (run: LineageRun, at: number): RunEvent => event(run, 'START', at)

export const completeEvent = (run: LineageRun, at: number, outcome: RunOutcome): RunEvent =>
  event(run, 'COMPLETE', at, outcome)

/** `code` names the failure (an error code): a message could quote the content, so none is sent. */
export function failEvent(run: LineageRun, at: number, code: string): RunEvent {
  const e = event(run, 'FAIL', at)
  const errorMessage = { ...facet('ErrorMessageRunFacet', '1-0-1'), message: code, programmingLanguage: 'JavaScript' }
  return { ...e, run: { ...e.run, facets: { errorMessage } } }
}
