/**
 * What a person reads about the served policy, in one place for the portal and the mails: the
 * training start is the policy's deadline, the kinds are the policy's kinds, late objections are
 * described as the policy treats them, and an opt-in policy speaks of consent, not objection.
 * @module
 */
import type { Policy } from '../domain/index.js'
import { en } from './catalog/en.js'
import { formatList, formatWhen, type Lang, type MessageKey, t } from './messages.js'

type Mode = Pick<Policy, 'mode'>

/** The consent form of a key under an opt-in policy, where one exists. */
export function byMode(policy: Mode, key: MessageKey): MessageKey {
  const consent = `${key}.opt_in`
  return policy.mode === 'opt_in' && consent in KEYS ? (consent as MessageKey) : key
}
const KEYS: Readonly<Record<string, string>> = en

/** The policy's kinds as the person reads them; a platform's own kinds by their code. */
export function kindList(lang: Lang, policy: Pick<Policy, 'kinds'>): string {
  return formatList(
    lang,
    policy.kinds.map((k) => (`kind.${k}` in KEYS ? t(lang, `kind.${k}` as MessageKey) : k)),
  )
}

/** Who an objection or a consent covers, and who it does not (docs/policy.md), in every text the same. */
export function scopeSentences(lang: Lang, policy: Mode): readonly [string, string] {
  return [t(lang, byMode(policy, 'scope.covers')), t(lang, byMode(policy, 'scope.notcovered'))]
}

/** What a late objection still does under the policy. */
export function lateEffect(lang: Lang, policy: Pick<Policy, 'lateObjection'>): string {
  return t(lang, `object.done.late.${policy.lateObjection}`)
}

export interface NoticeText {
  readonly title: string
  readonly lead: string
  readonly kinds: string
  readonly never: string
  /** The deadline and what objections before and after it do; under opt-in, what consent does. */
  readonly effect: readonly string[]
  readonly scope: readonly [string, string]
}

/** The notice of a policy: the portal's first page and the notice mail say the same. */
export function noticeText(lang: Lang, policy: Policy, zone: string): NoticeText {
  const when = (instant: number) => formatWhen(lang, instant, zone)
  const age = policy.minAge
  const effect: string[] = []
  if (policy.mode === 'opt_in') effect.push(t(lang, 'notice.consent.effect'))
  else if (policy.deadline === null) effect.push(t(lang, 'notice.nodeadline'))
  else {
    effect.push(
      t(lang, 'notice.deadline.text', { deadline: when(policy.deadline) }),
      t(lang, `notice.after.${policy.lateObjection}`),
    )
    if (policy.comingOfAgeDays !== null) {
      effect.push(t(lang, 'notice.comingOfAge', { age, deadline: when(policy.deadline), days: policy.comingOfAgeDays }))
    }
  }
  return {
    title: t(lang, byMode(policy, 'notice.title')),
    lead:
      policy.mode === 'opt_in'
        ? t(lang, 'notice.lead.opt_in', { age })
        : policy.deadline === null
          ? t(lang, 'notice.lead.nodeadline', { age })
          : t(lang, 'notice.lead', { start: when(policy.deadline), age }),
    kinds: t(lang, 'notice.kinds', { kinds: kindList(lang, policy) }),
    never: t(lang, `notice.never.${policy.ageBasis}`, { age }),
    effect,
    scope: scopeSentences(lang, policy),
  }
}
