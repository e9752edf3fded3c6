/**
 * Delivers the outbox: leases due mails, sends each over SMTP, marks it sent — or, when the
 * server refuses, retries later with exponential back-off. A mail whose sending succeeded
 * but whose mark did not (a crash in between) is sent again with the same Message-ID.
 * An accepted notice mail is the proof of notice for every account it names.
 *
 * Several workers share one outbox (server mode; `veto notice` beside `veto serve`). A lease keeps
 * a claimed mail one worker's until it runs out; then another worker may claim and send it. So a
 * worker starts no send once its lease has less than a send's time left (`sendMs`): a slow server
 * that stretched a round past the lease would otherwise have the round's last mails sent twice,
 * by this worker and by the one that claimed them meanwhile. The ones left go to the next round's
 * claim, this worker's or another's.
 * @module
 */
import type { OutboxService } from '../services/outbox.js'
import { createPoller } from '../services/poller.js'
import type { MailSeal } from './seal.js'
import { type Mailer, messageIdFor, SEND_TIMEOUT_MS } from './mailer.js'

/** Mails on their way at once: as many as the pooled transport has connections. */
const CONCURRENT_SENDS = 4

export interface OutboxWorkerOptions {
  readonly outbox: OutboxService
  readonly mailer: Mailer
  readonly clock: () => number
  /** Opens the bodies kept sealed (sign-in mails). */
  readonly seal: MailSeal
  /** How long a claimed mail stays this worker's. */
  readonly leaseMs?: number
  /**
   * The longest one send may take (the mailer's timeouts bound it: `SEND_TIMEOUT_MS`); no send
   * starts with less of the lease left. Less than `leaseMs`.
   */
  readonly sendMs?: number
  readonly batch?: number
  /** First retry after this long, doubling up to an hour. */
  readonly retryBaseMs?: number
  /** Told of a round that failed (the store unreachable, say); the next round tries again. */
  readonly onError?: (error: unknown) => void
}

export function createOutboxWorker(opts: OutboxWorkerOptions) {
  const { outbox, mailer, clock, seal } = opts
  const leaseMs = opts.leaseMs ?? 120_000
  const sendMs = opts.sendMs ?? SEND_TIMEOUT_MS
  if (sendMs >= leaseMs) throw new Error('outbox worker: sendMs must be less than leaseMs')
  const retryBaseMs = opts.retryBaseMs ?? 2_000

  async function runOnce(): Promise<number> {
    const now = clock()
    await outbox.dropSuppressed()
    const leaseUntil = now + leaseMs
    const due = await outbox.claimDue(now, leaseUntil, opts.batch ?? 50)
    let sent = 0
    const deliver = async (m: (typeof due)[number]) => {
      try {
        await mailer.send({
          messageId: messageIdFor(m.id),
          to: m.to,
          subject: m.subject,
          text: seal.open(m.body),
          lang: m.lang,
        })
      } catch (e) {
        const delay = Math.min(3_600_000, retryBaseMs * 2 ** m.attempts)
        // The server's words, not the address: an SMTP reply may quote it.
        const reason =
          (e as { responseCode?: number; code?: string }).responseCode ?? (e as { code?: string }).code ?? 'failed'
        await outbox.markFailed(m.id, `SMTP ${String(reason)}`, clock() + delay)
        return
      }
      await outbox.markSent(m, clock())
      sent++
    }
    for (let i = 0; i < due.length && clock() + sendMs <= leaseUntil; i += CONCURRENT_SENDS)
      await Promise.all(due.slice(i, i + CONCURRENT_SENDS).map(deliver))
    return sent
  }

  const poller = createPoller(runOnce, opts.onError)
  return {
    runOnce,
    /** Polls every `intervalMs` until stopped. */
    start: (intervalMs = 250) => poller.start(intervalMs),
    stop: poller.stop,
  }
}
