/**
 * Third parties' requests as cases (docs/policy.md, "Third parties"): received through the
 * public form, the API or the CLI; extended once; accepted — the items' exclusion, rule 9 — or
 * rejected. Every step is a fact with its ledger entry (`facts.ts`). The texts are personal
 * data: they stay in the store, and nothing here logs them.
 * @module
 */
import {
  AppError,
  type Case,
  type CaseChannel,
  CASE_LIMITS,
  type CaseState,
  caseState,
  dueAfterReceipt,
  nextStep,
} from '../domain/index.js'
import type { CaseRecord } from '../store/store.js'
import type { ServiceDeps } from './deps.js'
import { recordCase, recordCaseStep } from './facts.js'

export interface CaseRequest {
  /** Content ids, or URLs that `requests.item_urls` maps to ids. */
  readonly items: readonly string[]
  readonly description: string
  readonly contact?: string | null | undefined
  readonly evidence?: string | null | undefined
  readonly channel: CaseChannel
}

export interface CaseView extends CaseRecord, CaseState {}

const invalid = (field: string, message: string) => new AppError('REQUEST_INVALID', `${field}: ${message}`, { field })

/** The content id an item of a request names: itself, or what a configured pattern finds in its URL. */
function contentIdOf(item: string, index: number, patterns: readonly RegExp[]): string {
  const field = `items[${index}]`
  const text = item.trim()
  if (/^https?:\/\//i.test(text)) {
    for (const p of patterns) {
      const id = p.exec(text)?.groups?.id
      if (id) return id
    }
    throw invalid(field, 'is a URL of no kind this platform maps to an item (`requests.item_urls`)')
  }
  if (!/^\S+$/.test(text)) throw invalid(field, 'is not an item id (no white space) or a URL')
  if (text.length > CASE_LIMITS.itemId) throw invalid(field, `is longer than ${CASE_LIMITS.itemId} characters`)
  return text
}

export function createCaseService(
  { store, clock, newId }: Pick<ServiceDeps, 'store' | 'clock' | 'newId'>,
  itemUrls: readonly string[],
) {
  const patterns = itemUrls.map((p) => new RegExp(p))

  async function find(id: string): Promise<CaseRecord> {
    const found = await store.findCase(id)
    if (!found) throw new AppError('CASE_NOT_FOUND', `no case ${id}`, { case: id })
    return found
  }
  const view = (r: CaseRecord, now: number): CaseView => ({ ...r, ...caseState(r.case, r.steps, now) })

  async function step(id: string, s: Parameters<typeof nextStep>[2]): Promise<CaseView> {
    return store.transaction(async (tx) => {
      const found = await tx.findCase(id)
      if (!found) throw new AppError('CASE_NOT_FOUND', `no case ${id}`, { case: id })
      const taken = nextStep(found.case, found.steps, s)
      await recordCaseStep(tx, taken)
      const after = await tx.findCase(id)
      return view(after ?? found, s.at)
    })
  }

  return {
    /** Records a request as a case, due one month after receipt. */
    async receive(req: CaseRequest): Promise<Case> {
      if (req.items.length === 0) throw invalid('items', 'names no item')
      if (req.items.length > CASE_LIMITS.items) throw invalid('items', `names more than ${CASE_LIMITS.items} items`)
      const items = [...new Set(req.items.map((item, i) => contentIdOf(item, i, patterns)))]
      const description = req.description.trim()
      if (!description) throw invalid('description', 'is empty: say what the items show of you')
      if (description.length > CASE_LIMITS.description)
        throw invalid('description', `is longer than ${CASE_LIMITS.description} characters`)
      const evidence = req.evidence?.trim() || null
      if (evidence && evidence.length > CASE_LIMITS.evidence)
        throw invalid('evidence', `is longer than ${CASE_LIMITS.evidence} characters`)
      const contact = req.contact?.trim() || null
      if (contact && !/^[^\s@]+@[^\s@]+$/.test(contact)) throw invalid('contact', 'is not an e-mail address')
      const now = clock()
      const c: Case = {
        id: newId('case'),
        items,
        description,
        contact,
        evidence,
        channel: req.channel,
        receivedAt: now,
        dueAt: dueAfterReceipt(now),
        recordedAt: now,
      }
      await store.transaction((tx) => recordCase(tx, c))
      return c
    },

    async get(id: string): Promise<CaseView> {
      return view(await find(id), clock())
    },

    /** Every case, undecided ones first — overdue, then by due date — and decided ones after, latest first. */
    async list(options: { overdue?: boolean } = {}): Promise<CaseView[]> {
      const now = clock()
      const all = (await store.listCases()).map((r) => view(r, now))
      const open = all.filter((c) => !c.decision).sort((a, b) => a.dueAt - b.dueAt || (a.case.id < b.case.id ? -1 : 1))
      if (options.overdue) return open.filter((c) => c.overdue)
      const decided = all.filter((c) => c.decision).sort((a, b) => (b.decision?.at ?? 0) - (a.decision?.at ?? 0))
      return [...open, ...decided]
    },

    extend: (id: string, by: { reviewer: string; reason: string }) =>
      step(id, { kind: 'extended', at: clock(), reviewer: by.reviewer, reason: by.reason }),

    /** Accepts the case for all its items, or the ones named: they are kept out of every snapshot built from now on. */
    accept: (id: string, by: { reviewer: string; reason?: string | null; items?: readonly string[] }) =>
      step(id, {
        kind: 'accepted',
        at: clock(),
        reviewer: by.reviewer,
        reason: by.reason ?? null,
        items: by.items ?? [],
      }),

    reject: (id: string, by: { reviewer: string; reason: string }) =>
      step(id, { kind: 'rejected', at: clock(), reviewer: by.reviewer, reason: by.reason }),
  }
}

export type CaseService = ReturnType<typeof createCaseService>
