/**
 * Fixed-window rate limits per key (a client address, a target address, a session), counted by
 * the store (`store/rate-limit-counts.ts`) under each key's HMAC, made here and nowhere else:
 * every `veto serve` process on one store counts against the same limit, and a restart forgets
 * nothing; a crash may forget the last moments' counts. Each process deletes the windows that
 * have passed when it first sees a new one.
 * @module
 */
import { createHmac } from 'node:crypto'
import type { PortalStore } from '../store/portal-store.js'

export interface RateLimiter {
  /** Counts one attempt; false when the key is over its limit in this window. */
  hit(key: string): Promise<boolean>
}

/**
 * `secret`: keys are counted as their HMAC under it, so what the store holds names nobody: a
 * client's address, or an e-mail address's plain hash, which a list of candidate addresses
 * reverses. Every process on one data folder derives the same secret, and so the same keys.
 */
export function createRateLimiter(
  store: Pick<PortalStore, 'hitRateLimit' | 'dropRateLimitsBefore'>,
  limit: number,
  windowMs: number,
  clock: () => number,
  secret: Buffer,
): RateLimiter {
  let seen = -1
  return {
    async hit(key) {
      const period = Math.floor(clock() / windowMs)
      if (period !== seen) {
        seen = period
        await store.dropRateLimitsBefore(period)
      }
      const counted = createHmac('sha256', secret).update(key).digest('hex')
      return (await store.hitRateLimit(counted, period)) <= limit
    },
  }
}
