/**
 * The HTTP app: portal, REST API, health and metrics. It never listens — `veto serve` does —
 * so tests call `app.request()` with no port.
 * @module
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { type Context, Hono } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import { routePath } from 'hono/route'
import { AppError, isAppError } from '../domain/app-error.js'
import { isLang, type MessageKey, negotiate, t } from '../i18n/messages.js'
import { DEFAULT_ZONE, isZone, zoneFromLanguages } from '../i18n/zones.js'
import type { ErrorCode } from '../domain/error-codes.js'
import type { PageContext } from './pages/layout.js'
import type { AppEnv, ServerDeps } from './context.js'
import { errorSummary } from '../domain/error-summary.js'
import { statusOf } from './error-handler.js'
import { securityHeaders } from './middleware/security-headers.js'
import { MessagePage } from './pages/pages.js'
import { apiRoutes } from './routes/api.js'
import { consoleRoutes } from './routes/console.js'
import { type ConsoleContext, ConsoleMessage } from './pages/console-layout.js'
import { portalRoutes } from './routes/portal.js'
import { STYLE } from './static/style.js'

/** The errors a person may meet in the portal, in their words; the rest show the error's own message. */
const PEOPLE_WORDS: Partial<Record<ErrorCode, MessageKey>> = {
  CSRF_INVALID: 'error.csrf',
  RATE_LIMITED: 'error.rate',
  AUTH_REQUIRED: 'error.signin',
  NOT_FOUND: 'error.notfound',
  FILING_NOT_YOURS: 'error.notyours',
  FILING_ALREADY_WITHDRAWN: 'error.withdrawn',
}

