/**
 * The case queue and a case's page with its decision forms. A case's texts and its contact are
 * personal data of the requester: only a reviewer, who decides on them, sees them.
 * @module
 */
import { formatDay, formatWhen, type Lang, t } from '../../i18n/messages.js'
import type { CaseView } from '../../services/cases.js'
import { type ConsoleContext, ConsoleLayout, TableWrap } from './console-layout.js'

const statusWord = (l: Lang, c: CaseView) =>
  c.overdue ? t(l, 'console.status.overdue') : t(l, `console.status.${c.status}`)

export function CaseQueuePage(props: { ctx: ConsoleContext; cases: readonly CaseView[] }) {
  const { ctx } = props
  const l = ctx.lang
  const day = (v: number) => formatDay(l, v, ctx.zone)
  return (
    <ConsoleLayout ctx={ctx} title={t(l, 'console.cases.title')}>
      <h1>{t(l, 'console.cases.title')}</h1>
      <p>{t(l, 'console.cases.lead')}</p>
      {props.cases.length === 0 ? (
        <p>{t(l, 'console.cases.empty')}</p>
      ) : (
        <TableWrap label={t(l, 'console.cases.title')}>
          <table>
            <caption>{t(l, 'console.cases.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t(l, 'console.col.case')}</th>
                <th scope="col">{t(l, 'console.col.status')}</th>
                <th scope="col">{t(l, 'console.col.due')}</th>
                <th scope="col">{t(l, 'console.col.received')}</th>
                <th scope="col">{t(l, 'console.col.items')}</th>
              </tr>
            </thead>
            <tbody>
              {props.cases.map((c) => (
                <tr class={c.overdue ? 'overdue' : undefined}>
                  <th scope="row">
                    <a href={`/console/cases/${encodeURIComponent(c.case.id)}`}>{c.case.id}</a>
                  </th>
                  <td>{c.overdue ? <strong>{statusWord(l, c)}</strong> : statusWord(l, c)}</td>
                  <td>{c.decision ? '—' : day(c.dueAt)}</td>
                  <td>{day(c.case.receivedAt)}</td>
                  <td class="num">{c.case.items.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </ConsoleLayout>
  )
}

export function CasePage(props: { ctx: ConsoleContext; view: CaseView }) {
  const { ctx, view } = props
  const c = view.case
  const l = ctx.lang
  const when = (v: number) => formatWhen(l, v, ctx.zone)
  const reviewer = ctx.member?.role === 'reviewer'
  const title = t(l, 'console.case.title', { id: c.id })
  const csrf = <input type="hidden" name="csrf" value={ctx.csrf} />
  const contactState =
    view.contactConfirmedAt === null ? 'console.case.contact.unconfirmed' : 'console.case.contact.confirmed'
  const action = (step: string) => `/console/cases/${encodeURIComponent(c.id)}/${step}`
  return (
    <ConsoleLayout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>
        <strong>{statusWord(l, view)}</strong> ·{' '}
        {t(l, 'console.case.received', {
          when: when(c.receivedAt),
          channel: c.channel,
          due: formatDay(l, view.dueAt, ctx.zone),
        })}
      </p>
      <h2>{t(l, 'console.col.items')}</h2>
      <ul>
        {c.items.map((item) => (
          <li>
            <code>{item}</code>
          </li>
        ))}
      </ul>
      {view.textsErasedAt !== null ? (
        <p class="hint">{t(l, 'console.case.erased', { when: when(view.textsErasedAt) })}</p>
      ) : reviewer ? (
        <>
          <h2>{t(l, 'console.case.description')}</h2>
          <p class="quote">{c.description}</p>
          {c.evidence ? (
            <>
              <h2>{t(l, 'console.case.evidence')}</h2>
              <p class="quote">{c.evidence}</p>
            </>
          ) : null}
          <h2>{t(l, 'console.case.contact')}</h2>
          <p>{c.contact === null ? t(l, 'console.case.contact.none') : `${c.contact} ${t(l, contactState)}`}</p>
        </>
      ) : (
        <p class="hint">{t(l, 'console.case.hidden')}</p>
      )}
      {view.steps.length > 0 ? (
        <>
          <h2>{t(l, 'console.case.steps')}</h2>
          <ul>
            {view.steps.map((s) => (
              <li>
                {t(l, `console.case.step.${s.kind}`, {
                  reviewer: s.reviewer,
                  when: when(s.at),
                  due: s.dueAt === null ? '' : formatDay(l, s.dueAt, ctx.zone),
                  reason: reviewer ? (s.reason ?? '') : '…',
                  count: s.items.length,
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {view.decision ? (
        <p>{t(l, 'console.case.decided')}</p>
      ) : !reviewer ? (
        <p>{t(l, 'console.case.viewer')}</p>
      ) : (
        <>
          <h2>{t(l, 'console.case.decide')}</h2>
          <form method="post" action={action('accept')} class="card">
            {csrf}
            <fieldset>
              <legend>{t(l, 'console.case.accept.items')}</legend>
              <p class="hint">{t(l, 'console.case.accept.lead')}</p>
              {c.items.map((item, i) => (
                <div class="check">
                  <input type="checkbox" id={`item-${i}`} name="items" value={item} checked />
                  <label for={`item-${i}`}>
                    <code>{item}</code>
                  </label>
                </div>
              ))}
            </fieldset>
            <button type="submit">{t(l, 'console.case.accept')}</button>
          </form>
          <form method="post" action={action('reject')} class="card">
            {csrf}
            <label for="reject-reason">{t(l, 'console.case.reject.reason')}</label>
            <textarea id="reject-reason" name="reason" required maxlength={5000}></textarea>
            <button type="submit" class="secondary">
              {t(l, 'console.case.reject')}
            </button>
          </form>
          {view.extension || view.overdue ? null : (
            <form method="post" action={action('extend')} class="card">
              {csrf}
              <label for="extend-reason">{t(l, 'console.case.extend.reason')}</label>
              <textarea id="extend-reason" name="reason" required maxlength={5000}></textarea>
              <button type="submit" class="secondary">
                {t(l, 'console.case.extend')}
              </button>
            </form>
          )}
        </>
      )}
    </ConsoleLayout>
  )
}
