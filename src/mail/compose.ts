/** The mails Veto sends, in the person's language. Pure: text in, text out. */
import { formatInstant } from '../domain/index.js'
import { formatWhen, type Lang, t } from '../i18n/messages.js'

export interface Composed {
  readonly subject: string
  readonly body: string
}

export function signinMail(lang: Lang, link: string, minutes: number): Composed {
  return { subject: t(lang, 'mail.signin.subject'), body: t(lang, 'mail.signin.body', { link, minutes }) }
}

export function confirmationMail(lang: Lang, o: { id: string; receivedAt: number; timely: boolean; accounts: readonly { id: string; network: string }[]; url: string }): Composed {
  return {
    subject: t(lang, 'mail.confirmation.subject'),
    body: t(lang, 'mail.confirmation.body', {
      when: formatWhen(lang, o.receivedAt), id: o.id, url: o.url,
      accounts: o.accounts.map((a) => `  - ${a.id} (${a.network})`).join('\n'),
      effect: t(lang, o.timely ? 'object.done.timely' : 'object.done.late'),
    }),
  }
}

export function noticeMail(lang: Lang, n: { start: number; deadline: number | null; url: string; accounts: readonly string[] }): Composed {
  return {
    subject: t(lang, 'mail.notice.subject'),
    body: t(lang, 'mail.notice.body', {
      start: formatWhen(lang, n.start), deadline: n.deadline === null ? '—' : formatWhen(lang, n.deadline),
      url: n.url, accounts: n.accounts.join(', '),
    }),
  }
}

export { formatInstant }
