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
import { resolvePolicy } from '../services/policies.js'
import { createOidcService } from '../services/oidc.js'
import type { Veto } from '../veto.js'
import { consoleMembers } from './routes/console.js'
import { createApp } from './create-app.js'
import { createMetrics } from './middleware/metrics.js'
import { errorSummary } from '../domain/error-summary.js'
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
  const worker = mailer
    ? createOutboxWorker({
        outbox: veto.outbox,
        mailer,
        clock,
        seal: veto.mailSeal,
        // The error's kind and first line: a driver's message may go on to quote the values of a row.
        onError: (e) => logger.error({ err: errorSummary(e) }, 'outbox.error'),
      })
    : undefined
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
    sessions: veto.sessions(
      {
        get publicUrl() {
          return publicUrl
        },
        signinLinkMinutes: cfg.server.signin_link_minutes,
        sessionHours: cfg.server.session_hours,
      },
      clock,
    ),
    console: {
      sessions: veto.sessions(
        {
          get publicUrl() {
            return publicUrl
          },
          signinLinkMinutes: cfg.server.signin_link_minutes,
          sessionHours: cfg.server.session_hours,
          realm: { name: 'console', members: cfg.console.members.map((m) => m.email) },
        },
        clock,
      ),
      members: consoleMembers(cfg.console.members),
    },
    tokens: veto.tokens,
    policy: resolvePolicy(cfg.server.policy, cfg.policies),
    get publicUrl() {
      return publicUrl
    },
    signinLinkMinutes: cfg.server.signin_link_minutes,
    limiter: veto.rateLimiter(cfg.server.rate_limit_per_minute, 60_000, clock),
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
  // Webhooks, when any are configured; a failed delivery is logged by subscriber and event, no more.
  const hooks =
    cfg.webhooks.length > 0
      ? veto.webhooks({ clock, onError: (e) => logger.warn({ err: errorSummary(e) }, 'webhook.error') })
      : undefined
  hooks?.start()
  // Sign-in links and sessions that ran out, deleted every minute by every process (each round is a few index seeks).
  const housekeeper = veto.housekeeper({
    clock,
    onError: (e) => logger.warn({ err: errorSummary(e) }, 'housekeeping.error'),
  })
  housekeeper.start(60_000)
  logger.info({ url, mail: smtpUrl ? 'smtp' : 'outbox only' }, 'server.started')
  return {
    url: publicUrl,
    inbox,
    async close() {
      await worker?.stop()
      await hooks?.stop()
      await housekeeper.stop()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      mailer?.close()
      await inbox?.close()
    },
  }
}
