/** The frame of every console page: its own name, navigation and sign-out, apart from the portal's. */
import type { Child } from 'hono/jsx'
import { formatNumber, type Lang, type MessageKey, t } from '../../i18n/messages.js'
import type { ConsoleMember } from '../context.js'
import { SettingsForm } from './layout.js'

export interface ConsoleContext {
  readonly lang: Lang
  readonly zone: string
  readonly csrf: string
  readonly path: string
  readonly member: ConsoleMember | undefined
}

const NAV: readonly [string, MessageKey][] = [
  ['/console', 'console.nav.overview'],
  ['/console/cases', 'console.nav.cases'],
  ['/console/snapshots', 'console.nav.snapshots'],
  ['/console/models', 'console.nav.models'],
  ['/console/ledger', 'console.nav.ledger'],
]

export function ConsoleLayout(props: { ctx: ConsoleContext; title: string; children: Child }) {
  const { ctx } = props
  const l = ctx.lang
  const here = (href: string) => (href === '/console' ? ctx.path === '/console' : ctx.path.startsWith(href))
  return (
    <html lang={l}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} — ${t(l, 'console.name')}`}</title>
        <link rel="stylesheet" href="/static/style.css" />
      </head>
      <body class="console">
        <a class="skip" href="#main">
          {t(l, 'site.skip')}
        </a>
        <header>
          <a class="site" href="/console">
            {t(l, 'console.name')}
          </a>
          {ctx.member ? (
            <nav aria-label={t(l, 'console.nav.label')}>
              <ul>
                {NAV.map(([href, key]) => (
                  <li>
                    <a href={href} aria-current={here(href) ? 'page' : undefined}>
                      {t(l, key)}
                    </a>
                  </li>
                ))}
                <li>
                  <form class="inline" method="post" action="/console/signout">
                    <input type="hidden" name="csrf" value={ctx.csrf} />
                    <button class="link" type="submit">
                      {t(l, 'nav.signout')}
                    </button>
                  </form>
                </li>
              </ul>
            </nav>
          ) : null}
        </header>
        <main id="main">
          {ctx.member ? (
            <p class="hint">
              {t(l, 'console.member', { name: ctx.member.name, role: t(l, `console.role.${ctx.member.role}`) })}
            </p>
          ) : null}
          {props.children}
        </main>
        <footer>
          <SettingsForm lang={l} zone={ctx.zone} csrf={ctx.csrf} path={ctx.path} />
        </footer>
      </body>
    </html>
  )
}

/** A message after an action, or why it failed, that takes the focus so a screen reader reads it at once. */
export function ConsoleMessage(props: { ctx: ConsoleContext; title: string; text: string; alert?: boolean }) {
  return (
    <ConsoleLayout ctx={props.ctx} title={props.title}>
      <h1>{props.title}</h1>
      <p role={props.alert ? 'alert' : 'status'} tabindex={-1} autofocus>
        {props.text}
      </p>
    </ConsoleLayout>
  )
}

/** A table of counts with a caption and header cells: a screen reader can follow it. */
export function CountTable(props: {
  lang: Lang
  caption: string
  head: readonly string[]
  rows: readonly (readonly (string | number)[])[]
  /** Said instead of a table without rows. */
  empty?: string
  /** The scrolling region's name, where the caption alone repeats on the page; the caption by default. */
  label?: string
}) {
  if (props.rows.length === 0 && props.empty) return <p>{props.empty}</p>
  const numeric = props.head.map((_, i) => props.rows.some((r) => typeof r[i] === 'number'))
  return (
    <TableWrap label={props.label ?? props.caption}>
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.head.map((h, i) => (
              <th scope="col" class={numeric[i] ? 'num' : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr>
              {r.map((cell, i) =>
                i === 0 ? (
                  <th scope="row">{cell}</th>
                ) : (
                  <td class={typeof cell === 'number' ? 'num' : undefined}>
                    {typeof cell === 'number' ? formatNumber(props.lang, cell) : cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}

/**
 * Lets a wide table scroll inside the page rather than widen it (WCAG 1.4.10); the scrolling
 * region takes the focus, so it scrolls with the keyboard too (2.1.1).
 */
export function TableWrap(props: { label: string; children: Child }) {
  return (
    <section class="table-wrap" aria-label={props.label} tabindex={0}>
      {props.children}
    </section>
  )
}
