/**
 * The privacy team's figures, as aggregates computed by the database: how many objections,
 * consents and withdrawals came in, by day, channel and network; how far the notice reached;
 * how the outbox is doing. Counts only — no address, reason or error text leaves here (an SMTP
 * error may quote an address).
 * @module
 */
import { type Kysely, sql } from 'kysely'
import type { DialectName } from './migrations/0001-initial.js'
import { TO_SEND } from './portal-store.js'
import type { Database } from './schema.js'

export interface FiguresQuery {
  /** Objections received from this instant on count as late (the served policy's deadline); null: none does. */
  readonly deadline: number | null
  /** The policy whose notice reach is asked: its notices and unversioned ones count (rule 6). */
  readonly policyName: string
  /** Accounts born on or before this day (`YYYY-MM-DD`) are of the policy's minimum age. */
  readonly adultBornBy: string
}

export type FilingType = 'objection' | 'consent'

/** One UTC day's filings (by when they were received) and withdrawals (by when they took effect). */
export interface DayFigures {
  readonly day: string
  readonly objections: number
  readonly late: number
  readonly consents: number
  readonly objectionsWithdrawn: number
  readonly consentsWithdrawn: number
}

/** Filings of a type by a channel (`portal`, `api`, …) or by the network of the accounts they cover. */
export interface SplitFigures {
  readonly type: FilingType
  readonly key: string
  readonly filed: number
  readonly withdrawn: number
}

/** Notice mails of one policy version and language, by where they stand. */
export interface NoticeMailFigures {
  /** `name@version` of the policy the mail told about. */
  readonly policy: string
  readonly lang: string
  readonly queued: number
  /** Accepted by the mail server: each is the proof of notice for its accounts. */
  readonly accepted: number
  /** Not accepted yet, and the last try failed. */
  readonly failing: number
  /** Not tried yet, or waiting for its next try without a failure on record. */
  readonly pending: number
}

/** Accounts with a proof of notice, by the policy version and language it was about (null: unversioned). */
export interface NoticeProofFigures {
  readonly policy: string | null
  readonly lang: string | null
  readonly accounts: number
}

export interface OutboxFigures {
  readonly kind: string
  readonly unsent: number
  readonly failing: number
  readonly oldestUnsentAt: number | null
}

export interface Figures {
  readonly days: readonly DayFigures[]
  readonly byChannel: readonly SplitFigures[]
  readonly byNetwork: readonly SplitFigures[]
  readonly notices: {
    readonly mails: readonly NoticeMailFigures[]
    readonly proofs: readonly NoticeProofFigures[]
    /** Accounts of the minimum age. */
    readonly adults: number
    /** Of those, the ones no notice counting for the policy has reached. */
    readonly neverReached: number
  }
  readonly outbox: readonly OutboxFigures[]
}

const DAY = 86_400_000
const n = (v: number | string | bigint | null | undefined) => Number(v ?? 0)
const dayOf = (d: number | string) => new Date(Number(d) * DAY).toISOString().slice(0, 10)

