/** The portal's pages. Server-rendered, no JavaScript, labelled for assistive technology. */
import type { NoticeText } from '../../i18n/policy-texts.js'
import { formatNumber, type MessageKey, t } from '../../i18n/messages.js'
import { CsrfField, Layout, type PageContext, SigninForm, TokenForm, tm } from './layout.js'

export function NoticePage(props: { ctx: PageContext; notice: NoticeText }) {
  const { ctx, notice } = props
  const l = ctx.lang
  return (
    <Layout ctx={ctx} title={notice.title}>
      <h1>{notice.title}</h1>
      <p>{notice.lead}</p>
      <h2>{t(l, 'notice.what')}</h2>
      <p>
        {notice.kinds} {notice.never}
      </p>
      <h2>{t(l, 'notice.deadline')}</h2>
      {notice.effect.map((p, i) => (
        <p class={i === 0 ? 'deadline' : undefined}>{p}</p>
      ))}
      {notice.scope.map((p) => (
        <p>{p}</p>
      ))}
      <p>
        <a href={ctx.mode === 'opt_in' ? '/consent' : '/object'}>{tm(ctx, 'notice.cta')}</a>
      </p>
    </Layout>
  )
}

export function SigninPage(props: {
  ctx: PageContext
  minutes: number
  error?: string | undefined
  oidcLabel?: string | undefined
}) {
  const l = props.ctx.lang
  return (
    <Layout ctx={props.ctx} title={t(l, 'signin.title')}>
      <h1>{t(l, 'signin.title')}</h1>
      {props.error ? (
        <p class="warn" role="alert">
          {props.error}
        </p>
      ) : null}
      <p>{t(l, 'signin.lead', { minutes: props.minutes })}</p>
      <SigninForm
        lang={l}
        csrf={props.ctx.csrf}
        action="/signin"
        oidc={props.oidcLabel ? { href: '/signin/oidc', label: props.oidcLabel } : undefined}
      />
    </Layout>
  )
}

/**
 * What a step did, or why it did not: the message is a status (an alert when something went
 * wrong) that takes the focus when the page opens, so that a screen reader reads it at once.
 */
export function MessagePage(props: { ctx: PageContext; title: string; text: string; alert?: boolean }) {
  return (
    <Layout ctx={props.ctx} title={props.title}>
      <h1>{props.title}</h1>
      <p role={props.alert ? 'alert' : 'status'} tabindex={-1} autofocus>
        {props.text}
      </p>
    </Layout>
  )
}

/**
 * The page a mailed link opens: its button posts the link's token, so that a mail scanner
 * following the link changes nothing.
 */
function TokenConfirmPage(props: {
  ctx: PageContext
  token: string
  action: string
  title: string
  text: string
  submit: string
}) {
  return (
    <Layout ctx={props.ctx} title={props.title}>
      <h1>{props.title}</h1>
      <p>{props.text}</p>
      <TokenForm csrf={props.ctx.csrf} action={props.action} token={props.token} submit={props.submit} />
    </Layout>
  )
}

export function SigninConfirmPage(props: { ctx: PageContext; token: string }) {
  const l = props.ctx.lang
  return (
    <TokenConfirmPage
      ctx={props.ctx}
      token={props.token}
      action="/signin/verify"
      title={t(l, 'signin.confirm.title')}
      text={t(l, 'signin.confirm.text')}
      submit={t(l, 'signin.confirm.submit')}
    />
  )
}

/** The objection form, or under an opt-in policy the consent form: as easy to reach as each other. */
export function FilePage(props: { ctx: PageContext; email: string; given?: boolean }) {
  const { ctx } = props
  const l = ctx.lang
  const consent = ctx.mode === 'opt_in'
  const title = t(l, consent ? 'consent.title' : 'object.title')
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>{t(l, consent ? 'consent.lead' : 'object.lead')}</p>
      <p>
        {tm(ctx, 'scope.covers')} {tm(ctx, 'scope.notcovered')}
      </p>
      {props.given ? <p class="card">{t(l, 'consent.given')}</p> : null}
      <form method="post" action={consent ? '/consent' : '/object'}>
        <CsrfField ctx={ctx} />
        <label for="email">{t(l, 'object.email')}</label>
        <input id="email" name="email" type="email" value={props.email} readonly />
        {consent ? null : (
          <>
            <label for="reason">{t(l, 'object.reason')}</label>
            <p class="hint" id="reason-hint">
              {t(l, 'object.reason.hint')}
            </p>
            <textarea id="reason" name="reason" aria-describedby="reason-hint" maxlength={2000}></textarea>
          </>
        )}
        <button type="submit">{t(l, consent ? 'consent.submit' : 'object.submit')}</button>
      </form>
    </Layout>
  )
}

