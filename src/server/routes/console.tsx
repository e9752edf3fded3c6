/**
 * The privacy team's console at /console: figures, the case queue and decisions, snapshots,
 * models and the ledger. Members sign in with a session of their own (`console_sessions`): a
 * person's session opens nothing here, and a console session nothing of the portal. Every
 * state change is a POST with the page's CSRF token, and a ledger entry naming the reviewer.
 * @module
 */
import { type Context, Hono } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { stream } from 'hono/streaming'
import { memberName } from '../../config/schema.js'
import { AppError } from '../../domain/app-error.js'
import { normalizeEmail } from '../../domain/email.js'
import { formatDay, t } from '../../i18n/messages.js'
import type { AppEnv, ConsoleMember, ServerDeps } from '../context.js'
import { errorSummary } from '../../domain/error-summary.js'
import { limitClient, requireCsrf } from '../middleware/csrf.js'
import { CasePage, CaseQueuePage } from '../pages/console-case-pages.js'
import { type ConsoleContext, ConsoleMessage } from '../pages/console-layout.js'
import { ConsoleSigninConfirmPage, ConsoleSigninPage, OverviewPage } from '../pages/console-pages.js'
import {
  LedgerPage,
  ModelsPage,
  type SnapshotCounts,
  type SnapshotListing,
  SnapshotsPage,
  VerifiedPage,
} from '../pages/console-record-pages.js'

type C = Context<AppEnv>

const COOKIE = 'veto_console'
/** The console session's cookie: Lax, so that coming back from the identity provider keeps it. */
export const CONSOLE_COOKIE = { prefix: 'host', path: '/', secure: true, httpOnly: true, sameSite: 'Lax' } as const

/** The members of `console.members`, by normalized address; a name defaults to the address's local part. */
export function consoleMembers(
  list: readonly { email: string; role: 'viewer' | 'reviewer'; name?: string | undefined }[],
): Map<string, ConsoleMember> {
  return new Map(
    list.map((m) => {
      const email = normalizeEmail(m.email)
      return [email, { email, role: m.role, name: memberName(m) }]
    }),
  )
}

/** How the ledger names a member as a step's reviewer: never by address. */
export const reviewerName = (m: ConsoleMember) => `console:${m.name}`

