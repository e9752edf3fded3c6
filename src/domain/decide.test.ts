import { describe, expect, it } from 'vitest'
import { account, consent, facts, item, link, notice, objection, t, withdrawal } from '../../test/fixtures/facts.js'
import { createDecisionContext, decide } from './decide.js'
import type { Facts } from './model.js'
import { definePolicy, type Policy, PRESETS } from './policy.js'

const preset = (name: string): Policy => PRESETS.find((p) => p.name === name) as Policy
const META = preset('meta-2025')
const STRICT = preset('strict')
const CONSENT = preset('consent')
const AT = t('2025-05-27T00:00:00+02:00')
const BUILT = t('2025-07-01T00:00:00Z')

function decideOne(f: Facts, c = item('c1', 'a'), policy = META, at = AT, built = BUILT) {
  return decide(c, createDecisionContext({ policy, at, built, facts: f }))
}
const adult = facts({ accounts: [account('a')] })

describe('rule 1: published', () => {
  it('keeps out an item published after the cutoff', () => {
    expect(decideOne(adult, item('c1', 'a', { publishedAt: AT + 1 })).reason).toBe('published')
  })
  it('takes an item published exactly at the cutoff', () => {
    expect(decideOne(adult, item('c1', 'a', { publishedAt: AT })).included).toBe(true)
  })
})

describe('rule 2: visibility', () => {
  it.each(['followers', 'friends', 'private'])('keeps out %s content', (visibility) => {
    expect(decideOne(adult, item('c1', 'a', { visibility })).reason).toBe('visibility')
  })
})

describe('rule 3: kind', () => {
  it('keeps out kinds the policy does not name', () => {
    expect(decideOne(adult, item('c1', 'a', { kind: 'private_message' })).reason).toBe('kind')
    expect(decideOne(adult, item('c1', 'a', { kind: 'story' })).reason).toBe('kind')
  })
  it('takes every reference kind under meta-2025', () => {
    for (const kind of META.kinds) expect(decideOne(adult, item('c1', 'a', { kind })).included).toBe(true)
  })
})

describe('rule 4: region', () => {
  it('keeps out accounts outside the policy regions', () => {
    expect(decideOne(facts({ accounts: [account('a', { country: 'US' })] })).reason).toBe('region')
  })
  it('keeps out accounts with unknown country when regions are set', () => {
    expect(decideOne(facts({ accounts: [account('a', { country: null })] })).reason).toBe('region')
  })
  it('takes any country when the policy names no region', () => {
    const open = definePolicy({ name: 'world', version: 1, regions: [] })
    expect(decideOne(facts({ accounts: [account('a', { country: null })] }), undefined, open).included).toBe(true)
  })
  it('keeps out items of accounts it does not know', () => {
    expect(decideOne(facts({})).reason).toBe('region')
  })
})

describe('rule 5: age', () => {
  it('keeps out accounts with no birthdate', () => {
    expect(decideOne(facts({ accounts: [account('a', { birthdate: null })] })).reason).toBe('age')
  })
  it('counts age at the cutoff under age_basis snapshot', () => {
    // 18 on 2025-05-20: adult at the cutoff even for content from when they were 15.
    const f = facts({ accounts: [account('a', { birthdate: '2007-05-20' })] })
    const old = item('c1', 'a', { publishedAt: t('2022-01-01T00:00:00Z') })
    expect(decideOne(f, old, META).included).toBe(true)
    expect(decideOne(f, old, STRICT).reason).toBe('age')
  })
  it('counts age at publication under age_basis publication', () => {
    const f = facts({
      accounts: [account('a', { birthdate: '2007-05-20' })],
      notices: [notice('a', t('2025-01-01T00:00:00Z'))],
    })
    expect(decideOne(f, item('c1', 'a', { publishedAt: t('2022-01-01T00:00:00Z') }), STRICT).reason).toBe('age')
    expect(decideOne(f, item('c1', 'a', { publishedAt: t('2025-05-20T00:00:00Z') }), STRICT).included).toBe(true)
  })
  it('keeps out someone one day short of 18', () => {
    const f = facts({ accounts: [account('a', { birthdate: '2007-05-27' })] })
    expect(decideOne(f, undefined, META, t('2025-05-26T12:00:00Z')).reason).toBe('age')
    expect(decideOne(f, undefined, META, t('2025-05-27T00:00:00Z')).included).toBe(true)
  })
})

