/** What every service may be given: a store, a clock and an id source, all explicit. */
import type { Store } from '../store/store.js'
import type { NewId } from './ids.js'

/** Milliseconds since the Unix epoch; a fixed one in tests. */
export type Clock = () => number

export interface ServiceDeps {
  readonly store: Store
  readonly clock: Clock
  readonly newId: NewId
}
