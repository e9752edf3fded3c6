/** The frame of every portal page: language, skip link, navigation, sign-out, language and time zone. */
import type { Child } from 'hono/jsx'
import type { PolicyMode } from '../../domain/index.js'
import { type Lang, LANGS, langName, type MessageKey, t } from '../../i18n/messages.js'
import { byMode } from '../../i18n/policy-texts.js'
import { zoneNames } from '../../i18n/zones.js'

export interface PageContext {
  readonly lang: Lang
  readonly zone: string
  readonly csrf: string
  readonly signedIn: boolean
  readonly path: string
  /** The served policy's mode: opt-in pages speak of consent. */
  readonly mode: PolicyMode
}

/** A key in the form the served policy's mode takes (`.opt_in` where one exists). */
export function tm(ctx: PageContext, key: MessageKey, params?: Record<string, string | number>): string {
  return t(ctx.lang, byMode(ctx, key), params)
}

export function Layout(props: { ctx: PageContext; title: string; children: Child }) {
  const { ctx } = props
  const l = ctx.lang
  return (
    <html lang={l}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} — ${t(l, 'site.name')}`}</title>
        <link rel="stylesheet" href="/static/style.css" />
      </head>
      <body>
        <a class="skip" href="#main">
          {t(l, 'site.skip')}
        </a>
        <header>
          <a class="site" href="/">
            {t(l, 'site.name')}
          </a>
          <nav aria-label={t(l, 'nav.label')}>
            <ul>
              <li>
                <a href="/">{t(l, 'nav.notice')}</a>
              </li>
              <li>
                <a href={ctx.mode === 'opt_in' ? '/consent' : '/object'}>
                  {t(l, ctx.mode === 'opt_in' ? 'nav.consent' : 'nav.object')}
                </a>
              </li>
              {ctx.signedIn ? (
                <li>
                  <a href="/me">{t(l, ctx.mode === 'opt_in' ? 'nav.status.consent' : 'nav.status')}</a>
                </li>
              ) : null}
              {ctx.signedIn ? (
                <li>
                  <a href="/me/data">{t(l, 'nav.data')}</a>
                </li>
              ) : null}
              <li>
                {ctx.signedIn ? (
                  <form class="inline" method="post" action="/signout">
                    <input type="hidden" name="csrf" value={ctx.csrf} />
                    <button class="link" type="submit">
                      {t(l, 'nav.signout')}
                    </button>
                  </form>
                ) : (
                  <a href="/signin">{t(l, 'nav.signin')}</a>
                )}
              </li>
            </ul>
          </nav>
        </header>
        <main id="main">{props.children}</main>
        <footer>
          <p>
            <a href="/request">{t(l, 'request.link')}</a>
          </p>
          <SettingsForm lang={l} zone={ctx.zone} csrf={ctx.csrf} path={ctx.path} />
        </footer>
      </body>
    </html>
  )
}

/** Language and time zone, remembered by the browser; on every page of the portal and the console. */
export function SettingsForm(props: { lang: Lang; zone: string; csrf: string; path: string }) {
  const l = props.lang
  return (
    <form method="post" action="/settings" aria-labelledby="settings-title">
      <h2 id="settings-title">{t(l, 'settings.title')}</h2>
      <input type="hidden" name="csrf" value={props.csrf} />
      <input type="hidden" name="next" value={props.path} />
      <label for="settings-lang">{t(l, 'settings.lang')}</label>
      <select id="settings-lang" name="lang">
        {LANGS.map((code) => (
          <option value={code} lang={code} selected={code === l}>
            {langName(code)}
          </option>
        ))}
      </select>
      <label for="settings-zone">{t(l, 'settings.zone')}</label>
      <select id="settings-zone" name="zone">
        {zoneNames().map((z) => (
          <option value={z} selected={z === props.zone}>
            {z}
          </option>
        ))}
      </select>
      <button class="secondary" type="submit">
        {t(l, 'settings.submit')}
      </button>
      <p class="hint">{t(l, 'settings.shown', { zone: props.zone })}</p>
    </form>
  )
}

/** The sign-in form of the portal and the console: an address for a link, and the provider's link if any. */
export function SigninForm(props: {
  lang: Lang
  csrf: string
  action: string
  oidc?: { readonly href: string; readonly label: string } | undefined
}) {
  const l = props.lang
  return (
    <>
      <form method="post" action={props.action}>
        <input type="hidden" name="csrf" value={props.csrf} />
        <label for="email">{t(l, 'signin.email')}</label>
        <input id="email" name="email" type="email" autocomplete="email" required />
        <button type="submit">{t(l, 'signin.submit')}</button>
      </form>
      {props.oidc ? (
        <p>
          <a href={props.oidc.href}>{t(l, 'signin.oidc', { label: props.oidc.label })}</a>
        </p>
      ) : null}
    </>
  )
}

/** A mailed link's button: it posts the link's token, so that a mail scanner following the link changes nothing. */
export function TokenForm(props: { csrf: string; action: string; token: string; submit: string }) {
  return (
    <form method="post" action={props.action}>
      <input type="hidden" name="csrf" value={props.csrf} />
      <input type="hidden" name="token" value={props.token} />
      <button type="submit">{props.submit}</button>
    </form>
  )
}

export function CsrfField(props: { ctx: PageContext }) {
  return <input type="hidden" name="csrf" value={props.ctx.csrf} />
}
