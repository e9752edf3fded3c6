/** Properties of the eligibility rules, over random histories (docs/policy.md, and the promises in the README). */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BUILT,
  factsArb,
  filingArb,
  instant,
  itemArb,
  membershipArb,
  noticeArb,
  policyArb,
} from '../../test/fixtures/arbitraries.js'
import { createDecisionContext, decide, REASONS } from './decide.js'
import type { ContentItem, Facts } from './model.js'
import type { Policy } from './policy.js'

const RUNS = { numRuns: 1000 }
const cutoff = instant.filter((x) => x <= BUILT)

function decideAll(policy: Policy, at: number, facts: Facts, items: ContentItem[], built = BUILT) {
  const ctx = createDecisionContext({ policy, at, built, facts })
  return items.map((c) => decide(c, ctx))
}

function shuffle<T>(xs: readonly T[], keys: number[]): T[] {
  return xs
    .map((x, i) => [x, keys[i % Math.max(1, keys.length)] ?? i] as const)
    .sort((p, q) => p[1] - q[1])
    .map((p) => p[0])
}

describe('decide', () => {
  it('is total: one verdict, a reason exactly when out', () => {
    fc.assert(
      fc.property(policyArb, cutoff, factsArb, fc.array(itemArb, { maxLength: 20 }), (p, at, f, items) => {
        for (const d of decideAll(p, at, f, items)) {
          expect(typeof d.included).toBe('boolean')
          if (d.included) expect(d.reason).toBeNull()
          else expect(REASONS).toContain(d.reason)
        }
      }),
      RUNS,
    )
  })

  it('never lets an added objection turn an item from out to in', () => {
    fc.assert(
      fc.property(
        policyArb,
        cutoff,
        factsArb,
        filingArb('objection'),
        fc.array(itemArb, { maxLength: 20 }),
        (p, at, f, extra, items) => {
          const before = decideAll(p, at, f, items)
          const after = decideAll(p, at, { ...f, filings: [...f.filings, extra] }, items)
          before.forEach((b, i) => {
            if (!b.included) expect(after[i]?.included).toBe(false)
          })
        },
      ),
      RUNS,
    )
  })

  it('does not depend on the order of facts', () => {
    fc.assert(
      fc.property(
        policyArb,
        cutoff,
        factsArb,
        fc.array(fc.nat(), { minLength: 1, maxLength: 30 }),
        fc.array(itemArb, { maxLength: 20 }),
        (p, at, f, keys, items) => {
          const shuffled: Facts = {
            accounts: new Map(shuffle([...f.accounts], keys)),
            memberships: shuffle(f.memberships, keys),
            filings: shuffle(f.filings, keys),
            withdrawals: shuffle(f.withdrawals, keys),
            notices: shuffle(f.notices, keys),
            exclusions: shuffle(f.exclusions, keys),
          }
          expect(decideAll(p, at, shuffled, items)).toEqual(decideAll(p, at, f, items))
        },
      ),
      RUNS,
    )
  })

  it('is not changed by facts recorded after the build instant', () => {
    const later = <T extends { recordedAt: number }>(x: T): T => ({
      ...x,
      recordedAt: BUILT + 1 + (x.recordedAt % 1000),
    })
    fc.assert(
      fc.property(
        policyArb,
        cutoff,
        factsArb,
        fc.array(itemArb, { maxLength: 20 }),
        fc.array(membershipArb, { maxLength: 4 }),
        fc.array(filingArb('objection'), { maxLength: 3 }),
        fc.array(filingArb('consent'), { maxLength: 3 }),
        fc.array(noticeArb, { maxLength: 3 }),
        (p, at, f, items, ms, os, cs, ns) => {
          const existing = f.filings.filter((x) => !f.withdrawals.some((w) => w.filingId === x.id))
          const grown: Facts = {
            ...f,
            memberships: [...f.memberships, ...ms.map(later)],
            filings: [...f.filings, ...os.map(later), ...cs.map(later)],
            withdrawals: [
              ...f.withdrawals,
              ...existing.map((x) => ({ filingId: x.id, at: BUILT + 5, recordedAt: BUILT + 5 })),
            ],
            notices: [...f.notices, ...ns.map(later)],
            exclusions: [
              ...f.exclusions,
              ...items.map((it) => ({ contentId: it.id, caseId: 'case_late', recordedAt: BUILT + 1 })),
            ],
          }
          expect(decideAll(p, at, grown, items)).toEqual(decideAll(p, at, f, items))
        },
      ),
      RUNS,
    )
  })
})
