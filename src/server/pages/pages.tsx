/** The portal's pages. Server-rendered, no JavaScript, labelled for assistive technology. */
import { type Lang, type MessageKey, t } from '../../i18n/messages.js'
import { CsrfField, Layout, type PageContext } from './layout.js'

export function NoticePage(props: { ctx: PageContext; start: string; deadline: string | null; minAge: number }) {
  const { ctx } = props
  const l = ctx.lang
  return (
    <Layout ctx={ctx} title={t(l, 'notice.title')}>
      <h1>{t(l, 'notice.title')}</h1>
      <p>{t(l, 'notice.lead', { start: props.start })}</p>
      <h2>{t(l, 'notice.what')}</h2>
      <p>{t(l, 'notice.categories', { age: props.minAge })}</p>
      <h2>{t(l, 'notice.deadline')}</h2>
      {props.deadline ? <p class="deadline">{t(l, 'notice.deadline.text', { deadline: props.deadline })}</p> : null}
      <p>{t(l, 'notice.after')}</p>
      <p>{t(l, 'notice.scope')}</p>
      <p><a href="/object">{t(l, 'notice.cta')}</a></p>
    </Layout>
  )
}

export function SigninPage(props: { ctx: PageContext; minutes: number; error?: string | undefined; oidcLabel?: string | undefined }) {
  const l = props.ctx.lang
  return (
    <Layout ctx={props.ctx} title={t(l, 'signin.title')}>
      <h1>{t(l, 'signin.title')}</h1>
      {props.error ? <p class="warn" role="alert">{props.error}</p> : null}
      <p>{t(l, 'signin.lead', { minutes: props.minutes })}</p>
      <form method="post" action="/signin">
        <CsrfField ctx={props.ctx} />
        <label for="email">{t(l, 'signin.email')}</label>
        <input id="email" name="email" type="email" autocomplete="email" required />
        <button type="submit">{t(l, 'signin.submit')}</button>
      </form>
      {props.oidcLabel ? <p><a href="/signin/oidc">{t(l, 'signin.oidc', { label: props.oidcLabel })}</a></p> : null}
    </Layout>
  )
}

export function MessagePage(props: { ctx: PageContext; title: string; text: string; alert?: boolean }) {
  return (
    <Layout ctx={props.ctx} title={props.title}>
      <h1>{props.title}</h1>
      <p role={props.alert ? 'alert' : undefined}>{props.text}</p>
    </Layout>
  )
}

export function SigninConfirmPage(props: { ctx: PageContext; token: string }) {
  const l = props.ctx.lang
  return (
    <Layout ctx={props.ctx} title={t(l, 'signin.confirm.title')}>
      <h1>{t(l, 'signin.confirm.title')}</h1>
      <p>{t(l, 'signin.confirm.text')}</p>
      <form method="post" action="/signin/verify">
        <CsrfField ctx={props.ctx} />
        <input type="hidden" name="token" value={props.token} />
        <button type="submit">{t(l, 'signin.confirm.submit')}</button>
      </form>
    </Layout>
  )
}

export function ObjectPage(props: { ctx: PageContext; email: string }) {
  const l = props.ctx.lang
  return (
    <Layout ctx={props.ctx} title={t(l, 'object.title')}>
      <h1>{t(l, 'object.title')}</h1>
      <p>{t(l, 'object.lead')}</p>
      <form method="post" action="/object">
        <CsrfField ctx={props.ctx} />
        <label for="email">{t(l, 'object.email')}</label>
        <input id="email" name="email" type="email" value={props.email} readonly />
        <label for="reason">{t(l, 'object.reason')}</label>
        <p class="hint" id="reason-hint">{t(l, 'object.reason.hint')}</p>
        <textarea id="reason" name="reason" aria-describedby="reason-hint" maxlength={2000}></textarea>
        <button type="submit">{t(l, 'object.submit')}</button>
      </form>
    </Layout>
  )
}

export interface AccountView {
  readonly id: string
  readonly network: string
}

