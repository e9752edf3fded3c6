/**
 * Objections and consents filed one at a time (CLI `object`, `consent`, `withdraw`;
 * later the portal and the API), and their scope over accounts centers.
 * @module
 */
import {
  type Account, AppError, type Channel, type Filing, type FilingType, formatInstant, scopeOf,
} from '../domain/index.js'
import { appendToLedger } from '../ledger/append.js'
import { filed, withdrawn } from '../ledger/events.js'
import type { Lang } from '../i18n/messages.js'
import { confirmationMail } from '../mail/compose.js'
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
  readonly confirm?: {
    /** The address to confirm to; the address of the account filed for when not given. */
    readonly to?: string | undefined
    readonly lang: Lang
    /** Where the person sees and withdraws objections. */
    readonly url: string
    readonly deadline: number | null
  } | undefined
  /** An API client's Idempotency-Key: the reply is stored with the filing, in the same transaction. */
  readonly idempotency?: {
    readonly key: string
    readonly requestHash: string
    readonly reply: (result: FiledResult) => string
  } | undefined
}

export interface FiledResult {
  readonly filing: Filing
  /** The accounts the filing covers at the moment it was filed. */
  readonly covered: readonly string[]
}

/** Every account a filing covers from its receipt to `asOf`, from the memberships on record. */
export async function coveredAccounts(store: Store, accounts: readonly string[], from: number, asOf: number): Promise<string[]> {
  const histories = centerHistories(store)
  await histories.around(accounts)
  return [...scopeOf(histories.index(asOf), accounts, from, asOf)].sort()
}

export function createFilingService({ store, clock, newId }: ServiceDeps) {
  // Objections arrive concurrently from the portal and the API; they share commits.
  const commits = createGroupCommit(store)
  async function resolveTarget(target: FilingTarget): Promise<Account[]> {
    if ('account' in target) {
      const found = (await store.getAccounts([target.account])).get(target.account)
      if (!found) throw new AppError('ACCOUNT_NOT_FOUND', `no account with id ${target.account}`, { account: target.account })
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
      const now = clock()
      const receivedAt = req.at ?? now
      if (receivedAt > now) throw new AppError('FILING_IN_FUTURE', 'a filing cannot be received in the future')
      const found = await resolveTarget(req.target)
      const accounts = found.map((a) => a.id)
      const filing: Filing = {
        id: req.id ?? newId(FILING_PREFIX[req.type]), type: req.type, accounts, receivedAt, recordedAt: now, channel: req.channel,
      }
      const covered = await commits.run(async (tx) => {
        await tx.insertFiling(filing, req.reason ?? null, null)
        await appendToLedger(tx, [filed(filing)], now)
        const scope = await coveredAccounts(tx, accounts, receivedAt, now)
        if (req.confirm) {
          // The accounts filed for are known; only the others of their centers are read.
          const known = new Map(found.map((a) => [a.id, a]))
          for (const [id, a] of await tx.getAccounts(scope.filter((id) => !known.has(id)))) known.set(id, a)
          const mail = confirmationMail(req.confirm.lang, {
            id: filing.id, receivedAt, url: req.confirm.url,
            timely: req.confirm.deadline === null || receivedAt < req.confirm.deadline,
            accounts: scope.map((id) => ({ id, network: known.get(id)?.network ?? '' })),
          })
          // The mail's id comes from the filing's: a retried delivery carries the same Message-ID.
          await tx.portal.enqueueMail({
            id: `mail_${filing.id}`, kind: 'confirmation', to: req.confirm.to ?? (found[0] as Account).email, lang: req.confirm.lang,
            subject: mail.subject, body: mail.body, accounts: scope, ref: filing.id, suppressed: false, createdAt: now,
          })
        }
        // In the same commit: a retry after a crash finds the key, never files twice.
        if (req.idempotency) {
          const { key, requestHash, reply } = req.idempotency
          await tx.portal.insertIdempotent(key, requestHash, 201, reply({ filing, covered: scope }), now)
        }
        return scope
      })
      return { filing, covered }
    },

    async get(id: string): Promise<FilingRecord> {
      const found = await store.findFiling(id)
      if (!found) throw new AppError('FILING_NOT_FOUND', `no objection or consent with id ${id}`, { id })
      return found
    },

    /** Withdraws a filing from `at` (now when not given). A filing is withdrawn once. */
    async withdraw(id: string, at?: number): Promise<FilingRecord> {
      const now = clock()
      const when = at ?? now
      if (when > now) throw new AppError('FILING_IN_FUTURE', 'a withdrawal cannot lie in the future')
      return store.transaction(async (tx) => {
        const found = await tx.findFiling(id)
        if (!found) throw new AppError('FILING_NOT_FOUND', `no objection or consent with id ${id}`, { id })
        if (found.withdrawal) {
          throw new AppError('FILING_ALREADY_WITHDRAWN', `${id} was withdrawn at ${formatInstant(found.withdrawal.at)}`, { id })
        }
        if (when < found.receivedAt) {
          throw new AppError('WITHDRAWAL_BEFORE_FILING', `${id} cannot be withdrawn before it was received`, { id })
        }
        const withdrawal = { filingId: id, at: when, recordedAt: now }
        await tx.insertWithdrawal(withdrawal)
        await appendToLedger(tx, [withdrawn(withdrawal, found.type)], now)
        return { ...found, withdrawal }
      })
    },
  }
}

export type FilingService = ReturnType<typeof createFilingService>
