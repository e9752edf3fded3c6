/**
 * A background round run again and again — the mail outbox, webhook delivery — each one
 * `intervalMs` after the last ended, so that rounds never overlap; a round that fails is told
 * to `onError` and the next one tries again. `stop` waits for the round in flight.
 * @module
 */
export function createPoller(round: () => Promise<unknown>, onError?: (error: unknown) => void) {
  let timer: NodeJS.Timeout | undefined
  let running: Promise<unknown> | undefined
  return {
    start(intervalMs: number) {
      const tick = () => {
        running = round()
          .catch((e: unknown) => onError?.(e))
          .finally(() => {
            running = undefined
            if (timer !== undefined) timer = setTimeout(tick, intervalMs)
          })
      }
      timer = setTimeout(tick, 0)
    },
    async stop() {
      const t = timer
      timer = undefined
      if (t) clearTimeout(t)
      await running
    },
  }
}
