/** The frame of every portal page: language, skip link, navigation, sign-out, language switch. */
import type { Child } from 'hono/jsx'
import { type Lang, t } from '../../i18n/messages.js'

export interface PageContext {
  readonly lang: Lang
  readonly csrf: string
  readonly signedIn: boolean
  readonly path: string
}

export function Layout(props: { ctx: PageContext; title: string; children: Child }) {
  const { ctx } = props
  const other: Lang = ctx.lang === 'de' ? 'en' : 'de'
  return (
    <html lang={ctx.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} — ${t(ctx.lang, 'site.name')}`}</title>
        <link rel="stylesheet" href="/static/style.css" />
      </head>
      <body>
        <a class="skip" href="#main">{t(ctx.lang, 'site.skip')}</a>
        <header>
          <a class="site" href="/">{t(ctx.lang, 'site.name')}</a>
          <nav aria-label="Main">
            <ul>
              <li><a href="/">{t(ctx.lang, 'nav.notice')}</a></li>
              <li><a href="/object">{t(ctx.lang, 'nav.object')}</a></li>
              {ctx.signedIn ? <li><a href="/me">{t(ctx.lang, 'nav.status')}</a></li> : null}
              {ctx.signedIn ? <li><a href="/me/data">{t(ctx.lang, 'nav.data')}</a></li> : null}
              <li>
                {ctx.signedIn
                  ? <form class="inline" method="post" action="/signout"><input type="hidden" name="csrf" value={ctx.csrf} /><button class="link" type="submit">{t(ctx.lang, 'nav.signout')}</button></form>
                  : <a href="/signin">{t(ctx.lang, 'nav.signin')}</a>}
              </li>
              <li>
                <form class="inline" method="post" action="/lang">
                  <input type="hidden" name="csrf" value={ctx.csrf} />
                  <input type="hidden" name="lang" value={other} />
                  <input type="hidden" name="next" value={ctx.path} />
                  <button class="link" type="submit" lang={other}>{t(ctx.lang, 'lang.switch')}</button>
                </form>
              </li>
            </ul>
          </nav>
        </header>
        <main id="main">{props.children}</main>
      </body>
    </html>
  )
}

export function CsrfField(props: { ctx: PageContext }) {
  return <input type="hidden" name="csrf" value={props.ctx.csrf} />
}
