/** The console's sign-in and its overview: figures, a chart per day, notice reach and the outbox. */
import { formatDay, formatNumber, formatWhen, t } from '../../i18n/messages.js'
import type { Figures } from '../../services/figures.js'
import { DailyChart, everyDay } from './chart.js'
import { type ConsoleContext, ConsoleLayout, CountTable } from './console-layout.js'
import { SigninForm, TokenForm } from './layout.js'

/** How many days the chart spans at most, back from the last day with a filing. */
const CHART_DAYS = 366

export function ConsoleSigninPage(props: {
  ctx: ConsoleContext
  minutes: number
  oidcLabel?: string | undefined
  /** The identity provider vouched for an address that is not a member. */
  refused?: boolean
}) {
  const l = props.ctx.lang
  return (
    <ConsoleLayout ctx={props.ctx} title={t(l, 'console.signin.title')}>
      <h1>{t(l, 'console.signin.title')}</h1>
      {props.refused ? (
        <p class="warn" role="alert">
          {t(l, 'console.signin.refused')}
        </p>
      ) : null}
      <p>{t(l, 'console.signin.lead', { minutes: props.minutes })}</p>
      <SigninForm
        lang={l}
        csrf={props.ctx.csrf}
        action="/console/signin"
        oidc={props.oidcLabel ? { href: '/console/signin/oidc', label: props.oidcLabel } : undefined}
      />
    </ConsoleLayout>
  )
}

export function ConsoleSigninConfirmPage(props: { ctx: ConsoleContext; token: string }) {
  const l = props.ctx.lang
  return (
    <ConsoleLayout ctx={props.ctx} title={t(l, 'signin.confirm.title')}>
      <h1>{t(l, 'signin.confirm.title')}</h1>
      <p>{t(l, 'signin.confirm.text')}</p>
      <TokenForm
        csrf={props.ctx.csrf}
        action="/console/signin/verify"
        token={props.token}
        submit={t(l, 'signin.confirm.submit')}
      />
    </ConsoleLayout>
  )
}

