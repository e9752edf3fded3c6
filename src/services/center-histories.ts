/**
 * The membership histories a question about a few accounts needs, read by index and no
 * further: the accounts' own histories, and the whole history of every account that was ever
 * in one of their centers. That is exactly what the scope of a filing (domain `scopeOf`) looks
 * at, so a person-facing answer costs the same at ten thousand and at a hundred million accounts.
 * @module
 */
import { type CenterIndex, createCenterIndex, type MembershipChange } from '../domain/index.js'
import type { Store } from '../store/store.js'

export interface CenterHistories {
  /**
   * Reads what is not read yet for `accounts` and their centers. Returns every account that
   * was ever in one of those centers, the accounts themselves included.
   */
  around(accounts: readonly string[]): Promise<string[]>
  /** A center index over everything read so far, as of `asOf`. */
  index(asOf: number): CenterIndex
}

/** One per question: it remembers what it read, so no history is read twice. */
export function centerHistories(store: Store): CenterHistories {
  const byAccount = new Map<string, MembershipChange[]>()
  const centersRead = new Map<string, Set<string>>()

  async function histories(accounts: readonly string[]): Promise<void> {
    const missing = [...new Set(accounts)].filter((a) => !byAccount.has(a))
    if (missing.length === 0) return
    for (const a of missing) byAccount.set(a, [])
    for (const m of await store.membershipsOf(missing)) byAccount.get(m.account)?.push(m)
  }

  return {
    async around(accounts) {
      await histories(accounts)
      const centers = new Set<string>()
      for (const a of accounts) for (const m of byAccount.get(a) ?? []) if (m.center !== null) centers.add(m.center)
      const unread = [...centers].filter((c) => !centersRead.has(c))
      for (const c of unread) centersRead.set(c, new Set())
      for (const m of await store.membershipsIn(unread)) centersRead.get(m.center as string)?.add(m.account)
      const members = new Set(accounts)
      for (const c of centers) for (const a of centersRead.get(c) ?? []) members.add(a)
      await histories([...members])
      return [...members].sort()
    },
    index(asOf) {
      return createCenterIndex([...byAccount.values()].flat(), asOf)
    },
  }
}
