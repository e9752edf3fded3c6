/**
 * Notice campaigns: one mail per address about all its accounts, queued in the outbox so a
 * campaign can be stopped and resumed (a queued mail is never queued twice). Each accepted
 * delivery becomes the proof of notice for its accounts (see the outbox worker).
 * @module
 */
import { createHash } from 'node:crypto'
import type { Lang } from '../i18n/messages.js'
import { noticeMail } from '../mail/compose.js'
import { zoneOfCountry } from '../i18n/zones.js'
import type { Policy } from '../domain/index.js'
import type { ServiceDeps } from './deps.js'
import { type Account, bornBy, deadlineFor, requireNotFuture } from '../domain/index.js'
import type { NewMail } from '../store/portal-store.js'
import { requireAccount } from './accounts.js'
import { recordNotices } from './facts.js'
import { FIRST_RECORDS, LOCK_BUDGET_MS, nextBatchSize } from './lock-budget.js'
import { leaveLockFree } from '../store/sqlite.js'

/** What a notice mail's outbox `ref` holds: the policy's name and version, then the hashed address. */
export function noticeRef(policy: Pick<Policy, 'name' | 'version'>, addressHash: string): string {
  return `${policy.name}@${policy.version}:${addressHash}`
}

/** The policy a notice mail was about, from its outbox `ref`. */
export function noticePolicyOf(ref: string): { name: string; version: number } | null {
  const m = /^(.+)@(\d+):[0-9a-f]+$/.exec(ref)
  return m ? { name: m[1] as string, version: Number(m[2]) } : null
}

/** The language a notice is written in for an account's country: its most spoken official EU language. */
const LANG_OF_COUNTRY: Readonly<Record<string, Lang>> = {
  AT: 'de',
  BE: 'nl',
  BG: 'bg',
  HR: 'hr',
  CY: 'el',
  CZ: 'cs',
  DK: 'da',
  EE: 'et',
  FI: 'fi',
  FR: 'fr',
  DE: 'de',
  GR: 'el',
  HU: 'hu',
  IE: 'en',
  IT: 'it',
  LV: 'lv',
  LT: 'lt',
  LU: 'fr',
  MT: 'mt',
  NL: 'nl',
  PL: 'pl',
  PT: 'pt',
  RO: 'ro',
  SK: 'sk',
  SI: 'sl',
  ES: 'es',
  SE: 'sv',
  LI: 'de',
  CH: 'de',
  NO: 'en',
  IS: 'en',
}

/** Accounts a campaign reads at a time (about: whole addresses). */
const QUEUE_PAGE = 2000

/** A notice that reached an account, as the platform reports it. */
export interface NoticeReport {
  readonly account: string
  readonly deliveredAt: number
  /** The policy whose notice it was; null: unversioned, it counts for every policy. */
  readonly policy: { readonly name: string; readonly version: number } | null
  readonly lang: string | null
}

export function createNoticeService({ store, clock, newId }: ServiceDeps) {
  return {
    /** Records that a notice reached an account (the API); false when it was on record before. */
    async record(n: NoticeReport): Promise<boolean> {
      const now = clock()
      requireNotFuture(n.deliveredAt, now, 'delivered_at')
      await requireAccount(store, n.account)
      const written = await store.transaction((tx) => recordNotices(tx, [{ ...n, recordedAt: now }], now))
      return written.length > 0
    },

    /**
     * Queues the notice of `policy` for every address with an account of the minimum age, about
     * those accounts; returns how many mails were new. Run again, it reaches the accounts that
     * reached the minimum age since (their address is told again, about all its accounts), and,
     * when the policy has a coming-of-age window, tells each such person their own deadline.
     */
    async queue(
      policy: Policy,
      url: string,
      onProgress?: (addresses: number) => void,
    ): Promise<{ addresses: number; queued: number }> {
      const now = clock()
      // Content of people under the minimum age, or of unknown age, is never used: nothing to tell yet.
      const adultBy = bornBy(policy.minAge, now)
      let addresses = 0
      let queued = 0
      const budget = store.dialect === 'sqlite' ? LOCK_BUDGET_MS : Number.POSITIVE_INFINITY
      let size = store.dialect === 'sqlite' ? FIRST_RECORDS : QUEUE_PAGE
      // A page of addresses at a time, in the order of their index: memory and each transaction
      // stay the same size whatever the number of accounts.
      for (let after: string | undefined; ; ) {
        const page = await store.adultsByAddress(after, adultBy, QUEUE_PAGE)
        if (page.length === 0) break
        const at = clock()
        const mails: NewMail[] = []
        for (const { address, accounts } of page) {
          const ids = accounts.map((a) => a.id)
          const first = accounts[0] as Account
          const lang = LANG_OF_COUNTRY[first.country ?? ''] ?? 'en'
          const own = Math.max(...accounts.map((a) => deadlineFor(policy, a) ?? Number.NEGATIVE_INFINITY))
          const ownDeadline = policy.deadline !== null && own > policy.deadline ? own : null
          const mail = noticeMail({ lang, zone: zoneOfCountry(first.country) }, policy, {
            url,
            accounts: ids,
            ownDeadline,
          })
          mails.push({
            id: newId('mail', at),
            kind: 'notice',
            to: first.email,
            lang,
            subject: mail.subject,
            body: mail.body,
            accounts: ids,
            // The ref names the campaign, the address and its accounts (hashed): running the campaign
            // again queues nothing twice, but an account newly of age makes its address's notice new.
            ref: noticeRef(
              policy,
              createHash('sha256')
                .update(`${address}\n${ids.join('\n')}`)
                .digest('hex'),
            ),
            suppressed: false,
            createdAt: at,
          })
        }
        // On SQLite in transactions sized to hold the write lock about LOCK_BUDGET_MS each, which
        // people's objections beside the campaign wait for: 2,000 mails of about 1.4 KB held it
        // about 165 ms. A moment's gap after each lets a waiting write in (as an import does).
        for (let from = 0; from < mails.length; ) {
          const part = mails.slice(from, from + size)
          let held = performance.now()
          queued += await store.transaction((tx) => {
            held = performance.now()
            return tx.portal.enqueueMails(part)
          })
          size = nextBatchSize(part.length, performance.now() - held, QUEUE_PAGE, budget)
          from += part.length
          if (store.dialect === 'sqlite') await leaveLockFree()
        }
        addresses += page.length
        after = page.at(-1)?.address
        onProgress?.(addresses)
      }
      return { addresses, queued }
    },
  }
}