export async function readFigures(db: Kysely<Database>, dialect: DialectName, q: FiguresQuery): Promise<Figures> {
  // Whole days since 1970 in UTC: integer division on both databases. The divisor is written out,
  // not bound: PostgreSQL sees a bound one in the grouping as a different expression from the selected one.
  const filedDay = sql<number>`f.received_at / ${sql.lit(DAY)}`
  const lateFrom = q.deadline ?? Number.MAX_SAFE_INTEGER
  const filed = await db
    .selectFrom('filings as f')
    .select((eb) => [
      filedDay.as('day'),
      'f.type',
      eb.fn.countAll<number>().as('all'),
      eb.fn.sum<number>(sql`case when f.received_at >= ${lateFrom} then 1 else 0 end`).as('late'),
    ])
    .groupBy([filedDay, 'f.type'])
    .execute()
  const withdrawnDay = sql<number>`w.at / ${sql.lit(DAY)}`
  const withdrawn = await db
    .selectFrom('withdrawals as w')
    .innerJoin('filings as f', 'f.id', 'w.filing_id')
    .select((eb) => [withdrawnDay.as('day'), 'f.type', eb.fn.countAll<number>().as('all')])
    .groupBy([withdrawnDay, 'f.type'])
    .execute()
  const days = new Map<string, { -readonly [K in keyof DayFigures]: DayFigures[K] }>()
  const dayRow = (d: number) => {
    const day = dayOf(d)
    let row = days.get(day)
    if (!row) {
      row = { day, objections: 0, late: 0, consents: 0, objectionsWithdrawn: 0, consentsWithdrawn: 0 }
      days.set(day, row)
    }
    return row
  }
  for (const r of filed) {
    const row = dayRow(r.day)
    if (r.type === 'objection') {
      row.objections += n(r.all)
      row.late += n(r.late)
    } else row.consents += n(r.all)
  }
  for (const r of withdrawn) {
    const row = dayRow(r.day)
    if (r.type === 'objection') row.objectionsWithdrawn += n(r.all)
    else row.consentsWithdrawn += n(r.all)
  }

  const byChannel = await db
    .selectFrom('filings as f')
    .leftJoin('withdrawals as w', 'w.filing_id', 'f.id')
    .select((eb) => [
      'f.type',
      'f.channel as key',
      eb.fn.countAll<number>().as('filed'),
      eb.fn.count<number>('w.filing_id').as('withdrawn'),
    ])
    .groupBy(['f.type', 'f.channel'])
    .execute()
  // A filing counts once for each network of the accounts it was filed for (not those its center
  // brings in later: coverage is decided per snapshot).
  const perNetwork = db
    .selectFrom('filing_accounts as fa')
    .innerJoin('accounts as a', 'a.id', 'fa.account')
    .select(['fa.filing_id', 'a.network'])
    .distinct()
    .as('fn')
  const byNetwork = await db
    .selectFrom(perNetwork)
    .innerJoin('filings as f', 'f.id', 'fn.filing_id')
    .leftJoin('withdrawals as w', 'w.filing_id', 'f.id')
    .select((eb) => [
      'f.type',
      'fn.network as key',
      eb.fn.countAll<number>().as('filed'),
      eb.fn.count<number>('w.filing_id').as('withdrawn'),
    ])
    .groupBy(['f.type', 'fn.network'])
    .execute()

  // A notice mail's ref is `name@version:hash` (services/notices.ts).
  const policyOfRef =
    dialect === 'postgres' ? sql<string>`split_part(ref, ':', 1)` : sql<string>`substr(ref, 1, instr(ref, ':') - 1)`
  const mails = await db
    .selectFrom('outbox')
    .select((eb) => [
      policyOfRef.as('policy'),
      'lang',
      eb.fn.countAll<number>().as('queued'),
      eb.fn.count<number>('sent_at').as('accepted'),
      eb.fn.sum<number>(sql`case when sent_at is null and last_error is not null then 1 else 0 end`).as('failing'),
    ])
    .where('kind', '=', 'notice')
    .groupBy([policyOfRef, 'lang'])
    .orderBy(policyOfRef)
    .orderBy('lang')
    .execute()
  const proofs = await db
    .selectFrom('notices')
    .select((eb) => ['policy_name', 'policy_version', 'lang', eb.fn.count<number>('account').distinct().as('accounts')])
    .groupBy(['policy_name', 'policy_version', 'lang'])
    .orderBy('policy_name')
    .orderBy('policy_version')
    .orderBy('lang')
    .execute()
  const reach = await db
    .selectFrom('accounts as a')
    .select((eb) => [
      eb.fn.countAll<number>().as('adults'),
      eb.fn
        .sum<number>(
          sql`case when exists (select 1 from notices n where n.account = a.id
            and (n.policy_name is null or n.policy_name = ${q.policyName})) then 0 else 1 end`,
        )
        .as('never'),
    ])
    .where('a.birthdate', '<=', q.adultBornBy)
    .executeTakeFirstOrThrow()

  // Sign-in mails are left out, as from the operator's metrics: they come and go with every sign-in.
  const outbox = await db
    .selectFrom('outbox')
    .select((eb) => [
      'kind',
      eb.fn.countAll<number>().as('unsent'),
      eb.fn.count<number>('last_error').as('failing'),
      eb.fn.min<number>('created_at').as('oldest'),
    ])
    .where('sent_at', 'is', null)
    .where('suppressed', '=', TO_SEND)
    .where('kind', '<>', 'signin')
    .groupBy('kind')
    .orderBy('kind')
    .execute()

  const split = (rows: readonly { type: string; key: string; filed: unknown; withdrawn: unknown }[]) =>
    rows
      .map((r) => ({
        type: r.type as FilingType,
        key: r.key,
        filed: n(r.filed as number),
        withdrawn: n(r.withdrawn as number),
      }))
      .sort((a, b) => (a.type === b.type ? b.filed - a.filed || (a.key < b.key ? -1 : 1) : a.type < b.type ? 1 : -1))
  return {
    days: [...days.values()].sort((a, b) => (a.day < b.day ? -1 : 1)),
    byChannel: split(byChannel),
    byNetwork: split(byNetwork),
    notices: {
      mails: mails.map((r) => {
        const queued = n(r.queued)
        const accepted = n(r.accepted)
        const failing = n(r.failing)
        return { policy: r.policy, lang: r.lang, queued, accepted, failing, pending: queued - accepted - failing }
      }),
      proofs: proofs.map((r) => ({
        policy: r.policy_name === null ? null : `${r.policy_name}@${r.policy_version}`,
        lang: r.lang,
        accounts: n(r.accounts),
      })),
      adults: n(reach.adults),
      neverReached: n(reach.never),
    },
    outbox: outbox.map((r) => ({
      kind: r.kind,
      unsent: n(r.unsent),
      failing: n(r.failing),
      oldestUnsentAt: r.oldest === null ? null : n(r.oldest),
    })),
  }
}