/** A mail's text with its web addresses as links: the demo's flow goes on from the inbox with a keyboard. */
function withLinks(text: string) {
  return text.split(/(https?:\/\/[^\s<>"]+)/).map((part, i) => (i % 2 === 1 ? <a href={part}>{part}</a> : part))
}

export function createApp(deps: ServerDeps) {
  /** A page's context where a request may have failed before all of it was known. */
  const bareCtx = (c: Context<AppEnv>, signedIn = c.get('email') !== undefined): PageContext => ({
    lang: c.get('lang') ?? 'en',
    zone: c.get('zone') ?? DEFAULT_ZONE,
    csrf: c.get('csrf') ?? '',
    signedIn,
    path: '/',
    mode: deps.policy.mode,
  })
  const inConsole = (c: Context<AppEnv>) => c.req.path === '/console' || c.req.path.startsWith('/console/')
  const consoleCtx = (c: Context<AppEnv>): ConsoleContext => ({
    lang: c.get('lang') ?? 'en',
    zone: c.get('zone') ?? DEFAULT_ZONE,
    csrf: c.get('csrf') ?? '',
    path: c.req.path,
    member: c.get('member'),
  })
  const app = new Hono<AppEnv>()
  app.use(securityHeaders(deps.publicUrl))

  app.use(async (c, next) => {
    const started = performance.now()
    await next()
    // Route patterns only: a path or query may hold a token or an address.
    const route = routePath(c) || 'unmatched'
    deps.metrics.request(c.req.method, route, c.res.status, (performance.now() - started) / 1000)
    deps.logger.info(
      { method: c.req.method, route, status: c.res.status, ms: Math.round(performance.now() - started) },
      'http.request',
    )
  })

  // Bodies are capped before anything reads them: a form is a few fields, an API call a few
  // hundred bytes. A third party's request is the exception: up to 25,000 characters of text
  // and 100 items, which form encoding can make nine bytes a character. A declared length over
  // the cap is refused at once; a streamed body when it passes the cap.
  const tooLarge = (): Response => {
    throw new AppError('BODY_TOO_LARGE', 'the request body is too large')
  }
  const apiBodies = bodyLimit({ maxSize: 64 * 1024, onError: tooLarge })
  const formBodies = bodyLimit({ maxSize: 16 * 1024, onError: tooLarge })
  const requestBodies = bodyLimit({ maxSize: 512 * 1024, onError: tooLarge })
  app.use((c, next) =>
    c.req.path === '/request' || c.req.path === '/v1/requests'
      ? requestBodies(c, next)
      : c.req.path.startsWith('/v1/')
        ? apiBodies(c, next)
        : formBodies(c, next),
  )

  app.use(async (c, next) => {
    const chosen = getCookie(c, 'veto_lang')
    c.set('lang', isLang(chosen) ? chosen : negotiate(c.req.header('accept-language')))
    const zone = getCookie(c, 'veto_tz')
    c.set('zone', isZone(zone) ? zone : zoneFromLanguages(c.req.header('accept-language')))
    let csrf = getCookie(c, 'veto_csrf', 'host')
    if (!csrf || csrf.length < 16) {
      csrf = randomBytes(18).toString('base64url')
      setCookie(c, 'veto_csrf', csrf, { prefix: 'host', path: '/', secure: true, httpOnly: true, sameSite: 'Lax' })
    }
    c.set('csrf', csrf)
    const session = getCookie(c, 'veto_session', 'host')
    c.set('session', session)
    c.set('email', session ? await deps.sessions.sessionEmail(session) : undefined)
    c.set('scopes', [])
    await next()
  })

  app.onError((err, c) => {
    const api = c.req.path.startsWith('/v1/')
    // The framework's own refusals of a request are the caller's mistake, not ours.
    if (err instanceof HTTPException && err.status === 400) err = new AppError('API_INVALID', 'body: not valid JSON')
    if (err instanceof HTTPException && err.status === 415)
      err = new AppError('API_MEDIA_TYPE', 'body: send application/json')
    if (!isAppError(err)) {
      deps.logger.error({ route: routePath(c), err: errorSummary(err) }, 'http.error')
      return api
        ? c.json({ error: { code: 'INTERNAL', message: 'internal error' } }, 500)
        : c.html(
            <MessagePage ctx={bareCtx(c, false)} title="500" text={t(c.get('lang') ?? 'en', 'error.internal')} />,
            500,
          )
    }
    const status = statusOf(err.code) as 400
    if (api) return c.json({ error: { code: err.code, message: err.message } }, status)
    const lang = c.get('lang') ?? 'en'
    const key = PEOPLE_WORDS[err.code]
    if (inConsole(c)) {
      const words = err.code === 'AUTH_FORBIDDEN' ? 'console.forbidden' : key
      return c.html(
        <ConsoleMessage
          ctx={consoleCtx(c)}
          title={t(lang, 'error.title')}
          text={words ? t(lang, words) : err.message}
          alert
        />,
        status,
      )
    }
    return c.html(
      <MessagePage ctx={bareCtx(c)} title={t(lang, 'error.title')} text={key ? t(lang, key) : err.message} alert />,
      status,
    )
  })

  app.get('/static/style.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600')
    return c.body(STYLE, 200, { 'Content-Type': 'text/css; charset=utf-8' })
  })
  app.get('/healthz', async (c) => {
    await deps.veto.ledger.size()
    return c.json({ status: 'ok' })
  })
  // Metrics are the operator's: with no token configured there are none to see.
  const { metrics } = deps
  metrics.gauge(
    'veto_outbox_unsent',
    'Confirmation and notice mails not delivered yet (sign-in mails are left out: their count would tell whether an ' +
      'address has an account).',
    () => deps.veto.outbox.unsentCount(),
  )
  metrics.gauge('veto_ledger_entries', 'Entries in the ledger.', () => deps.veto.ledger.size())
  metrics.gauge(
    'veto_filing_commits',
    'Transactions that committed filed objections and consents, since the process started.',
    () => deps.veto.filings.commitStats().commits,
  )
  metrics.gauge(
    'veto_filing_commit_writes',
    'Filings those transactions held.',
    () => deps.veto.filings.commitStats().writes,
  )
  metrics.gauge(
    'veto_filing_commit_largest_batch',
    'The most filings one transaction held.',
    () => deps.veto.filings.commitStats().largest,
  )
  app.get('/metrics', async (c) => {
    if (deps.metricsToken === null) throw new AppError('NOT_FOUND', 'no metrics here')
    const given = Buffer.from(/^Bearer (\S+)$/.exec(c.req.header('authorization') ?? '')?.[1] ?? '')
    const wanted = Buffer.from(deps.metricsToken)
    if (given.length !== wanted.length || !timingSafeEqual(given, wanted))
      throw new AppError('AUTH_REQUIRED', "the operator's metrics token is required")
    return c.text(await metrics.registry.metrics(), 200, { 'Content-Type': metrics.registry.contentType })
  })

  if (deps.inbox) {
    const inbox = deps.inbox
    app.get('/_mail', (c) =>
      c.html(
        <html lang="en">
          <head>
            <meta charset="utf-8" />
            <title>Demo inbox</title>
            <link rel="stylesheet" href="/static/style.css" />
          </head>
          <body>
            <main id="main">
              <h1>Demo inbox</h1>
              <p>Every mail the demo server sent, newest first. Nothing leaves this machine.</p>
              {[...inbox.messages].reverse().map((m, i) => (
                <article class="card" aria-label={m.subject}>
                  <h2>{m.subject}</h2>
                  <p>
                    To: {m.to} · {new Date(m.receivedAt).toISOString()} · {m.messageId}
                  </p>
                  <pre>{withLinks(m.text)}</pre>
                  <p>{i === 0 ? 'newest' : ''}</p>
                </article>
              ))}
            </main>
          </body>
        </html>,
      ),
    )
  }

  app.route('/', consoleRoutes(deps))
  app.route('/', apiRoutes(deps))
  app.route('/', portalRoutes(deps))
  app.notFound((c) => {
    if (c.req.path.startsWith('/v1/')) return c.json({ error: { code: 'NOT_FOUND', message: 'no such route' } }, 404)
    const lang = c.get('lang') ?? 'en'
    if (inConsole(c))
      return c.html(<ConsoleMessage ctx={consoleCtx(c)} title="404" text={t(lang, 'error.notfound')} />, 404)
    return c.html(<MessagePage ctx={bareCtx(c)} title="404" text={t(lang, 'error.notfound')} />, 404)
  })
  return app
}
