/**
 * What is on record about a person — their accounts, the centers those were in, the
 * objections and consents that cover them (with every account each covers), the notices
 * that reached them, and their items per snapshot and model. It is the person's own data: it
 * holds their address. Every part is read through indexes, for that person's rows only
 * (`center-histories.ts`, `snapshot-items.ts`): it costs the same at any size of platform.
 * @module
 */
import { type Account, AppError, formatInstant, scopeOf } from '../domain/index.js'
import type { FilingRecord, SnapshotRecord } from '../store/store.js'
import { centerHistories } from './center-histories.js'
import type { ServiceDeps } from './deps.js'
import type { FilingTarget } from './filings.js'
import type { ItemDecision } from './snapshot-items.js'

function formatBirthdate(d: { year: number; month: number; day: number } | null): string | null {
  return d
    ? `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`
    : null
}

export interface ReportDeps extends Pick<ServiceDeps, 'store' | 'clock'> {
  /** Reads a person's items of a sealed snapshot; without it the report leaves snapshots out. */
  readonly items?: { itemsOf(snapshot: string, accounts: readonly string[]): Promise<ItemDecision[]> }
}

/** A filing that covers the person, with every account it covers now. */
export interface CoveringFiling {
  readonly record: FilingRecord
  readonly covers: readonly string[]
  /** Whether it was filed for one of the person's own accounts: only then may they withdraw it. */
  readonly own: boolean
}

/** The person as the store knows them: what every person-facing page starts from. */
export interface Person {
  readonly asOf: number
  readonly accounts: readonly Account[]
  /** Account → its center now (null for none). */
  readonly centerNow: ReadonlyMap<string, string | null>
  /** Every center any of the accounts was ever in, with its members over time. */
  readonly centers: readonly { id: string; members: { account: string; from: number; until: number }[] }[]
  /** The objections and consents that cover any of the accounts, oldest first. */
  readonly filings: readonly CoveringFiling[]
}

export interface SnapshotItems {
  readonly snapshot: SnapshotRecord
  readonly items: readonly ItemDecision[]
}

