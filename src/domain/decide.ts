/**
 * The eligibility function of docs/policy.md: the reference every other implementation
 * (the DuckDB export) must agree with. Pure: the build instant is an argument, not a clock.
 * @module
 */
import { AppError } from './app-error.js'
import { type CenterIndex, createCenterIndex, scopeOf } from './centers.js'
import {
  type Account,
  type ContentItem,
  type Exclusion,
  type Facts,
  type Filing,
  type FilingType,
  noticeCountsFor,
} from './model.js'
import type { Policy } from './policy.js'
import { ageInYearsAt, DAY_MS, type Instant } from './time.js'
import { isTimely } from './timely.js'

/** The rules in the order they are checked; an item that fails one is out for that reason. */
export const REASONS = [
  'published',
  'visibility',
  'kind',
  'region',
  'age',
  'notice',
  'consent',
  'objection',
  'excluded',
] as const
export type Reason = (typeof REASONS)[number]

/** The fact that decided an item, so that every decision can be explained. */
export type Evidence =
  | { readonly type: 'objection'; readonly id: string; readonly receivedAt: Instant; readonly timely: boolean }
  | { readonly type: 'consent'; readonly id: string; readonly receivedAt: Instant }
  | { readonly type: 'notice'; readonly account: string; readonly deliveredAt: Instant }
  | { readonly type: 'case'; readonly id: string; readonly decidedAt: Instant }

export interface Decision {
  readonly included: boolean
  /** The first rule that failed; null when included. */
  readonly reason: Reason | null
  readonly decidedBy: Evidence | null
}

export interface DecisionInput {
  readonly policy: Policy
  /** The content cutoff. */
  readonly at: Instant
  /** The build instant: only facts on record and in effect at `built` count. */
  readonly built: Instant
  readonly facts: Facts
}

export interface DecisionContext {
  readonly policy: Policy
  readonly at: Instant
  readonly built: Instant
  account(id: string): Account | undefined
  /** Filings of a type that stand at `built` and cover the account, by receipt then id. */
  filingsCovering(type: FilingType, account: string): readonly Filing[]
  /** Delivery instants of notices to the account, ascending. */
  noticesTo(account: string): readonly Instant[]
  /** The exclusion on record at `built` that keeps the item out (rule 9): the earliest, by case id at a tie. */
  exclusionOf(contentId: string): Exclusion | undefined
  readonly centers: CenterIndex
}

function byReceipt(a: Filing, b: Filing): number {
  return a.receivedAt - b.receivedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/** Indexes the facts once for many decisions under one policy, cutoff and build instant. */
export function createDecisionContext(input: DecisionInput): DecisionContext {
  const { policy, at, built, facts } = input
  if (at > built) {
    throw new AppError('DECIDE_CUTOFF_AFTER_BUILD', 'the cutoff lies after the build instant')
  }
  const centers = createCenterIndex(facts.memberships, built)
  const withdrawn = new Set<string>()
  for (const w of facts.withdrawals) {
    if (w.at <= built && w.recordedAt <= built) withdrawn.add(w.filingId)
  }
  const covering = { objection: new Map<string, Filing[]>(), consent: new Map<string, Filing[]>() }
  const needed: FilingType = policy.mode === 'opt_out' ? 'objection' : 'consent'
  for (const f of facts.filings) {
    if (f.type !== needed || f.receivedAt > built || f.recordedAt > built || withdrawn.has(f.id)) continue
    for (const a of scopeOf(centers, f.accounts, f.receivedAt, built)) {
      const list = covering[f.type].get(a)
      if (list) list.push(f)
      else covering[f.type].set(a, [f])
    }
  }
  for (const m of Object.values(covering)) for (const list of m.values()) list.sort(byReceipt)
  const notices = new Map<string, Instant[]>()
  for (const n of facts.notices) {
    if (n.deliveredAt > built || n.recordedAt > built || !noticeCountsFor(n, policy.name)) continue
    const list = notices.get(n.account)
    if (list) list.push(n.deliveredAt)
    else notices.set(n.account, [n.deliveredAt])
  }
  for (const list of notices.values()) list.sort((x, y) => x - y)
  const exclusions = new Map<string, Exclusion>()
  for (const x of facts.exclusions) {
    if (x.recordedAt > built) continue
    const held = exclusions.get(x.contentId)
    if (!held || x.recordedAt < held.recordedAt || (x.recordedAt === held.recordedAt && x.caseId < held.caseId))
      exclusions.set(x.contentId, x)
  }
  return {
    policy,
    at,
    built,
    centers,
    account: (id) => facts.accounts.get(id),
    filingsCovering: (type, account) => covering[type].get(account) ?? [],
    noticesTo: (account) => notices.get(account) ?? [],
    exclusionOf: (contentId) => exclusions.get(contentId),
  }
}

const out = (reason: Reason, decidedBy: Evidence | null = null): Decision => ({
  included: false,
  reason,
  decidedBy,
})

function filingEvidence(f: Filing, policy: Policy, account: Account): Evidence {
  if (f.type === 'consent') return { type: 'consent', id: f.id, receivedAt: f.receivedAt }
  return { type: 'objection', id: f.id, receivedAt: f.receivedAt, timely: isTimely(policy, f.receivedAt, account) }
}

/** Decides one content item (docs/policy.md): in exactly when every rule holds. */
export function decide(item: ContentItem, ctx: DecisionContext): Decision {
  const d = decideByPerson(item, ctx)
  if (!d.included) return d
  // 9. excluded: an accepted third-party request keeps the item out, in both modes.
  const x = ctx.exclusionOf(item.id)
  return x ? out('excluded', { type: 'case', id: x.caseId, decidedAt: x.recordedAt }) : d
}

/** Rules 1–8: what the item's own account and the policy say. */
function decideByPerson(item: ContentItem, ctx: DecisionContext): Decision {
  const { policy, at } = ctx
  // 1. published, and public by the cutoff; the content source listing the item is the caller's part.
  const publicSince = item.publicSince ?? item.publishedAt
  if (!(item.publishedAt <= at && publicSince <= at)) return out('published')
  if (item.visibility !== 'public') return out('visibility')
  if (!policy.kinds.includes(item.kind)) return out('kind')
  const account = ctx.account(item.account)
  if (policy.regions.length > 0 && !(account?.country && policy.regions.includes(account.country))) {
    return out('region')
  }
  const ageAt = policy.ageBasis === 'snapshot' ? at : item.publishedAt
  if (!account?.birthdate || ageInYearsAt(account.birthdate, ageAt) < policy.minAge) return out('age')
  let notice: Evidence | null = null
  if (policy.noticeDays !== null) {
    const latestAllowed = at - policy.noticeDays * DAY_MS
    const delivered = ctx.noticesTo(account.id).filter((t) => t <= latestAllowed)
    const last = delivered[delivered.length - 1]
    if (last === undefined) return out('notice')
    notice = { type: 'notice', account: account.id, deliveredAt: last }
  }
  if (policy.mode === 'opt_in') {
    const consent = ctx.filingsCovering('consent', account.id)[0]
    if (!consent) return out('consent')
    return { included: true, reason: null, decidedBy: filingEvidence(consent, policy, account) }
  }
  let spared: Evidence | null = null
  for (const o of ctx.filingsCovering('objection', account.id)) {
    const evidence = filingEvidence(o, policy, account)
    const forbids =
      (evidence.type === 'objection' && evidence.timely) ||
      policy.lateObjection === 'all_content' ||
      publicSince >= o.receivedAt
    if (forbids) return out('objection', evidence)
    spared ??= evidence
  }
  return { included: true, reason: null, decidedBy: spared ?? notice }
}
