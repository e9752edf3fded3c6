/**
 * Working state of the people's side — sign-in links, sessions, API tokens, idempotent
 * replies and the mail outbox — on the same Kysely connection (or transaction) as the facts.
 * @module
 */
import { type Kysely, sql } from 'kysely'
import { chunks } from './chunks.js'
import type { RateLimitCounts } from './rate-limit-counts.js'
import type { Database, IdempotencyTable, OutboxTable } from './schema.js'

export interface OutboxMail {
  readonly id: string
  readonly kind: 'confirmation' | 'withdrawal' | 'notice' | 'signin' | 'case'
  readonly to: string
  readonly lang: string
  readonly subject: string
  readonly body: string
  readonly accounts: readonly string[]
  readonly ref: string | null
  readonly suppressed: boolean
  readonly createdAt: number
  readonly attempts: number
  readonly sentAt: number | null
}

/** A mail to queue: what the outbox is told, before any attempt. */
export type NewMail = Omit<OutboxMail, 'attempts' | 'sentAt'>

/** An API reply kept under its client's Idempotency-Key. */
export interface IdempotentReply {
  readonly key: string
  readonly requestHash: string
  readonly status: number
  readonly body: string
}

/** A mail's row in the outbox, before any attempt. */
export function outboxRow(m: NewMail): OutboxTable {
  return {
    id: m.id,
    kind: m.kind,
    to_address: m.to,
    lang: m.lang,
    subject: m.subject,
    body: m.body,
    accounts: JSON.stringify(m.accounts),
    ref: m.ref,
    suppressed: m.suppressed ? 1 : 0,
    created_at: m.createdAt,
    attempts: 0,
    next_attempt_at: m.createdAt,
    lease_until: 0,
    sent_at: null,
    last_error: null,
  }
}

/** A reply's row, kept from `now`. */
export function idempotencyRow(r: IdempotentReply, now: number): IdempotencyTable {
  return { key: r.key, request_hash: r.requestHash, status: r.status, body: r.body, created_at: now }
}

/** Whose sign-in links and sessions: people's (the portal) or the privacy team's (the console), kept apart. */
export type SessionRealm = 'portal' | 'console'

/**
 * `suppressed = 0` as the partial index of mails to send (`outbox_pending`, migration 0019) says
 * it, a literal: a planner that plans for any value of a parameter (PostgreSQL's generic plans)
 * could not use the index, as for `outbox_suppressed` (`dropSuppressedMail`).
 */
export const TO_SEND = sql.lit(0)

/** The tables of each realm; both pairs have the same columns. */
const REALM_TABLES = {
  portal: { tokens: 'signin_tokens', sessions: 'sessions' },
  console: { tokens: 'console_signin_tokens', sessions: 'console_sessions' },
} as const