export function OverviewPage(props: {
  ctx: ConsoleContext
  figures: Figures
  /** When the figures were computed: they are kept for `keptFor` ms. */
  computedAt: number
  keptFor: number
  policy: string
  deadline: number | null
  openCases: number
  overdueCases: number
}) {
  const { ctx, figures } = props
  const l = ctx.lang
  const num = (n: number) => formatNumber(l, n)
  // The chart shows the last CHART_DAYS days with filings at most: one back-dated import line
  // must not stretch it over centuries. The table below it keeps every day.
  const last = figures.days.at(-1)?.day
  const from = last ? new Date(Date.parse(`${last}T00:00:00Z`) - (CHART_DAYS - 1) * 86_400_000) : undefined
  const first = figures.days.find((d) => from && d.day >= from.toISOString().slice(0, 10))?.day
  const days = first && last ? everyDay(first, last) : []
  const byDay = new Map(figures.days.map((d) => [d.day, d]))
  const series = (pick: (d: Figures['days'][number]) => number) =>
    days.map((d) => {
      const f = byDay.get(d)
      return f ? pick(f) : 0
    })
  const dayText = (d: string) => formatDay(l, Date.parse(`${d}T12:00:00Z`), 'UTC')
  const total = (pick: (d: Figures['days'][number]) => number) => figures.days.reduce((s, d) => s + pick(d), 0)
  const typeWord = (type: string) => t(l, type === 'consent' ? 'console.type.consent' : 'console.type.objection')
  const policyText = (p: string | null) => p ?? t(l, 'console.notices.unversioned')
  return (
    <ConsoleLayout ctx={ctx} title={t(l, 'console.overview.title')}>
      <h1>{t(l, 'console.overview.title')}</h1>
      <p>
        {props.deadline === null
          ? t(l, 'console.overview.policy.nodeadline', { policy: props.policy })
          : t(l, 'console.overview.policy', {
              policy: props.policy,
              deadline: formatWhen(l, props.deadline, ctx.zone),
            })}
      </p>
      <p>
        <a href="/console/cases">
          {t(l, 'console.overview.cases', { open: num(props.openCases), overdue: num(props.overdueCases) })}
        </a>
      </p>

      <h2>{t(l, 'console.figures.title')}</h2>
      <p class="hint">
        {t(l, 'console.overview.asof', {
          when: formatWhen(l, props.computedAt, ctx.zone),
          minutes: Math.ceil(props.keptFor / 60_000),
        })}
      </p>
      {days.length === 0 ? (
        <p>{t(l, 'console.chart.empty')}</p>
      ) : (
        <>
          <DailyChart
            title={t(l, 'console.chart.title')}
            description={t(l, 'console.chart.desc', {
              first: dayText(days[0] as string),
              last: dayText(days.at(-1) as string),
            })}
            days={days}
            series={[
              { label: t(l, 'console.series.objections'), values: series((d) => d.objections) },
              { label: t(l, 'console.series.late'), values: series((d) => d.late) },
              {
                label: t(l, 'console.series.withdrawals'),
                values: series((d) => d.objectionsWithdrawn + d.consentsWithdrawn),
              },
              { label: t(l, 'console.series.consents'), values: series((d) => d.consents) },
            ]}
            formatDay={(d) => formatDay(l, Date.parse(`${d}T12:00:00Z`), 'UTC')}
            formatNumber={num}
          />
          <details>
            <summary>{t(l, 'console.table.perday')}</summary>
            <CountTable
              lang={l}
              caption={t(l, 'console.table.perday')}
              head={[
                t(l, 'console.table.day'),
                t(l, 'console.series.objections'),
                t(l, 'console.series.late'),
                t(l, 'console.series.withdrawals'),
                t(l, 'console.series.consents'),
              ]}
              rows={figures.days.map((d) => [
                dayText(d.day),
                d.objections,
                d.late,
                d.objectionsWithdrawn + d.consentsWithdrawn,
                d.consents,
              ])}
            />
          </details>
        </>
      )}
      <CountTable
        lang={l}
        caption={t(l, 'console.totals.caption')}
        head={[
          t(l, 'console.col.type'),
          t(l, 'console.col.filed'),
          t(l, 'console.series.late'),
          t(l, 'console.col.withdrawn'),
        ]}
        rows={[
          [
            typeWord('objection'),
            total((d) => d.objections),
            total((d) => d.late),
            total((d) => d.objectionsWithdrawn),
          ],
          [typeWord('consent'), total((d) => d.consents), '—', total((d) => d.consentsWithdrawn)],
        ]}
      />
      <CountTable
        lang={l}
        caption={t(l, 'console.bychannel.caption')}
        head={[
          t(l, 'console.col.channel'),
          t(l, 'console.col.type'),
          t(l, 'console.col.filed'),
          t(l, 'console.col.withdrawn'),
        ]}
        rows={figures.byChannel.map((r) => [r.key, typeWord(r.type), r.filed, r.withdrawn])}
        empty={t(l, 'console.chart.empty')}
      />
      <CountTable
        lang={l}
        caption={t(l, 'console.bynetwork.caption')}
        head={[
          t(l, 'console.col.network'),
          t(l, 'console.col.type'),
          t(l, 'console.col.filed'),
          t(l, 'console.col.withdrawn'),
        ]}
        rows={figures.byNetwork.map((r) => [r.key, typeWord(r.type), r.filed, r.withdrawn])}
        empty={t(l, 'console.chart.empty')}
      />

      <h2>{t(l, 'console.notices.title')}</h2>
      <p>
        {t(l, 'console.notices.never', {
          never: num(figures.notices.neverReached),
          adults: num(figures.notices.adults),
          policy: props.policy,
        })}
      </p>
      <CountTable
        lang={l}
        caption={t(l, 'console.notices.mails.caption')}
        head={[
          t(l, 'console.col.policy'),
          t(l, 'console.col.lang'),
          t(l, 'console.col.queued'),
          t(l, 'console.col.accepted'),
          t(l, 'console.col.failing'),
          t(l, 'console.col.pending'),
        ]}
        rows={figures.notices.mails.map((m) => [m.policy, m.lang, m.queued, m.accepted, m.failing, m.pending])}
        empty={t(l, 'console.notices.mails.empty')}
      />
      <CountTable
        lang={l}
        caption={t(l, 'console.notices.proofs.caption')}
        head={[t(l, 'console.col.policy'), t(l, 'console.col.lang'), t(l, 'console.col.accounts')]}
        rows={figures.notices.proofs.map((p) => [policyText(p.policy), p.lang ?? '—', p.accounts])}
        empty={t(l, 'console.notices.proofs.empty')}
      />

      <h2>{t(l, 'console.outbox.title')}</h2>
      {figures.outbox.length === 0 ? (
        <p>{t(l, 'console.outbox.empty')}</p>
      ) : (
        <CountTable
          lang={l}
          caption={t(l, 'console.outbox.caption')}
          head={[
            t(l, 'console.col.kind'),
            t(l, 'console.col.unsent'),
            t(l, 'console.col.failing'),
            t(l, 'console.col.oldest'),
          ]}
          rows={figures.outbox.map((o) => [
            o.kind,
            o.unsent,
            o.failing,
            o.oldestUnsentAt === null ? '—' : formatWhen(l, o.oldestUnsentAt, ctx.zone),
          ])}
        />
      )}
    </ConsoleLayout>
  )
}
