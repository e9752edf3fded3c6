/**
 * Third parties' requests as cases (docs/policy.md, "Third parties"): received through the
 * public form, the API or the CLI; extended once; accepted — the items' exclusion, rule 9 — or
 * rejected. Every step is a fact with its ledger entry (`facts.ts`). The texts are personal
 * data: they stay in the store, and nothing here logs them.
 * @module
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import {
  AppError,
  type Case,
  type CaseChannel,
  CASE_LIMITS,
  type CaseMail,
  caseMailRef,
  type CaseState,
  type CaseStep,
  caseState,
  dueAfterReceipt,
  nextStep,
} from '../domain/index.js'
import { isLang } from '../i18n/messages.js'
import { DEFAULT_ZONE } from '../i18n/zones.js'
import { type Composed, caseConfirmMail, caseMail, type Reader } from '../mail/compose.js'
import type { MailSeal } from '../mail/seal.js'
import type { CaseRecord, Store } from '../store/store.js'
import type { ServiceDeps } from './deps.js'
import { recordCase, recordCaseStep } from './facts.js'
import { linkTo } from './links.js'

export interface CaseRequest {
  /** Content ids, or URLs that `requests.item_urls` maps to ids. */
  readonly items: readonly string[]
  readonly description: string
  readonly contact?: string | null | undefined
  readonly evidence?: string | null | undefined
  readonly channel: CaseChannel
  /** The language and time zone of the requester's page, for the mails to them. */
  readonly reader?: Reader | undefined
}

export interface CaseSettings {
  /** `requests.item_urls`: patterns with a group `id` that map a URL to a content id. */
  readonly itemUrls: readonly string[]
  /** Where the portal is, for the link that confirms a contact address. */
  readonly publicUrl: string
  /** Keeps the confirmation link out of the database's plain text (`mail/seal.ts`). */
  readonly seal: MailSeal
  /** The key of the confirmation links: derived from the data folder's secret, never stored. */
  readonly contactKey: Buffer
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

/** The confirmation link's token: the case id and its MAC, so that only the mailed link confirms it. */
function contactToken(key: Buffer, caseId: string): string {
  const mac = createHmac('sha256', key).update(`case-contact\0${caseId}`).digest('base64url')
  return `${caseId}.${mac}`
}

function readerOf(c: Case): Reader {
  return { lang: c.lang !== null && isLang(c.lang) ? c.lang : 'en', zone: c.zone ?? DEFAULT_ZONE }
}

/** A mail to the case's requester, queued in the transaction of what it tells. */
async function queueCaseMail(tx: Store, c: Case, what: CaseMail, text: Composed, now: number): Promise<void> {
  await tx.portal.enqueueMails([
    {
      id: `mail_${c.id}_${what}`,
      kind: 'case',
      to: c.contact as string,
      lang: readerOf(c).lang,
      subject: text.subject,
      body: text.body,
      accounts: [],
      ref: caseMailRef(c.id, what),
      suppressed: false,
      createdAt: now,
    },
  ])
}

function stepMail(r: CaseRecord, s: CaseStep): Composed {
  const dueAt = s.dueAt ?? caseState(r.case, r.steps, s.at).dueAt
  return caseMail(readerOf(r.case), s.kind, {
    ...r.case,
    dueAt,
    items: s.kind === 'accepted' ? s.items : r.case.items,
    reason: s.reason,
  })
}

export function createCaseService(
  { store, clock, newId }: Pick<ServiceDeps, 'store' | 'clock' | 'newId'>,
  settings: CaseSettings,
) {
  const patterns = settings.itemUrls.map((p) => new RegExp(p))

  async function find(s: Store, id: string): Promise<CaseRecord> {
    const found = await s.findCase(id)
    if (!found) throw new AppError('CASE_NOT_FOUND', `no case ${id}`, { case: id })
    return found
  }
  const view = (r: CaseRecord, now: number): CaseView => ({ ...r, ...caseState(r.case, r.steps, now) })

  async function step(id: string, s: Parameters<typeof nextStep>[2]): Promise<CaseView> {
    return store.transaction(async (tx) => {
      // Steps and the contact's confirmation take the ledger's lock before they read the case, so
      // that one always sees the other: a decision taken while its requester confirms is mailed once.
      await tx.lockLedger()
      const found = await find(tx, id)
      const taken = nextStep(found.case, found.steps, s)
      await recordCaseStep(tx, taken)
      // The requester hears of it, once they confirmed their address.
      if (found.case.contact && found.contactConfirmedAt !== null)
        await queueCaseMail(tx, found.case, taken.kind, stepMail(found, taken), s.at)
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
      if (contact && (contact.length > 254 || !/^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/.test(contact)))
        throw invalid('contact', 'is not an e-mail address')
      const now = clock()
      const c: Case = {
        id: newId('case'),
        items,
        description,
        contact,
        evidence,
        lang: req.reader?.lang ?? null,
        zone: req.reader?.zone ?? null,
        channel: req.channel,
        receivedAt: now,
        dueAt: dueAfterReceipt(now),
        recordedAt: now,
      }
      await store.transaction(async (tx) => {
        await recordCase(tx, c)
        if (!contact) return
        // The only mail before the address is confirmed: the link, sealed in the outbox.
        const link = linkTo(settings.publicUrl, `/request/confirm?token=${contactToken(settings.contactKey, c.id)}`)
        const text = caseConfirmMail(readerOf(c).lang, link)
        await queueCaseMail(tx, c, 'contact', { ...text, body: settings.seal.seal(text.body) }, now)
      })
      return c
    },

    /**
     * Confirms a case's contact address by the token of the link mailed to it, and tells the
     * requester that their request was received. The case's id, for the page; a token that is
     * not one answers `NOT_FOUND`.
     */
    async confirmContact(token: string): Promise<{ id: string; confirmed: boolean }> {
      const caseId = token.split('.')[0] ?? ''
      const expected = Buffer.from(contactToken(settings.contactKey, caseId))
      const given = Buffer.from(token)
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        throw new AppError('NOT_FOUND', 'no such confirmation link')
      const now = clock()
      return store.transaction(async (tx) => {
        await tx.lockLedger()
        const found = await tx.findCase(caseId)
        if (!found?.case.contact) throw new AppError('NOT_FOUND', 'no such confirmation link')
        const confirmed = await tx.confirmCaseContact(caseId, now)
        if (confirmed) {
          const c = found.case
          const state = caseState(c, found.steps, now)
          await queueCaseMail(
            tx,
            c,
            'received',
            caseMail(readerOf(c), 'received', { ...c, dueAt: state.dueAt, reason: null }),
            now,
          )
          // A step taken before the confirmation is told now.
          for (const s of found.steps) await queueCaseMail(tx, c, s.kind, stepMail(found, s), now)
        }
        return { id: caseId, confirmed }
      })
    },

    async get(id: string): Promise<CaseView> {
      return view(await find(store, id), clock())
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