export interface PortalStore {
  insertSigninToken(
    tokenHash: string,
    emailNorm: string,
    now: number,
    expiresAt: number,
    realm?: SessionRealm,
  ): Promise<void>
  /**
   * Marks the token used, and every other unused one of its address, and returns the address,
   * once, while it is fresh; undefined otherwise. To be called in a transaction.
   */
  consumeSigninToken(tokenHash: string, now: number, realm?: SessionRealm): Promise<string | undefined>
  insertSession(
    tokenHash: string,
    emailNorm: string,
    now: number,
    expiresAt: number,
    realm?: SessionRealm,
  ): Promise<void>
  findSession(tokenHash: string, now: number, realm?: SessionRealm): Promise<string | undefined>
  deleteSession(tokenHash: string, realm?: SessionRealm): Promise<void>
  deleteSessionsOf(emailNorm: string, realm?: SessionRealm): Promise<void>
  insertApiToken(t: {
    id: string
    tokenHash: string
    name: string
    scopes: readonly string[]
    createdAt: number
  }): Promise<void>
  findApiToken(tokenHash: string): Promise<{ id: string; name: string; scopes: string[] } | undefined>
  findIdempotent(key: string): Promise<{ requestHash: string; status: number; body: string } | undefined>
  insertIdempotent(key: string, requestHash: string, status: number, body: string, now: number): Promise<void>
  /** Several replies in one statement (a batch of filings). */
  insertIdempotents(replies: readonly IdempotentReply[], now: number): Promise<void>
  /** Queues a mail; one of the same kind and ref already queued is kept. Returns whether it was new. */
  enqueueMail(mail: NewMail): Promise<boolean>
  /** Queues several in one statement, as `enqueueMail` each; returns how many were new. */
  enqueueMails(mails: readonly NewMail[]): Promise<number>
  /** Leases up to `limit` due mails to this worker until `leaseUntil`. */
  claimDueMail(now: number, leaseUntil: number, limit: number): Promise<OutboxMail[]>
  /**
   * Extends to `until` the lease of a mail held until `held`; false when that lease is gone: another
   * worker claimed the mail since, or it was sent.
   */
  renewMailLease(id: string, held: number, until: number): Promise<boolean>
  /** Marks a mail sent; a sign-in mail's body (its link) is erased with it. */
  markMailSent(id: string, now: number): Promise<void>
  /** Deletes every mail that was never to be sent (sign-in links asked for addresses no account carries). */
  dropSuppressedMail(): Promise<void>
  markMailFailed(id: string, error: string, nextAttemptAt: number): Promise<void>
  mailFor(kind: OutboxMail['kind'], ref: string): Promise<OutboxMail | undefined>
  /**
   * Confirmation and notice mails not delivered yet; sign-in mails are not counted (they would tell which
   * addresses have accounts).
   */
  unsentMailCount(): Promise<number>
  /** Every mail in the outbox, oldest first (tests, the operator). */
  listMail(): Promise<OutboxMail[]>
  /**
   * Counts one attempt of `key` in `period` (a window's number); returns the attempts so far in it, this one
   * included.
   */
  hitRateLimit(key: string, period: number): Promise<number>
  /** Forgets the periods before `period`. */
  dropRateLimitsBefore(period: number): Promise<void>
  /**
   * Deletes sign-in links and sessions of both realms that ran out at `now` or before, up to `limit` of
   * each table; returns how many went. They are worth nothing once run out, and each holds an address.
   */
  dropExpired(now: number, limit: number): Promise<number>
  /** Deletes at most `limit` idempotent replies made before `before`; returns how many. */
  dropRepliesBefore(before: number, limit: number): Promise<number>
}

type Row = Database['outbox']

function toMail(r: { [K in keyof Row]: Row[K] }): OutboxMail {
  return {
    id: r.id,
    kind: r.kind as OutboxMail['kind'],
    to: r.to_address,
    lang: r.lang,
    subject: r.subject,
    body: r.body,
    accounts: JSON.parse(r.accounts) as string[],
    ref: r.ref,
    suppressed: Boolean(r.suppressed),
    createdAt: r.created_at,
    attempts: r.attempts,
    sentAt: r.sent_at,
  }
}

export class SqlPortalStore implements PortalStore {
  constructor(
    private readonly db: Kysely<Database>,
    /** Where attempts are counted (`rate-limit-counts.ts`). */
    private readonly counts: RateLimitCounts,
  ) {}

  // Kysely types a statement by its table; the realms' tables have the same columns, so the
  // portal's names stand for both in the types, while the SQL names the realm's own table.
  private tokens(realm: SessionRealm) {
    return REALM_TABLES[realm].tokens as 'signin_tokens'
  }
  private sessions(realm: SessionRealm) {
    return REALM_TABLES[realm].sessions as 'sessions'
  }

  async insertSigninToken(
    tokenHash: string,
    emailNorm: string,
    now: number,
    expiresAt: number,
    realm: SessionRealm = 'portal',
  ) {
    await this.db
      .insertInto(this.tokens(realm))
      .values({ token_hash: tokenHash, email_norm: emailNorm, created_at: now, expires_at: expiresAt, used_at: null })
      .execute()
  }

