/**
 * `veto report`: everything on record about a person — their accounts, the centers those
 * were in, the objections and consents that cover them (with every account each covers),
 * and the notices that reached them. It is the person's own data: it holds their address.
 * @module
 */
import { AppError, createCenterIndex, formatInstant, scopeOf } from '../domain/index.js'
import type { FilingRecord } from '../store/store.js'
import type { ItemDecision } from './snapshot-checks.js'
import type { ServiceDeps } from './deps.js'
import type { FilingTarget } from './filings.js'

function formatBirthdate(d: { year: number; month: number; day: number } | null): string | null {
  return d ? `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null
}

export interface ReportDeps extends Pick<ServiceDeps, 'store' | 'clock'> {
  /** Reads a person's items of a sealed snapshot; without it the report leaves snapshots out. */
  readonly checks?: { itemsOf(id: string, accounts: readonly string[]): Promise<ItemDecision[]> }
}

export function createReportService({ store, clock, checks }: ReportDeps) {
  return {
    async report(target: FilingTarget) {
      const now = clock()
      const accounts = 'account' in target
        ? [...(await store.getAccounts([target.account])).values()]
        : await store.findAccountsByEmail(target.email)
      if (accounts.length === 0) {
        throw new AppError('ACCOUNT_NOT_FOUND', 'account' in target ? `no account with id ${target.account}` : 'no account carries the given e-mail address')
      }
      const ids = new Set(accounts.map((a) => a.id))
      const facts = await store.loadFacts()
      const index = createCenterIndex(facts.memberships, now)
      const centerIds = new Set<string>()
      for (const a of ids) for (const iv of index.intervalsOf(a)) centerIds.add(iv.center)
      const covering = facts.filings
        .map((f) => ({ f, covers: [...scopeOf(index, f.accounts, f.receivedAt, now)].sort() }))
        .filter(({ covers }) => covers.some((a) => ids.has(a)))
      const records = new Map<string, FilingRecord>()
      for (const r of await store.filingsFor([...new Set(covering.flatMap(({ f }) => f.accounts))])) records.set(r.id, r)
      const filing = ({ f, covers }: (typeof covering)[number]) => {
        const r = records.get(f.id)
        return {
          id: f.id, received_at: formatInstant(f.receivedAt), channel: f.channel, reason: r?.reason ?? null,
          withdrawn_at: r?.withdrawal ? formatInstant(r.withdrawal.at) : null, filed_for: f.accounts, covers,
        }
      }
      const snapshots: { id: string; name: string | null; policy: string; at: string; items_in: string[]; items_out: { content_id: string; reason: string | null }[] }[] = []
      for (const snap of checks ? await store.listSnapshots() : []) {
        const items = (await checks?.itemsOf(snap.id, [...ids])) ?? []
        snapshots.push({
          id: snap.id, name: snap.name, policy: `${snap.policyName}@${snap.policyVersion}`, at: formatInstant(snap.at),
          items_in: items.filter((i) => i.included).map((i) => i.content_id),
          items_out: items.filter((i) => !i.included).map((i) => ({ content_id: i.content_id, reason: i.reason })),
        })
      }
      const models = (await store.listModels()).map((m) => ({
        id: m.id, name: m.name, registered_at: formatInstant(m.registeredAt), snapshots: m.snapshots,
        items_in: snapshots.filter((s) => m.snapshots.includes(s.id)).reduce((n, s) => n + s.items_in.length, 0),
      }))
      return {
        as_of: formatInstant(now),
        accounts: accounts.map((a) => ({
          id: a.id, network: a.network, email: a.email, birthdate: formatBirthdate(a.birthdate),
          country: a.country, created_at: formatInstant(a.createdAt), center: index.centerAt(a.id, now),
        })),
        centers: [...centerIds].sort().map((c) => ({
          id: c,
          members: index.intervalsIn(c).map((iv) => ({
            account: iv.account, from: formatInstant(iv.from), until: Number.isFinite(iv.until) ? formatInstant(iv.until) : null,
          })),
        })),
        objections: covering.filter(({ f }) => f.type === 'objection').map(filing),
        consents: covering.filter(({ f }) => f.type === 'consent').map(filing),
        notices: (await store.noticesTo([...ids])).map((n) => ({ account: n.account, delivered_at: formatInstant(n.deliveredAt) })),
        snapshots,
        models,
      }
    },
  }
}

export type Report = Awaited<ReturnType<ReturnType<typeof createReportService>['report']>>