export function createReportService({ store, clock, items }: ReportDeps) {
  async function person(target: FilingTarget): Promise<Person> {
    const asOf = clock()
    const accounts =
      'account' in target
        ? [...(await store.getAccounts([target.account])).values()]
        : await store.findAccountsByEmail(target.email)
    if (accounts.length === 0) {
      throw new AppError(
        'ACCOUNT_NOT_FOUND',
        'account' in target ? `no account with id ${target.account}` : 'no account carries the given e-mail address',
      )
    }
    const ids = accounts.map((a) => a.id)
    const own = new Set(ids)
    const histories = centerHistories(store)
    // A filing covers one of these accounts only when it was filed for an account that was
    // once in one of their centers (or for one of them): those are all the candidates.
    const candidates = await store.filingsFor(await histories.around(ids))
    // The scope of each candidate looks at the centers of every account it was filed for.
    await histories.around([...new Set(candidates.flatMap((f) => f.accounts))])
    const index = histories.index(asOf)
    const filings = candidates
      .map((record) => ({
        record,
        covers: [...scopeOf(index, record.accounts, record.receivedAt, asOf)].sort(),
        own: record.accounts.some((a) => own.has(a)),
      }))
      .filter(({ covers }) => covers.some((a) => own.has(a)))
    const centerIds = new Set<string>()
    for (const a of ids) for (const iv of index.intervalsOf(a)) centerIds.add(iv.center)
    return {
      asOf,
      accounts,
      centerNow: new Map(ids.map((a) => [a, index.centerAt(a, asOf)])),
      centers: [...centerIds].sort().map((id) => ({
        id,
        members: index.intervalsIn(id).map((iv) => ({ account: iv.account, from: iv.from, until: iv.until })),
      })),
      filings,
    }
  }

  /** The person's items in each sealed snapshot (all of them, or those named). */
  async function itemsIn(p: Person, only?: readonly string[]): Promise<SnapshotItems[]> {
    if (!items) return []
    const ids = p.accounts.map((a) => a.id)
    const wanted = (await store.listSnapshots()).filter((s) => !only || only.includes(s.id))
    // Side by side: each look-up waits mostly on its own file.
    return Promise.all(wanted.map(async (snapshot) => ({ snapshot, items: await items.itemsOf(snapshot.id, ids) })))
  }

  return {
    person,
    itemsIn,

    report,

    /**
     * Everything on record about the person, as one document (GDPR Art. 15): the report, with
     * each model's items named, and a reason only on the filings made for their own accounts —
     * a filing that covers them through a center may be someone else's, with their words.
     */
    async access(target: FilingTarget) {
      const r = await report(target)
      const own = (f: Report['objections'][number]) => ({ ...f, reason: f.own ? f.reason : null })
      const mine = new Set(r.accounts.map((a) => a.id))
      return {
        format: 'veto-access/1' as const,
        legal_basis: 'GDPR Art. 15: the data subject’s right of access',
        ...r,
        // A center may hold accounts of other people: only the person's own accounts' memberships.
        centers: r.centers.map((c) => ({ ...c, members: c.members.filter((m) => mine.has(m.account)) })),
        objections: r.objections.map(own),
        consents: r.consents.map(own),
        models: r.models.map((m) => ({
          ...m,
          items_in: r.snapshots.filter((s) => m.snapshots.includes(s.id)).flatMap((s) => s.items_in),
        })),
      }
    },
  }

  async function report(target: FilingTarget) {
    const p = await person(target)
    const filing = ({ record: f, covers, own }: CoveringFiling) => ({
      id: f.id,
      type: f.type,
      received_at: formatInstant(f.receivedAt),
      channel: f.channel,
      own,
      reason: f.reason,
      withdrawn_at: f.withdrawal ? formatInstant(f.withdrawal.at) : null,
      filed_for: f.accounts,
      covers,
    })
    const snapshots = (await itemsIn(p)).map(({ snapshot: s, items: list }) => ({
      id: s.id,
      name: s.name,
      policy: `${s.policyName}@${s.policyVersion}`,
      at: formatInstant(s.at),
      items_in: list.filter((i) => i.included).map((i) => i.content_id),
      items_out: list.filter((i) => !i.included).map((i) => ({ content_id: i.content_id, reason: i.reason })),
    }))
    const models = (await store.listModels()).map((m) => ({
      id: m.id,
      name: m.name,
      registered_at: formatInstant(m.registeredAt),
      snapshots: m.snapshots,
      items_in: snapshots.filter((s) => m.snapshots.includes(s.id)).reduce((n, s) => n + s.items_in.length, 0),
    }))
    return {
      as_of: formatInstant(p.asOf),
      accounts: p.accounts.map((a) => ({
        id: a.id,
        network: a.network,
        email: a.email,
        birthdate: formatBirthdate(a.birthdate),
        country: a.country,
        created_at: formatInstant(a.createdAt),
        center: p.centerNow.get(a.id) ?? null,
      })),
      centers: p.centers.map((c) => ({
        id: c.id,
        members: c.members.map((m) => ({
          account: m.account,
          from: formatInstant(m.from),
          until: Number.isFinite(m.until) ? formatInstant(m.until) : null,
        })),
      })),
      objections: p.filings.filter(({ record }) => record.type === 'objection').map(filing),
      consents: p.filings.filter(({ record }) => record.type === 'consent').map(filing),
      // Which policy's notice, in which language; those recorded before notices were versioned say so.
      notices: (await store.noticesTo(p.accounts.map((a) => a.id))).map((n) => ({
        account: n.account,
        delivered_at: formatInstant(n.deliveredAt),
        policy: n.policy ? `${n.policy.name}@${n.policy.version}` : 'unversioned',
        lang: n.lang ?? null,
      })),
      snapshots,
      models,
    }
  }
}

export type ReportService = ReturnType<typeof createReportService>
export type Report = Awaited<ReturnType<ReportService['report']>>
export type AccessDocument = Awaited<ReturnType<ReportService['access']>>
