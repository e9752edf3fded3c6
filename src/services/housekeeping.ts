/**
 * What the serve processes tidy in the background: sign-in links and sessions that ran out.
 * They are worth nothing after, and each row holds an address, which is kept no longer than
 * the link or session it belongs to. Deleted a bounded batch at a time, so that a first round
 * after a long pause holds no lock for long.
 * @module
 */
import type { PortalStore } from '../store/portal-store.js'
import type { Clock } from './deps.js'
import { createPoller } from './poller.js'

/** Rows of each table one statement deletes at most. */
const BATCH = 1000

export function createHousekeeper(opts: {
  readonly store: Pick<PortalStore, 'dropExpired'>
  readonly clock: Clock
  readonly onError?: (error: unknown) => void
}) {
  /** One round: every link and session that ran out by now; how many went. */
  async function runOnce(): Promise<number> {
    const now = opts.clock()
    let dropped = 0
    for (let n = BATCH; n > 0; dropped += n) n = await opts.store.dropExpired(now, BATCH)
    return dropped
  }
  const poller = createPoller(runOnce, opts.onError)
  return {
    runOnce,
    /** Tidies every `intervalMs` until stopped. */
    start: (intervalMs = 60_000) => poller.start(intervalMs),
    stop: poller.stop,
  }
}