export interface AccountView {
  readonly id: string
  readonly network: string
}

export function FilingDonePage(props: {
  ctx: PageContext
  id: string
  consent: boolean
  when: string
  effect: string
  covers: readonly AccountView[]
}) {
  const { ctx } = props
  const l = ctx.lang
  const title = t(l, props.consent ? 'consent.done.title' : 'object.done.title')
  const covers = t(l, props.consent ? 'consent.done.covers' : 'object.done.covers')
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p role="status" tabindex={-1} autofocus>
        {t(l, props.consent ? 'consent.done.received' : 'object.done.received', { when: props.when })}{' '}
        <small>({props.id})</small>
      </p>
      <h2>{covers}</h2>
      <ul aria-label={covers}>
        {props.covers.map((a) => (
          <li>
            {a.id} ({a.network})
          </li>
        ))}
      </ul>
      <p>{props.effect}</p>
      <p class="card">
        <strong>{tm(ctx, 'scope.notcovered')}</strong>
      </p>
      <p>
        <a href="/me">{tm(ctx, 'nav.status')}</a>
      </p>
    </Layout>
  )
}

/** Where a person's objection (or, under opt-in, consent) lives in the portal. */
export function filingPath(ctx: Pick<PageContext, 'mode'>, id: string): string {
  return `/me/${ctx.mode === 'opt_in' ? 'consents' : 'objections'}/${encodeURIComponent(id)}`
}

export interface FilingView {
  readonly id: string
  readonly received: string
  /** The day it was received, which names its section ("Objection of 20 May 2025"). */
  readonly day: string
  readonly withdrawn: string | null
  readonly covers: readonly string[]
  /** Set when it was filed for accounts not the person's own (through a center): they cannot withdraw it. */
  readonly filedFor?: readonly string[] | undefined
}

export function StatusPage(props: {
  ctx: PageContext
  accounts: readonly AccountView[]
  filings: readonly FilingView[]
}) {
  const { ctx } = props
  const l = ctx.lang
  return (
    <Layout ctx={ctx} title={tm(ctx, 'status.title')}>
      <h1>{tm(ctx, 'status.title')}</h1>
      <h2>{t(l, 'status.accounts')}</h2>
      <ul>
        {props.accounts.map((a) => (
          <li>
            {a.id} ({a.network})
          </li>
        ))}
      </ul>
      <form method="post" action="/signout">
        <CsrfField ctx={ctx} />
        <input type="hidden" name="everywhere" value="1" />
        <button class="secondary" type="submit">
          {t(l, 'status.signoutEverywhere')}
        </button>
      </form>
      {props.filings.length === 0 ? <p>{tm(ctx, 'status.none')}</p> : null}
      {props.filings.map((o) => (
        <section class="card" aria-labelledby={`o-${o.id}`}>
          <h2 id={`o-${o.id}`}>{tm(ctx, 'status.section', { date: o.day })}</h2>
          <p>
            {t(l, 'status.received', { when: o.received })} <small>({o.id})</small>
          </p>
          <p>{t(l, 'status.covers', { accounts: o.covers.join(', ') })}</p>
          {o.withdrawn ? (
            <p>{t(l, 'status.withdrawn', { when: o.withdrawn })}</p>
          ) : o.filedFor ? (
            <p>{t(l, 'status.notYours', { accounts: o.filedFor.join(', ') })}</p>
          ) : (
            <p>
              <a href={`${filingPath(ctx, o.id)}/withdraw`}>{tm(ctx, 'status.withdraw')}</a>
            </p>
          )}
        </section>
      ))}
    </Layout>
  )
}

/** The step before a withdrawal: what changes, said before it is done. */
export function WithdrawPage(props: { ctx: PageContext; id: string; consent: boolean; effect: string }) {
  const { ctx } = props
  const l = ctx.lang
  const title = t(l, props.consent ? 'withdraw.title.opt_in' : 'withdraw.title')
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="warn" id="effect">
        {props.effect}
      </p>
      <form method="post" action={`${filingPath(ctx, props.id)}/withdraw`}>
        <CsrfField ctx={ctx} />
        <button type="submit" aria-describedby="effect">
          {t(l, 'withdraw.confirm')}
        </button>
      </form>
      <p>
        <a href="/me">{t(l, 'withdraw.cancel')}</a>
      </p>
    </Layout>
  )
}

export interface SnapshotView {
  readonly id: string
  readonly at: string
  readonly policy: string
  readonly itemsIn: readonly string[]
  readonly itemsOut: readonly { content_id: string; reason: string | null }[]
  readonly models: readonly string[]
}

