/**
 * The domain core: model, policies and the eligibility rules. No I/O, no clock.
 * @module
 */
export * from './app-error.js'
export * from './cases.js'
export * from './centers.js'
export * from './countries.js'
export * from './decide.js'
export * from './email.js'
export * from './error-codes.js'
export * from './model.js'
export * from './policy.js'
export * from './time.js'
export * from './timely.js'
export * from './evidence-label.js'