  async consumeSigninToken(tokenHash: string, now: number, realm: SessionRealm = 'portal') {
    const r = await this.db
      .updateTable(this.tokens(realm))
      .set({ used_at: now })
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning('email_norm')
      .executeTakeFirst()
    // Every other link to the address ends with it: a link forwarded or left in a mailbox is worth nothing now.
    if (r)
      await this.db
        .updateTable(this.tokens(realm))
        .set({ used_at: now })
        .where('email_norm', '=', r.email_norm)
        .where('used_at', 'is', null)
        .execute()
    return r?.email_norm
  }

  async insertSession(
    tokenHash: string,
    emailNorm: string,
    now: number,
    expiresAt: number,
    realm: SessionRealm = 'portal',
  ) {
    await this.db
      .insertInto(this.sessions(realm))
      .values({ token_hash: tokenHash, email_norm: emailNorm, created_at: now, expires_at: expiresAt })
      .execute()
  }

  async findSession(tokenHash: string, now: number, realm: SessionRealm = 'portal') {
    const r = await this.db
      .selectFrom(this.sessions(realm))
      .select('email_norm')
      .where('token_hash', '=', tokenHash)
      .where('expires_at', '>', now)
      .executeTakeFirst()
    return r?.email_norm
  }

  async deleteSession(tokenHash: string, realm: SessionRealm = 'portal') {
    await this.db.deleteFrom(this.sessions(realm)).where('token_hash', '=', tokenHash).execute()
  }

  async deleteSessionsOf(emailNorm: string, realm: SessionRealm = 'portal') {
    await this.db.deleteFrom(this.sessions(realm)).where('email_norm', '=', emailNorm).execute()
  }

  async insertApiToken(t: {
    id: string
    tokenHash: string
    name: string
    scopes: readonly string[]
    createdAt: number
  }) {
    await this.db
      .insertInto('api_tokens')
      .values({
        id: t.id,
        token_hash: t.tokenHash,
        name: t.name,
        scopes: JSON.stringify(t.scopes),
        created_at: t.createdAt,
        revoked_at: null,
      })
      .execute()
  }

  async findApiToken(tokenHash: string) {
    const r = await this.db
      .selectFrom('api_tokens')
      .select(['id', 'name', 'scopes'])
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst()
    return r ? { id: r.id, name: r.name, scopes: JSON.parse(r.scopes) as string[] } : undefined
  }

  hitRateLimit(key: string, period: number) {
    return this.counts.hit(key, period)
  }

  dropRateLimitsBefore(period: number) {
    return this.counts.dropBefore(period)
  }

  async findIdempotent(key: string) {
    const r = await this.db.selectFrom('idempotency').selectAll().where('key', '=', key).executeTakeFirst()
    return r ? { requestHash: r.request_hash, status: r.status, body: r.body } : undefined
  }

  async insertIdempotent(key: string, requestHash: string, status: number, body: string, now: number) {
    await this.insertIdempotents([{ key, requestHash, status, body }], now)
  }

  async insertIdempotents(replies: readonly IdempotentReply[], now: number) {
    if (replies.length === 0) return
    await this.db
      .insertInto('idempotency')
      .values(replies.map((r) => idempotencyRow(r, now)))
      .execute()
  }

  async enqueueMail(m: NewMail) {
    return (await this.enqueueMails([m])) > 0
  }

  async enqueueMails(mails: readonly NewMail[]) {
    let queued = 0
    for (const part of chunks(mails)) {
      const rows = await this.db
        .insertInto('outbox')
        .values(part.map(outboxRow))
        .onConflict((oc) => oc.columns(['kind', 'ref']).doNothing())
        .returning('id')
        .execute()
      queued += rows.length
    }
    return queued
  }

