/**
 * Accounts as the platform reports them one at a time (the API): an account's details, and the
 * changes of its accounts center. Imports write the same facts in bulk through `facts.ts`.
 * @module
 */
import { type Account, AppError, requireNotFuture } from '../domain/index.js'
import type { Store } from '../store/store.js'
import type { ServiceDeps } from './deps.js'
import { recordCenterChanges } from './facts.js'

/** Refuses an id no account on record has (`ACCOUNT_NOT_FOUND`): a fact about an unknown account is not recorded. */
export async function requireAccount(store: Store, id: string): Promise<void> {
  if (!(await store.getAccounts([id])).has(id))
    throw new AppError('ACCOUNT_NOT_FOUND', `no account with id ${id}`, { account: id })
}

export function createAccountService({ store, clock }: Pick<ServiceDeps, 'store' | 'clock'>) {
  return {
    /** The accounts of these ids that are on record. */
    get: (ids: readonly string[]) => store.getAccounts(ids),

    /** Stores an account, or its changed details; says which of the three it was. */
    async upsert(account: Account): Promise<'inserted' | 'updated' | 'unchanged'> {
      const res = await store.transaction((tx) => tx.upsertAccounts([account], clock()))
      return res.inserted ? 'inserted' : res.updated ? 'updated' : 'unchanged'
    },

    /** Records that the account joined `center` (or left its center, with null) at `at`, now when not given. */
    async changeCenter(id: string, center: string | null, at?: number): Promise<{ at: number }> {
      const now = clock()
      const when = at ?? now
      requireNotFuture(when, now, 'at')
      await requireAccount(store, id)
      await store.transaction((tx) =>
        recordCenterChanges(tx, [{ account: id, center, at: when, recordedAt: now }], now),
      )
      return { at: when }
    },
  }
}