describe('rule 6: notice', () => {
  const withNotice = (deliveredAt: number, recordedAt = deliveredAt) =>
    facts({ accounts: [account('a')], notices: [notice('a', deliveredAt, recordedAt)] })
  it('needs a notice notice_days before the cutoff under strict', () => {
    expect(decideOne(adult, undefined, STRICT).reason).toBe('notice')
    expect(decideOne(withNotice(AT - 30 * 86_400_000), undefined, STRICT)).toMatchObject({
      included: true,
      decidedBy: { type: 'notice', deliveredAt: AT - 30 * 86_400_000 },
    })
    expect(decideOne(withNotice(AT - 29 * 86_400_000), undefined, STRICT).reason).toBe('notice')
  })
  it('ignores a notice recorded after the build instant', () => {
    expect(decideOne(withNotice(AT - 40 * 86_400_000, BUILT + 1), undefined, STRICT).reason).toBe('notice')
  })
  it('needs no notice under meta-2025', () => {
    expect(decideOne(adult).included).toBe(true)
  })
})

describe('rule 7: consent (opt_in)', () => {
  it('keeps out content without a consent', () => {
    expect(decideOne(adult, undefined, CONSENT).reason).toBe('consent')
  })
  it('takes content with a consent and names it', () => {
    const f = facts({ accounts: [account('a')], filings: [consent('k1', ['a'], t('2025-01-01T00:00:00Z'))] })
    expect(decideOne(f, undefined, CONSENT)).toMatchObject({ included: true, decidedBy: { type: 'consent', id: 'k1' } })
  })
  it('drops a withdrawn consent', () => {
    const f = facts({
      accounts: [account('a')],
      filings: [consent('k1', ['a'], t('2025-01-01T00:00:00Z'))],
      withdrawals: [withdrawal('k1', t('2025-06-01T00:00:00Z'))],
    })
    expect(decideOne(f, undefined, CONSENT).reason).toBe('consent')
  })
  it('lets a consent cover the linked accounts of the center', () => {
    const f = facts({
      accounts: [account('a'), account('b')],
      memberships: [link('a', 'C', t('2016-01-01T00:00:00Z')), link('b', 'C', t('2016-01-01T00:00:00Z'))],
      filings: [consent('k1', ['a'], t('2025-01-01T00:00:00Z'))],
    })
    expect(decideOne(f, item('c2', 'b'), CONSENT).included).toBe(true)
  })
  it('ignores objections under opt_in', () => {
    const f = facts({
      accounts: [account('a')],
      filings: [consent('k1', ['a'], t('2025-01-01T00:00:00Z')), objection('o1', ['a'], t('2025-01-02T00:00:00Z'))],
    })
    expect(decideOne(f, undefined, CONSENT).included).toBe(true)
  })
})

describe('rule 8: objection (opt_out)', () => {
  const timely = t('2025-05-20T10:00:00Z')
  const late = t('2025-06-10T10:00:00Z')
  const one = (received: number, over = {}) =>
    facts({ accounts: [account('a')], filings: [objection('o1', ['a'], received, over)] })

  it('a timely objection keeps out everything', () => {
    expect(decideOne(one(timely))).toMatchObject({
      included: false,
      reason: 'objection',
      decidedBy: { type: 'objection', id: 'o1', timely: true },
    })
  })
  it('an objection received before the deadline is timely, one at the deadline is late', () => {
    const deadline = META.deadline as number
    expect(decideOne(one(deadline - 1)).reason).toBe('objection')
    expect(decideOne(one(deadline), undefined, META, deadline, BUILT).included).toBe(true)
  })
  it('a late objection under future_content_only spares content public before it', () => {
    const at = t('2025-07-01T00:00:00Z')
    expect(decideOne(one(late), item('c1', 'a', { publishedAt: late - 1 }), META, at)).toMatchObject({
      included: true,
      decidedBy: { type: 'objection', id: 'o1', timely: false },
    })
    expect(decideOne(one(late), item('c1', 'a', { publishedAt: late }), META, at).reason).toBe('objection')
  })
  it('public_since, not published_at, decides for a late objection', () => {
    const at = t('2025-07-01T00:00:00Z')
    const madePublicLater = item('c1', 'a', { publishedAt: t('2020-01-01T00:00:00Z'), publicSince: late + 1000 })
    expect(decideOne(one(late), madePublicLater, META, at).reason).toBe('objection')
  })
  it('a late objection under all_content keeps out everything', () => {
    const f = facts({
      accounts: [account('a')],
      filings: [objection('o1', ['a'], late)],
      notices: [notice('a', t('2025-01-01T00:00:00Z'))],
    })
    const at = t('2025-07-01T00:00:00Z')
    expect(decideOne(f, item('c1', 'a', { publishedAt: t('2024-01-01T00:00:00Z') }), STRICT, at).reason).toBe(
      'objection',
    )
  })
  it('counts an objection received after the cutoff but before the build', () => {
    expect(decideOne(one(t('2025-05-26T00:00:00Z')), undefined, META, t('2025-05-25T00:00:00Z')).reason).toBe(
      'objection',
    )
  })
  it('ignores an objection received after the build', () => {
    expect(decideOne(one(BUILT + 1)).included).toBe(true)
  })
  it('ignores an objection recorded after the build even if back-dated', () => {
    expect(decideOne(one(timely, { recordedAt: BUILT + 1 })).included).toBe(true)
  })
  it('a withdrawal at or before the build lifts the objection; a later one does not', () => {
    const f = (at: number) =>
      facts({
        accounts: [account('a')],
        filings: [objection('o1', ['a'], timely)],
        withdrawals: [withdrawal('o1', at)],
      })
    expect(decideOne(f(BUILT)).included).toBe(true)
    expect(decideOne(f(BUILT + 1)).reason).toBe('objection')
  })
})

