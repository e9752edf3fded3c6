/**
 * Veto as a library: the same services the CLI uses, and the pure rules.
 * @module
 */
export * from './domain/index.js'
export type { Store } from './store/store.js'
export { openStore } from './store/open-store.js'
export { type InitResult, initVeto, type OpenOptions, openVeto, type Veto } from './veto.js'
export { IMPORT_KINDS, type ImportKind, type ImportResult } from './services/imports.js'
export type { DecideRequest, DecideSummary } from './services/decisions.js'
export { generatePlatform } from './generate/generate-platform.js'
