/**
 * The privacy team's figures under the served policy: the store counts, this names what is
 * counted — which objections are late, who is of age to be told.
 * @module
 */
import type { Policy } from '../domain/index.js'
import type { Figures } from '../store/figures.js'
import type { ServiceDeps } from './deps.js'

/** The latest birthdate (`YYYY-MM-DD`, UTC) of a person `years` old at `t`. */
export function bornBy(years: number, t: number): string {
  const d = new Date(t)
  const pad = (v: number) => String(v).padStart(2, '0')
  return `${String(d.getUTCFullYear() - years).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

export function createFigureService({ store, clock }: Pick<ServiceDeps, 'store' | 'clock'>) {
  return {
    /**
     * The figures as of now. Late: an objection received from the policy's deadline on (a person's
     * own coming-of-age window is not counted here; `explain` decides per account).
     */
    of: (policy: Policy): Promise<Figures> =>
      store.figures({
        deadline: policy.deadline,
        policyName: policy.name,
        adultBornBy: bornBy(policy.minAge, clock()),
      }),
  }
}

export type FigureService = ReturnType<typeof createFigureService>