describe('rule 8: scope over the accounts center', () => {
  const joined = t('2016-01-01T00:00:00Z')
  const received = t('2025-05-20T10:00:00Z')
  it('covers every account linked in the same center', () => {
    const f = facts({
      accounts: [account('fb'), account('ig', { network: 'instagram' })],
      memberships: [link('fb', 'C', joined), link('ig', 'C', joined)],
      filings: [objection('o1', ['fb'], received)],
    })
    expect(decideOne(f, item('c', 'ig')).reason).toBe('objection')
  })
  it('does not cover an account in another center, even with the same e-mail', () => {
    const f = facts({
      accounts: [account('fb'), account('other', { email: 'fb@example.com' })],
      memberships: [link('fb', 'C', joined), link('other', 'D', joined)],
      filings: [objection('o1', ['fb'], received)],
    })
    expect(decideOne(f, item('c', 'other')).included).toBe(true)
  })
  it('covers an account that joins the center after the objection, from then on', () => {
    const f = (joinAt: number) =>
      facts({
        accounts: [account('fb'), account('ig')],
        memberships: [link('fb', 'C', joined), link('ig', 'C', joinAt)],
        filings: [objection('o1', ['fb'], received)],
      })
    expect(decideOne(f(t('2025-06-15T00:00:00Z')), item('c', 'ig')).reason).toBe('objection')
    expect(decideOne(f(BUILT + 1), item('c', 'ig')).included).toBe(true)
  })
  it('keeps covering an account that leaves the center after the objection', () => {
    const f = facts({
      accounts: [account('fb'), account('ig')],
      memberships: [link('fb', 'C', joined), link('ig', 'C', joined), link('ig', null, t('2025-06-01T00:00:00Z'))],
      filings: [objection('o1', ['fb'], received)],
    })
    expect(decideOne(f, item('c', 'ig')).reason).toBe('objection')
  })
  it('does not cover an account that left the center before the objection', () => {
    const f = facts({
      accounts: [account('fb'), account('ig')],
      memberships: [link('fb', 'C', joined), link('ig', 'C', joined), link('ig', null, t('2025-01-01T00:00:00Z'))],
      filings: [objection('o1', ['fb'], received)],
    })
    expect(decideOne(f, item('c', 'ig')).included).toBe(true)
  })
  it('does not propagate through a covered account into its other centers', () => {
    const f = facts({
      accounts: [account('fb'), account('ig'), account('x')],
      memberships: [
        link('fb', 'C', joined),
        link('ig', 'C', joined),
        link('ig', 'D', t('2025-06-01T00:00:00Z')),
        link('x', 'D', joined),
      ],
      filings: [objection('o1', ['fb'], received)],
    })
    expect(decideOne(f, item('c', 'ig')).reason).toBe('objection')
    expect(decideOne(f, item('c', 'x')).included).toBe(true)
  })
})

describe('presets', () => {
  it('meta-2025 is opt-out with the 2025 deadline, EU/EEA, 18+, at the snapshot', () => {
    expect(META).toMatchObject({
      mode: 'opt_out',
      deadline: t('2025-05-26T22:00:00Z'),
      minAge: 18,
      ageBasis: 'snapshot',
      lateObjection: 'future_content_only',
      noticeDays: null,
    })
    expect(META.regions).toContain('NO')
    expect(META.regions).not.toContain('CH')
    expect(META.regions).toHaveLength(30)
  })
  it('strict differs from meta-2025 in age basis, late objections and notice', () => {
    expect(STRICT).toMatchObject({
      ...META,
      name: 'strict',
      description: STRICT.description,
      ageBasis: 'publication',
      lateObjection: 'all_content',
      noticeDays: 30,
    })
  })
  it('consent is opt-in, age at publication, reference kinds', () => {
    expect(CONSENT).toMatchObject({ mode: 'opt_in', ageBasis: 'publication', kinds: META.kinds })
  })
})

describe('context', () => {
  it('refuses a cutoff after the build instant', () => {
    expect(() => createDecisionContext({ policy: META, at: BUILT + 1, built: BUILT, facts: adult })).toThrow(
      expect.objectContaining({ code: 'DECIDE_CUTOFF_AFTER_BUILD' }),
    )
  })
})
