/**
 * Delivers the outbox: leases due mails, sends each over SMTP, marks it sent — or, when the
 * server refuses, retries later with exponential back-off. A mail whose sending succeeded
 * but whose mark did not (a crash in between) is sent again with the same Message-ID.
 * An accepted notice mail is the proof of notice for every account it names.
 *
 * Several workers share one outbox (server mode; `veto notice` beside `veto serve`). A lease keeps
 * a claimed mail one worker's until it runs out; then another worker may claim and send it. So a
 * send starts by renewing its mail's lease, is left out when the lease is gone (another worker
 * claimed the mail since), and renews it every third of `leaseMs` for as long as it runs: a slow
 * server that stretched a round past its claim, or one send past the lease (the mail library waits
 * up to 10 min for a reply, as RFC 5321 §4.5.3.2 asks), would otherwise have mails sent twice, by
 * this worker and by one that claimed them meanwhile. A worker killed mid-send stops renewing, and
 * its mails go to another within `leaseMs`.
 * @module
 */
import type { OutboxService } from '../services/outbox.js'
import { createPoller } from '../services/poller.js'
import type { MailSeal } from './seal.js'
import { type Mailer, messageIdFor } from './mailer.js'

/** Mails on their way at once: as many as the pooled transport has connections. */
const CONCURRENT_SENDS = 4

export interface OutboxWorkerOptions {
  readonly outbox: OutboxService
  readonly mailer: Mailer
  readonly clock: () => number
  /** Opens the bodies kept sealed (sign-in mails). */
  readonly seal: MailSeal
  /** How long a claimed mail stays this worker's without a renewal; renewed while its send runs. */
  readonly leaseMs?: number
  readonly batch?: number
  /** First retry after this long, doubling up to an hour. */
  readonly retryBaseMs?: number
  /** Told of a round that failed (the store unreachable, say); the next round tries again. */
  readonly onError?: (error: unknown) => void
}

export function createOutboxWorker(opts: OutboxWorkerOptions) {
  const { outbox, mailer, clock, seal } = opts
  const leaseMs = opts.leaseMs ?? 60_000
  const retryBaseMs = opts.retryBaseMs ?? 2_000

  /**
   * Holds mail `id`'s lease, held until `held`, while its send runs: renewed now, then every third
   * of `leaseMs`. Undefined when the lease is gone; else what stops the renewals, once the last is in.
   */
  async function hold(id: string, held: number): Promise<(() => Promise<void>) | undefined> {
    let until = clock() + leaseMs
    if (!(await outbox.renewLease(id, held, until))) return undefined
    let renewals = Promise.resolve()
    const timer = setInterval(() => {
      renewals = renewals.then(async () => {
        const next = clock() + leaseMs
        try {
          if (await outbox.renewLease(id, until, next)) until = next
          else clearInterval(timer)
        } catch (e) {
          // The store unreachable for a moment: the next beat tries again, within the lease.
          opts.onError?.(e)
        }
      })
    }, leaseMs / 3)
    return async () => {
      clearInterval(timer)
      await renewals
    }
  }

  async function runOnce(): Promise<number> {
    const now = clock()
    await outbox.dropSuppressed()
    const leaseUntil = now + leaseMs
    const due = await outbox.claimDue(now, leaseUntil, opts.batch ?? 50)
    let sent = 0
    const deliver = async (m: (typeof due)[number]) => {
      const release = await hold(m.id, leaseUntil)
      if (!release) return
      try {
        await mailer.send({
          messageId: messageIdFor(m.id),
          to: m.to,
          subject: m.subject,
          text: seal.open(m.body),
          lang: m.lang,
        })
      } catch (e) {
        await release()
        const delay = Math.min(3_600_000, retryBaseMs * 2 ** m.attempts)
        // The server's words, not the address: an SMTP reply may quote it.
        const reason =
          (e as { responseCode?: number; code?: string }).responseCode ?? (e as { code?: string }).code ?? 'failed'
        await outbox.markFailed(m.id, `SMTP ${String(reason)}`, clock() + delay)
        return
      }
      await release()
      await outbox.markSent(m, clock())
      sent++
    }
    for (let i = 0; i < due.length; i += CONCURRENT_SENDS)
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
