/**
 * The privacy team's figures under the served policy: the store counts, this names what is
 * counted — which objections are late, who is of age to be told.
 * @module
 */
import { bornBy, type Policy } from '../domain/index.js'
import type { Figures } from '../store/figures.js'
import type { ServiceDeps } from './deps.js'

export type { Figures }

/** How long computed figures are served, at least, before they are computed again. */
export const FIGURES_MAX_AGE_MS = 5 * 60_000

/**
 * And at least this many times as long as computing them took: they read whole tables, so at
 * some size they take minutes, and a console left open would keep the database busy all the time.
 */
export const FIGURES_AGE_PER_COST = 10

export interface FiguresAsOf {
  readonly figures: Figures
  readonly computedAt: number
  /** How long these are served before they are computed again (ms). */
  readonly keptFor: number
}

export function createFigureService({ store, clock }: Pick<ServiceDeps, 'store' | 'clock'>) {
  // The figures read whole tables (3–4 s at 1M accounts on SQLite, bench/console). Computed for every viewer
  // together, once at a time, and kept for a while that grows with their cost, a console left
  // open or refreshed cannot keep the database busy with them.
  const cache = new Map<string, { readonly result: Promise<FiguresAsOf> }>()
  return {
    /**
     * The figures, as of at most `keptFor` ago. Late: an objection received from the
     * policy's deadline on (a person's own coming-of-age window is not counted here; `explain`
     * decides per account).
     */
    async of(policy: Policy): Promise<FiguresAsOf> {
      const key = `${policy.name}@${policy.version}`
      const entry = cache.get(key)
      if (entry !== undefined) {
        const done = await entry.result.catch(() => undefined)
        if (done && clock() - done.computedAt < done.keptFor) return done
      }
      // Another viewer may have started the next computation meanwhile: share it.
      const current = cache.get(key)
      if (current !== undefined && current !== entry) return current.result
      const computedAt = clock()
      const next = {
        result: store
          .figures({
            deadline: policy.deadline,
            policyName: policy.name,
            adultBornBy: bornBy(policy.minAge, computedAt),
          })
          .then(
            (figures) => ({
              figures,
              computedAt,
              keptFor: Math.max(FIGURES_MAX_AGE_MS, FIGURES_AGE_PER_COST * (clock() - computedAt)),
            }),
            (e: unknown) => {
              if (cache.get(key) === next) cache.delete(key)
              throw e
            },
          ),
      }
      cache.set(key, next)
      return next.result
    },
  }
}

export type FigureService = ReturnType<typeof createFigureService>
