/**
 * The people's pages: the notice, sign-in by e-mail link, the objection form and its
 * confirmation, the status page with withdrawal, and "my data". Every state change is a
 * POST with the page's CSRF token; nothing personal is shown to anyone but its person.
 * @module
 */
import { type Context, Hono } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { AppError } from '../../domain/app-error.js'
import { formatDay, formatWhen, isLang, t } from '../../i18n/messages.js'
import type { AppEnv, ServerDeps } from '../context.js'
import type { PageContext } from '../pages/layout.js'
import {
  DataPage,
  FilePage,
  FilingDonePage,
  filingPath,
  MessagePage,
  NoticePage,
  RequestConfirmPage,
  RequestPage,
  SigninConfirmPage,
  SigninPage,
  StatusPage,
  WithdrawPage,
} from '../pages/pages.js'
import { tm } from '../pages/layout.js'
import { isTimelyForAll } from '../../domain/index.js'
import { lateEffect, noticeText } from '../../i18n/policy-texts.js'
import { isZone } from '../../i18n/zones.js'
import { withdrawalEffect } from '../../mail/compose.js'
import { limitClient, requireCsrf } from '../middleware/csrf.js'
import { normalizeEmail } from '../../domain/email.js'
import { linkTo } from '../../services/links.js'
import { CONSOLE_COOKIE } from './console.js'

type C = Context<AppEnv>

