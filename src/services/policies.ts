/**
 * Finds policies by name (presets and the config file's) and records each version the
 * first time it is used, refusing a version whose rules changed under the same number.
 * @module
 */
import { AppError, definePolicy, type Policy, type PolicyInput, PRESETS, policyFingerprint } from '../domain/index.js'
import { recordPolicy } from './facts.js'
import type { Store } from '../store/store.js'

/** All policies: presets first, then the configured ones (every version). */
export function listPolicies(configured: readonly PolicyInput[]): Policy[] {
  return [...PRESETS, ...configured.map(definePolicy)]
}

/** `name` (the highest version) or `name@version`. */
export function resolvePolicy(ref: string, configured: readonly PolicyInput[]): Policy {
  const [name, versionText] = ref.split('@')
  const candidates = listPolicies(configured).filter((p) => p.name === name)
  const version = versionText === undefined ? undefined : Number(versionText)
  const found =
    version === undefined
      ? candidates.sort((a, b) => b.version - a.version)[0]
      : candidates.find((p) => p.version === version)
  if (!found) {
    const known = [...new Set(listPolicies(configured).map((p) => p.name))].join(', ')
    throw new AppError('POLICY_NOT_FOUND', `no policy ${ref}; known: ${known}`, { policy: ref })
  }
  return found
}

/** Records the policy version on first use; a version is never redefined. */
export async function registerPolicy(store: Store, policy: Policy, now: number): Promise<void> {
  const fingerprint = policyFingerprint(policy)
  await store.transaction(async (tx) => {
    const recorded = await tx.findPolicy(policy.name, policy.version)
    if (!recorded) {
      await recordPolicy(tx, policy, fingerprint, now)
    } else if (recorded.fingerprint !== fingerprint) {
      throw new AppError(
        'POLICY_VERSION_CHANGED',
        `policy ${policy.name} version ${policy.version} was used with other rules before; ` +
          'give the changed rules a new version',
        { policy: policy.name, version: policy.version },
      )
    }
  })
}