  async claimDueMail(now: number, leaseUntil: number, limit: number) {
    // The due mails' ids first, then the lease on those whose lease has run out still: two workers
    // never hold the same mail at once (a crashed worker's lease runs out). Two statements, each on
    // an index: as one (`where id in (select …)`), PostgreSQL may join the ids to a walk of the
    // whole table.
    const due = await this.db
      .selectFrom('outbox')
      .select('id')
      .where('sent_at', 'is', null)
      .where('suppressed', '=', TO_SEND)
      .where('next_attempt_at', '<=', now)
      .where('lease_until', '<=', now)
      .orderBy('next_attempt_at')
      .limit(limit)
      .execute()
    if (due.length === 0) return []
    const rows = await this.db
      .updateTable('outbox')
      .set({ lease_until: leaseUntil })
      .where(
        'id',
        'in',
        due.map((r) => r.id),
      )
      // Still due as found: another worker may have sent it, or failed it into its back-off, meanwhile.
      .where('sent_at', 'is', null)
      .where('next_attempt_at', '<=', now)
      .where('lease_until', '<=', now)
      .returningAll()
      .execute()
    // In the order they fell due, as the statement's rows come in none.
    const order = new Map(due.map((r, i) => [r.id, i]))
    return rows.map(toMail).sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
  }

  async renewMailLease(id: string, held: number, until: number) {
    const r = await this.db
      .updateTable('outbox')
      .set({ lease_until: until })
      .where('id', '=', id)
      .where('lease_until', '=', held)
      .where('sent_at', 'is', null)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  async markMailSent(id: string, now: number) {
    // A sign-in mail's body held a link: once delivered, it is erased.
    await this.db
      .updateTable('outbox')
      .set({
        sent_at: now,
        attempts: sql`attempts + 1`,
        last_error: null,
        body: sql`case when kind = 'signin' then '' else body end`,
      })
      .where('id', '=', id)
      .execute()
  }

  async dropExpired(now: number, limit: number) {
    let dropped = 0
    for (const realm of ['portal', 'console'] as const)
      for (const table of [this.tokens(realm), this.sessions(realm)] as const) {
        // Which first, then those: each statement on an index (see claimDueMail).
        const expired = await this.db
          .selectFrom(table)
          .select('token_hash')
          .where('expires_at', '<=', now)
          .limit(limit)
          .execute()
        if (expired.length === 0) continue
        const r = await this.db
          .deleteFrom(table)
          .where(
            'token_hash',
            'in',
            expired.map((e) => e.token_hash),
          )
          .where('expires_at', '<=', now)
          .executeTakeFirst()
        dropped += Number(r.numDeletedRows)
      }
    return dropped
  }

  async dropRepliesBefore(before: number, limit: number) {
    // Which first, then those, as in dropExpired: each statement on an index.
    const old = await this.db
      .selectFrom('idempotency')
      .select('key')
      .where('created_at', '<', before)
      .limit(limit)
      .execute()
    if (old.length === 0) return 0
    const r = await this.db
      .deleteFrom('idempotency')
      .where(
        'key',
        'in',
        old.map((o) => o.key),
      )
      .where('created_at', '<', before)
      .executeTakeFirst()
    return Number(r.numDeletedRows)
  }

  async dropSuppressedMail() {
    // A literal 1, as the partial index `outbox_suppressed` says it: a planner that plans for any
    // value of a parameter (PostgreSQL's generic plans) could not use the index.
    await this.db.deleteFrom('outbox').where('suppressed', '=', sql.lit(1)).execute()
  }

  async markMailFailed(id: string, error: string, nextAttemptAt: number) {
    await this.db
      .updateTable('outbox')
      .set({ attempts: sql`attempts + 1`, last_error: error, next_attempt_at: nextAttemptAt, lease_until: 0 })
      .where('id', '=', id)
      .execute()
  }

  async mailFor(kind: OutboxMail['kind'], ref: string) {
    const r = await this.db
      .selectFrom('outbox')
      .selectAll()
      .where('kind', '=', kind)
      .where('ref', '=', ref)
      .executeTakeFirst()
    return r ? toMail(r) : undefined
  }

  async listMail() {
    return (await this.db.selectFrom('outbox').selectAll().orderBy('created_at').orderBy('id').execute()).map(toMail)
  }

  async unsentMailCount() {
    const r = await this.db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('sent_at', 'is', null)
      .where('suppressed', '=', TO_SEND)
      .where('kind', '<>', 'signin')
      .executeTakeFirstOrThrow()
    return Number(r.n)
  }
}
