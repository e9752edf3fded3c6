/**
 * Wires a data folder into a listening server: the app, the outbox worker and, for the
 * demo, a mail catcher. `veto serve` and `veto demo` use it, and so do tests that need a port.
 * @module
 */
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import pino, { type Logger } from 'pino'
import { createSmtpMailer } from '../mail/mailer.js'
import { type MailCatcher, startMailCatcher } from '../mail/mail-catcher.js'
import { createOutboxWorker } from '../mail/outbox-worker.js'
import { createApiTokenService } from '../services/api-tokens.js'
import { newId } from '../services/ids.js'
import { resolvePolicy } from '../services/policies.js'
import { createOidcService } from '../services/oidc.js'
import { createSessionService } from '../services/sessions.js'
import type { Veto } from '../veto.js'
import { createApp } from './create-app.js'
import { createMetrics } from './middleware/metrics.js'
import { createRateLimiter } from './middleware/rate-limit.js'
import { linkTo } from '../services/links.js'

export interface StartOptions {
  readonly veto: Veto
  readonly port?: number | undefined
  readonly host?: string | undefined
  /** Start a mail catcher and send all mail there (the demo). */
  readonly catchMail?: boolean
  readonly logger?: Logger
  readonly clock?: () => number
  /** How often the outbox worker looks for due mail. */
  readonly outboxIntervalMs?: number
}

export interface RunningServer {
  readonly url: string
  readonly inbox: MailCatcher | undefined
  close(): Promise<void>
}

export async function startServer(opts: StartOptions): Promise<RunningServer> {
  const { veto } = opts
  const cfg = veto.config
  const clock = opts.clock ?? Date.now
  const logger = opts.logger ?? pino({ level: 'info', base: null }, pino.destination(2))
  const inbox = opts.catchMail ? await startMailCatcher(0, '127.0.0.1') : undefined
  const smtpUrl = inbox?.url ?? cfg.mail.smtp_url
  const mailer = smtpUrl ? createSmtpMailer(smtpUrl, cfg.mail.from) : undefined
  const worker = mailer ? createOutboxWorker({ store: veto.store, mailer, clock, seal: veto.mailSeal }) : undefined
  const metrics = createMetrics()
  let publicUrl = cfg.server.public_url
  const port = opts.port ?? cfg.server.port
  const host = opts.host ?? cfg.server.host
  const deps = {
    veto,
    metrics,
    logger,
    clock,
    inbox,
    metricsToken: cfg.server.metrics_token,
    sessions: createSessionService(
      { store: veto.store, clock, newId },
      {
        get publicUrl() {
          return publicUrl
        },
        signinLinkMinutes: cfg.server.signin_link_minutes,
        sessionHours: cfg.server.session_hours,
        seal: veto.mailSeal,
      },
    ),
    tokens: createApiTokenService({ store: veto.store, clock, newId }),
    policy: resolvePolicy(cfg.server.policy, cfg.policies),
    get publicUrl() {
      return publicUrl
    },
    signinLinkMinutes: cfg.server.signin_link_minutes,
    limiter: createRateLimiter(veto.store.portal, cfg.server.rate_limit_per_minute, 60_000, clock),
    oidc: cfg.oidc.issuer
      ? {
          label: cfg.oidc.label,
          service: createOidcService({
            issuer: cfg.oidc.issuer,
            clientId: cfg.oidc.client_id,
            clientSecret: cfg.oidc.client_secret,
            get redirectUri() {
              return linkTo(publicUrl, '/signin/oidc/callback')
            },
          }),
        }
      : undefined,
    // Only the durability harness sets this, to prove it can see a lost acknowledgement.
    unsafeAckBeforeCommit: process.env.VETO_FAULT_ACK_BEFORE_COMMIT === '1',
  }
  const app = createApp(deps)
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port, hostname: host }, () => resolve(s))
  })
  const actual = (server.address() as AddressInfo).port
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}`
  // With port 0 the configured public URL cannot be right; links then point here.
  if (port === 0 || opts.catchMail) publicUrl = url.replace('127.0.0.1', 'localhost')
  worker?.start(opts.outboxIntervalMs ?? 200)
  logger.info({ url, mail: smtpUrl ? 'smtp' : 'outbox only' }, 'server.started')
  return {
    url: publicUrl,
    inbox,
    async close() {
      await worker?.stop()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      mailer?.close()
      await inbox?.close()
    },
  }
}
