/**
 * Fixed-window rate limits per key (client address, target address), in memory. One
 * server process holds its own counts: behind several processes the limit is per process.
 * @module
 */
export interface RateLimiter {
  /** Counts one attempt; false when the key is over its limit in this window. */
  hit(key: string): boolean
}

export function createRateLimiter(limit: number, windowMs: number, clock: () => number = Date.now): RateLimiter {
  const counts = new Map<string, { window: number; n: number }>()
  return {
    hit(key) {
      const window = Math.floor(clock() / windowMs)
      const entry = counts.get(key)
      if (!entry || entry.window !== window) {
        if (counts.size > 100_000) counts.clear()
        counts.set(key, { window, n: 1 })
        return true
      }
      entry.n++
      return entry.n <= limit
    },
  }
}
