/**
 * Objections and consents filed one at a time (CLI `object`, `consent`, `withdraw`;
 * later the portal and the API), and their scope over accounts centers.
 * @module
 */
import {
  type Account,
  AppError,
  type Channel,
  type Filing,
  type FilingType,
  formatInstant,
  isTimelyForAll,
  normalizeEmail,
  type Policy,
  requireNotFuture,
  scopeOf,
} from '../domain/index.js'
import { commitFilings, recordWithdrawal } from './facts.js'
import type { Lang } from '../i18n/messages.js'
import { confirmationMail, withdrawalMail } from '../mail/compose.js'
import { zoneOfCountry } from '../i18n/zones.js'
import type { IdempotentReply, NewMail } from '../store/portal-store.js'
import type { FilingRecord, Store } from '../store/store.js'
import { centerHistories } from './center-histories.js'
import type { ServiceDeps } from './deps.js'
import { createGroupCommit } from './group-commit.js'
import { FILING_PREFIX } from './ids.js'

export type FilingTarget = { readonly account: string } | { readonly email: string }

export interface FileRequest {
  readonly type: FilingType
  readonly target: FilingTarget
  readonly reason?: string | null | undefined
  /** Back-filled receipt time; the server's clock when not given. */
  readonly at?: number | undefined
  readonly channel: Channel
  /** The id to give the filing; a new one when not given. */
  readonly id?: string | undefined
  /** Queue a confirmation mail in the same transaction (objections from the portal and the API). */
  readonly confirm?:
    | {
        /** The address to confirm to; the address of the account filed for when not given. */
        readonly to?: string | undefined
        readonly lang: Lang
        /** The person's time zone, for the times the mail gives; their account's country's when not given. */
        readonly zone?: string | undefined
        /** Where the person sees and withdraws objections. */
        readonly url: string
        /** The served policy: what the confirmation says follows it. */
        readonly policy: Policy
      }
    | undefined
  /** An API client's Idempotency-Key: the reply is stored with the filing, in the same transaction. */
  readonly idempotency?:
    | {
        readonly key: string
        readonly requestHash: string
        readonly reply: (result: FiledResult) => string
      }
    | undefined
}

export interface WithdrawOptions {
  /** Back-filled withdrawal time (the platform's); now when not given. */
  readonly at?: number | undefined
  /** A person withdrawing through the portal: their address, checked, and their confirmation mail. */
  readonly by?:
    | {
        readonly email: string
        readonly lang: Lang
        readonly zone: string
        /** Where the person objects (or consents) again. */
        readonly url: string
        readonly policy: Policy
      }
    | undefined
}

/** What one filing writes, in a batch with others (`createGroupCommit`). */
interface PendingFiling {
  readonly filing: Filing
  readonly reason: string | null
  readonly mail: NewMail | undefined
  readonly reply: IdempotentReply | undefined
}

export interface FiledResult {
  readonly filing: Filing
  /** The accounts the filing covers at the moment it was filed. */
  readonly covered: readonly string[]
}

/** Every account a filing covers from its receipt to `asOf`, from the memberships on record. */
export async function coveredAccounts(
  store: Store,
  accounts: readonly string[],
  from: number,
  asOf: number,
): Promise<string[]> {
  const histories = centerHistories(store)
  await histories.around(accounts)
  return [...scopeOf(histories.index(asOf), accounts, from, asOf)].sort()
}

/** Faults a test harness injects; nothing else sets them. */
export interface FilingFaults {
  /**
   * Answer a filing before it is committed, and commit it 50 ms later. The durability harness
   * must catch the loss this causes when the process is killed in between.
   */
  readonly ackBeforeCommit?: boolean | undefined
}

