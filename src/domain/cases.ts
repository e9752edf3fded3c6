/**
 * Third parties' requests (docs/policy.md, "Third parties"): anyone may ask that items showing
 * them be kept out of training. Each request is a case, due one month after receipt (GDPR
 * Art. 12(3)), extendable once by two months with a reason, then accepted — an exclusion of
 * its items from every snapshot built after (rule 9) — or rejected with a reason. Pure: the
 * present instant is an argument.
 * @module
 */
import { AppError } from './app-error.js'
import type { Instant } from './time.js'

export type CaseChannel = 'form' | 'api' | 'admin'
export const CASE_CHANNELS: readonly CaseChannel[] = ['form', 'api', 'admin']

/** What a case's requester is mailed: the link that confirms the address, the receipt, and each step. */
export type CaseMail = 'contact' | 'received' | 'extended' | 'accepted' | 'rejected'
export const CASE_MAILS: readonly CaseMail[] = ['contact', 'received', 'extended', 'accepted', 'rejected']

/** The outbox's reference of a case's mail: one of each kind per case at most. */
export const caseMailRef = (caseId: string, mail: CaseMail) => `${caseId}:${mail}`

/** A request as received. Its texts are personal data: never in a log, the ledger or a snapshot. */
export interface Case {
  readonly id: string
  /** The items asked about, as content ids (a URL is mapped to its id on receipt). */
  readonly items: readonly string[]
  readonly description: string
  /** Where the requester wants to hear back, or null; mailed only once confirmed. */
  readonly contact: string | null
  readonly evidence: string | null
  /** The language and time zone of the requester's page, for what is written to them; null: the defaults. */
  readonly lang: string | null
  readonly zone: string | null
  readonly channel: CaseChannel
  readonly receivedAt: Instant
  readonly dueAt: Instant
  readonly recordedAt: Instant
}

/** An extension (once) or the decision (once) on a case, by a named reviewer. */
export interface CaseStep {
  readonly caseId: string
  readonly kind: 'extended' | 'accepted' | 'rejected'
  readonly at: Instant
  readonly reviewer: string
  /** Required for an extension and a rejection. */
  readonly reason: string | null
  /** An extension's new due date. */
  readonly dueAt: Instant | null
  /** An acceptance's items: those the case named, or some of them. */
  readonly items: readonly string[]
}

export type CaseStatus = 'open' | 'extended' | 'accepted' | 'rejected'

export interface CaseState {
  readonly status: CaseStatus
  readonly dueAt: Instant
  /** Undecided past its due date. */
  readonly overdue: boolean
  readonly decision: CaseStep | null
  readonly extension: CaseStep | null
}

/** Limits of a request, so that one cannot fill the store. */
export const CASE_LIMITS = { items: 100, description: 5000, evidence: 20000, itemId: 200 } as const

/**
 * The same day of the month `months` later, at the same time of day (UTC), or the month's last
 * day when it has no such day: 31 January + 1 month is 28 (or 29) February.
 */
export function addMonths(t: Instant, months: number): Instant {
  const d = new Date(t)
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay))
  return target.getTime() + (t - Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))
}

/** Art. 12(3): one month after receipt. */
export const dueAfterReceipt = (receivedAt: Instant): Instant => addMonths(receivedAt, 1)

/** Art. 12(3): extended by two further months. */
export const dueAfterExtension = (dueAt: Instant): Instant => addMonths(dueAt, 2)

export function caseState(c: Case, steps: readonly CaseStep[], now: Instant): CaseState {
  const extension = steps.find((s) => s.kind === 'extended') ?? null
  const decision = steps.find((s) => s.kind === 'accepted' || s.kind === 'rejected') ?? null
  const dueAt = extension?.dueAt ?? c.dueAt
  const status: CaseStatus = decision ? (decision.kind as CaseStatus) : extension ? 'extended' : 'open'
  return { status, dueAt, overdue: !decision && now > dueAt, decision, extension }
}

/** Checks that `step` may be taken on the case now, and returns it complete; throws otherwise. */
export function nextStep(
  c: Case,
  steps: readonly CaseStep[],
  step: { kind: CaseStep['kind']; at: Instant; reviewer: string; reason?: string | null; items?: readonly string[] },
): CaseStep {
  const state = caseState(c, steps, step.at)
  if (state.decision)
    throw new AppError('CASE_DECIDED', `case ${c.id} was ${state.decision.kind} already`, { case: c.id })
  const reason = step.reason?.trim() || null
  if (!step.reviewer.trim()) throw new AppError('CASE_STEP_INVALID', 'a step on a case names its reviewer')
  if (step.kind === 'extended') {
    if (state.extension)
      throw new AppError('CASE_EXTENDED_ALREADY', `case ${c.id} was extended once already`, { case: c.id })
    if (!reason) throw new AppError('CASE_STEP_INVALID', 'an extension states its reason', { field: 'reason' })
    // Art. 12(3): the requester is told of an extension within the first month, so not after it.
    if (state.overdue)
      throw new AppError('CASE_STEP_INVALID', `case ${c.id} is overdue; it can no longer be extended`, {
        field: 'at',
      })
    const dueAt = dueAfterExtension(c.dueAt)
    return { caseId: c.id, kind: 'extended', at: step.at, reviewer: step.reviewer, reason, dueAt, items: [] }
  }
  if (step.kind === 'rejected') {
    if (!reason) throw new AppError('CASE_STEP_INVALID', 'a rejection states its reason', { field: 'reason' })
    return { caseId: c.id, kind: 'rejected', at: step.at, reviewer: step.reviewer, reason, dueAt: null, items: [] }
  }
  const items = step.items && step.items.length > 0 ? [...new Set(step.items)] : [...c.items]
  const unknown = items.filter((i) => !c.items.includes(i))
  if (unknown.length > 0)
    throw new AppError('CASE_STEP_INVALID', `case ${c.id} does not name item ${unknown[0]}`, { field: 'items' })
  return { caseId: c.id, kind: 'accepted', at: step.at, reviewer: step.reviewer, reason, dueAt: null, items }
}
