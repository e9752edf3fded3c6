/**
 * The privacy team's figures under the served policy: the store counts, this names what is
 * counted — which objections are late, who is of age to be told.
 * @module
 */
import type { Policy } from '../domain/index.js'
import type { Figures } from '../store/figures.js'
import type { ServiceDeps } from './deps.js'

export type { Figures }

/** The latest birthdate (`YYYY-MM-DD`, UTC) of a person `years` old at `t`. */
export function bornBy(years: number, t: number): string {
  const d = new Date(t)
  const pad = (v: number) => String(v).padStart(2, '0')
  return `${String(d.getUTCFullYear() - years).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

/** How long computed figures are served before they are computed again. */
export const FIGURES_MAX_AGE_MS = 5 * 60_000

export interface FiguresAsOf {
  readonly figures: Figures
  readonly computedAt: number
}

export function createFigureService({ store, clock }: Pick<ServiceDeps, 'store' | 'clock'>) {
  // The figures read whole tables; on SQLite that blocks the serving process while it runs (2.4 s
  // at 1M accounts). Computed at most once per FIGURES_MAX_AGE_MS for every viewer together, and
  // once at a time, a console left open or refreshed cannot keep people's pages waiting.
  const cache = new Map<string, { readonly result: Promise<FiguresAsOf> }>()
  return {
    /**
     * The figures, as of at most FIGURES_MAX_AGE_MS ago. Late: an objection received from the
     * policy's deadline on (a person's own coming-of-age window is not counted here; `explain`
     * decides per account).
     */
    async of(policy: Policy): Promise<FiguresAsOf> {
      const key = `${policy.name}@${policy.version}`
      const entry = cache.get(key)
      if (entry !== undefined) {
        const done = await entry.result.catch(() => undefined)
        if (done && clock() - done.computedAt < FIGURES_MAX_AGE_MS) return done
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
            (figures) => ({ figures, computedAt }),
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
