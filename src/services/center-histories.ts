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
  /** Accounts whose centers' members are read too, each with those members. */
  const around = new Map<string, Set<string>>()

  return {
    async around(accounts) {
      const missing = [...new Set(accounts)].filter((a) => !around.has(a))
      if (missing.length > 0) {
        const rows = await store.membershipsAround(missing)
        const histories = new Map<string, MembershipChange[]>()
        for (const m of rows) histories.set(m.account, [...(histories.get(m.account) ?? []), m])
        for (const [a, list] of histories) byAccount.set(a, list)
        for (const a of missing) if (!byAccount.has(a)) byAccount.set(a, [])
        // Each one's centers, and who was ever in them, from the rows just read.
        const centersOf = (a: string) =>
          new Set((byAccount.get(a) ?? []).map((m) => m.center).filter((c) => c !== null))
        for (const a of missing) {
          const centers = centersOf(a)
          around.set(
            a,
            new Set([a, ...[...histories.keys()].filter((b) => [...centersOf(b)].some((c) => centers.has(c)))]),
          )
        }
      }
      const members = new Set<string>()
      for (const a of accounts) for (const b of around.get(a) ?? []) members.add(b)
      return [...members].sort()
    },
    index(asOf) {
      return createCenterIndex([...byAccount.values()].flat(), asOf)
    },
  }
}
