/**
 * Sign-in through the platform's OpenID Connect provider (authorization code flow with PKCE,
 * state and nonce). Only an address the provider marks `email_verified` opens a session:
 * accounts are never tied to an address nobody proved they hold.
 * @module
 */
import * as client from 'openid-client'
import { AppError } from '../domain/app-error.js'

export interface OidcSettings {
  readonly issuer: string
  readonly clientId: string
  readonly clientSecret: string | null
  readonly redirectUri: string
}

export interface OidcStart {
  readonly url: string
  /** Kept by the browser (in a __Host- cookie) until the callback. */
  readonly checks: { state: string; nonce: string; verifier: string }
}

export function createOidcService(settings: OidcSettings) {
  let config: Promise<client.Configuration> | undefined
  const configuration = () => {
    config ??= client
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        settings.clientSecret ?? undefined,
        undefined,
        new URL(settings.issuer).protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((e: unknown) => {
        config = undefined
        throw new AppError('OIDC_FAILED', 'the identity provider could not be reached', {}, { cause: e })
      })
    return config
  }
  return {
    async start(): Promise<OidcStart> {
      const checks = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        verifier: client.randomPKCECodeVerifier(),
      }
      const url = client.buildAuthorizationUrl(await configuration(), {
        redirect_uri: settings.redirectUri,
        scope: 'openid email',
        state: checks.state,
        nonce: checks.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(checks.verifier),
        code_challenge_method: 'S256',
      })
      return { url: url.href, checks }
    },

    /** The verified address of the person the provider sent back. */
    async finish(callbackUrl: URL, checks: OidcStart['checks']): Promise<string> {
      let claims: Record<string, unknown> | undefined
      try {
        const cfg = await configuration()
        const tokens = await client.authorizationCodeGrant(cfg, callbackUrl, {
          pkceCodeVerifier: checks.verifier,
          expectedState: checks.state,
          expectedNonce: checks.nonce,
          idTokenExpected: true,
        })
        const id = tokens.claims()
        claims = id as Record<string, unknown> | undefined
        // Many providers keep the address out of the ID token: ask the userinfo endpoint, bound to the same subject.
        if (id && typeof id.email !== 'string')
          claims = { ...id, ...(await client.fetchUserInfo(cfg, tokens.access_token, id.sub)) }
      } catch (e) {
        throw new AppError('OIDC_FAILED', 'the identity provider did not confirm the sign-in', {}, { cause: e })
      }
      if (typeof claims?.email !== 'string' || claims.email_verified !== true) {
        throw new AppError('OIDC_FAILED', 'the identity provider did not vouch for an e-mail address')
      }
      return claims.email
    },
  }
}

export type OidcService = ReturnType<typeof createOidcService>
