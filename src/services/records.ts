/**
 * Records for authorities (`veto export records`): the ledger read once from its start, page
 * by page, each entry of a person's or a third party's step written as it comes — so the work
 * grows with the ledger and memory does not. A span (`from`, `to`) is of the steps' own
 * instants, not of when they were recorded: an import records old objections late. A checkpoint
 * is signed first (unless the latest covers the whole ledger), and the records are those of the
 * entries it covers: each record names its entry, whose leaf is recomputed here and under the
 * signed root the document names.
 * @module
 */
import {
  type AuthorityRecord,
  csvHeader,
  csvRow,
  dpvDocumentFrame,
  dpvNode,
  isRecordEvent,
  RECORD_EVENTS,
  type RecordEntry,
  type RecordEvent,
  recordOf,
} from '../export/authority-records.js'
import { AppError } from '../domain/app-error.js'
import { leafOf } from '../ledger/entries.js'
import type { CheckpointRecord } from '../store/store.js'
import type { ServiceDeps } from './deps.js'

const PAGE = 10_000

export type RecordsFormat = 'dpv' | 'csv'

export interface RecordsRequest {
  readonly format: RecordsFormat
  /** Steps at or after this instant; null: from the first. */
  readonly from: number | null
  /** Steps before this instant; null: to the last. */
  readonly to: number | null
  /** Takes each piece of the document in order; a promise holds the reading until it is written. */
  readonly sink: (chunk: string) => Promise<void> | void
}

export interface RecordsSummary {
  readonly records: number
  readonly byEvent: Readonly<Record<RecordEvent, number>>
  /** Ledger entries read, of every kind. */
  readonly entriesRead: number
  /** The signed checkpoint the document names: the records are of its entries. */
  readonly checkpointSize: number
}

export interface RecordsSettings {
  readonly publicUrl: string
  /** The platform: the controller that decides on the training. */
  readonly controller: string
  /** Signs a checkpoint over the whole ledger, or returns the latest when it already covers it. */
  readonly checkpoint: () => Promise<CheckpointRecord>
}

export function createRecordService({ store, clock }: Pick<ServiceDeps, 'store' | 'clock'>, settings: RecordsSettings) {
  return {
    async write(req: RecordsRequest): Promise<RecordsSummary> {
      const checkpoint = await settings.checkpoint()
      const byEvent = Object.fromEntries(RECORD_EVENTS.map((e) => [e, 0])) as Record<RecordEvent, number>
      let records = 0
      let read = 0
      let frame: { open: string; close: string } | undefined
      if (req.format === 'dpv') {
        frame = dpvDocumentFrame({
          ...settings,
          issuedAt: clock(),
          from: req.from,
          to: req.to,
          checkpoint: { size: checkpoint.size, root: checkpoint.root.toString('hex'), note: checkpoint.note },
        })
        await req.sink(frame.open)
      } else await req.sink(csvHeader())
      // A withdrawal's entry names its filing only; the accounts it was filed for come from the store.
      const filedFor = async (type: RecordEvent, payload: string): Promise<readonly string[]> => {
        if (type !== 'objection.withdrawn' && type !== 'consent.withdrawn') return []
        const id = String((JSON.parse(payload) as { id: unknown }).id)
        const filing = await store.findFiling(id)
        if (!filing)
          throw new AppError('LEDGER_INVALID', `the ledger withdraws ${id}, which the store does not hold`, {})
        return filing.accounts
      }
      // An entry whose payload cannot be read has been changed: the hash check below names it.
      const instantOf = (entry: RecordEntry): number | undefined => {
        try {
          return recordOf(entry).at
        } catch {
          return undefined
        }
      }
      const inSpan = (at: number) => (req.from === null || at >= req.from) && (req.to === null || at < req.to)
      const emit = async (r: AuthorityRecord) => {
        const text =
          req.format === 'csv'
            ? csvRow(r)
            : `${records > 0 ? ',\n' : ''}${JSON.stringify(dpvNode(r, settings.publicUrl, settings.controller))}`
        records++
        byEvent[r.event]++
        await req.sink(text)
      }
      for (let from = 0; from < checkpoint.size; from += PAGE) {
        const page = await store.readLedger(from, Math.min(PAGE, checkpoint.size - from))
        read += page.length
        for (const e of page) {
          if (!isRecordEvent(e.type)) continue
          const entry = { ...e, type: e.type, leafHash: e.leafHash.toString('hex') }
          // A span's records cost their own entries' work: one outside it is neither hashed nor
          // looked up in the store. (A record is written only if its entry gives its leaf; an entry
          // changed so that it falls outside is written by no span, and `veto ledger verify` names it.)
          const at = instantOf(entry)
          if (at !== undefined && !inSpan(at)) continue
          // A record says what its entry says: an entry whose content no longer gives its leaf is not written.
          if (!leafOf(e).equals(e.leafHash))
            throw new AppError('LEDGER_INVALID', `ledger entry ${e.seq} (${e.type}) does not match its recorded hash`, {
              seq: e.seq,
            })
          await emit(recordOf(entry, await filedFor(e.type, e.payload)))
        }
        if (page.length === 0) break
      }
      if (frame) await req.sink(frame.close)
      return { records, byEvent, entriesRead: read, checkpointSize: checkpoint.size }
    },
  }
}