export function createFilingService({ store, clock, newId }: ServiceDeps, faults: FilingFaults = {}) {
  // Objections arrive concurrently from the portal and the API; they share commits.
  const commits = createGroupCommit<PendingFiling>((batch) =>
    commitFilings(
      store,
      batch.map((p) => ({ filing: p.filing, reason: p.reason, dedupeKey: null })),
      {
        mails: batch.flatMap((p) => (p.mail ? [p.mail] : [])),
        // In the same commit as the filing: a retry after a crash finds the key, never files twice.
        replies: batch.flatMap((p) => (p.reply ? [p.reply] : [])),
      },
      Math.max(...batch.map((p) => p.filing.recordedAt)),
      clock(),
    ),
  )
  async function resolveTarget(target: FilingTarget): Promise<Account[]> {
    if ('account' in target) {
      const found = (await store.getAccounts([target.account])).get(target.account)
      if (!found)
        throw new AppError('ACCOUNT_NOT_FOUND', `no account with id ${target.account}`, { account: target.account })
      return [found]
    }
    const accounts = await store.findAccountsByEmail(target.email)
    // The address is not repeated: it is personal data and messages end up in logs.
    if (accounts.length === 0) throw new AppError('ACCOUNT_NOT_FOUND', 'no account carries the given e-mail address')
    return accounts
  }

  return {
    /** How concurrent filings shared commits (for /metrics and bench/intake). */
    commitStats: () => commits.stats(),

    /** Files an objection or consent for an account, or for every account carrying an address. */
    async file(req: FileRequest): Promise<FiledResult> {
      // Only the API's answer is under test; the portal's pages read the filing back at once.
      if (faults.ackBeforeCommit && req.channel === 'api') return fileLater(req)
      return fileNow(req)
    },

    /** Every account a filing covers now (its accounts, and those of their centers since it was received). */
    covered: (f: Filing) => coveredAccounts(store, f.accounts, f.receivedAt, clock()),

    /** The reply stored with a filing under an API client's Idempotency-Key, if there is one. */
    reply: (key: string) => store.portal.findIdempotent(key),

    get,
    withdraw,
  }

  function fileLater(req: FileRequest): FiledResult {
    const recordedAt = clock()
    const filing: Filing = {
      id: req.id ?? newId(FILING_PREFIX[req.type], recordedAt),
      type: req.type,
      accounts: 'account' in req.target ? [req.target.account] : [],
      receivedAt: req.at ?? recordedAt,
      recordedAt,
      channel: req.channel,
    }
    setTimeout(() => {
      fileNow({ ...req, id: filing.id }).catch(() => {})
    }, 50)
    return { filing, covered: filing.accounts }
  }

  async function fileNow(req: FileRequest): Promise<FiledResult> {
    const now = clock()
    const receivedAt = req.at ?? now
    requireNotFuture(receivedAt, now, 'received_at')
    const found = await resolveTarget(req.target)
    const accounts = found.map((a) => a.id)
    const filing: Filing = {
      id: req.id ?? newId(FILING_PREFIX[req.type], now),
      type: req.type,
      accounts,
      receivedAt,
      recordedAt: now,
      channel: req.channel,
    }
    // What the confirmation says is read before the transaction, beside other requests'
    // reads: the transaction holds only the writes.
    const covered = await coveredAccounts(store, accounts, receivedAt, now)
    let mail: PendingFiling['mail']
    if (req.confirm) {
      // The accounts filed for are known; only the others of their centers are read.
      const known = new Map(found.map((a) => [a.id, a]))
      for (const [id, a] of await store.getAccounts(covered.filter((id) => !known.has(id)))) known.set(id, a)
      const zone = req.confirm.zone ?? zoneOfCountry((found[0] as Account).country)
      const text = confirmationMail({ lang: req.confirm.lang, zone }, req.confirm.policy, {
        id: filing.id,
        receivedAt,
        url: req.confirm.url,
        // Timely for every account it covers: the mail says none of their content will be used.
        timely: isTimelyForAll(
          req.confirm.policy,
          receivedAt,
          covered.map((id) => known.get(id)),
        ),
        accounts: covered.map((id) => ({ id, network: known.get(id)?.network ?? '' })),
      })
      // The mail's id comes from the filing's: a retried delivery carries the same Message-ID.
      mail = {
        id: `mail_${filing.id}`,
        kind: 'confirmation',
        to: req.confirm.to ?? (found[0] as Account).email,
        lang: req.confirm.lang,
        subject: text.subject,
        body: text.body,
        accounts: covered,
        ref: filing.id,
        suppressed: false,
        createdAt: now,
      }
    }
    await commits.run({
      filing,
      reason: req.reason ?? null,
      mail,
      reply: req.idempotency
        ? {
            key: req.idempotency.key,
            requestHash: req.idempotency.requestHash,
            status: 201,
            body: req.idempotency.reply({ filing, covered }),
          }
        : undefined,
    })
    return { filing, covered }
  }

  async function get(id: string): Promise<FilingRecord> {
    const found = await store.findFiling(id)
    if (!found) throw new AppError('FILING_NOT_FOUND', `no objection or consent with id ${id}`, { id })
    return found
  }

  /**
   * Withdraws a filing from `at` (now when not given). A filing is withdrawn once. With `by`, a
   * person asks: only the holder of an account it was filed for may (docs/policy.md, "who may withdraw");
   * without it, the platform does (API, CLI).
   */
  async function withdraw(id: string, opts: WithdrawOptions = {}): Promise<FilingRecord> {
    const now = clock()
    const when = opts.at ?? now
    requireNotFuture(when, now, 'at')
    return store.transaction(async (tx) => {
      const found = await tx.findFiling(id)
      if (!found) throw new AppError('FILING_NOT_FOUND', `no objection or consent with id ${id}`, { id })
      if (opts.by) {
        const email = normalizeEmail(opts.by.email)
        if (![...(await tx.getAccounts(found.accounts)).values()].some((a) => normalizeEmail(a.email) === email)) {
          throw new AppError('FILING_NOT_YOURS', 'only the holder of an account it was filed for can withdraw it', {
            id,
          })
        }
      }
      if (found.withdrawal) {
        throw new AppError('FILING_ALREADY_WITHDRAWN', `${id} was withdrawn at ${formatInstant(found.withdrawal.at)}`, {
          id,
        })
      }
      if (when < found.receivedAt) {
        throw new AppError('WITHDRAWAL_BEFORE_FILING', `${id} cannot be withdrawn before it was received`, { id })
      }
      const withdrawal = { filingId: id, at: when, recordedAt: now }
      await recordWithdrawal(tx, withdrawal, found.type, now)
      if (opts.by) {
        const text = withdrawalMail(opts.by, opts.by.policy, {
          id,
          type: found.type,
          at: when,
          url: opts.by.url,
          now,
        })
        await tx.portal.enqueueMails([
          {
            id: `mail_${id}_withdrawn`,
            kind: 'withdrawal',
            to: opts.by.email,
            lang: opts.by.lang,
            subject: text.subject,
            body: text.body,
            accounts: found.accounts,
            ref: id,
            suppressed: false,
            createdAt: now,
          },
        ])
      }
      return { ...found, withdrawal }
    })
  }
}