export function ObjectionDonePage(props: { ctx: PageContext; id: string; when: string; timely: boolean; covers: readonly AccountView[] }) {
  const l = props.ctx.lang
  return (
    <Layout ctx={props.ctx} title={t(l, 'object.done.title')}>
      <h1>{t(l, 'object.done.title')}</h1>
      <p>{t(l, 'object.done.received', { when: props.when })} <small>({props.id})</small></p>
      <h2>{t(l, 'object.done.covers')}</h2>
      <ul aria-label={t(l, 'object.done.covers')}>
        {props.covers.map((a) => <li>{a.id} ({a.network})</li>)}
      </ul>
      <p>{t(l, props.timely ? 'object.done.timely' : 'object.done.late')}</p>
      <p class="card"><strong>{t(l, 'object.done.notcovered')}</strong></p>
      <p><a href="/me">{t(l, 'nav.status')}</a></p>
    </Layout>
  )
}

export interface ObjectionView {
  readonly id: string
  readonly received: string
  readonly withdrawn: string | null
  readonly covers: readonly string[]
  /** Set when it was filed for accounts not the person's own (through a center): they cannot withdraw it. */
  readonly filedFor?: readonly string[] | undefined
}

export function StatusPage(props: { ctx: PageContext; accounts: readonly AccountView[]; objections: readonly ObjectionView[] }) {
  const l = props.ctx.lang
  return (
    <Layout ctx={props.ctx} title={t(l, 'status.title')}>
      <h1>{t(l, 'status.title')}</h1>
      <h2>{t(l, 'status.accounts')}</h2>
      <ul>{props.accounts.map((a) => <li>{a.id} ({a.network})</li>)}</ul>
      <form method="post" action="/signout">
        <CsrfField ctx={props.ctx} />
        <input type="hidden" name="everywhere" value="1" />
        <button class="secondary" type="submit">{t(l, 'status.signoutEverywhere')}</button>
      </form>
      {props.objections.length === 0 ? <p>{t(l, 'status.none')}</p> : null}
      {props.objections.map((o) => (
        <section class="card" aria-labelledby={`o-${o.id}`}>
          <h2 id={`o-${o.id}`}>{o.id}</h2>
          <p>{t(l, 'status.received', { when: o.received })}</p>
          <p>{t(l, 'status.covers', { accounts: o.covers.join(', ') })}</p>
          {o.withdrawn
            ? <p>{t(l, 'status.withdrawn', { when: o.withdrawn })}</p>
            : o.filedFor ? <p>{t(l, 'status.notYours', { accounts: o.filedFor.join(', ') })}</p> : (
              <form method="post" action={`/me/objections/${o.id}/withdraw`}>
                <CsrfField ctx={props.ctx} />
                <p class="warn" id={`c-${o.id}`}>{t(l, 'status.withdraw.consequence')}</p>
                <button class="secondary" type="submit" aria-describedby={`c-${o.id}`}>{t(l, 'status.withdraw')}</button>
              </form>
            )}
        </section>
      ))}
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
  const l: Lang = props.ctx.lang
  return (
    <Layout ctx={props.ctx} title={t(l, 'data.title')}>
      <h1>{t(l, 'data.title')}</h1>
      {props.snapshots.length === 0 ? <p>{t(l, 'data.none')}</p> : null}
      {props.snapshots.map((s) => (
        <section class="card">
          <h2>{t(l, 'data.snapshot', { id: s.id, at: s.at, policy: s.policy })}</h2>
          <p>{t(l, 'data.in', { n: s.itemsIn.length })}; {t(l, 'data.out', { n: s.itemsOut.length })}.</p>
          {s.models.length > 0 ? <p>{t(l, 'data.models', { models: s.models.join(', ') })}</p> : null}
          <table>
            <tbody>
              {s.itemsIn.map((id) => <tr><td>{id}</td><td>✓</td><td><a href={`/me/data/${s.id}/proof/${encodeURIComponent(id)}`} download>{t(l, 'data.proof')}</a></td></tr>)}
              {s.itemsOut.map((o) => <tr><td>{o.content_id}</td><td>{t(l, `data.reason.${o.reason}` as MessageKey)}</td><td><a href={`/me/data/${s.id}/proof/${encodeURIComponent(o.content_id)}`} download>{t(l, 'data.proof')}</a></td></tr>)}
            </tbody>
          </table>
        </section>
      ))}
    </Layout>
  )
}
