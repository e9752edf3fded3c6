/** API tokens for the platform's back-end: `veto_…`, stored hashed, each with its scopes. */
import { AppError } from '../domain/app-error.js'
import type { ServiceDeps } from './deps.js'
import { hashToken, newToken } from './sessions.js'

export const SCOPES = [
  'accounts:write',
  'objections:read',
  'objections:write',
  'notices:write',
  'requests:write',
] as const
export type Scope = (typeof SCOPES)[number]

export function createApiTokenService({ store, clock, newId }: ServiceDeps) {
  return {
    async create(name: string, scopes: readonly string[]): Promise<{ id: string; token: string; scopes: Scope[] }> {
      const bad = scopes.find((s) => !(SCOPES as readonly string[]).includes(s))
      if (bad !== undefined)
        throw new AppError('TOKEN_SCOPE_UNKNOWN', `unknown scope ${bad}; known: ${SCOPES.join(', ')}`)
      const token = `veto_${newToken(24)}`
      const id = newId('tok')
      const list = [...new Set(scopes)] as Scope[]
      await store.portal.insertApiToken({ id, tokenHash: hashToken(token), name, scopes: list, createdAt: clock() })
      return { id, token, scopes: list }
    },
    find: (token: string) => store.portal.findApiToken(hashToken(token)),
  }
}

export type ApiTokenService = ReturnType<typeof createApiTokenService>
