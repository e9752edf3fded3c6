/**
 * The outbox as the mail worker sees it: lease due mails, mark each sent or failed. An accepted
 * notice mail is the proof of notice for every account it names, recorded with its mark in one
 * transaction — so a proof of notice exists exactly when the mail was accepted.
 * @module
 */
import type { OutboxMail } from '../store/portal-store.js'
import type { Store } from '../store/store.js'
import { recordNotices } from './facts.js'
import { noticePolicyOf } from './notices.js'

export type { OutboxMail }

export function createOutboxService(store: Store) {
  return {
    /** A sign-in mail to an address no account carries is never sent; once seen, nothing of it stays. */
    dropSuppressed: () => store.portal.dropSuppressedMail(),
    /** Leases up to `limit` due mails to the caller until `leaseUntil`. */
    claimDue: (now: number, leaseUntil: number, limit: number) => store.portal.claimDueMail(now, leaseUntil, limit),
    /** Extends a mail's lease held until `held` to `until`; false when another worker has claimed it since. */
    renewLease: (id: string, held: number, until: number) => store.portal.renewMailLease(id, held, until),
    /** The server refused: try again from `nextAttemptAt`. `error` holds the server's code, never an address. */
    markFailed: (id: string, error: string, nextAttemptAt: number) =>
      store.portal.markMailFailed(id, error, nextAttemptAt),
    /** The server accepted the mail at `at`. */
    async markSent(mail: OutboxMail, at: number): Promise<void> {
      await store.transaction(async (tx) => {
        await tx.portal.markMailSent(mail.id, at)
        if (mail.kind === 'notice') {
          const policy = mail.ref === null ? null : noticePolicyOf(mail.ref)
          await recordNotices(
            tx,
            mail.accounts.map((account) => ({ account, deliveredAt: at, recordedAt: at, policy, lang: mail.lang })),
            at,
          )
        }
      })
    },
    /** Confirmation and notice mails not delivered yet (sign-in mails are not counted). */
    unsentCount: () => store.portal.unsentMailCount(),
  }
}

export type OutboxService = ReturnType<typeof createOutboxService>
