/**
 * Sends a snapshot build's OpenLineage events to `lineage.url` as OpenLineage's HTTP transport
 * does: each event POSTed as JSON, with `Authorization: Bearer` when an API key is set. Delivery is
 * best effort: a lineage system that is down must neither stop a build nor unseal a snapshot, so a
 * failure goes to `onProblem` (the log) and is never thrown. The snapshot's own folder keeps the
 * events of every sealed build whatever happened here.
 * @module
 */
import type { RunEvent } from '../export/lineage-events.js'

export interface LineageSink {
  /** Resolves when the event was delivered or given up on; never rejects. */
  send(event: RunEvent): Promise<void>
}

/** Where events go when `lineage.url` is not set: nowhere but the snapshot folder. */
export const NO_LINEAGE_SINK: LineageSink = { send: async () => {} }

/** An event that did not arrive: ids and a reason, nothing from the content or the configured URL. */
export interface LineageProblem {
  readonly eventType: RunEvent['eventType']
  readonly runId: string
  /** `HTTP 503`, `timeout` or `unreachable`. */
  readonly problem: string
}

export interface LineageSinkOptions {
  readonly url: string
  readonly apiKey: string | null
  readonly timeoutMs: number
  readonly onProblem: (p: LineageProblem) => void
}

export function createLineageSink(opts: LineageSinkOptions): LineageSink {
  /** Posts one event; the reason it failed, or null. */
  async function post(event: RunEvent): Promise<string | null> {
    try {
      const res = await fetch(opts.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(opts.apiKey === null ? {} : { authorization: `Bearer ${opts.apiKey}` }),
        },
        body: JSON.stringify(event),
        // A redirect is a failure: the key goes to the URL configured, nowhere else.
        redirect: 'manual',
        signal: AbortSignal.timeout(opts.timeoutMs),
      })
      await res.body?.cancel()
      return res.status >= 200 && res.status < 300 ? null : `HTTP ${res.status}`
    } catch (e) {
      return (e as { name?: string }).name === 'TimeoutError' ? 'timeout' : 'unreachable'
    }
  }

  return {
    async send(event) {
      const problem = await post(event)
      if (problem !== null) opts.onProblem({ eventType: event.eventType, runId: event.run.runId, problem })
    },
  }
}
