/**
 * What the serve processes tidy in the background: sign-in links and sessions that ran out, and
 * API replies kept under an Idempotency-Key longer than `server.idempotency_hours`. They are
 * worth nothing after; each link or session holds an address, kept no longer than what it
 * belongs to, and a rush of API objections would leave a reply each for good. And the texts of
 * third parties' requests decided more than `requests.keep_texts_days` ago: what they said and
 * where to write to them, which the decision, once told, no longer needs. Deleted a bounded batch
 * at a time, so that a first round after a long pause holds no lock for long.
 * @module
 */
import type { PortalStore } from '../store/portal-store.js'
import type { Store } from '../store/store.js'
import type { Clock } from './deps.js'
import { createPoller } from './poller.js'

/** Rows of each table one statement deletes at most. */
const BATCH = 1000

export function createHousekeeper(opts: {
  readonly store: Pick<Store, 'eraseCaseTexts'> & {
    readonly portal: Pick<PortalStore, 'dropExpired' | 'dropRepliesBefore'>
  }
  readonly clock: Clock
  /** How long an idempotent reply is kept (`server.idempotency_hours`). */
  readonly replyHours: number
  /** How long a decided request's texts are kept (`requests.keep_texts_days`). */
  readonly caseTextDays: number
  readonly onError?: (error: unknown) => void
}) {
  /**
   * One round: every link and session that ran out by now, every reply past its hours, the texts of
   * every request decided longer ago than they are kept; how many went (rows, and cases erased).
   */
  async function runOnce(): Promise<number> {
    const now = opts.clock()
    const repliesBefore = now - opts.replyHours * 3_600_000
    const decidedBy = now - opts.caseTextDays * 86_400_000
    const { portal } = opts.store
    let dropped = 0
    for (let n = BATCH; n > 0; dropped += n) n = await portal.dropExpired(now, BATCH)
    for (let n = BATCH; n > 0; dropped += n) n = await portal.dropRepliesBefore(repliesBefore, BATCH)
    for (let n = BATCH; n > 0; dropped += n) n = await opts.store.eraseCaseTexts(decidedBy, now, BATCH)
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
