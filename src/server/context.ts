/** What the server's routes are given, and what a request carries through its middleware. */
import type { Logger } from 'pino'
import type { Policy } from '../domain/index.js'
import type { Lang } from '../i18n/messages.js'
import type { MailCatcher } from '../mail/mail-catcher.js'
import type { ApiTokenService } from '../services/api-tokens.js'
import type { OidcService } from '../services/oidc.js'
import type { SessionService } from '../services/sessions.js'
import type { Veto } from '../veto.js'
import type { Metrics } from './middleware/metrics.js'
import type { RateLimiter } from '../services/rate-limits.js'

/** A member of the privacy team, as `console.members` lists them. */
export interface ConsoleMember {
  /** Normalized. */
  readonly email: string
  readonly role: 'viewer' | 'reviewer'
  /** How the ledger names them: `console:NAME`. */
  readonly name: string
}

export interface ServerDeps {
  readonly veto: Veto
  readonly sessions: SessionService
  readonly tokens: ApiTokenService
  readonly policy: Policy
  readonly publicUrl: string
  readonly signinLinkMinutes: number
  readonly limiter: RateLimiter
  readonly logger: Logger
  readonly metrics: Metrics
  /** The bearer token that opens /metrics to the operator; null: no /metrics. */
  readonly metricsToken: string | null
  readonly clock: () => number
  /** Sign-in through the platform's identity provider, when configured. */
  readonly oidc?: { readonly service: OidcService; readonly label: string } | undefined
  /** The privacy team's console: its own sessions, and who may sign in by normalized address. */
  readonly console: {
    readonly sessions: SessionService
    readonly members: ReadonlyMap<string, ConsoleMember>
  }
  /** The demo's mail catcher, shown at /_mail; absent in production. */
  readonly inbox?: MailCatcher | undefined
}

export type AppEnv = {
  Variables: {
    lang: Lang
    /** The time zone the person reads times in: chosen, or suggested by their browser's languages. */
    zone: string
    csrf: string
    /** The signed-in person's address, normalized; undefined when signed out. */
    email: string | undefined
    session: string | undefined
    /** The API token's scopes. */
    scopes: string[]
    /** The API token's id. */
    token: string
    /** The console member signed in; undefined outside the console and when signed out. */
    member: ConsoleMember | undefined
  }
}
