/** Every text follows the served policy: meta-2025, strict and consent read differently where they differ. */
import { describe, expect, it } from 'vitest'
import { definePolicy, type Policy, PRESETS } from '../domain/index.js'
import { confirmationMail, noticeMail, withdrawalMail } from '../mail/compose.js'
import { noticeText } from './policy-texts.js'

const [META, STRICT, CONSENT] = PRESETS as [Policy, Policy, Policy]
const reader = { lang: 'en' as const, zone: 'Europe/Berlin' }
const flat = (n: ReturnType<typeof noticeText>) =>
  [n.title, n.lead, n.kinds, n.never, ...n.effect, ...n.scope].join(' ')
const filing = {
  id: 'obj_1',
  receivedAt: Date.parse('2025-06-10T10:00:00Z'),
  timely: false,
  accounts: [{ id: 'fb-ben', network: 'facebook' }],
  url: 'https://v.example/me',
}

describe('texts under meta-2025, strict and consent', () => {
  it("start the training at the policy's deadline, in the person's zone, and list the policy's kinds", () => {
    const meta = flat(noticeText('en', META, 'Europe/Berlin'))
    expect(meta).toContain('From 27 May 2025 at 00:00 GMT+2 we use public content')
    expect(meta).toContain('avatars')
    expect(meta).toContain('activity in public groups')
    expect(flat(noticeText('en', META, 'Europe/Lisbon'))).toContain('26 May 2025 at 23:00 GMT+1')
    const few = definePolicy({ name: 'posts-only', version: 1, kinds: ['post', 'recipe'] })
    expect(noticeText('en', few, 'Europe/Berlin').kinds).toBe('These kinds of public content: public posts and recipe.')
  })

  it('describe late objections as the policy treats them', () => {
    expect(flat(noticeText('en', META, 'UTC'))).toContain('keep out only what you make public after objecting')
    expect(flat(noticeText('en', STRICT, 'UTC'))).toContain(
      'keep all of your content out of every training snapshot made after them',
    )
    expect(confirmationMail(reader, META, filing).body).toContain(
      'content you make public from now on will not be used',
    )
    expect(confirmationMail(reader, STRICT, filing).body).toContain(
      'none of the content of these accounts will be used in training snapshots made from now on',
    )
    expect(flat(noticeText('en', STRICT, 'UTC'))).toContain('never content you published before you were 18')
  })

  it('speak of consent under an opt-in policy, never of objections or a deadline', () => {
    const consent = flat(noticeText('en', CONSENT, 'UTC'))
    expect(consent).toContain('only with your consent')
    expect(consent).not.toMatch(/object|deadline|—/i)
    const mail = noticeMail(reader, CONSENT, { url: 'https://v.example/', accounts: ['fb-ben'] })
    expect(mail.subject).toBe('May we use your public content to train AI?')
    expect(mail.body).not.toMatch(/object|before —/i)
    const confirmation = confirmationMail(reader, CONSENT, { ...filing, id: 'con_1' })
    expect(confirmation.subject).toBe('Your consent is recorded')
    expect(confirmation.body).toContain('withdraw your consents')
    expect(
      withdrawalMail(reader, CONSENT, {
        id: 'con_1',
        type: 'consent',
        at: filing.receivedAt,
        url: 'https://v.example/consent',
        now: filing.receivedAt,
      }).body,
    ).toContain('None of your content will be used in training snapshots made from now on')
  })

  it('say the same rule of coverage everywhere', () => {
    const rule = 'Accounts with another e-mail address outside those accounts centers are not covered'
    expect(flat(noticeText('en', META, 'UTC'))).toContain(rule)
    expect(confirmationMail(reader, META, filing).body).toContain(rule)
    expect(noticeMail(reader, META, { url: 'https://v.example/', accounts: ['fb-ben'] }).body).toContain(rule)
  })

  it('tell a person who came of age lately their own deadline', () => {
    const coa = definePolicy({ name: 'coa', version: 1, coming_of_age_days: 30 })
    const mail = noticeMail(reader, coa, {
      url: 'https://v.example/',
      accounts: ['fb-ida'],
      ownDeadline: Date.parse('2025-07-01T00:00:00Z'),
    })
    expect(mail.body).toContain('an objection you file before 1 July 2025 at 02:00 GMT+2 keeps all of your content out')
    expect(mail.body).toContain('within 30 days of reaching it')
    expect(mail.body).toContain('Times in this mail are in the time zone Europe/Berlin.')
  })
})