export function DataPage(props: { ctx: PageContext; snapshots: readonly SnapshotView[] }) {
  const l = props.ctx.lang
  return (
    <Layout ctx={props.ctx} title={t(l, 'data.title')}>
      <h1>{t(l, 'data.title')}</h1>
      <p>
        <a href="/me/access" download>
          {t(l, 'data.access')}
        </a>
      </p>
      {props.snapshots.length === 0 ? <p>{t(l, 'data.none')}</p> : <p>{t(l, 'data.proof.about')}</p>}
      {props.snapshots.map((s) => {
        const proof = (id: string) => (
          <a
            href={`/me/data/${s.id}/proof/${encodeURIComponent(id)}`}
            download
            aria-label={t(l, 'data.proof.of', { id })}
          >
            {t(l, 'data.proof')}
          </a>
        )
        return (
          <section class="card">
            <h2>{t(l, 'data.snapshot', { id: s.id, at: s.at, policy: s.policy })}</h2>
            <p>
              {t(l, 'data.in', { n: formatNumber(l, s.itemsIn.length) })};{' '}
              {t(l, 'data.out', { n: formatNumber(l, s.itemsOut.length) })}.
            </p>
            {s.models.length > 0 ? <p>{t(l, 'data.models', { models: s.models.join(', ') })}</p> : null}
            <table>
              <caption>{t(l, 'data.caption', { id: s.id })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(l, 'data.col.item')}</th>
                  <th scope="col">{t(l, 'data.col.status')}</th>
                  <th scope="col">{t(l, 'data.col.proof')}</th>
                </tr>
              </thead>
              <tbody>
                {s.itemsIn.map((id) => (
                  <tr>
                    <th scope="row">{id}</th>
                    <td>{t(l, 'data.included')}</td>
                    <td>{proof(id)}</td>
                  </tr>
                ))}
                {s.itemsOut.map((o) => (
                  <tr>
                    <th scope="row">{o.content_id}</th>
                    <td>{t(l, `data.reason.${o.reason}` as MessageKey)}</td>
                    <td>{proof(o.content_id)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )
      })}
    </Layout>
  )
}

/** What a person typed into the request form, kept when it comes back with an error. */
export interface RequestForm {
  readonly items: string
  readonly description: string
  readonly contact: string
  readonly evidence: string
}

/**
 * The public form for people shown in others' content (no account needed): the items, what
 * they show, and an optional address to hear back at. A field at fault is named in an alert
 * and marked invalid.
 */
export function RequestPage(props: { ctx: PageContext; form?: RequestForm; error?: { field: string; text: string } }) {
  const { ctx } = props
  const l = ctx.lang
  const f = props.form ?? { items: '', description: '', contact: '', evidence: '' }
  const bad = (field: string) => (props.error?.field === field ? { 'aria-invalid': 'true' as const } : {})
  return (
    <Layout ctx={ctx} title={t(l, 'request.title')}>
      <h1>{t(l, 'request.title')}</h1>
      <p>{t(l, 'request.lead')}</p>
      {props.error ? (
        <p class="warn" role="alert" id="request-error">
          {props.error.text}
        </p>
      ) : null}
      <form method="post" action="/request">
        <CsrfField ctx={ctx} />
        <label for="items">{t(l, 'request.items')}</label>
        <p class="hint" id="items-hint">
          {t(l, 'request.items.hint')}
        </p>
        <textarea id="items" name="items" rows={4} required aria-describedby="items-hint" {...bad('items')}>
          {f.items}
        </textarea>
        <label for="description">{t(l, 'request.description')}</label>
        <textarea id="description" name="description" rows={5} maxlength={5000} required {...bad('description')}>
          {f.description}
        </textarea>
        <label for="contact">{t(l, 'request.contact')}</label>
        <p class="hint" id="contact-hint">
          {t(l, 'request.contact.hint')}
        </p>
        <input
          id="contact"
          name="contact"
          type="email"
          autocomplete="email"
          value={f.contact}
          aria-describedby="contact-hint"
          {...bad('contact')}
        />
        <label for="evidence">{t(l, 'request.evidence')}</label>
        <textarea id="evidence" name="evidence" rows={3} maxlength={20000} {...bad('evidence')}>
          {f.evidence}
        </textarea>
        <button type="submit">{t(l, 'request.submit')}</button>
      </form>
    </Layout>
  )
}

export function RequestConfirmPage(props: { ctx: PageContext; token: string; id: string }) {
  const l = props.ctx.lang
  return (
    <TokenConfirmPage
      ctx={props.ctx}
      token={props.token}
      action="/request/confirm"
      title={t(l, 'request.confirm.title')}
      text={t(l, 'request.confirm.text', { id: props.id })}
      submit={t(l, 'request.confirm.submit')}
    />
  )
}