export function portalRoutes(deps: ServerDeps) {
  const app = new Hono<AppEnv>()
  const { veto, sessions, policy } = deps
  const consentMode = policy.mode === 'opt_in'
  /** The kind of filing people make here: consents under an opt-in policy, objections otherwise. */
  const filingType = consentMode ? ('consent' as const) : ('objection' as const)
  const pageCtx = (c: C): PageContext => ({
    lang: c.get('lang'),
    zone: c.get('zone'),
    csrf: c.get('csrf'),
    signedIn: c.get('email') !== undefined,
    path: c.req.path,
    mode: policy.mode,
  })
  const when = (c: C, instant: number) => formatWhen(c.get('lang'), instant, c.get('zone'))
  const reader = (c: C) => ({ lang: c.get('lang'), zone: c.get('zone') })

  const requireSignIn = (c: C) => {
    const email = c.get('email')
    if (!email) throw new AppError('AUTH_REQUIRED', 'sign in first')
    return email
  }
  /** Ends the session the browser had, if any, and gives it the new one: the one way in. */
  const openSession = async (c: C, session: string) => {
    const old = c.get('session')
    if (old) await sessions.signOut(old)
    // A new token at every sign-in: a session fixed before sign-in is worth nothing after it.
    setCookie(c, 'veto_session', session, { prefix: 'host', path: '/', secure: true, httpOnly: true, sameSite: 'Lax' })
    return c.redirect('/me', 303)
  }
  /** The person behind the signed-in address, from their own rows; undefined when no account carries it. */
  const personOf = async (email: string) =>
    veto.reports.person({ email }).catch((e: unknown) => {
      if (e instanceof AppError && e.code === 'ACCOUNT_NOT_FOUND') return undefined
      throw e
    })
  /** One of the person's filings of the kind made here, by id: only those that cover them exist for them. */
  const filingOf = async (email: string, id: string, type: 'objection' | 'consent') => {
    const o = (await personOf(email))?.filings.find(({ record }) => record.id === id && record.type === type)
    if (!o) throw new AppError('NOT_FOUND', `no such ${type} of yours`)
    return o
  }

  app.get('/', (c) => c.html(<NoticePage ctx={pageCtx(c)} notice={noticeText(c.get('lang'), policy, c.get('zone'))} />))

  // Language and time zone, remembered for a year. A path of this site only: `//host` would leave it.
  app.post('/settings', async (c) => {
    const form = await c.req.parseBody()
    requireCsrf(c, form)
    const remember = { path: '/', secure: true, sameSite: 'Lax' as const, maxAge: 365 * 86_400 }
    if (isLang(form.lang)) setCookie(c, 'veto_lang', form.lang, remember)
    if (isZone(form.zone)) setCookie(c, 'veto_tz', form.zone, remember)
    const next = typeof form.next === 'string' && /^\/(?!\/)[\w\-/]*$/.test(form.next) ? form.next : '/'
    return c.redirect(next, 303)
  })

  app.get('/signin', (c) =>
    c.html(<SigninPage ctx={pageCtx(c)} minutes={deps.signinLinkMinutes} oidcLabel={deps.oidc?.label} />),
  )

  // The OAuth callback must be a GET; the state, the nonce and PKCE stand in for the CSRF token.
  app.get('/signin/oidc', async (c) => {
    if (!deps.oidc) throw new AppError('NOT_FOUND', 'no identity provider configured')
    const { url, checks } = await deps.oidc.service.start()
    setCookie(c, 'veto_oidc', Buffer.from(JSON.stringify(checks)).toString('base64url'), {
      prefix: 'host',
      path: '/',
      secure: true,
      httpOnly: true,
      sameSite: 'Lax',
      maxAge: 600,
    })
    return c.redirect(url, 303)
  })

  app.get('/signin/oidc/callback', async (c) => {
    if (!deps.oidc) throw new AppError('NOT_FOUND', 'no identity provider configured')
    let checks: { state: string; nonce: string; verifier: string; realm?: 'console' }
    try {
      checks = JSON.parse(Buffer.from(getCookie(c, 'veto_oidc', 'host') ?? '', 'base64url').toString('utf8'))
    } catch {
      throw new AppError('OIDC_FAILED', 'the sign-in took too long or started elsewhere')
    }
    deleteCookie(c, 'veto_oidc', { prefix: 'host', path: '/', secure: true })
    const callback = new URL(linkTo(deps.publicUrl, `/signin/oidc/callback${new URL(c.req.url).search}`))
    const email = await deps.oidc.service.finish(callback, checks)
    // Begun at the console's sign-in: a console session, for a member only, and no portal session.
    if (checks.realm === 'console') {
      // Vouched for by the provider, but not on the list: back to the console's sign-in, told why.
      if (!deps.console.sessions.mayEnter(email)) return c.redirect('/console/signin?refused=1', 303)
      const old = getCookie(c, 'veto_console', 'host')
      if (old) await deps.console.sessions.signOut(old)
      const session = await deps.console.sessions.signInVerified(email)
      setCookie(c, 'veto_console', session, CONSOLE_COOKIE)
      return c.redirect('/console', 303)
    }
    return openSession(c, await sessions.signInVerified(email))
  })

  app.post('/signin', async (c) => {
    const form = await c.req.parseBody()
    requireCsrf(c, form)
    const email = typeof form.email === 'string' ? form.email : ''
    await limitClient(c, deps.limiter)
    // Links to one address are capped, silently: its owner still signs in with a link sent
    // before, and the answer must not differ from any other (it would tell that it was asked for).
    const wellFormed = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())
    if (wellFormed && (await deps.limiter.hit(`to:${normalizeEmail(email)}`)))
      await sessions.requestLink(email, c.get('lang'))
    deps.metrics.signinRequested()
    // The same answer whatever the address: it must not tell whether an account uses it.
    return c.redirect('/signin/sent', 303)
  })

  app.get('/signin/sent', (c) =>
    c.html(
      <MessagePage
        ctx={pageCtx(c)}
        title={t(c.get('lang'), 'signin.sent.title')}
        text={t(c.get('lang'), 'signin.sent.text', { minutes: deps.signinLinkMinutes })}
      />,
    ),
  )

  // GET only shows a button: mail scanners that follow links must not use up the token.
  app.get('/signin/verify', (c) => c.html(<SigninConfirmPage ctx={pageCtx(c)} token={c.req.query('token') ?? ''} />))

  app.post('/signin/verify', async (c) => {
    const form = await c.req.parseBody()
    requireCsrf(c, form)
    const res = typeof form.token === 'string' ? await sessions.signIn(form.token) : undefined
    if (!res) {
      return c.html(
        <MessagePage
          ctx={pageCtx(c)}
          title={t(c.get('lang'), 'error.title')}
          text={t(c.get('lang'), 'signin.invalid')}
          alert
        />,
        400,
      )
    }
    return openSession(c, res.session)
  })

  // `everywhere`: every session of the address ends, on every device, not only this one.
  app.post('/signout', async (c) => {
    const form = await c.req.parseBody()
    requireCsrf(c, form)
    const session = c.get('session')
    const email = c.get('email')
    if (form.everywhere === '1' && email) await sessions.signOutEverywhere(email)
    else if (session) await sessions.signOut(session)
    deleteCookie(c, 'veto_session', { prefix: 'host', path: '/', secure: true })
    return c.redirect('/', 303)
  })

  // The form of the served policy's mode; the other path leads to it, so no link goes nowhere.
  const formPath = consentMode ? '/consent' : '/object'
  app.get(consentMode ? '/object' : '/consent', (c) => c.redirect(formPath, 303))
  app.get(formPath, async (c) => {
    const email = c.get('email')
    if (!email) return c.redirect('/signin', 303)
    const given =
      consentMode &&
      (await personOf(email))?.filings.some(({ record, own }) => own && record.type === 'consent' && !record.withdrawal)
    return c.html(<FilePage ctx={pageCtx(c)} email={email} given={given ?? false} />)
  })

  app.post(formPath, async (c) => {
    const form = await c.req.parseBody()
    requireCsrf(c, form)
    const email = requireSignIn(c)
    // Counted per session, which only its holder can spend: nobody else can keep a person from objecting.
    if (!(await deps.limiter.hit(`session:${c.get('session') ?? ''}`)))
      throw new AppError('RATE_LIMITED', 'too many attempts')
    const reason =
      !consentMode && typeof form.reason === 'string' && form.reason.trim() !== ''
        ? form.reason.trim().slice(0, 2000)
        : null
    const { filing } = await veto.filings.file({
      type: filingType,
      target: { email },
      reason,
      channel: 'portal',
      confirm: { to: email, ...reader(c), url: linkTo(deps.publicUrl, '/me'), policy },
    })
    deps.metrics.objection('portal')
    return c.redirect(filingPath(pageCtx(c), filing.id), 303)
  })

  app.get('/me', async (c) => {
    const email = c.get('email')
    if (!email) return c.redirect('/signin', 303)
    const p = await personOf(email)
    return c.html(
      <StatusPage
        ctx={pageCtx(c)}
        accounts={(p?.accounts ?? []).map((a) => ({ id: a.id, network: a.network }))}
        filings={(p?.filings ?? [])
          .filter(({ record }) => record.type === filingType)
          .map(({ record: o, covers, own }) => ({
            id: o.id,
            received: when(c, o.receivedAt),
            day: formatDay(c.get('lang'), o.receivedAt, c.get('zone')),
            withdrawn: o.withdrawal ? when(c, o.withdrawal.at) : null,
            covers,
            filedFor: own ? undefined : o.accounts,
          }))}
      />,
    )
  })

  const kindPath = `/me/${filingType}s/:id`
  app.get(kindPath, async (c) => {
    const email = c.get('email')
    if (!email) return c.redirect('/signin', 303)
    const { record: o, covers } = await filingOf(email, c.req.param('id') as string, filingType)
    const accounts = await veto.accounts.get(covers)
    const timely = isTimelyForAll(
      policy,
      o.receivedAt,
      covers.map((id) => accounts.get(id)),
    )
    const effect = consentMode
      ? t(c.get('lang'), 'consent.done.effect')
      : timely
        ? t(c.get('lang'), 'object.done.timely')
        : lateEffect(c.get('lang'), policy)
    return c.html(
      <FilingDonePage
        ctx={pageCtx(c)}
        id={o.id}
        consent={consentMode}
        when={when(c, o.receivedAt)}
        effect={effect}
        covers={covers.map((id) => ({ id, network: accounts.get(id)?.network ?? '' }))}
      />,
    )
  })

  /** A filing the signed-in person may withdraw: one of theirs, standing. */
  const withdrawable = async (c: C) => {
    const email = requireSignIn(c)
    const o = await filingOf(email, c.req.param('id') as string, filingType)
    // Who may withdraw (docs/policy.md): only a holder of an account it was filed for withdraws it;
    // one covered through a center sees it.
    if (!o.own) throw new AppError('FILING_NOT_YOURS', 'only the holder of an account it was filed for can withdraw it')
    if (o.record.withdrawal) throw new AppError('FILING_ALREADY_WITHDRAWN', 'withdrawn before')
    return { email, record: o.record }
  }

  // The step before: what changes is said, and a button does it.
  app.get(`${kindPath}/withdraw`, async (c) => {
    if (!c.get('email')) return c.redirect('/signin', 303)
    const { record } = await withdrawable(c)
    return c.html(
      <WithdrawPage
        ctx={pageCtx(c)}
        id={record.id}
        consent={consentMode}
        effect={withdrawalEffect(reader(c), policy, filingType, deps.clock())}
      />,
    )
  })

  app.post(`${kindPath}/withdraw`, async (c) => {
    const form = await c.req.parseBody()
    requireCsrf(c, form)
    const { email, record } = await withdrawable(c)
    await veto.filings.withdraw(record.id, {
      by: { email, ...reader(c), url: linkTo(deps.publicUrl, formPath), policy },
    })
    return c.html(
      <MessagePage
        ctx={pageCtx(c)}
        title={tm(pageCtx(c), 'withdraw.done.title')}
        text={t(c.get('lang'), 'withdraw.done.text', { when: when(c, deps.clock()) })}
      />,
    )
  })

  app.get('/request', (c) => c.html(<RequestPage ctx={pageCtx(c)} />))

  // A third party's request: no account, no sign-in; limited per client like sign-in.
  app.post('/request', async (c) => {
    const body = await c.req.parseBody()
    requireCsrf(c, body)
    await limitClient(c, deps.limiter)
    const field = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '')
    const form = {
      items: field('items'),
      description: field('description'),
      contact: field('contact'),
      evidence: field('evidence'),
    }
    // A confirmation link goes to the address given: as few to one address as sign-in links.
    if (form.contact.trim() && !(await deps.limiter.hit(`request-contact:${normalizeEmail(form.contact)}`)))
      throw new AppError('RATE_LIMITED', 'too many requests for this address')
    let filed: Awaited<ReturnType<typeof veto.cases.receive>>
    try {
      filed = await veto.cases.receive({
        items: form.items
          .split(/\r?\n/)
          .map((s) => s.trim())
          .filter(Boolean),
        description: form.description,
        contact: form.contact,
        evidence: form.evidence,
        channel: 'form',
        reader: reader(c),
      })
    } catch (e) {
      if (!(e instanceof AppError) || e.code !== 'REQUEST_INVALID') throw e
      // The field at fault, in the person's words; `items[3]` is the items field.
      const at = String(e.details?.field ?? 'items').replace(/\[\d+\]$/, '')
      const key = (['items', 'description', 'contact', 'evidence'].includes(at) ? at : 'items') as
        | 'items'
        | 'description'
        | 'contact'
        | 'evidence'
      const error = { field: key, text: t(c.get('lang'), `request.error.${key}`) }
      return c.html(<RequestPage ctx={pageCtx(c)} form={form} error={error} />, 400)
    }
    const text = [
      t(c.get('lang'), 'request.done.text', { id: filed.id, due: when(c, filed.dueAt) }),
      t(c.get('lang'), filed.contact ? 'request.done.contact' : 'request.done.nocontact'),
    ].join(' ')
    return c.html(<MessagePage ctx={pageCtx(c)} title={t(c.get('lang'), 'request.done.title')} text={text} />)
  })

  // The mailed link opens a page whose button confirms: a mail scanner following links confirms nothing.
  app.get('/request/confirm', (c) => {
    const token = c.req.query('token') ?? ''
    // The page shows the case's id only when the link holds one: it is no place for other text.
    const id = /^case_[0-9a-z]{1,40}\./.exec(token) ? (token.split('.')[0] ?? '') : ''
    return c.html(<RequestConfirmPage ctx={pageCtx(c)} token={token} id={id} />)
  })

  app.post('/request/confirm', async (c) => {
    const body = await c.req.parseBody()
    requireCsrf(c, body)
    await limitClient(c, deps.limiter)
    const token = typeof body.token === 'string' ? body.token : ''
    const done = await veto.cases.confirmContact(token).catch((e: unknown) => {
      if (e instanceof AppError && e.code === 'NOT_FOUND') return undefined
      throw e
    })
    const l = c.get('lang')
    if (!done)
      return c.html(
        <MessagePage ctx={pageCtx(c)} title={t(l, 'error.title')} text={t(l, 'request.confirm.invalid')} alert />,
        404,
      )
    return c.html(
      <MessagePage
        ctx={pageCtx(c)}
        title={t(l, 'request.confirmed.title')}
        text={t(l, 'request.confirmed.text', { id: done.id })}
      />,
    )
  })

  app.get('/me/data', async (c) => {
    const email = c.get('email')
    if (!email) return c.redirect('/signin', 303)
    const p = await personOf(email)
    const snapshots = p ? await veto.reports.itemsIn(p) : []
    const models = snapshots.length > 0 ? await veto.models.list() : []
    return c.html(
      <DataPage
        ctx={pageCtx(c)}
        snapshots={snapshots.map(({ snapshot: s, items }) => ({
          id: s.id,
          at: when(c, s.at),
          policy: `${s.policyName}@${s.policyVersion}`,
          itemsIn: items.filter((i) => i.included).map((i) => i.content_id),
          itemsOut: items.filter((i) => !i.included).map((i) => ({ content_id: i.content_id, reason: i.reason })),
          models: models.filter((m) => m.snapshots.includes(s.id)).map((m) => m.name),
        }))}
      />,
    )
  })

  // Everything on record about the signed-in person, as one document (GDPR Art. 15).
  app.get('/me/access', async (c) => {
    const email = requireSignIn(c)
    if (!(await personOf(email))) throw new AppError('NOT_FOUND', 'no account carries your address')
    const doc = await veto.reports.access({ email })
    const day = new Date(deps.clock()).toISOString().slice(0, 10)
    c.header('Content-Disposition', `attachment; filename="my-data-${day}.json"`)
    c.header('Cache-Control', 'no-store')
    return c.json(doc)
  })

  app.get('/me/data/:snapshot/proof/:content', async (c) => {
    const email = requireSignIn(c)
    const p = await personOf(email)
    const id = c.req.param('content')
    const [found] = p ? await veto.reports.itemsIn(p, [c.req.param('snapshot')]) : []
    const item = found?.items.find((i) => i.content_id === id)
    if (!found || !item) throw new AppError('NOT_FOUND', 'no such item of yours')
    const proof = await veto.proofs.prove(found.snapshot.id, id, { id: item.account_id, known: true })
    c.header(
      'Content-Disposition',
      `attachment; filename="proof-${found.snapshot.id}-${id.replace(/[^\w-]/g, '_')}.json"`,
    )
    return c.json(proof)
  })

  return app
}
