/**
 * The mails Veto sends, in the person's language and time zone, saying what the served policy
 * says (`i18n/policy-texts.ts`). Pure: text in, text out.
 * @module
 */
import type { FilingType, Policy } from '../domain/index.js'
import { formatWhen, type Lang, t } from '../i18n/messages.js'
import { byMode, lateEffect, noticeText, scopeSentences } from '../i18n/policy-texts.js'

export interface Composed {
  readonly subject: string
  readonly body: string
}

/** Where a mail's times are read: the zone they are in, said once at its end. */
export interface Reader {
  readonly lang: Lang
  readonly zone: string
}

const withZone = (r: Reader, body: string) => `${body}\n\n${t(r.lang, 'mail.footer.zone', { zone: r.zone })}`

export function signinMail(lang: Lang, link: string, minutes: number): Composed {
  return { subject: t(lang, 'mail.signin.subject'), body: t(lang, 'mail.signin.body', { link, minutes }) }
}

export function confirmationMail(
  r: Reader,
  policy: Policy,
  o: {
    id: string
    receivedAt: number
    timely: boolean
    accounts: readonly { id: string; network: string }[]
    url: string
  },
): Composed {
  const { lang } = r
  const [, notcovered] = scopeSentences(lang, policy)
  const effect =
    policy.mode === 'opt_in'
      ? t(lang, 'consent.done.effect')
      : o.timely
        ? t(lang, 'object.done.timely')
        : lateEffect(lang, policy)
  return {
    subject: t(lang, byMode(policy, 'mail.confirmation.subject')),
    body: withZone(
      r,
      t(lang, byMode(policy, 'mail.confirmation.body'), {
        when: formatWhen(lang, o.receivedAt, r.zone),
        id: o.id,
        url: o.url,
        effect,
        notcovered,
        accounts: o.accounts.map((a) => `  - ${a.id} (${a.network})`).join('\n'),
      }),
    ),
  }
}

/** What withdrawing changes, and what a new objection would be: the confirmation step and the mail say it alike. */
export function withdrawalEffect(r: Reader, policy: Policy, type: FilingType, now: number): string {
  if (type === 'consent') return t(r.lang, 'withdraw.effect.opt_in')
  const effect = t(r.lang, 'withdraw.effect')
  if (policy.deadline === null) return effect
  const againKey = now < policy.deadline ? 'withdraw.again.timely' : 'withdraw.again.late'
  return `${effect} ${t(r.lang, againKey, { deadline: formatWhen(r.lang, policy.deadline, r.zone) })}`
}

export function withdrawalMail(
  r: Reader,
  policy: Policy,
  w: { id: string; type: FilingType; at: number; url: string; now: number },
): Composed {
  const mode = { mode: w.type === 'consent' ? ('opt_in' as const) : ('opt_out' as const) }
  return {
    subject: t(r.lang, byMode(mode, 'mail.withdrawal.subject')),
    body: withZone(
      r,
      t(r.lang, byMode(mode, 'mail.withdrawal.body'), {
        id: w.id,
        when: formatWhen(r.lang, w.at, r.zone),
        url: w.url,
        effect: withdrawalEffect(r, policy, w.type, w.now),
      }),
    ),
  }
}

/**
 * The notice of a policy: its training start (the deadline), its kinds, what objections before
 * and after the deadline do. `ownDeadline`: a person who came of age lately, told their own.
 */
export function noticeMail(
  r: Reader,
  policy: Policy,
  n: { url: string; accounts: readonly string[]; ownDeadline?: number | null | undefined },
): Composed {
  const { lang } = r
  const text = noticeText(lang, policy, r.zone)
  const effect = [...text.effect]
  if (n.ownDeadline != null)
    effect.push(
      t(lang, 'notice.comingOfAge.own', { age: policy.minAge, until: formatWhen(lang, n.ownDeadline, r.zone) }),
    )
  const values = {
    lead: text.lead,
    kinds: text.kinds,
    never: text.never,
    url: n.url,
    accounts: n.accounts.join(', '),
    scope: text.scope.join(' '),
    deadline: effect.join(' '),
    effect: effect.join(' '),
  }
  return {
    subject: t(lang, byMode(policy, 'mail.notice.subject')),
    body: withZone(r, t(lang, byMode(policy, 'mail.notice.body'), values)),
  }
}

/** The one mail to an unconfirmed contact address: the link that confirms it. */
export function caseConfirmMail(lang: Lang, link: string): Composed {
  return { subject: t(lang, 'mail.case.confirm.subject'), body: t(lang, 'mail.case.confirm.body', { link }) }
}

/** What a third party hears of their request, once their address is confirmed: receipt, extension, decision. */
export function caseMail(
  r: Reader,
  step: 'received' | 'extended' | 'accepted' | 'rejected',
  c: { id: string; receivedAt: number; dueAt: number; items: readonly string[]; reason: string | null },
): Composed {
  const params = {
    id: c.id,
    when: formatWhen(r.lang, c.receivedAt, r.zone),
    due: formatWhen(r.lang, c.dueAt, r.zone),
    items: c.items.map((i) => `  - ${i}`).join('\n'),
    reason: c.reason ?? '',
  }
  return {
    subject: t(r.lang, `mail.case.${step}.subject`, params),
    body: withZone(r, t(r.lang, `mail.case.${step}.body`, params)),
  }
}
