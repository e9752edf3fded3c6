/**
 * Signed webhooks (Standard Webhooks, standardwebhooks.com): each subscriber gets the ledger
 * events it asked for, in ledger order, at least once. The ledger is the outbox — an entry
 * exists only for a write that committed — and each subscriber's cursor (`webhook_cursors`)
 * moves past an event only when the subscriber answered 2xx. A failed delivery is tried again
 * with exponential back-off, up to an hour between tries, holding back the events after it so
 * that they arrive in order. The body is the ledger entry's own data — ids, instants and digests,
 * never an address or a reason — less the reviewer a case step names. Every `veto serve` process
 * with subscribers configured runs deliveries, and one at a time delivers to a subscriber: it
 * holds the subscriber's cursor under a lease in the store, renewed with each event, which
 * another process takes over only once it has run out (a process that stopped gives it up).
 * @module
 */
import { createHmac, randomUUID } from 'node:crypto'
import { formatInstant } from '../domain/index.js'
import type { Store, WebhookCursor, WebhookLease } from '../store/store.js'
import type { Clock } from './deps.js'
import { createPoller } from './poller.js'

export interface WebhookSubscriber {
  readonly name: string
  readonly url: string
  /** `whsec_` and base64: the bytes after the prefix are the HMAC key. */
  readonly secret: string
  readonly events: readonly string[]
}

/** The three headers of Standard Webhooks for one message. */
export function signWebhook(secret: string, id: string, timestampSeconds: number, body: string) {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
  const signature = createHmac('sha256', key).update(`${id}.${timestampSeconds}.${body}`).digest('base64')
  return { 'webhook-id': id, 'webhook-timestamp': String(timestampSeconds), 'webhook-signature': `v1,${signature}` }
}

export interface WebhookDispatcherOptions {
  readonly store: Store
  readonly clock: Clock
  readonly subscribers: readonly WebhookSubscriber[]
  /** First retry after this long, doubling up to an hour. */
  readonly retryBaseMs?: number
  /** How long one delivery may take. */
  readonly timeoutMs?: number
  /** How long a subscriber stays this process's after its last delivery, before another may take it over. */
  readonly leaseMs?: number
  readonly onError?: (error: unknown) => void
}

const PAGE = 200
/** Events one round delivers to a subscriber at most, so that a backlog never holds up a shutdown for long. */
const ROUND = 500

/** The ledger entry's data, less the reviewer a case step names: the teams downstream need the decision, not who. */
function dataFor(e: { type: string; payload: string }): string {
  if (!e.type.startsWith('case.')) return e.payload
  const { reviewer: _, ...data } = JSON.parse(e.payload) as Record<string, unknown>
  return JSON.stringify(data)
}
const HOUR = 3_600_000

export function createWebhookDispatcher(opts: WebhookDispatcherOptions) {
  const { store, clock } = opts
  const retryBaseMs = opts.retryBaseMs ?? 2_000
  const timeoutMs = opts.timeoutMs ?? 10_000
  // Longer than a delivery may take, so that a lease renewed after each one never runs out mid-round.
  const leaseMs = Math.max(opts.leaseMs ?? 60_000, 2 * timeoutMs)
  const owner = randomUUID()
  const lease = (): WebhookLease => {
    const now = clock()
    return { owner, now, until: now + leaseMs }
  }

  /** Posts one event; the reason it failed, or null. */
  async function post(s: WebhookSubscriber, id: string, body: string): Promise<string | null> {
    try {
      const res = await fetch(s.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signWebhook(s.secret, id, Math.floor(clock() / 1000), body) },
        body,
        // A redirect is a failure: the signed body goes to the URL configured, nowhere else.
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      })
      await res.body?.cancel()
      return res.status >= 200 && res.status < 300 ? null : `HTTP ${res.status}`
    } catch (e) {
      return (e as { name?: string }).name === 'TimeoutError' ? 'timeout' : 'unreachable'
    }
  }

  /** Delivers what is due to one subscriber, unless another process does; the number of events delivered. */
  async function deliver(s: WebhookSubscriber): Promise<number> {
    const claim = lease()
    // A subscriber seen for the first time gets the events from now on, not the whole history.
    const claimed = await store.claimWebhookCursor(s.name, claim)
    if (!claimed || claimed.nextAttemptAt > claim.now) return 0
    let cursor = claimed
    let saved = cursor.nextSeq
    let heldUntil = claim.until
    /** Saves the cursor and renews the lease; false once another process holds the subscriber. */
    const keep = async (c: WebhookCursor) => {
      const renewed = lease()
      if (!(await store.saveWebhookCursor(c, renewed))) return false
      saved = c.nextSeq
      heldUntil = renewed.until
      return true
    }
    let delivered = 0
    while (delivered < ROUND) {
      const page = await store.readLedger(cursor.nextSeq, PAGE)
      for (const e of page) {
        if (s.events.includes(e.type)) {
          // A post starts only with a delivery's time left on the lease (after a stall, renewed
          // first), so that no event goes out after another process took over and moved on.
          if (clock() + timeoutMs >= heldUntil && !(await keep(cursor))) return delivered
          const timestamp = JSON.stringify(formatInstant(e.recordedAt))
          const body = `{"type":${JSON.stringify(e.type)},"timestamp":${timestamp},"data":${dataFor(e)}}`
          const failed = await post(s, `evt_${e.seq}`, body)
          if (failed) {
            const attempts = cursor.attempts + 1
            const delay = Math.min(HOUR, retryBaseMs * 2 ** (attempts - 1))
            const retry = { ...cursor, attempts, nextAttemptAt: clock() + delay, lastError: failed, updatedAt: clock() }
            await store.saveWebhookCursor(retry, lease())
            opts.onError?.(new Error(`webhook ${s.name}: event ${e.seq} not delivered (${failed})`))
            return delivered
          }
          delivered++
        }
        cursor = { ...cursor, nextSeq: e.seq + 1, attempts: 0, nextAttemptAt: 0, lastError: null, updatedAt: clock() }
        // Kept after each delivery: a crash repeats at most the one in flight. A lease lost (this
        // process stalled past it, and another took over) ends the round: the other delivers on.
        if (s.events.includes(e.type) && !(await keep(cursor))) return delivered
      }
      // Past a page of events it did not ask for, kept too: a long stretch of them (an import's
      // links) is read once, and the lease renewed while it is.
      if (cursor.nextSeq !== saved && !(await keep(cursor))) return delivered
      if (page.length < PAGE) break
    }
    return delivered
  }

  async function runOnce(): Promise<number> {
    let n = 0
    for (const s of opts.subscribers) n += await deliver(s)
    return n
  }

  const poller = createPoller(runOnce, opts.onError)
  return {
    runOnce,
    /** Delivers every `intervalMs` until stopped. */
    start: (intervalMs = 1000) => poller.start(intervalMs),
    /** Waits for the round in flight, then gives up this process's leases. */
    async stop() {
      await poller.stop()
      try {
        await store.releaseWebhookCursors(owner)
      } catch (e) {
        // The store unreachable at shutdown: the leases run out by themselves.
        opts.onError?.(e)
      }
    },
  }
}
