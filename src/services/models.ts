/** Models trained on snapshots: a ledger event each, so a person can see where their items went. */
import { AppError } from '../domain/app-error.js'
import { recordModel } from './facts.js'
import type { ModelRecord } from '../store/store.js'
import type { ServiceDeps } from './deps.js'

export type { ModelRecord }

export function createModelService({ store, clock, newId }: ServiceDeps) {
  return {
    async register(name: string, snapshotIds: readonly string[]): Promise<ModelRecord> {
      if (snapshotIds.length === 0)
        throw new AppError('MODEL_WITHOUT_SNAPSHOT', 'a model is trained on at least one snapshot')
      for (const id of snapshotIds) {
        if (!(await store.findSnapshot(id)))
          throw new AppError('SNAPSHOT_NOT_FOUND', `no sealed snapshot ${id}`, { id })
      }
      const model: ModelRecord = {
        id: newId('mdl'),
        name,
        registeredAt: clock(),
        snapshots: [...new Set(snapshotIds)].sort(),
      }
      await store.transaction(async (tx) => {
        await recordModel(tx, model)
      })
      return model
    },
    list: () => store.listModels(),
  }
}
