/**
 * `veto decide`: every item of a content file decided by the domain core against the
 * facts on record at the moment the command runs (the build instant).
 * @module
 */
import {
  createDecisionContext,
  decide,
  type Decision,
  type Evidence,
  formatInstant,
  type PolicyInput,
  REASONS,
  type Reason,
} from '../domain/index.js'
import { readContent } from '../content/read-content.js'
import { InputError } from '../input/input-error.js'
import type { ServiceDeps } from './deps.js'
import { registerPolicy, resolvePolicy } from './policies.js'

export interface DecideRequest {
  readonly policy: string
  readonly at: number
  readonly content: readonly string[]
  readonly explain?: boolean
  /** Receives the decision lines in batches; awaited, so a slow reader slows the run. */
  readonly sink: (chunk: string) => void | Promise<void>
  readonly onProgress?: (items: number) => void
}

export interface DecideSummary {
  readonly policy: { readonly name: string; readonly version: number }
  readonly at: string
  readonly built: string
  readonly items: number
  readonly included: number
  readonly out: Readonly<Record<Reason, number>>
}

/** A decision as written in a decisions file (snake_case, instants in RFC 3339). */
export function decisionRecord(contentId: string, d: Decision, explain: boolean): Record<string, unknown> {
  const line: Record<string, unknown> = { content_id: contentId, included: d.included, reason: d.reason }
  if (explain) line.decided_by = d.decidedBy ? evidenceRecord(d.decidedBy) : null
  return line
}

/** The same line as `JSON.stringify(decisionRecord(id, d, false))`, without the object. */
export function decisionLine(contentId: string, d: Decision): string {
  const reason = d.reason === null ? 'null' : `"${d.reason}"`
  return `{"content_id":${JSON.stringify(contentId)},"included":${d.included},"reason":${reason}}`
}

export function evidenceRecord(e: Evidence): Record<string, unknown> {
  switch (e.type) {
    case 'objection':
      return { type: e.type, id: e.id, received_at: formatInstant(e.receivedAt), timely: e.timely }
    case 'consent':
      return { type: e.type, id: e.id, received_at: formatInstant(e.receivedAt) }
    case 'notice':
      return { type: e.type, account: e.account, delivered_at: formatInstant(e.deliveredAt) }
    case 'case':
      return { type: e.type, id: e.id, decided_at: formatInstant(e.decidedAt) }
  }
}

const BATCH_LINES = 4096

export function createDecisionService(
  { store, clock }: Pick<ServiceDeps, 'store' | 'clock'>,
  policies: readonly PolicyInput[],
) {
  return {
    async decideFiles(req: DecideRequest): Promise<DecideSummary> {
      const built = clock()
      const policy = resolvePolicy(req.policy, policies)
      const ctx = createDecisionContext({ policy, at: req.at, built, facts: await store.loadFacts() })
      await registerPolicy(store, policy, built)
      const out = Object.fromEntries(REASONS.map((r) => [r, 0])) as Record<Reason, number>
      const explain = req.explain ?? false
      let items = 0
      let included = 0
      let batch: string[] = []
      for (const file of req.content) {
        const seen = new Set<string>()
        for await (const records of readContent(file)) {
          for (const { line, item } of records) {
            if (seen.has(item.id)) {
              throw new InputError('CONTENT_INVALID', file, [
                { line, field: 'id', message: 'repeats an earlier item of this file' },
              ])
            }
            seen.add(item.id)
            const d = decide(item, ctx)
            items++
            if (d.included) included++
            else out[d.reason as Reason]++
            batch.push(explain ? JSON.stringify(decisionRecord(item.id, d, true)) : decisionLine(item.id, d))
          }
          if (batch.length >= BATCH_LINES) {
            await req.sink(`${batch.join('\n')}\n`)
            batch = []
            req.onProgress?.(items)
          }
        }
      }
      if (batch.length > 0) await req.sink(`${batch.join('\n')}\n`)
      return {
        policy: { name: policy.name, version: policy.version },
        at: formatInstant(req.at),
        built: formatInstant(built),
        items,
        included,
        out,
      }
    },
  }
}