export function consoleRoutes(deps: ServerDeps) {
  const app = new Hono<AppEnv>()
  const { veto, policy } = deps
  const { sessions, members } = deps.console

  const ctxOf = (c: C): ConsoleContext => ({
    lang: c.get('lang'),
    zone: c.get('zone'),
    csrf: c.get('csrf'),
    path: c.req.path,
    member: c.get('member'),
  })
  /** The member signed in, or none; with `role` 'reviewer', a viewer is refused. */
  const requireMember = (c: C, role?: 'reviewer'): ConsoleMember => {
    const m = c.get('member')
    if (!m) throw new AppError('AUTH_REQUIRED', 'sign in to the console first')
    if (role === 'reviewer' && m.role !== 'reviewer')
      throw new AppError('AUTH_FORBIDDEN', 'only a reviewer may do this')
    return m
  }
  const openSession = (c: C, session: string) => {
    setCookie(c, COOKIE, session, CONSOLE_COOKIE)
    return c.redirect('/console', 303)
  }

  const guard = async (c: C, next: () => Promise<void>) => {
    const token = getCookie(c, COOKIE, 'host')
    const email = token ? await sessions.sessionEmail(token) : undefined
    c.set('member', email === undefined ? undefined : members.get(email))
    // A signed-out visitor of any page but sign-in is sent there, not shown an error.
    if (!c.get('member') && c.req.method === 'GET' && !c.req.path.startsWith('/console/signin'))
      return c.redirect('/console/signin', 303)
    await next()
  }
  app.use('/console', guard)
  app.use('/console/*', guard)

  app.get('/console/signin', (c) =>
    c.html(
      <ConsoleSigninPage
        ctx={ctxOf(c)}
        minutes={deps.signinLinkMinutes}
        oidcLabel={deps.oidc?.label}
        refused={c.req.query('refused') !== undefined}
      />,
    ),
  )

  app.post('/console/signin', async (c) => {
    const form = await c.req.parseBody()
    requireCsrf(c, form)
    const email = typeof form.email === 'string' ? form.email : ''
    await limitClient(c, deps.limiter)
    const wellFormed = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())
    // The same answer for every address, member or not: the console does not tell who is on the team.
    if (wellFormed && (await deps.limiter.hit(`console:${normalizeEmail(email)}`)))
      await sessions.requestLink(email, c.get('lang'))
    return c.html(
      <ConsoleMessage
        ctx={ctxOf(c)}
        title={t(c.get('lang'), 'signin.sent.title')}
        text={t(c.get('lang'), 'console.signin.sent', { minutes: deps.signinLinkMinutes })}
      />,
    )
  })

  // GET only shows a button: mail scanners that follow links must not use up the token.
  app.get('/console/signin/verify', (c) =>
    c.html(<ConsoleSigninConfirmPage ctx={ctxOf(c)} token={c.req.query('token') ?? ''} />),
  )

  app.post('/console/signin/verify', async (c) => {
    const form = await c.req.parseBody()
    requireCsrf(c, form)
    const res = typeof form.token === 'string' ? await sessions.signIn(form.token) : undefined
    if (!res) {
      const l = c.get('lang')
      return c.html(
        <ConsoleMessage ctx={ctxOf(c)} title={t(l, 'error.title')} text={t(l, 'signin.invalid')} alert />,
        400,
      )
    }
    const old = getCookie(c, COOKIE, 'host')
    if (old) await sessions.signOut(old)
    return openSession(c, res.session)
  })

  // Through the platform's identity provider: the portal's callback finishes it and comes back here.
  app.get('/console/signin/oidc', async (c) => {
    if (!deps.oidc) throw new AppError('NOT_FOUND', 'no identity provider configured')
    const { url, checks } = await deps.oidc.service.start()
    setCookie(c, 'veto_oidc', Buffer.from(JSON.stringify({ ...checks, realm: 'console' })).toString('base64url'), {
      ...CONSOLE_COOKIE,
      maxAge: 600,
    })
    return c.redirect(url, 303)
  })

  app.post('/console/signout', async (c) => {
    const form = await c.req.parseBody()
    requireCsrf(c, form)
    const token = getCookie(c, COOKIE, 'host')
    if (token) await sessions.signOut(token)
    deleteCookie(c, COOKIE, CONSOLE_COOKIE)
    return c.redirect('/console/signin', 303)
  })

  app.get('/console', async (c) => {
    requireMember(c)
    const [{ figures, computedAt, keptFor }, open] = await Promise.all([veto.figures.of(policy), veto.cases.list()])
    const undecided = open.filter((k) => !k.decision)
    return c.html(
      <OverviewPage
        ctx={ctxOf(c)}
        figures={figures}
        computedAt={computedAt}
        keptFor={keptFor}
        policy={`${policy.name}@${policy.version}`}
        deadline={policy.deadline}
        openCases={undecided.length}
        overdueCases={undecided.filter((k) => k.overdue).length}
      />,
    )
  })

  app.get('/console/cases', async (c) => {
    requireMember(c)
    return c.html(<CaseQueuePage ctx={ctxOf(c)} cases={await veto.cases.list()} />)
  })

  app.get('/console/cases/:id', async (c) => {
    requireMember(c)
    return c.html(<CasePage ctx={ctxOf(c)} view={await veto.cases.get(c.req.param('id'))} />)
  })

  /** A step on a case by the reviewer signed in; its ledger entry names them. */
  const caseStep = (kind: 'extend' | 'accept' | 'reject') =>
    app.post(`/console/cases/:id/${kind}`, async (c) => {
      const form = await c.req.parseBody({ all: true })
      requireCsrf(c, form)
      const reviewer = reviewerName(requireMember(c, 'reviewer'))
      const id = c.req.param('id')
      const reason = typeof form.reason === 'string' ? form.reason : ''
      const l = c.get('lang')
      const done = (text: string) =>
        c.html(<ConsoleMessage ctx={ctxOf(c)} title={t(l, 'console.case.title', { id })} text={text} />)
      if (kind === 'extend') {
        const view = await veto.cases.extend(id, { reviewer, reason })
        return done(t(l, 'console.case.done.extended', { id, due: formatDay(l, view.dueAt, c.get('zone')) }))
      }
      if (kind === 'reject') {
        await veto.cases.reject(id, { reviewer, reason })
        return done(t(l, 'console.case.done.rejected', { id }))
      }
      const items = ([] as unknown[]).concat(form.items ?? []).filter((v): v is string => typeof v === 'string')
      if (items.length === 0)
        return c.html(
          <ConsoleMessage ctx={ctxOf(c)} title={t(l, 'error.title')} text={t(l, 'console.case.noitems')} alert />,
          400,
        )
      await veto.cases.accept(id, { reviewer, items })
      return done(t(l, 'console.case.done.accepted', { id }))
    })
  caseStep('extend')
  caseStep('accept')
  caseStep('reject')

  app.get('/console/snapshots', async (c) => {
    requireMember(c)
    const [records, models] = await Promise.all([veto.snapshots.list(), veto.models.list()])
    const listings: SnapshotListing[] = records.map((record) => {
      let counts: SnapshotCounts | null = null
      try {
        counts = veto.snapshots.readManifest(record.id).counts
      } catch {
        // A folder moved away or unreadable: the page says so, and Verify names the problem.
      }
      const trained = models.filter((m) => m.snapshots.includes(record.id)).map((m) => m.name)
      return { record, counts, models: trained }
    })
    return c.html(<SnapshotsPage ctx={ctxOf(c)} snapshots={listings.reverse()} />)
  })

  app.post('/console/snapshots/:id/verify', async (c) => {
    const form = await c.req.parseBody()
    requireCsrf(c, form)
    const member = requireMember(c)
    // A check reads the snapshot's files and the ledger: each member's are counted like sign-ins.
    if (!(await deps.limiter.hit(`console-verify:${member.email}`)))
      throw new AppError('RATE_LIMITED', 'too many checks; wait a minute')
    const id = c.req.param('id')
    const problems = await veto.checks.verifyAs(id, reviewerName(member))
    return c.html(<VerifiedPage ctx={ctxOf(c)} id={id} problems={problems} />)
  })

  app.get('/console/models', async (c) => {
    requireMember(c)
    return c.html(<ModelsPage ctx={ctxOf(c)} models={[...(await veto.models.list())].reverse()} />)
  })

  app.get('/console/ledger', async (c) => {
    requireMember(c)
    const [size, checkpoint] = await Promise.all([veto.ledger.size(), veto.ledger.latestCheckpoint()])
    const latest = await veto.ledger.entries(Math.max(0, size - 20), 20)
    return c.html(<LedgerPage ctx={ctxOf(c)} size={size} checkpoint={checkpoint} latest={latest} />)
  })

  // The records for authorities, streamed as the ledger is read (docs/records.md). A checkpoint is
  // signed for them, so the download is a form's POST, and each member's are counted like checks.
  app.post('/console/records', async (c) => {
    const form = await c.req.parseBody()
    requireCsrf(c, form)
    const member = requireMember(c)
    const format = form.format === 'csv' ? 'csv' : form.format === 'dpv' ? 'dpv' : undefined
    if (!format) throw new AppError('API_INVALID', 'format: expects dpv or csv')
    if (!(await deps.limiter.hit(`console-records:${member.email}`)))
      throw new AppError('RATE_LIMITED', 'too many downloads; wait a minute')
    const day = new Date(deps.clock()).toISOString().slice(0, 10)
    c.header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/ld+json')
    c.header('content-disposition', `attachment; filename="records-${day}.${format === 'csv' ? 'csv' : 'jsonld'}"`)
    return stream(
      c,
      (out) =>
        veto.records
          .write({
            format,
            from: null,
            to: null,
            sink: async (chunk) => {
              await out.write(chunk)
            },
          })
          .then(() => undefined),
      // Past the headers nothing can be answered: the download breaks off, and the log says why.
      async (e) => {
        deps.logger.error({ route: '/console/records', err: errorSummary(e) }, 'http.error')
      },
    )
  })

  return app
}
